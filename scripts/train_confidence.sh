#!/usr/bin/env bash
# Retrain the confidence model as shipped (sessions 12 and 13): trained on the 463
# training articles (parts 1, 4, 5, 6, 10, 11, 13, the old validation parts 8 and 14 and the
# parts 21-26), calibrated on the validation pool (parts 16 and 17), with the bar 0.20 (before
# calibration; see docs/events.md for why not the cross-validated best, 0.35) and a bar of its
# own for each event type where cross-validation prefers one (session 13). The words the
# lexicon does not know are read by trigger models fitted out of fold (train_confidence.py).
# The shipped file was made by this script on the rules of commit f3cb0a8 (session 13's start);
# on the rules at session 13's end it gives a model that was worse on validation (docs/events.md,
# "Quality today"), so the file was kept.
# Needs `pip install -e ".[train]"`.
# Extra arguments go to `rasd train confidence` (e.g. --out FILE to try without replacing).
set -euo pipefail
cd "$(dirname "$0")/.."
RASD=${RASD:-$( [ -x .venv/bin/rasd ] && echo .venv/bin/rasd || echo rasd )}
args=(--data "${DATA:-../shared/data}")
for f in tests/fixtures/{events30.part1,train32.part4,train32b.part5,train32c.part6,train32d.part10,train32e.part11,train32f.part13,valid32.part8,valid32b.part14,train32g.part21,train32h.part22,train32i.part23,train32j.part24,train32k.part25,train32l.part26}*.gold.json; do
  args+=(--gold "$f")
done
for f in tests/fixtures/{valid32c.part16,valid32d.part17}*.gold.json; do
  args+=(--calibrate "$f")
done
exec "$RASD" train confidence --bar 0.20 --type-bars "${args[@]}" "$@"
