"""The pages in a real browser: Playwright driving Debian's chromium against the
application served by uvicorn on 127.0.0.1. Screenshots go to tests/artifacts/.

Skipped, with the reason, when the playwright package or /usr/bin/chromium is missing
(scripts/ci_browser.sh installs chromium; never `playwright install`)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need the Python package "
                               "playwright (pip install playwright; the browser is Debian's chromium)")
pytest.importorskip("uvicorn", reason="the browser tests need the 'web' extra: pip install 'rasd[web]'")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: run scripts/ci_browser.sh (apt-get install chromium fonts-noto-core)",
                allow_module_level=True)

import uvicorn  # noqa: E402

from rasd.web import create_app  # noqa: E402

from ._web import HOSTILE, build_store  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory, seed_text):
    """The application on 127.0.0.1, on a port the system picks."""
    db = build_store(tmp_path_factory.mktemp("browser") / "web.db", seed_text)
    config = uvicorn.Config(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), host="127.0.0.1", port=0,
                            log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page; fails the test on any console error (a CSP violation included),
    page error or dialog (an alert() from an article would be one)."""
    context = browser.new_context(viewport={"width": 1400, "height": 950}, base_url=server)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()
    assert not problems, problems


def shot(pg, name: str, full: bool = False) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_article_page_pasting_the_seed_shows_entities_and_events(page, seed_text):
    page.goto("/article")
    page.fill("#text", seed_text)
    page.fill("#date", "2019-12-05")
    page.click("#analyse")
    article = page.locator("#article")
    article.wait_for()
    assert article.get_attribute("dir") == "rtl" and article.get_attribute("lang") == "ar"
    assert "خليفة حفتر" in article.inner_text()
    people = page.locator("#article .ent-PER")
    assert people.count() > 0
    assert any("حفتر" in t for t in people.all_inner_texts())
    assert page.locator("#article .ent-LOC").count() > 0 and page.locator("#article .ent-ORG").count() > 0
    # the segments of a PER mention are coloured differently from plain text
    plain = page.locator("#article .seg:not(.ent)").first.evaluate("e => getComputedStyle(e).backgroundColor")
    per = people.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert per != plain
    events = page.locator("button.event")
    assert events.count() >= 3
    shot(page, "article-seed")

    # a click on an event marks its evidence (and attribution) in the text, and only that
    target = None
    for i in range(events.count()):
        if '"attribution":[' in (events.nth(i).get_attribute("data-spans") or ""):
            target = events.nth(i)
            break
    target = target or events.first
    target.click()
    assert target.get_attribute("aria-pressed") == "true"
    marked = page.locator("#article .hl-ev")
    assert marked.count() > 0
    spans = page.evaluate("b => JSON.parse(b.dataset.spans)", target.element_handle())
    evidence_text = [seed_text[s:e] for s, e in spans["evidence"]]
    for piece in marked.all_inner_texts():
        assert any(piece in ev for ev in evidence_text)
    if spans["attribution"]:
        s, e = spans["attribution"]
        att = "".join(page.locator("#article .hl-att").all_inner_texts())
        assert att and att in seed_text[s:e]
    assert page.evaluate("getComputedStyle(document.querySelector('#article .hl-ev')).backgroundColor") != plain
    shot(page, "article-seed-event")

    # another event: the first one's marks go
    other = events.nth(1) if target != events.nth(1) else events.nth(2)
    other.click()
    assert target.get_attribute("aria-pressed") == "false"


def test_markup_in_an_article_does_not_run(page):
    page.goto("/article")
    page.fill("#text", HOSTILE)
    page.click("#analyse")
    page.locator("#article").wait_for()
    text = page.locator("#article").inner_text()
    assert "<img src=x onerror=" in text and "<script>window.__pwned=1</script>" in text
    assert page.locator("#article img, #article script, #article svg, #article b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    shot(page, "article-hostile")
    page.goto("/article?doc=hostile")                                      # stored, then shown
    page.locator("#article").wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article img").count() == 0


def test_stored_article_opens_with_its_event_marked(page):
    page.goto("/article?doc=seed&event=v1")
    page.locator("#article .hl-ev").first.wait_for()
    assert page.locator('button.event[data-id="v1"]').get_attribute("aria-pressed") == "true"


def test_corpus_page_filters(page):
    page.goto("/corpus")
    rows = page.locator("#events-table tbody tr")
    everything = rows.count()
    assert everything > 5
    shot(page, "corpus")
    page.fill('input[name="actor"]', "haftar")
    page.click('#filters button[type="submit"]')
    page.wait_for_url("**/corpus?actor=haftar*")
    assert 0 < rows.count() < everything
    assert "حفتر" in page.locator("#events-table").inner_text()
    page.select_option('select[name="outlet"]', "alaraby")
    page.click('#filters button[type="submit"]')
    page.wait_for_url("**outlet=alaraby*")
    assert rows.count() > 0
    shot(page, "corpus-filtered", full=True)


def test_network_page_draws_alliances_slides_and_lists_edge_events(page):
    page.goto("/network")
    page.wait_for_selector("body[data-ready='1']")
    nodes = page.locator("#net .node")
    assert nodes.count() >= 5
    assert page.locator("#net .edge").count() >= 4
    fills = set(page.eval_on_selector_all("#net .node circle", "cs => cs.map(c => c.getAttribute('fill'))"))
    assert len(fills) >= 2                                       # alliances coloured apart
    assert page.locator("#alliances li").count() >= 2
    labels = page.eval_on_selector_all("#net .node text", "ts => ts.map(t => t.textContent)")
    assert "خليفة حفتر" in labels
    shot(page, "network")

    # an edge: its events with their Arabic evidence
    page.locator("#net .hit").first.dispatch_event("click")
    page.wait_for_selector("#edge .ev")
    assert page.locator("#edge .ev blockquote").count() > 0
    assert page.locator("#edge .ev blockquote").first.get_attribute("dir") == "rtl"
    shot(page, "network-edge")

    # the time slider: one month window
    before = page.locator("#status").inner_text()
    page.evaluate("""() => { const s = document.getElementById('month');
        s.value = s.max; s.dispatchEvent(new Event('input')); }""")
    # (predicates as functions: a string would be eval'd in the page, which the CSP forbids)
    page.wait_for_function("() => document.getElementById('window-label').textContent !== 'all time'")
    page.wait_for_function("""before => { const s = document.getElementById('status').textContent;
        return s !== before && !s.startsWith('loading'); }""", arg=before)
    assert page.locator("#all-time").is_checked() is False
    shot(page, "network-month")


def test_actor_page(page):
    page.goto("/actor/haftar")
    assert "حفتر" in page.locator("#actor-name").inner_text()
    assert page.locator("#aliases li").count() >= 1
    assert page.locator("#timeline tbody tr").count() > 0
    assert page.locator("svg.bars rect").count() > 0
    shot(page, "actor-haftar", full=True)


def test_api_page_lists_the_openapi_description(page):
    page.goto("/docs")
    page.wait_for_selector("#api .op")
    assert "/api/analyze" in page.locator("#api").inner_text()
    shot(page, "api-docs")



def test_start_page_and_actor_list(page):
    page.goto("/")
    assert page.locator("header nav a").count() == 5
    page.locator("text=Most active actors").wait_for()
    shot(page, "home")
    page.goto("/actors?country=LBY")
    rows = page.locator("#actors-table tbody tr")
    assert rows.count() > 0
    shot(page, "actors")
    page.locator("#actors-table a", has_text="خليفة حفتر").click()
    page.wait_for_url("**/actor/haftar")
