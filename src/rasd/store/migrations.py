"""Named, ordered migrations of the store's schema.

Each migration is a name and a function of the connection; the ``migrations`` table
records the names applied. Opening a store applies the missing ones in order, each in
its own transaction. Never edit a released migration: add a new one at the end.

Offsets are ``start_char``/``end_char`` (``end`` is an SQL keyword): ``text[start:end]``
of the document is the surface, as everywhere in rasd.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from .db import DB

INITIAL = [
    """CREATE TABLE documents (
        id {pk},
        hash TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        date TEXT,
        outlet TEXT,
        url TEXT,
        title TEXT,
        author TEXT,
        origin TEXT,
        text TEXT NOT NULL,
        meta TEXT NOT NULL,
        removed TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        sentences TEXT NOT NULL,
        stats TEXT NOT NULL,
        words INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
    )""",
    """CREATE TABLE actors (
        id {pk},
        key TEXT NOT NULL UNIQUE,
        kb_id TEXT,
        name TEXT NOT NULL,
        name_en TEXT,
        type TEXT,
        kind TEXT,
        country TEXT,
        sector TEXT,
        wikidata TEXT
    )""",
    """CREATE TABLE entities (
        id {pk},
        document {ref} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        actor {ref} REFERENCES actors(id),
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        kb_id TEXT,
        wikidata TEXT,
        country TEXT,
        sector TEXT,
        name_en TEXT,
        kind TEXT,
        raw TEXT NOT NULL,
        UNIQUE (document, local_id)
    )""",
    """CREATE TABLE mentions (
        id {pk},
        document {ref} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity {ref} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        how TEXT
    )""",
    """CREATE TABLE events (
        id {pk},
        document {ref} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        cameo_root TEXT,
        intensity {real},
        date TEXT,
        day TEXT,
        date_span TEXT,
        place {ref} REFERENCES entities(id),
        modality TEXT NOT NULL,
        confidence {real},
        raw TEXT NOT NULL,
        UNIQUE (document, local_id)
    )""",
    """CREATE TABLE event_actors (
        event {ref} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity {ref} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        position INTEGER NOT NULL,
        PRIMARY KEY (event, role, position)
    )""",
    """CREATE TABLE evidence (
        id {pk},
        event {ref} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL
    )""",
    """CREATE TABLE attributions (
        event {ref} PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        start_char INTEGER,
        end_char INTEGER,
        text TEXT,
        entity {ref} REFERENCES entities(id) ON DELETE SET NULL
    )""",
]

INDEXES = [
    "CREATE INDEX documents_date ON documents (date)",
    "CREATE INDEX documents_outlet ON documents (outlet, date)",
    "CREATE INDEX documents_doc_id ON documents (doc_id)",
    "CREATE INDEX actors_country ON actors (country, sector)",
    "CREATE INDEX actors_kb_id ON actors (kb_id)",
    "CREATE INDEX entities_document ON entities (document)",
    "CREATE INDEX entities_actor ON entities (actor)",
    "CREATE INDEX entities_country ON entities (country)",
    "CREATE INDEX mentions_entity ON mentions (entity)",
    "CREATE INDEX mentions_document ON mentions (document)",
    "CREATE INDEX events_document ON events (document)",
    "CREATE INDEX events_type_day ON events (type, day)",
    "CREATE INDEX events_modality_day ON events (modality, day)",
    "CREATE INDEX events_day ON events (day)",
    "CREATE INDEX events_place ON events (place)",
    "CREATE INDEX event_actors_entity ON event_actors (entity)",
    "CREATE INDEX evidence_event ON evidence (event, position)",
    "CREATE INDEX attributions_entity ON attributions (entity)",
]


def _ddl(statements: list[str]) -> Callable[[DB], None]:
    """A migration that runs ``statements`` in order."""
    def apply(db: DB) -> None:
        for stmt in statements:
            db.ddl(stmt)
    return apply


CORPUS_EVENTS = [
    """CREATE TABLE corpus_events (
        id {pk},
        type TEXT NOT NULL,
        modality TEXT NOT NULL,
        first_day TEXT,
        last_day TEXT,
        actors TEXT NOT NULL,
        recipients TEXT NOT NULL,
        n_events INTEGER NOT NULL,
        n_documents INTEGER NOT NULL,
        n_outlets INTEGER NOT NULL
    )""",
    "ALTER TABLE events ADD COLUMN corpus_event {ref} REFERENCES corpus_events(id) ON DELETE SET NULL",
    "CREATE INDEX events_corpus_event ON events (corpus_event)",
    "CREATE INDEX corpus_events_type_day ON corpus_events (type, first_day)",
    "CREATE INDEX corpus_events_documents ON corpus_events (n_documents)",
]


Migration = tuple[str, Callable[[DB], None]]

MIGRATIONS: list[Migration] = [
    ("0001_initial", _ddl(INITIAL)),
    ("0002_query_indexes", _ddl(INDEXES)),
    ("0003_corpus_events", _ddl(CORPUS_EVENTS)),
]

_TABLE = "CREATE TABLE migrations (name TEXT PRIMARY KEY, position INTEGER NOT NULL, applied_at TEXT NOT NULL)"


def applied(db: DB) -> list[str]:
    if "migrations" not in db.tables():
        return []
    return [r[0] for r in db.query("SELECT name FROM migrations ORDER BY position")]


def migrate(db: DB, migrations: list[Migration] = MIGRATIONS, create: bool = True) -> list[str]:
    """Apply the migrations missing from ``db``, in order; return the names applied now.
    Without ``create``, an empty database is not made into a store (E504)."""
    from ..errors import RasdError

    tables = db.tables()
    if "migrations" not in tables:
        if not tables and not create:
            raise RasdError("E504", path=db.target)
        if tables:
            raise RasdError("E502", path=db.target, why=f"it has tables ({', '.join(sorted(tables)[:5])}) "
                                                        "but no rasd migrations table")
        with db.transaction():
            db.ddl(_TABLE)
    done = set(applied(db))
    known = {name for name, _ in MIGRATIONS}
    unknown = sorted(done - known)
    if unknown:
        raise RasdError("E503", path=db.target, names=", ".join(unknown))
    now = []
    for position, (name, func) in enumerate(migrations, 1):
        if name in done:
            continue
        with db.transaction():
            func(db)
            db.execute("INSERT INTO migrations (name, position, applied_at) VALUES (?, ?, ?)",
                       (name, position, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        now.append(name)
    return now
