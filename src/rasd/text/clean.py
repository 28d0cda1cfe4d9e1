"""Cleaning: find what a reader would not see as article content, and report it as spans.

Nothing is deleted from the text: removals are spans with a reason, and later
stages skip them. Reasons: ``related_links``, ``share_widget``,
``duplicate_paragraph`` (same words as an earlier paragraph),
``near_duplicate_paragraph`` (almost the same), ``hashtag_mark`` ("#" and the
underscores that join a hashtag's words), ``dateline`` (the place and agency that open a
paragraph, "دبي، الإمارات العربية المتحدة (CNN)--": the paragraph kept starts after it).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..document import Document, Span
from ..lang.ar import widgets
from .normalize import normalize_key

_PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_HASHTAG = re.compile(r"#([^\W_]+(?:_[^\W_]+)*)")
_WIDGET_RE = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in sorted(widgets.RELATED_LINKS + widgets.SHARE, key=len, reverse=True)) + ")"
)
_SHARE = frozenset(widgets.SHARE)
_DATELINE = re.compile(
    r"^(?:[^\s()]+[\s،,]+){0,%d}\((?:%s)\)\s*[-—–:]*\s*"
    % (widgets.MAX_DATELINE_WORDS, "|".join(re.escape(a) for a in widgets.DATELINE_AGENCIES))
)

NEAR_DUPLICATE = 90.0      # rapidfuzz ratio on folded words
_NEAR_MIN_CHARS = 40       # short lines ("تابعونا") are not compared fuzzily
_NEAR_MAX_PARAGRAPHS = 400  # beyond this, exact duplicates only (quadratic otherwise)


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding whitespace."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        out.append(Span(s, e))
    return out


def _widget(key: str) -> str | None:
    m = _WIDGET_RE.match(key)
    if not m:
        return None
    if len(key.split()) > widgets.MAX_WIDGET_WORDS:
        return None
    return "share_widget" if m.group() in _SHARE else "related_links"


def _content_key(key: str) -> str:
    return " ".join(_LETTERS.findall(key))


def clean(doc: Document) -> Document:
    """Fill ``doc.removed`` and ``doc.paragraphs`` (the content paragraphs kept)."""
    text = doc.text
    removed: list[Span] = []
    kept: list[Span] = []
    seen: dict[str, int] = {}
    kept_keys: list[str] = []
    paras = paragraphs(text)
    fuzzy = len(paras) <= _NEAR_MAX_PARAGRAPHS
    for p in paras:
        key = normalize_key(text[p.start:p.end])
        reason = _widget(key)
        if reason is None:
            ckey = _content_key(key)
            if ckey and ckey in seen:
                reason = "duplicate_paragraph"
            elif fuzzy and len(ckey) >= _NEAR_MIN_CHARS and any(
                len(k) >= _NEAR_MIN_CHARS and fuzz.ratio(ckey, k, score_cutoff=NEAR_DUPLICATE)
                for k in kept_keys
            ):
                reason = "near_duplicate_paragraph"
            else:
                if ckey:
                    seen[ckey] = p.start
                    kept_keys.append(ckey)
                d = _DATELINE.match(text, p.start, p.end)
                if d and d.end() < p.end:
                    removed.append(Span(p.start, d.end(), "dateline"))
                    p = Span(d.end(), p.end)
                kept.append(p)
                continue
        removed.append(Span(p.start, p.end, reason))
    for p in kept:
        for m in _HASHTAG.finditer(text, p.start, p.end):
            removed.append(Span(m.start(), m.start() + 1, "hashtag_mark"))
            for u in re.finditer("_", m.group()):
                removed.append(Span(m.start() + u.start(), m.start() + u.end(), "hashtag_mark"))
    removed.sort(key=lambda s: (s.start, s.end))
    doc.removed = removed
    doc.paragraphs = kept
    doc.provided |= {"removed", "paragraphs"}
    return doc
