# fractions.Fraction: construction, exact arithmetic, mixed types, rounding, hashing, errors
import math
from fractions import Fraction as F


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(F(3, 4), F(6, -8), repr(F(10, 4)), F(5), F(), F(F(1, 3)), F(2.5), F(0.1), F(-7, 7))
for text in ['3/4', ' -12/8 ', '1.25', '-.5', '1e3', '2.5E-2', '+7', '1_000/3', '  0.0  ', '5.']:
    show(F, text)
for text in ['', '1/0', '3/ 4', 'abc', '1.2.3', '1__0', '/2', 'e5', '1/-2']:
    show(F, text)
show(F, 1, 0)
show(F, 1.5, 2)
show(F, [1])
show(F, float('nan'))
show(F, float('inf'))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, +a, abs(F(-2, 3)))
print(a + 1, 1 + a, a - 1, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, 7 // F(2), 7 % F(2, 3))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(1, 4) ** 0.5, F(9, 4) ** F(2))
show(lambda: F(0) ** -1)
show(lambda: a / 0)
show(lambda: 1 / F(0))
show(lambda: a // 0)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) < 1, F(1, 2) > 0.4, F(3) >= 3, F(1, 3) <= F(1, 2),
      F(1, 2) != 0.5, F(1, 2) == complex(0.5, 0), F(1) < float('inf'), F(1) == float('nan'), F(1, 2) == 'x')
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), hash(F(-1)) == hash(-1), hash(F(1, 3)), hash(F(-1, 3)))
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 8)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)),
      round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(1234), -2), complex(F(1, 2)))
print(F(3, 1).is_integer(), F(1, 2).is_integer(), F(6, 4).as_integer_ratio(), F(7, 3).numerator, F(7, 3).denominator)
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(1, 3).limit_denominator(), F('3.141592653589793').limit_denominator(100))
show(F(1, 3).limit_denominator, 0)
print(F.from_float(0.75), F.from_float(3))
show(F.from_float, '1')
print(bool(F(0)), bool(F(1, 9)), sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, 10)] * 10), max(F(1, 2), F(2, 3)))
print(format(F(1, 3), ''), f'{F(1, 3)}', str(F(4, 1)), F(1, 3) + F(2, 3) == 1, type(F(1, 3) + 0.5).__name__)
import copy
x = F(3, 5)
print(copy.copy(x) is x, copy.deepcopy(x) == x, {x: 1}[F(6, 10)])
