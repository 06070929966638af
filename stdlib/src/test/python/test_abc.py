# abc and collections.abc: abstract methods, registration, subclass hooks, mixins
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
show(Shape)
show(Half)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))


class Props(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(Props.__abstractmethods__))


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack')
        return NotImplemented


class Mallard:
    def quack(self):
        return 'quack'


print(isinstance(Mallard(), Duck), issubclass(int, Duck), issubclass(Mallard, Duck))


class Registry(ABC):
    pass


Registry.register(int)
print(isinstance(3, Registry), issubclass(bool, Registry), issubclass(str, Registry),
      Registry.register(float) is float, isinstance(1.5, Registry))
show(Registry.register, 5)
show(issubclass, 5, Registry)


class Sub(Registry):
    pass


show(Sub.register, Registry)
token = abc.get_cache_token()
Registry.register(complex)
print(abc.get_cache_token() > token)


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


def go(self):
    return 'went'


Later.go = go
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().go())

# ---- collections.abc registrations
checks = [
    ([], cabc.MutableSequence), ((), cabc.Sequence), ((), cabc.MutableSequence), ('', cabc.Sequence),
    (range(3), cabc.Sequence), ({}, cabc.MutableMapping), ({}, cabc.Mapping), (set(), cabc.MutableSet),
    (frozenset(), cabc.Set), (frozenset(), cabc.MutableSet), ({}.keys(), cabc.KeysView),
    ({}.items(), cabc.ItemsView), ({}.values(), cabc.ValuesView), ({}.keys(), cabc.Set),
    (iter([]), cabc.Iterator), ([], cabc.Iterable), ([], cabc.Iterator), (len, cabc.Callable),
    (1, cabc.Hashable), ([], cabc.Hashable), ((x for x in []), cabc.Generator), ([], cabc.Reversible),
    ({}, cabc.Reversible), (b'', cabc.ByteString), (bytearray(), cabc.MutableSequence),
    (memoryview(b''), cabc.Sequence), ([], cabc.Collection), ('', cabc.Container), ({}, cabc.Sized),
    (iter(range(2)), cabc.Iterator), (iter({}), cabc.Iterator), (zip(), cabc.Iterator),
]
print([isinstance(obj, abc_) for obj, abc_ in checks])
print(sorted(cabc.Mapping.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__),
      sorted(cabc.MutableSet.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__))


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b1, b2 = Bag([1, 2, 3]), Bag([2, 3, 4])
print(sorted(b1 | b2), sorted(b1 & b2), sorted(b1 - b2), sorted(b1 ^ b2), b1 <= b2, Bag([2]) < b1,
      b1 == Bag([3, 2, 1]), b1.isdisjoint([7]), sorted([5] - b1 if False else b1 - [1]))
b1 |= [9]
b1 -= [1]
b1 ^= [2, 10]
print(sorted(b1), b1.pop() in (3, 9, 10), len(b1))
b1.remove(next(iter(b1)))
show(b1.remove, 'zz')
b1.clear()
print(len(b1), Bag._hash(Bag([1, 2])) == Bag._hash(Bag([2, 1])))


class Table(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


t = Table()
t.update({'a': 1}, b=2)
t.update([('c', 3)])
print(t.get('a'), t.get('z', 0), 'b' in t, list(t.items()), list(t.values()), t.pop('a'),
      t.pop('q', None), t.setdefault('d', 4), t.popitem(), t == {'b': 2, 'd': 4}, len(t))
print(list(t.keys()))
show(t.pop, 'zz')
print(('b', 2) in t.items(), 2 in t.values(), t.keys() & {'b'}, t.keys() | {'x'} == {'b', 'd', 'x'})
t.clear()
show(t.popitem)
print(repr(t.keys()).startswith('KeysView(<__main__.Table'), type(t.keys()).__name__)


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
show(s.index, 9)


class MList(cabc.MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


m = MList()
m.append(1)
m.extend([2, 3])
m += [4]
m.reverse()
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(2)
print(m.data)
m.clear()
print(m.data)


class Gen(cabc.Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        raise StopIteration


print(list(Gen()), Gen().close(), isinstance(Gen(), cabc.Iterator))
print(cabc.Sequence[int], cabc.Callable.__name__, cabc.Iterable.__module__)
