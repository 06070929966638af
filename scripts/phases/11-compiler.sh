#!/usr/bin/env bash
# Phase 11, the compiler: `-m compileall` with its flags on a committed tree, and .pyc files both
# ways (CPython 3.13's .pyc run by regpy; regpy's .pyc run by CPython 3.13 when installed, else
# those checks are skipped). Expectations were recorded with CPython 3.13 by
#   PYENV_VERSION=3.13.0 python3.13 scripts/lib/check_compiler_phase.py --record --cpython python3.13 \
#       translator/src/test/resources/compiler
# Prints "N passed, N failed[, N skipped]".
set -uo pipefail
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
. "$ROOT/scripts/lib/common.sh"
cd "$ROOT"
regpy_build || { echo "0 passed, 1 failed"; exit 1; }
# CPython 3.13 when present (pyenv's shim needs PYENV_VERSION); the driver checks the version itself.
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
CPYTHON=$(command -v python3.13 || true)
exec python3 scripts/lib/check_compiler_phase.py --jobs "${JOBS:-2}" --cpython "${CPYTHON}" \
    translator/src/test/resources/compiler -- "$ROOT/scripts/vm"
