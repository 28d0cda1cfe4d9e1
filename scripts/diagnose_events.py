"""Why gold events are missed: no trigger in the evidence, or actors not found as entities.

    python scripts/diagnose_events.py tests/fixtures/events30.part1.gold.json

For each required gold event that the pipeline misses, prints whether a trigger of the
lexicon occurs inside its evidence, and whether its source/target actors are found
among the output entities. Use it on the development half only (part1); part2 is held out.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from rasd.api import analyze, to_dict
from rasd.events.evaluate import _actor_matches, _side_ok, score_article
from rasd.events.lexicon import lexicon
from rasd.io.readers import parse_date
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import tokenize

NEWS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description="Why gold events are missed (training sets only; never the held-out ones)")
    ap.add_argument("gold", nargs="+", type=Path, help="gold files in the format of ../shared/gold/seed.gold.json")
    args = ap.parse_args()
    missing = [f for f in args.gold if not f.is_file()]
    if missing:
        sys.exit(f"diagnose_events: {missing[0]}: no such gold file")
    golds = [a for f in args.gold for a in json.loads(f.read_text(encoding="utf-8"))]
    want = {g["docno"]: g for g in golds}
    lex = lexicon()
    counts: collections.Counter[str] = collections.Counter()
    for line in NEWS.open(encoding="utf-8"):
        d = json.loads(line)
        g = want.get(d["docno"])
        if g is None:
            continue
        out = to_dict(analyze(d["text"], date=parse_date(d.get("time")), id=d["docno"]))
        res = score_article(g, out)
        stands = _actor_matches(g, out)
        all_ents = list(stands)
        for ev in g["events"]:
            if ev["id"] not in res.missed:
                continue
            toks = tokenize(ev["evidence"])
            keys = [normalize_key(ev["evidence"][t.start:t.end]) for t in toks]
            trig = any(lex.match(keys, i) for i in range(len(keys)))
            src = _side_ok(ev["source"], all_ents, stands)
            tgt = _side_ok(ev["target"], all_ents, stands)
            why = ("trigger " if trig else "NO-TRIGGER ") + ("src " if src else "NO-SRC ") + ("tgt" if tgt else "NO-TGT")
            counts[("trigger" if trig else "no trigger")] += 1
            counts["source found" if src else "source missing"] += 1
            counts["target found" if tgt else "target missing"] += 1
            print(f"{d['docno'][:24]} {ev['id']:4s} {ev['type']:9s} {why:28s} {ev['evidence'][:70]}")
    print(dict(counts))


if __name__ == "__main__":
    main()
