"""Speed of the full pipeline (clean, segment, NER, actors, events) on one core.

    python bench/bench_pipeline.py [--data ../shared/data/news/ant_dev.jsonl] [--limit 1000] [--runs 3]
                                   [--pipeline clean,segment,ner,actors,events]

Words are whitespace-separated words of the original text. Prints words/s per run,
the median, the per-component share of the time, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections import defaultdict
from pathlib import Path

from rasd.document import Document
from rasd.io.readers import Failure, read
from rasd.pipeline import DEFAULT, Pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/ant_dev.jsonl")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pipeline", default=",".join(DEFAULT))
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    pipeline = Pipeline.from_names(args.pipeline.split(","))
    records = [r for r in read(args.data, max_mb=50) if not isinstance(r, Failure)][: args.limit]
    words = sum(len(r.text.split()) for r in records)
    for r in records[:20]:  # warm up: models and tables load
        pipeline(Document(text=r.text, id=r.id, date=r.date))
    rates = []
    share: dict[str, float] = defaultdict(float)
    for i in range(args.runs):
        t0 = time.perf_counter()
        for r in records:
            doc = Document(text=r.text, id=r.id, date=r.date)
            for c in pipeline.components:
                tc = time.perf_counter()
                doc = c(doc)
                share[c.name] += time.perf_counter() - tc
        secs = time.perf_counter() - t0
        rates.append(words / secs)
        print(f"run {i + 1}: {len(records)} docs, {words} words in {secs:.2f} s = {words / secs:,.0f} words/s")
    total = sum(share.values())
    print("time by component: " + ", ".join(f"{k} {v / total:.0%}" for k, v in share.items()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline {args.pipeline}: median {statistics.median(rates):,.0f} words/s on one core; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
