"""Normalised lookup keys for aliases.

Uses :func:`rasd.text.normalize.normalize_key` (tatweel and diacritics removed,
أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, whitespace collapsed) when it is
importable, and a local copy of the same rules otherwise, so that the knowledge base
keeps working on its own.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

try:  # the project's normaliser is the reference
    from rasd.text.normalize import normalize_key as _project_normalize_key
except Exception:  # pragma: no cover - only while rasd.text is missing
    _project_normalize_key = None

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TRANS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_WS = re.compile(r"\s+")


def _fallback(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = _DIACRITICS.sub("", s)
    s = s.translate(_TRANS)
    return _WS.sub(" ", s).strip().lower()


def key(s: str) -> str:
    """The normalised key of an alias or of a span of text."""
    if _project_normalize_key is not None:
        return _project_normalize_key(s)
    return _fallback(s)


# Proclitics that attach to a name in running text: و ف (conjunctions), ب ل ك
# (prepositions), لل (ل + ال).  Ordered longest first.
_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=65536)  # the linker asks for the same words in every sentence
def clitic_variant_tuple(token_key: str) -> tuple[str, ...]:
    """``clitic_variants`` as a cached tuple."""
    return tuple(clitic_variants(token_key))


def clitic_variants(token_key: str) -> list[str]:
    """Candidate keys of a normalised token with proclitics stripped.

    The token itself comes first. ``لحفتر`` → [لحفتر, حفتر]; ``للسراج`` → [للسراج, السراج, سراج];
    ``والسعوديه`` → [والسعوديه, السعوديه, لسعوديه ...]. Callers keep only variants found in
    the alias index, longest match first.
    """
    out = [token_key]
    for c in _CLITICS:
        if token_key.startswith(c) and len(token_key) - len(c) >= 2:
            rest = token_key[len(c):]
            if c.endswith("ال"):
                cand = ["ال" + rest]
            elif c.endswith("لل"):
                cand = ["ال" + rest]
            else:
                cand = [rest]
            for v in cand:
                if v not in out:
                    out.append(v)
    return out
