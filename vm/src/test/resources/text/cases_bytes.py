"""bytes methods and the utf-8 / ascii / latin-1 codecs with their error handlers."""

DATA = [b"", b"a", b"hello world", b"  a\tb\x0b\x0c\x1c c  ", b"\x00\xff\x80abc", b"Hello World", b"aaa",
        b"line1\nline2\r\nline3\rline4\x0bl5", b"tab\tbed", b"they're BILL'S", b"ABC", b"abc1", b"123"]
SUBS = [b"", b"a", b"l", b"ll", b"\xff", b" ", b"xyz"]
UTF8 = [b"", b"abc", "h\xe9llo \U0001F600".encode(), b"\xff", b"\x80abc", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82x",
        b"\xe2\x82\xac", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xed\xa0", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xf4\x90\x80\x80",
        b"\xf5", b"\xc0\xaf", b"a\xffb\xfec", b"\xf0\x80", b"\xed\xb2\x80x", b"\xe0\xa0"]
TEXTS = ["", "abc", "h\xe9llo", "\u20ac uro", "\U0001F600!", "\ud800", "a\udc80b", "\udcff\udc80", "\ud800\udc00x"[0] + "x",
         "ab\xe9\xe8cd", "\u0100\u0101", "\x7f\x80", "\u4e00\uac00\U0001F600\ue000\u0378"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace",
          "namereplace", "bogus"]


def generate(Writer):
    w = Writer("bytes_methods")
    for b in DATA:
        for name in ["lower", "upper", "swapcase", "capitalize", "title", "isalpha", "isalnum", "isdigit", "isspace",
                     "isascii", "islower", "isupper", "istitle", "splitlines", "hex"]:
            w.case(name, getattr(bytes, name), b)
        w.case("splitlines_keep", lambda b: b.splitlines(True), b)
        for n in [-1, 1]:
            w.case("split", bytes.split, b, None, n)
            w.case("rsplit", bytes.rsplit, b, None, n)
        w.case("strip", bytes.strip, b, None)
        w.case("lstrip", bytes.lstrip, b, None)
        w.case("rstrip", bytes.rstrip, b, None)
        w.case("expandtabs", bytes.expandtabs, b, 4)
        w.case("center", bytes.center, b, 15, b"*")
        w.case("zfill", bytes.zfill, b, 8)
        w.case("hexsep", lambda b: b.hex(":", 2), b)
        w.case("hexsep", lambda b: b.hex("-", -3), b)
        for s in SUBS:
            for name in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                w.case(name, lambda b, s, name=name: getattr(b, name)(s), b, s)
            w.case("partition", bytes.partition, b, s)
            w.case("replace", bytes.replace, b, s, b"<>", -1)
            w.case("split", bytes.split, b, s, -1)
            w.case("strip", bytes.strip, b, s)
    for h in ["", "00ff", "0A 1b\t2c\n", "0 1", "0", "zz", "a\u00e9", " 01 ", "01 02 0"]:
        w.case("fromhex", bytes.fromhex, h)
    w.case("translate", lambda b: b.translate(bytes.maketrans(b"abc", b"xyz"), b"l"), b"hello abc")
    w.case("translate", lambda b: b.translate(None, b"lo"), b"hello abc")
    w.case("maketrans", bytes.maketrans, b"ab", b"x")
    w.save()

    w = Writer("codecs")
    for b in UTF8:
        for e in ERRORS:
            w.case("a:decode", bytes.decode, b, "utf-8", e)
            w.case("a:decode", bytes.decode, b, "ascii", e)
        w.case("a:decode", bytes.decode, b, "latin-1", "strict")
    for s in TEXTS:
        for enc in ["utf-8", "ascii", "latin-1"]:
            for e in ERRORS:
                w.case("encode", str.encode, s, enc, e)
    wide = [b"", b"a\x00", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\x00\xd8\x00", b"\x00\xd8", b"\x00\xd8a\x00",
            b"\x00\xdc", b"a", b"a\x00b", b"\x00\xd8\x00\xdc", b"\x00\xd8\x00\xd8\x00\xdc", b"=\xd8\x00\xde",
            b"a\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00",
            b"\x00\x00\xfe\xff\x00\x00\x00a", b"\x00\xf6\x01\x00", b"\x80\x00\x00\x00\x80"]
    for b in wide:
        for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
            for e in ["strict", "replace", "ignore", "surrogatepass", "backslashreplace", "surrogateescape"]:
                w.case("a:decode", bytes.decode, b, enc, e)
    for s in ["", "abc", "a\ud800b", "\U0001F600", "\udc80", "\xe9\u20ac"]:
        for enc in ["utf-16", "UTF-16LE", "utf_16_be", "utf-32", "utf-32-le", "utf-32-be", "u16"]:
            for e in ["strict", "replace", "surrogatepass", "surrogateescape", "backslashreplace", "xmlcharrefreplace"]:
                w.case("encode", str.encode, s, enc, e)
    for enc in ["UTF8", "utf_8", "U8", "Latin1", "ISO-8859-1", "us-ascii", "cp1252x", "ebcdic"]:
        w.case("encode", str.encode, "x\xe9", enc, "strict")
    w.save()
