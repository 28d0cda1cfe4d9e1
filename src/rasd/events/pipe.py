"""The events stage: extract, merge, guess missing targets, keep events with both sides,
write output records."""

from __future__ import annotations

from ..document import Document
from ..pipeline import Component
from .extract import Extractor, RawEvent
from .lexicon import cameo_root, intensity
from .identity import identities
from .merge import merge


GUESSED_TARGET_CONFIDENCE = 0.4  # the target is another actor of the sentence, not read from syntax


def to_record(i: int, ev: RawEvent) -> dict:
    value = ev.time.value if ev.time else None
    return {
        "id": f"v{i}",
        "type": ev.type,
        "mode": ev.mode,
        "cameo_root": cameo_root(ev.type),
        "intensity": intensity(ev.type, ev.mode),
        "actors": ev.actors,
        "recipients": ev.recipients,
        "date": value,
        "date_span": {"start": ev.time.start, "end": ev.time.end} if ev.time else None,
        "place": ev.place,
        "modality": ev.modality,
        "attribution": ev.attribution.as_dict() if ev.attribution else None,
        "evidence": [{"start": s.start, "end": s.end} for s in sorted(ev.evidence, key=lambda s: s.start)],
        "confidence": round(ev.confidence, 2),
    }


def describe(ev: RawEvent, doc: Document, info: dict[str, dict]) -> list[str]:
    """The event-level model's cues for one merged event."""
    from ..text.normalize import normalize_key
    from .roles import event_features

    def kinds(ids: list[str]) -> list[str]:
        return [str(info.get(i, {}).get("kind")) for i in ids]

    return event_features(
        etype=ev.type, pos=str(ev.extra.get("pos")), modality=ev.modality, mentions=len(ev.evidence),
        trigger=normalize_key(doc.text[ev.trigger.start:ev.trigger.end]), learned=bool(ev.extra.get("learned")),
        roles_p=ev.confidence, actor_kinds=kinds(ev.actors), recipient_kinds=kinds(ev.recipients),
        attributed=ev.attribution is not None, sentence=ev.sentence, guessed=bool(ev.extra.get("guessed")))


def make_events(extractor: Extractor | None = None):
    from ..kb import load_kb

    extractor = extractor or Extractor()
    kb = load_kb()
    model = extractor.roles

    def events(doc: Document, keep: list[RawEvent] | None = None) -> Document:
        """``keep``: a list that receives the kept raw events, in output order (training)."""
        raw = merge(extractor.extract(doc), identities(doc.entities, doc.date, kb))
        for e in raw:
            if e.actors and not e.recipients and e.extra.get("target_guess"):
                e.recipients = list(e.extra["target_guess"])
                e.confidence = GUESSED_TARGET_CONFIDENCE
                e.extra["guessed"] = True
        # both sides, and not one actor acting on itself (a misread, not an event)
        kept = [e for e in raw if e.actors and e.recipients and set(e.actors) != set(e.recipients)]
        if model is not None and model.event:
            # the learned event-level model: its probability is the event's confidence
            info = {e["id"]: e for e in doc.entities}
            for e in kept:
                e.confidence = model.p_event(describe(e, doc, info))
            kept = [e for e in kept if e.confidence >= model.event_threshold]
        if keep is not None:
            keep.extend(kept)
        doc.events = [to_record(i + 1, e) for i, e in enumerate(kept)]
        doc.provided.add("events")
        return doc

    return events


def events_component() -> Component:
    return Component("events", make_events(), ("tokens", "sentences", "actors"), ("events",))
