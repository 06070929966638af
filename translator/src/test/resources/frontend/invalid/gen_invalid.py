"""Generates invalid.tsv: CPython 3.13's SyntaxError for each snippet below.

Run: PYENV_VERSION=3.13.0 python3.13 gen_invalid.py   (writes invalid.tsv next to this file)
Columns: escaped source, class, msg, lineno, offset, end_lineno, end_offset (None when unset).
"""
import ast, os, warnings
warnings.simplefilter("ignore")

SNIPPETS = ["f'{x!}'\n", "f'{x!r'\n", "f'{x:{y'\n", "f'{'\n", "f'{x=!z}'\n", "f'{!r}'\n", "f'{:x}'\n", "f'{x:'\n",
     "f'''{x\n", "f'{x}}'\n", "f'{{}'\n", "f'{a b}'\n", "f'{x = = y}'\n", "f'{1:{2:{3}}}'\n", "f'{\"a\\\n\"}'\n",
     "f'{x!r=}'\n", "f\"{'\\n'}\"\n", "x = 'a\\\nb\n", "x = 1 +\\\n", "if x:\n    pass\n   y\n", "def f(:\n",
     "class A(:\n", "x = [i for i in]\n", "x = (i for i in)\n", "a[1:2:3:4]\n", "x = {*a: 1}\n", "x = lambda: yield\n",
     "a = not\n", "async = 1\n", "await = 1\n", "x = 1 if else 2\n", "from . import (a, b\n", "from . import (a, b,)\nimport ,\n",
     "with a as 1: pass\n", "with a as f(): pass\n", "for x in: pass\n", "while: pass\n", "if: pass\n", "elif x: pass\n",
     "x = yield from\n", "x = [*]\n", "print(**)\n", "def f(**): pass\n", "def f(*a, *b): pass\n", "def f(a, *, b, *, c): pass\n",
     "nonlocal x\n", "x = 0_7\n", "x = 0b1_\n", "x = 1.e\n", "x = 1e+\n", "x = 0xg\n", "x = 00\n", "x = 0_0\n", "x = 09.5\n",
     "x = '\\xZZ'\n", "x = b'\\u1234'\n", "x = b'é'\n", "x = 'a' f'b' b'c'\n", "assert x, \n", "raise x from\n", "del x,\n",
     "import a as\n", "import a as b.c\n", "from a import b as\n", "global\n", "x: = 1\n", "x: int, y: int\n", "(x, y): int = 1\n",
     "match x:\n    case 1 + 2: pass\n", "match x:\n    case f(): pass\n", "match x:\n    case a.b(): pass\n    case x: pass\n    case y: pass\n",
     "match x:\n    case {1: _, **rest, 2: _}: pass\n", "match x:\n    case *a: pass\n", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
     "try:\n    pass\nelse:\n    pass\n", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n", "x = (yield) = 1\n",
     "a + b = c\n", "-a = 1\n", "a.b += c, d = 1\n", "x = {'a' 'b': 1 2}\n", "print(a b c)\n", "f(a, b c)\n", "[1, 2 3]\n",
     "def f(a, b, c=1, d): pass\n", "class C:\n    def f(self):\n        pass\n      x\n", "\tif x:\n        pass\n",
     "if x:\n        pass\n\tpass\n", "x = $a\n", "x = a ? b\n", "x = `a`\n", "x = a!b\n", "x = 1\n\n\n  \n  y\n",
   
    "x = = 1\n", "1 = x\n", "f() = 1\n", "x + 1 = 2\n", "[1] = x\n", "(a, 1) = x\n", "None = 1\n", "a = 1 = b\n",
    "del f()\n", "del 1\n", "for 1 in x: pass\n", "x += 1, 2 += 3\n", "(a, b) += 1\n", "f() += 1\n",
    "if x = 1:\n    pass\n", "while x = 1: pass\n", "if x\n    pass\n", "while x\n    pass\n", "for x in y\n    pass\n",
    "def f()\n    pass\n", "class C\n    pass\n", "with x\n    pass\n", "try\n    pass\n", "if x:\n    pass\nelse\n    pass\n",
    "if x:\npass\n", "def f():\nreturn 1\n", "for x in y:\nx\n", "class C:\nx = 1\n", "while 1:\npass\n", "try:\nx\n",
    "if x:\n    a\n  b\n", "  x = 1\n", "if x:\n    a\n        b\n", "if x:\n\ta\n        b\n",
    "f(1,\n", "x = (1, 2\n", "x = [1, 2\ny = 3\n", "{'a': 1\n", "x = )\n", "x = (]\n", "x = (1,\n 2]\n", "}\n",
    "'abc\n", "x = 'abc\n", '"""abc\n', "x = '''abc\ndef\n", "f'abc\n", "f'{x'\n", "f'{}'\n", "f'{x!z}'\n", "f'}'\n",
    "f'{x!}'\n", "f'{lambda x:1}'\n", "b'\xe9'\n".replace('\xe9', 'é'), "'a' b'b'\n", "x = 1abc\n", "x = 0x\n", "x = 0o8\n",
    "x = 0b2\n", "x = 012\n", "x = 1_\n", "x = 1__0\n", "x = 1e\n", "x = 1.5j_\n", "x = $\n", "x = a € b\n", "x = \\ y\n",
    "print 'hello'\n", "print x\n", "exec 'x'\n", "f(x for x in y, 1)\n", "f(a=1, b)\n", "f(**a, *b)\n", "f(**a, b)\n",
    "f(a.b=1)\n", "f(True=1)\n", "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(*, **k): pass\n", "def f(**k, a): pass\n",
    "def f(a, /, b, /): pass\n", "def f(/, a): pass\n", "def f(*a=1): pass\n", "lambda a=1, b: 0\n", "a b\n", "f(a b)\n",
    "[a b]\n", "(1 2)\n", "{1 2}\n", "x = 1 if 2\n", "import\n", "from x import\n", "from x import a,\n", "import a.\n",
    "return\n1 +\n", "x = yield = 1\n", "a, b: int\n", "[a]: int\n", "f(): int\n", "print(**a if b)\n",
    "try:\n    pass\nexcept A, B:\n    pass\n", "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n", "try:\n    pass\n", "try:\n    pass\nx = 1\n", "else:\n    pass\n",
    "match x:\ncase 1: pass\n", "match x:\n    case 1 pass\n", "match x:\n    case y as _: pass\n",
    "match x:\n    case a.b(c=1, 2): pass\n", "match x:\n    case {**a, b: 1}: pass\n", "class C(x for x in y): pass\n",
    "def f[]: pass\n", "type X[] = int\n", "x := 1\n", "(a.b := 1)\n", "[x for x in y if z := 1]\n", "a = b = \n", "a.1\n",
    "x = [1, 2,, 3]\n", "x = {1: 2, 3}\n", "x = {**a: 1}\n", "@\ndef f(): pass\n", "@x\n", "async x\n", "nonlocal\n",
    "global x,\n", "assert\n", "raise from x\n", "del\n", "with (a as b, c as d:\n    pass\n", "x = 'a' 'b\n",
    "if True:\n    pass\n  else:\n    pass\n", "x = \"\\N{foo}\"\n", "x = '\\x1'\n", "x = '\\U12345678'\n",
    "x = 1 +\n", "x = (1 +\n", "a if b\n", "not\n", "x.\n", "x[\n", "x = 1\n  y = 2\n",
    "for x in range(10):\n    pass\n  pass\n", "class C(a=1, b):\n    pass\n", "f(a for a in b for)\n", "lambda: (yield)\n = 1\n",
    "x = {a for}\n", "\xa0x = 1\n", "x = 5 ** ** 2\n", "x = a.b.\n", "if x:\n    pass\nelif\n    pass\n",
]

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "invalid.tsv"), "w", encoding="utf-8") as out:
    for src in SNIPPETS:
        try:
            compile(src, "<test>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)   # the parser's errors only
            continue   # valid in 3.13 (kept in the list as documentation of what is accepted)
        except SyntaxError as e:
            row = [esc(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            out.write("\t".join(str(x) for x in row) + "\n")
