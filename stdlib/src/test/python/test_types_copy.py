# types and copy
import copy
import types


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def gen():
    yield 1


async def coro():
    pass


class C:
    def m(self):
        pass


print(types.FunctionType.__name__, types.LambdaType is types.FunctionType, types.GeneratorType.__name__,
      types.MethodType.__name__, types.BuiltinFunctionType.__name__, types.ModuleType.__name__,
      types.CodeType.__name__, types.CellType.__name__, types.CoroutineType.__name__,
      types.AsyncGeneratorType.__name__, types.MappingProxyType.__name__, types.NoneType.__name__,
      types.EllipsisType.__name__, types.NotImplementedType.__name__, types.GenericAlias.__name__,
      types.UnionType.__name__, types.MethodDescriptorType.__name__, types.WrapperDescriptorType.__name__)
print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, repr(types.SimpleNamespace()), ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns))
print(types.SimpleNamespace({'k': 1}, z=2))
del ns.b
print(ns, ns != types.SimpleNamespace())
rec = types.SimpleNamespace()
rec.me = rec
print(rec)


class NS(types.SimpleNamespace):
    pass


print(NS(q=1))
show(hash, ns)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 2), mp == {'a': 1}, mp | {'b': 2})


def assign():
    mp['a'] = 2


show(assign)
m = types.ModuleType('mod', 'doc')
print(m.__name__, m.__doc__)
print(types.MethodType(lambda self: self.x, types.SimpleNamespace(x=5))())
Klass = types.new_class('Klass', (C,), {}, lambda ns: ns.update({'v': 7}))
print(Klass.__name__, Klass.v, Klass.__bases__[0].__name__)
meta, ns2, kw = types.prepare_class('X', (int,), {'metaclass': type})
print(meta.__name__, ns2, kw)
print(types.resolve_bases((int, list[int])), types.get_original_bases(Klass))

# ---- copy
lst = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(lst)
deep = copy.deepcopy(lst)
shallow[1].append(99)
print(lst, deep, shallow is lst, deep[1] is lst[1], shallow[1] is lst[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is not rec)
d = {'a': [1]}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2, d2['a'] is not d['a'])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pd).__name__)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        return 'shallow!'

    def __deepcopy__(self, memo):
        return 'deep!'


print(copy.copy(Custom()), copy.deepcopy(Custom()))


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s2 = copy.deepcopy(Slots())
print(s2.a, hasattr(s2, 'b'))


class State:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, st):
        self.v = st['v'] + 1


print(copy.copy(State()).v, copy.deepcopy(State()).v)


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v + 1,))


print(copy.copy(Reducer(1)).v, copy.deepcopy(Reducer(1)).v)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b'x')), copy.deepcopy(len) is len,
      copy.copy(int) is int, copy.deepcopy(Point) is Point)
memo = {}
a = [1]
copy.deepcopy([a, a], memo)
print(id(a) in memo)
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3))
show(copy.replace, 5)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
