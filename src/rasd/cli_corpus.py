"""Corpus commands (ingest, query, export), registered on the main ``rasd`` group."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .errors import RasdError

EXIT_INTERRUPTED = 130

DB_HELP = "The store: a SQLite file (created if missing by ingest) or a postgresql:// URL."


def _fail(err: RasdError, code: int | None = None) -> None:
    from .cli import EXIT_INPUT, fail

    fail(err, EXIT_INPUT if code is None else code)


def _event_filters(func: Callable) -> Callable:
    """The filters shared by `query events`, `query evidence` and `export`."""
    options = [
        click.option("--actor", default=None, help="Knowledge-base id, actor key (TUR/MIL), Arabic or English name."),
        click.option("--role", type=click.Choice(["any", "actor", "recipient"]), default="any", show_default=True,
                     help="The role --actor/--country must play."),
        click.option("--country", default=None, help="ISO 3166 alpha-3 code of an actor or recipient (TUR)."),
        click.option("--type", "type_", default=None, help="PLOVER event types, comma-separated (ACCUSE,ASSAULT)."),
        click.option("--modality", default=None,
                     help="Comma-separated: asserted,intended,negated,denied,hypothetical."),
        click.option("--from", "start", metavar="YYYY-MM-DD", default=None, help="First day of events."),
        click.option("--to", "end", metavar="YYYY-MM-DD", default=None, help="Last day of events."),
        click.option("--outlet", default=None, help="Outlets (the records' source), comma-separated."),
        click.option("--min-confidence", "min_confidence", type=click.FloatRange(0, 1), default=None,
                     help="Only events at least this likely to be right (learned confidence; see docs/events.md)."),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


def _filters(actor: str | None, role: str, country: str | None, type_: str | None, modality: str | None,
             start: str | None, end: str | None, outlet: str | None, min_confidence: float | None = None
             ) -> dict[str, Any]:
    return {"actor": actor, "role": role, "country": country, "type": type_, "modality": modality,
            "start": _day("from", start), "end": _day("to", end), "outlet": outlet, "min_confidence": min_confidence}


def _day(option: str, value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise RasdError("E513", option=option, value=value) from None


@contextmanager
def _open(db: str, create: bool = False) -> Iterator[Any]:
    from .store import Store

    store = Store.open(db, create=create)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _output(out: str) -> Iterator[Any]:
    if out == "-":
        yield sys.stdout
        return
    path = Path(out)
    if path.is_dir():
        raise RasdError("E509", path=out, why="it is a folder")
    if not path.parent.exists():
        raise RasdError("E509", path=out, why=f"folder {path.parent} does not exist")
    try:
        fh = path.open("w", encoding="utf-8", newline="")
    except OSError as e:
        raise RasdError("E509", path=out, why=e.strerror or str(e)) from None
    with fh:
        yield fh


def _emit(rows: list[dict[str, Any]], as_json: bool, noun: str, line: Callable[[dict[str, Any]], str]) -> None:
    """Query rows to stdout (JSON Lines or one text line each), their count to stderr."""
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False) if as_json else line(row))
    click.echo(f"{len(rows)} {noun}", err=True)


def _who(people: list[dict[str, Any]]) -> str:
    return " + ".join(p.get("name_en") or p.get("name") or "?" for p in people) or "-"


def register(main: click.Group) -> None:
    """Add the corpus commands to ``main``."""

    @main.command()
    @click.argument("paths", nargs=-1, required=True, metavar="PATH...")
    @click.option("--db", required=True, help=DB_HELP)
    @click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True,
                  help="Parallel workers (processes, or Dask workers); 0 = every core.")
    @click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                  help="local: a process pool on this machine; dask: a Dask cluster.")
    @click.option("--scheduler", metavar="ADDRESS", default=None,
                  help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on 127.0.0.1.")
    @click.option("--date", "date_", metavar="YYYY-MM-DD", default=None,
                  help="Publication date (overrides the records' own).")
    @click.option("--max-mb", type=float, default=5.0, show_default=True, help="Largest article to read, in MB.")
    @click.option("--merge-window", type=click.IntRange(min=0), default=3, show_default=True,
                  help="Days between reports of one event from several documents (corpus events).")
    @click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
    def ingest(paths: tuple[str, ...], db: str, workers: int, engine: str, scheduler: str | None,
               date_: str | None, max_mb: float, merge_window: int, quiet: bool) -> None:
        """Analyse articles (JSONL, JSON, HTML, text, folders) into a store.

        Articles already stored (same text) are skipped: running again adds nothing, and
        a run that was killed resumes. Each article is written whole or not at all.
        """
        from .cli import EXIT_PARTIAL
        from .corpus.ingest import ingest as run
        from .io.readers import check_date_option

        if scheduler and engine != "dask":
            engine = "dask"

        def report(origin: str, reason: str) -> None:  # reason: "E###: message"
            click.echo(f"rasd: error {reason}", err=True)

        try:
            result = run(paths, db, engine=engine, workers=workers, scheduler=scheduler, progress=not quiet,
                         date=check_date_option(date_), max_mb=max_mb, on_failure=report, merge_window=merge_window)
        except RasdError as e:
            _fail(e)
        except KeyboardInterrupt:
            click.echo("rasd: interrupted; every article written so far is complete: run the same command "
                       "again to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        click.echo(f"{result.summary()} -> {db}", err=True)
        if result.merge is not None:
            click.echo(f"across documents: {result.merge.summary()}", err=True)
        if result.failed:
            _fail(RasdError("E506", count=result.failed, total=result.read, db=db), EXIT_PARTIAL)

    @main.group()
    def query() -> None:
        """Ask a store: events, actors, the evidence of events."""

    @query.command("events")
    @click.option("--db", required=True, help=DB_HELP)
    @_event_filters
    @click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
    @click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
    def query_events(db: str, actor, role, country, type_, modality, start, end, outlet, min_confidence,
                     limit: int | None, as_json: bool) -> None:
        """Events by actor, country, type, modality, date range and outlet."""
        try:
            filters = _filters(actor, role, country, type_, modality, start, end, outlet, min_confidence)
            with _open(db) as store:
                events = store.events(**filters, limit=limit)
        except RasdError as e:
            _fail(e)
        _emit(events, as_json, "events", lambda ev: (
            f"{ev['id']}\t{ev['day'] or '?'}\t{ev['type']}/{ev['mode'] or '-'}\t{ev['modality']}\t"
            f"{_who(ev['actors'])} -> {_who(ev['recipients'])}\t"
            f"according to: {ev['attribution']['text'] if ev['attribution'] else '-'}\t"
            f"{ev['outlet'] or '-'}\t{ev['ref']}"))

    @query.command("merged")
    @click.option("--db", required=True, help=DB_HELP)
    @click.option("--type", "type_", default=None, help="PLOVER event types, comma-separated.")
    @click.option("--from", "start", metavar="YYYY-MM-DD", default=None, help="First day.")
    @click.option("--to", "end", metavar="YYYY-MM-DD", default=None, help="Last day.")
    @click.option("--min-documents", type=click.IntRange(min=1), default=2, show_default=True,
                  help="Only events reported by at least this many documents.")
    @click.option("--limit", type=click.IntRange(min=1), default=None)
    @click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
    def query_merged(db: str, type_: str | None, start: str | None, end: str | None, min_documents: int,
                     limit: int | None, as_json: bool) -> None:
        """Corpus events: one event reported by several documents, with its sources."""
        try:
            with _open(db) as store:
                rows = store.corpus_events(type=type_, start=_day("from", start), end=_day("to", end),
                                           min_documents=min_documents, limit=limit)
        except RasdError as e:
            _fail(e)
        _emit(rows, as_json, "corpus events", lambda c: (
            f"{c['id']}\t{c['first_day']}..{c['last_day']}\t{c['type']} ({c['modality']})\t"
            f"{' + '.join(c['actors']) or '-'} -> {' + '.join(c['recipients']) or '-'}\t"
            f"{c['documents']} documents, {c['outlets']} outlets\t"
            + " ".join(s["ref"] for s in c["sources"])))

    @query.command("actors")
    @click.option("--db", required=True, help=DB_HELP)
    @click.option("--country", default=None, help="ISO 3166 alpha-3 code (EGY).")
    @click.option("--sector", default=None, help="Sectors, comma-separated (GOV,MIL,REB,...).")
    @click.option("--type", "type_", default=None, help="Entity types, comma-separated (PER,ORG,LOC).")
    @click.option("--name", default=None, help="Knowledge-base id, key, Arabic or English name.")
    @click.option("--limit", type=click.IntRange(min=1), default=None)
    @click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
    def query_actors(db: str, country: str | None, sector: str | None, type_: str | None, name: str | None,
                     limit: int | None, as_json: bool) -> None:
        """Actors by country and sector, with their documents, mentions and events."""
        try:
            with _open(db) as store:
                actors = store.actors(country=country, sector=sector, type=type_, name=name, limit=limit)
        except RasdError as e:
            _fail(e)
        _emit(actors, as_json, "actors", lambda a: (
            f"{a['key']}\t{a['name']}\t{a['name_en'] or '-'}\t{a['country'] or '-'}/"
            f"{a['sector'] or '-'}\t{a['documents']} docs\t{a['mentions']} mentions\t{a['events']} events"))

    @query.command("evidence")
    @click.option("--db", required=True, help=DB_HELP)
    @click.option("--event", "event", default=None, metavar="ID|DOC#EVENT",
                  help="One event: its id or reference from 'rasd query events'.")
    @_event_filters
    @click.option("--limit", type=click.IntRange(min=1), default=None)
    @click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
    def query_evidence(db: str, event: str | None, actor, role, country, type_, modality, start, end, outlet,
                       min_confidence, limit: int | None, as_json: bool) -> None:
        """The Arabic text that supports events: evidence spans and attribution."""
        try:
            filters = _filters(actor, role, country, type_, modality, start, end, outlet, min_confidence)
            with _open(db) as store:
                events = [store.evidence(event)] if event else store.events(**filters, limit=limit)
        except RasdError as e:
            _fail(e)
        for ev in events:
            if as_json:
                click.echo(json.dumps({"id": ev["id"], "ref": ev["ref"], "type": ev["type"],
                                       "evidence": ev["evidence"], "attribution": ev["attribution"]},
                                      ensure_ascii=False))
                continue
            click.echo(f"{ev['id']} {ev['ref']} {ev['type']}/{ev['mode'] or '-'} ({ev['modality']}), "
                       f"{ev['outlet'] or '-'} {ev['doc_date'] or ''}")
            for sp in ev["evidence"]:
                click.echo(f"    «{sp['text']}» [{sp['start']}:{sp['end']}]")
            if ev["attribution"]:
                a = ev["attribution"]
                click.echo(f"    according to «{a['text']}» [{a['start']}:{a['end']}]")

    @main.command()
    @click.option("--db", required=True, help=DB_HELP)
    @click.option("--format", "fmt", type=click.Choice(["json", "csv", "graphml"]), required=True,
                  help="json: PLOVER records (a JSON array for a .json file, JSON Lines otherwise); "
                       "csv: one row per event; graphml: the actor network.")
    @click.option("--out", required=True, help="Output file ('-' for stdout, except graphml).")
    @_event_filters
    def export(db: str, fmt: str, out: str, actor, role, country, type_, modality, start, end, outlet,
               min_confidence) -> None:
        """Export events as PLOVER JSON, CSV (ACLED/GDELT-like columns) or a GraphML actor
        network (the network uses --from, --to and --modality, default asserted)."""
        from .store.export import write_csv, write_graphml, write_json

        try:
            filters = _filters(actor, role, country, type_, modality, start, end, outlet, min_confidence)
            with _open(db) as store:
                if fmt == "graphml":
                    if out == "-":
                        raise RasdError("E509", path=out, why="GraphML needs a file name")
                    with _output(out):
                        pass  # checks the path is writable
                    mods = tuple((modality or "asserted").split(","))
                    n, m = write_graphml(store.network_records(), out, start=filters["start"], end=filters["end"],
                                         modalities=mods, min_confidence=min_confidence or 0.0)
                    click.echo(f"{n} actors, {m} ties -> {out}", err=True)
                    return
                events = store.events(**filters)
                with _output(out) as fh:
                    if fmt == "json":
                        n = write_json(events, fh, lines=not out.lower().endswith(".json"))
                    else:
                        n = write_csv(events, fh)
        except RasdError as e:
            _fail(e)
        click.echo(f"{n} events -> {out}", err=True)
