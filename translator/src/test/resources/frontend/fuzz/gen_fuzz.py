"""Writes fuzz.tsv: mutants of the syntax corpus (../corpus/*.py) with CPython 3.13's answer for each.

Run: PYENV_VERSION=3.13.0 python3.13 gen_fuzz.py   (writes fuzz.tsv next to this file)

A mutant is one splice of a seed file: at code point OFFSET, DELETE code points are removed and
INSERT is put in their place (the mutation kind is recorded for the reader only). The random
choices use a fixed seed, so rerunning gives the same table. Columns:
    seed file, kind, offset, delete, escaped insert, answer
where the answer is "AST <first 16 hex digits of sha256(ast.dump(tree, include_attributes=True))>"
or "ERROR class<TAB>msg<TAB>lineno<TAB>offset<TAB>end_lineno<TAB>end_offset" (None when unset).
Mutants whose answer depends on CPython's C stack (MemoryError, RecursionError) are left out.
Seed "-" is the empty file: its rows are stress inputs (deep nesting, long chains).
"""
import ast, glob, hashlib, os, random, warnings
warnings.simplefilter("ignore")

SEED = 3_13_0
PER_FILE = 120
# Fragments that tend to break or bend the grammar: brackets, quotes, layout, operators, keywords.
FRAGMENTS = ["(", ")", "[", "]", "{", "}", ":", ",", "'", '"', "\n", " ", "\t", "\\", "#", "=", "*", "**",
             ".", "f'", "f\"{", '"""', "'''", "lambda", "if ", "else ", "async ", "await ", "yield ", "@", ";",
             "->", ":=", "0x", "1_", "é", "\x0c", "\r", "$", "!", "match ", "case ", "    ", "\x00", "\\\n",
             "b'", "rb'", "0", "1e", "j", "not ", "in ", "is ", "del ", "return ", "pass", "def ", "class ",
             "import ", "from ", "as ", "global ", "type ", "*a", "**k", "/", "!r", "=}", "{x", "}}", "{{"]
STRESS = ["(" * 150 + ")" * 150, "(" * 201 + ")" * 201, "[" * 100 + "]" * 100, "x" + ".y" * 3000,
          "f(" * 150 + ")" * 150, "x = " + " + ".join(["1"] * 3000) + "\n", "x = " + "'a' " * 2000 + "\n",
          "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 99)) + " " * 99 + "pass\n",
          "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 120)), "f'{" * 20, "f'{x:{y:{z}}}'\n",
          "-" * 50 + "1\n", "lambda: " * 50 + "x\n", "a if b else " * 50 + "c\n", "x = 1\x00\n", "(" * 30 + "\n",
          "\n".join("def f%d(): pass" % i for i in range(300)) + "\n", "(((((((((((((((()))))))))))))))", "\\" * 40]


def esc(s):
    out = []
    for ch in s:
        if ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ch == "\r": out.append("\\r")
        elif ord(ch) < 0x20 or ch == "\x7f": out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    return "".join(out)


def answer(src):
    try:
        dump = ast.dump(ast.parse(src, "<fuzz>"), include_attributes=True)
        return "AST " + hashlib.sha256(dump.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    except SyntaxError as e:
        return "ERROR " + "\t".join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
    except (MemoryError, RecursionError):
        return None


def line_spans(text):
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, line))
        start += len(line)
    return spans


def mutate(rng, text):
    """One random splice: (kind, offset, delete, insert)."""
    n = len(text)
    spans = line_spans(text)
    kind = rng.choice(["delete", "insert", "replace", "drop-line", "dup-line", "indent", "dedent", "swap-lines", "truncate"])
    if kind == "delete":
        return kind, rng.randrange(n), rng.choice([1, 1, 1, 2, 3]), ""
    if kind == "insert":
        return kind, rng.randrange(n + 1), 0, rng.choice(FRAGMENTS)
    if kind == "replace":
        return kind, rng.randrange(n), 1, rng.choice(FRAGMENTS)
    if kind == "truncate":
        off = rng.randrange(n)
        return kind, off, n - off, ""
    i = rng.randrange(len(spans))
    start, line = spans[i]
    if kind == "drop-line":
        return kind, start, len(line), ""
    if kind == "dup-line":
        return kind, start, 0, line
    if kind == "indent":
        return kind, start, 0, rng.choice([" ", "\t", "    ", "  \t"])
    if kind == "dedent":
        return kind, start, 1 if line[:1] in (" ", "\t") else 0, ""
    if i + 1 < len(spans):   # swap-lines
        nxt = spans[i + 1][1]
        return kind, start, len(line) + len(nxt), nxt + line
    return kind, start, 0, line


here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
rows = []
for path in sorted(glob.glob(os.path.join(here, "..", "corpus", "*.py"))):
    name = os.path.basename(path)
    if name.startswith("gen_"):
        continue
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    seen = set()
    while len([r for r in rows if r[0] == name]) < PER_FILE:
        kind, off, dele, ins = mutate(rng, text)
        if (off, dele, ins) in seen:
            continue
        seen.add((off, dele, ins))
        res = answer(text[:off] + ins + text[off + dele:])
        if res is not None:
            rows.append((name, kind, off, dele, ins, res))
for src in STRESS:
    res = answer(src)
    if res is not None:
        rows.append(("-", "stress", 0, 0, src, res))
with open(os.path.join(here, "fuzz.tsv"), "w", encoding="utf-8") as out:
    for name, kind, off, dele, ins, res in rows:
        out.write("%s\t%s\t%d\t%d\t%s\t%s\n" % (name, kind, off, dele, esc(ins), res))
print(len(rows), "rows;", sum(r[5].startswith("AST") for r in rows), "valid")
