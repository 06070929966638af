#!/usr/bin/env bash
# Differential testing of tiering (issue 6): the same programs as 20-register-engine.sh, on the
# tiered engine with tiny thresholds (a function is queued at its 2nd call, a loop at its 20th
# backward jump), so that background compilation, installation and on-stack replacement of running
# loops happen in the middle of almost every program. Output must equal the reference
# interpreter's. Known gaps: scripts/phases/21-tiered-engine.exclude (meant to shrink to empty).
set -uo pipefail
. "$ROOT/scripts/lib/common.sh"
. "$ROOT/scripts/lib/engine_phase.sh"
export REGPY_JAVA_OPTS="${REGPY_JAVA_OPTS:-} -Dregpy.tier.calls=2 -Dregpy.tier.backedges=20"
engine_phase tiered "$ROOT/scripts/phases/21-tiered-engine.exclude" -- run --engine tiered
