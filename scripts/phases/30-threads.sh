#!/usr/bin/env bash
# Phase 30: free-threading stress tests (issue 7, point 2), stdlib/src/test/python/stress/.
#
#   scripts/phases/30-threads.sh [--repeat N] [--full] [--engines "stack register"]
#
# Each stress_NAME.py runs under regpy with its default (bounded) size; its stdout must equal
# stress_NAME.out (compared sorted when the program's first line says "output order varies")
# and its stderr must be empty: an exception in any thread is a failure. --full uses the
# issue's sizes (8 threads x 100000 operations per container); --repeat N runs everything N
# times (the acceptance runs 20) and stops counting a test after its first failure.
set -uo pipefail
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$ROOT"
. "$ROOT/scripts/lib/common.sh"

REPEAT=1
FULL=0
ENGINES="stack register"
while [ $# -gt 0 ]; do
    case $1 in
        --repeat) REPEAT=$2; shift 2 ;;
        --full) FULL=1; shift ;;
        --engines) ENGINES=$2; shift 2 ;;
        *) echo "usage: $0 [--repeat N] [--full] [--engines \"stack register\"]" >&2; exit 2 ;;
    esac
done

DIR=stdlib/src/test/python/stress
# Arguments per test: the default sizes keep each test to seconds on 2 cores.
args_for() {
    case $1 in
        stress_containers) [ $FULL = 1 ] && echo 100000 || echo 20000 ;;
        *) echo "" ;;
    esac
}

regpy_build || exit 1
echo "== free-threading stress tests (engines: $ENGINES; repeat $REPEAT)"
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for engine in $ENGINES; do
    for py in "$DIR"/stress_*.py; do
        name=$(basename "$py" .py)
        ok=0 total=0 fail_note=""
        for ((r = 1; r <= REPEAT; r++)); do
            total=$r
            start=$(date +%s.%N)
            # On timeout SIGQUIT makes the JVM print its threads' stacks (kept for the report).
            (cd "$DIR" && REGPY_JAVA_OPTS="${REGPY_JAVA_OPTS:-} -Dregpy.engine=$engine" \
                timeout -s QUIT -k 10 300 "$ROOT/scripts/vm" run "$name.py" $(args_for "$name")) >"$tmp/out" 2>"$tmp/err"
            rc=$?
            secs=$(echo "$(date +%s.%N) - $start" | bc)
            expected="$DIR/$name.out"
            if head -1 "$py" | grep -q "output order varies"; then
                sort "$tmp/out" >"$tmp/got"; sort "$expected" >"$tmp/want"
            else
                cp "$tmp/out" "$tmp/got"; cp "$expected" "$tmp/want"
            fi
            if [ $rc = 0 ] && [ ! -s "$tmp/err" ] && cmp -s "$tmp/got" "$tmp/want"; then
                ok=$((ok + 1))
            else
                if [ $rc = 124 ] || [ $rc = 137 ]; then fail_note="timeout"; else fail_note="exit $rc"; fi
                keep="${TMPDIR:-/tmp}/regpy-stress-$engine-$name.$$.txt"
                cat "$tmp/out" "$tmp/err" >"$keep"
                fail_note="$fail_note (output and any thread dump: $keep)"
                fail_note="$fail_note; $(diff "$tmp/want" "$tmp/got" | grep '^[<>]' | head -3 | tr '\n' ' ')"
                fail_note="$fail_note$(head -c 300 "$tmp/err" | tr '\n' ' ')"
                break
            fi
        done
        if [ $ok = $REPEAT ]; then
            passed=$((passed + 1))
            printf '  ok    %-8s %-20s %d/%d (last %.1fs)\n' "$engine" "$name" "$ok" "$REPEAT" "$secs"
        else
            failed=$((failed + 1))
            printf '  FAIL  %-8s %-20s run %d: %s\n' "$engine" "$name" "$total" "$fail_note"
        fi
    done
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
