# dataclasses: generated methods, options, fields, conversions, errors
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.__doc__, Point.y, Point.__match_args__)
show(Point)
show(Point, 1, 2, 3)
show(Point, 1, z=3)
print(Point.__hash__, [f.name for f in fields(p)], fields(Point)[1].default, asdict(p), astuple(p), replace(p, y=9))
show(replace, p, z=1)
show(asdict, 5)
show(fields, 5)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(1, 2)
print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), v]), hash(v) == hash((1, 2, ())), {v: 1}[Version(1, 2)])
show(setattr, v, 'major', 5)
show(delattr, v, 'minor')
show(lambda: v < 5)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)
    klass: ClassVar[int] = 99

    def add(self, item):
        self.items.append(item)
        self.total += 1


a, b = Inventory(), Inventory()
a.add('x')
print(a, b, a.items is not b.items, Inventory(['q']) == Inventory(['q'], total=5), Inventory.klass, len(fields(a)))
print(hasattr(Inventory, 'items'), Inventory.total, a.secret, 'klass' in Inventory.__dataclass_fields__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
show(field, default=1, default_factory=list)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])


@dataclass
class Base:
    x: int
    y: str = 'base'


@dataclass
class Child(Base):
    z: float = 1.5
    y: str = 'child'


print(Child(1), Child(1, 'a', 2.0), [f.name for f in fields(Child)])


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
show(KW, 1)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(Mixed(1, b=2), Mixed.__match_args__)


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), repr(Plain(1)).startswith('<__main__.Plain object'))


@dataclass(unsafe_hash=True)
class Hashy:
    k: int
    ignored: int = field(default=0, hash=False)


print(hash(Hashy(1, 5)) == hash(Hashy(1, 7)), hash(Hashy(1)) == hash((1,)))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 1


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
show(setattr, s, 'c', 1)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, asdict(tree), astuple(tree))
rec = Node(0)
rec.children.append(rec)
print(rec)
print(dataclasses.is_dataclass(tree), dataclasses.is_dataclass(Node), dataclasses.is_dataclass(1))
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='x'))], namespace={'hi': lambda self: 'hi'})
print(Dyn(1), Dyn(2, 'q').hi(), [f.name for f in fields(Dyn)])


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass
class Inner:
    class Deep:
        pass
    d: int = 0


print(Inner(), Inner.__qualname__)
match Point(0, 5):
    case Point(0, yy):
        print('matched', yy)
show(lambda: dataclasses.FrozenInstanceError.__mro__[1].__name__)
