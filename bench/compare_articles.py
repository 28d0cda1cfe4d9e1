"""Two versions of rasd, article by article, on a hand-coded fixture set.

    python bench/eval_fixtures.py --events --part heldout --keep-output new.jsonl
    git worktree add /tmp/old <commit>
    PYTHONPATH=/tmp/old/src python bench/eval_fixtures.py --events --part heldout --keep-output old.jsonl
    python bench/compare_articles.py --part heldout old.jsonl new.jsonl

Scores each article's events in both outputs with `rasd evaluate events`' matching and
prints how many articles got a better, worse or equal F1 in the second, with a two-sided
sign test over those that changed.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from eval_fixtures import HELD_OUT, HELD_OUT_ALL, PATTERNS, TRAINING, VALIDATION, gold_articles
from rasd.events.evaluate import load_output, score_article


def _f1(matched: int, predicted: int, gold: int) -> float:
    p, r = (matched / predicted if predicted else 0.0), (matched / gold if gold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def sign_test(better: int, worse: int) -> float:
    """Two-sided p of at most min(better, worse) successes in better + worse fair coin tosses."""
    n, k = better + worse, min(better, worse)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n) if n else 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="heldout", help="a part of bench/eval_fixtures.py, or heldout/training/validation")
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    args = ap.parse_args()
    pooled = {"heldout": HELD_OUT, "heldout-all": HELD_OUT_ALL, "training": TRAINING, "validation": VALIDATION}.get(args.part, (args.part,))
    golds = gold_articles([PATTERNS.get(p, f"events30.{p}.gold.json") for p in pooled])
    outputs = [{o.get("id"): o for o in load_output(f)} for f in (args.old, args.new)]
    better = worse = same = 0
    for g in golds:
        s_old, s_new = (score_article(g, out[g["docno"]]) for out in outputs)
        f_old, f_new = (_f1(s.matched, s.predicted, s.gold + s.found_optional) for s in (s_old, s_new))
        if math.isclose(f_old, f_new):
            same += 1
        elif f_new > f_old:
            better += 1
        else:
            worse += 1
    print(f"{len(golds)} articles: {better} better, {worse} worse, {same} the same "
          f"(sign test p = {sign_test(better, worse):.3f})")


if __name__ == "__main__":
    main()
