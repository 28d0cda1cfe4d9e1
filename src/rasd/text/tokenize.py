"""Tokens over the original text, with proclitics split off by offsets.

Raw tokens are whitespace- and punctuation-delimited words; a word's proclitics
(و ف ب ل ك) become tokens of their own that sit flush against the stem
("وإسرائيل" -> "و" "إسرائيل"), so every token is ``text[start:end]``.
The splitter knows words, not just letters: it splits when the stem is a known
word or starts with the article, and keeps names such as "لبنان" whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..lang.ar import chars, clitics
from .normalize import normalize_key

# Word characters: letters, digits, tatweel, Arabic marks, zero-width joiners.
_MARKS = re.escape(chars.DIACRITICS + "\u200c\u200d")
_WORD = rf"(?:[^\W_]|[{_MARKS}])+"
_NUMBER = r"\d+(?:[.,٫٬]\d+)*%?"
# "_" joins the words of a hashtag ("#ميليشيات_الحوثي"): a space, not a token
TOKEN_RE = re.compile(rf"{_NUMBER}(?![^\W\d_])|{_WORD}|[^\s_]")

_MIN_STEM = 2
_RATIO = 1.0   # after ب ل ك: split when the stem alone is at least as frequent as the word
_MIN_COUNT = 3  # ... and seen at least this often
_MIN_COUNT_CONJ = 2  # after و ف: split when the stem is a known word


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    kind: str  # "word", "clitic", "number", "punct"
    article: bool = False  # the stem starts with the article ال


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, int], frozenset[str]]:
    counts: dict[str, int] = {}
    whole: set[str] = set()
    text = resources.files("rasd.lang.ar").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        word, count, keep = line.split("\t")
        counts[word] = int(count)
        if keep == "1":
            whole.add(word)
    return counts, frozenset(whole) | clitics.KEEP_WHOLE


def _splits(folded: str, counts: dict[str, int], whole: frozenset[str]) -> int:
    """Length of the proclitic prefix of a folded word (0 = keep whole)."""
    if folded in whole or len(folded) <= _MIN_STEM:
        return 0
    if folded[0] in clitics.CONJUNCTIONS and folded[1:] in whole:
        return 1  # "وكبدت" is و + كبدت, not وك + بدت; "ولبنان" is و + لبنان
    for prefix in clitics.PREFIXES:
        if not folded.startswith(prefix):
            continue
        stem = folded[len(prefix):]
        if len(stem) < _MIN_STEM or stem in clitics.KEEP_WHOLE and len(stem) < 3:
            continue
        last = prefix[-1]
        if last != "ل" and stem.startswith("ال") and len(stem) >= 4:
            return len(prefix)          # وبالقاهرة, والقاهرة
        if last == "ل" and stem.startswith("ل") and len(stem) >= 4:
            return len(prefix)          # للسيطرة = ل + (ا)لسيطرة
        n = counts.get(stem, 0)
        if last in clitics.CONJUNCTIONS:
            # words that merely begin with و/ف are few and listed; a known stem decides
            if n >= _MIN_COUNT_CONJ:
                return len(prefix)
        elif n >= _MIN_COUNT and n >= _RATIO * counts.get(folded, 0):
            return len(prefix)
    return 0


@lru_cache(maxsize=65536)
def proclitic_length(word: str) -> int:
    """How many leading characters of ``word`` are proclitics (و ف ب ل ك).

    "لحفتر" -> 1, "وبالقاهرة" -> 2, "ليبيا" -> 0. Counts original characters, so
    marks between letters are included in the prefix when they belong to it.
    """
    if word in clitics.TATWEEL_PREPOSITIONS:
        return 0
    folded = normalize_key(word)
    counts, whole = _lexicon()
    n = _splits(folded, counts, whole)
    if n == 0:
        return 0
    # walk the original word until n folded letters have passed (marks stay with them)
    seen = 0
    for i, c in enumerate(word):
        if normalize_key(c):
            seen += 1
            if seen > n:
                return i
    return 0


def is_arabic_letter(c: str) -> bool:
    return "\u0621" <= c <= "\u064A" or "\u0671" <= c <= "\u06D3" or "\uFB50" <= c <= "\uFEFC"


def tokenize(text: str, *, split_clitics: bool = True) -> list[Token]:
    """Tokens of ``text`` in order; whitespace belongs to no token."""
    out: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        word = m.group()
        c0 = word[0]
        if c0.isdigit():
            out.append(Token(s, e, "number"))
            continue
        if not (c0.isalpha() or c0 in chars.DIACRITICS):
            out.append(Token(s, e, "punct"))
            continue
        n = proclitic_length(word) if split_clitics and is_arabic_letter(c0) else 0
        if n:
            for k in range(s, s + n):
                # one token per clitic letter, marks glued to it
                if is_arabic_letter(text[k]):
                    end = k + 1
                    while end < s + n and not is_arabic_letter(text[end]):
                        end += 1
                    out.append(Token(k, end, "clitic"))
            s += n
        stem = text[s:e]
        out.append(Token(s, e, "word", article=normalize_key(stem[:3]).startswith("ال") and len(stem) > 3))
    return out
