"""A real PostgreSQL server for the store tests.

``RASD_TEST_PG`` (a postgresql:// URL) names one; otherwise scripts/postgres.sh starts a
throwaway server (Debian's package) on a free loopback port for the session. Tests skip,
saying why, only where neither works.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "postgres.sh"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url():
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'rasd[postgres]')")
    url = os.environ.get("RASD_TEST_PG")
    if url:
        yield url
        return
    d = Path(tempfile.mkdtemp(prefix="rasd-pg-"))  # not under pytest's 0700 dirs: the server may run as postgres
    env = {**os.environ, "RASD_PG_PORT": str(_free_port())}
    try:
        out = subprocess.run(["bash", str(SCRIPT), "start", str(d)], capture_output=True, text=True, env=env,
                             timeout=180)
    except (OSError, subprocess.TimeoutExpired) as e:
        pytest.skip(f"no PostgreSQL server could start ({e}); set RASD_TEST_PG to a server's URL")
    if out.returncode != 0:
        why = (out.stderr.strip().splitlines() or ["unknown reason"])[-1]
        pytest.skip(f"no PostgreSQL server could start: {why}; set RASD_TEST_PG to a server's URL")
    try:
        yield out.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(d)], capture_output=True, env=env, timeout=60)
        shutil.rmtree(d, ignore_errors=True)


def reset(url: str) -> None:
    """An empty schema: every test starts from a new store."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
