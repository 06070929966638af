#!/usr/bin/env python3
"""The compiler phase of scripts/test (scripts/phases/11-compiler.sh): compileall and .pyc files.

1. compileall: every case of compileall/cases.txt runs `-m compileall ARGS` in a scratch copy of the
   committed tree; its return code, stdout, stderr and the .pyc files written (names, magic number,
   header flags, source stamp) must equal the expectation recorded once with CPython 3.13 (cache tag
   cpython-313 rewritten to regpy-313). Listed .pyc files are then run and their output compared.
2. .pyc both ways: the committed .pyc files written by CPython 3.13 (pyc/*.pyc) run under regpy with
   CPython's output; the .pyc files regpy wrote in part 1 run under CPython 3.13 when it is
   installed (otherwise those checks are counted as skipped, not passed).

Usage:
  check_compiler_phase.py [--jobs N] [--cpython CMD] RESOURCES -- REGPY-LAUNCHER  check regpy
  check_compiler_phase.py --record --cpython CMD RESOURCES                     write the expectations
RESOURCES is translator/src/test/resources/compiler. Any Python 3 runs this driver.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile

REGPY_TAG = "regpy-313"
CPYTHON_TAG = "cpython-313"
MAGIC_3_13 = "f30d0d0a"
TIMEOUT = 60


class Case:
    def __init__(self, name, fresh, args, runs):
        self.name, self.fresh, self.args, self.runs = name, fresh, args, runs


def read_cases(path):
    cases = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, state, args, runs = (part.strip() for part in line.split("|"))
            cases.append(Case(name, state == "fresh", shlex.split(args), runs.split()))
    return cases


def chains(cases):
    """Cases grouped so that each group starts fresh: groups are independent of each other."""
    groups = []
    for case in cases:
        if case.fresh or not groups:
            groups.append([])
        groups[-1].append(case)
    return groups


class Python:
    """How to run a module or a file with one implementation: `python -m M` / `python FILE` for
    CPython, `scripts/vm -m M` / `scripts/vm run FILE` for regpy."""

    def __init__(self, base, run_word=None):
        self.base, self.run_word = base, run_word

    def module(self, name, args):
        return self.base + ["-m", name] + args

    def file(self, path):
        return self.base + ([self.run_word] if self.run_word else []) + [path]


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def section(title, text):
    return title + ":\n" + text + ("" if text.endswith("\n") or not text else "\n<no newline>\n")


def pyc_source(pyc):
    """The source a .pyc was compiled from: X.py beside a legacy X.pyc, or ../X.py of __pycache__/X.TAG.pyc."""
    d, base = os.path.split(pyc)
    if os.path.basename(d) == "__pycache__":
        return os.path.join(os.path.dirname(d), base.split(".")[0] + ".py")
    return pyc[:-1]


def describe_pyc(root, rel):
    with open(os.path.join(root, rel), "rb") as f:
        header = f.read(16)
    if len(header) < 16:
        return "%s truncated header" % rel
    flags, mtime, size = struct.unpack("<III", header[4:16])
    line = "%s magic %s flags %d" % (rel, header[:4].hex(), flags)
    src = os.path.join(root, pyc_source(rel))
    if flags == 0 and os.path.exists(src):
        st = os.stat(src)
        ok = mtime == (int(st.st_mtime) & 0xFFFFFFFF) and size == (st.st_size & 0xFFFFFFFF)
        line += " source-stamp " + ("ok" if ok else "differs")
    return line


def describe_compileall(root, python, case, tag):
    rc, out, err = run(python.module("compileall", case.args), root)
    pycs = []
    for d, _, names in os.walk(root):
        pycs += [os.path.relpath(os.path.join(d, n), root) for n in names if n.endswith(".pyc")]
    text = "$ compileall %s\nrc %s\n" % (" ".join(case.args), rc)
    text += section("stdout", out) + section("stderr", err)
    text += section("files", "".join(describe_pyc(root, p) + "\n" for p in sorted(pycs)))
    return text.replace(tag, REGPY_TAG)


def describe_run(root, python, pyc, tag):
    rc, out, err = run(python.file(pyc), root)
    text = "$ run %s\nrc %s\n" % (pyc, rc) + section("stdout", out) + section("stderr", err)
    return text.replace(tag, REGPY_TAG)


def fresh_copy(resources, work):
    for sub in ("tree", "broken"):
        shutil.copytree(os.path.join(resources, "compileall", sub), os.path.join(work, sub))


class Results:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0
        self.lines = []

    def check(self, label, expected, actual):
        if expected == actual:
            self.passed += 1
            return
        self.failed += 1
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="")
        self.lines.append("FAIL %s\n%s" % (label, "\n".join(list(diff)[:40])))

    def skip(self, label, why):
        self.skipped += 1
        self.lines.append("SKIP %s (%s)" % (label, why))

    def merge(self, other):
        self.passed += other.passed
        self.failed += other.failed
        self.skipped += other.skipped
        self.lines += other.lines


def check_chain(resources, group, regpy, cpython):
    """One chain of compileall cases under regpy; each compared with its recorded expectation."""
    res = Results()
    with tempfile.TemporaryDirectory(prefix="regpy-compileall-") as work:
        fresh_copy(resources, work)
        for case in group:
            expected_path = os.path.join(resources, "compileall", "expected", case.name + ".txt")
            with open(expected_path) as f:
                expected = f.read().split("\n$ run ")
            res.check("compileall " + case.name, expected[0], describe_compileall(work, regpy, case, REGPY_TAG))
            for i, pyc in enumerate(case.runs, 1):
                want = "$ run " + expected[i]
                pyc = pyc.replace("{tag}", REGPY_TAG)
                res.check("regpy runs %s (%s)" % (pyc, case.name), want, describe_run(work, regpy, pyc, REGPY_TAG))
                label = "cpython runs regpy's %s (%s)" % (pyc, case.name)
                if cpython is None:
                    res.skip(label, "CPython 3.13 not installed")
                else:
                    res.check(label, want, describe_run(work, cpython, pyc, REGPY_TAG))
    return res


def fixture_names(resources):
    d = os.path.join(resources, "pyc")
    return sorted(n[:-3] for n in os.listdir(d) if n.endswith(".py"))


def describe_fixture_run(resources, python, name):
    """Runs pyc/NAME.pyc alone in a scratch directory (no source beside it, as CPython tracebacks show)."""
    with tempfile.TemporaryDirectory(prefix="regpy-pyc-") as work:
        shutil.copy(os.path.join(resources, "pyc", name + ".pyc"), work)
        return describe_run(work, python, name + ".pyc", CPYTHON_TAG)


def check_fixtures(resources, regpy):
    res = Results()
    for name in fixture_names(resources):
        with open(os.path.join(resources, "pyc", name + ".expected")) as f:
            res.check("regpy runs CPython's pyc/%s.pyc" % name, f.read(), describe_fixture_run(resources, regpy, name))
    return res


def record(resources, cpython):
    import py_compile
    if sys.version_info[:2] != (3, 13):
        sys.exit("--record: run this driver with CPython 3.13 itself (it writes the .pyc fixtures)")
    for name in fixture_names(resources):
        src = os.path.join(resources, "pyc", name + ".py")
        py_compile.compile(src, cfile=src + "c", dfile=name + ".py", doraise=True)
        with open(os.path.join(resources, "pyc", name + ".expected"), "w") as f:
            f.write(describe_fixture_run(resources, cpython, name))
    out_dir = os.path.join(resources, "compileall", "expected")
    os.makedirs(out_dir, exist_ok=True)
    for group in chains(read_cases(os.path.join(resources, "compileall", "cases.txt"))):
        with tempfile.TemporaryDirectory() as work:
            fresh_copy(resources, work)
            for case in group:
                text = describe_compileall(work, cpython, case, CPYTHON_TAG)
                for pyc in case.runs:
                    text += "\n" + describe_run(work, cpython, pyc.replace("{tag}", CPYTHON_TAG), CPYTHON_TAG)
                with open(os.path.join(out_dir, case.name + ".txt"), "w") as f:
                    f.write(text)
    print("recorded")


def cpython_or_none(cmd):
    if not cmd:
        return None
    try:
        p = subprocess.run(cmd + ["-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
                           capture_output=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Python(cmd) if p.returncode == 0 and p.stdout.strip() == b"True" else None


def main():
    argv = sys.argv[1:]
    regpy = []
    if "--" in argv:
        i = argv.index("--")
        argv, regpy = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cpython", default="")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("resources")
    opts = ap.parse_args(argv)
    resources = os.path.abspath(opts.resources)
    cpython = cpython_or_none(shlex.split(opts.cpython))
    if opts.record:
        if cpython is None:
            sys.exit("--record needs --cpython naming CPython 3.13")
        return record(resources, cpython)
    if not regpy:
        sys.exit("usage: check_compiler_phase.py [--jobs N] [--cpython CMD] RESOURCES -- REGPY...")
    regpy = Python(regpy, "run")
    total = Results()
    groups = chains(read_cases(os.path.join(resources, "compileall", "cases.txt")))
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = [pool.submit(check_chain, resources, g, regpy, cpython) for g in groups]
        futures.append(pool.submit(check_fixtures, resources, regpy))
        for fut in futures:
            total.merge(fut.result())
    for line in total.lines:
        print(line)
    print("%d passed, %d failed%s" % (total.passed, total.failed,
                                      ", %d skipped" % total.skipped if total.skipped else ""))
    return 1 if total.failed else 0


if __name__ == "__main__":
    sys.exit(main())
