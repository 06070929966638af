"""Expected compiler outputs for the corpus, produced by CPython 3.13.

For each corpus/<name>.py this writes, into expected/:
  <name>.bin    marshal.dumps(compile(source, '<name>.py', 'exec'))
  <name>.dis    dis.dis of it (code object addresses normalised to 0x...)
  <name>.disx   the same with show_caches=True, show_offsets=True
  <name>.attrs  the code objects' attributes, recursively (outer first)
  <name>.info   dis.code_info of each code object
  <name>.ast    ast.parse(source) as text (see ast_text), so the compiler is testable without the parser
Run from this folder: PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13 gen_corpus.py
(the fixed hash seed makes frozenset constants of str come out in a reproducible order)
"""
import ast, dis, io, marshal, os, re, sys

assert sys.version_info[:2] == (3, 13), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "corpus")
OUT = os.path.join(HERE, "expected")
ADDR = re.compile(r" at 0x[0-9a-f]+")


def attrs(code, out):
    out.append("code %s" % code.co_qualname)
    for name in ("co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                 "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_names", "co_varnames",
                 "co_cellvars", "co_freevars"):
        out.append("%s %r" % (name, getattr(code, name)))
    out.append("co_consts " + ADDR.sub(" at 0x...", repr(code.co_consts)))
    out.append("co_code " + code.co_code.hex())
    out.append("co_linetable " + code.co_linetable.hex())
    out.append("co_exceptiontable " + code.co_exceptiontable.hex())
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            attrs(c, out)


def ast_text(node):
    """The tree as text for regpy's test AstReader: (Class fields... attributes...), [list],
    and every atom as #<hex of marshal.dumps(value)>; absent optional values are N."""
    if isinstance(node, ast.AST):
        parts = ["(" + type(node).__name__]
        for f in node._fields + node._attributes:
            v = getattr(node, f, None)
            if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
                parts.append("#" + marshal.dumps(v).hex())   # a constant None is a value, not absence
            else:
                parts.append(ast_text(v))
        return " ".join(parts) + ")"
    if isinstance(node, list):
        return "[" + " ".join(ast_text(x) for x in node) + "]"
    if node is None:
        return "N"
    return "#" + marshal.dumps(node).hex()


def walk(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)


def disassemble(code, **kw):
    buf = io.StringIO()
    dis.dis(code, file=buf, **kw)
    return ADDR.sub(" at 0x...", buf.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith(".py"))
    for name in names:
        with open(os.path.join(SRC, name + ".py"), encoding="utf-8") as f:
            src = f.read()
        code = compile(src, name + ".py", "exec")
        base = os.path.join(OUT, name)
        with open(base + ".bin", "wb") as f:
            f.write(marshal.dumps(code))
        with open(base + ".dis", "w") as f:
            f.write(disassemble(code))
        with open(base + ".disx", "w") as f:
            f.write(disassemble(code, show_caches=True, show_offsets=True))
        with open(base + ".ast", "w") as f:
            f.write(ast_text(ast.parse(src)) + "\n")
        with open(base + ".info", "w") as f:
            f.write(ADDR.sub(" at 0x...", "\n\n".join(dis.code_info(c) for c in walk(code))) + "\n")
        out = []
        attrs(code, out)
        with open(base + ".attrs", "w") as f:
            f.write("\n".join(out) + "\n")
    print("wrote", len(names), "snippets")


main()
