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
deciding whether a body of rules carries over, never used to write rules).
The choice is made before any linking or event rule is written, and never changed.
Only the docnos are kept in the repo; the texts stay in ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    args = ap.parse_args()
    docnos = [json.loads(line)["docno"] for line in args.data.open(encoding="utf-8")]
    actors = random.Random(4).sample(range(len(docnos)), 50)
    rest = [i for i in range(len(docnos)) if i not in set(actors)]
    events = random.Random(5).sample(rest, 30)
    rest2 = [i for i in rest if i not in set(events)]
    events2 = random.Random(6).sample(rest2, 20)
    rest3 = [i for i in rest2 if i not in set(events2)]
    train = random.Random(7).sample(rest3, 32)
    rest4 = [i for i in rest3 if i not in set(train)]
    train2 = random.Random(8).sample(rest4, 32)
    rest5 = [i for i in rest4 if i not in set(train2)]
    train3 = random.Random(9).sample(rest5, 32)
    rest6 = [i for i in rest5 if i not in set(train3)]
    held = random.Random(10).sample(rest6, 32)
    rest7 = [i for i in rest6 if i not in set(held)]
    valid = random.Random(11).sample(rest7, 32)
    out = ROOT / "tests/fixtures"
    (out / "actors50.ids").write_text("".join(docnos[i] + "\n" for i in sorted(actors)), encoding="utf-8")
    (out / "events30.ids").write_text("".join(docnos[i] + "\n" for i in sorted(events)), encoding="utf-8")
    (out / "events20.ids").write_text("".join(docnos[i] + "\n" for i in sorted(events2)), encoding="utf-8")
    (out / "train32.ids").write_text("".join(docnos[i] + "\n" for i in sorted(train)), encoding="utf-8")
    (out / "train32b.ids").write_text("".join(docnos[i] + "\n" for i in sorted(train2)), encoding="utf-8")
    (out / "train32c.ids").write_text("".join(docnos[i] + "\n" for i in sorted(train3)), encoding="utf-8")
    (out / "heldout32.ids").write_text("".join(docnos[i] + "\n" for i in sorted(held)), encoding="utf-8")
    (out / "valid32.ids").write_text("".join(docnos[i] + "\n" for i in sorted(valid)), encoding="utf-8")
    print(f"{len(actors)} + {len(events)} + {len(events2)} + {len(train)} + {len(train2)} + {len(train3)} "
          f"+ {len(held)} + {len(valid)} docnos -> {out}")


if __name__ == "__main__":
    main()
