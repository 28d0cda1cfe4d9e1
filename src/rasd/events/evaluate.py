"""Score rasd's events against a hand-coded gold file (format of ../shared/gold/seed.gold.json).

Matching follows the gold README:
- an output entity stands for a gold actor (or gold place) when one of its mentions,
  folded, is the gold actor's Arabic name or one of its aliases (clitics stripped);
- a gold ``source``/``target`` list holds acceptable actor ids, any one matches; a
  state id (ISO 3166 alpha-3) also accepts any actor of that country;
- ``symmetric`` events match in either direction; the type may be ``type`` or one of
  ``alt_types``;
- events are matched one to one (maximum matching, preferring pairs whose evidence
  overlaps); ``optional`` gold events are not counted as misses, but count when found.
On the matched events it reports the accuracy of modality, attribution (the output's
attribution text overlaps the gold ``attributed_to``, or both are null) and time
(where the gold ``when`` is an ISO date or range; the same days written another way count:
"2007" is "2007-01-01/2007-12-31").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..text.normalize import normalize_key
from ..text.tokenize import proclitic_length
from .timex import first_day, last_day

ISO_WHEN = re.compile(r"^\d{4}(-\d\d){0,2}(/(\d{4}(-\d\d){0,2}|\.\.))?$")
ISO3 = re.compile(r"^[A-Z]{3}$")


def _key(s: str) -> str:
    """Folded surface without the first word's proclitics; ل + ال written لل gets its
    article back ("للحوثيين" → "الحوثيين")."""
    words = s.split()
    if words:
        w = words[0]
        n = proclitic_length(w)
        if 0 < n < len(w):
            stem = w[n:]
            if normalize_key(w[:n]).endswith("ل") and normalize_key(stem).startswith("ل"):
                stem = "ا" + stem
            words[0] = stem
    return normalize_key(" ".join(words))


@dataclass
class ArticleScore:
    id: str
    gold: int = 0               # gold events that are not optional
    found_optional: int = 0
    predicted: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    modality: list[bool] = field(default_factory=list)
    attribution: list[bool] = field(default_factory=list)
    time: list[bool] = field(default_factory=list)
    # type -> [output events, of them matched, required gold events, of them found]
    types: dict[str, list[int]] = field(default_factory=dict)


def _actor_matches(gold: dict, output: dict) -> dict[str, set[str]]:
    """For each output entity id, the gold actor ids (and ISO3 countries) it stands for."""
    aliases: dict[str, set[str]] = {}
    for a in [*gold.get("actors", []), *gold.get("places", [])]:
        for s in [a.get("name_ar", "")] + list(a.get("aliases_ar", [])):
            if s:
                aliases.setdefault(_key(s), set()).add(a["id"])
    country = {a["id"]: a.get("country") for a in [*gold.get("actors", []), *gold.get("places", [])]}
    text = output["text"]
    out: dict[str, set[str]] = {}
    for e in output.get("entities", []):
        ids: set[str] = set()
        for m in e.get("mentions", []):
            k = _key(text[m["start"]:m["end"]])
            for s, who in aliases.items():
                if k == s or k.endswith(" " + s):  # "اللواء عباس كامل" is "عباس كامل"
                    ids |= who
        countries = {country[i] for i in ids if country.get(i)}
        if e.get("country"):
            countries.add(e["country"])
        out[e["id"]] = ids | countries
    return out


def _side_ok(gold_ids: list[str], entity_ids: list[str], stands: dict[str, set[str]]) -> bool:
    for x in entity_ids:
        got = stands.get(x, set())
        for g in gold_ids:
            if g in got:
                return True
    return False


def _span_of(text: str, evidence: str) -> tuple[int, int] | None:
    i = text.find(evidence)
    return (i, i + len(evidence)) if i >= 0 else None


def _overlaps(span: tuple[int, int] | None, ev: dict) -> bool:
    if span is None:
        return False
    return any(s["start"] < span[1] and span[0] < s["end"] for s in ev.get("evidence", []))


def _compatible(g: dict, ev: dict, stands: dict[str, set[str]]) -> bool:
    if ev.get("type") not in {g["type"], *g.get("alt_types", [])}:
        return False
    src, tgt = ev.get("actors", []), ev.get("recipients", [])
    if _side_ok(g.get("source", []), src, stands) and _side_ok(g.get("target", []), tgt, stands):
        return True
    if g.get("symmetric"):
        if _side_ok(g.get("source", []), tgt, stands) and _side_ok(g.get("target", []), src, stands):
            return True
        # a symmetric event may list both parties as actors ("بين حفتر وإسرائيل")
        if _side_ok(g.get("source", []), src, stands) and _side_ok(g.get("target", []), src, stands):
            return True
    return False


def _days(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date, month, year or range covers: "2007" and
    "2007-01-01/2007-12-31" are one period, written two ways."""
    if not value or not ISO_WHEN.match(value):
        return None
    try:
        first, last = first_day(value), last_day(value)
    except ValueError:  # no such day: "2018-02-30"
        return None
    return (first.isoformat(), last.isoformat() if last else "..")


def _time_ok(when: str, ev: dict) -> bool:
    date = ev.get("date")
    if date == when:
        return True
    days = _days(date)
    return days is not None and days == _days(when)


def _attribution_ok(g: dict, ev: dict) -> bool:
    gold = g.get("attributed_to")
    att = ev.get("attribution")
    if not gold:
        return att is None
    if att is None:
        return False
    a, b = _key(gold), _key(att.get("text", ""))
    return bool(b) and (a in b or b in a)


def score_article(gold: dict, output: dict) -> ArticleScore:
    import networkx as nx

    stands = _actor_matches(gold, output)
    text = output["text"]
    events = output.get("events", [])
    golds = gold.get("events", [])
    res = ArticleScore(id=output.get("id", ""), predicted=len(events),
                       gold=sum(1 for g in golds if not g.get("optional")))
    graph = nx.Graph()
    for gi, g in enumerate(golds):
        span = _span_of(text, g.get("evidence", ""))
        for oi, ev in enumerate(events):
            if _compatible(g, ev, stands):
                weight = 1 + (2 if _overlaps(span, ev) else 0) + (0 if g.get("optional") else 0.5)
                graph.add_edge(("g", gi), ("o", oi), weight=weight)
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    matched_gold: set[int] = set()
    matched_out: set[int] = set()
    for a, b in matching:
        (_, gi), (_, oi) = sorted([a, b])  # "g" < "o"
        g, ev = golds[gi], events[oi]
        matched_gold.add(gi)
        matched_out.add(oi)
        res.pairs.append((g["id"], ev.get("id", str(oi))))
        if g.get("optional"):
            res.found_optional += 1
        res.modality.append(ev.get("modality") == g.get("modality", "asserted"))
        res.attribution.append(_attribution_ok(g, ev))
        when = g.get("when")
        if isinstance(when, str) and ISO_WHEN.match(when):
            res.time.append(_time_ok(when, ev))
    res.matched = len(matching)
    for oi, ev in enumerate(events):
        row = res.types.setdefault(ev.get("type", "?"), [0, 0, 0, 0])
        row[0] += 1
        row[1] += oi in matched_out
    for gi, g in enumerate(golds):
        if not g.get("optional"):
            row = res.types.setdefault(g["type"], [0, 0, 0, 0])
            row[2] += 1
            row[3] += gi in matched_gold
    res.missed = [g["id"] for i, g in enumerate(golds) if i not in matched_gold and not g.get("optional")]
    res.spurious = [ev.get("id", str(i)) for i, ev in enumerate(events) if i not in matched_out]
    return res


def coding_as_output(coding: dict, text: str, optional: bool = False) -> dict:
    """A hand coding in the shape of rasd's output, to score one coder against another
    (bench/intercoder.py): its actors and places become entities whose mentions are every
    occurrence of their Arabic names; each event keeps its type, first source and target,
    modality, attribution and time. Optional events are left out unless ``optional``."""
    def spans(surface: str) -> list[dict]:
        return [{"start": m.start(), "end": m.end()} for m in re.finditer(re.escape(surface), text)] if surface else []

    entities = [{"id": a["id"], "country": a.get("country"),
                 "mentions": [s for name in sorted({a.get("name_ar", ""), *a.get("aliases_ar", [])}) for s in spans(name)]}
                for a in [*coding.get("actors", []), *coding.get("places", [])]]
    events = []
    for g in coding.get("events", []):
        if g.get("optional") and not optional:
            continue
        who, when = g.get("attributed_to"), g.get("when")
        events.append({"id": g["id"], "type": g["type"], "actors": g.get("source", [])[:1],
                       "recipients": g.get("target", [])[:1], "modality": g.get("modality", "asserted"),
                       "date": when if isinstance(when, str) else None,
                       "attribution": {"text": who} if who else None, "evidence": spans(g.get("evidence", ""))[:1]})
    return {"id": coding.get("docno", ""), "text": text, "entities": entities, "events": events}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _by_type(scores: list[ArticleScore]) -> dict[str, dict[str, float]]:
    """Precision of each output type and recall of each gold type (a gold event found under an
    alternative type counts for its own type)."""
    rows: dict[str, list[int]] = {}
    for s in scores:
        for t, row in s.types.items():
            rows[t] = [a + b for a, b in zip(rows.get(t, [0, 0, 0, 0]), row)]
    return {t: {"predicted": n, "matched": ok, "precision": _ratio(ok, n), "gold": gn, "found": found,
                "recall": _ratio(found, gn)}
            for t, (n, ok, gn, found) in sorted(rows.items(), key=lambda kv: -kv[1][0] - kv[1][2])}


def summarize(scores: list[ArticleScore]) -> dict[str, Any]:
    matched = sum(s.matched for s in scores)
    predicted = sum(s.predicted for s in scores)
    denom = sum(s.gold + s.found_optional for s in scores)
    p, r = _ratio(matched, predicted), _ratio(matched, denom)
    f = 2 * p * r / (p + r) if p + r else 0.0
    flat = lambda key: [x for s in scores for x in getattr(s, key)]  # noqa: E731
    return {
        "articles": len(scores), "gold": sum(s.gold for s in scores), "predicted": predicted,
        "matched": matched, "precision": p, "recall": r, "f1": f,
        # recall counts an optional gold event found (README of ../shared/gold); this one does not
        "required_found": sum(s.gold - len(s.missed) for s in scores),
        "modality_accuracy": _ratio(sum(flat("modality")), len(flat("modality"))),
        "attribution_accuracy": _ratio(sum(flat("attribution")), len(flat("attribution"))),
        "time_accuracy": _ratio(sum(flat("time")), len(flat("time"))), "time_scored": len(flat("time")),
        "by_type": _by_type(scores),
        "missed": {s.id: s.missed for s in scores if s.missed},
        "spurious": {s.id: s.spurious for s in scores if s.spurious},
    }


def _read(path: Path) -> str:
    """The file's text; an InputError when it is missing, empty, binary or not UTF-8."""
    from ..io.readers import decode

    try:
        data = Path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise InputError("E107", path=path) from None
    return decode(data, str(path))


def load_gold(path: Path) -> list[dict]:
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as e:
        raise InputError("E110", path=path, why=e.msg) from None
    return data if isinstance(data, list) else [data]


def load_output(path: Path) -> list[dict]:
    raw = _read(path).strip()
    try:
        return [json.loads(raw)] if raw.startswith("{") and "\n{" not in raw else [json.loads(x) for x in raw.split("\n") if x.strip()]
    except json.JSONDecodeError as e:
        raise InputError("E110", path=path, why=e.msg) from None


def evaluate(gold_path: Path, output_path: Path, min_confidence: float = 0.0) -> dict[str, Any]:
    """Score the output's events (those with ``confidence >= min_confidence``) against the gold."""
    golds = load_gold(gold_path)
    outputs = load_output(output_path)
    if min_confidence > 0:
        outputs = [{**o, "events": [e for e in o.get("events", []) if e.get("confidence", 1.0) >= min_confidence]}
                   for o in outputs]
    by_id = {o.get("id"): o for o in outputs}
    scores = []
    for g in golds:
        gid = g.get("docno") or Path(g.get("document", "")).stem
        out = by_id.get(gid) if gid in by_id else (outputs[0] if len(golds) == 1 and len(outputs) == 1 else None)
        if out is None:
            raise InputError("E116", path=output_path, id=gid)
        scores.append(score_article(g, out))
    return summarize(scores)


def format_report(r: dict[str, Any], by_type: bool = False) -> str:
    lines = [
        f"articles {r['articles']}  gold events {r['gold']}  predicted {r['predicted']}  matched {r['matched']}",
        f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
        f"  (required events found: {r['required_found']} of {r['gold']})",
        f"on matched events: modality {r['modality_accuracy']:.3f}  attribution {r['attribution_accuracy']:.3f}"
        f"  time {r['time_accuracy']:.3f} (of {r['time_scored']} with an ISO gold time)",
    ]
    if by_type:
        lines.append(format_types(r))
    if r["missed"]:
        lines.append("missed: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in r["missed"].items()))
    if r["spurious"]:
        lines.append("spurious: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in r["spurious"].items()))
    return "\n".join(lines)


def format_types(r: dict[str, Any]) -> str:
    """The precision and recall of each event type, one line each."""
    return "\n".join(["type        predicted  matched  P      gold  found  R"] + [
        f"{t:10s} {x['predicted']:10d} {x['matched']:8d}  {x['precision']:.2f} {x['gold']:6d} {x['found']:6d}"
        f"  {x['recall']:.2f}" for t, x in r["by_type"].items()])
