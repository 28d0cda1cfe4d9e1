"""Across documents: the same event reported by several outlets or on several days
becomes one corpus event with several sources.

Two events of different documents are the same corpus event when they have the same
PLOVER type and modality, compatible sides, and their days are close: the later one's
day is at most ``window`` days after the cluster's last day and ``max_span`` days after
its first (so a daily, recurring kind of event does not chain into one for months).
Sides are compatible when the actors share an identity with the cluster's first report
and the recipients share one or are both empty (matching the first report, not the union
of all, keeps clusters from drifting); a symmetric event may match with the sides swapped. An actor's
identities are its key (knowledge-base id, COUNTRY/SECTOR group or name) and, for a
state or a descriptive group, its country.

Events of one document are never merged here (the event stage already merged the
mentions of one event in an article). Events without a day stay on their own. The
merge is recomputed from scratch, streaming events by day with only the open clusters
in memory; it is deterministic for a given store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .db import DB, limited, marks

PAGE = 2000


@dataclass
class _Cluster:
    type: str
    modality: str
    first: int
    last: int
    first_day: str
    last_day: str
    actors: set[str]          # the first report's sides: what later reports must match (no chaining)
    recipients: set[str]
    events: list[int] = field(default_factory=list)
    all_actors: set[str] = field(default_factory=set)      # every report's sides, for the record
    all_recipients: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)


@dataclass
class MergeStats:
    events: int = 0               # document events
    dated: int = 0                # with a day (event date or article date)
    corpus_events: int = 0        # after merging
    merged: int = 0               # corpus events reported by 2+ documents
    events_in_merged: int = 0     # document events inside those
    multi_outlet: int = 0         # corpus events reported by 2+ outlets

    def summary(self) -> str:
        return (f"{self.events} document events ({self.dated} dated) -> {self.corpus_events} corpus events; "
                f"{self.merged} reported by several documents (holding {self.events_in_merged} document events), "
                f"{self.multi_outlet} by several outlets")


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day).toordinal()
    except (TypeError, ValueError):
        return None


def _overlap(a: set[str], b: set[str]) -> bool:
    return bool(a & b)


def _sides_fit(c: _Cluster, actors: set[str], recipients: set[str]) -> int:
    """0: not the same event; 1: same sides; 2: same sides swapped (A hits B, B hits A)."""
    def fit(a: set[str], r: set[str]) -> bool:
        return _overlap(c.actors, a) and (_overlap(c.recipients, r) or (not c.recipients and not r))

    return 1 if fit(actors, recipients) else (2 if fit(recipients, actors) else 0)


def merge_events(db: DB, window: int = 3, max_span: int = 7) -> MergeStats:
    """Recompute the corpus events of the store behind ``db`` (one transaction)."""
    stats = MergeStats()
    with db.transaction():
        db.execute("UPDATE events SET corpus_event = NULL")
        db.execute("DELETE FROM corpus_events")
        stats.events = int(db.one("SELECT count(*) FROM events")[0])
        open_: dict[tuple[str, str], list[_Cluster]] = {}
        last_key: tuple[str, int] = ("", 0)
        while True:
            rows = db.query(
                "SELECT e.id, e.type, e.modality, e.day, e.document, d.outlet FROM events e"
                " JOIN documents d ON d.id = e.document"
                " WHERE e.day IS NOT NULL AND (e.day > ? OR (e.day = ? AND e.id > ?))"
                " ORDER BY e.day, e.id LIMIT ?", (last_key[0], last_key[0], last_key[1], PAGE))
            if not rows:
                break
            last_key = (rows[-1][3], rows[-1][0])
            today = _ordinal(rows[0][3])
            if today is not None:  # close every cluster the window has passed: memory stays flat
                for clusters in open_.values():
                    keep = [c for c in clusters if not (c.last < today - window or c.first < today - max_span)]
                    for c in clusters:
                        if c not in keep:
                            _write(db, c, stats)
                    clusters[:] = keep
            sides = _sides(db, [r[0] for r in rows])
            for eid, typ, modality, day, doc, outlet in rows:
                n = _ordinal(day)
                if n is None:
                    continue
                stats.dated += 1
                actors, recipients = sides.get(eid, (set(), set()))
                clusters = open_.setdefault((typ, modality), [])
                keep = []
                for c in clusters:  # close what the window has passed
                    if c.last < n - window or c.first < n - max_span:
                        _write(db, c, stats)
                    else:
                        keep.append(c)
                clusters[:] = keep
                match, how = None, 1
                if actors:
                    for c in clusters:
                        how = _sides_fit(c, actors, recipients) if doc not in c.documents else 0
                        if how:
                            match = c
                            break
                    how = how or 1
                if match is None:
                    match = _Cluster(typ, modality, n, n, day, day, set(actors), set(recipients))
                    clusters.append(match)
                match.events.append(eid)
                match.all_actors |= actors if how == 1 else recipients
                match.all_recipients |= recipients if how == 1 else actors
                match.documents.add(doc)
                if outlet:
                    match.outlets.add(outlet)
                match.last, match.last_day = max(match.last, n), max(match.last_day, day)
        for clusters in open_.values():
            for c in clusters:
                _write(db, c, stats)
    return stats


def _sides(db: DB, ids: list[int]) -> dict[int, tuple[set[str], set[str]]]:
    out: dict[int, tuple[set[str], set[str]]] = {}
    in_ids = marks(len(ids))
    for eid, role, key, kind, country in db.query(
            "SELECT ea.event, ea.role, a.key, en.kind, en.country FROM event_actors ea"
            " JOIN entities en ON en.id = ea.entity LEFT JOIN actors a ON a.id = en.actor"
            f" WHERE ea.event IN ({in_ids})", ids):
        actors, recipients = out.setdefault(eid, (set(), set()))
        side = actors if role == "actor" else recipients
        if key:
            side.add(key)
        if kind in ("state", "group") and country:
            side.add(country)
    return out


def _write(db: DB, c: _Cluster, stats: MergeStats) -> None:
    row = db.one(
        "INSERT INTO corpus_events (type, modality, first_day, last_day, actors, recipients, n_events, n_documents,"
        " n_outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (c.type, c.modality, c.first_day, c.last_day, json.dumps(sorted(c.all_actors), ensure_ascii=False),
         json.dumps(sorted(c.all_recipients), ensure_ascii=False), len(c.events), len(c.documents), len(c.outlets)))
    cid = int(row[0])
    for i in range(0, len(c.events), 500):
        chunk = c.events[i:i + 500]
        db.execute(f"UPDATE events SET corpus_event = ? WHERE id IN ({marks(len(chunk))})", [cid, *chunk])
    stats.corpus_events += 1
    if len(c.documents) > 1:
        stats.merged += 1
        stats.events_in_merged += len(c.events)
    if len(c.outlets) > 1:
        stats.multi_outlet += 1


def corpus_event_rows(db: DB, *, type: list[str] | None = None, start: str | None = None, end: str | None = None,
                      min_documents: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    where, params = ["c.n_documents >= ?"], [min_documents]
    if type:
        where.append(f"c.type IN ({marks(len(type))})")
        params += [t.upper() for t in type]
    if start:
        where.append("c.last_day >= ?")
        params.append(start)
    if end:
        where.append("c.first_day <= ?")
        params.append(end)
    sql = ("SELECT c.id, c.type, c.modality, c.first_day, c.last_day, c.actors, c.recipients, c.n_events,"
           " c.n_documents, c.n_outlets FROM corpus_events c WHERE " + " AND ".join(where)
           + " ORDER BY c.n_documents DESC, c.first_day, c.id")
    sql = limited(sql, params, limit)
    out = []
    for cid, typ, modality, first, last, actors, recipients, n_ev, n_doc, n_out in db.query(sql, params):
        rows = db.query("SELECT d.doc_id, e.local_id, d.outlet, e.day, d.url FROM events e"
                        " JOIN documents d ON d.id = e.document WHERE e.corpus_event = ? ORDER BY e.day, e.id", (cid,))
        sources = [{"ref": f"{doc_id}#{local}", "outlet": outlet, "date": d, "url": url}
                   for doc_id, local, outlet, d, url in rows]
        out.append({"id": cid, "type": typ, "modality": modality, "first_day": first, "last_day": last,
                    "actors": json.loads(actors), "recipients": json.loads(recipients), "events": n_ev,
                    "documents": n_doc, "outlets": n_out, "sources": sources})
    return out
