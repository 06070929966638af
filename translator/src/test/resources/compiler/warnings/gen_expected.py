# Writes lint.expected: the SyntaxWarnings CPython 3.13's compiler emits for lint.py, one
# "LINE: MESSAGE" per warning in order.  Run: PYENV_VERSION=3.13.0 python3.13 gen_expected.py
import os
import warnings

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "lint.py"), encoding="utf-8") as f:
    source = f.read()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(source, "lint.py", "exec")
with open(os.path.join(here, "lint.expected"), "w", encoding="utf-8") as out:
    for w in caught:
        assert w.category is SyntaxWarning and w.filename == "lint.py"
        out.write("%d: %s\n" % (w.lineno, w.message))
