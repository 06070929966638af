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
# Then the Ctrl-C tests (interrupt_*.py, below).
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
# Ctrl-C (issue 7, lifecycle). interrupt_NAME.py prints "ready"; it then gets SIGINT and must
# end as CPython's run does: stdout = interrupt_NAME.out, stderr = interrupt_NAME.err (script
# paths relative; no .err: empty), exit status 130 after an uncaught KeyboardInterrupt, else 0.
# A background job of a non-interactive shell ignores SIGINT (and the JVM, as CPython, then
# keeps ignoring it), so the program is started through `env --default-signal=INT`. The busy
# loops need every engine to poll regpy.runtime.Interrupts at its backward jumps.
interrupt_case() {   # engine name -> 0 when the run matches
    local engine=$1 name=$2 pid i rc want_rc=0
    (cd "$DIR" && REGPY_JAVA_OPTS="${REGPY_JAVA_OPTS:-} -Dregpy.engine=$engine" \
        exec env --default-signal=INT "$ROOT/scripts/vm" run "$name.py") >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    for ((i = 0; i < 1200; i++)); do grep -q '^ready' "$tmp/out" 2>/dev/null && break; sleep 0.1; done
    sleep 0.3
    kill -INT $pid 2>/dev/null
    for ((i = 0; i < 300; i++)); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
    if kill -0 $pid 2>/dev/null; then kill -KILL $pid; wait $pid; fail_note="still running 30 s after SIGINT"; return 1; fi
    wait $pid; rc=$?
    [ -f "$DIR/$name.err" ] && want_rc=130
    # (a rebuild started by another developer's change announces itself on stderr: not the program's)
    sed -e "s|$ROOT/$DIR/||" -e '/^regpy: building (sources changed)\.\.\.$/d' "$tmp/err" >"$tmp/err.rel"
    if [ $rc != $want_rc ]; then fail_note="exit $rc, expected $want_rc; $(head -c 300 "$tmp/err" | tr '\n' ' ')"; return 1; fi
    if ! cmp -s "$tmp/out" "$DIR/$name.out"; then fail_note="stdout: $(diff "$DIR/$name.out" "$tmp/out" | grep '^[<>]' | head -3 | tr '\n' ' ')"; return 1; fi
    if { [ -f "$DIR/$name.err" ] && ! cmp -s "$tmp/err.rel" "$DIR/$name.err"; } ||
       { [ ! -f "$DIR/$name.err" ] && [ -s "$tmp/err.rel" ]; }; then
        fail_note="stderr: $(head -c 300 "$tmp/err" | tr '\n' ' ')"; return 1
    fi
    return 0
}
if env --default-signal=INT true 2>/dev/null; then
    for engine in $ENGINES; do
        for py in "$DIR"/interrupt_*.py; do
            name=$(basename "$py" .py)
            ok=0 fail_note=""
            for ((r = 1; r <= REPEAT; r++)); do
                interrupt_case "$engine" "$name" || break
                ok=$((ok + 1))
            done
            if [ $ok = $REPEAT ]; then
                passed=$((passed + 1))
                printf '  ok    %-8s %-20s %d/%d\n' "$engine" "$name" "$ok" "$REPEAT"
            else
                failed=$((failed + 1))
                printf '  FAIL  %-8s %-20s run %d: %s\n' "$engine" "$name" "$((ok + 1))" "$fail_note"
            fi
        done
    done
else
    echo "  skip  Ctrl-C tests: this env cannot reset SIGINT (--default-signal, coreutils 8.31+)"
fi

echo "$passed passed, $failed failed"
[ $failed = 0 ]
