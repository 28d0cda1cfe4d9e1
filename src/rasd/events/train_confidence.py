"""Train the learned confidence of the event stage (confidence.py) from hand-coded articles.

    rasd train confidence [--gold FILE ...] [--calibrate FILE ...] [--data ../shared/data] [--out FILE] [--folds 5]

Each article is analysed with the hand rules (no confidence model); every event it
outputs is labelled 1 if `rasd evaluate events` matches it to a gold event (one to one:
a second copy of a found event is labelled 0), else 0. A logistic regression
(scikit-learn, ``pip install 'rasd[train]'``) learns P(right) from the cues of
confidence.event_features. Cross-validation over articles gives the figures written into
the model (AUC, precision and recall at each confidence) and chooses the bar below which
an event is dropped: the one with the best pooled F1, 0 (keep all) unless a bar does
better. The default gold files are the training fixtures (as for `rasd train events`);
the held-out parts 2, 3, 7, 9, 12 and the validation parts 8 and 14 are never read.

The rules are written on the training articles, so they are right more often there than on
fresh ones (session 10: 0.62 of the events on the 271 training articles, 0.41 on the 64 of the
validation pool) and a model learned there is as confident as that. ``--calibrate`` names gold
files of articles the rules were not written on: the model's bias is moved so that its mean
confidence there is the share of their events that are right (the ranking, and so the events
kept, stay those of the uncalibrated model: its bar moves with it).
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

from ..errors import RasdError
from ..output import to_dict
from .confidence import ConfidenceModel
from .evaluate import score_article
from .extract import Extractor
from .pipe import make_events
from .train import Article, _folds, _log, load_articles
from .trigger_model import load_trigger_model

BARS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
SHOW = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
C_GRID = (0.1, 0.3, 1.0)


class _Recorder(ConfidenceModel):
    """Keeps every event (bar 0) and records its features, in output order."""

    def __init__(self) -> None:
        super().__init__({}, 0.0, {})
        self.rows: list[list[str]] = []

    def p(self, feats: Sequence[str]) -> float:
        self.rows.append(list(feats))
        return 0.5


def examples(arts: list[Article], out_of_fold: int = 0) -> list[tuple[list[tuple[list[str], int]], int]]:
    """Per article: (features, label) for every event the rules output (label 0: unmatched,
    1: matched to a gold event, 2: matched to an optional one), and its required gold count.
    With ``out_of_fold`` folds, the words the lexicon does not know are read by a trigger
    model fitted on the other folds (as the shipped one, but never on the article itself:
    the shipped model learned these articles' triggers, and its events there are right far
    more often than on fresh text); else by the shipped model."""
    rec = _Recorder()
    shipped = load_trigger_model()
    if shipped is None or not out_of_fold:
        events = make_events(Extractor(learned_roles=False), confidence=rec)  # one events stage for all
        return [_article_examples(a, events, rec) for a in arts]
    from .train_triggers import examples as trigger_examples
    from .train_triggers import fit as fit_triggers
    from .train_triggers import other_folds

    per_article = [trigger_examples(a) for a in arts]
    parts = _folds(list(range(len(arts))), out_of_fold, 1)
    stages = []
    for k in range(out_of_fold):
        rows = other_folds(per_article, parts, k)
        if len({y for _, y in rows}) < 2:  # (no coded trigger in the other folds: the lexicon alone)
            stages.append(make_events(Extractor(learned_roles=False, learned_triggers=False), confidence=rec))
            continue
        model = fit_triggers(rows, float(shipped.meta.get("C", 1.0)), shipped.bar)
        stages.append(make_events(Extractor(learned_roles=False, triggers=model), confidence=rec))
    stage = {i: stages[k] for k, p in enumerate(parts) for i in p}
    return [_article_examples(a, stage[i], rec) for i, a in enumerate(arts)]


def _article_examples(art: Article, events, rec: _Recorder) -> tuple[list[tuple[list[str], int]], int]:
    rec.rows = []
    out = to_dict(events(replace(art.doc, events=[], provided=set(art.doc.provided))))
    res = score_article(art.gold, out)
    optional = {g["id"] for g in art.gold.get("events", []) if g.get("optional")}
    matched = {o: g in optional for g, o in res.pairs}
    labels = [int(e["id"] in matched) + int(matched.get(e["id"], False)) for e in out["events"]]
    if len(labels) != len(rec.rows):
        raise AssertionError("one feature row per event expected")
    return list(zip(rec.rows, labels)), res.gold


def _fit(rows: list[tuple[list[str], int]], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = {int(y > 0) for _, y in rows}
    if len(labels) < 2:
        why = "no events" if not rows else ("no event is right" if labels == {0} else "every event is right")
        raise RasdError("E308", why=f"{why} in {len(rows)} training events of a fold")

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
    lr = LogisticRegression(C=c, max_iter=5000)
    lr.fit(X, [int(y > 0) for _, y in rows])
    w = {n: round(float(v), 4) for n, v in zip(vec.feature_names_, lr.coef_[0]) if abs(v) >= 1e-4}
    w["__bias__"] = round(float(lr.intercept_[0]), 4)
    return w


def _table(scored: list[tuple[float, int]], gold: int) -> dict[str, dict[str, float]]:
    out = {}
    for th in sorted(set(SHOW) | set(BARS)):
        kept = [y for p, y in scored if p >= th]
        m, prec, rec, f1 = _prf(kept, gold)
        out[f"{th:.2f}"] = {"kept": len(kept), "matched": m, "precision": round(prec, 3), "recall": round(rec, 3),
                            "f1": round(f1, 3)}
    return out


def _prf(kept: list[int], gold: int) -> tuple[int, float, float, float]:
    """(matched, P, R, F1) of the events kept (their labels); found optional events count as
    gold (as in evaluate)."""
    m = sum(1 for y in kept if y)
    denom = gold + sum(1 for y in kept if y == 2)
    prec = m / len(kept) if kept else 0.0
    rec = m / denom if denom else 0.0
    return m, prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _auc(scored: list[tuple[float, int]]) -> float:
    from sklearn.metrics import roc_auc_score

    ys = [int(y > 0) for _, y in scored]
    return round(float(roc_auc_score(ys, [p for p, _ in scored])), 3) if 0 < sum(ys) < len(ys) else 0.5


def cross_validate(data: list[tuple[list[tuple[list[str], int]], int]], folds: int, seed: int = 0
                   ) -> tuple[float, float, dict[str, Any]]:
    """(C, bar, report) from pooled out-of-fold predictions."""
    parts = _folds(list(range(len(data))), folds, seed)
    gold = sum(g for _, g in data)
    best: tuple[float, float, float, dict] | None = None
    for c in C_GRID:
        scored: list[tuple[float, int]] = []
        types: list[str] = []
        for k in range(folds):
            train = [row for j, p in enumerate(parts) if j != k for i in p for row in data[i][0]]
            model = ConfidenceModel(_fit(train, c), 0.0, {})
            scored += [(model.p(f), y) for i in parts[k] for f, y in data[i][0]]
            types += [f[0].removeprefix("type=") for i in parts[k] for f, _ in data[i][0]]
        table = _table(scored, gold)
        bar = max(BARS, key=lambda b: (table[f"{b:.2f}"]["f1"], -b))
        report = {"C": c, "auc": _auc(scored), "by_confidence": table, "bar": bar,
                  "scored": [(p, y, t) for (p, y), t in zip(scored, types)]}
        if best is None or report["auc"] > best[2]:
            best = (c, bar, report["auc"], report)
    assert best is not None
    return best[0], best[1], best[3]


def _f1_at(scored: list[tuple[float, int, str]], gold: int, bar: float, bars: dict[str, float]) -> float:
    return _prf([y for p, y, t in scored if p >= bars.get(t, bar)], gold)[3]


def type_bars(scored: list[tuple[float, int, str]], gold: int, bar: float) -> dict[str, float]:
    """A bar for each event type, where the pooled out-of-fold F1 prefers one to ``bar``
    (each type's in turn, the others held, twice over): the rules read some types (a
    meeting) more reliably than the model's common cues tell, others (aid, a retreat) less."""
    bars: dict[str, float] = {}
    for _ in range(2):
        for t in sorted({t for _, _, t in scored}):
            bars[t] = max(BARS, key=lambda b: (_f1_at(scored, gold, bar, {**bars, t: b}), -abs(b - bar)))
    return {t: b for t, b in sorted(bars.items()) if b != bar}


def _logit(p: float) -> float:
    from scipy.special import logit

    return float(logit(min(max(p, 1e-6), 1 - 1e-6)))


def offset(scored: list[tuple[float, int]]) -> float:
    """The shift of the log-odds that makes the mean confidence of ``scored`` (confidence,
    label) the share of them that are right (maximum likelihood for a shifted bias)."""
    from scipy.optimize import brentq
    from scipy.special import expit

    right = sum(1 for _, y in scored if y)
    if not scored or right in (0, len(scored)):
        raise RasdError("E308", why=f"{right} right of {len(scored)} events in the calibration articles")
    z = [_logit(p) for p, _ in scored]
    return round(float(brentq(lambda shift: float(expit([x + shift for x in z]).sum()) - right, -10.0, 10.0)), 4)


def calibrate(model: ConfidenceModel, files: list[Path], news: Path) -> dict[str, Any]:
    """Shift the model's bias (and bar) to the share of right events in the articles of
    ``files``; the figures before and after, for the model's meta."""
    data = examples(load_articles(files, news))
    scored = [(model.p(f), y) for rows, _ in data for f, y in rows]
    shift = offset(scored)
    model.weights["__bias__"] = round(model.weights.get("__bias__", 0.0) + shift, 4)
    bar = model.bar
    if bar > 0:
        from scipy.special import expit

        model.bar = round(float(expit(_logit(bar) + shift)), 4)
    model.bars = {t: round(float(expit(_logit(b) + shift)), 4) if b > 0 else 0.0 for t, b in model.bars.items()}
    right = sum(1 for _, y in scored if y)
    return {"on": [Path(f).name for f in files], "articles": len(data), "events": len(scored), "right": right,
            "offset": shift, "mean_before": round(sum(p for p, _ in scored) / len(scored), 3),
            "share_right": round(right / len(scored), 3), "bar_before": bar}


def train(gold_files: list[Path], news: Path, out: Path, folds: int = 5,
          calibrate_on: Sequence[Path] = (), bar: float | None = None, type_bars_too: bool = False) -> dict[str, Any]:
    t0 = time.time()
    _log(f"analysing the articles of {len(gold_files)} gold files from {news} ...")
    arts = load_articles(gold_files, news)
    data = examples(arts, out_of_fold=folds)
    n = sum(len(rows) for rows, _ in data)
    pos = sum(1 for rows, _ in data for _, y in rows if y)
    gold = sum(g for _, g in data)
    _log(f"{len(arts)} articles: {n} events output by the rules, {pos} of them right; {gold} gold events")
    c, cv_bar, cv = cross_validate(data, folds)
    if bar is None:
        bar = cv_bar
    elif f"{bar:.2f}" not in cv["by_confidence"]:
        raise RasdError("E310", bar=bar, bars=", ".join(cv["by_confidence"]))
    rules = cv["by_confidence"]["0.00"]
    chosen = cv["by_confidence"][f"{bar:.2f}"]
    _log(f"cross-validation ({folds} folds over articles): C {c}, AUC {cv['auc']}; best bar {cv_bar}; bar {bar}: "
         f"P {chosen['precision']} R {chosen['recall']} F1 {chosen['f1']} (all events: F1 {rules['f1']})")
    for th, r in cv["by_confidence"].items():
        _log(f"  confidence >= {th}: {r['kept']} events, P {r['precision']} R {r['recall']} F1 {r['f1']}")
    scored = cv.pop("scored")
    bars = type_bars(scored, gold, bar) if type_bars_too else {}
    if bars:
        cv["type_bars"] = {"bars": bars, "f1": round(_f1_at(scored, gold, bar, bars), 3)}
        _log(f"bars of their own: {bars}; F1 {cv['type_bars']['f1']} (one bar: {chosen['f1']})")
    rows = [row for rs, _ in data for row in rs]
    meta = {"trained_on": [Path(f).name for f in gold_files], "articles": len(arts), "events": n, "right": pos,
            "gold_events": gold, "cross_validation": cv, "best_bar": cv_bar, "bar_given": bar != cv_bar,
            "seconds": round(time.time() - t0, 1)}
    model = ConfidenceModel(_fit(rows, c), bar, meta, bars)
    if calibrate_on:
        meta["calibration"] = cal = calibrate(model, list(calibrate_on), news)
        _log(f"calibrated on {cal['articles']} articles: mean confidence {cal['mean_before']}, right "
             f"{cal['share_right']}; bias moved by {cal['offset']}, bar {bar} -> {model.bar}")
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _log(f"confidence model written to {out} ({len(model.weights)} weights, {meta['seconds']} s)")
    return meta
