# functools: every public helper, including error messages
import functools
from functools import partial, reduce, lru_cache, cache, wraps, total_ordering
from functools import cmp_to_key, cached_property, singledispatch, partialmethod


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
show(reduce, lambda a, b: a, [])
show(reduce, lambda a, b: a, 5)

p = partial(int, base=16)
print(p('ff'), p.func is int, p.args, p.keywords, repr(p))
p2 = partial(p, '10')
print(p2(), p2.func is int, p2.args, p2.keywords)


def f3(a, b, c=0, *, d=1):
    return (a, b, c, d)


q = partial(f3, 1, d=5)
print(q(2), q(2, 3, d=9), repr(q).startswith('functools.partial(<function f3 at'), repr(q).endswith(', 1, d=5)'))
show(partial, 5)
q.attr = 'x'
print(q.attr, q.__dict__)


class MyPartial(partial):
    pass


print(repr(MyPartial(max, 1)).split('(')[0], MyPartial(max, 1)(5))

calls = []


@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(7), sq.__name__)


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1), plain(1, y=1), plain(x=1), plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
show(lru_cache, 'bad')


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(30), fact.cache_info().currsize, type(fact.cache_info()).__name__, fact.cache_info()._fields)


class Obj:
    @lru_cache
    def method(self, x):
        return x * 2


print(Obj().method(4))


def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        return fn(*args, **kwargs)
    return inner


@deco
def documented(a: int) -> str:
    """The docs."""
    return str(a)


documented.extra = 1
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__,
      documented.__qualname__, documented(3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.x = 1


def wrapper():
    pass


functools.update_wrapper(wrapper, target)
print(wrapper.x, wrapper.__wrapped__ is target, wrapper.__name__)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v


print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(2), V.__gt__.__name__)
show(lambda: V(1) > 5)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v


print(G(1) < G(2), G(2) <= G(2), G(1) >= G(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(1) == key(1))
show(lambda: key(1) < 5)
show(hash, key(1))


@singledispatch
def fun(arg, verbose=False):
    return f'default {arg!r}'


@fun.register
def _(arg: int, verbose=False):
    return f'int {arg}'


@fun.register(float)
@fun.register(complex)
def _(arg, verbose=False):
    return f'number {arg}'


def nothing(arg):
    return f'list {len(arg)}'


fun.register(list, nothing)


@fun.register
def _(arg: str | bytes):
    return f'strish {arg!r}'


print(fun('x'), fun(b'y'), fun(3), fun(True), fun(2.5), fun(1j), fun([1, 2]), fun({1}), fun(None))
print(fun.dispatch(bool).__name__, fun.dispatch(list) is nothing, sorted(t.__name__ for t in fun.registry))
show(fun)
try:
    fun.register(lambda x: x)
except TypeError as e:
    print('TypeError:', str(e)[:40])


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: Base):
    return 'base'


print(kind(Derived()), kind(Base()), kind(1))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print('computing')
        return self.r * self.r * 3

    @functools.singledispatchmethod
    def scale(self, factor):
        return 'generic'

    @scale.register
    def _(self, factor: int):
        return f'int scale {factor * self.r}'


c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area, Circle.area.attrname, type(Circle.__dict__['area']).__name__)
print(c.scale(3), c.scale('x'))


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def prop(self):
        return 1


show(lambda: Slotted().prop)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell._alive, end=' ')
cell.set_dead()
print(cell._alive, repr(Cell.set_alive).startswith('functools.partialmethod(<function Cell.set_state'))
