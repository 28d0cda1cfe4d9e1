"""How many hand-coded events use a trigger word rasd's lexicon knows: a rough ceiling of the rules' recall.

    python bench/trigger_coverage.py [--part heldout-all]

For each required gold event with a coded `trigger`, looks the trigger's words up in the trigger
lexicon (out of context, so generously: no role condition is checked) and counts whether the
lexicon knows it as the coded type (or an alternative type), as another type only, or not at all.
"""

from __future__ import annotations

import argparse
from collections import Counter

from eval_fixtures import HELD_OUT, HELD_OUT_ALL, PATTERNS, TRAINING, VALIDATION, gold_articles
from rasd.events.lexicon import lexicon
from rasd.lang.ar.clitics import PREFIXES
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import proclitic_length, tokenize


def known_types(trigger: str) -> set[str]:
    lex = lexicon()
    words = [trigger[t.start:t.end] for t in tokenize(trigger)]
    types: set[str] = set()
    for i in range(len(words)):
        # the word as written and without its proclitics ("واتهمت", "باستهداف": out of context the
        # tokenizer leaves them on)
        w = words[i]
        for cut in {0, proclitic_length(w), *(len(p) for p in PREFIXES if w.startswith(p) and len(w) > len(p) + 2)}:
            keys = [normalize_key(w) for w in words[:i] + [words[i][cut:]] + words[i + 1:]]
            m = lex.match(keys, i) if keys[i] else None
            if m:
                types |= {t.type for t in m[1]}
    return types


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="heldout-all", help="a part of bench/eval_fixtures.py or a pool")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the N most frequent unknown triggers")
    args = ap.parse_args()
    parts = {"heldout": HELD_OUT, "heldout-all": HELD_OUT_ALL, "training": TRAINING,
             "validation": VALIDATION}.get(args.part, (args.part,))
    golds = gold_articles([PATTERNS.get(p, f"events30.{p}.gold.json") for p in parts])
    counts: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for g in golds:
        for e in g.get("events", []):
            if e.get("optional") or not e.get("trigger"):
                continue
            types = known_types(e["trigger"])
            if types & {e["type"], *e.get("alt_types", [])}:
                counts["as its type"] += 1
            elif types:
                counts["as another type only"] += 1
            else:
                counts["not at all"] += 1
                unknown[normalize_key(e["trigger"])] += 1
    total = sum(counts.values())
    print(f"{args.part}: {len(golds)} articles, {total} required events with a coded trigger")
    for k in ("as its type", "as another type only", "not at all"):
        print(f"  lexicon knows the trigger {k:22s} {counts[k]:5d}  {counts[k] / total if total else 0:.2f}")
    for word, n in unknown.most_common(args.show):
        print(f"  {n:3d}  {word}")


if __name__ == "__main__":
    main()
