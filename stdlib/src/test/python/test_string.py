# string: constants, capwords, Template, Formatter; keyword and __future__
import __future__
import keyword
import string
from string import Template, Formatter


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'), string.capwords(''))
t = Template('$who likes ${what}; $$5 for $who')
print(t.substitute(who='tim', what='pie'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
show(t.substitute, who='x')
show(Template('$1').substitute)
show(Template('bad $').substitute)
show(Template('line1\n  ${ }').substitute)
print(Template('$1 and ${x}').safe_substitute(x=1), Template('$').is_valid(), Template('${a').safe_substitute(a=1))
print(Template('$a$b').substitute(a=1, b=2), Template('$ab_9c!').substitute(ab_9c='v'), Template('$é').safe_substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%x is %{y} %%').substitute(x=1, y=2))
f = Formatter()
print(f.format('{0} {1!r} {name:>5} {0.real} {lst[1]}', 3, 'a', name='n', lst=[7, 8]))
print(f.format('{} {}', 1, 2), f.format('{:{width}.{prec}f}', 3.14159, width=10, prec=2), f.format('{{}} {0}', 'x'))
print(list(f.parse('a{0!s:>3}b{{c}}{x.y[0]}')))
show(f.format, '{} {0}', 1)
show(f.format, '{0} {}', 1)
show(f.format, '{')
show(f.format, '}')
show(f.format, '{0!x}', 1)
show(f.format, '{2}', 1)
show(f.format, '{a}')


class Upper(Formatter):
    def format_field(self, value, spec):
        return str(value).upper()


print(Upper().format('{} and {x}', 'abc', x='def'))
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.all_feature_names)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.generator_stop.getOptionalRelease())


class Braced(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9]*(?:\.[_a-z]+)?)'


class Upper(Template):
    idpattern = r'(?-i:[A-Z]+)'


print(Braced('${a.b} $c').substitute({'a.b': 1, 'c': 2}), Upper('$ABC $abc').safe_substitute(ABC='x'), Template.pattern.flags & 2 != 0,
      Template.flags)


class Custom(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'


print(Custom('@x and @{y} @@').substitute(x=1, y=2), Custom('@').is_valid())
