"""Synthetic analysed records for the store tests: short Arabic articles with entities
(issue 3/4 fields) and events (issue 5 fields), every span computed from the text."""

from __future__ import annotations

from typing import Any


def span(text: str, surface: str, nth: int = 0) -> dict[str, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface)}


def entity(text: str, id: str, surface: str, type: str, kb_id: str | None, country: str | None,
           sector: str | None = None, name_en: str | None = None, wikidata: str | None = None,
           kind: str | None = None) -> dict[str, Any]:
    return {"id": id, "type": type, "name": surface, "mentions": [span(text, surface)], "kb_id": kb_id,
            "wikidata": wikidata, "country": country, "sector": sector, "name_en": name_en, "kind": kind}


def event(id: str, type: str, actors: list[str], recipients: list[str], evidence: list[dict[str, int]], *,
          mode: str | None = None, cameo_root: str = "", intensity: float = 0.0, date: str | None = None,
          modality: str = "asserted", attribution: dict[str, Any] | None = None, place: str | None = None,
          confidence: float = 0.8) -> dict[str, Any]:
    return {"id": id, "type": type, "mode": mode, "cameo_root": cameo_root, "intensity": intensity,
            "actors": actors, "recipients": recipients, "date": date, "date_span": None, "place": place,
            "modality": modality, "attribution": attribution, "evidence": evidence, "confidence": confidence}


def record(id: str, text: str, date: str, outlet: str, entities: list, events: list) -> dict[str, Any]:
    return {"id": id, "text": text, "date": date,
            "meta": {"source": outlet, "url": f"https://example.org/{id}", "title": text[:20]},
            "removed": [], "paragraphs": [{"start": 0, "end": len(text)}],
            "sentences": [{"start": 0, "end": len(text)}],
            "stats": {"paragraphs": 1, "sentences": 1, "tokens": len(text.split()), "words": len(text.split())},
            "entities": entities, "events": events}


def turkey_usa() -> dict[str, Any]:
    t = ("قال وزير الخارجية التركي مولود جاويش أوغلو إن تركيا سترد على أي عقوبات أمريكية، "
         "واتهم الولايات المتحدة بدعم المسلحين الأكراد في سوريا.")
    ents = [entity(t, "e1", "مولود جاويش أوغلو", "PER", "cavusoglu", "TUR", "GOV", "Mevlüt Çavuşoğlu", kind="person"),
            entity(t, "e2", "تركيا", "LOC", "TUR", "TUR", None, "Turkey", "Q43", "state"),
            entity(t, "e3", "الولايات المتحدة", "LOC", "USA", "USA", None, "United States", "Q30", "state"),
            entity(t, "e4", "سوريا", "LOC", "SYR", "SYR", None, "Syria", "Q858", "state")]
    att = {**span(t, "وزير الخارجية التركي"), "text": "وزير الخارجية التركي", "entity": "e1"}
    evs = [event("v1", "THREATEN", ["e2"], ["e3"], [span(t, "سترد على أي عقوبات أمريكية")], mode="sanction",
                 cameo_root="13", intensity=-6.0, modality="intended", attribution=att),
           event("v2", "ACCUSE", ["e1"], ["e3"], [span(t, "واتهم الولايات المتحدة بدعم المسلحين")], cameo_root="11",
                 intensity=-2.0, place="e4")]
    return record("tr-1", t, "2018-05-06", "alarabia", ents, evs)


def egypt_libya() -> dict[str, Any]:
    t = ("وقعت مصر وليبيا اتفاقا للتعاون الأمني في القاهرة يوم الثلاثاء، "
         "ونفت الحكومة الليبية أنها طلبت مساعدة عسكرية من تركيا.")
    ents = [entity(t, "e1", "مصر", "LOC", "EGY", "EGY", None, "Egypt", "Q79", "state"),
            entity(t, "e2", "ليبيا", "LOC", "LBY", "LBY", None, "Libya", "Q1016", "state"),
            entity(t, "e3", "القاهرة", "LOC", "egy.cairo", "EGY", None, "Cairo", "Q85", "city"),
            entity(t, "e4", "الحكومة الليبية", "ORG", None, "LBY", "GOV", None, kind="group"),
            entity(t, "e5", "تركيا", "LOC", "TUR", "TUR", None, "Turkey", "Q43", "state")]
    evs = [event("v1", "AGREE", ["e1", "e2"], [], [span(t, "وقعت مصر وليبيا اتفاقا")], mode="sign", cameo_root="05",
                 intensity=3.0, date="2018-06-05", place="e3"),
           event("v2", "REQUEST", ["e4"], ["e5"], [span(t, "طلبت مساعدة عسكرية من تركيا")], mode="aid",
                 cameo_root="02", intensity=-1.0, modality="denied", confidence=0.3)]
    return record("eg-1", t, "2018-06-07", "saudinews", ents, evs)
