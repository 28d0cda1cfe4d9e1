"""SIGKILL during ingest: the store stays whole and a rerun completes (3 kills here;
bench/killtest.py does 20)."""

from itertools import islice

from rasd.corpus.killtest import run

from .conftest import DATA, need


def test_ingest_killed_three_times_keeps_a_whole_store_and_completes(tmp_path):
    news = need(DATA / "news" / "ant_dev.jsonl")
    corpus = tmp_path / "c.jsonl"
    with news.open(encoding="utf-8") as src:
        corpus.write_text("".join(islice(src, 60)), encoding="utf-8")
    rep = run(corpus, tmp_path / "s.db", kills=3, seed=1, min_s=2.0, max_s=4.0, log=lambda *_: None)
    assert rep.problems == []
    assert rep.final_documents == rep.expected_documents > 50
