"""The rasd web application: a JSON API (OpenAPI at /openapi.json, a reader at /docs)
and server-rendered pages for an article, the corpus, the network and an actor.

Article text is untrusted: pages render it through Jinja2 with autoescaping, the
scripts in static/ only ever set ``textContent``, and every response carries a
Content-Security-Policy that allows scripts and styles from this server only (no
inline script), so markup in an article is shown as text and never runs.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, quote

from fastapi import FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import RasdError
from ..store import Store
from . import views

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

DEFAULT_MAX_MB = 2.0
DEFAULT_TIMEOUT = 60.0
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

STATUS = {"E508": 404, "E603": 404, "E605": 404, "E601": 413, "E602": 504, "E606": 503}


# -- middleware --------------------------------------------------------------------------
class TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413)
        self.limit = limit


def too_large_response(limit: int) -> JSONResponse:
    err = RasdError("E601", limit_mb=limit / 1_000_000)
    return JSONResponse({"error": {"code": err.code, "message": err.message}}, status_code=413)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413: at once when Content-Length
    says so, else as soon as the bytes read pass the limit (chunked uploads)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await too_large_response(self.limit)(scope, receive, send)
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise TooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except TooLarge:
            if started:
                raise
            await too_large_response(self.limit)(scope, receive, send)


class SecurityHeaders:
    """CSP, nosniff, no framing, no referrer on every response; and Server-Timing (the
    time to the response's first byte, in ms)."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
               (b"cross-origin-opener-policy", b"same-origin")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        t0 = time.perf_counter()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                took = f"app;dur={(time.perf_counter() - t0) * 1000:.1f}".encode()
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.HEADERS if k not in names] + [(b"server-timing", took)]
            await send(message)

        await self.app(scope, receive, with_headers)


# -- request and response models ---------------------------------------------------------
class AnalyzeIn(BaseModel):
    """One article to analyse (nothing is stored)."""

    text: str = Field(..., description="The article: plain text, or HTML with format='html'.")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date, YYYY-MM-DD.")
    id: str = Field("", max_length=200, description="An id for the output record.")
    format: Literal["text", "html"] = Field("text", description="'html' extracts the article from a web page.")


class ErrorOut(BaseModel):
    error: dict[str, str]


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad input (the message says what to change)"},
    404: {"model": ErrorOut, "description": "No such event, actor or article"},
}


# -- the application ---------------------------------------------------------------------
class State:
    def __init__(self, db: str, max_bytes: int, timeout: float, workers: int) -> None:
        self.db = db
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rasd-analyze")
        self.pending = 0
        self.max_pending = max(64, workers * 4)  # 50 analyses at once must all be served; more wait for 503
        self.network = views.Network()

    def store(self) -> Store:
        return Store.open(self.db, create=False)

    def warm(self) -> None:
        """Read the network records and build the all-time network ahead of the first request."""
        try:
            with self.store() as store:
                self.network.graph(store, None, None)
        except Exception:  # noqa: BLE001  (only a head start: a request will report any problem)
            pass


def _analyse(text: str, date: str | None, id: str, fmt: str) -> dict[str, Any]:
    from .. import api

    meta: dict[str, str] = {}
    if fmt == "html":
        from ..io.html import html_to_text

        text, meta = html_to_text(text)
    return api.to_dict(api.analyze(text, date=date, id=id or "pasted", meta=meta))


def create_app(db_path: str | Path, *, max_mb: float = DEFAULT_MAX_MB, timeout: float = DEFAULT_TIMEOUT,
               workers: int = 2, allowed_hosts: list[str] | None = None, warm: bool = False) -> FastAPI:
    """The application over the store at ``db_path`` (which must exist; it is only read).

    ``max_mb``: largest request body (413 above it); ``timeout``: seconds an analysis
    may take (504 after); ``workers``: analyses run at once; ``allowed_hosts``: Host
    header values accepted (None: any), against DNS rebinding when bound to loopback;
    ``warm``: build the all-time network in the background at startup.
    """
    Store.open(db_path, create=False).close()  # E504/E502 now rather than on the first request
    state = State(str(db_path), int(max_mb * 1_000_000), timeout, workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        if warm:
            threading.Thread(target=state.warm, name="rasd-warm", daemon=True).start()
        yield
        state.executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="rasd", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        openapi_url="/openapi.json",
        description=("Arabic news to political event data. Every event points at the exact characters of "
                     "the article (`evidence`, `attribution`: `start`/`end` offsets into `text`). Errors "
                     "are `{\"error\": {\"code\": \"E###\", \"message\": ...}}`. Dates are `YYYY-MM-DD` "
                     "(`YYYY` or `YYYY-MM` widen to the whole year or month)."))
    app.state.rasd = state
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals["version"] = __version__
    templates.env.filters["q"] = lambda s: quote(str(s), safe="")

    # -- errors ---------------------------------------------------------------------------
    def error_response(request: Request, code: str, message: str, status: int) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"code": code, "message": message, "page": ""},
                                          status_code=status)

    @app.exception_handler(RasdError)
    async def on_rasd_error(request: Request, err: RasdError) -> Response:
        return error_response(request, err.code, err.message, STATUS.get(err.code, 400))

    @app.exception_handler(TooLarge)
    async def on_too_large(request: Request, err: TooLarge) -> Response:
        return too_large_response(err.limit)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, err: RequestValidationError) -> Response:
        parts = []
        for e in err.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {e.get('msg')}")
        return error_response(request, "E422", "; ".join(parts) or "invalid request", 422)

    # -- the JSON API ---------------------------------------------------------------------
    async def run_analysis(text: str, date: str | None, id: str, fmt: str) -> dict[str, Any]:
        if state.pending >= state.max_pending:
            raise RasdError("E606")
        loop = asyncio.get_running_loop()
        state.pending += 1
        try:
            future = loop.run_in_executor(state.executor, partial(_analyse, text, date, id, fmt))
            try:
                return await asyncio.wait_for(future, state.timeout)
            except asyncio.TimeoutError:
                raise RasdError("E602", seconds=state.timeout) from None
        finally:
            state.pending -= 1

    @app.post("/api/analyze", tags=["analysis"], responses={
        **ERRORS, 413: {"model": ErrorOut, "description": "Request body over the size limit"},
        504: {"model": ErrorOut, "description": "Analysis took longer than the timeout"}})
    async def analyze(body: AnalyzeIn) -> dict[str, Any]:
        """Analyse one article and return its output record (the `rasd analyze` JSON):
        `text`, `entities` (with `mentions`), `events` (with `evidence` and `attribution`
        spans), `removed`, `paragraphs`, `sentences`. Nothing is stored."""
        if body.date:
            views.day_bound(body.date, "date")
        return await run_analysis(body.text, body.date, body.id, body.format)

    @app.get("/api/events", tags=["corpus"], responses=ERRORS)
    def events(actor: str | None = Query(None, max_length=200, description="KB id, actor key, Arabic or English name"),
               country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="ISO3 of any participant"),
               type: str | None = Query(None, max_length=200, description="PLOVER type(s), comma-separated"),
               modality: str | None = Query(None, max_length=200, description="asserted, denied, ... (comma list)"),
               from_: str | None = Query(None, alias="from", pattern=DATE, description="first day"),
               to: str | None = Query(None, pattern=DATE, description="last day"),
               outlet: str | None = Query(None, max_length=200, description="outlet(s), comma-separated"),
               role: Literal["any", "actor", "recipient"] = Query("any", description="actor's role"),
               min_confidence: str | None = Query(None, max_length=10,
                                                  description="only events at least this likely to be right (0-1)"),
               limit: int = Query(500, ge=1, le=10000)) -> dict[str, Any]:
        """Stored events matching every filter, by day, with their actors, recipients,
        attribution and evidence (spans and Arabic text)."""
        with state.store() as store:
            found = store.events(actor=actor or None, country=country, type=type or None, modality=modality or None,
                                 start=views.day_bound(from_, "from"), end=views.day_bound(to, "to", end=True),
                                 outlet=outlet or None, role=role,
                                 min_confidence=views.confidence_bound(min_confidence), limit=limit + 1)
        return {"count": min(len(found), limit), "truncated": len(found) > limit, "events": found[:limit]}

    @app.get("/api/events/{event:path}/evidence", tags=["corpus"], responses=ERRORS)
    def evidence(event: str = PathParam(..., max_length=500, description="store id, or DOC_ID#EVENT_ID "
                                        "(encode # as %23)")) -> dict[str, Any]:
        """One event with the text of its evidence spans and of its attribution."""
        with state.store() as store:
            return store.evidence(event)

    @app.get("/api/documents/{doc:path}", tags=["corpus"], responses=ERRORS)
    def document(doc: str = PathParam(..., max_length=500, description="document id or content hash")
                 ) -> dict[str, Any]:
        """A stored article's output record."""
        with state.store() as store:
            record = store.record(doc)
        if record is None:
            raise RasdError("E605", doc=doc)
        return record

    @app.get("/api/actors", tags=["actors"], responses=ERRORS)
    def actors(country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$"),
               sector: str | None = Query(None, max_length=100), name: str | None = Query(None, max_length=200),
               limit: int = Query(200, ge=1, le=5000)) -> list[dict[str, Any]]:
        """Stored actors with how many documents, mentions and events name them (most events first)."""
        with state.store() as store:
            return store.actors(country=country, sector=sector or None, name=name or None, limit=limit)

    @app.get("/api/actors/{key:path}", tags=["actors"], responses=ERRORS)
    def actor(key: str = PathParam(..., max_length=300, description="actor key: KB id, CTRY/SECTOR or name:..."),
              from_: str | None = Query(None, alias="from", pattern=DATE),
              to: str | None = Query(None, pattern=DATE), limit: int = Query(1000, ge=1, le=10000)) -> dict[str, Any]:
        """An actor: its events over time (`timeline`, `months`), its allies and adversaries
        (signed network neighbours in the window), its alliance, and its aliases and roles
        from the knowledge base."""
        with state.store() as store:
            return views.actor_profile(store, state.network, key, start=views.day_bound(from_, "from"),
                                       end=views.day_bound(to, "to", end=True), limit=limit)

    def modalities(value: str) -> tuple[str, ...]:
        return tuple(sorted({m.strip() for m in value.split(",") if m.strip()})) or ("asserted",)

    @app.get("/api/network", tags=["network"], responses=ERRORS)
    def network(from_: str | None = Query(None, alias="from", pattern=DATE), to: str | None = Query(None, pattern=DATE),
                modality: str = Query("asserted", max_length=200, description="modalities counted, comma-separated"),
                limit: int = Query(150, ge=1, le=2000, description="most nodes returned (strongest first)")
                ) -> dict[str, Any]:
        """The signed actor network of the window: nodes, edges (`weight` = summed PLOVER
        intensity, cooperation positive, conflict negative) and alliances (signed Leiden
        community detection, Traag & Bruggeman 2009; null without leidenalg)."""
        start, end = views.day_bound(from_, "from"), views.day_bound(to, "to", end=True)
        with state.store() as store:
            g, groups = state.network.graph(store, start, end, modalities(modality))
        return {"from": start, "to": end, **views.network_json(g, groups, limit)}

    @app.get("/api/network/months", tags=["network"])
    def network_months(modality: str = Query("asserted", max_length=200)) -> list[dict[str, Any]]:
        """Months that have events, with how many (for the time slider)."""
        with state.store() as store:
            return state.network.months(store, modalities(modality))

    @app.get("/api/network/edge", tags=["network"], responses=ERRORS)
    def network_edge(source: str = Query(..., max_length=300), target: str = Query(..., max_length=300),
                     from_: str | None = Query(None, alias="from", pattern=DATE),
                     to: str | None = Query(None, pattern=DATE), modality: str = Query("asserted", max_length=200),
                     limit: int = Query(200, ge=1, le=2000)) -> dict[str, Any]:
        """The events behind one edge of the network, with their Arabic evidence."""
        start, end = views.day_bound(from_, "from"), views.day_bound(to, "to", end=True)
        with state.store() as store:
            g, _ = state.network.graph(store, start, end, modalities(modality))
            found = views.edge_events(store, g, source, target, limit)
        if found is None:
            raise RasdError("E508", event=f"{source} -- {target}")
        return found

    # -- pages ----------------------------------------------------------------------------
    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        with state.store() as store:
            counts = store.counts()
            top = store.actors(limit=25)
        return page(request, "home.html", page="home", counts=counts, top=top)

    @app.get("/article", include_in_schema=False)
    def article_get(request: Request, doc: str | None = Query(None, max_length=500),
                    event: str | None = Query(None, max_length=200)) -> HTMLResponse:
        record = None
        if doc:
            with state.store() as store:
                record = store.record(doc)
            if record is None:
                raise RasdError("E605", doc=doc)
        return article_page(request, record, selected=event)

    @app.post("/article", include_in_schema=False)
    async def article_post(request: Request) -> HTMLResponse:
        form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        text = (form.get("text") or [""])[0].replace("\r\n", "\n")  # browsers send a textarea's lines as CRLF
        date = (form.get("date") or [""])[0].strip() or None
        fmt = "html" if (form.get("format") or [""])[0] == "html" else "text"
        error = None
        record = None
        try:
            if date:
                views.day_bound(date, "date")
                if len(date) != 10:
                    raise RasdError("E604", value=date, field="date")
            record = await run_analysis(text, date, "pasted", fmt)
        except RasdError as e:
            error = e
        return article_page(request, record, text=text, date=date or "", error=error,
                            status=400 if error else 200)

    def article_page(request: Request, record: dict[str, Any] | None, *, text: str = "", date: str = "",
                     selected: str | None = None, error: RasdError | None = None, status: int = 200) -> HTMLResponse:
        view = views.article_view(record) if record else None
        return templates.TemplateResponse(request, "article.html", {
            "page": "article", "record": record, "view": view, "text": text, "date": date, "selected": selected or "",
            "error": error}, status_code=status)

    @app.get("/corpus", include_in_schema=False)
    def corpus(request: Request, actor: str = Query("", max_length=200), country: str = Query("", max_length=3),
               type: str = Query("", max_length=200), modality: str = Query("", max_length=200),
               from_: str = Query("", alias="from", max_length=10), to: str = Query("", max_length=10),
               outlet: str = Query("", max_length=200), min_confidence: str = Query("", max_length=10),
               limit: int = Query(300, ge=1, le=5000)) -> HTMLResponse:
        filters = {"actor": actor, "country": country, "type": type, "modality": modality, "from": from_, "to": to,
                   "outlet": outlet, "min_confidence": min_confidence}
        with state.store() as store:
            found = store.events(actor=actor or None, country=country or None, type=type or None,
                                 modality=modality or None, start=views.day_bound(from_, "from"),
                                 end=views.day_bound(to, "to", end=True), outlet=outlet or None,
                                 min_confidence=views.confidence_bound(min_confidence), limit=limit + 1)
            facets = views.facets(store)
        return page(request, "corpus.html", page="corpus", filters=filters, events=found[:limit],
                    truncated=len(found) > limit, limit=limit, facets=facets)

    @app.get("/network", include_in_schema=False)
    def network_page(request: Request) -> HTMLResponse:
        return page(request, "network.html", page="network")

    @app.get("/actors", include_in_schema=False)
    def actors_page(request: Request, country: str = Query("", max_length=3),
                    name: str = Query("", max_length=200)) -> HTMLResponse:
        with state.store() as store:
            rows = store.actors(country=country or None, name=name or None, limit=500)
        return page(request, "actors.html", page="actors", actors=rows, country=country, name=name)

    @app.get("/actor/{key:path}", include_in_schema=False)
    def actor_page(request: Request, key: str, from_: str = Query("", alias="from", max_length=10),
                   to: str = Query("", max_length=10)) -> HTMLResponse:
        with state.store() as store:
            profile = views.actor_profile(store, state.network, key, start=views.day_bound(from_, "from"),
                                          end=views.day_bound(to, "to", end=True), limit=1000)
        return page(request, "actor.html", page="actors", p=profile, bars=views.month_bars(profile["months"]),
                    window={"from": from_, "to": to})

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html", page="docs")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/actor", include_in_schema=False)
    def actor_redirect() -> RedirectResponse:
        return RedirectResponse("/actors")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    app.add_middleware(BodyLimit, limit=state.max_bytes)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app
