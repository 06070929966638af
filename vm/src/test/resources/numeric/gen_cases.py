#!/usr/bin/env python3.13
"""Generate numeric_cases.tsv: inputs and CPython 3.13's results for regpy.numeric's kernels.

Run:  PYENV_VERSION=3.13.0 python3.13 gen_cases.py > numeric_cases.tsv

One case a line: op, arguments..., expected result, separated by tabs. Values are typed:
  i:123   int          f:<repr>   float        b:True   bool       s:text   str
  u:<hex> str given as UTF-8 (when it has tabs, newlines, '|' or non-ASCII)
  y:<hex> bytes        c:<repr>,<repr> complex  n:       None
  t:a|b   tuple of encoded values              l:a|b    list of encoded values
  E:Type:message       the exception CPython raised
"""
import math
import random
import sys

assert sys.version_info[:2] == (3, 13), "expectations must come from CPython 3.13"
sys.set_int_max_str_digits(0)

INF, NAN = float("inf"), float("nan")


def enc(v):
    if isinstance(v, bool):
        return f"b:{v}"
    if isinstance(v, int):
        return f"i:{v}"
    if isinstance(v, float):
        return f"f:{v!r}"
    if isinstance(v, complex):
        return f"c:{v.real!r},{v.imag!r}"
    if isinstance(v, str):
        if v.isascii() and v.isprintable() and "|" not in v:
            return f"s:{v}"
        return "u:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, (bytes, bytearray)):
        return f"y:{bytes(v).hex()}"
    if v is None:
        return "n:"
    if isinstance(v, tuple):
        return "t:" + "|".join(enc(x) for x in v)
    if isinstance(v, list):
        return "l:" + "|".join(enc(x) for x in v)
    raise TypeError(type(v))


def case(op, fn, *args):
    # The kernel runs under the default digit limit; encoding huge results must not.
    sys.set_int_max_str_digits(4300)
    try:
        v = fn(*args)
        sys.set_int_max_str_digits(0)
        r = enc(v)
    except Exception as e:  # the expected exception is data here
        r = f"E:{type(e).__name__}:{e}"
    sys.set_int_max_str_digits(0)
    print("\t".join([op, *(enc(a) for a in args), r]))


INTS = [0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 10, -10, 255, 256, -256, 1000, 2**31, 2**31 - 1,
        2**53, 2**53 + 1, -(2**53 + 1), 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
        -2**64, 2**64 - 1, 10**20, -10**20, 3**100, -(3**100), 2**1000 + 1, -(2**1000) + 7]
SMALL_INTS = [0, 1, -1, 2, -3, 7, -7, 10, 2**63 - 1, -2**63, 2**64, -(3**50), 3**100]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 3.0, -7.5, 123.456, 2.675,
          1e16, 2.0**53, 2.0**53 + 2, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
          1e308, -1.7976931348623157e308, 1e300, 1e22, 0.3, INF, -INF, NAN]
SMALL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -7.5, 0.1, 3.0, 1e300, -1e-300, 5e-324,
                1e308, INF, -INF, NAN]


def gen_int():
    for a in INTS:
        for b in SMALL_INTS:
            case("int_add", lambda x, y: x + y, a, b)
            case("int_sub", lambda x, y: x - y, a, b)
            case("int_mul", lambda x, y: x * y, a, b)
            case("int_floordiv", lambda x, y: x // y, a, b)
            case("int_mod", lambda x, y: x % y, a, b)
            case("int_divmod", divmod, a, b)
            case("int_truediv", lambda x, y: x / y, a, b)
            case("int_and", lambda x, y: x & y, a, b)
            case("int_or", lambda x, y: x | y, a, b)
            case("int_xor", lambda x, y: x ^ y, a, b)
            case("int_cmp", lambda x, y: (x > y) - (x < y), a, b)
        for f in FLOATS:
            case("int_float_cmp", lambda x, y: None if y != y else (x > y) - (x < y), a, f)
        for op in ("int_neg", "int_invert", "int_abs", "int_bit_length", "int_bit_count",
                   "int_to_float", "int_hash"):
            fn = {"int_neg": lambda x: -x, "int_invert": lambda x: ~x, "int_abs": abs,
                  "int_bit_length": int.bit_length, "int_bit_count": int.bit_count,
                  "int_to_float": float, "int_hash": hash}[op]
            case(op, fn, a)
        for n in [0, 1, 3, 31, 63, 64, 65, 100, -1, 10**20]:
            case("int_lshift", lambda x, y: x << y, a, n)
            case("int_rshift", lambda x, y: x >> y, a, n)
        for nd in [0, 2, -1, -2, -3, -10, -19, -20, -400]:
            case("int_round", round, a, nd)
        for e in [0, 1, 2, 3, 5, 10, 63, 64, -1, -2, -3]:
            if abs(a) < 2**64 or e <= 5:   # keeps the file small: huge ** 64 proves nothing new
                case("int_pow", pow, a, e)
        for e, m in [(3, 7), (5, -7), (-1, 7), (-1, -7), (-3, 11), (2, 1), (2, -1), (7, 0),
                     (100, 2**64 + 13), (-1, 2**61 - 1), (2**70, 10**9 + 7), (0, 5)]:
            case("int_pow3", pow, a, e, m)
        for length in [0, 1, 2, 8, 9, 16] + ([200] if a in (-1, 2**1000 + 1) else []):
            for order in ("big", "little"):
                for signed in (False, True):
                    case("int_to_bytes", lambda x, n, o, s: x.to_bytes(n, o, signed=s), a, length, order, signed)
    case("int_to_bytes", lambda x, n, o, s: x.to_bytes(n, o, signed=s), 1, -1, "big", False)
    case("int_to_bytes", lambda x, n, o, s: x.to_bytes(n, o, signed=s), 1, 1, "middle", False)
    for data in [b"", b"\x00", b"\xff", b"\x80", b"\x7f", b"\x01\x00", b"\xff" * 8, b"\x80" + b"\x00" * 7,
                 b"\x01" + b"\x00" * 8, b"\xde\xad\xbe\xef" * 5]:
        for order in ("big", "little", "neither"):
            for signed in (False, True):
                case("int_from_bytes", lambda d, o, s: int.from_bytes(d, o, signed=s), data, order, signed)
    for a, b in [(10**400, 1), (10**400, 3), (1, 10**400), (-1, 10**400), (10**400, 10**399),
                 (2**1100, 2**76 + 1), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1080),
                 (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1), (2**1024 - 2**971, 1),
                 (0, -5), (0, 10**400), (2**53 + 1, 1), (2**54 + 3, 2), (10**30 + 1, 10**30),
                 (-(2**64 + 1), 3), (7, 2**64)]:
        case("int_truediv", lambda x, y: x / y, a, b)
    for a in [10**400, -(10**400), 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971,
              2**53 + 1, 2**54 + 2, 2**54 + 6, 2**63 - 1]:
        case("int_to_float", float, a)
    for a, b in [(1, 10**400), (10**400, -1), (0, 10**20), (-1, 10**20 + 1)]:
        case("int_pow", pow, a, b)
    for a, b in [(2**53 + 1, float(2**53)), (2**63, 2.0**63), (2**63 - 1, 2.0**63), (-2**63, -2.0**63),
                 (10**400, 1e308), (-(10**400), -INF), (2**53 + 1, 2.0**53 + 2), (5, 5.5), (-5, -5.5),
                 (2**60 + 1, 2.0**60), (-(2**60) - 1, -(2.0**60)), (2**70 + 1, 2.0**70)]:
        case("int_float_cmp", lambda x, y: (x > y) - (x < y), a, b)


def gen_float():
    for a in FLOATS:
        for b in SMALL_FLOATS:
            case("float_truediv", lambda x, y: x / y, a, b)
            case("float_floordiv", lambda x, y: x // y, a, b)
            case("float_mod", lambda x, y: x % y, a, b)
            case("float_divmod", divmod, a, b)
            case("float_pow", lambda x, y: x ** y, a, b)
            case("math_fmod", math.fmod, a, b)
            case("math_remainder", math.remainder, a, b)
            case("math_pow", math.pow, a, b)
            case("math_atan2", math.atan2, a, b)
            case("math_copysign", math.copysign, a, b)
            case("math_hypot2", math.hypot, a, b)
            case("math_nextafter", math.nextafter, a, b)
        for y in [2.0, 3.0, -1.0, -2.0, 0.5, 1 / 3, 1e10, -3.0, 1.5]:
            case("float_pow", lambda x, y: x ** y, a, y)
        for op, fn in [("float_to_int", int), ("float_round0", round), ("float_hex", float.hex),
                       ("float_ratio", float.as_integer_ratio), ("float_is_integer", float.is_integer),
                       ("float_floor", math.floor), ("float_ceil", math.ceil), ("float_trunc", math.trunc),
                       ("math_modf", math.modf), ("math_frexp", math.frexp), ("math_ulp", math.ulp),
                       ("math_fabs", math.fabs), ("math_degrees", math.degrees), ("math_radians", math.radians),
                       ("math_isfinite", math.isfinite), ("math_isinf", math.isinf), ("math_isnan", math.isnan)]:
            case(op, fn, a)
        if a == a:
            case("float_hash", hash, a)
        for nd in [0, 1, 2, 3, -1, -2, 5, 15, 17, 300, 400, -307, -308, -309, -400]:
            case("float_round", round, a, nd)
        for i in [0, 1, -1, 52, -1074, 1023, 1024, -1075, 2000, -2000, 10**30, -(10**30)]:
            case("math_ldexp", math.ldexp, a, i)
        for steps in [0, 1, 2, 3, 10**6, 2**64]:
            case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), a, INF, steps)
            case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), a, -1.0, steps)
    case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), 1.0, 2.0, -1)
    case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), -5e-324, 1.0, 1)
    case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), -5e-324, 1.0, 2)
    case("math_nextafter_steps", lambda x, y, n: math.nextafter(x, y, steps=n), 0.0, -1.0, 1)
    for x, nd in [(2.675, 2), (0.125, 2), (0.375, 2), (1.5e308, -308), (5e-324, 323), (5e-324, 324),
                  (-0.4, 0), (0.5, 0), (1.5, 0), (2.5, 0), (12345.6789, -2), (-12345.6789, -5),
                  (1e-320, 320), (0.1 + 0.2, 16), (1.0000000000000002, 15), (8.5e15, -1)]:
        case("float_round", round, x, nd)
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e20, -1e300, 4503599627370497.0]:
        case("float_round0", round, x)
    rnd = random.Random(1)   # integral powers take a double-double path: check it widely
    for _ in range(300):
        x = rnd.choice([rnd.uniform(-50, 50), rnd.uniform(-1, 1), rnd.uniform(0.9, 1.1) * 10.0 ** rnd.randint(-300, 300)])
        case("float_pow", lambda x, y: x ** y, x, float(rnd.randint(-64, 64)))
    for _ in range(100):
        case("int_pow", pow, rnd.randint(-10**6, 10**6), rnd.randint(-40, -1))
    for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x1.fffffffffffff8p1023", "0x1p1024",
              "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x3p-1076", "0x1.00000000000008p0",
              "0x1.00000000000018p0", "0x1.000000000000081p0", "  inf ", "-Infinity", "nan", "-nan",
              "1", ".8", "1.", "0x.8p1", "0X1P+2", "zz", "0x", "0xp1", "0x1p", "0x1q", "1e5", "",
              "0x0p99999999999999999999", "0x1p99999999999999999999", "0x1p-99999999999999999999",
              "0x123456789abcdef0123456789p-64", "  -0x1.5p-3  ", "0x0.0000000000001p-1022",
              "0x1.ffffffffffffffp-1023"]:
        case("float_fromhex", float.fromhex, s)


CPLX = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, 1e300 + 1e300j, 1e-300 - 5e-324j,
        complex(INF, 0), complex(0, -INF), complex(NAN, 1), complex(-0.0, 0.0), 2 + 0j, 0.5 - 0.5j]


def gen_complex():
    for a in CPLX:
        for b in CPLX:
            case("complex_mul", lambda x, y: x * y, a, b)
            case("complex_div", lambda x, y: x / y, a, b)
            case("complex_pow", lambda x, y: x ** y, a, b)
        for n in [2, 3, -1, -2, 0.5, 10, 101, 1e20]:
            case("complex_pow", lambda x, y: x ** y, a, complex(n))
        case("complex_abs", abs, a)
        if a == a:
            case("complex_hash", hash, a)
    for xs in [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2, -1), (2**61 - 1, 2**61), ("a",) * 0,
               (1.5, 2.5), tuple(range(20)), ((1, 2), (3,)), (None,) * 0]:
        case("tuple_hash", lambda hs, t=xs: hash(t), [hash(x) for x in xs])


def gen_math():
    unary = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt",
             "erf", "erfc", "gamma", "lgamma"]
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 10.0, 0.1, 1e-10, 1e-300, 5e-324, 100.0,
          700.0, 710.0, 1000.0, -1000.0, 1e300, 1e308, -2.5, 0.75, 1.25, 30.5, 171.5, 172.0,
          -171.5, 1e16, INF, -INF, NAN, 4.0, 6.0, 0.999, 1.0000001, 25.0, -25.5, 5.5, 1e-5]
    for name in unary:
        for x in xs:
            case("math_" + name, getattr(math, name), x)
    rnd = random.Random(6)   # log2 (double-double) and log10 (glibc's formula) over the whole range
    for _ in range(150):
        x = rnd.random() * 10.0 ** rnd.randint(-323, 308) or 1.0
        case("math_log2", math.log2, x)
        case("math_log10", math.log10, x)
        near = rnd.uniform(1 - 1e-6, 1 + 1e-6)
        case("math_log2", math.log2, near)
        case("math_log10", math.log10, near)
    rnd = random.Random(5)   # the double-double inverse trigonometry, over wide ranges
    for _ in range(150):
        big = rnd.choice([-1, 1]) * 10.0 ** rnd.uniform(-30, 30)
        near_one = rnd.choice([-1, 1]) * (1 - 10.0 ** rnd.uniform(-16, 0))
        case("math_atan", math.atan, big)
        case("math_asin", math.asin, near_one)
        case("math_acos", math.acos, near_one)
        case("math_atan2", math.atan2, rnd.uniform(-1, 1), big)
        case("math_atan2", math.atan2, rnd.uniform(-5, 5), rnd.uniform(-5, 5))
    for n in [0, 1, 2, 5, 10, 20, 21, 100, 10**20, -1, 2**1000 + 1, 2**1024, 10**400, 3**2000]:
        for name in ("log", "log2", "log10"):
            case(f"math_{name}_int", getattr(math, name), n)
    for x, b in [(8, 2), (100, 10), (2, 1), (10**400, 10), (1, 10**400), (2.0, 0.5), (0, 2), (2, 0),
                 (1000.0, 10.0), (2**1100, 2), (-1, 2), (2, -1.0), (3.0, 3)]:
        case("math_log_base", math.log, x, b)
    for n in [0, 1, 2, 5, 20, 21, 25, 100, 170, 171, -1, 2**63]:
        case("math_factorial", math.factorial, n)
    for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (100, 50), (-1, 2), (2, -1), (60, 30), (67, 33),
                 (10**30, 3), (10**30, 10**30 - 2), (10**30, 10**20), (2**64, 2), (1000, 500)]:
        case("math_comb", math.comb, n, k)
        case("math_perm", math.perm, n, k)
    for n in [0, 5, 21, -3]:
        case("math_perm", math.perm, n, None)
    for args in [(), (0,), (12, 18), (-12, 18), (0, 0), (2**100, 6), (2**64, 2**63), (-2**63, 2**63),
                 (3, 5, 7), (10**40, 10**30, 15), (-2**63, -2**63)]:
        case("math_gcd", lambda v: math.gcd(*v), list(args))
        case("math_lcm", lambda v: math.lcm(*v), list(args))
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**62, 2**63 - 1, 2**64, 10**40, 10**40 - 1, -1, 9, 99]:
        case("math_isqrt", math.isqrt, n)
    vectors = [[], [3.0, 4.0], [1.0], [-5.0], [1e308, 1e308], [1.7e308, 1.7e308], [1e-320, 1e-320],
               [1.0, 1.0, 1.0], [0.1, 0.2, 0.3, 0.4], [INF, NAN], [NAN, 1.0], [0.0, -0.0],
               [1e200, 1e-200, 3.0], [5e-324, 5e-324, 5e-324], [1.0, 1e-16, 1e-16, 1e-16]]
    for v in vectors:
        case("math_hypot", lambda v: math.hypot(*v), v)
        case("math_fsum", math.fsum, v)
        case("sum_builtin", sum, v)
    for v in [[1e308, 1e308], [INF, -INF], [INF, 1.0], [NAN, 1.0], [1e16, 1.0, 1e-16], [0.1] * 10,
              [1.0, 1e100, 1.0, -1e100], [2.0**53, 1.0, 2.0**-60], [-0.0, -0.0], [1e308, 1e308, -1e308],
              [1.0, 2.0**-53, 2.0**-106], [1.0, -2.0**-53, -2.0**-106], [0.3, 0.3, 0.3, -0.9],
              [-0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]]:
        case("math_fsum", math.fsum, v)
        case("sum_builtin", sum, v)
    for p, q in [([1.0, 2.0], [4.0, 6.0]), ([0.0], [0.0]), ([1.0], [1.0, 2.0]), ([1e308], [-1e308]),
                 ([INF, 0.0], [0.0, 0.0])]:
        case("math_dist", math.dist, p, q)
    for p, q in [([1.0, 2.0], [3.0, 4.0]), ([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]), ([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]),
                 ([1.0], [1.0, 2.0]), ([INF, 1.0], [1.0, 1.0]), ([1e308, 1e308], [10.0, -10.0]), ([], [])]:
        case("math_sumprod", math.sumprod, p, q)
    for x, y, z in [(2.0, 3.0, 4.0), (0.1, 10.0, -1.0), (INF, 0.0, 1.0), (1e308, 10.0, 0.0),
                    (NAN, 1.0, 1.0), (INF, 1.0, -INF), (1.0, 1.0, NAN), (1e308, 10.0, -INF)]:
        case("math_fma", math.fma, x, y, z)
    for a, b, rt, at in [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-12, 1e-9, 1e-10),
                         (INF, INF, 1e-9, 0.0), (INF, -INF, 1e-9, 0.0), (NAN, NAN, 1e-9, 0.0),
                         (1.0, 1.0, -1.0, 0.0), (1.0, 2.0, 0.5, 0.0)]:
        case("math_isclose", lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), a, b, rt, at)


def gen_text():
    int_strings = ["0", "-0", "+17", " 12 ", "\t-5\n", "1_000", "_1", "1_", "1__0", "0x_1f", "0x1F", "0X1f",
                   "0o17", "0b101", "010", "000", "0_0", "", "-", "+ 1", "1 2", "x", "z", "Z", "9" * 30,
                   "-" + "7" * 25, "\u0661\u0662", "\u00a012\u2003", "1.5", "0b1", "0x", "0x__1", "12\x00",
                   "9223372036854775807", "-9223372036854775808", "9223372036854775808", "x" * 300, "1" * 4300,
                   "1" * 4301, "f" * 5000]
    for text in int_strings:
        for base in (0, 10, 16, 2, 8, 36) if len(text) < 100 else (0, 10, 16):
            case("int_parse", lambda t, b: int(t, b), text, base)
    for base in (1, 37, -1):
        case("int_parse", lambda t, b: int(t, b), "12", base)
    float_strings = ["1", "-1.5", " 2.5e3 ", "1_0.5", "1e5_0", "_1", "1_", "1._5", "1_.5", ".", ".5", "5.", "-.5e-3",
                     "1e", "1e+", "e5", "1d", "0x1p3", "inf", "-InFiNiTy", " nan ", "-nan", "+inf", "in f", "infinit",
                     "1e400", "-1e-400", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
                     "1.7976931348623158e308", "1.7976931348623159e308", "\u0661.\u0665", "", "  ", "1 2",
                     "0.1", "123456789012345678901234567890", "1" * 400 + ".5", "0" * 50 + "1e-10", "x" * 250]
    for text in float_strings:
        case("float_parse", float, text)
    for text in ["1", "2j", "-2J", "1+2j", "1-2j", "1+j", "1-j", "j", "+j", "-j", " (1+2j) ", "( 3 )", "(1+2j",
                 "1 + 2j", "1+2", "1e5j", "1e5+1e-5j", "1ej", "-1.5e-3-2.5E+3J", "inf+nanj", "-infj", "nanj",
                 "1_0+2_0j", "", "()", "j1", "1+2jj", "\u0661+\u0662j", "1+-2j", "+1-2j", ".5j", "5.-.5j",
                 "infinityj", "1+infj", "\t3-4j\n"]:
        case("complex_parse", complex, text)
    fmt_values = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 0.375, 1e-5, 0.0001, 123456.789, 1e16, 1e22, 9.995, 9.9999,
                  99999.5, 0.1, 2.675, 1e300, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, 100.0,
                  10.0, 123.0, 1234567.0, float("inf"), float("-inf"), float("nan")]
    for x in fmt_values:
        for spec in ["e", "E", "f", "F", "g", "G", "%", ".0e", ".3e", ".0f", ".2f", ".20f", ".0g", ".1g", ".3g",
                     ".17g", ".3%", "#.0e", "#.0f", "#g", "#.3g", ".3", ".1", ".17", "#.3", ".0", "#.0"]:
            case("float_format", lambda v, sp: format(v, sp), x, spec)
    specs = ["", "d", "5", "<5", ">5", "^6", "*^7", "0=8", "08", "+", " ", "-", "+08", "#x", "#010x", "#X", "#b",
             "#o", "x", "X", "b", "o", "c", "+c", "#c", ",c", ",", "_", "010,", "09,", "_x", "#012_b", ",x", "_n",
             ",n", "n", ".2", "z", "e", ".3e", "f", ".2f", "%", "g", ",.2f", "012,.2f", "=12,.1f", "*=12,.1f",
             "0<8", "0^9", "z.1f", "q", "dd", "10.", ",_", "<<<", "#", ".0", "#.0", "z.0f", "+.3g", " 08.2f",
             "99999999999999999999", "\u00e9>6", ".3%"]
    for v in [0, 1, -1, 65, 255, -255, 1234, -1234, 1234567, 2**64, -(10**30), 0x10FFFF + 1, True]:
        for spec in specs:
            case("int_format", format, v, spec)
    for v in [0.0, -0.0, 1.0, -1.5, 1234.5, -1234.5, 1234567.891, 1e16, 1e-7, -0.004, float("inf"), float("-nan"),
              1e300]:
        for spec in specs:
            case("float_format_spec", format, v, spec)
    def percent(v, conv, flags, width, prec):
        return ("%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv) % v

    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0"]:
        for width, prec in [(-1, -1), (8, -1), (-1, 3), (10, 2), (3, 0)]:
            for v in [0, 5, -5, 255, -(10**20)]:
                for conv in "dioxXu":
                    case("percent_int", percent, v, conv, flags, width, prec)
            for v in [0.0, -0.0, 1.5, -2.5, 12345.678, 1e-7, 1e22, float("inf"), float("nan"), -float("inf")]:
                for conv in "eEfFgG":
                    case("percent_float", percent, v, conv, flags, width, prec)
    for i in [0, -1, 10**18, -(10**40), 10**4299, -(10**4299), 10**4300, -(10**4300), 2**14300]:
        case("int_str", str, i)
    for i in [0, 1, -1, 255, -255, 2**64, -(2**100) + 1, 2**63 - 1]:
        for fn in (bin, oct, hex):
            case("int_radix_" + fn.__name__, fn, i)


def gen_random():
    """Random arguments over the whole double range, for the kernels that must be exact."""
    rnd = random.Random(11)

    def any_float():
        kind = rnd.random()
        if kind < 0.1:
            return rnd.choice([-1, 1]) * rnd.randint(0, 2**53) * 2.0 ** rnd.randint(-1074, -1000)
        if kind < 0.3:
            return float(rnd.randint(-10**6, 10**6)) + rnd.choice([0.0, 0.5, 0.25, 0.1])
        return rnd.choice([-1, 1]) * rnd.random() * 10.0 ** rnd.randint(-320, 308)

    for _ in range(400):
        x, y = any_float(), any_float()
        case("float_hash", hash, x)
        case("float_round", round, x, rnd.randint(-20, 20))
        case("float_round0", round, x)
        case("float_hex", float.hex, x)
        case("float_fromhex", float.fromhex, float.hex(x))
        case("float_ratio", float.as_integer_ratio, x)
        case("float_floordiv", lambda a, b: a // b, x, y)
        case("float_mod", lambda a, b: a % b, x, y)
        case("math_fmod", math.fmod, x, y)
        case("math_remainder", math.remainder, x, y)
        case("math_hypot2", math.hypot, x, y)
        case("float_format", lambda v, sp: format(v, sp), x, rnd.choice(["e", ".3e", "f", ".12f", "g", ".15g", ".3", "%"]))
        n = int(x) if abs(x) < 1e300 else 0
        case("int_float_cmp", lambda a, b: (a > b) - (a < b), n + rnd.randint(-1, 1), x)
        case("int_truediv", lambda a, b: a / b, rnd.randint(-10**40, 10**40), rnd.randint(1, 10**rnd.randint(1, 40)))
        case("int_hash", hash, rnd.randint(-2**200, 2**200))
    for _ in range(60):
        xs = [any_float() for _ in range(rnd.randint(1, 12))]
        case("math_fsum", math.fsum, xs)
        case("sum_builtin", sum, xs)
        case("math_hypot", lambda v: math.hypot(*v), xs)


gen_int()
gen_random()
gen_text()
gen_float()
gen_complex()
gen_math()
