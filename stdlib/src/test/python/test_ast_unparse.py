# ast.unparse over every statement and expression kind; CPython 3.13's text
import ast

snippets = [
    "x = 1 + 2 * 3 - (4 - 5) ** -2 ** 2",
    "a, *b = c = d[1:2, ::3]",
    "print(f'{name!r:>10} is {age:{width}}', f\"{'q'}\", f'{x=}')",
    "if x > 0 and not y or z:\n    pass\nelif x < -1:\n    x += 1\nelse:\n    del x, y",
    "for i, j in pairs:\n    continue\nelse:\n    break",
    "while (n := n - 1) > 0:\n    x = yield n\n    y = yield from g()",
    "squares = {k: v ** 2 for k, v in items if v if k}",
    "g = (x async for x in y)\nl = [*a, *b]\ns = {1, 2}\ne = {*()}",
    "@dec\n@dec2(1)\nclass Point(Base, metaclass=Meta):\n    '''doc\n    string'''\n    x: int = 0\n    (y): int\n    def norm(self, /, p=2, *, scale, **kw) -> float:\n        return (self.x ** p) ** (1 / p) * scale",
    "try:\n    risky()\nexcept (ValueError, TypeError) as e:\n    raise RuntimeError('bad') from e\nexcept Exception:\n    raise\nelse:\n    ok()\nfinally:\n    cleanup()",
    "try:\n    a()\nexcept* OSError:\n    pass",
    "with open(f) as fh, lock:\n    data = fh.read()[1:-1:2]",
    "f = lambda a, b=2, *args, **kw: a if b else -a\ng = lambda: 0",
    "async def fetch(url):\n    async with session.get(url) as r:\n        async for x in r:\n            await x\n        return await r.json()",
    "match command:\n    case ['go', direction] if direction:\n        pass\n    case {'x': 1, **rest}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case [1, *others] as whole:\n        pass\n    case _:\n        pass",
    "global counter\nnonlocal other\nassert counter >= 0, 'negative'\nimport os.path as p, sys\nfrom . import sibling\nfrom ..pkg.mod import a as b",
    "x = a if b else c; y = not a < b <= c; z = -x ** 2; v = a @ b; w = ~x // 3 % 4 << 1 | 2 ^ 3 & 4",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef f[T](x: T) -> T: ...",
    "x = 1 .real + (1).imag + 1.5 .real\ny = 1e400, -1e400j\nz = (1,)\nw = ()",
    "print(*args, sep='', **kwargs)\nobj.attr.method()[0](1)(2)",
    "s = 'it\\'s' + \"say \\\"hi\\\"\" + '\\n\\t\\x00' + b'\\xff' + u'uni'",
    "x = (yield)\nawait_ = [(yield x) for x in y]",
    "(a for b in c)\nf(a for b in c)\nf((a for b in c), d)",
    "a[b:c, d]\na[()]\na[(1, 2)]\na[1:2,]",
    "del (a), [b], c.d, e[f]\nx = y = z",
    "[x for x in (a or b) if (c or d) if (lambda: 1) if (e if f else g)]\n[x for x in (a if b else c) if not z if (w := 1)]",
    "if a:\n    if b:\n        pass\n    else:\n        pass\nelse:\n    if c:\n        pass",
]
for src in snippets:
    print("#", src.splitlines()[0])
    print(ast.unparse(ast.parse(src)))
print(ast.unparse(ast.parse("x + 1", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("a"), ast.Add(), ast.BinOp(ast.Name("b"), ast.Sub(), ast.Name("c")))))
print(ast.unparse(ast.Constant(value=(1, 2.5, "s"))))
