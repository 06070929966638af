"""Writes cli_hashes.txt: for every source of examples/ and of the conformance corpus
(../shared/conformance/cases next to the project), the first 16 hex digits of sha256(stdout NUL
stderr NUL exit code) of `python3.13 -m ast -a FILE` and `python3.13 -m tokenize -e FILE`.
Paths are written relative to the project root ("examples/...") or to the corpus ("cases/...").
Run: PYENV_VERSION=3.13.0 python3.13 gen_cli.py
"""
import glob, hashlib, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", "..", "..", ".."))
corpus = os.path.join(os.path.dirname(root), "shared", "conformance")
files = [(os.path.relpath(f, root), f) for f in sorted(glob.glob(os.path.join(root, "examples", "*.py")))]
files += [(os.path.relpath(f, corpus), f) for f in sorted(glob.glob(os.path.join(corpus, "cases", "*", "*.py")))]
with open(os.path.join(here, "cli_hashes.txt"), "w", encoding="utf-8") as out:
    for rel, f in files:
        for mod, opt in (("ast", "-a"), ("tokenize", "-e")):
            r = subprocess.run([sys.executable, "-m", mod, opt, f], capture_output=True)
            h = hashlib.sha256(r.stdout + b"\0" + r.stderr + b"\0" + str(r.returncode).encode()).hexdigest()[:16]
            out.write("%s %s %s\n" % (mod, rel, h))
