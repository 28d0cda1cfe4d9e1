"""Concurrent load on `rasd serve` from a local client (loopback only, bounded).

    python bench/bench_web_load.py [--requests 500] [--concurrency 50] [--workers 2]

Starts the app (uvicorn, 127.0.0.1, a free port) on a small store, sends N analyses of a
real Arabic article with C at a time, and prints status counts, latency percentiles,
errors and the process's resident memory before and after (the server runs in this
process). Every request must be answered: 200, or 503 when the queue is full.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import resource
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import uvicorn

from rasd.web.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests._web import build_store  # noqa: E402

ARTICLE = ("اتهمت تركيا الإمارات بدعم قوات حفتر في ليبيا، وهددت بإرسال قوات إلى طرابلس لدعم حكومة الوفاق. "
           "وقال الرئيس التركي رجب طيب أردوغان إن بلاده وقعت اتفاقين مع فايز السراج.")


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp) / "s.db", None)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        srv = uvicorn.Server(uvicorn.Config(create_app(db, workers=args.workers), host="127.0.0.1", port=port,
                                           log_level="error"))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/api/analyze"
        httpx.post(url, json={"text": ARTICLE}, timeout=60)  # warm the models
        before = rss_mb()
        lat: list[float] = []
        codes: Counter[str] = Counter()

        def one(_: int) -> None:
            t = time.perf_counter()
            try:
                r = httpx.post(url, json={"text": ARTICLE, "date": "2019-12-05"}, timeout=120)
                codes[str(r.status_code)] += 1
            except httpx.HTTPError as e:
                codes[type(e).__name__] += 1
            lat.append(time.perf_counter() - t)

        t0 = time.perf_counter()
        with cf.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(one, range(args.requests)))
        secs = time.perf_counter() - t0
        srv.should_exit = True
    q = statistics.quantiles(lat, n=20)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.requests} requests, {args.concurrency} at once, {args.workers} analysis workers: "
          f"{dict(codes)} in {secs:.1f} s ({args.requests / secs:.1f} req/s); latency p50 {statistics.median(lat):.2f} s, "
          f"p95 {q[18]:.2f} s; RSS {before:.0f} MB before, {rss_mb():.0f} MB after, peak {peak:.0f} MB")
    bad = {k: v for k, v in codes.items() if k not in ("200", "503")}
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
