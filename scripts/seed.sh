#!/usr/bin/env bash
# Set up, then analyse the seed article and show the result.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
SEED=${1:-../shared/seed/000_2a9b286e3fd540c9.txt}
.venv/bin/rasd analyze "$SEED" --date 2019-12-05 --format text
