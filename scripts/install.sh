#!/usr/bin/env bash
# Install rasad (and, with "test", everything its tests need) into ./.venv. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
extras="serve"
[ "${1:-}" = "test" ] && extras="serve,test,train"
.venv/bin/python -m pip install -q -e ".[${extras}]" 2>&1 | grep -v "is ignored" || true
.venv/bin/python -c "import rasad" # fail loudly when the install did not work
