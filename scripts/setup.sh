#!/usr/bin/env bash
# Create .venv (once) and install rasd with its test extras into it. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet -e ".[test]" 2>&1 | grep -v -E "^WARNING: Location|is ignored" || true
.venv/bin/python -c "import rasd, spacy" || { echo "setup failed: rasd did not install" >&2; exit 1; }
