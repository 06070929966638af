# csv: reader state machine, writer quoting, dialects, DictReader/DictWriter, errors
import csv
import io


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


text = 'name,age,city\r\nAnn,30,"New York, NY"\r\n"Bob ""B""",25,\r\n,,\r\n\r\n"multi\nline",1,x\r\nlast,2,z'
print(list(csv.reader(io.StringIO(text, newline=''))))
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, list(r))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['a, b,  "c"'], skipinitialspace=True)),
      list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(["'x,y',z"], quotechar="'")),
      list(csv.reader(['"a"b,c'])), list(csv.reader(['1,"2",x,'], quoting=csv.QUOTE_NONNUMERIC)) if False else '',
      list(csv.reader(['1,2.5,"3"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a"b,"c'], quoting=csv.QUOTE_NONE)),
      list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)), list(csv.reader(['a\tb'], dialect='excel-tab')),
      list(csv.reader([''])), list(csv.reader(['a,'])), list(csv.reader([',a'])), list(csv.reader(['"",""'])))
print(list(csv.reader(['x,,y', '"",z'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['1,"s",'], quoting=csv.QUOTE_STRINGS)))
show(lambda: list(csv.reader(['"a"b,c'], strict=True)))
show(lambda: list(csv.reader(['"unterminated'], strict=True)))
print(list(csv.reader(['"unterminated'])))
show(lambda: list(csv.reader(['a\rb'])))
show(lambda: list(csv.reader(['a\0b'])))
show(lambda: list(csv.reader([b'bytes'])))
show(lambda: list(csv.reader(['a'], delimiter='::')))
show(lambda: list(csv.reader(['a'], quoting=9)))
show(lambda: list(csv.reader(['a'], bogus=1)))
show(lambda: list(csv.reader(['a'], delimiter=',', quotechar=',')))
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'line\nbreak', '', None, 3, 2.5, True, ' lead']))
w.writerows([[1, 2], [''], [], ['x']])
print(repr(buf.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    b = io.StringIO()
    wr = csv.writer(b, quoting=quoting, escapechar='\\', lineterminator='\n')
    wr.writerow(['a', 1, 2.0, None, 'b,c', 'q"t'])
    print(quoting, repr(b.getvalue()))
b = io.StringIO()
show(csv.writer(b, quoting=csv.QUOTE_NONE).writerow, ['a,b'])
show(csv.writer(b, quoting=csv.QUOTE_NONE).writerow, [''])
show(csv.writer(b, doublequote=False).writerow, ['a"b'])
show(csv.writer(b).writerow, 5)
show(csv.writer, 5)
b = io.StringIO()
csv.writer(b, delimiter='|', quotechar="'", lineterminator=';').writerow(["it's", 'a|b', 'c'])
print(repr(b.getvalue()))
rows = list(csv.DictReader(io.StringIO('id,name\n1,a\n2,b,extra\n3\n\n4,d\n')))
print(rows)
dr = csv.DictReader(io.StringIO('1,a\n'), fieldnames=['n', 'v'], restkey='more', restval='?')
print(dr.fieldnames, list(dr))
dr2 = csv.DictReader(io.StringIO('x,y\n1,2,3\n4\n'), restkey='rest', restval='-')
print(list(dr2), dr2.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name'], restval='N/A')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'a, b'})
dw.writerows([{'id': 2}, {'name': 'c'}])
print(repr(out.getvalue()))
show(dw.writerow, {'id': 1, 'zzz': 2})
show(csv.DictWriter, out, ['a'], extrasaction='bogus')
print(repr(csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, list(csv.reader(['"a"|"b"'], 'pipes')))
csv.unregister_dialect('pipes')
show(csv.get_dialect, 'pipes')
show(csv.unregister_dialect, 'pipes')
d = csv.get_dialect('excel')
print(d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict, d.escapechar)


class Semi(csv.excel):
    delimiter = ';'


print(list(csv.reader(['a;b'], Semi)), csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show(lambda: list(csv.reader(['x' * 20])))
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, issubclass(csv.Error, Exception))
for kw in [dict(quotechar='ab'), dict(escapechar='ab'), dict(delimiter=5), dict(quotechar=5), dict(lineterminator=5), dict(escapechar=5),
           dict(quoting='x'), dict(quotechar=None), dict(delimiter=''), dict(escapechar=','), dict(escapechar='"'), dict(lineterminator='x', delimiter='x')]:
    show(lambda: list(csv.reader(['a'], **kw)))
