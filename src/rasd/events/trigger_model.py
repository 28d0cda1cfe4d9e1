"""The learned trigger model: which PLOVER type a word the lexicon does not know names.

A multinomial logistic regression over a word's folded form, its stem (proclitics and
article off), the stem's first three and last two or three letters, and the words on
either side. It is trained by `rasd train triggers` on the coded ``trigger`` of the gold
events of the training fixtures (train_triggers.py) and shipped as trigger_model.json.
The extractor asks it only about words the lexicon does not match; a word whose best
type reaches the model's bar becomes a trigger whose roles the hand rules read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence

from ..lang.ar.clitics import CONJUNCTIONS, PREPOSITIONS
from .roles import packaged_json

MODEL_FILE = "trigger_model.json"
_PROCLITICS = frozenset(CONJUNCTIONS + PREPOSITIONS)


def stem(key: str) -> str:
    """A folded word without its proclitic letters and article: "وبالهجوم" -> "هجوم"."""
    k = key
    while len(k) > 3 and k[0] in _PROCLITICS:
        k = k[1:]
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def features(keys: Sequence[str], i: int, inside: Sequence[bool]) -> list[str]:
    """The features of the word ``keys[i]`` (folded keys of the sentence's tokens; ``inside``:
    which tokens are in an actor's mention, named by "ACTOR" as a neighbour)."""
    k = keys[i]
    s = stem(k)
    return ["w=" + k, "s=" + s, "p3=" + s[:3], "x2=" + s[-2:], "x3=" + s[-3:], *_context(keys, i, inside)]


def _context(keys: Sequence[str], i: int, inside: Sequence[bool]) -> tuple[str, str, str, str]:
    n = len(keys)
    return ("prev=" + (("ACTOR" if inside[i - 1] else keys[i - 1]) if i else "^"),
            "next=" + (("ACTOR" if inside[i + 1] else keys[i + 1]) if i + 1 < n else "$"),
            "next2=" + (("ACTOR" if inside[i + 2] else keys[i + 2]) if i + 2 < n else "$"),
            "actor_near=" + str(any(inside[max(0, i - 3):i + 4])))


@dataclass
class TriggerModel:
    classes: list[str]                       # event types; "O" (no trigger) is class -1 of bias
    bias: list[float]                        # per class, the last for "O"
    weights: dict[str, list[tuple[int, float]]]  # feature -> (class index, weight)
    bar: float                               # least probability of the best type for a trigger
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the least lead of "O" over the best type that keeps the type below the bar:
        # P(best) <= 1 / (1 + e^(O - best)) < bar when O - best > log((1 - bar) / bar)
        self._o_lead = math.log((1 - self.bar) / self.bar) if 0 < self.bar < 1 else math.inf
        self._words: dict[str, list[float]] = {}  # a candidate word's own scores
        # words seen that were never a trigger, neither form nor stem: callers skip them at a lookup
        self.unlikely: set[str] = set()

    def _word_scores(self, k: str) -> list[float] | None:
        """The bias and the word's own features (form, stem, letters); None when neither its
        form nor its stem was ever a trigger word (context alone names no event)."""
        s = stem(k)
        own = [self.weights.get("w=" + k), self.weights.get("s=" + s)]
        o = len(self.classes) - 1
        if not any(c != o and w > 0 for ws in own if ws for c, w in ws):
            return None
        scores = list(self.bias)
        for ws in own + [self.weights.get(f) for f in ("p3=" + s[:3], "x2=" + s[-2:], "x3=" + s[-3:])]:
            for c, w in ws or ():
                scores[c] += w
        return scores

    def predict(self, keys: Sequence[str], i: int, inside: Sequence[bool]) -> tuple[str, float] | None:
        """The best event type of ``keys[i]`` and its probability, or None when no type
        reaches the bar (or neither the word nor its stem was ever a trigger)."""
        k = keys[i]
        own = self._words.get(k)
        if own is None:
            if k in self.unlikely:
                return None
            if len(self.unlikely) > 200_000:  # (a corpus's words: keep the memory bounded)
                self.unlikely.clear()
                self._words.clear()
            scored = self._word_scores(k)
            if scored is None:
                self.unlikely.add(k)
                return None
            own = self._words[k] = scored
        scores = list(own)
        weights = self.weights
        for f in _context(keys, i, inside):  # the words around, an actor near
            for c, w in weights.get(f) or ():
                scores[c] += w
        events = scores[:-1]  # an event type, not "O"
        best = events.index(max(events))
        if scores[-1] - scores[best] > self._o_lead:
            return None  # "O" alone keeps the best type below the bar
        top = max(scores)
        p = math.exp(scores[best] - top) / sum(math.exp(x - top) for x in scores)
        return (self.classes[best], p) if p >= self.bar else None

    def type_p(self, keys: Sequence[str], i: int, inside: Sequence[bool], etype: str) -> tuple[float, float]:
        """(P(``etype``), P(any event)) of the word ``keys[i]`` in its context, lexicon words too
        (no bar): how often the coders code this word here ("حول الهجوم": seldom an attack)."""
        scores = list(self.bias)
        for f in features(keys, i, inside):
            for c, w in self.weights.get(f) or ():
                scores[c] += w
        top = max(scores)
        ps = [math.exp(x - top) for x in scores]
        total = sum(ps)
        return (ps[self.classes.index(etype)] / total if etype in self.classes else 0.0), 1 - ps[-1] / total

    def to_json(self) -> dict[str, Any]:
        return {"classes": self.classes, "bias": self.bias, "bar": self.bar, "meta": self.meta,
                "weights": {f: [[c, w] for c, w in ws] for f, ws in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "TriggerModel":
        return cls(list(d["classes"]), [float(b) for b in d["bias"]],
                   {f: [(int(c), float(w)) for c, w in ws] for f, ws in d["weights"].items()},
                   float(d["bar"]), dict(d.get("meta", {})))


@lru_cache(maxsize=1)
def load_trigger_model() -> TriggerModel | None:
    """The shipped model, or None when the package has none (the lexicon alone names triggers)."""
    d = packaged_json(MODEL_FILE)
    return TriggerModel.from_json(d) if d is not None else None
