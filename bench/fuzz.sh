#!/usr/bin/env bash
# Property-based tests with 10,000 examples each (CI runs 150): any Unicode string through
# normalisation, tokenisation and the whole analysis; spans exact, output valid.
set -euo pipefail
cd "$(dirname "$0")/.."
RASD_HYPOTHESIS_PROFILE=long exec .venv/bin/python -m pytest -q tests/test_properties.py "$@"
