"""Run regpy's pure-Python stdlib tests under CPython 3.13, with regpy's modules shadowing CPython's.

Usage:  python3.13 run_under_cpython.py [test_x.py ...] [--conformance DIR]

Each test program runs in a fresh `python3.13 -S -E` child (see CHILD below), which:
  * empties sys.modules of everything except the natives the regpy VM also provides,
  * installs a finder that serves only modules from stdlib/src/main/python and refuses
    any other CPython stdlib module (so a module that leans on CPython's Lib fails loudly),
  * checks that every module the program imported comes from our directory,
  * runs the program as __main__.
The child's stdout is compared with <test>.out, which real CPython 3.13 produced.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, "..", "..", "main", "python"))

# Modules the regpy VM provides natively (plus CPython plumbing the child cannot run without).
NATIVE = {"builtins", "sys", "math", "time", "_thread", "io", "marshal"}
PLUMBING = {"_frozen_importlib", "_frozen_importlib_external", "_imp", "_io", "_warnings",
            "_weakref", "_codecs", "codecs", "encodings", "encodings.aliases", "encodings.utf_8",
            "encodings.latin_1", "_signal", "zipimport", "posix", "_abc", "__main__"}

CHILD = r'''
import sys, importlib.machinery as _m
LIB, TEST = sys.argv[1], sys.argv[2]
NATIVE = set(sys.argv[3].split(","))
KEEP = NATIVE | set(sys.argv[4].split(","))
for name in list(sys.modules):
    if name not in KEEP:
        del sys.modules[name]
class OnlyOurs:
    """Serve our modules; refuse everything else that is not native."""
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        spec = _m.PathFinder.find_spec(name, [LIB] if path is None else path)
        if spec is not None and spec.origin and spec.origin.startswith(LIB):
            return spec
        if name in NATIVE or name == "posix":   # posix: os.py's stand-in for regpy's _os
            return _m.PathFinder.find_spec(name, ORIG_PATH)
        if name.partition(".")[0] not in sys.stdlib_module_names:
            return None                          # a genuinely missing module
        raise ImportError(f"regpy stdlib test: module {name!r} is not provided by {LIB}")
ORIG_PATH = list(sys.path)
sys.meta_path.insert(0, OnlyOurs)
sys.path[:] = [LIB]
sys.argv = [TEST]
import types
main = types.ModuleType("__main__")
main.__file__ = TEST
sys.modules["__main__"] = main
src = open(TEST, encoding="utf-8").read()
exec(compile(src, TEST, "exec"), main.__dict__)
sys.stdout.flush()
for name, mod in list(sys.modules.items()):
    f = getattr(mod, "__file__", None)
    if f and not f.startswith(LIB) and name not in KEEP:
        print(f"SHADOW FAILURE: {name} came from {f}", file=sys.stderr)
        sys.exit(3)
'''


def _missing_regpy_native(stderr):
    """The '_name' module a test needs that only regpy provides natively (e.g. _ast), if any."""
    for marker in ("regpy stdlib test: module '_", "No module named '_"):
        at = stderr.find(marker)
        if at >= 0:
            start = at + len(marker) - 1
            return stderr[start:stderr.index("'", start)]
    return None


def python313():
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    return ["python3.13"], env


def run_one(test_path, expected_path):
    cmd, env = python313()
    # -B: never leave CPython .pyc files next to the sources (Maven would package them).
    proc = subprocess.run(cmd + ["-B", "-S", "-E", "-c", CHILD, LIB, test_path, ",".join(sorted(NATIVE)),
                                 ",".join(sorted(PLUMBING))],
                          capture_output=True, text=True, env=env, timeout=300,
                          cwd=os.path.dirname(test_path))
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    err_path = expected_path[:-4] + ".err"
    if os.path.exists(err_path):
        # A program meant to fail: exit code 1 and the last stderr line are checked too.
        with open(err_path, encoding="utf-8") as f:
            want_err = f.read().strip().splitlines()[-1:]
        got_err = proc.stderr.strip().splitlines()[-1:]
        ok_exit = proc.returncode == 1 and got_err == want_err
    else:
        ok_exit = proc.returncode == 0
    if ok_exit and proc.stdout == expected:
        return True, ""
    native = _missing_regpy_native(proc.stderr)
    if native:
        return None, f"needs the regpy-native module {native}"
    import difflib
    diff = "".join(difflib.unified_diff(expected.splitlines(True), proc.stdout.splitlines(True),
                                        "expected", "got", n=1))
    return False, f"exit {proc.returncode}\n{diff[:4000]}\n{proc.stderr[-3000:]}"


def main(argv):
    tests = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--conformance":
            d = args.pop(0)
            for root, _, files in os.walk(d):
                for f in sorted(files):
                    if f.endswith(".py"):
                        tests.append(os.path.join(root, f))
        else:
            tests.append(os.path.abspath(a))
    if not tests:
        tests = [os.path.join(HERE, f) for f in sorted(os.listdir(HERE))
                 if f.startswith("test_") and f.endswith(".py")]
    failed = skipped = 0
    for t in sorted(tests):
        ok, why = run_one(t, t[:-3] + ".out")
        if ok is None:  # written for regpy's own natives: cannot run on CPython
            skipped += 1
            print(f"SKIP {os.path.relpath(t)} ({why})")
            continue
        print(("PASS " if ok else "FAIL ") + os.path.relpath(t))
        if not ok:
            failed += 1
            print(why)
    ran = len(tests) - skipped
    print(f"{ran - failed}/{ran} passed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
