"""Agreement of `rasd dedup` with the `dup_of_earlier` flags of ANT.

    python bench/dedup_agreement.py [--data ../shared/data/news/ant_dev.jsonl] [--threshold 0.8]

A flagged pair is (an article with dup_of_earlier true, the earliest earlier article
it is found to duplicate); an article flagged true counts as recalled when rasd puts it
in a cluster with an earlier article. Precision: of the articles rasd marks as a
duplicate of an earlier one, the share flagged true. Where the corpus flags nothing,
precision and recall against the flags are undefined, and the script says so and
shows the pairs for a person to check.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rasd.corpus.dedup import find_pairs
from rasd.io.readers import Record

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    records, flags, titles = [], [], []
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            records.append(Record(text=d.get("text") or "", id=d.get("docno", "")))
            flags.append(bool(d.get("dup_of_earlier")))
            titles.append(d.get("title", ""))
    pairs = find_pairs(records, threshold=args.threshold)
    predicted = {j for _, j, _ in pairs}  # later member of a pair = duplicate of an earlier one
    flagged = {i for i, f in enumerate(flags) if f}
    tp = len(predicted & flagged)
    print(f"articles: {len(records)}; flagged dup_of_earlier: {len(flagged)}; "
          f"rasd pairs: {len(pairs)}; articles rasd marks as duplicate of an earlier one: {len(predicted)}")
    prec = tp / len(predicted) if predicted else float("nan")
    rec = tp / len(flagged) if flagged else float("nan")
    print(f"against the flags: precision {prec:.3f}  recall {rec:.3f}  (nan = undefined: nothing to compare)")
    same_title = sum(1 for i, j, _ in pairs if titles[i].strip() == titles[j].strip())
    exact = sum(1 for _, _, s in pairs if s >= 0.999)
    print(f"pairs with identical titles: {same_title}/{len(pairs)}; identical shingle sets: {exact}/{len(pairs)}")
    for i, j, s in pairs[: args.show]:
        print(f"  {s:.2f}  {records[i].id} | {records[j].id}\n        {titles[i][:70]}\n        {titles[j][:70]}")


if __name__ == "__main__":
    main()
