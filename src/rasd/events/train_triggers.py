"""Train the learned trigger model (trigger_model.py) from hand-coded articles.

    rasd train triggers [--gold FILE ...] [--data ../shared/data] [--out FILE] [--folds 5]

Every word of an article's kept sentences that is not inside an actor's mention is an
example: the words of a gold event's coded ``trigger`` (found inside its ``evidence``) are
positives of the event's type, every other word is "O". (A coder codes one mention of an
event, so a second mention is a negative: the model learns to be cautious.) A multinomial
logistic regression (scikit-learn, ``pip install 'rasd[train]'``) learns P(type | word).
The bar, the least probability of the best type for the extractor to take a word the
lexicon does not know as a trigger, is chosen by cross-validation over articles (fit on
the others, run the whole event stage on one, score as `rasd evaluate events` does): the
bar (and the regularisation C) with the best pooled F1 (a bar above 1: the lexicon alone).
The rules were written on the older training articles, so there the lexicon alone scores
better than on fresh text and any addition looks worse than it is: a fold is judged only on
its articles of parts 21-26 (FRESH_GOLD), coded after the rules were frozen (when no such
file is given, on all its articles). The default gold files are the
training fixtures (parts 1, 4-6, 8, 10, 11, 13, 14, 21-26); the held-out sets and the
validation parts 16, 17, 19 and 20 are never read.
"""

from __future__ import annotations

import json
import time
from bisect import bisect_left
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import RasdError
from .extract import Extractor, _sentence_tokens
from .evaluate import _span_of, load_gold
from .train import Article, _f1, _folds, _log, _summary, load_articles
from .trigger_model import TriggerModel, features

BARS = (0.1, 0.15, 0.2, 0.3, 0.5, 1.01)  # 1.01: the lexicon alone
C_GRID = (0.3, 1.0)
# the articles coded at the end of session 11, after the rules were frozen: the rules were not
# written on them, so there the lexicon is no better than on fresh text and the bar is fair
FRESH_GOLD = ("train32g.part21.gold.json", "train32h.part22.gold.json", "train32i.part23.gold.json",
              "train32j.part24.gold.json", "train32k.part25.gold.json", "train32l.part26.gold.json")
MIN_COUNT = 2  # a feature seen once is noise in the shipped file
MIN_WEIGHT = 0.1  # smaller weights change no decision on the validation articles and triple the file


def _in_mention(mentions: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    k = bisect_left(starts, end) - 1
    while k >= 0 and starts[k] >= start - 200:  # (mentions are short: look back a little)
        if mentions[k][1] > start:
            return True
        k -= 1
    return False


def examples(art: Article) -> list[tuple[list[str], str]]:
    """(features, type or "O") for every word of the article outside the actors' mentions."""
    doc, text = art.doc, art.doc.text
    trig_spans = []
    for g in art.gold.get("events", []):
        span, trig = _span_of(text, g.get("evidence", "")), g.get("trigger")
        if span and trig:
            j = text.find(trig, span[0], span[1])
            if j >= 0:
                trig_spans.append((j, j + len(trig), g["type"]))
    mentions = sorted((m["start"], m["end"]) for e in doc.entities for m in e["mentions"])
    starts = [m[0] for m in mentions]
    out = []
    for _, raw in doc.sentence_tokens():
        toks = _sentence_tokens(doc, raw)
        keys = [t.key for t in toks]
        inside = [_in_mention(mentions, starts, t.start, t.end) for t in toks]
        for i, t in enumerate(toks):
            if t.kind != "word" or inside[i]:
                continue
            label = next((ty for a, b, ty in trig_spans if a < t.end and t.start < b), "O")
            out.append((features(keys, i, inside), label))
    return out


def fit(rows: list[tuple[list[str], str]], c: float = 1.0, bar: float = 0.5, meta: dict | None = None
        ) -> TriggerModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len({y for _, y in rows}) < 2:
        raise RasdError("E308", why=f"no coded trigger among {len(rows)} words" if rows else "no words")
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats, _ in rows])
    lr = LogisticRegression(C=c, max_iter=500)
    lr.fit(x, [y for _, y in rows])
    classes = [str(c) for c in lr.classes_]
    # the "O" class last, its scores as they are (softmax is shift-invariant per feature)
    order = [i for i, c in enumerate(classes) if c != "O"] + [classes.index("O")]
    coef = lr.coef_[order]
    weights: dict[str, list[tuple[int, float]]] = {}
    for j, name in enumerate(vec.feature_names_):
        col = coef[:, j]
        ws = [(ci, round(float(w), 3)) for ci, w in enumerate(col) if abs(w) >= MIN_WEIGHT]
        if ws:
            weights[name] = ws
    return TriggerModel([classes[i] for i in order[:-1]] + ["O"],
                        [round(float(b), 3) for b in lr.intercept_[order]], weights, bar, meta or {})


def score(arts: list[Article], model: TriggerModel | None) -> list[int]:
    """(matched, predicted, gold) of the event stage with ``model`` (None: the lexicon alone)."""
    from ..output import to_dict
    from .evaluate import score_article, summarize
    from .pipe import make_events

    events = make_events(Extractor(triggers=model, learned_triggers=model is not None))
    r = summarize([score_article(a.gold, to_dict(events(replace(a.doc, events=[], provided=set(a.doc.provided)))))
                   for a in arts])
    return [r["matched"], r["predicted"], r["gold"]]


def other_folds(per_article: list[list[tuple[list[str], str]]], parts: list[list[int]], k: int
                ) -> list[tuple[list[str], str]]:
    """The examples of every fold but the ``k``th (``parts``: folds of article indices)."""
    return [x for j, p in enumerate(parts) if j != k for i in p for x in per_article[i]]


def cross_validate(arts: list[Article], per_article: list[list[tuple[list[str], str]]], fresh: set[str],
                   folds: int = 5, seed: int = 0) -> tuple[float, float, dict[str, dict[str, float]]]:
    """(C, bar, pooled scores per C and bar) over folds of articles (``per_article``: their
    examples): each fold's model is fitted on the other folds and judged on the fold's
    ``fresh`` articles (docnos) only."""
    parts = _folds(list(range(len(arts))), folds, seed)
    grid = [(c, b) for c in C_GRID for b in BARS]
    tot = {g: [0, 0, 0] for g in grid}
    for k in range(folds):
        rows = other_folds(per_article, parts, k)
        judged = [arts[i] for i in parts[k] if arts[i].gold["docno"] in fresh]
        _log(f"fold {k + 1} of {folds}: fitted on {len(rows)} words, judged on {len(judged)} articles")
        for c in C_GRID:
            model = fit(rows, c)
            for b in BARS:
                r = score(judged, replace(model, bar=b) if b <= 1 else None)
                tot[c, b] = [u + v for u, v in zip(tot[c, b], r)]
    best = max(grid, key=lambda g: (round(_f1(tot[g]), 3), g[1], -g[0]))  # (a tie: the higher bar)
    return best[0], best[1], {f"C={c} bar={b:.2f}": _summary(t) for (c, b), t in tot.items()}


def train(gold_files: list[Path], news: Path, out: Path, folds: int = 5) -> dict[str, Any]:
    t0 = time.time()
    _log(f"analysing the articles of {len(gold_files)} gold files from {news} ...")
    arts = load_articles(gold_files, news)
    per_article = [examples(a) for a in arts]
    rows = [x for r in per_article for x in r]
    n_trig = sum(1 for _, y in rows if y != "O")
    fresh_files = [f for f in gold_files if Path(f).name in FRESH_GOLD] or list(gold_files)
    fresh = {g["docno"] for f in fresh_files for g in load_gold(Path(f))}
    _log(f"{len(arts)} articles, {len(rows)} words, {n_trig} of them in coded triggers; "
         f"the bar is judged on {len(fresh)} articles of {len(fresh_files)} gold files")
    c, bar, cv = cross_validate(arts, per_article, fresh, folds=folds)
    _log(f"cross-validation ({folds} folds over articles): C {c}, bar {bar:.2f}: {cv[f'C={c} bar={bar:.2f}']}; "
         f"the lexicon alone: {cv[f'C={c} bar=1.01']}")
    meta = {"trained_on": [Path(f).name for f in gold_files], "judged_on": [Path(f).name for f in fresh_files],
            "articles": len(arts), "words": len(rows), "trigger_words": n_trig, "C": c,
            "cross_validation": cv, "seconds": round(time.time() - t0, 1)}
    model = fit(rows, c, bar, meta)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    _log(f"trigger model written to {out} ({len(model.weights)} features, bar {bar:.2f}, {meta['seconds']} s)")
    if bar > 1:
        _log("note: in cross-validation no bar beat the lexicon alone; the model's bar is above 1, so it "
             "names no trigger")
    return meta
