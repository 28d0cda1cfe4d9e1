"""Kill `rasd ingest` with SIGKILL at random moments, then check the store each time.

    python bench/killtest.py [--kills 20] [--articles 300] [--seed 0]

Takes the first N articles of ../shared/data/news/ant_dev.jsonl into a temporary corpus,
kills ingest at a random time (1-6 s) after each start, checks integrity (SQLite's
integrity_check, no article twice, no events without their article) and finally runs to
completion: every article must be stored exactly once. Exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from itertools import islice
from pathlib import Path

from rasd.corpus.killtest import run

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with args.data.open(encoding="utf-8") as src:
            corpus.write_text("".join(islice(src, args.articles)), encoding="utf-8")
        rep = run(corpus, Path(tmp) / "store.db", kills=args.kills, seed=args.seed)
    print(f"{rep.kills} kills; stored after each: {rep.stored_after_kill}; final {rep.final_documents}"
          f"/{rep.expected_documents}; problems: {rep.problems or 'none'}")
    sys.exit(1 if rep.problems else 0)


if __name__ == "__main__":
    main()
