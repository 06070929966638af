# inspect: predicates, getmembers, docs, source, signatures and binding
import functools
import inspect


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kw) -> list[int]:
    """Do things.

        Indented detail.
    """
    return [a]


def gen():
    yield 1


async def co():
    pass


class C:
    """A class."""

    def __init__(self, p, q=3):
        self.p = p

    def m(self, z):
        """Method doc."""
        return z

    @property
    def prop(self):
        return 1

    @staticmethod
    def s(x, y=2):
        return x


class D(C):
    def m(self, z):
        return z * 2


s = inspect.signature(f)
print(s, repr(s), list(s.parameters), repr(s.parameters['b']), s.parameters['b'].kind, repr(s.parameters['b'].kind),
      s.parameters['args'].kind.description, s.return_annotation, s.parameters['a'].default is inspect.Parameter.empty)
print(inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0), inspect.signature(C), inspect.signature(C(1).m),
      inspect.signature(C.m), inspect.signature(C.s), inspect.signature(functools.partial(f, 1, c=5)), inspect.signature(D))
b = s.bind(1, 2, 3, 4, d=5, zz=6)
print(b, b.args, b.kwargs, b.arguments)
b.apply_defaults()
print(b, s.bind_partial(1))
g_sig = inspect.signature(lambda x, *, y: 0)
for call in [lambda: s.bind(), lambda: s.bind(1, d=1, a=2), lambda: g_sig.bind(1, 2, y=1), lambda: g_sig.bind(1, y=2, w=3),
             lambda: g_sig.bind(y=2), lambda: inspect.signature(5), lambda: inspect.signature(lambda a, b: 0).bind(1, a=2)]:
    show(call)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(x, y=10):
    return x + y


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
params = [inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter('b', inspect.Parameter.KEYWORD_ONLY, default=None)]
custom = inspect.Signature(params, return_annotation=int)
print(custom, custom.replace(return_annotation=inspect.Signature.empty), custom == inspect.Signature(params, return_annotation=int))
show(inspect.Signature, [params[1], params[0]])
show(inspect.Parameter, '1x', inspect.Parameter.POSITIONAL_ONLY)
show(inspect.Parameter, 'a', inspect.Parameter.VAR_POSITIONAL, default=1)
print(inspect.getfullargspec(f))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.ismethod(C.m),
      inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co),
      inspect.ismodule(inspect), inspect.isroutine(len), inspect.isroutine(C.m), inspect.isabstract(C), inspect.isdatadescriptor(C.prop),
      inspect.getmro(D)[1].__name__)
print([name for name, _ in inspect.getmembers(C(1)) if not name.startswith('_')], [n for n, _ in inspect.getmembers(D, inspect.isfunction)])
print(repr(inspect.getdoc(f)), inspect.getdoc(D.m), inspect.getdoc(D), repr(inspect.cleandoc('  first\n    second\n      third\n  ')))
print(inspect.getsource(C.m), end='')
print(inspect.getsource(wrapped), end='')
print(inspect.getsourcelines(C.s)[1], inspect.getsource(C).splitlines()[0], len(inspect.getsource(C).splitlines()))
print(inspect.getfile(f).endswith('test_inspect.py'), inspect.getmodule(f).__name__, inspect.currentframe() is not None)
