# warnings: filters, actions, registries, catch_warnings, formatting, deprecated; linecache
import io
import os
import sys
import warnings
import linecache


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def describe(w):
    return (type(w.message).__name__, str(w.message), w.category.__name__, os.path.basename(w.filename), w.lineno)


print(warnings.filters[:2] == [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0)],
      len(warnings.filters))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance'))

    def helper():
        warnings.warn('level2', stacklevel=2)
    helper()
print([describe(w) for w in log])
print(str(log[0]).replace(log[0].filename, 'F'))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    warnings.warn('other')
print(len(log), [str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once-only')
        warnings.warn('once-only')
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('dropped')
    warnings.filterwarnings('always', message='keep')
    warnings.warn('KEEP me')
    warnings.warn('not me')
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('UserWarning raised:', e)
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    warnings.warn('quiet', RuntimeWarning)
    print('runtime ignored')
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('always', message='dep.*ted')
    warnings.filterwarnings('ignore', message='x$')
    warnings.warn('deprecated thing')
    warnings.warn('deprecation noted')
    warnings.warn('ends with x')
print([str(w.message) for w in log])
with warnings.catch_warnings(action='always', category=UserWarning):
    with warnings.catch_warnings(record=True) as log:
        warnings.warn('inner')
    print(len(log))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'code line  '), end='')
print(warnings.formatwarning('msg', FutureWarning, 'file.py', 3, ''), end='')
buf = io.StringIO()
warnings.showwarning('shown', UserWarning, 'f.py', 1, file=buf, line='x = 1')
print(repr(buf.getvalue()))
saved = warnings.showwarning
captured = []
warnings.showwarning = lambda *a: captured.append(a[0])
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to custom hook')
warnings.showwarning = saved
print([str(m) for m in captured])
show(warnings.warn, 'x', category=int)
show(warnings.simplefilter, 'bogus')
show(warnings.filterwarnings, 'ignore', message=5)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 42)
print([describe(w) for w in log])


@warnings.deprecated('use new_f')
def old_f(x):
    return x * 2


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(old_f(2), old_f.__deprecated__, old_f.__name__)
print([describe(w) for w in log])
old_stderr = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to stderr')
out = sys.stderr.getvalue()
sys.stderr = old_stderr
print(out.endswith(": UserWarning: to stderr\n  warnings.warn('to stderr')\n"))
print(linecache.getline(__file__, 1), repr(linecache.getline(__file__, 100000)), repr(linecache.getline('<string>', 1)),
      len(linecache.getlines(__file__)) > 50)
