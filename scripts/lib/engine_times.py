#!/usr/bin/env python3
"""Time whole programs on regpy's engines, side by side, to choose tiering thresholds.

    engine_times.py [--runs N] [--config NAME=LAUNCHER_ARGS[;JAVA_OPTS]]... PROGRAM.py... -- COMMAND...

Runs `COMMAND... LAUNCHER_ARGS... run PROGRAM.py` for every configuration (default: stack,
register, tiered), N times each, round-robin so that a noisy neighbour hurts all configurations
alike, and checks stdout against PROGRAM.out when it exists (lines starting with `info` are
ignored, as ../shared/bench does). Prints, per program and configuration, the median wall time
and the median CPU time (user + sys of the whole JVM, compiler threads included), and each
configuration's ratio to the first one. A configuration's JAVA_OPTS (after `;`) go to
REGPY_JAVA_OPTS, e.g. `t10=--engine tiered;-Dregpy.tier.calls=10`.
"""
import argparse, os, resource, statistics, subprocess, sys, time
from pathlib import Path


def run_once(command, args, opts, py):
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               REGPY_JAVA_OPTS=(os.environ.get("REGPY_JAVA_OPTS", "") + " " + opts).strip())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(command + args + ["run", str(py)], env=env, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    ok = p.returncode == 0
    expected = py.with_suffix(".out")
    if ok and expected.exists():
        keep = lambda text: [l for l in text.splitlines() if not l.startswith("info")]
        ok = keep(p.stdout) == keep(expected.read_text())
    return wall, cpu, ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--config", action="append", default=[])
    ap.add_argument("programs", nargs="+")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("missing -- COMMAND...")
    sep = argv.index("--")
    args, command = ap.parse_args(argv[:sep]), argv[sep + 1:]
    configs = []
    for c in args.config or ["stack=--engine stack", "register=--engine register", "tiered=--engine tiered"]:
        name, _, rest = c.partition("=")
        launcher, _, opts = rest.partition(";")
        configs.append((name, launcher.split(), opts))
    print(f"{'program':<20}" + "".join(f"{n:>22}" for n, _, _ in configs))
    for prog in map(Path, args.programs):
        times = {n: [] for n, _, _ in configs}
        bad = set()
        for _ in range(args.runs):
            for name, launcher, opts in configs:
                wall, cpu, ok = run_once(command, launcher, opts, prog)
                times[name].append((wall, cpu))
                if not ok:
                    bad.add(name)
        base = statistics.median(w for w, _ in times[configs[0][0]])
        cells = []
        for name, _, _ in configs:
            wall = statistics.median(w for w, _ in times[name])
            cpu = statistics.median(c for _, c in times[name])
            cells.append(f"{wall:6.2f}s/{cpu:6.2f}c {wall / base:4.2f}x" + ("!" if name in bad else " "))
        print(f"{prog.stem:<20}" + "".join(f"{c:>22}" for c in cells), flush=True)
    print("(median wall s / CPU s, ratio of wall time to the first configuration; ! = wrong output)")


if __name__ == "__main__":
    sys.exit(main())
