"""Session 13, learned roles: what `rasd train events` learns from."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import run


def test_training_roles_by_default_reads_every_training_article_and_no_held_out_one(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    import rasd.events.train as train_mod

    seen: list[str] = []
    monkeypatch.setattr(train_mod, "train", lambda files, news, out, folds: seen.extend(Path(f).name for f in files))
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "ant_dev.jsonl").write_text("", encoding="utf-8")
    r = run(["train", "events", "--data", str(tmp_path), "--out", str(tmp_path / "roles.json")])
    assert r.exit_code == 0, r.stderr
    # the 463 articles of session 13: parts 1, 4-6, 10, 11, 13 and the old validation parts 8, 14,
    # and the parts 21-26 coded at the end of session 11
    assert set(seen) == set(train_mod.DEFAULT_GOLD) | set(train_mod.LATER_GOLD)
    assert any("part8" in f for f in seen) and any("part26" in f for f in seen)
    assert not any("heldout" in f or "events20" in f or "part2." in f or "part16" in f or "part28" in f for f in seen)
