"""An article with its entities marked, right to left, as an HTML page (displaCy).

Only the kept paragraphs are shown (widgets and repeats are left out); displaCy
escapes the article text, so markup in an article is shown, never run.
"""

from __future__ import annotations

import html
from typing import Any

COLORS = {"PER": "#f4c2c2", "ORG": "#bcd4f6", "LOC": "#c8e6c9", "MISC": "#eeeeee"}


def to_html(record: dict[str, Any], page: bool = True) -> str:
    from spacy import displacy

    text = record["text"]
    mentions = sorted(
        (m["start"], m["end"], e["type"]) for e in record["entities"] for m in e["mentions"]
    )
    parts = []
    paragraphs = record.get("paragraphs") or [{"start": 0, "end": len(text)}]
    for i, p in enumerate(paragraphs):
        ents = [{"start": s - p["start"], "end": e - p["start"], "label": t}
                for s, e, t in mentions if p["start"] <= s and e <= p["end"]]
        parts.append({
            "text": text[p["start"]:p["end"]],
            "ents": ents,
            "title": html.escape(f"{record['id']} ({record.get('date') or 'no date'})") if i == 0 else None,
            "settings": {"direction": "rtl", "lang": "ar"},
        })
    return displacy.render(parts, style="ent", manual=True, page=page, jupyter=False,
                           options={"colors": COLORS})
