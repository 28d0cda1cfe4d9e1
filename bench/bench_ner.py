"""Benchmark: tokenising + NER words/s on one core, median of several runs, peak memory.

    python bench/bench_ner.py [--model DIR] [--runs 5] [--words 100000]

Timed: tokenising, NER and document-level consistency per article (what rasd runs).
Text: the raw news in ../shared/data/news (first articles up to --words tokens),
tokenised with rasd.text.tokenize if it exists (else a regex word/punctuation split),
split into sentences on . ! ? ؟ and newlines, then tagged by rasd.ner.load_ner().predict.
Pins itself to one CPU and one BLAS/OpenMP thread.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SENT_END = {".", "!", "?", "؟"}


def _pick_tokenizer():
    """rasd.text.tokenize.tokenize(text, split_clitics=False) if it is there (raw words,
    clitics attached, as the pipeline hands them to NER), else a regex split."""
    try:
        from rasd.text.tokenize import tokenize as _tk

        def tok(text):
            return [text[t.start:t.end] for t in _tk(text, split_clitics=False)]

        probe = tok("قال خليفة حفتر، إن ليبيا.")
        if probe and all(isinstance(x, str) for x in probe):
            return "rasd.text.tokenize.tokenize(split_clitics=False)", tok
    except Exception:
        pass
    return "regex \\w+|[^\\w\\s]", _TOKEN_RE.findall


def load_texts(max_words: int):
    texts, n = [], 0
    for f in sorted((DATA / "news").glob("*.jsonl")):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                t = d.get("text") or d.get("content") or ""
                if not t:
                    continue
                texts.append(t)
                n += len(t.split())
                if n >= max_words:
                    return texts
    return texts


def tokenise(texts, tok, bounds=None):
    sents = []
    for t in texts:
        if bounds is not None:
            bounds.append(len(sents))
        for para in t.split("\n"):
            cur = []
            for w in tok(para):
                cur.append(w)
                if w in _SENT_END or len(cur) >= 120:
                    sents.append(cur)
                    cur = []
            if cur:
                sents.append(cur)
    return sents


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--cpu", type=int, default=1, help="CPU to pin to (-1: no pinning)")
    a = ap.parse_args(argv)
    if a.cpu >= 0 and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {a.cpu})
        except OSError:
            pass
    from rasd.ner.component import load_ner

    t0 = time.perf_counter()
    ner = load_ner(a.model)
    load_s = time.perf_counter() - t0
    tok_name, tok = _pick_tokenizer()
    texts = load_texts(a.words)
    sents = tokenise(texts, tok)
    n_words = sum(len(s) for s in sents)
    ner.predict(sents[:200])  # warm-up
    times, tok_times = [], []
    from rasd.ner.consistency import propagate

    for _ in range(a.runs):
        t0 = time.perf_counter()
        bounds: list = []
        s = tokenise(texts, tok, bounds)
        t1 = time.perf_counter()
        spans = ner.predict(s)
        # document-level consistency per article, as rasd analyze does
        bounds.append(len(s))
        spans = [x for lo, hi in zip(bounds, bounds[1:]) for x in propagate(s[lo:hi], spans[lo:hi])]
        t2 = time.perf_counter()
        times.append(t2 - t0)
        tok_times.append(t1 - t0)
    med = statistics.median(times)
    n_ents = sum(len(x) for x in spans)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    res = {
        "tokenizer": tok_name, "words": n_words, "sentences": len(sents), "entities": n_ents,
        "runs": a.runs, "median_s": round(med, 3),
        "words_per_s": round(n_words / med), "words_per_s_best": round(n_words / min(times)),
        "tokenise_share": round(statistics.median(tok_times) / med, 3),
        "model_load_s": round(load_s, 2), "peak_rss_mb": round(peak_kb / 1024, 1),
    }
    print(json.dumps(res, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
