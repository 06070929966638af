"""Writes modes.tsv: ast.parse(src, '<s>', mode) by CPython 3.13 for the eval/single/func_type/exec
modes: escaped source, mode, then ast.dump(tree, include_attributes=True) or 'ERROR class: msg
(lineno, offset, end_lineno, end_offset)'.  Run: PYENV_VERSION=3.13.0 python3.13 gen_modes.py
"""
import ast, os, warnings
warnings.simplefilter("ignore")
CASES = [
    ("eval", "1 + 2"), ("eval", "x if y else z\n\n"), ("eval", "x = 1"), ("eval", "(1,\n2)"), ("eval", "\n\nx\n"),
    ("eval", "lambda: (yield)"), ("eval", "a, *b"), ("eval", ""), ("single", "x = 1\n"), ("single", "if x:\n    pass\n\n"),
    ("single", "x = 1; y = 2\n"), ("single", "x = 1\ny = 2\n"), ("single", "if x:\n  y\nz\n"), ("single", "\n"),
    ("single", "1 + \\\n 2\n"), ("func_type", "(int, *str) -> bool"), ("func_type", "() -> None"),
    ("func_type", "(**kw) -> x.y"), ("func_type", "(a, b,) -> c\n"), ("exec", ""), ("exec", "\n\n# c\n"),
    ("exec", "\ufeffx = 1\n"), ("exec", "x = 1\r\ny = 2\r\n"), ("exec", "if x:\r\n    y\r\n"), ("exec", "x = 1\x0c\ny = 2"),
]

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "modes.tsv"), "w", encoding="utf-8") as out:
    for mode, src in CASES:
        try:
            res = ast.dump(ast.parse(src, "<s>", mode), include_attributes=True)
        except SyntaxError as e:
            res = "ERROR %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        out.write("%s\t%s\t%s\n" % (esc(src), mode, res))
