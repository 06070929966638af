# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, errors
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', f'{Color.BLUE:>12}|', format(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, list(Color.__members__), Color['BLUE'], Color(2))
print(Color.RED.describe(), Color.favourite(), Color.RED.name, Color.RED.value, Color.RED._value_, Color.RED._name_)
print(repr(Color), type(Color).__name__, isinstance(Color.RED, Color), Color.RED in Color, 1 in Color, 7 in Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE, hash(Color.RED) == hash('RED'))
print(list(reversed(Color)), Color._member_names_, {c: c.value for c in Color}, Color.__members__['CRIMSON'])
print(dir(Color.RED), dir(Color))
show(Color, 9)
show(Color, 'RED')
show(lambda: Color['PURPLE'])
show(setattr, Color, 'RED', 5)
show(delattr, Color, 'RED')
show(lambda: Color.RED < Color.BLUE)
try:
    class More(Color):
        EXTRA = 9
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), str(Status.OK), f'{Status.OK}', format(Status.OK, '05d'), Status.OK + 1,
      Status.OK == 200, Status(404), sorted([Status.NOT_FOUND, Status.OK]), int(Status.OK), Status.OK < 300,
      {200: 'x'}[Status.OK], isinstance(Status.OK, int), Status.OK.real)


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 'south'
    EAST = auto()


print(Dir.NORTH, repr(Dir.NORTH), f'{Dir.SOUTH}', Dir.EAST.upper(), Dir('south'), Dir.NORTH == 'north', list(Dir))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), repr(auto()))


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(Custom.X.value, Custom.Y.value)


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


print(Planet.EARTH.value, Planet.MARS.gravity, Planet((6.421e+23, 3.3972e6)))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Coin('penny'), Coin(5))
show(Coin, 3)


class Weird(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1


print(list(Weird), hasattr(Weird, 'tmp'))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R, repr(Perm.R | Perm.W), Perm.RW, repr(Perm.R | Perm.W | Perm.X), Perm(0), repr(Perm(0)), list(Perm))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, ~Perm.R, ~Perm.RW, Perm.RW & Perm.W, Perm.RW ^ Perm.R,
      bool(Perm(0)), len(Perm.RW), list(Perm(7)), Perm(3) is Perm.RW, [p.value for p in Perm])
print(repr(Perm), Perm._member_names_, list(Perm.__members__), Perm(6))
show(Perm, 8)
show(Perm, 'x')
show(lambda: 1 in Perm.R)
show(lambda: Perm.R | 1)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), repr(Bits.A | 8), Bits(9), repr(~Bits.A), str(Bits.C), format(Bits.B),
      Bits.A + 1, Bits.A | 2, repr(Bits(0)), Bits.A == 1, list(Bits(7)), Bits.B & 3)


class Lvl(Flag, boundary=enum.CONFORM):
    LOW = 1
    HIGH = 2


print(repr(Lvl(7)), enum.STRICT, enum.KEEP, repr(enum.FlagBoundary.EJECT))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__)
Pairs = Enum('Pairs', [('X', 10), ('Y', 20)])
print(list(Pairs), Pairs(20))
Num = IntEnum('Num', {'ONE': 1, 'TWO': 2})
print(Num.TWO + Num.ONE, repr(Num.ONE))
show(Enum, 'x')
print(Color.RED.__reduce_ex__(4), enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Status.OK) is Status.OK)


def check(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'other'


print([check(c) for c in Color])


class Mixed(float, Enum):
    HALF = 0.5


print(Mixed.HALF, repr(Mixed.HALF), Mixed.HALF * 2, f'{Mixed.HALF}')
print(enum.nonmember(3).value, enum.member(3).value)


class WithNon(Enum):
    A = 1
    B = enum.nonmember(2)

    @enum.member
    def c(self):
        return 'c'


print([m.name for m in WithNon], WithNon.B, WithNon.c.value.__name__)
