"""Exports of a store: PLOVER JSON records, one-row-per-event CSV, GraphML actor network.

PLOVER's JSON field names (PLOVER manual, "JSON Data Fields"): ``id``, ``date``,
``enddate``, ``source`` and ``recipient`` (lists of actor objects with ``code``,
``sector``, ``actor_text``, ``identifier_id``, ``identifier_text``), ``event``, ``mode``,
``event_loc``, ``event_text``, ``quad_code``, ``event_scale``, ``cite_info``, ``coder``.
rasd's own additions keep their rasd names: ``cameo_root``, ``modality``,
``attribution``, ``evidence`` (character spans), ``confidence``, ``document``.

The CSV has one row per event with columns an ACLED or GDELT user will recognise
(``event_date``, ``event_type``, ``sub_event_type``, ``actor1``, ``assoc_actor_1``,
``actor2``, ``location``, ``source``, ``source_url``, ``notes``, ``GoldsteinScale``-like
``intensity``, ``quad_class``, ``cameo_root``).
"""

from __future__ import annotations

import calendar
import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from .. import __version__

QUAD = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
        **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
        **dict.fromkeys(("REQUEST", "DEMAND", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
        **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4)}

CODER = f"rasd {__version__}"

CSV_COLUMNS = ["event_id", "event_date", "end_date", "year", "event_type", "sub_event_type", "cameo_root",
               "quad_class", "intensity", "modality", "confidence",
               "actor1", "actor1_ar", "actor1_id", "actor1_country", "actor1_sector", "assoc_actor_1",
               "actor2", "actor2_ar", "actor2_id", "actor2_country", "actor2_sector", "assoc_actor_2",
               "location", "attribution", "source", "source_url", "source_title", "doc_id", "doc_date", "notes"]


def bounds(date: str | None, fallback: str | None = None) -> tuple[str | None, str | None]:
    """First and last day of a rasd date (``2019-12-03``, ``2019-08``, ``2019``,
    ``2019-08/2019-09``, ``2014/..``); the fallback day when there is none."""
    if not date:
        return fallback, None
    first, _, last = date.partition("/")
    start = _first_day(first) if first and first != ".." else fallback
    end = _last_day(last) if last and last != ".." else (None if last else _last_day(first))
    if end == start:
        end = None
    return start, end


def _first_day(d: str) -> str:
    return d if len(d) == 10 else (d + "-01" if len(d) == 7 else d[:4] + "-01-01")


def _last_day(d: str) -> str | None:
    if len(d) == 10:
        return d
    if len(d) == 7:
        y, m = int(d[:4]), int(d[5:7])
        return f"{d}-{calendar.monthrange(y, m)[1]:02d}"
    if len(d) == 4 and d.isdigit():
        return d + "-12-31"
    return None


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    return {"code": a.get("country"), "sector": a.get("sector"), "actor_text": a.get("name"),
            "identifier_id": a.get("wikidata"), "identifier_text": a.get("name_en"), "kb_id": a.get("kb_id")}


def to_plover(ev: dict[str, Any]) -> dict[str, Any]:
    """One event from :meth:`Store.events` as a PLOVER JSON record."""
    start, end = bounds(ev.get("date"), ev.get("doc_date"))
    att = ev.get("attribution")
    return {
        "id": ev["ref"],
        "date": start,
        "enddate": end,
        "source": [_actor(a) for a in ev["actors"]],
        "recipient": [_actor(a) for a in ev["recipients"]],
        "event": [ev["type"]],
        "mode": ev.get("mode"),
        "event_loc": {"name": ev["place"]} if ev.get("place") else None,
        "event_text": [s["text"] for s in ev["evidence"]],
        "quad_code": QUAD.get(ev["type"]),
        "event_scale": ev.get("intensity"),
        "cite_info": {"url": ev.get("url"), "title": ev.get("title"), "publication": ev.get("outlet"),
                      "language": "ar", "coder": CODER, "codebook": "PLOVER"},
        "coder": CODER,
        "cameo_root": ev.get("cameo_root"),
        "modality": ev.get("modality"),
        "attribution": {k: att[k] for k in ("text", "start", "end", "entity")} if att else None,
        "evidence": [{"start": s["start"], "end": s["end"]} for s in ev["evidence"]],
        "confidence": ev.get("confidence"),
        "date_text": ev.get("date"),
        "document": ev["document"],
    }


def write_json(events: Iterable[dict[str, Any]], fh: IO[str], *, lines: bool = True) -> int:
    """PLOVER records as JSON Lines (the manual's recommendation) or one JSON array."""
    n = 0
    if not lines:
        fh.write("[")
    for ev in events:
        rec = json.dumps(to_plover(ev), ensure_ascii=False)
        if lines:
            fh.write(rec + "\n")
        else:
            fh.write(("," if n else "") + "\n " + rec)
        n += 1
    if not lines:
        fh.write("\n]\n")
    return n


def _name(a: dict[str, Any]) -> str:
    return a.get("name_en") or a.get("name") or ""


def to_row(ev: dict[str, Any]) -> dict[str, Any]:
    start, end = bounds(ev.get("date"), ev.get("doc_date"))
    row: dict[str, Any] = {
        "event_id": ev["ref"], "event_date": start or "", "end_date": end or "", "year": (start or "")[:4],
        "event_type": ev["type"], "sub_event_type": ev.get("mode") or "", "cameo_root": ev.get("cameo_root") or "",
        "quad_class": QUAD.get(ev["type"], ""), "intensity": "" if ev.get("intensity") is None else ev["intensity"],
        "modality": ev.get("modality") or "", "confidence": "" if ev.get("confidence") is None else ev["confidence"],
        "location": ev.get("place") or "",
        "attribution": (ev.get("attribution") or {}).get("text") or "",
        "source": ev.get("outlet") or "", "source_url": ev.get("url") or "", "source_title": ev.get("title") or "",
        "doc_id": ev["document"], "doc_date": ev.get("doc_date") or "",
        "notes": " … ".join(s["text"] for s in ev["evidence"]),
    }
    for i, key in ((1, "actors"), (2, "recipients")):
        people = ev[key]
        first = people[0] if people else {}
        row[f"actor{i}"] = _name(first)
        row[f"actor{i}_ar"] = first.get("name") or ""
        row[f"actor{i}_id"] = first.get("kb_id") or first.get("key") or ""
        row[f"actor{i}_country"] = first.get("country") or ""
        row[f"actor{i}_sector"] = first.get("sector") or ""
        row[f"assoc_actor_{i}"] = "; ".join(_name(a) for a in people[1:])
    return row


def write_csv(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(to_row(ev))
        n += 1
    return n


def write_graphml(records: Iterable[dict[str, Any]], path: str, *, start: str | None = None, end: str | None = None,
                  modalities: tuple[str, ...] = ("asserted",), min_confidence: float = 0.0) -> tuple[int, int]:
    """The signed actor network (rasd.graph.network) as GraphML; alliances when
    leidenalg is installed. Returns (actors, ties)."""
    from ..graph.network import alliances, build, to_graphml

    g = build(records, start, end, modalities, min_confidence)
    try:
        groups = alliances(g)
    except ImportError:
        groups = None
    to_graphml(g, path, groups)
    return g.number_of_nodes(), g.number_of_edges()
