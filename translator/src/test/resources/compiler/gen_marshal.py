"""Generate marshal round-trip fixtures with CPython 3.13.

For each snippet: <name>.bin = marshal.dumps(compile(src)), and <name>.facts = per code object
(recursively, outer first): qualname, co_positions(), co_lines(), exception table entries.
Run: PYENV_VERSION=3.13.0 python3.13 gen_marshal.py   (from this folder)
"""
import dis, marshal, os, sys

assert sys.version_info[:2] == (3, 13), sys.version
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "marshal")

SNIPPETS = {
    "simple": "x = 1\nprint(x + 2.5, 'h\\u00e9llo', b'\\x00\\xff', 3j, None, ...)\n",
    "bigints": "a = 2**100\nb = -2**70\nc = (1, 2, (3, 4), frozenset({5}))\nd = 0x7fffffff + 1\ne = -0x80000000\n",
    "functions": (
        "def fibonacci(n):\n    if n <= 1:\n        return n\n    return fibonacci(n - 1) + fibonacci(n - 2)\n"
        "def calculate(x, y):\n    result = x * 2 + y\n    return result\n"
        "def python_sum(a, b):\n    return a + b\n"),
    "closures": (
        "def outer(a, *args, k=3, **kw):\n    b = 2\n    def inner(c):\n        nonlocal b\n        b += c\n"
        "        return a + b\n    return inner\n"
        "class C:\n    def m(self):\n        return __class__\n"),
    "exceptions": (
        "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\n" if False else
        "def g():\n    try:\n        f()\n    except ValueError as e:\n        print(e)\n    finally:\n        h()\n"
        "    with open('x') as fp:\n        return [y for y in fp if y]\n"),
    "unicode": "s = '\\U0001f600 \\u20ac \\ud800'\nt = 'a' * 300\nlong_name_" + "x" * 300 + " = 1\n",
    "generators": "async def a():\n    async for x in y:\n        await z\n    yield 1\ndef g():\n    yield from range(3)\n",
    "lambda_comp": "f = lambda x: {k: v for k, v in x}\ng = (i*i for i in range(10))\ns = {1, 2}\n",
}

def facts(code, out):
    out.append("code %s" % code.co_qualname)
    out.append("positions " + " ".join(
        ",".join("-1" if v is None else str(v) for v in p) for p in code.co_positions()))
    out.append("lines " + " ".join(
        "%d,%d,%s" % (s, e, -1 if l is None else l) for s, e, l in code.co_lines()))
    out.append("exc " + " ".join(
        "%d,%d,%d,%d,%d" % (e.start, e.end, e.target, e.depth, e.lasti)
        for e in dis._parse_exception_table(code)))
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            facts(c, out)

for name, src in SNIPPETS.items():
    code = compile(src, name + ".py", "exec")
    with open(os.path.join(HERE, name + ".bin"), "wb") as f:
        f.write(marshal.dumps(code))
    out = []
    facts(code, out)
    with open(os.path.join(HERE, name + ".facts"), "w") as f:
        f.write("\n".join(out) + "\n")
print("wrote", len(SNIPPETS), "fixtures")
