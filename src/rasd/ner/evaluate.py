"""Evaluate an NER model on a CoNLL file (conlleval span matching).

    python -m rasd.ner.evaluate [--model DIR] [--test ../shared/data/anercorp/ANERCorp_CamelLab_test.txt]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Dict, Optional

from .data import ANER_TEST, default_data_dir, iob_to_spans, read_conll
from .scoring import TYPES, score_spans



# ANERcorp has no document breaks: blocks of this many consecutive sentences stand in
# for the articles over which rasd applies document-level consistency
CONSISTENCY_WINDOW = 10


def evaluate(model_dir: Optional[Path], test_file: Path, window: int = CONSISTENCY_WINDOW) -> Dict:
    """Tag ``test_file`` with the model in ``model_dir`` (None = shipped model) and
    score against its gold tags, as rasd uses the model (document-level consistency over
    blocks of ``window`` sentences; 0 = sentence by sentence). Returns {"micro": {...},
    "per_type": {...}, "sentence_level": {...}, "n_sentences", "n_tokens", "seconds",
    "words_per_second", "model", "test_file", "window"}."""
    from .component import load_ner

    sents = read_conll(test_file)
    ner = load_ner(model_dir)
    words = [w for w, _ in sents]
    t0 = time.perf_counter()
    pred = ner.predict(words)
    dt = time.perf_counter() - t0
    gold = [iob_to_spans(t) for _, t in sents]
    sentence_level = score_spans(gold, pred)
    if window > 0:
        from .consistency import propagate

        res = score_spans(gold, propagate(words, pred, window=window))
    else:
        res = dict(sentence_level)
    res["sentence_level"] = sentence_level["micro"]
    res["window"] = window
    n_tok = sum(len(w) for w in words)
    res.update({
        "n_sentences": len(sents), "n_tokens": n_tok, "seconds": dt,
        "words_per_second": n_tok / dt if dt else 0.0,
        "model": str(ner.model_dir), "test_file": str(test_file),
    })
    return res


def format_report(res: Dict) -> str:
    lines = []
    if "test_file" in res:
        lines.append(f"test: {res['test_file']}  ({res.get('n_sentences', '?')} sentences, {res.get('n_tokens', '?')} tokens)")
    if "model" in res:
        lines.append(f"model: {res['model']}")
    lines.append(f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    rows = [(t, res["per_type"][t]) for t in TYPES if t in res["per_type"]]
    rows += [(t, v) for t, v in res["per_type"].items() if t not in TYPES]
    rows.append(("micro", res["micro"]))
    for name, v in rows:
        lines.append(f"{name:<6} {v['precision']:6.1f} {v['recall']:6.1f} {v['f1']:6.1f} {v['gold']:6d} {v['pred']:6d}")
    if res.get("window"):
        sl = res["sentence_level"]
        lines.append(f"(with document-level consistency over blocks of {res['window']} sentences; "
                     f"sentence by sentence: P {sl['precision']:.1f} R {sl['recall']:.1f} F1 {sl['f1']:.1f})")
    if "words_per_second" in res:
        lines.append(f"tagging speed: {res['words_per_second']:,.0f} words/s (pre-tokenised input, model load excluded)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate the rasd Arabic NER model (conlleval span F1)")
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: shipped model)")
    ap.add_argument("--data", type=Path, default=None, help="shared data dir (default ../shared/data)")
    ap.add_argument("--test", type=Path, default=None, help="CoNLL test file (default: ANERcorp CAMeL test split)")
    ap.add_argument("--window", type=int, default=CONSISTENCY_WINDOW,
                    help="sentences per pseudo-document for consistency (0: sentence by sentence)")
    a = ap.parse_args(argv)
    test = a.test or ((a.data or default_data_dir()) / ANER_TEST)
    print(format_report(evaluate(a.model, test, a.window)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
