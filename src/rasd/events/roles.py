"""Learned roles: which actor group of a sentence is a trigger's source, which its target.

The hand rules of extract.py propose a source and a target; this model scores every
actor group of the sentence as source and as target from its position, preposition,
kind and the rules' own choice, and keeps the best pair when it is likely enough.
It is two logistic regressions trained on hand-coded articles (``rasd train events``,
rasd/events/train.py); the weights are plain data (roles_model.json), so scoring needs
no library and a person can read which cues count.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

MODEL_FILE = "roles_model.json"


@dataclass
class Candidate:
    """One actor group of the sentence, seen from one trigger."""
    entities: list[str]
    features: list[str]


def _dist(d: int) -> str:
    if d <= 0:
        return "0"
    if d <= 2:
        return "1-2"
    if d <= 5:
        return "3-5"
    if d <= 10:
        return "6-10"
    return "11+"


def features(*, side: str, distance: int, rank: int, prep: str | None, pos: str, kind: str,
             adjective: bool, rule_source: bool, rule_target: bool, in_target_preps: bool,
             attribution: bool, triggers_between: int, speech_between: bool, carried: bool,
             modality: str) -> list[str]:
    """The cues of one (trigger, candidate) pair, as feature names."""
    p = prep or "-"
    r = str(min(rank, 2))
    out = [
        f"side={side}", f"side={side}|d={_dist(distance)}", f"side={side}|rank={r}",
        f"prep={p}", f"prep={p}|side={side}", f"pos={pos}|side={side}", f"pos={pos}|side={side}|rank={r}",
        f"kind={kind}", f"kind={kind}|side={side}", f"modality={modality}",
    ]
    if adjective:
        out += ["adjective", f"adjective|side={side}|d={_dist(distance)}"]
    if rule_source:
        out += ["rule_source", f"rule_source|pos={pos}"]
    if rule_target:
        out += ["rule_target", f"rule_target|pos={pos}"]
    if rule_source and rule_target:
        out.append("rule_both")
    if in_target_preps:
        out.append("target_prep")
    if attribution:
        out.append("attribution")
    if triggers_between:
        out += [f"triggers_between={min(triggers_between, 2)}"]
    if speech_between:
        out.append("speech_between")
    if carried:
        out += ["carried", f"carried|pos={pos}"]
    return out


def logistic(weights: dict[str, float], feats: Sequence[str]) -> float:
    """P(yes) of a logistic regression stored as feature name -> weight ("__bias__" the intercept)."""
    z = weights.get("__bias__", 0.0) + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class RoleModel:
    source: dict[str, float]
    target: dict[str, float]
    source_threshold: float
    target_threshold: float
    event_threshold: float
    meta: dict[str, Any]

    def p_source(self, feats: Sequence[str]) -> float:
        return logistic(self.source, feats)

    def p_target(self, feats: Sequence[str]) -> float:
        return logistic(self.target, feats)

    def choose(self, cands: list[Candidate], rule: tuple[list[str], list[str]] = ([], [])
               ) -> tuple[list[str], list[str], float]:
        """(source entities, target entities, confidence). A side the rules filled is kept
        (in mode "fill") or re-chosen (mode "replace"); an empty one gets the likeliest
        candidate, if likely enough. Confidence: P(source) x P(target) of the pair kept."""
        if not cands:
            return list(rule[0]), list(rule[1]), 0.0
        ps = [self.p_source(c.features) for c in cands]
        pt = [self.p_target(c.features) for c in cands]
        keep = self.meta.get("mode", "fill") == "fill"

        def best(p: list[float], bar: float, avoid: set[str]) -> int | None:
            ok = [i for i in range(len(cands)) if not set(cands[i].entities) & avoid and p[i] >= bar]
            return max(ok, key=lambda i: p[i]) if ok else None

        def p_of(p: list[float], ents: list[str]) -> float:
            return max((p[i] for i, c in enumerate(cands) if set(c.entities) & set(ents)), default=0.5)

        if keep and rule[0]:
            src, p_src = list(rule[0]), p_of(ps, rule[0])
        else:
            si = best(ps, self.source_threshold, set(rule[1]) if keep else set())
            src, p_src = (list(cands[si].entities), ps[si]) if si is not None else ([], 0.0)
        if keep and rule[1]:
            tgt, p_tgt = list(rule[1]), p_of(pt, rule[1])
        else:
            ti = best(pt, self.target_threshold, set(src))
            tgt, p_tgt = (list(cands[ti].entities), pt[ti]) if ti is not None else ([], 0.0)
        return src, tgt, p_src * p_tgt

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target,
                "thresholds": {"source": self.source_threshold, "target": self.target_threshold,
                               "event": self.event_threshold},
                "meta": self.meta}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RoleModel":
        th = d["thresholds"]
        return cls(dict(d["source"]), dict(d["target"]), float(th["source"]), float(th["target"]),
                   float(th["event"]), dict(d.get("meta", {})))


def packaged_json(name: str) -> dict[str, Any] | None:
    """A model file shipped in this package, read as JSON; None when the package has none."""
    f = resources.files("rasd.events").joinpath(name)
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else None


@lru_cache(maxsize=1)
def load_role_model() -> RoleModel | None:
    """The shipped model, or None when the package has none (the rules decide alone)."""
    d = packaged_json(MODEL_FILE)
    return RoleModel.from_json(d) if d is not None else None

