"""Ingest a corpus into a store: read, skip what is stored, analyse in parallel, write.

    >>> from rasd.corpus.ingest import ingest
    >>> result = ingest(["news.jsonl"], "news.db", workers=2)
    >>> result.added, result.skipped, result.failed

Articles are keyed by the SHA-256 of their text; one already in the store (or seen
earlier in the same run) is skipped, so running again adds nothing and a killed run
resumes where it stopped. Analysis runs in worker processes (``engine="local"``) or on
a Dask cluster (``engine="dask"``), always through the plain top-level function
:func:`analyze_one`; only the parent process writes, one transaction per article, in
input order, so the store does not depend on the engine or the number of workers.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import RasdError
from ..io.readers import DEFAULT_MAX_MB, SUFFIXES, Failure, Record, read
from ..store import Store, content_hash

log = logging.getLogger("rasd.ingest")

ENGINES = ("local", "dask")
DASK_CONNECT_TIMEOUT = "10s"  # to reach a given --scheduler


# -- the per-article function (runs in workers: top level, picklable, no shared state) --------
def analyze_one(record: Record, date: str | None = None, names: tuple[str, ...] | None = None,
                actors: tuple[str, ...] = ()) -> dict[str, Any]:
    """Analyse one record into its ``rasd analyze`` output record (the pipeline loads once
    per process and is cached)."""
    from .. import api

    pipeline = api.load(tuple(names) if names else api.DEFAULT, tuple(actors))
    return api.to_dict(api.analyze_record(record, date=date, pipeline=pipeline))


def run_one(record: Record, date: str | None = None, names: tuple[str, ...] | None = None,
            actors: tuple[str, ...] = ()) -> tuple[bool, Any]:
    """:func:`analyze_one` that never raises: ``(True, record)`` or ``(False, reason)``
    (exceptions do not always survive pickling between processes)."""
    try:
        return True, analyze_one(record, date, names, actors)
    except RasdError as e:
        return False, f"{e.code}: {e.message}"
    except Exception as e:  # a bug in a stage must not stop a corpus run
        return False, f"{type(e).__name__}: {e}"


# -- results ------------------------------------------------------------------------------
@dataclass
class IngestResult:
    read: int = 0           # records read (articles and unreadable records)
    added: int = 0          # articles analysed and stored now
    skipped: int = 0        # already stored (same text), or repeated in the input
    failed: int = 0         # unreadable or failed analysis/storing
    words: int = 0          # words of the articles added
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)

    merge: Any = None       # MergeStats of the corpus events, when recomputed

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"{self.added} added, {self.skipped} already stored, {self.failed} failed, of {self.read} read "
                f"in {self.seconds:.1f} s ({self.rate:.1f} articles/s, {self.words_per_second:,.0f} words/s)")


# -- the run ------------------------------------------------------------------------------
def ingest(paths: Iterable[str | Path], db: str | Path | Store, *, engine: str = "local", workers: int = 1,
           scheduler: str | None = None, progress: bool = True, date: str | None = None,
           names: tuple[str, ...] | None = None, actors: tuple[str, ...] = (), max_mb: float = DEFAULT_MAX_MB,
           on_failure: Callable[[str, str], None] | None = None,
           on_stored: Callable[[IngestResult], None] | None = None,
           window: int | None = None, merge_window: int | None = 3) -> IngestResult:
    """Analyse the articles under ``paths`` (JSONL, JSON, HTML, text files or folders)
    that ``db`` does not hold yet, and store them.

    ``workers``: processes (local) or Dask workers for a LocalCluster; 0 means every
    core. ``scheduler``: a Dask scheduler address (``tcp://host:8786``); without it a
    LocalCluster on 127.0.0.1 is started. ``progress``: a tqdm bar on stderr when it is a
    terminal. ``on_failure(origin, reason)`` is called for each failed article (default:
    logged); ``on_stored(result)`` after each article stored (for measurements). ``window``:
    articles in flight (default 4 per worker). ``merge_window``: when articles were added,
    recompute the corpus events (the same event across documents, days within this many
    days; None: do not). Input errors about a whole path (missing file) raise :class:`RasdError`.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}")
    paths = [Path(p) if str(p) != "-" else p for p in paths]
    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise RasdError("E107", path=p)
    workers = workers or os.cpu_count() or 1
    store = db if isinstance(db, Store) else Store.open(db)
    result = IngestResult()
    report = on_failure or (lambda origin, reason: log.warning("%s: %s", origin, reason))
    bar = _bar(progress, _estimate(paths))
    started = time.perf_counter()
    func = partial(run_one, date=date, names=tuple(names) if names else None, actors=tuple(actors))

    def fail(origin: str, reason: str) -> None:
        result.failed += 1
        result.failures.append((origin, reason))
        if bar is not None:
            bar.clear()
        report(origin, reason)
        if bar is not None:
            bar.refresh()

    def todo() -> Iterator[tuple[Record, str]]:
        pending: set[str] = set()
        for path in paths:
            for item in read(path, max_mb=max_mb):
                result.read += 1
                if isinstance(item, Failure):
                    fail(item.origin, f"{item.error.code}: {item.error.message}")
                    _tick(bar, result)
                    continue
                h = content_hash(item.text)
                if h in pending or store.has(h):
                    result.skipped += 1
                    _tick(bar, result)
                    continue
                pending.add(h)
                yield item, h

    try:
        if engine == "dask":
            runner = _dask_map(todo(), func, workers, scheduler, window)
        else:
            runner = _local_map(todo(), func, workers, window)
        for record, ok, value in runner:
            origin = record.origin or record.id
            if not ok:
                if not (value[:1] == "E" and value[1:4].isdigit() and value[4:6] == ": "):
                    err = RasdError("E510", path=origin, why=value)
                    value = f"{err.code}: {err.message}"
                fail(origin, value)
            else:
                try:
                    if store.add(value, origin=record.origin):
                        result.added += 1
                        result.words += int(value.get("stats", {}).get("words") or 0)
                        if on_stored is not None:
                            on_stored(result)
                    else:
                        result.skipped += 1
                except _bad_record_errors() as e:
                    err = RasdError("E511", path=origin, why=f"{type(e).__name__}: {e}")
                    fail(origin, f"{err.code}: {err.message}")
            _tick(bar, result)
        if result.added and merge_window is not None:
            result.merge = store.merge_events(window=merge_window)
    finally:
        result.seconds = time.perf_counter() - started
        if bar is not None:
            bar.close()
        if not isinstance(db, Store):
            store.close()
    return result


# -- engines: both yield (record, ok, value) in input order ---------------------------------
def _local_map(items: Iterator[tuple[Record, str]], func: Callable, workers: int,
               window: int | None) -> Iterator[tuple[Record, bool, Any]]:
    if workers <= 1:
        for record, _ in items:
            yield (record, *func(record))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # workers must not inherit the parent's open store (SQLite forbids using a connection
    # across fork): forkserver workers start from a clean process
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    ex = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)
    queue: deque = deque()
    limit = window or workers * 4
    try:
        for record, _ in items:
            queue.append((_light(record), ex.submit(func, record)))
            if len(queue) >= limit:
                rec, fut = queue.popleft()
                yield (rec, *fut.result())
        while queue:
            rec, fut = queue.popleft()
            yield (rec, *fut.result())
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def _dask_map(items: Iterator[tuple[Record, str]], func: Callable, workers: int, scheduler: str | None,
              window: int | None) -> Iterator[tuple[Record, bool, Any]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RasdError("E505", what="--engine dask", package="dask.distributed",
                        install="rasd[dask]") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address="127.0.0.1:0")
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise RasdError("E507", address=scheduler or "LocalCluster", why=f"{type(e).__name__}: {e}") from None
    queue: deque = deque()
    limit = window or max(4, 4 * sum(client.nthreads().values()))
    try:
        for record, h in items:
            queue.append((_light(record), client.submit(func, record, key=f"rasd-{h}", pure=False)))
            if len(queue) >= limit:
                rec, fut = queue.popleft()
                yield (rec, *fut.result())
                fut.release()
        while queue:
            rec, fut = queue.popleft()
            yield (rec, *fut.result())
            fut.release()
    finally:
        for _, fut in queue:
            fut.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _bad_record_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean this one record cannot be stored (the run goes on)."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (KeyError, TypeError, ValueError, sqlite3.IntegrityError)
    try:
        import psycopg

        errors += (psycopg.IntegrityError, psycopg.DataError)
    except ImportError:
        pass
    return errors


def _light(record: Record) -> Record:
    """What the parent keeps of a record in flight (not its text)."""
    return Record(text="", id=record.id, date=record.date, origin=record.origin)


# -- progress -----------------------------------------------------------------------------
def _bar(progress: bool, total: int | None) -> Any:
    if not progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                desc="ingest")


def _tick(bar: Any, result: IngestResult) -> None:
    if bar is None:
        return
    bar.update(1)
    if bar.n % 10 == 0 or bar.n == bar.total:
        bar.set_postfix(added=result.added, skipped=result.skipped, failed=result.failed, refresh=False)


def _estimate(paths: list) -> int | None:
    """How many records the paths hold (lines of JSONL, files otherwise), cheaply."""
    total = 0
    for p in paths:
        if str(p) == "-":
            return None
        p = Path(p)
        files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        for f in files:
            if SUFFIXES.get(f.suffix.lower()) == "jsonl":
                n = 0
                with f.open("rb") as fh:
                    for line in fh:
                        n += bool(line.strip())
                total += n
            else:
                total += 1
    return total
