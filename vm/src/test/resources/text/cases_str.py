"""str methods and case mapping on tricky inputs (non-BMP, Unicode case specials, whitespace kinds)."""

SAMPLES = ["", "a", "abc", "Hello World", "  spaced  out  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0 x\u2000\u3000",
           "straße", "ΣΑΣ ΟΔΟΣ", "aΣ", "Σa", "a.Σ.", "ﬁnal ﬂow", "İstanbul", "ǅemal ǆ Ǆ", "ŉ", "ΐ",
           "\U0001F600 smile \U0001F600", "𝒜𝒷𝒸 ABC", "𐐀𐐨 Deseret", "x\U00010428y", "1²³½一٣", "٠١٢", "Ⅻ",
           "hello_world1", "_x", "1x", "a b", "\u0345", "ᾳ ᾼ", "line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\u2028l8\x85",
           "trailing\n", "\n\n", "a,b,,c", "tab\tbed\there", "01\t012\t0123\t01234", "mIxEd CaSe", "they're bill's friends",
           "ʼn", "\u1e9e", "ǰ", "ﬃ", "\u0130\u0131", "ΑΣ\u0301", "ΑΣ\u0301Β", "\x00\x7f\xad", "\ud800", "\udc00x",
           "ꭰ", "Ꭰ", "\u10d0", "ß", "ﬅ", "ᾀ"]

def generate(Writer):
    w = Writer("case_mapping")
    for s in SAMPLES:
        for name in ["lower", "upper", "title", "capitalize", "swapcase", "casefold", "isalpha", "isalnum",
                     "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isascii", "isidentifier",
                     "islower", "isupper", "istitle"]:
            w.case(name, getattr(str, name), s)
    # a stride through all of Unicode: one row per code point with all its properties as a tuple
    props = ["lower", "upper", "title", "casefold", "isalpha", "isdecimal", "isdigit", "isnumeric",
             "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle"]
    for cp in list(range(0, 0x3000, 11)) + list(range(0x3000, 0x110000, 997)):
        w.case("a:charprops", lambda c: tuple(getattr(c, p)() for p in props), chr(cp))
    w.save()

    w = Writer("str_methods")
    subs = ["", "a", "l", "ll", "\U0001F600", "xyz", " ", "ab"]
    texts = ["", "hello", "hello world", "aaa", "\U0001F600a\U0001F600b\U0001F600", "abcabcab", "  a  b  ", "ab\U0001F600ab"]
    ranges = [(0, None), (1, None), (-3, None), (0, 3), (2, -1), (10, None), (-100, 100), (3, 1), (5, 5), (0, 0)]
    for s in texts:
        for sub in subs:
            for a, b in ranges:
                for name in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    end = b if b is not None else 2**62
                    w.case(name, lambda s, sub, a, end, name=name: getattr(s, name)(sub, a, end), s, sub, a, end)
            w.case("partition", str.partition, s, sub)
            w.case("rpartition", str.rpartition, s, sub)
            for n in [-1, 0, 1, 2]:
                w.case("replace", str.replace, s, sub, "<>", n)
                w.case("split", str.split, s, sub, n)
                w.case("rsplit", str.rsplit, s, sub, n)
            w.case("removeprefix", str.removeprefix, s, sub)
            w.case("removesuffix", str.removesuffix, s, sub)
            w.case("in", lambda s, sub: sub in s, s, sub)
            w.case("strip", str.strip, s, sub)
            w.case("lstrip", str.lstrip, s, sub)
            w.case("rstrip", str.rstrip, s, sub)
    for s in SAMPLES + texts:
        for n in [-1, 0, 1, 2]:
            w.case("split", str.split, s, None, n)
            w.case("rsplit", str.rsplit, s, None, n)
        w.case("strip", str.strip, s, None)
        w.case("lstrip", str.lstrip, s, None)
        w.case("rstrip", str.rstrip, s, None)
        w.case("splitlines", str.splitlines, s, False)
        w.case("splitlines", str.splitlines, s, True)
        w.case("expandtabs", str.expandtabs, s, 8)
        w.case("expandtabs", str.expandtabs, s, 4)
        w.case("expandtabs", str.expandtabs, s, 0)
        w.case("len", len, s)
        for width in [0, 5, 12, 13]:
            for fill in [" ", "*", "\U0001F600"]:
                w.case("center", str.center, s, width, fill)
                w.case("ljust", str.ljust, s, width, fill)
                w.case("rjust", str.rjust, s, width, fill)
            w.case("zfill", str.zfill, s, width)
    for s in ["-42", "+7", "-", "", "abc", "--1", "\U0001F600"]:
        w.case("zfill", str.zfill, s, 6)
    w.case("center", str.center, "abc", 7, "ab")
    w.case("center", str.center, "abc", 7, "")
    w.case("maketrans", lambda a, b, c: sorted(str.maketrans(a, b, c).items()), "abc", "xyz", "d")
    w.case("maketrans", lambda a, b, c: sorted(str.maketrans(a, b, c).items()), "abc", "xy", "")
    for a, b in [("a", "b"), ("a", "a"), ("ab", "a"), ("\U0001F600", "\uffff"), ("\uffff", "\U0001F600"),
                 ("", ""), ("a\U0001F600", "a\uff00"), ("Z", "a")]:
        w.case("compare", lambda a, b: (a > b) - (a < b), a, b)
    # indexing and slicing by code point; slices arrive normalised by slice.indices(len)
    for s in ["", "abc", "a\U0001F600b\U0001F601c", "\U0001F600\U0001F601\U0001F602\U0001F603"]:
        for i in range(-6, 6):
            w.case("getitem", lambda s, i: s[i], s, i)
        for sl in [slice(None), slice(1, None), slice(None, -1), slice(None, None, -1), slice(1, 4, 2),
                   slice(-2, None, -2), slice(5, 0, -1), slice(0, 100, 3), slice(3, 1)]:
            start, stop, step = sl.indices(len(s))
            w.case("slice", lambda s, a, b, c, sl=sl: s[sl], s, start, stop, step)
    tables = {"ab": {ord("a"): "x\U0001F600", ord("b"): None}, "c": {ord("c"): ord("d")}}
    for s in ["abcabc", "\U0001F600abc", ""]:
        for name, t in tables.items():
            w.case("translate_" + name, lambda s, t=t: s.translate(t), s)
    # random strings over a small alphabet with whitespace kinds, non-BMP and case specials
    import random
    rng = random.Random(99)
    alphabet = ["a", "b", "A", " ", "\t", "\n", "\r", "\x1c", "\x85", "\u2028", "\xa0", "\U0001F600", "\u03a3", "\xdf", ".", "'"]
    def rstr(k):
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(k)))
    for _ in range(400):
        s, sub = rstr(12), rstr(3)
        a, b = rng.randrange(-14, 14), rng.randrange(-14, 14)
        w.case("find", lambda s, sub, a, b: s.find(sub, a, b), s, sub, a, b)
        w.case("rfind", lambda s, sub, a, b: s.rfind(sub, a, b), s, sub, a, b)
        w.case("count", lambda s, sub, a, b: s.count(sub, a, b), s, sub, a, b)
        w.case("startswith", lambda s, sub, a, b: s.startswith(sub, a, b), s, sub, a, b)
        w.case("endswith", lambda s, sub, a, b: s.endswith(sub, a, b), s, sub, a, b)
        n = rng.randrange(-1, 4)
        w.case("split", str.split, s, None, n)
        w.case("rsplit", str.rsplit, s, None, n)
        if sub:
            w.case("split", str.split, s, sub, n)
            w.case("rsplit", str.rsplit, s, sub, n)
        w.case("replace", str.replace, s, sub, "_", n)
        w.case("strip", str.strip, s, sub or None)
        w.case("rstrip", str.rstrip, s, None)
        w.case("splitlines", str.splitlines, s, bool(n & 1))
        w.case("lower", str.lower, s)
        w.case("upper", str.upper, s)
        w.case("title", str.title, s)
        w.case("swapcase", str.swapcase, s)
        w.case("capitalize", str.capitalize, s)
        w.case("istitle", str.istitle, s)
        w.case("expandtabs", str.expandtabs, s, n + 2)
    for s in ["abc", "\U0001F600b", ""]:
        for n in [-1, 0, 1, 3]:
            w.case("mul", lambda s, n: s * n, s, n)
    w.save()
