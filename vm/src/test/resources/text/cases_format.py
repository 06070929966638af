"""format() cases: the format-spec mini-language on int, float, complex and str."""
import itertools

INTS = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 65, 1234567, 10**20, -10**20, 2**63, -2**63 - 1, 0x10FFFF, 0x110000]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1234.5, -1234.5678, 1e16, 1e-5, 1.23456789e-7,
          123456789.0, 1e22, 1e300, 5e-324, 0.1, 2/3, 9.995, 0.0005, 1e100, float("inf"), float("-inf"),
          float("nan"), 99999.5, 0.999999, 12345678.0, 1e-4]
COMPLEX = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(-0.0, 1), complex(0.0, -0.0), 1e20 + 1e-20j,
           complex(float("inf"), float("nan")), 1234567.5 + 0.5j]
STRS = ["", "a", "abc", "héllo", "\U0001F600x", "longer string"]

INT_SPECS = ["", "d", "5", "<5", ">5", "^6", "=6", "*^7", "+", " ", "-", "+5", "05", "010", "#x", "#X", "#o", "#b",
             "x", "X", "o", "b", "c", "n", ",", "_", "_x", "_b", "#010_x", "#010x", ",d", "010,", "09,", "08,",
             "0=10,", "x=10,", "+010_", ".2", "e", ".3e", "f", "%", "g", "G", "E", "F", "s", "z", "#c", "+c",
             ",x", ",c", ",n", "_n", "y", "\u20ac", "5,_", "_,", ",_", "-#x", "0<5", " #o", "12,.2f", "ab", "#",
             "0", "00", "020_b", "x<+#08_o", "\U0001F600>8", "!<3"]
FLOAT_SPECS = ["", "f", ".0f", ".1f", ".2f", "#.0f", ".10f", ".20f", "e", ".0e", "#.0e", ".3e", "E", "g", ".0g",
               ".1g", ".3g", "#g", "#.3g", "G", ".12g", ".17g", "n", "%", ".1%", ".3", ".0", ".17", "#", "z",
               "z.1f", "+.1f", " .2e", "010.3f", "+010.2f", "=+12.3f", "<12.3f", "^12.3f", "*>12", ",", "_",
               ",.2f", "010,.2f", "012,.1f", "_.3e", ",g", ",%", "d", "x", "s", ".2s", "z.0f", "-08.2f", "#.2g",
               ".2z", "5.", "0>10", ",e", ".4G", "+E", "+,"]
COMPLEX_SPECS = ["", "f", ".2f", "e", "g", ".3", "10", "<20", "^20", "+", "-", " ", "010", "=10", "n", ",", "%",
                 "d", "#", "z", ".0", "+.2e", "*^30.1f", "_.1f"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".1", ".0", "10.2", "x<5", "05", "=5", "+", " ", "#",
             "z", ",", "_", "d", "x", "3s", "\U0001F600^5", ".10", "s ", "^^5"]


def random_specs(rng, n):
    """Specs drawn from the grammar, with a sprinkle of invalid pieces."""
    out = []
    for _ in range(n):
        parts = []
        if rng.random() < 0.3: parts.append(rng.choice(["", "*", "0", "\u00e9", " "]) + rng.choice("<>=^"))
        if rng.random() < 0.3: parts.append(rng.choice("+- "))
        if rng.random() < 0.15: parts.append("z")
        if rng.random() < 0.2: parts.append("#")
        if rng.random() < 0.2: parts.append("0")
        if rng.random() < 0.5: parts.append(str(rng.randrange(0, 25)))
        if rng.random() < 0.2: parts.append(rng.choice([",", "_"]))
        if rng.random() < 0.4: parts.append("." + str(rng.randrange(0, 20)))
        if rng.random() < 0.7: parts.append(rng.choice("bcdeEfFgGnosxX%"))
        out.append("".join(parts))
    return out


def generate(Writer):
    import random
    rng = random.Random(1313)
    w = Writer("format_random")
    values = [0, 7, -123456789, 2**70, 0.0, -0.0, 3.14159, -2.5e-7, 1.5e300, 123456.789, float("inf"), 97, 1e16, 0.5]
    for spec in random_specs(rng, 1500):
        w.case("format", format, rng.choice(values), spec)
    for _ in range(300):
        x = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30), float(rng.randrange(-999, 999)) / 8])
        p = rng.randrange(0, 18)
        for t in "efg":
            w.case("format", format, x, ".%d%s" % (p, t))
        w.case("format", format, x, "")
    w.save()

    w = Writer("format_spec")
    for v, spec in itertools.product(INTS, INT_SPECS):
        w.case("format", format, v, spec)
    for v, spec in itertools.product(FLOATS, FLOAT_SPECS):
        w.case("format", format, v, spec)
    for v, spec in itertools.product(COMPLEX, COMPLEX_SPECS):
        w.case("format", format, v, spec)
    for v, spec in itertools.product(STRS, STR_SPECS):
        w.case("format", format, v, spec)
    w.case("format", format, True, "d")
    w.case("format", format, 10**5000, ",")
    w.case("format", format, 10**4299, "")
    w.save()

    w = Writer("int_str")
    for v in INTS + [10**100, -(10**100) - 7, 10**4299, -(10**4300 - 1), 10**4300, 3**9000]:
        w.case("str", str, v)
        w.case("bin", bin, v)
        w.case("oct", oct, v)
        w.case("hex", hex, v)
    w.save()

    w = Writer("float_conv")
    for v in FLOATS + [1e-310, 123.456, 0.3, 1/3, 1e15, 1e16, 1e17, float(2**53), 1e-7]:
        for p in [0, 1, 2, 3, 6, 10, 17, 25]:
            w.case("%f", lambda x, p: "%.*f" % (p, x), v, p)
            w.case("%e", lambda x, p: "%.*e" % (p, x), v, p)
            w.case("%g", lambda x, p: "%.*g" % (p, x), v, p)
            w.case("%#g", lambda x, p: "%#.*g" % (p, x), v, p)
        w.case("repr", repr, v)
        w.case("str", str, v)
    w.save()
