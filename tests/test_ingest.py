"""Corpus ingest: idempotent, resumable, parallel (processes and Dask), failures counted; the CLI."""

from __future__ import annotations

import csv
import json
import sys
from itertools import islice

import pytest
from click.testing import CliRunner

import rasd.corpus.ingest as ing
from rasd.cli import main
from rasd.corpus.ingest import analyze_one, ingest
from rasd.io.readers import Record
from rasd.store import Store

from ._pg import pg_url, reset  # noqa: F401  (pg_url is a fixture)
from .conftest import one_line_error

N_NEWS = 20
SHORT = ["قال وزير الخارجية التركي إن أنقرة سترد على أي عقوبات أمريكية.",
         "وقعت مصر وليبيا اتفاقا للتعاون الأمني في القاهرة يوم الثلاثاء.",
         "نفت الحكومة العراقية أنها طلبت مساعدة عسكرية من إيران."]


@pytest.fixture
def corpus(tmp_path, news_path):
    """The first 20 articles of ant_dev.jsonl, one repeated, one without Arabic, one bad line."""
    with news_path.open("rb") as fh:
        lines = [line.rstrip(b"\n") for line in islice(fh, N_NEWS)]
    path = tmp_path / "news.jsonl"
    extra = [lines[3], json.dumps({"id": "english", "text": "no Arabic in here"}).encode(), b"{broken json"]
    path.write_bytes(b"\n".join(lines + extra) + b"\n")
    return path


@pytest.fixture
def small(tmp_path):
    """A folder of short Arabic articles: JSONL, an HTML page and a text file (no ../shared needed)."""
    d = tmp_path / "small"
    d.mkdir()
    (d / "a.jsonl").write_text("\n".join(json.dumps({"id": f"s{i}", "text": t, "date": "2019-12-0%d" % (i + 1),
                                                     "source": "test"}, ensure_ascii=False)
                                         for i, t in enumerate(SHORT[:2])) + "\n", encoding="utf-8")
    (d / "b.html").write_text(f"<html><body><nav>الرئيسية</nav><p>{SHORT[2]}</p></body></html>", encoding="utf-8")
    (d / "c.txt").write_text("اتهمت إيران الولايات المتحدة بفرض عقوبات جديدة على طهران.", encoding="utf-8")
    return d


def content(db) -> list[dict]:
    with Store.open(db, create=False) as s:
        return [s.record(h) for h in s.hashes()]


def test_analyze_one_is_a_plain_function_giving_the_analyze_record():
    rec = analyze_one(Record(text=SHORT[0], id="x", date="2019-12-05"))
    assert rec["id"] == "x" and rec["text"] == SHORT[0] and rec["sentences"]
    assert analyze_one.__module__ == "rasd.corpus.ingest" and "." not in analyze_one.__qualname__


def test_folder_of_jsonl_html_and_text(small, tmp_path):
    r = ingest([small], tmp_path / "s.db", progress=False)
    assert (r.read, r.added, r.skipped, r.failed) == (4, 4, 0, 0)
    assert r.words > 0
    with Store.open(tmp_path / "s.db") as s:
        assert s.counts()["documents"] == 4
        html = s.record("b")
        assert "الرئيسية" not in html["text"] and SHORT[2] in html["text"]


def test_ingest_twice_adds_nothing_and_counts_failures(corpus, tmp_path):
    db = tmp_path / "s.db"
    seen = []
    r1 = ingest([corpus], db, progress=False, on_failure=lambda origin, reason: seen.append(reason))
    assert r1.read == N_NEWS + 3
    assert r1.added == N_NEWS and r1.skipped == 1 and r1.failed == 2  # the repeat; no Arabic; broken JSON
    assert [reason[:4] for reason in seen] == ["E104", "E110"]
    assert [origin.rsplit(":", 1)[-1].strip() for origin, _ in r1.failures] == ["line 22", "line 23"]
    with Store.open(db) as s:
        first = s.counts()
    r2 = ingest([corpus], db, progress=False)
    assert (r2.added, r2.skipped, r2.failed) == (0, N_NEWS + 1, 2)
    with Store.open(db) as s:
        assert s.counts() == first
        assert first["documents"] == N_NEWS


def test_a_failing_analysis_is_counted_and_the_run_goes_on(small, tmp_path, monkeypatch):
    real = ing.analyze_one

    def flaky(record, *a, **k):
        if record.id == "s1":
            raise ZeroDivisionError("a bug in a stage")
        return real(record, *a, **k)

    monkeypatch.setattr(ing, "analyze_one", flaky)
    r = ingest([small], tmp_path / "s.db", progress=False)
    assert (r.added, r.failed) == (3, 1)
    assert r.failures[0][1].startswith("E510: ")
    assert "ZeroDivisionError: a bug in a stage" in r.failures[0][1]
    monkeypatch.undo()
    r = ingest([small], tmp_path / "s.db", progress=False)  # fixed: only the failed one is analysed
    assert (r.added, r.skipped) == (1, 3)


def test_an_interrupted_run_resumes(corpus, tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    real_add, calls = Store.add, []

    def add_then_die(self, record, **k):
        if len(calls) == 5:
            raise KeyboardInterrupt  # killed in the middle of the run
        calls.append(record["id"])
        return real_add(self, record, **k)

    monkeypatch.setattr(Store, "add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], db, progress=False)
    monkeypatch.undo()
    with Store.open(db) as s:
        assert s.counts()["documents"] == 5
    r = ingest([corpus], db, progress=False)
    assert (r.added, r.skipped) == (N_NEWS - 5, 5 + 1)
    clean = tmp_path / "clean.db"
    ingest([corpus], clean, progress=False)
    assert content(db) == content(clean)


def test_two_worker_processes_write_the_same_store(corpus, tmp_path):
    ingest([corpus], tmp_path / "one.db", progress=False, workers=1)
    r = ingest([corpus], tmp_path / "two.db", progress=False, workers=2)
    assert r.added == N_NEWS and r.failed == 2
    assert content(tmp_path / "one.db") == content(tmp_path / "two.db")


def test_dask_cluster_with_two_workers_writes_the_same_store(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed",
                                      reason="dask.distributed is not installed (pip install 'rasd[dask]')")
    ingest([corpus], tmp_path / "local.db", progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster:
        r = ingest([corpus], tmp_path / "dask.db", engine="dask", scheduler=cluster.scheduler_address,
                   progress=False)
    assert (r.added, r.failed) == (N_NEWS, 2)
    assert content(tmp_path / "local.db") == content(tmp_path / "dask.db")


def test_cli_dask_engine_starts_a_local_cluster(small, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed (pip install 'rasd[dask]')")
    ingest([small], tmp_path / "local.db", progress=False)
    r = run(["ingest", small, "--db", tmp_path / "dask.db", "--engine", "dask", "--workers", "2", "-q"])
    assert r.exit_code == 0, r.stderr
    assert content(tmp_path / "local.db") == content(tmp_path / "dask.db")


def test_postgres_store_gets_the_same_content(corpus, tmp_path, pg_url):
    reset(pg_url)
    ingest([corpus], tmp_path / "s.db", progress=False)
    r = ingest([corpus], pg_url, progress=False, workers=2)
    assert (r.added, r.failed) == (N_NEWS, 2)
    assert ingest([corpus], pg_url, progress=False).added == 0
    assert content(pg_url) == content(tmp_path / "s.db")
    with Store.open(pg_url) as pg, Store.open(tmp_path / "s.db") as lite:
        assert pg.counts() == lite.counts()
        some = "ACCUSE,REJECT"
        assert [e["ref"] for e in pg.events(type=some)] == [e["ref"] for e in lite.events(type=some)]


def test_unreachable_scheduler_is_a_one_line_error(small, tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    from rasd.errors import RasdError

    monkeypatch.setattr(ing, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(RasdError) as e:
        ingest([small], tmp_path / "s.db", engine="dask", scheduler="tcp://127.0.0.1:9", progress=False)
    assert e.value.code == "E507"


def test_progress_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    bar = ing._bar(True, 10)
    assert bar is not None and bar.total == 10 and "art" in bar.unit
    bar.close()
    assert ing._bar(False, 10) is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert ing._bar(True, 10) is None


# -- the command line -----------------------------------------------------------------------
def run(args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_ingest_query_export(small, tmp_path):
    db = tmp_path / "s.db"
    r = run(["ingest", small, "--db", db, "--quiet"])
    assert r.exit_code == 0, r.stderr
    assert "4 added" in r.stderr
    r = run(["ingest", small, "--db", db, "-q"])
    assert r.exit_code == 0 and "0 added, 4 already stored" in r.stderr
    # events and actors from the analysis (whatever the current stages find), as JSON lines
    r = run(["query", "events", "--db", db, "--json"])
    assert r.exit_code == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    r = run(["query", "actors", "--db", db, "--json"])
    assert r.exit_code == 0, r.stderr
    for fmt, name in (("json", "e.jsonl"), ("csv", "e.csv"), ("graphml", "g.graphml")):
        r = run(["export", "--db", db, "--format", fmt, "--out", tmp_path / name])
        assert r.exit_code == 0, r.stderr
    assert len(list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))) == len(events)


def test_cli_queries_with_filters_on_synthetic_events(tmp_path):
    from ._corpus import egypt_libya, turkey_usa

    db = tmp_path / "s.db"
    with Store.open(db) as s:
        s.add(turkey_usa())
        s.add(egypt_libya())
    r = run(["query", "events", "--db", db, "--country", "TUR", "--modality", "intended,denied"])
    assert r.exit_code == 0, r.stderr
    assert [line.split("\t")[-1] for line in r.stdout.splitlines()] == ["tr-1#v1", "eg-1#v2"]
    r = run(["query", "events", "--db", db, "--actor", "Egypt", "--from", "2018-06-01", "--to", "2018-06-30", "--json"])
    assert [json.loads(x)["ref"] for x in r.stdout.splitlines()] == ["eg-1#v1"]
    r = run(["query", "events", "--db", db, "--country", "TUR", "--modality", "intended,denied", "--min-confidence", "0.5"])
    assert [line.split("\t")[-1] for line in r.stdout.splitlines()] == ["tr-1#v1"]  # eg-1#v2 is at 0.3
    r = run(["query", "actors", "--db", db, "--country", "TUR", "--sector", "GOV"])
    assert r.stdout.split("\t")[0] == "cavusoglu"
    r = run(["query", "evidence", "--db", db, "--event", "tr-1#v1"])
    assert "«سترد على أي عقوبات أمريكية»" in r.stdout and "according to «وزير الخارجية التركي»" in r.stdout
    r = run(["export", "--db", db, "--format", "json", "--out", tmp_path / "e.json", "--type", "AGREE"])
    assert [e["event"] for e in json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))] == [["AGREE"]]
    r = run(["export", "--db", db, "--format", "csv", "--out", "-", "--outlet", "alarabia"])
    assert len(r.stdout.strip().splitlines()) == 3  # header + 2 events
    r = run(["network", "--db", db, "--modality", "asserted,intended", "--out", tmp_path / "n.graphml"])
    assert r.exit_code == 0, r.stderr
    assert "actors" in r.stderr and (tmp_path / "n.graphml").exists()


@pytest.mark.parametrize("setup, args, code", [
    (lambda p: p.write_text("not a database, just text\n"), ["query", "events"], "E502"),
    (lambda p: None, ["query", "events"], "E504"),
    (lambda p: p.mkdir(), ["export", "--format", "csv", "--out", "x.csv"], "E501"),
    (lambda p: None, ["ingest", "nowhere.jsonl"], "E107"),
])
def test_cli_errors_are_one_line(tmp_path, setup, args, code):
    db = tmp_path / "s.db"
    setup(db)
    one_line_error(run([*args, "--db", db]), code)


def test_cli_bad_values(tmp_path, small):
    one_line_error(run(["ingest", small, "--db", tmp_path / "no" / "s.db"]), "E501")
    db = tmp_path / "s.db"
    Store.open(db).close()
    one_line_error(run(["query", "events", "--db", db, "--from", "2018-13-01"]), "E513")
    one_line_error(run(["query", "evidence", "--db", db, "--event", "doc#v1"]), "E508")
    one_line_error(run(["export", "--db", db, "--format", "csv", "--out", tmp_path / "no" / "e.csv"]), "E509")


def test_cli_ingest_reports_failures_and_exits_1(corpus, tmp_path):
    r = run(["ingest", corpus, "--db", tmp_path / "s.db", "-q", "--workers", "2"])
    assert r.exit_code == 1
    err = r.stderr.strip().splitlines()
    assert err[0].startswith("rasd: error E104:") and err[1].startswith("rasd: error E110:")
    assert f"{N_NEWS} added" in err[2]
    assert err[-1].startswith("rasd: error E506: 2 of 23 articles failed")
