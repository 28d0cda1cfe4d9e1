"""Could a learned trigger model find what the lexicon misses? A measurement, not a shipped model.

    python bench/trigger_model.py            # needs scikit-learn (pip install -e '.[train]')

Trains a logistic regression over the words of the training articles (parts 4-6, 8, 10, 11,
13, 14 and 21-26: the coded `trigger` of every gold event is a positive of its type, every other
word a negative; a second mention of an event is not coded, so some negatives are triggers) on
the word as written, without its proclitics and article, its first and last letters, and the
words around it. It then reads the 195 held-out articles and reports, for the triggers of their
required events, how many the lexicon finds as the coded type and how many the model does
(at a probability bar chosen on the validation articles of parts 16, 17, 19 and 20 so that its
word-level precision is the lexicon's), and how many of those the lexicon does not know.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from eval_fixtures import HELD_OUT_ALL, NEWS, PATTERNS, gold_articles
from trigger_coverage import known_types
from rasd.events.trigger_model import stem
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import tokenize

TRAIN = ("part4", "part5", "part6", "part8", "part10", "part11", "part13", "part14",
         "part21", "part22", "part23", "part24", "part25", "part26")
VALID = ("part16", "part17", "part19", "part20")


def words_of(text: str, gold: dict) -> list[tuple[dict, str | None, bool]]:
    """(features, type or None, required) for each word of the article."""
    toks = [t for t in tokenize(text) if any(c.isalpha() for c in text[t.start:t.end])]
    spans = []
    for e in gold.get("events", []):
        trig, ev = e.get("trigger"), e.get("evidence", "")
        i = text.find(ev) if ev else -1
        j = ev.find(trig) if trig and i >= 0 else -1
        if j >= 0:
            spans.append((i + j, i + j + len(trig), e["type"], not e.get("optional")))
    keys = [normalize_key(text[t.start:t.end]) for t in toks]
    out = []
    for n, t in enumerate(toks):
        k = keys[n]
        s = stem(k)
        f = {"w=" + k: 1, "s=" + s: 1, "p3=" + s[:3]: 1, "x2=" + s[-2:]: 1, "x3=" + s[-3:]: 1,
             "prev=" + (keys[n - 1] if n else "^"): 1, "next=" + (keys[n + 1] if n + 1 < len(keys) else "$"): 1}
        hit = next((sp for sp in spans if sp[0] <= t.start < sp[1]), None)
        out.append((f, hit[2] if hit else None, bool(hit and hit[3])))
    return out


def _articles(parts: tuple[str, ...]) -> list[tuple[str, dict]]:
    golds = {g["docno"]: g for g in gold_articles([PATTERNS.get(p, f"events30.{p}.gold.json") for p in parts])}
    out = []
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["docno"] in golds:
                out.append((d["text"], golds[d["docno"]]))
    return out


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    articles = _articles(TRAIN)
    train = [w for text, g in articles for w in words_of(text, g)]
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _, _ in train])
    y = [t or "O" for _, t, _ in train]
    model = LogisticRegression(C=1.0, max_iter=300, class_weight=None).fit(x, y)
    print(f"trained on {len(train)} words of {len(articles)} articles, {sum(t != 'O' for t in y)} triggers")

    def scored(parts: tuple[str, ...]) -> list[tuple[float, str, str | None, bool, dict]]:
        rows = []
        for text, g in _articles(parts):
            ws = words_of(text, g)
            probs = model.predict_proba(vec.transform([f for f, _, _ in ws]))
            for (f, t, req), p in zip(ws, probs):
                best = max(range(len(p)), key=lambda i: p[i] if model.classes_[i] != "O" else -1)
                rows.append((float(p[best]), str(model.classes_[best]), t, req, f))
        return rows

    def lexicon_type(f: dict) -> set[str]:
        return known_types(next(k[2:] for k in f if k.startswith("w=")))

    valid = scored(VALID)
    lex_flag = [(lexicon_type(f), t) for _, _, t, _, f in valid]
    lex_p = sum(1 for ts, t in lex_flag if ts and t in ts) / max(1, sum(1 for ts, _ in lex_flag if ts))
    bar = 0.5
    for b in [x / 20 for x in range(2, 20)]:
        flagged = [(c, t) for p, c, t, _, _ in valid if p >= b]
        if flagged and sum(c == t for c, t in flagged) / len(flagged) >= lex_p:
            bar = b
            break
    print(f"validation (parts 16, 17, 19, 20): lexicon word precision {lex_p:.2f}; model bar {bar:.2f}")

    held = scored(HELD_OUT_ALL)
    counts: Counter[str] = Counter()
    for p, c, t, req, f in held:
        lt = lexicon_type(f)
        if p >= bar:
            counts["model flags"] += 1
            counts["model right"] += c == t
        if lt:
            counts["lexicon flags"] += 1
            counts["lexicon right"] += t in lt
        if req:
            counts["required triggers"] += 1
            counts["lexicon finds"] += t in lt
            counts["model finds"] += p >= bar and c == t
            counts["model finds, lexicon not"] += p >= bar and c == t and t not in lt
    n = counts["required triggers"]
    print("model bar  words flagged  precision  required found")
    for b in (0.1, 0.2, 0.3, 0.5, 0.7):
        flagged = [(c, t, req) for p, c, t, req, _ in held if p >= b]
        print(f"  {b:.1f}  {len(flagged):13d}  {sum(c == t for c, t, _ in flagged) / max(1, len(flagged)):9.2f}"
              f"  {sum(1 for c, t, req in flagged if req and c == t) / n:14.2f}")
    print(f"held out (195 articles): {n} words of required events' triggers")
    print(f"  lexicon: finds {counts['lexicon finds']} ({counts['lexicon finds'] / n:.2f}) as their type; "
          f"word precision {counts['lexicon right'] / max(1, counts['lexicon flags']):.2f} ({counts['lexicon flags']} words)")
    print(f"  model:   finds {counts['model finds']} ({counts['model finds'] / n:.2f}); word precision "
          f"{counts['model right'] / max(1, counts['model flags']):.2f} ({counts['model flags']} words); "
          f"{counts['model finds, lexicon not']} of them unknown to the lexicon (both: "
          f"{(counts['lexicon finds'] + counts['model finds, lexicon not']) / n:.2f})")


if __name__ == "__main__":
    main()
