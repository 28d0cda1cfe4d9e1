"""The web application through FastAPI's TestClient: the JSON API on a small store of
analysed Arabic articles, the pages, escaping of article text, and the request limits."""

from __future__ import annotations

import re
import time

import pytest

pytest.importorskip("fastapi", reason="the web tests need the 'web' extra: pip install 'rasd[web]'")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx")

import click  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from rasd.web import app as webapp  # noqa: E402
from rasd.web import create_app  # noqa: E402
from rasd.web.cli import register  # noqa: E402

from ._web import HOSTILE, build_store  # noqa: E402

PAGES = ["/", "/article", "/article?doc=seed", "/corpus", "/corpus?actor=haftar", "/network", "/actors",
         "/actor/haftar", "/docs"]


@pytest.fixture(scope="module")
def db(tmp_path_factory, seed_text):
    return build_store(tmp_path_factory.mktemp("web") / "web.db", seed_text)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


# -- POST /api/analyze ------------------------------------------------------------------------
def test_analyze_returns_the_output_record_with_offsets_into_the_text(client, seed_text):
    r = client.post("/api/analyze", json={"text": seed_text, "date": "2019-12-05", "id": "s"})
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["text"] == seed_text and rec["date"] == "2019-12-05" and rec["id"] == "s"
    assert {"entities", "events", "removed", "paragraphs", "sentences"} <= set(rec)
    haftar = next(e for e in rec["entities"] if e["kb_id"] == "haftar")
    assert any("خليفة حفتر" in seed_text[m["start"]:m["end"]] for m in haftar["mentions"])
    assert rec["events"]
    for ev in rec["events"]:
        for sp in ev["evidence"]:
            assert 0 <= sp["start"] < sp["end"] <= len(seed_text)
        if ev["attribution"]:
            a = ev["attribution"]
            assert seed_text[a["start"]:a["end"]] == a["text"]


def test_analyze_html_input_extracts_the_article(client):
    page = "<html><body><article><p>هاجمت قوات حفتر العاصمة طرابلس.</p></article></body></html>"
    r = client.post("/api/analyze", json={"text": page, "format": "html"})
    assert r.status_code == 200, r.text
    assert "<p>" not in r.json()["text"] and "طرابلس" in r.json()["text"]


@pytest.mark.parametrize("body, status, code", [
    ({"text": "no Arabic here at all"}, 400, "E104"),
    ({"text": "   "}, 400, "E101"),
    ({"text": "قال الرئيس", "date": "05/12/2019"}, 422, "E422"),
    ({"text": "قال الرئيس", "date": "2019-02-30"}, 400, "E604"),
    ({"text": "قال الرئيس", "format": "pdf"}, 422, "E422"),
    ({"date": "2019-12-05"}, 422, "E422"),
])
def test_analyze_bad_input_gives_a_json_error(client, body, status, code):
    r = client.post("/api/analyze", json=body)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"]


def test_request_body_over_the_limit_gets_413_json(db):
    with TestClient(create_app(db, max_mb=0.01)) as c:           # 10 kB
        big = "قال الرئيس " * 2000                                 # ~40 kB of UTF-8
        r = c.post("/api/analyze", json={"text": big})
        assert r.status_code == 413
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["error"]["code"] == "E601"

        def chunks():                                             # no Content-Length: counted while read
            yield b'{"text": "'
            for _ in range(50):
                yield ("قال الرئيس " * 100).encode()
            yield b'"}'
        r = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E601"
        r = c.post("/article", content=b"text=" + b"a" * 20_000,
                   headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413
        assert c.post("/api/analyze", json={"text": "قال الرئيس"}).status_code == 200  # under the limit


def test_analysis_over_the_timeout_gets_504(db, monkeypatch):
    def slow(*args, **kw):
        time.sleep(1.0)
        return {}

    monkeypatch.setattr(webapp, "_analyse", slow)
    with TestClient(create_app(db, timeout=0.2)) as c:
        t0 = time.perf_counter()
        r = c.post("/api/analyze", json={"text": "قال الرئيس"})
        assert r.status_code == 504 and r.json()["error"]["code"] == "E602"
        assert time.perf_counter() - t0 < 0.9


# -- the corpus ---------------------------------------------------------------------------------
def test_events_filters(client):
    every = client.get("/api/events").json()
    assert every["count"] > 5 and not every["truncated"]
    by_actor = client.get("/api/events", params={"actor": "haftar"}).json()["events"]
    assert by_actor and all(any(p["kb_id"] == "haftar" for p in e["actors"] + e["recipients"]) for e in by_actor)
    assert client.get("/api/events", params={"actor": "خليفة حفتر"}).json()["count"] == len(by_actor)
    by_country = client.get("/api/events", params={"country": "tur"}).json()["events"]
    assert by_country and all(any(p["country"] == "TUR" for p in e["actors"] + e["recipients"]) for e in by_country)
    typ = every["events"][0]["type"]
    assert all(e["type"] == typ for e in client.get("/api/events", params={"type": typ}).json()["events"])
    assert all(e["modality"] == "asserted"
               for e in client.get("/api/events", params={"modality": "asserted"}).json()["events"])
    window = client.get("/api/events", params={"from": "2019-10", "to": "2019-11"}).json()["events"]
    assert window and all("2019-10-01" <= e["day"] <= "2019-11-30" for e in window)
    seed = client.get("/api/events", params={"outlet": "alaraby"}).json()["events"]
    assert seed and {e["outlet"] for e in seed} == {"alaraby"}
    limited = client.get("/api/events", params={"limit": 2}).json()
    assert limited["count"] == 2 and limited["truncated"]
    sure = client.get("/api/events", params={"min_confidence": 0.5}).json()["events"]
    assert 0 < len(sure) < every["count"] and all(e["confidence"] >= 0.5 for e in sure)
    page = client.get("/corpus", params={"min_confidence": 0.5}).text
    assert page.count("<tr>") == len(sure) + 1 and 'name="min_confidence" value="0.5"' in page


@pytest.mark.parametrize("params", [{"country": "TURK"}, {"from": "12/05/2019"}, {"limit": 0},
                                    {"limit": 100000}, {"role": "boss"}, {"actor": "x" * 500}])
def test_events_parameters_are_bounded(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422 and r.json()["error"]["code"] == "E422"


@pytest.mark.parametrize("value", ["2", "high", "-0.1"])
def test_a_confidence_outside_0_to_1_is_refused_with_its_own_message(client, value):
    r = client.get("/api/events", params={"min_confidence": value})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E607", r.text
    # the page's form sends an empty field when none is given: that is no filter
    assert client.get("/corpus", params={"min_confidence": ""}).status_code == 200


def test_events_parameters_are_bound_not_spliced(client):
    for value in ("x' OR '1'='1", "haftar'; DROP TABLE events; --"):
        r = client.get("/api/events", params={"actor": value, "outlet": value})
        assert r.status_code == 200 and r.json()["count"] == 0
    assert client.get("/api/events").json()["count"] > 5


def test_evidence_of_one_event(client, seed_text):
    ev = client.get("/api/events", params={"outlet": "alaraby"}).json()["events"][0]
    for ref in (str(ev["id"]), ev["ref"]):
        r = client.get(f"/api/events/{ref.replace('#', '%23')}/evidence")
        assert r.status_code == 200, r.text
        got = r.json()
        assert got["ref"] == ev["ref"]
        for sp in got["evidence"]:
            assert sp["text"] == seed_text[sp["start"]:sp["end"]]
    r = client.get("/api/events/nosuch%23v1/evidence")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E508"


def test_stored_document(client, seed_text):
    assert client.get("/api/documents/seed").json()["text"] == seed_text
    assert client.get("/api/documents/none").json()["error"]["code"] == "E605"


# -- actors and the network -------------------------------------------------------------------------
def test_actor_profile(client):
    r = client.get("/api/actors/haftar")
    assert r.status_code == 200, r.text
    p = r.json()
    assert p["actor"]["key"] == "haftar" and p["actor"]["name_en"]
    assert "خليفة حفتر" in p["aliases"] or "حفتر" in p["aliases"]
    assert p["timeline"] and p["months"]
    assert all(x["weight"] > 0 for x in p["allies"]) and all(x["weight"] < 0 for x in p["adversaries"])
    assert p["allies"] or p["adversaries"]
    assert client.get("/api/actors/nobody").json()["error"]["code"] == "E603"
    listed = client.get("/api/actors", params={"country": "LBY"}).json()
    assert listed and all(a["country"] == "LBY" for a in listed)


def test_network_with_alliances_and_windows(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"haftar", "TUR"} <= ids and net["edges"]
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert net["alliances"] and sum(len(g) for g in net["alliances"]) <= len(ids)
    months = client.get("/api/network/months").json()
    assert [m["month"] for m in months] == sorted(m["month"] for m in months) and len(months) >= 3
    one = client.get("/api/network", params={"from": "2019-10", "to": "2019-10"}).json()
    assert one["from"] == "2019-10-01" and one["to"] == "2019-10-31"
    assert 0 < one["total_edges"] < net["total_edges"]
    small = client.get("/api/network", params={"limit": 3}).json()
    assert len(small["nodes"]) == 3
    e = net["edges"][0]
    r = client.get("/api/network/edge", params={"source": e["source"], "target": e["target"]})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["count"] == e["events"] and got["events"] and all(ev["evidence"] for ev in got["events"])
    missing = client.get("/api/network/edge", params={"source": "haftar", "target": "nobody"})
    assert missing.status_code == 404


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/events", "/api/events/{event}/evidence", "/api/actors/{key}",
                 "/api/network", "/api/network/edge"):
        assert path in spec["paths"], path
    assert "AnalyzeIn" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 200


# -- pages and escaping ------------------------------------------------------------------------------
@pytest.mark.parametrize("url", PAGES)
def test_pages_render_and_load_nothing_from_elsewhere(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    for ref in re.findall(r'(?:src|href)="([^"]*)"', r.text):
        assert not re.match(r"^(?:[a-z]+:)?//", ref), f"{url} refers to {ref}"
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
        assert client.get(asset).status_code == 200


def test_article_page_is_right_to_left_with_entities_and_events(client):
    html = client.get("/article?doc=seed&event=v1").text
    assert re.search(r'<article id="article" class="article" dir="rtl" lang="ar">', html)
    assert 'class="seg ent ent-PER"' in html and "خليفة حفتر" in html
    assert html.count('class="event"') >= 3 and 'data-selected="v1"' in html


HOSTILE_BITS = ["<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">', "<b>bold</b>",
                '<svg onload="window.__pwned=1">']


def _assert_escaped(html: str) -> None:
    for bit in HOSTILE_BITS:
        assert bit not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html or \
           "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in html


def test_script_and_img_onerror_in_article_text_come_back_escaped(client):
    _assert_escaped(client.get("/article?doc=hostile").text)                       # a stored article
    r = client.post("/article", data={"text": HOSTILE, "date": "2020-02-01"})      # a pasted one
    assert r.status_code == 200
    _assert_escaped(r.text)
    r = client.post("/article", data={"text": HOSTILE, "date": "not a date"})      # the error page keeps it
    assert r.status_code == 400
    _assert_escaped(r.text)
    for url in ("/corpus?outlet=testnews", "/actor/haftar"):
        assert "<script>window" not in client.get(url).text
    # the JSON API gives the text back as it is, as JSON that a browser will not sniff as HTML
    r = client.get("/api/documents/hostile")
    assert r.json()["text"] == HOSTILE
    assert r.headers["content-type"] == "application/json" and r.headers["x-content-type-options"] == "nosniff"


def test_security_headers(client):
    r = client.get("/article")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY" and r.headers["referrer-policy"] == "no-referrer"
    assert "app;dur=" in r.headers["server-timing"]


def test_host_header_is_checked_when_asked(db):
    with TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1") as c:
        assert c.get("/api/network/months").status_code == 200
        assert c.get("/api/network/months", headers={"host": "evil.example"}).status_code == 400


# -- rasd serve ------------------------------------------------------------------------------------------
def test_serve_command_registers_and_reports_a_missing_store(tmp_path):
    @click.group()
    def main() -> None:
        pass

    register(main)
    runner = CliRunner()
    r = runner.invoke(main, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "127.0.0.1" in r.output
    r = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "E504" in r.output
