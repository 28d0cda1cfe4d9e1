"""Arabic normalisation for matching that never loses the way back to the original.

``normalize(text)`` returns the folded text and, for every folded character, the
original offsets it came from, so a match found in folded text maps back to
``text[start:end]`` exactly. ``normalize_key`` is the same folding without the map,
for dictionary keys.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from ..lang.ar import chars

_FOLD_TABLE = str.maketrans({**chars.FOLD, **{c: None for c in chars.DROPPED}})
_SPECIAL = re.compile(
    "[" + re.escape(chars.DROPPED)
    + "".join(f"{chr(a)}-{chr(b)}" for a, b in chars.PRESENTATION_RANGES) + "]"
)
_ATTACHED = frozenset(chars.ATTACHED)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """Matching form of one character (may be empty, or two characters for a ligature)."""
    cp = ord(c)
    if any(a <= cp <= b for a, b in chars.PRESENTATION_RANGES):
        c = unicodedata.normalize("NFKC", c)
    return c.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class Normalized:
    """Folded text plus the original span of each folded character.

    ``starts[i]``/``ends[i]`` are the original offsets of folded character ``i``;
    ``ends`` also covers diacritics and tatweel glued after it, so a word's span
    keeps its marks. ``None`` means the identity map (nothing was dropped or expanded).
    """

    original: str
    text: str
    starts: array | None = None
    ends: array | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of folded ``text[start:end]`` (``end > start``)."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def offset(self, i: int) -> int:
        """Original offset of folded position ``i`` (``len(text)`` maps to the end)."""
        if self.starts is None:
            return i
        if i >= len(self.text):
            return len(self.original)
        return self.starts[i]


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching: tatweel, diacritics, bidi and zero-width marks dropped;
    alef/hamza-on-alef forms, alef maqsura, ta marbuta, Persian letters, Arabic-Indic
    digits and presentation forms folded. Lengths may change; offsets map back."""
    if not _SPECIAL.search(text):
        return Normalized(text, text.translate(_FOLD_TABLE))
    out: list[str] = []
    starts = array("i")
    ends = array("i")
    for i, c in enumerate(text):
        folded = _fold_char(c)
        if folded:
            out.append(folded)
            for _ in folded:
                starts.append(i)
                ends.append(i + 1)
        elif c in _ATTACHED and ends:
            # glue a mark to the previous kept letter if nothing else came between
            if ends[-1] == i:
                for k in range(len(ends) - 1, -1, -1):
                    if ends[k] != i:
                        break
                    ends[k] = i + 1
    return Normalized(text, "".join(out), starts, ends)


@lru_cache(maxsize=65536)  # pure; the linker and the events fold the same words again and again
def normalize_key(s: str) -> str:
    """Folded form of ``s`` for dictionary keys: as ``normalize`` plus collapsed spaces."""
    if _SPECIAL.search(s):
        s = "".join(_fold_char(c) for c in s)
    else:
        s = s.translate(_FOLD_TABLE)
    return _SPACES.sub(" ", s).strip()
