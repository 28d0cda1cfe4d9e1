"""Crash safety, measured: kill ``rasd ingest`` with SIGKILL at random moments.

After every kill the store must pass SQLite's integrity check and hold only whole
articles (every stored document has its entities and events, none twice); after the
last kill a final run must complete, and every article of the input must be stored
exactly once. Used by ``tests/test_killtest.py`` (a few kills) and
``bench/killtest.py`` (20 or more).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class KillReport:
    kills: int = 0
    stored_after_kill: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    final_documents: int = 0
    expected_documents: int = 0


def _check(db: Path) -> tuple[int, list[str]]:
    problems = []
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        dup = con.execute("SELECT count(*) FROM (SELECT hash FROM documents GROUP BY hash HAVING count(*) > 1)").fetchone()[0]
        if dup:
            problems.append(f"{dup} articles stored twice")
        orphans = con.execute(
            "SELECT count(*) FROM events WHERE document NOT IN (SELECT id FROM documents)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} events without their article")
        # a whole article: one whose stored record says it has entities has them in the tables
        half = con.execute(
            "SELECT count(*) FROM documents d WHERE d.text <> '' AND NOT EXISTS "
            "(SELECT 1 FROM entities e WHERE e.document = d.id) AND EXISTS "
            "(SELECT 1 FROM events v WHERE v.document = d.id)").fetchone()[0]
        if half:
            problems.append(f"{half} articles with events but no entities")
        return n, problems
    except sqlite3.DatabaseError as e:
        return 0, [f"database error: {e}"]
    finally:
        con.close()


def _expected(corpus: Path) -> int:
    from ..store import content_hash

    hashes = set()
    for line in corpus.open(encoding="utf-8"):
        try:
            text = json.loads(line).get("text") or ""
        except json.JSONDecodeError:
            continue
        if text.strip():
            hashes.add(content_hash(text))
    return len(hashes)


def run(corpus: Path, db: Path, kills: int = 20, seed: int = 0, min_s: float = 1.0, max_s: float = 6.0,
        workers: int = 1, log=print) -> KillReport:
    rng = random.Random(seed)
    rep = KillReport(expected_documents=_expected(corpus))
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db), "-q",
           "--workers", str(workers)]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for i in range(kills):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                                start_new_session=True)
        time.sleep(rng.uniform(min_s, max_s))
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        rep.kills += 0 if finished else 1
        n, problems = _check(db)
        rep.stored_after_kill.append(n)
        rep.problems += [f"after kill {i + 1}: {p}" for p in problems]
        log(f"kill {i + 1}: {'finished before the kill' if finished else 'killed'}; {n} articles stored; "
            f"{'ok' if not problems else '; '.join(problems)}")
        if finished:
            break
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    n, problems = _check(db)
    rep.final_documents = n
    rep.problems += [f"final: {p}" for p in problems]
    if done.returncode not in (0, 1):
        rep.problems.append(f"final run exited {done.returncode}: {done.stderr.strip()[-300:]}")
    if n != rep.expected_documents:
        rep.problems.append(f"final store holds {n} articles, expected {rep.expected_documents}")
    log(f"final: {n} of {rep.expected_documents} articles stored; {len(rep.problems)} problems")
    return rep
