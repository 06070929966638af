"""str.format / format_map and the _string parser helpers."""
import _string

PARSE = ["", "abc", "a{{b", "a}}b", "{}", "{0}", "{name}", "x{0!r:>10}y", "{0:{1}}", "{a[}]}", "{a[x]:y}", "{!r}",
         "{:}", "{0!}", "{0!rx}", "{0!r", "{", "}", "a}", "{0", "{0:", "{a{b}c}", "{0:{{}}}", "{{{0}}}", "{}}",
         "{0[a:b]!s:>{w}}", "\U0001F600{0}\U0001F600", "{0.attr[1][k].x}", "{0:{1:{2}}}", "{:x}{:y}", "{!}",
         "{0!:}", "{a!\U0001F600}"]
NAMES = ["", "0", "name", "0.real", "a[0]", "a[k]", "a.b.c", "a[1][2]", "a.", "a[", "a[]", "a]", "a[0]x", "12a",
         "\u0661\u0662", "a[0].b[c]", "[0]", ".x", "99999999999999999999999999"]

ARGS = (42, -1.5, "str", [10, 20, {"k": "v"}], 3 + 4j, "\U0001F600")
KWARGS = {"name": "Ann", "w": 8, "n": 12345, "f": 2.5, "lst": [1, 2], "d": {"k": [5, 6]}, "z": 1j}
FORMATS = ["{} {}", "{0} {1} {0}", "{name}", "{name!r}", "{2!a}", "{5!a}", "{5!r}", "{0:>{w}}", "{1:{w}.{w}}",
           "{n:,}", "{f:.3f}", "{3[2][k]}", "{lst[1]}", "{d[k][0]}", "{4.real} {4.imag}", "{z.imag}",
           "{} {0}", "{0} {}", "{6}", "{missing}", "{0!x}", "{0!\u20ac}", "{0:{1:{2}}}", "{name:{w}}",
           "{{}} {}", "{0:d}", "{2:d}", "{1:x}", "{0[0]}", "{3[9]}", "{3[x]}", "{2.nope}", "{} {} {} {} {} {} {}",
           "{:{}}", "{:{}} {}", "{0:{}}", "{2:.{0}}", "{!s:>6}", "{.real}", "{[1]}", "{name:^{n}.2}", "}", "{",
           "{0} }", "{missing} }", "{0:{w}{{}}}", "{name[0]}", "{name[-1]}", "{name.x[}", "{lst[1:]}",
           "a{0}b{name}c{{d}}e", "\U0001F600{0:\U0001F600^9}"]


def parse(s):
    return list(_string.formatter_parser(s))


def split(name):
    first, rest = _string.formatter_field_name_split(name)
    return first, list(rest)


def generate(Writer):
    w = Writer("format_string")
    for s in PARSE:
        w.case("parse", parse, s)
    for n in NAMES:
        w.case("split", split, n)
    for f in FORMATS:
        w.case("format", lambda f, a, k: f.format(*a, **k), f, ARGS, KWARGS)
        w.case("format_map", lambda f, k: f.format_map(k), f, KWARGS)
    w.save()
