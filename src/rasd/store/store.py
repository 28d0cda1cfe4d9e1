"""The corpus store: analysed articles, their entities, actors, events and evidence.

One SQLite file in WAL mode by default (``postgresql://`` URLs work through the same
code). Articles are keyed by the SHA-256 of their text: adding one that is already
stored does nothing, and every article is written in one transaction, so a killed run
leaves no half-written article and running again resumes.

    >>> with Store.open("news.db") as store:
    ...     store.add(to_dict(doc))
    ...     store.events(country="TUR", type="ACCUSE", start="2018-01-01")
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import RasdError
from ..graph.network import event_day, node_key
from .db import DB, connect, limited, marks
from .merge import MergeStats, corpus_event_rows, merge_events
from .migrations import MIGRATIONS, Migration, applied, migrate

_CHUNK = 500  # ids per IN (...) list


def content_hash(text: str) -> str:
    """The key of an article: SHA-256 of its text (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _split(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [v for v in value if v]


class Store:
    """A rasd corpus store. Open with :meth:`open`; use as a context manager."""

    def __init__(self, db: DB) -> None:
        self.db = db

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path, *, create: bool = True,
             migrations: list[Migration] = MIGRATIONS) -> Store:
        """Open (or, with ``create``, make) the store at a file path, ``:memory:`` or a
        ``postgresql://`` URL, applying any missing migrations."""
        db = connect(target, create=create)
        try:
            migrate(db, migrations, create=create)
        except RasdError:
            db.close()
            raise
        except Exception as e:  # a SQLite file that is something else entirely
            db.close()
            raise RasdError("E502", path=str(target), why=f"{type(e).__name__}: {e}") from None
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def migrations(self) -> list[str]:
        return applied(self.db)

    # -- writing ------------------------------------------------------------------------
    def has(self, hash: str) -> bool:
        return self.db.one("SELECT 1 FROM documents WHERE hash = ?", (hash,)) is not None

    def add(self, record: dict[str, Any], *, origin: str = "", replace: bool = False) -> bool:
        """Store one analysed article (a ``rasd analyze`` record); False if its text is
        already stored (unless ``replace``). All of it or nothing is written."""
        h = content_hash(record["text"])
        with self.db.transaction():
            if replace:
                self.db.execute("DELETE FROM documents WHERE hash = ?", (h,))
            doc = self._insert_document(record, h, origin)
            if doc is None:
                return False
            entities = self._insert_entities(doc, record.get("entities") or [])
            self._insert_events(doc, record, entities)
        return True

    def add_many(self, records: Iterable[dict[str, Any]]) -> int:
        return sum(self.add(r) for r in records)

    def _insert_document(self, record: dict[str, Any], h: str, origin: str) -> int | None:
        meta = record.get("meta") or {}
        stats = record.get("stats") or {}
        row = self.db.one(
            "INSERT INTO documents (hash, doc_id, date, outlet, url, title, author, origin, text, meta, removed,"
            " paragraphs, sentences, stats, words, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (hash) DO NOTHING RETURNING id",
            (h, record.get("id") or h[:16], record.get("date"), meta.get("source"), meta.get("url"),
             meta.get("title"), meta.get("author"), origin, record["text"], _json(meta),
             _json(record.get("removed") or []), _json(record.get("paragraphs") or []),
             _json(record.get("sentences") or []), _json(stats), int(stats.get("words") or 0),
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        return int(row[0]) if row else None

    def _actor(self, ent: dict[str, Any]) -> int:
        row = self.db.one(
            "INSERT INTO actors (key, kb_id, name, name_en, type, kind, country, sector, wikidata)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET"
            " name_en = COALESCE(actors.name_en, excluded.name_en),"
            " wikidata = COALESCE(actors.wikidata, excluded.wikidata),"
            " country = COALESCE(actors.country, excluded.country),"
            " sector = COALESCE(actors.sector, excluded.sector)"
            " RETURNING id",
            (node_key(ent), ent.get("kb_id"), ent.get("name") or ent["id"], ent.get("name_en"), ent.get("type"),
             ent.get("kind"), ent.get("country"), ent.get("sector"), ent.get("wikidata")))
        return int(row[0])

    def _insert_entities(self, doc: int, entities: list[dict[str, Any]]) -> dict[str, int]:
        ids: dict[str, int] = {}
        mentions = []
        for ent in entities:
            actor = self._actor(ent)
            row = self.db.one(
                "INSERT INTO entities (document, local_id, actor, type, name, kb_id, wikidata, country, sector,"
                " name_en, kind, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (doc, ent["id"], actor, ent.get("type") or "MISC", ent.get("name") or "", ent.get("kb_id"),
                 ent.get("wikidata"), ent.get("country"), ent.get("sector"), ent.get("name_en"), ent.get("kind"),
                 _json(ent)))
            ids[ent["id"]] = int(row[0])
            for m in ent.get("mentions") or []:
                mentions.append((doc, ids[ent["id"]], int(m["start"]), int(m["end"]), m.get("how")))
        self.db.executemany("INSERT INTO mentions (document, entity, start_char, end_char, how)"
                            " VALUES (?, ?, ?, ?, ?)", mentions)
        return ids

    def _insert_events(self, doc: int, record: dict[str, Any], entities: dict[str, int]) -> None:
        roles, evidence = [], []
        for ev in record.get("events") or []:
            span = ev.get("date_span")
            row = self.db.one(
                "INSERT INTO events (document, local_id, type, mode, cameo_root, intensity, date, day, date_span,"
                " place, modality, confidence, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (doc, ev["id"], ev["type"], ev.get("mode"), ev.get("cameo_root"), ev.get("intensity"),
                 ev.get("date"), event_day(record, ev), _json(span) if span is not None else None,
                 entities.get(ev.get("place")) if ev.get("place") else None, ev.get("modality") or "asserted",
                 ev.get("confidence"), _json(ev)))
            eid = int(row[0])
            for role, key in (("actor", "actors"), ("recipient", "recipients")):
                for pos, local in enumerate(ev.get(key) or []):
                    if local in entities:
                        roles.append((eid, entities[local], role, pos))
            for pos, sp in enumerate(ev.get("evidence") or []):
                evidence.append((eid, pos, int(sp["start"]), int(sp["end"])))
            att = ev.get("attribution")
            if att:
                self.db.execute("INSERT INTO attributions (event, start_char, end_char, text, entity)"
                                " VALUES (?, ?, ?, ?, ?)",
                                (eid, att.get("start"), att.get("end"), att.get("text"),
                                 entities.get(att.get("entity")) if att.get("entity") else None))
        self.db.executemany("INSERT INTO event_actors (event, entity, role, position) VALUES (?, ?, ?, ?)", roles)
        self.db.executemany("INSERT INTO evidence (event, position, start_char, end_char) VALUES (?, ?, ?, ?)",
                            evidence)

    # -- reading ------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "actors", "entities", "mentions", "events", "event_actors", "evidence",
                      "attributions", "corpus_events"):
            out[table] = int(self.db.one(f"SELECT count(*) FROM {table}")[0])  # table names are ours
        return out

    def size_bytes(self) -> int | None:
        return self.db.size_bytes()

    def hashes(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT hash FROM documents ORDER BY hash")]

    def record(self, key: str) -> dict[str, Any] | None:
        """The stored ``rasd analyze`` record of an article, by content hash or record id."""
        row = self.db.one(_DOC_SELECT + " WHERE hash = ?", (key,)) or \
            self.db.one(_DOC_SELECT + " WHERE doc_id = ? ORDER BY id LIMIT 1", (key,))
        return self._record(row) if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored record, in the order stored (one article in memory at a time)."""
        last = 0
        while True:
            rows = self.db.query(_DOC_SELECT + " WHERE id > ? ORDER BY id LIMIT 100", (last,))
            if not rows:
                return
            for row in rows:
                last = row[0]
                yield self._record(row)

    def _record(self, row: tuple) -> dict[str, Any]:
        pk, doc_id, date, text, meta, removed, paragraphs, sentences, stats = row
        ents = [json.loads(r[0]) for r in
                self.db.query("SELECT raw FROM entities WHERE document = ? ORDER BY id", (pk,))]
        evs = [json.loads(r[0]) for r in self.db.query("SELECT raw FROM events WHERE document = ? ORDER BY id", (pk,))]
        return {"id": doc_id, "text": text, "date": date, "meta": json.loads(meta), "removed": json.loads(removed),
                "paragraphs": json.loads(paragraphs), "sentences": json.loads(sentences),
                "stats": json.loads(stats), "entities": ents, "events": evs}

    def network_records(self) -> Iterator[dict[str, Any]]:
        """Records with only what the actor network needs (id, date, entities, events)."""
        for pk, doc_id, date in self.db.query("SELECT id, doc_id, date FROM documents ORDER BY id"):
            ents = [json.loads(r[0]) for r in
                    self.db.query("SELECT raw FROM entities WHERE document = ? ORDER BY id", (pk,))]
            if not ents:
                continue
            evs = [json.loads(r[0]) for r in
                   self.db.query("SELECT raw FROM events WHERE document = ? ORDER BY id", (pk,))]
            yield {"id": doc_id, "date": date, "entities": ents, "events": evs}

    # -- across documents ---------------------------------------------------------------
    def merge_events(self, window: int = 3, max_span: int = 7) -> MergeStats:
        """Recompute corpus events: one event reported by several documents (see rasd.store.merge)."""
        return merge_events(self.db, window=window, max_span=max_span)

    def corpus_events(self, *, type: str | Sequence[str] | None = None, start: str | None = None,
                      end: str | None = None, min_documents: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Corpus events (after :meth:`merge_events`), most reported first, with their sources."""
        return corpus_event_rows(self.db, type=_split(type), start=start, end=end, min_documents=min_documents,
                                 limit=limit)

    # -- queries ------------------------------------------------------------------------
    def events(self, *, actor: str | None = None, country: str | None = None, type: str | Sequence[str] | None = None,
               modality: str | Sequence[str] | None = None, start: str | None = None, end: str | None = None,
               outlet: str | Sequence[str] | None = None, role: str = "any", event: str | int | None = None,
               min_confidence: float | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Events matching every filter given, by day then id, each with its actors,
        recipients, place, attribution and evidence (spans and text).

        ``actor``: a knowledge-base id, actor key (``TUR/MIL``), Arabic name or English
        name, taking part as actor or recipient (``role``); ``country``: ISO3 of any
        participant (or, with ``role``, of that role); ``type``/``modality``/``outlet``:
        one value or several (comma-separated); ``start``/``end``: ISO days, inclusive;
        ``event``: one event by store id or ``DOC_ID#EVENT_ID``; ``min_confidence``: only
        events at least that likely to be right.
        """
        where, params = [], []
        roles = ("actor", "recipient") if role == "any" else (role,)
        if actor:
            where.append(
                "EXISTS (SELECT 1 FROM event_actors ea JOIN entities en ON en.id = ea.entity"
                " LEFT JOIN actors a ON a.id = en.actor"
                f" WHERE ea.event = e.id AND ea.role IN ({marks(len(roles))})"
                " AND (a.key = ? OR en.kb_id = ? OR en.name = ? OR lower(en.name_en) = lower(?)))")
            params += [*roles, actor, actor, actor, actor]
        if country:
            where.append("EXISTS (SELECT 1 FROM event_actors ea JOIN entities en ON en.id = ea.entity"
                         f" WHERE ea.event = e.id AND ea.role IN ({marks(len(roles))}) AND en.country = ?)")
            params += [*roles, country.upper()]
        for column, value in (("e.type", type), ("e.modality", modality), ("d.outlet", outlet)):
            values = _split(value)
            if values:
                where.append(f"{column} IN ({marks(len(values))})")
                params += [v.upper() if column == "e.type" else v for v in values]
        if start:
            where.append("e.day >= ?")
            params.append(start)
        if end:
            where.append("e.day <= ?")
            params.append(end)
        if min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(min_confidence)
        if event is not None:
            cond, p = self._event_condition(event)
            where.append(cond)
            params += p
        sql = _EVENT_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.day, e.id"
        sql = limited(sql, params, limit)
        rows = self.db.query(sql, params)
        return self._hydrate(rows)

    @staticmethod
    def _event_condition(event: str | int) -> tuple[str, list[Any]]:
        s = str(event)
        if s.isdigit():
            return "e.id = ?", [int(s)]
        if "#" in s:
            doc, local = s.rsplit("#", 1)
            return "(d.doc_id = ? AND e.local_id = ?)", [doc, local]
        raise RasdError("E508", event=s)

    def evidence(self, event: str | int) -> dict[str, Any]:
        """One event with the text of its evidence spans and attribution."""
        found = self.events(event=event)
        if not found:
            raise RasdError("E508", event=str(event))
        return found[0]

    def _hydrate(self, rows: list[tuple]) -> list[dict[str, Any]]:
        events = []
        for r in rows:
            (eid, local, typ, mode, cameo, intensity, date, day, span, modality, confidence, place_name,
             doc_id, doc_date, outlet, url, title, corpus_event) = r
            events.append({
                "id": eid, "ref": f"{doc_id}#{local}", "document": doc_id, "doc_date": doc_date, "outlet": outlet,
                "url": url, "title": title, "type": typ, "mode": mode, "cameo_root": cameo, "intensity": intensity,
                "date": date, "day": day, "date_span": json.loads(span) if span else None, "modality": modality,
                "confidence": confidence, "place": place_name, "actors": [], "recipients": [], "attribution": None,
                "evidence": [], "corpus_event": corpus_event})
        by_id = {e["id"]: e for e in events}
        ids = list(by_id)
        for chunk in _chunks(ids):
            for ev, role, name, kb_id, country, sector, name_en, wikidata, key in self.db.query(
                    "SELECT ea.event, ea.role, en.name, en.kb_id, en.country, en.sector, en.name_en, en.wikidata, a.key"
                    " FROM event_actors ea JOIN entities en ON en.id = ea.entity"
                    " LEFT JOIN actors a ON a.id = en.actor"
                    f" WHERE ea.event IN ({marks(len(chunk))}) ORDER BY ea.event, ea.role, ea.position", chunk):
                by_id[ev]["actors" if role == "actor" else "recipients"].append(
                    {"name": name, "kb_id": kb_id, "key": key, "country": country, "sector": sector,
                     "name_en": name_en, "wikidata": wikidata})
            for ev, s, t, text in self.db.query(
                    # substr counts characters from 1 in SQLite and PostgreSQL alike
                    "SELECT v.event, v.start_char, v.end_char,"
                    " substr(d.text, v.start_char + 1, v.end_char - v.start_char)"
                    " FROM evidence v JOIN events e ON e.id = v.event JOIN documents d ON d.id = e.document"
                    f" WHERE v.event IN ({marks(len(chunk))}) ORDER BY v.event, v.position", chunk):
                by_id[ev]["evidence"].append({"start": s, "end": t, "text": text})
            for ev, s, t, text, name, kb_id in self.db.query(
                    "SELECT at.event, at.start_char, at.end_char, at.text, en.name, en.kb_id FROM attributions at"
                    " LEFT JOIN entities en ON en.id = at.entity"
                    f" WHERE at.event IN ({marks(len(chunk))})", chunk):
                by_id[ev]["attribution"] = {"start": s, "end": t, "text": text, "entity": name, "kb_id": kb_id}
        return events

    def actors(self, *, country: str | None = None, sector: str | Sequence[str] | None = None,
               type: str | Sequence[str] | None = None, name: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Actors (across documents) with how many documents, mentions and events name them."""
        where, params = [], []
        if country:
            where.append("a.country = ?")
            params.append(country.upper())
        for column, value in (("a.sector", sector), ("a.type", type)):
            values = _split(value)
            if values:
                where.append(f"{column} IN ({marks(len(values))})")
                params += [v.upper() for v in values]
        if name:
            where.append("(a.key = ? OR a.kb_id = ? OR a.name = ? OR lower(a.name_en) = lower(?))")
            params += [name] * 4
        sql = ("SELECT a.id, a.key, a.kb_id, a.name, a.name_en, a.type, a.kind, a.country, a.sector, a.wikidata,"
               " (SELECT count(DISTINCT en.document) FROM entities en WHERE en.actor = a.id),"
               " (SELECT count(*) FROM mentions m JOIN entities en ON en.id = m.entity WHERE en.actor = a.id),"
               " (SELECT count(DISTINCT ea.event) FROM event_actors ea JOIN entities en ON en.id = ea.entity"
               "  WHERE en.actor = a.id) AS n_events"
               " FROM actors a" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY n_events DESC, a.key")
        sql = limited(sql, params, limit)
        keys = ("id", "key", "kb_id", "name", "name_en", "type", "kind", "country", "sector", "wikidata",
                "documents", "mentions", "events")
        return [dict(zip(keys, r, strict=True)) for r in self.db.query(sql, params)]


_DOC_SELECT = "SELECT id, doc_id, date, text, meta, removed, paragraphs, sentences, stats FROM documents"

_EVENT_SELECT = (
    "SELECT e.id, e.local_id, e.type, e.mode, e.cameo_root, e.intensity, e.date, e.day, e.date_span, e.modality,"
    " e.confidence, p.name, d.doc_id, d.date, d.outlet, d.url, d.title, e.corpus_event"
    " FROM events e JOIN documents d ON d.id = e.document LEFT JOIN entities p ON p.id = e.place")


def records_for_network(db: str | Path) -> list[dict[str, Any]]:
    """What ``rasd network --db`` reads: records with entities and events."""
    with Store.open(db, create=False) as store:
        return list(store.network_records())
