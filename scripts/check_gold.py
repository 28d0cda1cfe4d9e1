"""Check hand-coded gold files against the article texts in ../shared/data/news.

    python scripts/check_gold.py tests/fixtures/actors50.gold.json [...]

A gold file is a JSON list of articles, each {"docno", "date", "actors": [...],
"events": [...] (optional)} in the format of ../shared/gold/seed.gold.json. Checks:
every alias and evidence string is a substring of the article; ids are unique; event
source/target ids name an actor of the article or an ISO 3166 alpha-3 code; types
are PLOVER's 16; modality is asserted, intended, negated, denied or hypothetical.
Exits 1 with one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared/data/news/ant_dev.jsonl"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "intended", "negated", "denied", "hypothetical"}
KINDS = {"person", "org", "group", "state", "igo", "city"}


def texts() -> dict[str, str]:
    return {d["docno"]: d["text"] for d in map(json.loads, NEWS.open(encoding="utf-8"))}


def check(path: Path, corpus: dict[str, str]) -> list[str]:
    problems = []
    articles = json.loads(path.read_text(encoding="utf-8"))
    for a in articles:
        doc = a.get("docno")
        text = corpus.get(doc)
        where = f"{path.name}: {doc}"
        if text is None:
            problems.append(f"{where}: unknown docno")
            continue
        ids = set()
        for act in a.get("actors", []):
            aid = act.get("id")
            if aid in ids:
                problems.append(f"{where}: duplicate actor id {aid}")
            ids.add(aid)
            if act.get("kind") not in KINDS:
                problems.append(f"{where}: actor {aid}: kind {act.get('kind')!r} not in {sorted(KINDS)}")
            c = act.get("country")
            if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
                problems.append(f"{where}: actor {aid}: country {c!r} is not ISO alpha-3")
            # name_ar may be the actor's canonical name (the older files use it so); aliases are the text's
            for s in act.get("aliases_ar", []):
                if s not in text:
                    problems.append(f"{where}: actor {aid}: alias {s!r} not in the text")
        for ev in a.get("events", []):
            eid = ev.get("id")
            if ev.get("type") not in TYPES:
                problems.append(f"{where}: event {eid}: type {ev.get('type')!r}")
            if ev.get("modality") not in MODALITIES:
                problems.append(f"{where}: event {eid}: modality {ev.get('modality')!r}")
            if ev.get("evidence") not in text:
                problems.append(f"{where}: event {eid}: evidence not in the text")
            for side in ("source", "target"):
                for x in ev.get(side, []):
                    if x not in ids and not re.fullmatch(r"[A-Z]{3}", x):
                        problems.append(f"{where}: event {eid}: {side} {x!r} is no actor id")
            att = ev.get("attributed_to")
            if att and att not in text:
                problems.append(f"{where}: event {eid}: attributed_to not in the text")
    return problems


def main() -> None:
    corpus = texts()
    problems = [p for f in sys.argv[1:] for p in check(Path(f), corpus)]
    for p in problems:
        print(p)
    print(f"{len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
