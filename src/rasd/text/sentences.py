"""Tokens and sentences of the kept paragraphs.

A sentence ends at a paragraph end, or after . ! ? ؟ … (and any closing quotes or
brackets that follow) when the next token is not a digit continuing a number. A
single letter before "." is an abbreviation ("د.") and does not end a sentence.
"""

from __future__ import annotations

from ..document import Document, Span
from .tokenize import Token, tokenize

TERMINAL = frozenset(".!?؟…")
MAX_TOKENS = 250  # a longer run without a full stop is cut (at a comma if there is one)
_SOFT = frozenset("،,؛;:")
CLOSERS = frozenset("\"'»”’)]}")


def _abbreviation(text: str, prev: Token | None) -> bool:
    """A lone letter right before "." ("د.", "أ.") is an abbreviation."""
    return (prev is not None and prev.kind in ("word", "clitic")
            and prev.end - prev.start == 1 and text[prev.start].isalpha())


def split_sentences(text: str, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    out: list[Span] = []
    first: Token | None = None
    last: Token | None = None
    pending = False  # saw a terminal mark; the sentence ends after closers
    prev: Token | None = None
    for t in tokens:
        if t.start < start or t.end > end:
            continue
        ch = text[t.start:t.end]
        if pending and not (t.kind == "punct" and (ch in CLOSERS or ch in TERMINAL)):
            out.append(Span(first.start, last.end))
            first = None
            pending = False
        if first is None:
            first = t
        last = t
        if t.kind == "punct" and ch in TERMINAL:
            if ch == "." and prev is not None and prev.end == t.start and _abbreviation(text, prev):
                prev = t
                continue
            pending = True
        prev = t
    if first is not None:
        out.append(Span(first.start, last.end))
    return [piece for s in out for piece in _cap(text, tokens, s)]


def _cap(text: str, tokens: list[Token], s: Span) -> list[Span]:
    """Split a sentence longer than MAX_TOKENS, preferring to cut after a comma."""
    toks = [t for t in tokens if s.start <= t.start and t.end <= s.end]
    if len(toks) <= MAX_TOKENS:
        return [s]
    out = []
    i = 0
    while i < len(toks):
        j = min(len(toks), i + MAX_TOKENS)
        if j < len(toks):
            cut = next((k for k in range(j - 1, i + MAX_TOKENS // 2, -1) if text[toks[k].start] in _SOFT), None)
            j = cut + 1 if cut is not None else j
        out.append(Span(toks[i].start, toks[j - 1].end))
        i = j
    return out


def segment(doc: Document) -> Document:
    """Fill ``doc.tokens`` (whole text) and ``doc.sentences`` (kept paragraphs only)."""
    doc.tokens = tokenize(doc.text)
    sentences: list[Span] = []
    toks = doc.tokens
    i = 0
    for p in doc.paragraphs:
        while i < len(toks) and toks[i].start < p.start:
            i += 1
        j = i
        while j < len(toks) and toks[j].end <= p.end:
            j += 1
        sentences.extend(split_sentences(doc.text, toks[i:j], p.start, p.end))
        i = j
    doc.sentences = sentences
    doc.provided |= {"tokens", "sentences"}
    return doc
