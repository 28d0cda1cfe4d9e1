"""Documents to the output records of ``rasd analyze`` (JSON Schema in schema/)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .document import Document


def to_dict(doc: Document) -> dict[str, Any]:
    kept = doc.kept_tokens
    return {
        "id": doc.id,
        "text": doc.text,
        "date": doc.date,
        "meta": doc.meta,
        "removed": [{"start": r.start, "end": r.end, "reason": r.label} for r in doc.removed],
        "paragraphs": [{"start": p.start, "end": p.end} for p in doc.paragraphs],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "stats": {
            "paragraphs": len(doc.paragraphs),
            "sentences": len(doc.sentences),
            "tokens": len(kept),
            "words": sum(1 for t in kept if t.kind in ("word", "number")),
        },
        "entities": doc.entities,
        "events": doc.events,
    }


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("rasd.schema").joinpath("document.schema.json").read_text("utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``record`` fits the schema and its spans fit ``text``."""
    import jsonschema

    jsonschema.validate(record, schema())
    n = len(record["text"])
    for key in ("removed", "paragraphs", "sentences"):
        for s in record.get(key, []):
            if not 0 <= s["start"] <= s["end"] <= n:
                raise jsonschema.ValidationError(f"{key} span {s} outside text of length {n}")
    for e in record["entities"]:
        for m in e["mentions"]:
            if not 0 <= m["start"] < m["end"] <= n:
                raise jsonschema.ValidationError(f"entity mention {m} outside text of length {n}")


def to_text(record: dict[str, Any]) -> str:
    """A human-readable summary: kept sentences, removals, entities, events."""
    text = record["text"]
    lines = [f"# {record['id']}  date={record['date']}  " + "  ".join(f"{k}={v}" for k, v in record["stats"].items())]
    if record["removed"]:
        lines.append("removed:")
        for r in record["removed"]:
            surface = text[r["start"]:r["end"]].replace("\n", " ")
            lines.append(f"  [{r['start']}:{r['end']}] {r['reason']}: {surface[:60]}{'…' if len(surface) > 60 else ''}")
    lines.append("sentences:")
    for i, s in enumerate(record["sentences"], 1):
        lines.append(f"  {i:3d}. {text[s['start']:s['end']]}")
    if record["entities"]:
        lines.append("entities:")
        for e in record["entities"]:
            ms = ", ".join(text[m["start"]:m["end"]] for m in e["mentions"])
            extra = f" -> {e['kb_id']}" if e.get("kb_id") else ""
            lines.append(f"  {e['type']:4s} {e['name']}{extra}  ({len(e['mentions'])}: {ms})")
    if record["events"]:
        names = {e["id"]: e["name"] for e in record["entities"]}
        lines.append("events:")
        for ev in record["events"]:
            who = lambda ids: " + ".join(names.get(i, i) for i in ids) or "?"  # noqa: E731
            att = ev.get("attribution")
            lines.append(f"  {ev['id']} {ev['type']}/{ev.get('mode') or '-'} ({ev.get('modality')}): "
                         f"{who(ev['actors'])} -> {who(ev['recipients'])}"
                         f"  date={ev.get('date') or '?'}  according to: {att['text'] if att else '-'}")
            for sp in ev["evidence"]:
                lines.append(f"      «{text[sp['start']:sp['end']]}» [{sp['start']}:{sp['end']}]")
    return "\n".join(lines)
