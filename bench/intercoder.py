"""How far two people coding the same articles agree: the ceiling for rasd's event scores.

    python bench/intercoder.py                       # part19: first and second coding
    python bench/intercoder.py --first A.gold.json --second B.gold.json

Each article of the second coding is turned into an output of `rasd analyze`'s shape (its
actors become entities whose mentions are their Arabic names and aliases found in the text,
its events keep their type, first source and target, modality, attribution and time) and
scored against the first coding by `rasd evaluate events`' own matching, then the other way
round. The second coder's optional events are left out of the output ("required"), or kept
("all"): a coder that reports every event it saw would be scored on all of them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval_fixtures import NEWS, ROOT, gold_articles
from rasd.events.evaluate import coding_as_output, score_article, summarize

SECOND = "second"  # tests/fixtures/second/: the second, independent coding of a fixture set


def agreement(first: list[dict], second: list[dict], texts: dict[str, str], optional: bool) -> dict:
    by_doc = {c["docno"]: c for c in second}
    scores = [score_article(c, coding_as_output(by_doc[c["docno"]], texts[c["docno"]], optional))
              for c in first if c["docno"] in by_doc]
    return summarize(scores)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="valid32e.part19", help="fixture stem coded twice (default: part19)")
    ap.add_argument("--first", type=Path, nargs="*", help="gold files of the first coding")
    ap.add_argument("--second", type=Path, nargs="*", help="gold files of the second coding")
    ap.add_argument("--news", type=Path, default=NEWS, metavar="FILE")
    args = ap.parse_args()
    read = lambda files: [a for f in files for a in json.loads(f.read_text(encoding="utf-8"))]  # noqa: E731
    first = read(args.first) if args.first else gold_articles(f"{args.part}*.gold.json")
    second = read(args.second) if args.second else read(sorted((ROOT / "tests/fixtures" / SECOND).glob(f"{args.part}*.gold.json")))
    if not first or not second:
        raise SystemExit("error: no first or no second coding found; give --first and --second")
    both = {c["docno"] for c in first} & {c["docno"] for c in second}
    texts = {}
    with args.news.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["docno"] in both:
                texts[d["docno"]] = d["text"]
    print(f"{len(both)} articles coded twice")
    print("scored as    second's events   P      R      F1     modality  attribution  time")
    for optional in (False, True):
        for name, a, b in (("second vs first", first, second), ("first vs second", second, first)):
            r = agreement([c for c in a if c["docno"] in both], b, texts, optional)
            print(f"{name:17s} {'all' if optional else 'required':9s} {r['predicted']:4d}  {r['precision']:.3f}  "
                  f"{r['recall']:.3f}  {r['f1']:.3f}  {r['modality_accuracy']:.3f}     {r['attribution_accuracy']:.3f}"
                  f"        {r['time_accuracy']:.3f}")


if __name__ == "__main__":
    main()
