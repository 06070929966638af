# logging: hierarchy, levels, handlers, formatters (three styles), filters, adapters, basicConfig
import io
import logging
import sys

sys.stderr = sys.stdout  # lastResort and default StreamHandler output becomes comparable
logging.warning('before config: %s', 'lastResort? no, basicConfig')
root = logging.getLogger()
print(root, logging.getLogger('root') is root, root.handlers[0].formatter._fmt, logging.getLevelName(10), logging.getLevelName('INFO'),
      logging.getLevelName(42))
logging.info('hidden: root level is WARNING')
logging.error('error %d of %d', 1, 2)
app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(app, db, db.parent is app, app.parent is root, db.getEffectiveLevel(), logging.getLogger('app.db') is db)
deep = logging.getLogger('x.y.z')
mid = logging.getLogger('x.y')
print(deep.parent is mid, mid.parent is root)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s|%(module)s|%(funcName)s'))
app.addHandler(h)
app.setLevel(logging.DEBUG)
db.debug('query %s', 'SELECT 1')
app.info('dict args: %(a)s %(b)s', {'a': 1, 'b': 2})
app.propagate = False
db.warning('only in buffer')
print(repr(buf.getvalue()))
brace = io.StringIO()
hb = logging.StreamHandler(brace)
hb.setFormatter(logging.Formatter('{levelname:<8}{name}: {message}', style='{'))
dollar = io.StringIO()
hd = logging.StreamHandler(dollar)
hd.setFormatter(logging.Formatter('$levelname $message', style='$'))
svc = logging.getLogger('svc')
svc.propagate = False
svc.addHandler(hb)
svc.addHandler(hd)
svc.warning('styled')
print(repr(brace.getvalue()), repr(dollar.getvalue()))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


f_buf = io.StringIO()
fh = logging.StreamHandler(f_buf)
fh.addFilter(OnlyEven())
flt = logging.getLogger('flt')
flt.propagate = False
flt.addHandler(fh)
for i in range(5):
    flt.warning('n=%d', i)
named = logging.Filter('flt.sub')
print(repr(f_buf.getvalue()), named.filter(logging.makeLogRecord({'name': 'flt.sub.x'})), named.filter(logging.makeLogRecord({'name': 'flt.subx'})))
adapter = logging.LoggerAdapter(logging.getLogger('adapt'), {'user': 'ann'})
a_buf = io.StringIO()
ah = logging.StreamHandler(a_buf)
ah.setFormatter(logging.Formatter('%(user)s %(message)s'))
adapter.logger.addHandler(ah)
adapter.logger.propagate = False
adapter.warning('hello')
print(repr(a_buf.getvalue()), adapter)
try:
    raise ValueError('boom')
except ValueError:
    e_buf = io.StringIO()
    eh = logging.StreamHandler(e_buf)
    el = logging.getLogger('exc')
    el.propagate = False
    el.addHandler(eh)
    el.exception('failed')
print(e_buf.getvalue().splitlines()[0], e_buf.getvalue().splitlines()[1], e_buf.getvalue().splitlines()[-1])
rec = logging.makeLogRecord({'msg': 'm %s', 'args': ('x',), 'levelno': 20, 'name': 'n'})
print(rec.getMessage(), logging.Formatter().format(rec), logging.Formatter('%(message)s!').format(rec))
logging.addLevelName(25, 'NOTICE')
app.log(25, 'custom level')
print(repr(buf.getvalue().splitlines()[-1]), logging.getLevelName(25), logging.getLevelName('NOTICE'))
logging.disable(logging.ERROR)
app.error('disabled')
logging.disable(logging.NOTSET)
app.error('enabled again')
print(buf.getvalue().splitlines()[-1])
for bad in [lambda: logging.Formatter('no fields'), lambda: logging.Formatter(style='?'), lambda: app.setLevel('LOUD'),
            lambda: logging.basicConfig(bogus=1, force=True), lambda: app.log('x', 'm')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
logging.basicConfig(format='%(name)s - %(levelname)s - %(message)s', level=logging.DEBUG, force=True, stream=sys.stdout)
logging.debug('after force')
logging.getLogger('child').info('child message %s', 42)
print(logging.getLogger('child').hasHandlers(), logging.NullHandler().handle(rec), root.level, logging.root is root)
lonely = logging.getLogger('lonely')
lonely.propagate = False
lonely.warning('through lastResort')
lonely.info('not shown by lastResort')
logging.shutdown()
