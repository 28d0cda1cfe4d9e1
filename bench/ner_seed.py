"""How many of the seed article's hand-coded actors and places does the NER model find?

    python bench/ner_seed.py [--model DIR]

An actor counts as found when a predicted entity (proclitics trimmed, folded) equals
its Arabic name or an alias, or contains it as whole words; "with expected type" also
needs PER for persons, ORG for organisations and groups, LOC for states and places.
The model alone, as rasd runs it (document-level consistency on); the knowledge base
is not used here.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rasd.ner.component import load_ner
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import proclitic_length

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOK = re.compile(r"\w+|[^\w\s]")
WANT = {"person": "PER", "org": "ORG", "group": "ORG", "state": "LOC", "place": "LOC"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    a = ap.parse_args()
    text = (SHARED / "seed" / "000_2a9b286e3fd540c9.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / "seed.gold.json").read_text(encoding="utf-8"))
    sents = [t for para in text.split("\n") for s in re.split(r"(?<=[.!؟?])\s+", para) if (t := TOK.findall(s))]
    pred = load_ner(a.model).predict_document(sents)
    ents: dict[str, set[str]] = {}
    for ws, spans in zip(sents, pred):
        for s, e, t in spans:
            w = list(ws[s:e])
            w[0] = w[0][proclitic_length(w[0]):]
            ents.setdefault(normalize_key(" ".join(w)), set()).add(t)
    res: dict[str, list] = {}
    for actor in gold["actors"] + [dict(p, kind="place") for p in gold["places"]]:
        keys = [normalize_key(n) for n in [actor["name_ar"], *actor.get("aliases_ar", [])]]
        hit = [e for e in ents if any(k == e or re.search(r"(^| )" + re.escape(k) + r"( |$)", e) for k in keys)]
        typed = [e for e in hit if WANT[actor["kind"]] in ents[e]]
        res.setdefault(actor["kind"], []).append((actor["id"], bool(hit), bool(typed)))
    for kind, rows in res.items():
        print(f"{kind:7s} found {sum(h for _, h, _ in rows)}/{len(rows)}, with expected type "
              f"{sum(t for _, _, t in rows)}/{len(rows)}; missed: {[i for i, h, _ in rows if not h]}")


if __name__ == "__main__":
    main()
