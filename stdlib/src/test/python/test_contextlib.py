# contextlib: contextmanager, suppress, closing, redirect_*, ExitStack, nullcontext
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('b') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError('converted')


try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print('TypeError:', e, type(e.__context__).__name__)


@tag('deco')
def decorated():
    print('body')


decorated()
decorated()

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError:', e)
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
print('group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('rest', eg.exceptions)


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f't{i}'))
    stack.callback(print, 'callback', 1)

    def exit_cb(*exc):
        print('exit cb', exc)
    stack.push(exit_cb)
print('stack done')

with ExitStack() as stack:
    stack.callback(print, 'never')
    saved = stack.pop_all()
print('popped')
saved.close()


def suppressor(*exc):
    print('suppressing', exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise IndexError('x')
print('suppressed by stack')
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)


def raiser():
    raise KeyError('from callback')


try:
    with ExitStack() as stack:
        stack.callback(raiser)
        raise ValueError('body')
except KeyError as e:
    print('KeyError:', e, type(e.__context__).__name__)
print(issubclass(ExitStack, contextlib.AbstractContextManager), isinstance(nullcontext(), contextlib.AbstractContextManager))


class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit')
        return False


@CM()
def f():
    print('f body')


f()


class Simple:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


print(isinstance(Simple(), contextlib.AbstractContextManager))
