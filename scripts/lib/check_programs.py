#!/usr/bin/env python3
"""Run Python programs under regpy and compare their stdout with committed expectations.

    check_programs.py [--jobs N] [--list PASSING] [--exclude FILE] DIR... -- COMMAND...

Every DIR/NAME.py (not starting with _) is run as `COMMAND... NAME.py` from DIR.
Stdout must equal NAME.out; if NAME.err exists the program must fail and the last stderr line
must equal it. A program without NAME.out (its output varies, as timings do) must exit 0
and print something. With --list, only names in that file must pass (the others are reported as
"not yet"); without it every program must pass. --exclude FILE (used by the engine phases) names
programs (DIR/NAME, `#` comments) that are not required; one that passes all the same is reported.
--only-listed runs only the programs on the --list (the engine phases skip those not yet passing).
Prints `N passed, N failed` last.
"""
import argparse, concurrent.futures, os, subprocess, sys
from pathlib import Path


def run(command, py, timeout):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(command + [py.name], cwd=py.parent, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"timeout after {timeout}s"
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    if not py.with_suffix(".out").exists():
        # Output that varies from run to run (timings): it must run cleanly and print something.
        return None if p.returncode == 0 and out else f"exit status {p.returncode}, {len(out)} bytes of stdout"
    expected = py.with_suffix(".out").read_text(encoding="utf-8")
    err_file = py.with_suffix(".err")
    if err_file.exists():
        want = err_file.read_text(encoding="utf-8").strip()
        lines = [l for l in err.splitlines() if l.strip()]
        if p.returncode == 0:
            return "expected a failure, exit status 0"
        if (lines[-1].rstrip() if lines else "") != want:
            return f"last stderr line {lines[-1] if lines else ''!r}, expected {want!r}"
    elif p.returncode != 0:
        last = [l for l in err.splitlines() if l.strip()]
        return f"exit status {p.returncode}: {last[-1] if last else ''}"
    if out != expected:
        for i, (a, b) in enumerate(zip(expected.split("\n"), out.split("\n")), 1):
            if a != b:
                return f"stdout line {i}: expected {a!r}, got {b!r}"
        return "stdout length differs"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--list")
    ap.add_argument("--exclude")
    ap.add_argument("--only-listed", action="store_true")
    ap.add_argument("--pattern", default="*.py")
    ap.add_argument("dirs", nargs="+")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("missing -- COMMAND...")
    sep = argv.index("--")
    args, command = ap.parse_args(argv[:sep]), argv[sep + 1:]
    programs = sorted(py for d in args.dirs for py in Path(d).glob(args.pattern)
                      if not py.name.startswith("_"))
    required = None
    if args.list:
        required = {l.strip() for l in Path(args.list).read_text().splitlines() if l.strip() and not l.startswith("#")}
    excluded = set()
    if args.exclude:
        excluded = {l.split("#")[0].strip() for l in Path(args.exclude).read_text().splitlines() if l.split("#")[0].strip()}
    if args.only_listed and required is not None:
        programs = [py for py in programs if f"{py.parent.name}/{py.stem}" in required]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = dict(zip(programs, pool.map(lambda py: run(command, py, args.timeout), programs)))
    passed = failed = pending = 0
    for py, problem in results.items():
        name = f"{py.parent.name}/{py.stem}"
        must = (required is None or name in required) and name not in excluded
        if problem is None:
            passed += 1
            if name in excluded:
                print(f"EXCLUDED BUT PASSES {name} (remove it from {args.exclude})")
            elif not must:
                print(f"NEW PASS {name} (add it to {args.list})")
        elif name in excluded:
            print(f"EXCLUDED {name}: {problem}")
        elif must:
            failed += 1
            print(f"FAIL {name}: {problem}")
        else:
            pending += 1
    if pending:
        print(f"({pending} programs not yet expected to pass)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
