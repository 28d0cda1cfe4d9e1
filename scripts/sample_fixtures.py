"""Choose the ANT articles that are coded by hand as test fixtures, by a fixed seed.

    python scripts/sample_fixtures.py [--data ../shared/data/news/ant_dev.jsonl]

Writes tests/fixtures/actors50.ids (actor linking, issue 4: seed 4),
tests/fixtures/events30.ids (events, issue 5: seed 5, disjoint from the first) and
tests/fixtures/events20.ids (events, a second held-out set drawn in session 2: seed 6,
disjoint from both; coded without looking at rasd's output) and tests/fixtures/train32.ids
(events, a training set for the learned parts of the event coder, drawn in session 3:
seed 7, disjoint from all three; never used to measure) and tests/fixtures/train32b.ids
(a second training set drawn in session 4: seed 8, disjoint from all of the above) and
tests/fixtures/train32c.ids (a third, session 4: seed 9, disjoint from all of the above) and
tests/fixtures/heldout32.ids (session 4: seed 10, disjoint from all of the above; coded after
the session's rules were written and measured once: never used for rules or choices) and
tests/fixtures/valid32.ids (session 4: seed 11, disjoint from all of the above; a validation set for
deciding whether a body of rules carries over, never used to write rules) and
tests/fixtures/heldout32b.ids (session 5: seed 12, disjoint from all of the above; drawn and
coded after every rule of session 5 was written, measured once at its end) and
tests/fixtures/train32d.ids and train32e.ids (session 5: seeds 13 and 14, two more training
sets for the learned parts, disjoint from all of the above) and tests/fixtures/heldout32c.ids
(session 6: seed 15, drawn and coded while the session's rules were written, without looking
at rasd's output, and measured once at its end) and train32f.ids (session 6: seed 16, one more
training set) and valid32b.ids (session 7: seed 17, disjoint from all of the above; a second
validation set, coded without looking at rasd's output, for deciding whether rules carry over)
and heldout32d.ids (session 8: seed 18, disjoint from all of the above; drawn and coded at the
end of the session, after its rules were frozen, because both validation sets had by then
decided some 150 changes: a clean test of that session's code) and valid32c.ids (session 9:
seed 19, disjoint from all of the above; a fresh validation set, coded without looking at rasd's
output, replacing the two worn out by session 8's decisions) and valid32d.ids (session 9: seed 20, a
second fresh validation set, pooled with valid32c so that merge decisions rest on twice the events) and heldout32e.ids (session 9:
seed 21, coded by hand during the session without looking at rasd's output, and scored only
once, at its end) and valid32e.ids (session 10: seed 22, a fresh validation set coded without
looking at rasd's output, judging the session's branches at merge time) and valid32f.ids (session 11: seed 23, the
same for session 11) and train32g ... train32l.ids (session 11: seeds 24-29, six training sets of 32
for the learned parts, coded by hand at the end of the session) and heldout32f.ids (session 12:
seed 30, coded at its end, after its rules and models were frozen, and scored once) and
valid32g.ids (session 12: seed 31, a fresh validation set for the sessions after it) and
heldout32g.ids (session 13: seed 32, coded during the session without looking at rasd's output,
scored once at its end) and valid32h.ids (session 13: seed 33, a fresh validation set for later sessions).
The choice is made before any linking or event rule is written, and never changed.
Only the docnos are kept in the repo; the texts stay in ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (file, seed, size), drawn in this order; never reorder or change: the coded fixtures follow them
SETS = (("actors50.ids", 4, 50), ("events30.ids", 5, 30), ("events20.ids", 6, 20), ("train32.ids", 7, 32),
        ("train32b.ids", 8, 32), ("train32c.ids", 9, 32), ("heldout32.ids", 10, 32), ("valid32.ids", 11, 32),
        ("heldout32b.ids", 12, 32), ("train32d.ids", 13, 32), ("train32e.ids", 14, 32),
        ("heldout32c.ids", 15, 32), ("train32f.ids", 16, 32), ("valid32b.ids", 17, 32), ("heldout32d.ids", 18, 32),
        ("valid32c.ids", 19, 32), ("valid32d.ids", 20, 32),
        ("heldout32e.ids", 21, 32), ("valid32e.ids", 22, 32), ("valid32f.ids", 23, 32),
        ("train32g.ids", 24, 32), ("train32h.ids", 25, 32), ("train32i.ids", 26, 32), ("train32j.ids", 27, 32),
        ("train32k.ids", 28, 32), ("train32l.ids", 29, 32), ("heldout32f.ids", 30, 32), ("valid32g.ids", 31, 32),
        ("heldout32g.ids", 32, 32), ("valid32h.ids", 33, 32))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    args = ap.parse_args()
    docnos = [json.loads(line)["docno"] for line in args.data.open(encoding="utf-8")]
    out = ROOT / "tests/fixtures"
    rest = list(range(len(docnos)))
    sizes = []
    for name, seed, size in SETS:  # in order: each set is drawn from what the earlier ones left
        chosen = random.Random(seed).sample(rest, size)
        taken = set(chosen)
        rest = [i for i in rest if i not in taken]
        (out / name).write_text("".join(docnos[i] + "\n" for i in sorted(chosen)), encoding="utf-8")
        sizes.append(str(size))
    print(f"{' + '.join(sizes)} docnos -> {out}")

if __name__ == "__main__":
    main()
