"""Writes NAME.ast next to each NAME.py: ast.dump(ast.parse(src), include_attributes=True, indent=1),
and NAME.tok: the output of python -m tokenize -e NAME.py.

Run: PYENV_VERSION=3.13.0 python3.13 gen_corpus.py
"""
import ast, glob, os, subprocess, sys, warnings
warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen_corpus.py":
        continue
    with open(path, "rb") as fh:
        tree = ast.parse(fh.read(), os.path.basename(path))
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as out:
        out.write(ast.dump(tree, include_attributes=True, indent=1) + "\n")
    with open(path[:-3] + ".tok", "w", encoding="utf-8") as out:
        out.write(subprocess.run([sys.executable, "-m", "tokenize", "-e", os.path.basename(path)], cwd=here,
                                 capture_output=True, text=True, encoding="utf-8", check=True).stdout)
