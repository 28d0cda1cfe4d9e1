"""Learned confidence: how likely an extracted event is one a person would code.

The hand rules know how they read an event (a verb with its subject and object, a
verbal noun with a guessed target, a claim repeated in three paragraphs ...) but not how
often each reading is right. This model learns that from the hand-coded training
articles: a logistic regression over the cues below, labelled by `rasd evaluate events`'
matching, trained with ``rasd train confidence`` (rasd/events/train_confidence.py). Its
probability becomes the event's ``confidence``; an event below the model's ``bar`` (chosen
by cross-validation, 0 keeps every event), or its type's own in ``bars``, is dropped. The weights are plain data
(confidence_model.json): scoring needs no library, and a person can read which cues count.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence

from .extract import RawEvent
from .roles import logistic, packaged_json

MODEL_FILE = "confidence_model.json"


def _bin(x: int, edges: Sequence[int]) -> str:
    for e in edges:
        if x <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _side(doc_entities: dict[str, dict], ids: list[str], lo: int, hi: int) -> tuple[str, str, str, str]:
    """(kind, sector, before/after the trigger, character distance bin) of a side's
    mention nearest to the trigger span [lo, hi)."""
    if not ids:
        return "none", "none", "none", "none"
    e = doc_entities.get(ids[0], {})
    best: tuple[int, str] | None = None
    for i in ids:
        for m in doc_entities.get(i, {}).get("mentions", []):
            if m["end"] <= lo:
                d, where = lo - m["end"], "before"
            elif m["start"] >= hi:
                d, where = m["start"] - hi, "after"
            else:
                d, where = 0, "inside"
            if best is None or d < best[0]:
                best = (d, where)
    d, where = best if best is not None else (10 ** 6, "none")
    return str(e.get("kind")), str(e.get("sector")), where, _bin(d, (15, 50, 120, 300))


def _country(entities: dict[str, dict], ids: list[str]) -> set[str]:
    return {c for i in ids if (c := entities.get(i, {}).get("country"))}


def _p_bin(p: float | None) -> str:
    for e in (0.01, 0.03, 0.1, 0.2, 0.35, 0.5, 0.7):
        if p is not None and p < e:
            return f"<{e}"
    return "none" if p is None else ">=0.7"


def _mentions(entities: dict[str, dict], ids: list[str]) -> str:
    return _bin(max((len(entities.get(i, {}).get("mentions", [])) for i in ids), default=0), (1, 3, 6))


def event_features(ev: RawEvent, entities: dict[str, dict], in_sentence: int, paras: list[int]) -> list[str]:
    """The cues of one event, as feature names (``entities`` by id; ``in_sentence``: events
    of its sentence; ``paras``: the document's paragraph starts)."""
    lo, hi = ev.trigger.start, ev.trigger.end
    t, pos = ev.type, ev.extra.get("pos", "?")
    sk, ss, sw, sd = _side(entities, ev.actors, lo, hi)
    tk, ts, tw, td = _side(entities, ev.recipients, lo, hi)
    para = bisect_right(paras, lo) - 1 if paras else 0
    n_ev = len(ev.evidence)
    out = [
        f"type={t}", f"pos={pos}", f"type={t}|pos={pos}",
        f"modality={ev.modality}", f"evidence={min(n_ev, 3)}", f"attribution={ev.attribution is not None}",
        f"guessed_target={bool(ev.extra.get('guessed'))}", f"source_from_speaker={bool(ev.extra.get('filled'))}",
        f"symmetric={bool(ev.extra.get('symmetric'))}", f"paragraph={_bin(para, (0, 1, 3, 7))}",
        f"in_sentence={min(in_sentence, 3)}", f"sources={min(len(ev.actors), 2)}",
        f"targets={min(len(ev.recipients), 2)}",
        f"source_kind={sk}", f"target_kind={tk}", f"type={t}|source_kind={sk}", f"type={t}|target_kind={tk}",
        f"source_sector={ss}", f"target_sector={ts}",
        f"source={sw}|{sd}", f"target={tw}|{td}", f"pos={pos}|source={sw}", f"pos={pos}|target={tw}",
        f"time={ev.time is not None}", f"kinds={sk}|{tk}",
        f"same_country={_country(entities, ev.actors) & _country(entities, ev.recipients) != set()}",
    ]
    p = ev.extra.get("trigger_p")
    # a word the lexicon does not know, named by the trigger model: how sure the model was
    out.append("trigger=lexicon" if p is None else f"trigger=learned|{'<0.5' if p < 0.5 else '>=0.5'}")
    # how often the coders code this word, here, as this type and as any event (the trigger
    # model's probabilities, lexicon words too: "حول الهجوم" is seldom an attack coded)
    pt, pe = ev.extra.get("trigger_pt") or (None, None)
    out += [f"trigger_type_p={_p_bin(pt)}", f"trigger_event_p={_p_bin(pe)}"]
    # a side the article names once is more often a misread one than its main actors
    out += [f"source_mentions={_mentions(entities, ev.actors)}", f"target_mentions={_mentions(entities, ev.recipients)}"]
    return out


@dataclass
class ConfidenceModel:
    weights: dict[str, float]
    bar: float
    meta: dict[str, Any]
    bars: dict[str, float] = field(default_factory=dict)  # an event type's own bar, if it has one

    def p(self, feats: Sequence[str]) -> float:
        return logistic(self.weights, feats)

    def bar_for(self, etype: str) -> float:
        return self.bars.get(etype, self.bar)

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights, "bar": self.bar, "meta": self.meta, **({"bars": self.bars} if self.bars else {})}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "ConfidenceModel":
        return cls(dict(d["weights"]), float(d.get("bar", 0.0)), dict(d.get("meta", {})),
                   {t: float(b) for t, b in d.get("bars", {}).items()})


@lru_cache(maxsize=1)
def load_confidence_model() -> ConfidenceModel | None:
    """The shipped model, or None (the rules' own confidence stays)."""
    d = packaged_json(MODEL_FILE)
    return ConfidenceModel.from_json(d) if d is not None else None
