"""Fraction, a rational number class with exact arithmetic (pure-Python fractions for regpy)."""

import math
import operator
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:  # the values of every 64-bit CPython
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159


def _parse_digits(text, allow_empty=False):
    """Digits with single underscores between them (as in int literals) -> str of digits."""
    if not text:
        if allow_empty:
            return ''
        raise ValueError
    if text[0] == '_' or text[-1] == '_' or '__' in text:
        raise ValueError
    digits = text.replace('_', '')
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError
    return digits


def _parse_fraction_string(s):
    """Parse '3/4', '-1.5e3', ' .5 ' ... into (numerator, denominator)."""
    text = s.strip()
    sign = 1
    if text and text[0] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    if '/' in text:
        num, _, den = text.partition('/')
        return sign * int(_parse_digits(num.rstrip())), int(_parse_digits(den.lstrip()))
    mantissa, exp = text, 0
    for marker in ('e', 'E'):
        if marker in text:
            mantissa, _, exp_text = text.partition(marker)
            exp_sign = 1
            if exp_text and exp_text[0] in '+-':
                exp_sign = -1 if exp_text[0] == '-' else 1
                exp_text = exp_text[1:]
            exp = exp_sign * int(_parse_digits(exp_text))
            break
    whole, dot, frac = mantissa.partition('.')
    whole = _parse_digits(whole, allow_empty=bool(dot))
    frac = _parse_digits(frac, allow_empty=bool(whole)) if dot else ''
    if not whole and not frac:
        raise ValueError
    numerator = int(whole + frac or '0')
    denominator = 10 ** len(frac)
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/7'), Fraction('-.125'), Fraction(2.25)
    and Fraction(other_fraction) are accepted too.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, float) or hasattr(numerator, 'as_integer_ratio') \
                    and not isinstance(numerator, str):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse_fraction_string(numerator)
                except ValueError:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}') from None
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not '
                            f'{f!r} ({type(f).__name__})')
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is equal to the original Fraction."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents, then pick the better semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        if format_spec[-1:] in 'eEfFgG%':
            return format(float(self), format_spec)
        raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                         f'{type(self).__name__!r}')

    # ------------------------------------------------------------ arithmetic

    def _operator_fallbacks(monomorphic_operator, fallback_operator, name):
        """Forward and reverse methods: exact for ints and Fractions, float/complex otherwise."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(b, int):
                return monomorphic_operator(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = f'__{name}__'

        def reverse(b, a):
            if isinstance(a, int):
                return monomorphic_operator(Fraction._from_coprime_ints(a, 1), b)
            if isinstance(a, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(a, float):
                return fallback_operator(a, float(b))
            if isinstance(a, complex):
                return fallback_operator(a, complex(b))
            return NotImplemented
        reverse.__name__ = f'__r{name}__'
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    def _sub(a, b):
        return Fraction._add(a, Fraction._from_coprime_ints(-b._numerator, b._denominator))

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError(f'Fraction({db}, 0)')
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add, 'add')
    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, 'mod')

    def __pow__(a, b, modulo=None):
        """a ** b: exact when b is an integer (or integral Fraction), a float otherwise."""
        if modulo is not None:
            return NotImplemented
        if isinstance(b, (int, Fraction)) and (isinstance(b, int) or b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power,
                                                   a._denominator ** power)
            if a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power,
                                                   a._numerator ** -power)
            if a._numerator == 0:
                raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
            return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                               (-a._numerator) ** -power)
        if isinstance(b, Fraction):
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        """a ** b"""
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction._from_coprime_ints(a, 1) ** b
        if isinstance(a, Fraction):
            return a ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even, like round() of ints and floats."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # Equal numbers hash equal across int, float and Fraction.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # ------------------------------------------------------------ comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b): return a._richcmp(b, operator.lt)
    def __gt__(a, b): return a._richcmp(b, operator.gt)
    def __le__(a, b): return a._richcmp(b, operator.le)
    def __ge__(a, b): return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # ------------------------------------------------------------ copying

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operator_fallbacks


def _register_rational():
    # numbers imports nothing of ours but abc; fractions registers itself, as in CPython.
    import numbers
    numbers.Rational.register(Fraction)


_register_rational()
