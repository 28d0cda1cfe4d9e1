"""The Document as a spaCy ``Doc``: same text, our tokens, our sentences and entities.

spaCy's ``Doc.text`` is the words joined with their trailing spaces, so any run of
whitespace other than one space becomes a whitespace token; the result is that
``doc.text == document.text`` and ``token.idx`` is an offset into the original.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document
    from .tokenize import Token


@lru_cache(maxsize=1)
def _vocab():
    import spacy
    from spacy.tokens import Token as SpacyToken

    for name in ("clitic", "article"):
        if not SpacyToken.has_extension(name):
            SpacyToken.set_extension(name, default=False)
    return spacy.blank("ar").vocab


def words_and_spaces(text: str, tokens: list[Token]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces for ``tokens``; the third list maps each word to its token (-1 = whitespace)."""
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    pos = 0
    for i, t in enumerate(tokens):
        gap = text[pos:t.start]
        if gap:
            if words and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                index.append(-1)
        words.append(text[t.start:t.end])
        spaces.append(False)
        index.append(i)
        pos = t.end
    tail = text[pos:]
    if tail:
        if words and tail[0] == " ":
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
            index.append(-1)
    return words, spaces, index


def to_spacy_doc(document: Document) -> Doc:
    from spacy.tokens import Doc

    words, spaces, index = words_and_spaces(document.text, document.tokens)
    doc = Doc(_vocab(), words=words, spaces=spaces)
    toks = document.tokens
    for st, i in zip(doc, index):
        if i >= 0:
            st._.clitic = toks[i].kind == "clitic"
            st._.article = toks[i].article
    if document.sentences:
        starts = {s.start for s in document.sentences}
        ends = {s.end for s in document.sentences}
        for st in doc:
            st.is_sent_start = st.idx in starts or (st.i > 0 and doc[st.i - 1].idx + len(doc[st.i - 1]) in ends)
    ents = []
    for e in document.entities:
        for m in e.get("mentions", []):
            span = doc.char_span(m["start"], m["end"], label=e["type"])
            if span is not None:
                ents.append(span)
    if ents:
        from spacy.util import filter_spans

        doc.ents = filter_spans(ents)
    return doc
