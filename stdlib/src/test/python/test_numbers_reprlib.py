# numbers ABCs and reprlib
import numbers
import reprlib
from fractions import Fraction
from collections import deque

print([isinstance(x, numbers.Number) for x in (1, 1.5, 1j, Fraction(1, 2), True, 'x')])
print([isinstance(x, numbers.Integral) for x in (1, True, 1.0, Fraction(1))],
      [isinstance(x, numbers.Rational) for x in (1, Fraction(1, 3), 0.5)],
      [isinstance(x, numbers.Real) for x in (1, 0.5, Fraction(1, 3), 1j)],
      [isinstance(x, numbers.Complex) for x in (1, 1j)], issubclass(numbers.Integral, numbers.Complex))


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


try:
    MyInt(1)
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])
print(sorted(numbers.Integral.__abstractmethods__)[:6], numbers.Real.register(MyInt) is MyInt)
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(10 ** 60), reprlib.repr(set(range(20))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr((1,)), reprlib.repr(tuple(range(10))),
      reprlib.repr(frozenset()), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(deque(range(10))))
r.maxlist = 2
r.maxlevel = 1
print(r.repr([1, [2, 3], 4]), r.repr([]), reprlib.Repr(maxstring=10).repr('abcdefghijklmnop'))
print(reprlib.Repr(indent=2).repr([1, [2, 'x']]))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr('<...>')
    def __repr__(self):
        return f'Node({self.children})'


print(Node(), Node.__repr__.__name__, Node.__repr__.__wrapped__.__name__)


class Big:
    def __repr__(self):
        return 'B' * 100


print(reprlib.repr(Big()), reprlib.aRepr.maxother)
