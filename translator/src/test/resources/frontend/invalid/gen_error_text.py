"""Writes error_text.tsv: for every snippet of invalid.tsv and test_syntax.tsv, CPython 3.13's
SyntaxError.text (escaped; "None" when unset). Run after gen_invalid.py and gen_test_syntax.py:
PYENV_VERSION=3.13.0 python3.13 gen_error_text.py
"""
import ast, os, warnings
warnings.simplefilter("ignore")

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

here = os.path.dirname(os.path.abspath(__file__))
lines = []
for table in ("invalid.tsv", "test_syntax.tsv"):
    with open(os.path.join(here, table), encoding="utf-8") as f:
        lines += f.read().splitlines()
with open(os.path.join(here, "error_text.tsv"), "w", encoding="utf-8") as out:
    for line in lines:
        src = unesc(line.split("\t", 1)[0])
        try:
            ast.parse(src, "<test>")
            continue
        except SyntaxError as e:
            text = "None" if e.text is None else esc(e.text)
        out.write("%s\t%s\n" % (line.split("\t", 1)[0], text))
