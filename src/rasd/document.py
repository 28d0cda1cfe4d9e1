"""The Document: one article's original text and everything found in it, as offsets.

Every span is ``(start, end)`` into ``Document.text``, the text exactly as decoded;
nothing in rasd ever rewrites it. Normalised forms exist only for matching.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .text.tokenize import Token


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str = ""

    def surface(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Document:
    text: str
    id: str = ""
    date: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    provided: set[str] = field(default_factory=set)
    _spacy: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "sha1:" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]

    def sentence_tokens(self) -> Iterator[tuple[Span, list[Token]]]:
        """Each sentence with its tokens, in order."""
        toks = self.tokens
        i = 0
        for s in self.sentences:
            while i < len(toks) and toks[i].start < s.start:
                i += 1
            j = i
            while j < len(toks) and toks[j].end <= s.end:
                j += 1
            yield s, toks[i:j]
            i = j

    @property
    def kept_tokens(self) -> list[Token]:
        """Tokens inside the sentences (not in removed widgets or repeated paragraphs)."""
        return [t for _, toks in self.sentence_tokens() for t in toks]

    @property
    def spacy(self):
        """The article as a spaCy ``Doc`` whose text is the original text (built on first use)."""
        if self._spacy is None:
            from .text.spacy_doc import to_spacy_doc

            self._spacy = to_spacy_doc(self)
        return self._spacy
