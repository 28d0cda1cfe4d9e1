#!/usr/bin/env bash
# Set up, then run the test suite (tests that need ../shared skip with a reason when it is absent).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
.venv/bin/python -m pytest -q -ra "$@"
code=$?
if [ "$code" = 5 ]; then echo "no tests were collected" >&2; exit 1; fi
exit "$code"
