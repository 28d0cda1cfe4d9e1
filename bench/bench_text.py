"""Reading + cleaning + tokenising + sentence splitting speed on one core.

    python bench/bench_text.py [--data ../shared/data/news/ant_dev.jsonl] [--runs 5] [--limit N]

Words are whitespace-separated words of the original text. Reports the median
words/s over the runs and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

from rasd.document import Document
from rasd.io.readers import Failure, read
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def one_run(path: Path, limit: int | None, pipeline: Pipeline) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    docs = words = 0
    for item in read(path, max_mb=50):
        if isinstance(item, Failure):
            continue
        doc = pipeline(Document(text=item.text, id=item.id, date=item.date))
        words += len(item.text.split())
        docs += 1
        assert doc.sentences is not None
        if limit and docs >= limit:
            break
    return docs, words, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    pipeline = Pipeline.from_names(("clean", "segment"))
    one_run(args.data, 50, pipeline)  # warm caches (lexicon, regexes)
    rates = []
    for i in range(args.runs):
        docs, words, secs = one_run(args.data, args.limit, pipeline)
        rates.append(words / secs)
        print(f"run {i + 1}: {docs} docs, {words} words in {secs:.2f} s = {words / secs:,.0f} words/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"median: {statistics.median(rates):,.0f} words/s on one core; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
