"""The corpus store: migrations, idempotent atomic writes, round trips, queries, exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import networkx as nx
import pytest

from rasd.errors import RasdError
from rasd.store import MIGRATIONS, Store, content_hash
from rasd.store.export import bounds, to_plover, write_csv, write_graphml, write_json

from ._corpus import egypt_libya, entity, event, record, span, turkey_usa
from ._pg import pg_url, reset  # noqa: F401  (pg_url is a fixture)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    """The same tests on SQLite (in memory) and on a real PostgreSQL server."""
    if request.param == "sqlite":
        s = Store.open(":memory:")
    else:
        url = request.getfixturevalue("pg_url")
        reset(url)
        s = Store.open(url)
    yield s
    s.close()


@pytest.fixture
def full(store):
    store.add(turkey_usa())
    store.add(egypt_libya())
    return store


# -- opening and migrations -----------------------------------------------------------------
def test_new_file_store_is_wal_with_foreign_keys_and_all_migrations(tmp_path):
    with Store.open(tmp_path / "s.db") as s:
        assert s.migrations == [name for name, _ in MIGRATIONS]
        assert s.db.one("PRAGMA journal_mode")[0] == "wal"
        assert s.db.one("PRAGMA foreign_keys")[0] == 1


def test_opening_an_old_store_applies_the_missing_migrations_in_order(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path, migrations=MIGRATIONS[:1]) as s:
        assert s.migrations == ["0001_initial"]
        s.add(turkey_usa())
        indexes = {r[0] for r in s.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "events_type_day" not in indexes
    with Store.open(path) as s:
        assert s.migrations == ["0001_initial", "0002_query_indexes", "0003_corpus_events"]
        indexes = {r[0] for r in s.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_type_day", "event_actors_entity", "documents_outlet"} <= indexes
        assert s.counts()["events"] == 2  # the data survived


def test_a_store_from_a_newer_rasd_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO migrations VALUES ('0099_future', 99, 'now')")
    con.commit()
    con.close()
    with pytest.raises(RasdError) as e:
        Store.open(path)
    assert e.value.code == "E503" and "0099_future" in e.value.message


@pytest.mark.parametrize("make, code", [
    (lambda p: p.write_text("قال الرئيس", encoding="utf-8"), "E502"),        # a text file
    (lambda p: _other_sqlite(p), "E502"),                                      # someone else's database
    (lambda p: p.mkdir(), "E501"),                                             # a folder
])
def test_files_that_are_not_stores_give_one_line_errors(tmp_path, make, code):
    path = tmp_path / "x.db"
    make(path)
    with pytest.raises(RasdError) as e:
        Store.open(path)
    assert e.value.code == code
    assert str(path) in e.value.message


def _other_sqlite(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE stuff (a)")
    con.commit()
    con.close()


def test_missing_store_and_missing_folder(tmp_path):
    with pytest.raises(RasdError) as e:
        Store.open(tmp_path / "none.db", create=False)
    assert e.value.code == "E504"
    with pytest.raises(RasdError) as e:
        Store.open(tmp_path / "no" / "such" / "s.db")
    assert e.value.code == "E501"


# -- writing --------------------------------------------------------------------------------
def test_add_is_idempotent_by_content_hash(store):
    rec = turkey_usa()
    assert store.add(rec) is True
    before = store.counts()
    assert store.add(rec) is False
    assert store.add({**rec, "id": "another-id"}) is False  # same text, other id: same article
    assert store.counts() == before
    assert before["documents"] == 1 and before["entities"] == 4 and before["events"] == 2
    assert store.has(content_hash(rec["text"]))


def test_round_trip_gives_back_the_analyze_record(store):
    for rec in (turkey_usa(), egypt_libya()):
        store.add(rec)
        assert store.record(content_hash(rec["text"])) == rec
        assert store.record(rec["id"]) == rec
    assert [r["id"] for r in store.records()] == ["tr-1", "eg-1"]


def test_an_article_is_written_whole_or_not_at_all(store, monkeypatch):
    def boom(self, *a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert_events", boom)
    with pytest.raises(RuntimeError):
        store.add(turkey_usa())
    assert all(n == 0 for n in store.counts().values())  # no document, entity, mention or actor left
    monkeypatch.undo()
    assert store.add(turkey_usa()) is True


def test_replace_rewrites_an_article(store):
    rec = turkey_usa()
    store.add(rec)
    changed = {**rec, "events": rec["events"][:1]}
    assert store.add(changed, replace=True) is True
    assert store.counts()["events"] == 1 and store.counts()["documents"] == 1


def test_actors_are_shared_across_documents(full):
    tur = full.actors(name="TUR")
    assert len(tur) == 1 and tur[0]["documents"] == 2 and tur[0]["mentions"] == 2
    group = full.actors(name="LBY/GOV")  # an unlinked group is keyed by country/sector
    assert group and group[0]["events"] == 1


# -- queries --------------------------------------------------------------------------------
def refs(events):
    return sorted(e["ref"] for e in events)


def test_event_filters(full):
    assert len(full.events()) == 4
    assert refs(full.events(actor="USA")) == ["tr-1#v1", "tr-1#v2"]
    assert refs(full.events(actor="United States")) == ["tr-1#v1", "tr-1#v2"]     # English name
    assert refs(full.events(actor="مولود جاويش أوغلو")) == ["tr-1#v2"]              # Arabic name
    assert refs(full.events(actor="TUR", role="recipient")) == ["eg-1#v2"]
    assert refs(full.events(actor="TUR", role="actor")) == ["tr-1#v1"]
    assert refs(full.events(country="LBY")) == ["eg-1#v1", "eg-1#v2"]
    assert refs(full.events(country="tur")) == ["eg-1#v2", "tr-1#v1", "tr-1#v2"]
    assert refs(full.events(type="accuse,agree")) == ["eg-1#v1", "tr-1#v2"]
    assert refs(full.events(modality="denied")) == ["eg-1#v2"]
    assert refs(full.events(modality=["intended", "denied"])) == ["eg-1#v2", "tr-1#v1"]
    assert refs(full.events(outlet="saudinews")) == ["eg-1#v1", "eg-1#v2"]
    # the event's own date where known (eg-1#v1: 2018-06-05), else the article's
    assert refs(full.events(start="2018-06-01", end="2018-06-06")) == ["eg-1#v1"]
    assert refs(full.events(start="2018-06-06")) == ["eg-1#v2"]
    assert refs(full.events(end="2018-05-31")) == ["tr-1#v1", "tr-1#v2"]
    assert refs(full.events(country="EGY", type="AGREE", modality="asserted", start="2018-06-01",
                            outlet="saudinews")) == ["eg-1#v1"]
    assert full.events(limit=1)[0]["ref"] == "tr-1#v1"  # ordered by day
    assert refs(full.events(country="LBY", min_confidence=0.5)) == ["eg-1#v1"]  # eg-1#v2: confidence 0.3
    assert refs(full.events(country="LBY", min_confidence=0.3)) == ["eg-1#v1", "eg-1#v2"]


def test_filter_values_are_bound_not_spliced(full):
    assert full.events(actor="x' OR '1'='1") == []
    assert full.events(outlet="alarabia') OR ('1'='1") == []
    assert full.actors(country="TUR' OR 1=1 --") == []
    assert full.counts()["events"] == 4


def test_event_details_and_evidence_text(full):
    rec = turkey_usa()
    ev = full.evidence("tr-1#v1")
    assert ev["type"] == "THREATEN" and ev["modality"] == "intended" and ev["cameo_root"] == "13"
    assert [a["kb_id"] for a in ev["actors"]] == ["TUR"] and [a["kb_id"] for a in ev["recipients"]] == ["USA"]
    sp = ev["evidence"][0]
    assert sp["text"] == rec["text"][sp["start"]:sp["end"]] == "سترد على أي عقوبات أمريكية"
    assert ev["attribution"]["text"] == "وزير الخارجية التركي" and ev["attribution"]["entity"] == "مولود جاويش أوغلو"
    assert full.evidence(ev["id"])["ref"] == "tr-1#v1"  # by store id too
    assert full.evidence("tr-1#v2")["place"] == "سوريا"
    with pytest.raises(RasdError) as e:
        full.evidence("tr-1#v9")
    assert e.value.code == "E508"


def test_actor_queries_by_country_and_sector(full):
    tur = full.actors(country="TUR")
    assert {a["key"] for a in tur} == {"TUR", "cavusoglu"}
    gov = full.actors(sector="GOV")
    assert {a["key"] for a in gov} == {"cavusoglu", "LBY/GOV"}
    assert [a["key"] for a in full.actors(country="TUR", sector="GOV")] == ["cavusoglu"]
    assert full.actors(type="ORG")[0]["key"] == "LBY/GOV"


# -- exports --------------------------------------------------------------------------------
def test_plover_json_field_names(full):
    rec = to_plover(full.evidence("eg-1#v1"))
    for key in ("id", "date", "source", "recipient", "event", "mode", "event_text", "quad_code", "event_scale",
                "cite_info", "event_loc"):
        assert key in rec
    assert rec["event"] == ["AGREE"] and rec["quad_code"] == 1 and rec["date"] == "2018-06-05"
    assert [a["code"] for a in rec["source"]] == ["EGY", "LBY"] and rec["recipient"] == []
    assert rec["source"][0]["identifier_id"] == "Q79" and rec["event_loc"] == {"name": "القاهرة"}
    assert rec["event_text"] == ["وقعت مصر وليبيا اتفاقا"]
    buf = io.StringIO()
    assert write_json(full.events(), buf) == 4
    assert [json.loads(line)["id"] for line in buf.getvalue().splitlines()][0] == "tr-1#v1"
    buf = io.StringIO()
    write_json(full.events(), buf, lines=False)
    assert len(json.loads(buf.getvalue())) == 4


def test_csv_has_one_row_per_event_with_familiar_columns(full):
    buf = io.StringIO()
    assert write_csv(full.events(), buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 4
    row = next(r for r in rows if r["event_id"] == "eg-1#v1")
    assert row["event_date"] == "2018-06-05" and row["year"] == "2018" and row["event_type"] == "AGREE"
    assert row["actor1"] == "Egypt" and row["assoc_actor_1"] == "Libya" and row["actor2"] == ""
    assert row["source"] == "saudinews" and row["location"] == "القاهرة" and row["notes"] == "وقعت مصر وليبيا اتفاقا"


def test_graphml_actor_network(full, tmp_path):
    out = tmp_path / "g.graphml"
    n, m = write_graphml(full.network_records(), str(out), modalities=("asserted", "intended", "denied"))
    g = nx.read_graphml(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n, m)
    assert g.has_edge("TUR", "USA") and g.has_edge("cavusoglu", "USA") and g.has_edge("LBY/GOV", "TUR")


@pytest.mark.parametrize("date, fallback, expected", [
    ("2019-12-03", None, ("2019-12-03", None)),
    ("2019-08/2019-09", None, ("2019-08-01", "2019-09-30")),
    ("2019-02", None, ("2019-02-01", "2019-02-28")),
    ("2014/..", "2019-12-05", ("2014-01-01", None)),
    (None, "2019-12-05", ("2019-12-05", None)),
])
def test_date_bounds(date, fallback, expected):
    assert bounds(date, fallback) == expected


# -- real analysis output -----------------------------------------------------------------
def test_analysed_arabic_sentences_round_trip(store):
    from rasd.api import analyze, to_dict

    texts = ["أعلنت وزارة الخارجية التركية أن الوزير سيزور ليبيا الأسبوع المقبل.",
             "اتهمت إيران الولايات المتحدة بفرض عقوبات جديدة على طهران، وقالت مصادر مصرية إن القاهرة ترفض ذلك."]
    for i, t in enumerate(texts):
        rec = to_dict(analyze(t, id=f"s{i}", date="2019-12-05"))
        assert store.add(rec)
        assert store.record(f"s{i}") == json.loads(json.dumps(rec))
        stored = store.counts()
    assert stored["documents"] == 2


# -- across documents -----------------------------------------------------------------------
def threat(doc_id, day, outlet, recipient=("الولايات المتحدة", "USA", "United States"), twice=False):
    t = f"هددت تركيا {recipient[0]} بالرد على العقوبات، وقالت أنقرة إنها سترد. (تقرير {doc_id})"
    ents = [entity(t, "e1", "تركيا", "LOC", "TUR", "TUR", None, "Turkey", kind="state"),
            entity(t, "e2", recipient[0], "LOC", recipient[1], recipient[1], None, recipient[2], kind="state")]
    evs = [event("v1", "THREATEN", ["e1"], ["e2"], [span(t, "هددت تركيا")], cameo_root="13", intensity=-6.0)]
    if twice:  # a second event of the same kind in the same article stays apart
        evs.append(event("v2", "THREATEN", ["e1"], ["e2"], [span(t, "سترد")], cameo_root="13", intensity=-6.0))
    return record(doc_id, t, day, outlet, ents, evs)


def test_one_event_reported_by_several_documents_becomes_one_corpus_event(store):
    store.add(threat("a", "2018-05-06", "alarabia", twice=True))
    store.add(threat("b", "2018-05-08", "bbc"))                      # same event, 2 days later, other outlet
    store.add(threat("c", "2018-05-30", "alarabia"))                 # weeks later: another event
    store.add(threat("d", "2018-05-07", "bbc", ("روسيا", "RUS", "Russia")))  # another recipient
    stats = store.merge_events(window=3)
    assert (stats.events, stats.corpus_events, stats.merged, stats.events_in_merged, stats.multi_outlet) == \
        (5, 4, 1, 2, 1)
    merged = store.corpus_events(min_documents=2)
    assert len(merged) == 1
    m = merged[0]
    assert (m["type"], m["first_day"], m["last_day"], m["documents"], m["outlets"]) == \
        ("THREATEN", "2018-05-06", "2018-05-08", 2, 2)
    assert m["actors"] == ["TUR"] and m["recipients"] == ["USA"]
    assert [x["ref"] for x in m["sources"]] == ["a#v1", "b#v1"]
    ev = {e["ref"]: e["corpus_event"] for e in store.events()}
    assert ev["a#v1"] == ev["b#v1"] == m["id"]
    assert len({ev["a#v2"], ev["c#v1"], ev["d#v1"], m["id"]}) == 4
    assert store.merge_events(window=3).corpus_events == 4                 # recomputed, same result
    assert store.merge_events(window=30, max_span=30).merged == 1          # c joins a and b ...
    assert store.corpus_events(min_documents=3)[0]["documents"] == 3
    assert store.merge_events(window=30, max_span=7).merged == 1           # ... but not beyond max_span
    assert store.corpus_events(min_documents=3) == []
