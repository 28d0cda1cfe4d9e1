from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_2a9b286e3fd540c9.txt"
GOLD = SHARED / "gold" / "seed.gold.json"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: these tests read ../shared next to the repo")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture(scope="session")
def news_path() -> Path:
    return need(DATA / "news" / "ant_dev.jsonl")


def one_line_error(result, code):
    """The CLI failed with one line ``rasd: error CODE: ...`` and no traceback; that line."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    err = result.stderr.strip().splitlines()
    assert err and err[-1].startswith(f"rasd: error {code}:"), result.stderr
    return err[-1]
