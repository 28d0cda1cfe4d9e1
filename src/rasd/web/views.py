"""What the web pages and the JSON API show, computed from records and the store.

Pure Python (no web framework): the article split into segments for display, event
summaries, the cached actor network per time window, and an actor's profile. The
store is only read.
"""

from __future__ import annotations

import calendar
import json
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from typing import Any

from ..errors import RasdError
from ..graph.network import build, event_day

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# -- dates ------------------------------------------------------------------------------
def confidence_bound(value: str | None) -> float | None:
    """A form's minimum confidence: empty is none; else a number from 0 to 1."""
    if value is None or value.strip() == "":
        return None
    try:
        x = float(value)
    except ValueError:
        raise RasdError("E607", value=value) from None
    if not 0 <= x <= 1:
        raise RasdError("E607", value=value)
    return x


def day_bound(value: str | None, field: str, *, end: bool = False) -> str | None:
    """A query's date as a full day: 'YYYY' and 'YYYY-MM' widen to the first (or, for
    an end, the last) day of the year or month."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise RasdError("E604", value=value, field=field)
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"
    month = int(parts[1])
    if not 1 <= month <= 12:
        raise RasdError("E604", value=value, field=field)
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-{last if end else 1:02d}"
    day = int(parts[2])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise RasdError("E604", value=value, field=field)
    return value


# -- the article ------------------------------------------------------------------------
def article_view(record: dict[str, Any]) -> dict[str, Any]:
    """The article cut into segments at every mention, evidence and attribution
    boundary, paragraph by paragraph, so that any span can be highlighted by marking
    the segments inside it; and its events, summarised. Text stays text: the template
    escapes it."""
    text: str = record.get("text") or ""
    ents = {e["id"]: e for e in record.get("entities") or []}
    mentions = sorted((int(m["start"]), int(m["end"]), e["id"])
                      for e in ents.values() for m in e.get("mentions") or []
                      if 0 <= int(m["start"]) < int(m["end"]) <= len(text))
    events = [summarise_event(ev, ents) for ev in record.get("events") or []]
    cuts: set[int] = set()
    for s, e, _ in mentions:
        cuts.update((s, e))
    for ev in events:
        for s, e in ev["spans"]["evidence"]:
            cuts.update((s, e))
        if ev["spans"]["attribution"]:
            cuts.update(ev["spans"]["attribution"])
    paragraphs = record.get("paragraphs") or [{"start": 0, "end": len(text)}]
    shown = 0
    out = []
    mi = 0
    active: list[tuple[int, int, str]] = []
    for p in sorted(paragraphs, key=lambda p: p["start"]):
        ps, pe = max(0, int(p["start"])), min(len(text), int(p["end"]))
        if pe <= ps:
            continue
        points = sorted({ps, pe} | {c for c in cuts if ps < c < pe})
        segs = []
        for a, b in zip(points, points[1:]):
            while mi < len(mentions) and mentions[mi][0] <= a:
                active.append(mentions[mi])
                mi += 1
            active = [m for m in active if m[1] > a]
            inside = [m for m in active if m[1] >= b]
            seg: dict[str, Any] = {"start": a, "end": b, "text": text[a:b]}
            if inside:
                s, e, eid = max(inside, key=lambda m: (m[0], -m[1]))  # the innermost mention
                ent = ents[eid]
                seg["entity"] = eid
                seg["type"] = ent.get("type") if ent.get("type") in ENTITY_TYPES else "MISC"
                seg["title"] = entity_title(ent)
                if b == e:
                    seg["label"] = seg["type"]
                    seg["key"] = ent.get("kb_id") or ""
            segs.append(seg)
        shown += pe - ps
        out.append(segs)
    legend = Counter(e.get("type") if e.get("type") in ENTITY_TYPES else "MISC" for e in ents.values())
    return {"paragraphs": out, "events": events, "entities": [entity_summary(e) for e in ents.values()],
            "legend": [(t, legend[t]) for t in ENTITY_TYPES if legend[t]],
            "hidden": len(text) - shown, "removed": len(record.get("removed") or [])}


def entity_title(ent: dict[str, Any]) -> str:
    bits = [ent.get("type") or "", ent.get("name_en") or "", ent.get("kb_id") or "",
            "/".join(x for x in (ent.get("country"), ent.get("sector")) if x)]
    return " · ".join(b for b in bits if b)


def entity_summary(ent: dict[str, Any]) -> dict[str, Any]:
    return {"id": ent["id"], "type": ent.get("type"), "name": ent.get("name"), "name_en": ent.get("name_en"),
            "kb_id": ent.get("kb_id"), "country": ent.get("country"), "sector": ent.get("sector"),
            "mentions": len(ent.get("mentions") or [])}


def summarise_event(ev: dict[str, Any], ents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An event of a record, with its participants by name and its spans as pairs."""
    def names(ids: Iterable[str]) -> list[dict[str, Any]]:
        return [{"id": i, "name": ents.get(i, {}).get("name") or i, "name_en": ents.get(i, {}).get("name_en"),
                 "kb_id": ents.get(i, {}).get("kb_id")} for i in ids or []]

    att = ev.get("attribution")
    att_span = [int(att["start"]), int(att["end"])] if att and att.get("start") is not None else None
    spans = {"evidence": [[int(s["start"]), int(s["end"])] for s in ev.get("evidence") or []],
             "attribution": att_span}
    return {"id": ev.get("id"), "type": ev.get("type"), "mode": ev.get("mode"), "modality": ev.get("modality"),
            "intensity": ev.get("intensity"), "date": ev.get("date"), "confidence": ev.get("confidence"),
            "actors": names(ev.get("actors")), "recipients": names(ev.get("recipients")),
            "attribution": (att or {}).get("text"), "spans": spans,
            "spans_json": json.dumps(spans, separators=(",", ":"))}


# -- the network ------------------------------------------------------------------------
class Network:
    """The store's network records, read once and re-read when the store changes, and
    the graphs and alliances of the windows asked for (a few kept)."""

    def __init__(self, keep: int = 32) -> None:
        self._lock = threading.Lock()
        self._fingerprint: tuple | None = None
        self._records: list[dict[str, Any]] = []
        self._graphs: OrderedDict[tuple, tuple[Any, list[list[str]] | None]] = OrderedDict()
        self._keep = keep

    @staticmethod
    def fingerprint(store: Any) -> tuple:
        docs = store.db.one("SELECT count(*), max(id) FROM documents")
        evs = store.db.one("SELECT count(*), max(id) FROM events")
        return tuple(docs or ()) + tuple(evs or ())

    def records(self, store: Any) -> list[dict[str, Any]]:
        fp = self.fingerprint(store)
        with self._lock:
            if fp != self._fingerprint:
                self._records = [slim(r) for r in store.network_records()]
                self._fingerprint = fp
                self._graphs.clear()
            return self._records

    def graph(self, store: Any, start: str | None, end: str | None,
              modalities: tuple[str, ...] = ("asserted",)) -> tuple[Any, list[list[str]] | None]:
        records = self.records(store)
        key = (self._fingerprint, start, end, modalities)
        with self._lock:
            if key in self._graphs:
                self._graphs.move_to_end(key)
                return self._graphs[key]
        g = build(records, start=start, end=end, modalities=modalities)
        groups = find_alliances(g)
        with self._lock:
            self._graphs[key] = (g, groups)
            while len(self._graphs) > self._keep:
                self._graphs.popitem(last=False)
        return g, groups

    def months(self, store: Any, modalities: tuple[str, ...] = ("asserted",)) -> list[dict[str, Any]]:
        counts: Counter[str] = Counter()
        for rec in self.records(store):
            for ev in rec.get("events") or []:
                if ev.get("modality", "asserted") not in modalities:
                    continue
                day = event_day(rec, ev)
                if day and len(day) >= 7:
                    counts[day[:7]] += 1
        return [{"month": m, "events": counts[m]} for m in sorted(counts)]


_ENTITY_KEYS = ("id", "kb_id", "kind", "country", "sector", "name", "name_en")
_EVENT_KEYS = ("id", "actors", "recipients", "modality", "intensity", "date")


def slim(record: dict[str, Any]) -> dict[str, Any]:
    """Only what the network needs of a record (no mentions, spans or raw fields)."""
    return {"id": record.get("id"), "date": record.get("date"),
            "entities": [{k: e.get(k) for k in _ENTITY_KEYS} for e in record.get("entities") or []],
            "events": [{k: ev.get(k) for k in _EVENT_KEYS} for ev in record.get("events") or []]}


def find_alliances(g: Any) -> list[list[str]] | None:
    """Alliances (rasd.graph.network.alliances), or None without leidenalg/igraph."""
    try:
        from ..graph.network import alliances

        return alliances(g)
    except ImportError:
        return None


def network_json(g: Any, groups: list[list[str]] | None, limit: int = 150) -> dict[str, Any]:
    """Nodes (the ``limit`` strongest: most total |intensity|), edges among them, alliances."""
    alliance = {n: i for i, grp in enumerate(groups or []) for n in grp}
    strength = {n: sum(abs(d["weight"]) for _, _, d in g.edges(n, data=True)) for n in g.nodes}
    keep = sorted(g.nodes, key=lambda n: (-strength[n], str(n)))[:limit]
    kept = set(keep)
    nodes = [{"id": n, "label": g.nodes[n].get("label") or n, "name_en": g.nodes[n].get("name_en") or "",
              "country": g.nodes[n].get("country") or "", "sector": g.nodes[n].get("sector") or "",
              "kind": g.nodes[n].get("kind") or "", "alliance": alliance.get(n), "degree": g.degree(n),
              "strength": round(strength[n], 2)} for n in keep]
    edges = [{"source": a, "target": b, "weight": round(d["weight"], 2), "positive": round(d["positive"], 2),
              "negative": round(d["negative"], 2), "events": d["events"], "sign": d.get("sign", 0)}
             for a, b, d in g.edges(data=True) if a in kept and b in kept]
    return {"nodes": nodes, "edges": edges,
            "alliances": None if groups is None else [
                [{"id": n, "label": g.nodes[n].get("label") or n} for n in grp] for grp in groups],
            "total_nodes": g.number_of_nodes(), "total_edges": g.number_of_edges()}


def edge_events(store: Any, g: Any, a: str, b: str, limit: int = 200) -> dict[str, Any] | None:
    """The events behind one edge, with their evidence text; None if there is no edge."""
    if not g.has_edge(a, b):
        return None
    d = g.edges[a, b]
    events = []
    seen: set[int] = set()
    for ref in d["refs"][:limit]:
        for ev in store.events(event=ref):
            if ev["id"] not in seen:
                seen.add(ev["id"])
                events.append(ev)
    events.sort(key=lambda e: (e.get("day") or "", e["id"]))
    return {"source": a, "target": b, "source_label": g.nodes[a].get("label") or a,
            "target_label": g.nodes[b].get("label") or b, "weight": round(d["weight"], 2),
            "positive": round(d["positive"], 2), "negative": round(d["negative"], 2), "count": d["events"],
            "truncated": d["events"] > limit, "events": events}


# -- an actor ---------------------------------------------------------------------------
def actor_profile(store: Any, network: Network, key: str, *, start: str | None = None, end: str | None = None,
                  limit: int = 1000) -> dict[str, Any]:
    """An actor's timeline, allies and adversaries (from the signed network of the
    window), its alliance, and its aliases and roles from the knowledge base."""
    rows = store.actors(name=key)
    if not rows:
        raise RasdError("E603", actor=key)
    row = next((r for r in rows if r["key"] == key), rows[0])
    node = row["key"]
    events = store.events(actor=node, start=start, end=end, limit=limit + 1)
    truncated = len(events) > limit
    events = events[:limit]
    months = Counter((e.get("day") or "")[:7] for e in events if e.get("day"))
    g, groups = network.graph(store, start, end)
    allies, adversaries = [], []
    if node in g:
        for other in g.neighbors(node):
            d = g.edges[node, other]
            item = {"id": other, "label": g.nodes[other].get("label") or other,
                    "name_en": g.nodes[other].get("name_en") or "", "weight": round(d["weight"], 2),
                    "events": d["events"]}
            if d["weight"] > 0:
                allies.append(item)
            elif d["weight"] < 0:
                adversaries.append(item)
    allies.sort(key=lambda x: (-x["weight"], x["id"]))
    adversaries.sort(key=lambda x: (x["weight"], x["id"]))
    alliance = next((grp for grp in groups or [] if node in grp), [])
    kb = kb_entry(row.get("kb_id"))
    return {"actor": row, "kb": kb, "aliases": (kb or {}).get("aliases", []),
            "allies": allies, "adversaries": adversaries,
            "alliance": [{"id": n, "label": g.nodes[n].get("label") or n} for n in alliance if n != node],
            "months": [{"month": m, "events": months[m]} for m in sorted(months)],
            "timeline": events, "truncated": truncated}


def kb_entry(kb_id: str | None) -> dict[str, Any] | None:
    if not kb_id:
        return None
    from ..kb import load_kb

    actor = load_kb().get(kb_id)
    if actor is None:
        return None
    return {"id": actor.id, "name": actor.name, "name_en": actor.name_en, "kind": actor.kind,
            "country": actor.country, "sector": actor.sector, "wikidata": actor.wikidata,
            "aliases": list(dict.fromkeys([actor.name, *actor.aliases])),
            "weak_aliases": list(actor.weak_aliases),
            "roles": [{"title_ar": r.title_ar, "title_en": r.title_en, "start": r.start, "end": r.end,
                       "country": r.country, "org": r.org} for r in actor.roles]}


def facets(store: Any) -> dict[str, list[str]]:
    """The values present in the store, for the corpus page's filter lists."""
    def distinct(sql: str) -> list[str]:
        return [r[0] for r in store.db.query(sql) if r[0]]

    return {"types": distinct("SELECT DISTINCT type FROM events ORDER BY type"),
            "modalities": distinct("SELECT DISTINCT modality FROM events ORDER BY modality"),
            "outlets": distinct("SELECT DISTINCT outlet FROM documents ORDER BY outlet"),
            "countries": distinct("SELECT DISTINCT country FROM actors ORDER BY country")}


def month_bars(months: list[dict[str, Any]], width: int = 720, height: int = 80) -> list[dict[str, Any]]:
    """Bars for a month histogram drawn as SVG rectangles (positions precomputed)."""
    if not months:
        return []
    top = max(m["events"] for m in months) or 1
    w = min(width / len(months), 40.0)
    return [{"x": round(i * w, 1), "w": round(max(1.0, w - 1), 1), "h": round(m["events"] / top * (height - 14), 1),
             "y": round(height - 14 - m["events"] / top * (height - 14), 1), **m} for i, m in enumerate(months)]
