"""Ingest a corpus into a fresh store: articles/s and words/s on 1 and 2 workers, peak
memory, store size, and memory as the store grows (it should stay flat).

    python bench/bench_ingest.py [--data ../shared/data/news] [--workers 1,2] [--limit N]
                                 [--checkpoints 1000,4000,8000] [--engine local|dask] [--keep DIR]

Words are whitespace-separated words of the original texts of the articles stored.
Memory: resident set of the parent process (which reads and writes) and of the worker
processes together (all descendants), sampled when the store reaches each checkpoint;
the parent's peak RSS from getrusage. With one worker the analysis runs in the parent.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from rasd.corpus.ingest import ingest
from rasd.io.readers import Failure, read
from rasd.store import Store

ROOT = Path(__file__).resolve().parents[1]


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int | str = "self") -> list[int]:
    """Child processes, recursively (pool workers are children of a forkserver)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for k in kids:
            out += [k, *descendants(k)]
    return out


class Sampler:
    """Memory when the store reaches each checkpoint (called after each article stored)."""

    def __init__(self, checkpoints: list[int]) -> None:
        self.pending = list(checkpoints)
        self.samples: list[tuple[int, float, float]] = []

    def __call__(self, result) -> None:
        if self.pending and result.added >= self.pending[0]:
            self.pending.pop(0)
            self.samples.append((result.added, rss_mb(), sum(rss_mb(c) for c in descendants())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--engine", default="local", choices=["local", "dask"])
    ap.add_argument("--limit", type=int, default=None, help="Only the first N articles (a JSONL copy in a temp dir).")
    ap.add_argument("--checkpoints", default="1000,4000,8000")
    ap.add_argument("--keep", type=Path, default=None, help="Keep the stores in this folder.")
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (the news corpus lives in ../shared/data/news)")
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    data = args.data
    if args.limit:
        data = tmp / "corpus.jsonl"
        with data.open("w", encoding="utf-8") as out:
            n = 0
            for f in sorted(args.data.glob("*.jsonl")) if args.data.is_dir() else [args.data]:
                with f.open(encoding="utf-8") as fh:
                    for line in fh:
                        if n >= args.limit:
                            break
                        out.write(line)
                        n += 1
    texts = {}
    for r in read(data, max_mb=50):
        if not isinstance(r, Failure):
            texts.setdefault(r.text, len(r.text.split()))
    words = sum(texts.values())
    print(f"corpus: {data}  {len(texts)} distinct articles, {words:,} words")
    checkpoints = sorted(int(c) for c in args.checkpoints.split(",") if c)
    try:
        for w in (int(x) for x in args.workers.split(",")):
            db = tmp / f"store-{w}.db"
            sample = Sampler(checkpoints)

            t0 = time.perf_counter()
            result = ingest([data], db, engine=args.engine, workers=w, progress=False, on_stored=sample,
                            on_failure=lambda *a: None)
            secs = time.perf_counter() - t0
            with Store.open(db) as s:
                counts = s.counts()
            size = sum(p.stat().st_size for p in tmp.glob(f"store-{w}.db*"))
            self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            kids_peak = max([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]
                            + [k for _, _, k in sample.samples])
            print(f"\n{w} worker(s), engine {args.engine}: {result.added} added, {result.skipped} skipped, "
                  f"{result.failed} failed in {secs:.1f} s")
            print(f"  {result.added / secs:.1f} articles/s, {words / secs:,.0f} words/s (whitespace words of the "
                  f"input), {result.words / secs:,.0f} rasd words/s (stats.words: kept words and numbers)")
            print(f"  store: {size / 1e6:.1f} MB  ({', '.join(f'{k} {v}' for k, v in counts.items())})")
            print(f"  peak RSS: parent {self_peak:.0f} MB, workers together {kids_peak:.0f} MB (sampled)")
            for n, parent, kids in sample.samples:
                print(f"  at {n:>5} articles: parent {parent:.0f} MB, workers {kids:.0f} MB")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for p in tmp.glob(f"store-{w}.db*"):
                    shutil.copy(p, args.keep / p.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
