#!/usr/bin/env python3
"""Run the shared conformance corpus and hold the line on the committed passing list.

    check_conformance.py CORPUS_DIR PASSING_LIST [--exclude FILE] [--jobs N] -- COMMAND...

Runs CORPUS_DIR/run with COMMAND; fails when a case named in PASSING_LIST fails. Cases that
pass but are not yet listed are printed, so the list can grow (it never shrinks).
--exclude FILE (used by the engine phases): cases named there (one per line, `#` comments)
are not required; one that passes all the same is reported, so the file can shrink.
"""
import re, subprocess, sys
from pathlib import Path


def names(path):
    """The names listed in a file, one per line; blank lines and `#` comments are skipped."""
    return [l.split("#")[0].strip() for l in path.read_text().splitlines() if l.split("#")[0].strip()]


def main():
    argv = sys.argv[1:]
    sep = argv.index("--")
    opts, command = argv[:sep], argv[sep + 1:]
    corpus, listing = Path(opts[0]), Path(opts[1])
    extra = opts[2:]
    excluded = set()
    if "--exclude" in extra:
        i = extra.index("--exclude")
        excluded = set(names(Path(extra[i + 1])))
        del extra[i:i + 2]
    cases = sorted(f"{p.parent.name}/{p.stem}" for p in (corpus / "cases").glob("*/*.py"))
    listed = [c for c in names(listing) if c not in excluded]
    proc = subprocess.run([sys.executable, str(corpus / "run"), *extra, *command],
                          capture_output=True, text=True)
    failing = {m.group(1): m.group(2) for m in re.finditer(r"^FAIL (\S+): (.*)$", proc.stdout, re.M)}
    summary = [l for l in proc.stdout.splitlines() if l.startswith("  ")]
    print("\n".join(summary))
    regressions = [c for c in listed if c in failing or c not in cases]
    for c in regressions:
        print(f"REGRESSION {c}: {failing.get(c, 'case not found in the corpus')}")
    new = [c for c in cases if c not in failing and c not in listed and c not in excluded]
    for c in new:
        print(f"NEW PASS {c} (add it to {listing})")
    for c in sorted(excluded):
        if c in failing:
            print(f"EXCLUDED {c}: {failing[c]}")
        elif c in cases:
            print(f"EXCLUDED BUT PASSES {c} (remove it from the exclusion list)")
    total_pass = len(cases) - len(failing)
    print(f"corpus: {total_pass} of {len(cases)} cases pass; {len(listed)} are on the committed list")
    ok = len(listed) - len(regressions)
    print(f"conformance: {ok} passed, {len(regressions)} failed")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
