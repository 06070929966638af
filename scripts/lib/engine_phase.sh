# The body of the engine phases (scripts/phases/20-register-engine.sh, 21-tiered-engine.sh): runs
# the conformance cases and the stdlib programs that pass on the reference interpreter with the
# launcher arguments given after `--` (e.g. `run --engine register`), holding them to the same
# expected output, minus an exclusion file of known gaps. Prints `N passed, N failed` last and
# returns non-zero when a required program failed. Needs ROOT and JOBS; source common.sh first.
# The programs are short: their JVMs run with C1 only (-XX:TieredStopAtLevel=1), which halves the
# CPU time of a run and does not change what a program prints (the few long stdlib programs get
# 120 s instead of 60 s for it). REGPY_PHASE_VM replaces the launcher (default scripts/vm), e.g.
# with one that does not check for a rebuild at each run.

# Adds the last "N passed, N failed" of file $1 to pass/fail (a missing line counts as a failure).
engine_phase_tally() {
    local line
    line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
    if [ -z "$line" ]; then fail=$((fail + 1)); status=1; return; fi
    pass=$((pass + ${line%% passed*})); line=${line#*, }; fail=$((fail + ${line%% *}))
}

engine_phase() {
    local name=$1 exclude=$2 status=0 pass=0 fail=0 log
    shift 3   # NAME EXCLUDE --
    local vm=${REGPY_PHASE_VM:-$ROOT/scripts/vm}
    export REGPY_JAVA_OPTS="${REGPY_JAVA_OPTS:-} -XX:TieredStopAtLevel=1"
    regpy_build || return 1
    [ -f "$exclude" ] || exclude=/dev/null
    log=$(mktemp)
    echo "-- stdlib programs ($name)"
    python3 "$ROOT/scripts/lib/check_programs.py" --jobs "$JOBS" --timeout 120 --only-listed \
        --list "$ROOT/stdlib/src/test/python/passing.txt" --exclude "$exclude" --pattern 'test_*.py' \
        "$ROOT/stdlib/src/test/python" -- "$vm" "$@" | tee "$log" | grep -v ' passed, '
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    engine_phase_tally "$log"
    local corpus="$ROOT/../shared/conformance"
    if [ -f "$corpus/run" ]; then
        echo "-- conformance corpus ($name)"
        python3 "$ROOT/scripts/lib/check_conformance.py" "$corpus" "$ROOT/conformance/passing.txt" \
            --exclude "$exclude" --jobs "$JOBS" -- "$vm" "$@" >"$log"
        [ $? = 0 ] || status=1
        grep -E '^(REGRESSION|EXCLUDED|corpus:)' "$log"
        engine_phase_tally "$log"
    else
        echo "-- conformance corpus not found at $corpus: skipped"
    fi
    rm -f "$log"
    echo "$name engine: $pass passed, $fail failed"
    return $status
}
