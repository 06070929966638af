# Shared by the scripts in scripts/: locating the JDK and building regpy on demand.
# Source it; it defines ROOT, JAVA (the java binary) and regpy_build / regpy_classpath.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# The major version of a JDK home, or nothing when it is not a JDK.
jdk_major() {
    local home=$1 v
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    if [ -f "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    fi
    [ -n "${v:-}" ] || v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
                           sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    [ -n "$v" ] && echo "$v"
}

# JAVA_HOME when it is a JDK >= 25, else the newest JDK >= 25 in the system JVM directory.
find_jdk() {
    local v best="" bestv=0 d
    if [ -n "${JAVA_HOME:-}" ] && v=$(jdk_major "$JAVA_HOME") && [ "$v" -ge 25 ]; then
        echo "$JAVA_HOME"; return 0
    fi
    for d in /usr/lib/jvm/*/ /usr/java/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
        [ -d "$d" ] || continue
        d=${d%/}
        v=$(jdk_major "$d") || continue
        if [ "$v" -ge 25 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
    done
    [ -n "$best" ] || return 1
    echo "$best"
}

JDK_HOME=$(find_jdk) || { echo "regpy: no JDK 25 or newer found (set JAVA_HOME to one)" >&2; exit 1; }
export JAVA_HOME=$JDK_HOME
JAVA="$JDK_HOME/bin/java"
# Maven itself runs on this JDK; JDK 24+ warns about its use of sun.misc.Unsafe otherwise.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

# REGPY_TARGET names the build output folder of every module (default "target"): concurrent
# builds in one tree (developers working side by side) each use their own.
REGPY_TARGET=${REGPY_TARGET:-target}
STAMP="$ROOT/$REGPY_TARGET/regpy.stamp"
CLASSPATH_FILE="$ROOT/stdlib/$REGPY_TARGET/runtime-classpath.txt"

# True when some source or build file is newer than the last build.
regpy_stale() {
    [ -f "$STAMP" ] && [ -f "$CLASSPATH_FILE" ] || return 0
    [ -n "$(find "$ROOT/pom.xml" "$ROOT/translator" "$ROOT/vm" "$ROOT/stdlib" \
            \( -path '*/target*' -prune \) -o \( -type f -newer "$STAMP" -print -quit \) 2>/dev/null)" ]
}

# Builds the jars when sources changed since the last build (one line on stderr says so).
# A lock keeps concurrent launches (the conformance runner's --jobs) from building twice.
regpy_build() {
    regpy_stale || return 0
    mkdir -p "$ROOT/$REGPY_TARGET"
    (
        flock 9
        regpy_stale || exit 0
        echo "regpy: building (sources changed)..." >&2
        local log="$ROOT/$REGPY_TARGET/build.log"
        if ! (cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dregpy.target="$REGPY_TARGET" -pl stdlib -am package) >"$log" 2>&1; then
            cat "$log" >&2
            echo "regpy: build failed (log: $log)" >&2
            exit 1
        fi
        touch "$STAMP"
        regpy_train_aot
    ) 9>"$ROOT/$REGPY_TARGET/build.lock"
}

# JDK 25's AOT cache (JEPs 483, 514): one training run after each build stores the classes it
# loaded, parsed and linked; later runs map them instead of loading the ~1900 classes again
# (hello.py: 1.93 -> 1.17 s of CPU, min of 3 runs). The JVM checks
# that the class path still matches and ignores a stale or broken cache. REGPY_AOT=0 turns it off.
REGPY_AOT_FILE="$ROOT/$REGPY_TARGET/regpy.aot"
regpy_train_aot() {
    rm -f "$REGPY_AOT_FILE"
    [ "${REGPY_AOT:-1}" != 0 ] || return 0
    (cd "$ROOT/$REGPY_TARGET" && "$JAVA" "${REGPY_JVM_OPTS[@]}" -XX:AOTCacheOutput="$REGPY_AOT_FILE" \
        -cp "$(regpy_classpath)" regpy.cli.Main run "$ROOT/scripts/lib/aot-training.py" >/dev/null 2>&1) ||
        rm -f "$REGPY_AOT_FILE"
}

regpy_classpath() {
    echo "$ROOT/stdlib/$REGPY_TARGET/stdlib.jar:$(cat "$CLASSPATH_FILE")"
}

# JVM options for running Python programs.
REGPY_JVM_OPTS=(
    --sun-misc-unsafe-memory-access=allow
    --enable-native-access=ALL-UNNAMED
    -XX:+UseParallelGC
    # A small, fixed young generation: Python code allocates short-lived boxes at a high rate, and
    # an eden that stays small is reused while still mapped and warm instead of growing to a
    # gigabyte of freshly faulted pages. Measured on ../shared/bench (CPU time, default -> 64m):
    # fib 9.4 -> 5.4 s, float_sum 10.6 -> 3.5 s, nbody 11.1 -> 8.4 s, richards 17.3 -> 14.2 s.
    -Xmn64m
)
# Options for one run: the JVM options above, plus the AOT cache when there is one (its
# diagnostics would go to stdout, so they are off; a cache that does not fit is skipped silently).
regpy_run_opts() {
    REGPY_RUN_OPTS=("${REGPY_JVM_OPTS[@]}")
    if [ "${REGPY_AOT:-1}" != 0 ] && [ -f "$REGPY_AOT_FILE" ]; then
        # Classes only: replaying the training run's method profiles (JEP 515) cost CPU on real
        # programs (min of 3 runs, CPU s, replay on/off: richards 8.95/7.32, nqueens 6.13/5.06).
        REGPY_RUN_OPTS+=(-XX:AOTCache="$REGPY_AOT_FILE" -Xlog:aot=off -Xlog:cds=off
                         -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining)
    fi
}
