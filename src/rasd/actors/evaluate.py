"""Score actor linking against hand-coded actors (the ``actors`` of a gold file).

A gold actor has an id, a country and the Arabic surfaces the article uses for it.
An output entity is *linked* when it has a ``kb_id`` or is a descriptive group with
a country; places (cities that do not stand for a state) are not actors and are left
out. Matching is by surface (folded, proclitics stripped; a mention may carry a title
or rank before the coded surface: "اللواء عباس كامل" for "عباس كامل"):
- a gold actor is **found** when a linked entity has a mention whose surface is one of
  the actor's surfaces, and the entity's country agrees (or either has none);
- a linked entity is **correct** when it is found for some gold actor; it is a
  **wrong link** when one of its surfaces is a gold actor's but the country disagrees,
  and **unconfirmed** when none of its surfaces is coded (counted against precision:
  the coders coded every political actor of the article).
Recall = found / gold actors. Two precisions: *link precision* = correct / (correct +
wrong), whether a link the coders can judge is right; *strict precision* = correct /
linked entities, which also counts the unconfirmed links (often real actors or places
the coders did not code) against the linker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events.evaluate import _key, load_gold, load_output
from ..errors import InputError


@dataclass
class LinkScore:
    id: str
    gold: int = 0
    found: int = 0
    linked: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)


def _country_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def score_links(gold: dict, output: dict) -> LinkScore:
    text = output["text"]
    res = LinkScore(id=output.get("id", ""))
    surfaces: dict[str, list[dict]] = {}
    for a in gold.get("actors", []):
        for s in {a.get("name_ar", ""), *a.get("aliases_ar", [])}:
            if s:
                surfaces.setdefault(_key(s), []).append(a)
    linked = [e for e in output.get("entities", [])
              if (e.get("kb_id") and e.get("kind") != "city") or (e.get("kind") == "group" and e.get("country"))]
    found: set[str] = set()
    for e in linked:
        keys = {_key(text[m["start"]:m["end"]]) for m in e["mentions"]}
        hits = [a for k in keys for s, actors in surfaces.items() if k == s or k.endswith(" " + s) for a in actors]
        good = [a for a in hits if _country_ok(a.get("country"), e.get("country"))]
        label = f"{e.get('kb_id') or e['name']}"
        if good:
            res.correct += 1
            found |= {a["id"] for a in good}
        elif hits:
            res.wrong.append(f"{label} ({e.get('country')}) for {hits[0]['id']} ({hits[0].get('country')})")
        else:
            res.unconfirmed.append(label)
    res.linked = len(linked)
    res.gold = len(gold.get("actors", []))
    res.found = len(found)
    res.missed = [a["id"] for a in gold.get("actors", []) if a["id"] not in found]
    return res


def evaluate(gold_path: Path, output_path: Path) -> dict[str, Any]:
    golds = load_gold(gold_path)
    outputs = {o.get("id"): o for o in load_output(output_path)}
    scores = []
    for g in golds:
        gid = g.get("docno") or Path(g.get("document", "")).stem
        out = outputs.get(gid) or (next(iter(outputs.values())) if len(golds) == 1 == len(outputs) else None)
        if out is None:
            raise InputError("E116", path=output_path, id=gid)
        scores.append(score_links(g, out))
    gold = sum(s.gold for s in scores)
    linked = sum(s.linked for s in scores)
    correct = sum(s.correct for s in scores)
    wrong = sum(len(s.wrong) for s in scores)
    p = correct / linked if linked else 0.0
    link_p = correct / (correct + wrong) if correct + wrong else 0.0
    r = sum(s.found for s in scores) / gold if gold else 0.0
    return {
        "articles": len(scores), "gold_actors": gold, "found": sum(s.found for s in scores),
        "linked_entities": linked, "correct": sum(s.correct for s in scores),
        "precision": p, "link_precision": link_p, "wrong_links": wrong,
        "unconfirmed_links": sum(len(s.unconfirmed) for s in scores),
        "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "wrong": {s.id: s.wrong for s in scores if s.wrong},
        "missed": {s.id: s.missed for s in scores if s.missed},
        "unconfirmed": {s.id: s.unconfirmed for s in scores if s.unconfirmed},
    }


def format_report(r: dict[str, Any], details: bool = True) -> str:
    lines = [
        f"articles {r['articles']}  gold actors {r['gold_actors']}  found {r['found']}  "
        f"linked entities {r['linked_entities']}  correct {r['correct']}",
        f"strict precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}",
        f"link precision {r['link_precision']:.3f} ({r['wrong_links']} wrong links; "
        f"{r['unconfirmed_links']} links to actors the coders did not code)",
    ]
    if details:
        for key in ("wrong", "missed", "unconfirmed"):
            if r[key]:
                lines.append(f"{key}:")
                lines += [f"  {k}: {', '.join(v)}" for k, v in r[key].items()]
    return "\n".join(lines)
