"""conlleval-style span scoring (exact span + type match), micro and per type."""
from __future__ import annotations

from typing import Dict, Iterable, List, Sequence, Tuple

from .data import iob_to_spans

TYPES = ("PER", "LOC", "ORG", "MISC")


def _prf(tp: int, n_pred: int, n_gold: int) -> Dict[str, float]:
    p = 100.0 * tp / n_pred if n_pred else 0.0
    r = 100.0 * tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def score_spans(gold: Sequence[Iterable[Tuple[int, int, str]]],
                pred: Sequence[Iterable[Tuple[int, int, str]]]) -> Dict:
    """gold/pred: per sentence, iterables of (start, end, TYPE). Returns
    {"micro": {...}, "per_type": {TYPE: {...}}}."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in number of sentences")
    tp: Dict[str, int] = {}
    ng: Dict[str, int] = {}
    np_: Dict[str, int] = {}
    for g, p in zip(gold, pred):
        gs, ps = set(map(tuple, g)), set(map(tuple, p))
        for s in gs:
            ng[s[2]] = ng.get(s[2], 0) + 1
        for s in ps:
            np_[s[2]] = np_.get(s[2], 0) + 1
        for s in gs & ps:
            tp[s[2]] = tp.get(s[2], 0) + 1
    types = sorted(set(ng) | set(np_), key=lambda t: (TYPES.index(t) if t in TYPES else 99, t))
    per_type = {t: _prf(tp.get(t, 0), np_.get(t, 0), ng.get(t, 0)) for t in types}
    micro = _prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
    return {"micro": micro, "per_type": per_type}


def score_tags(gold_tags: Sequence[List[str]], pred_tags: Sequence[List[str]]) -> Dict:
    """Score IOB tag sequences (conlleval: I- after O or another type opens a span)."""
    return score_spans([iob_to_spans(g) for g in gold_tags], [iob_to_spans(p) for p in pred_tags])
