"""Document-level label consistency: a name the model tagged in one sentence of a
document is tagged where it recurs untagged in that document.

A name is often introduced with a title or in full ("الرئيس الفنزويلي هوغو شافيز")
and then repeated bare ("شافيز"), where a sentence-level model misses it. Only
spans the model itself predicted are propagated -- no gold, no gazetteer.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Dict, List, Sequence, Tuple

from .features import clitic_candidates, norm_word

Span = Tuple[int, int, str]

MIN_CHARS = 3  # a one- or two-letter "name" is too often a function word


def _key(words: Sequence[str]) -> Tuple[str, ...]:
    # the first word without its proclitics / article, as the gazetteer does
    first = clitic_candidates(norm_word(words[0]))
    return (first[-1],) + tuple(norm_word(w) for w in words[1:])


def propagate(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]],
              window: int = 0, types: Tuple[str, ...] = ("PER", "ORG", "LOC"),
              surnames: bool = True) -> List[List[Span]]:
    """``sentences`` of one document (or, with ``window`` > 0, a running text cut into
    windows of that many sentences); returns the spans with recurrences added."""
    n = len(sentences)
    out = [list(s) for s in spans]
    blocks = [(0, n)] if window <= 0 else [(i, min(n, i + window)) for i in range(0, n, window)]
    for lo, hi in blocks:
        labels: Dict[Tuple[str, ...], Counter] = defaultdict(Counter)
        for i in range(lo, hi):
            for a, b, lab in spans[i]:
                if lab not in types:
                    continue
                k = _key(sentences[i][a:b])
                if len("".join(k)) >= MIN_CHARS:
                    labels[k][lab] += 1
                if lab == "PER" and b - a >= 2 and surnames:
                    # "جورج بوش" ... "بوش": the family name alone is the same person
                    last = _key(sentences[i][b - 1:b])
                    if len(last[0]) >= MIN_CHARS:
                        labels[last][lab] += 1
        if not labels:
            continue
        maxlen = max(len(k) for k in labels)
        firsts = {k[0] for k in labels}
        for i in range(lo, hi):
            words = sentences[i]
            # each word's two readings, once: as a name's first word and as a later one
            norms = [norm_word(w) for w in words]
            heads = [clitic_candidates(x)[-1] for x in norms]
            taken = [False] * len(words)
            for a, b, _ in out[i]:
                for t in range(a, b):
                    taken[t] = True
            j = 0
            while j < len(words):
                hit = None
                for ln in range(min(maxlen, len(words) - j), 0, -1) if heads[j] in firsts else ():
                    if any(taken[j:j + ln]):
                        continue
                    c = labels.get((heads[j],) + tuple(norms[j + 1:j + ln]))
                    if c:
                        hit = (ln, c.most_common(1)[0][0])
                        break
                if hit is None:
                    j += 1
                    continue
                ln, lab = hit
                out[i].append((j, j + ln, lab))
                for t in range(j, j + ln):
                    taken[t] = True
                j += ln
            out[i].sort()
    return out
