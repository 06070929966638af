"""Writes type_comments.tsv: CPython 3.13's ast.parse(src, '<unknown>', 'exec', type_comments=True)
for each snippet: escaped source, then ast.dump(tree, include_attributes=True) or
'ERROR class: msg (lineno, offset, end_lineno, end_offset)'.
Run: PYENV_VERSION=3.13.0 python3.13 gen_type_comments.py
"""
import ast, os, warnings
warnings.simplefilter("ignore")
CASES = [
    "x = 1  # type: int\n", "x = 1  # type: ignore\n", "x = 1  # type: ignore[attr]  \n", "# type: ignore\nx = 1\n",
    "x = 1\n# type: int\ny = 2\n", "f(x)  # type: int\n", "def f(a,  # type: int\n      b,  # type: str\n      ):\n    pass\n",
    "def f(a):\n    # type: (int) -> None\n    pass\n", "def f(a):  # type: (int) -> None\n    pass\n",
    "def f(a):  # type: (int) -> None\n    # type: (int) -> None\n    pass\n", "for x in y:  # type: int\n    pass\n",
    "with a as b:  # type: int\n    pass\n", "with (a as b):  # type: int\n    pass\n",
    "async def f():\n    async for x in y:  # type: int\n        pass\n    async with a:  # type: int\n        pass\n",
    "async def f():\n    async with (a as b, c):  # type: int\n        pass\n",
    "x = [1,  # type: int\n 2]\n", "x = [1,  # type: ignore\n 2]\n", "def f(*,  # type: int\n a): pass\n",
    "x = 1 #type:int\n", "x = 1 # type:ignoreme\n", "x = 1 # type: ignoré\n", "x = 1 # type: ignore.x\n",
    "x = 1  # type:\tint  \n", "if x:  # type: int\n    pass\n", "class C:  # type: ignore\n    pass\n",
    "def f(a, b=1,  # type: int\n   *args,  # type: str\n   **kw  # type: float\n   ): pass\n", "x = 1  # type: int\r\n",
    "x = 1  # type: ignore", "def f():\n    pass  # type: ignore\n# type: ignore\n", "lambda x: 1  # type: int\n",
    "x: int = 1  # type: int\n", "x += 1  # type: int\n", "x = y = 1  # type: int\n", "x = 1 # type:\n", "x = 1 # type:",
    "# type: ignore", "x = 1 # type\n", "x = 1 # types: int\n", "x = 1 #  type  : int\n", "x = 1 # type: ignore # type: int\n",
    "def f(a, /,  # type: int\n b): pass\n", "def f(a  # type: int\n ): pass\n", "def f(a=1  # type: int\n ): pass\n",
    "def f(*, a,  # type: int\n b=2,  # type: str\n ): pass\n", "def f(*a  # type: int\n ): pass\n",
    "def f():  # type: () -> None\n    x = 1  # type: int\n    for i in x:  # type: int\n        pass\n",
    "def f():\n    # type: () -> None\n\n    pass\n", "def f():\n    # type: () -> None\n# comment\n    pass\n",
    "def f(): pass  # type: int\n", "def f():  # type: ignore\n    pass\n", "x = (1 +  # type: ignore\n  2)\n",
    "async def f():\n    x = await y  # type: int\n", "x = yield  # type: int\n", "x, y = 1, 2  # type: (int, int)\n",
    "class C:\n    def f(self):  # type: () -> int\n        return 1\n", "  # type: ignore\nx = 1\n",
    "if x:\n    pass\n    # type: ignore\n", "if x:\n    pass\n# type: int\n", "x = 1  # type: int\nx = 2  # type: str\n",
    "x = 1;  # type: int\n", "x = 1; y = 2  # type: int\n", "@dec  # type: ignore\ndef f(): pass\n",
    "def f(self, a  # type: int\n      , b): pass\n", "while x:  # type: int\n    pass\n",
]

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "type_comments.tsv"), "w", encoding="utf-8") as out:
    for src in CASES:
        try:
            res = ast.dump(ast.parse(src, "<unknown>", "exec", type_comments=True), include_attributes=True)
        except SyntaxError as e:
            res = "ERROR %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        out.write("%s\t%s\n" % (esc(src), res))
