"""Generates test_syntax.tsv: the SyntaxError-raising doctest examples of CPython 3.13's own
Lib/test/test_syntax.py, parsed (ast only, 'exec' mode) by CPython, with its error.

Run: PYENV_VERSION=3.13.0 python3.13 gen_test_syntax.py   (writes test_syntax.tsv next to this file)
Same columns as invalid.tsv.
"""
import ast, doctest, os, sysconfig, warnings
warnings.simplefilter("ignore")

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

path = os.path.join(sysconfig.get_path("stdlib"), "test", "test_syntax.py")
doc = ast.get_docstring(ast.parse(open(path, encoding="utf-8").read()), clean=False)
here = os.path.dirname(os.path.abspath(__file__))
seen = set()
with open(os.path.join(here, "test_syntax.tsv"), "w", encoding="utf-8") as out:
    for ex in doctest.DocTestParser().get_examples(doc):
        src = ex.source
        if src in seen or "\0" in src:
            continue
        seen.add(src)
        try:
            compile(src, "<test>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError as e:
            row = [esc(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            out.write("\t".join(str(x) for x in row) + "\n")
        except Exception:
            pass
