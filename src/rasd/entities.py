"""Entities: the NER model over each kept sentence, mentions as spans of the original.

The model was trained on whole words (ANERcorp keeps clitics attached), so it reads
raw words; a mention's span then starts after the proclitics the tokenizer split
off ("لحفتر" -> "حفتر", "والقاهرة" -> "القاهرة") and keeps the article.
A name the model tagged once in the article is tagged where it recurs
(``rasd.ner.consistency``). Until actors are linked, mentions with the same folded
surface and type share one entity.
"""

from __future__ import annotations

import re

from .document import Document
from .errors import RasdError
from .pipeline import Component
from .text.normalize import normalize_key
from .text.tokenize import Token


_ARABIC = re.compile("[\u0621-\u063F\u0641-\u064A\u0671-\u06D3]")


def raw_words(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """(start, stem_start, end) of each raw word: clitic tokens joined to the stem after them."""
    out: list[tuple[int, int, int]] = []
    pending: int | None = None
    for t in tokens:
        if t.kind == "clitic":
            if pending is None:
                pending = t.start
            continue
        start = pending if pending is not None and pending < t.start else t.start
        out.append((start, t.start, t.end))
        pending = None
    return out


def _sentence_words(doc: Document) -> list[list[tuple[int, int, int]]]:
    return [raw_words(toks) for _, toks in doc.sentence_tokens()]


def group_mentions(text: str, mentions: list[tuple[int, int, str]]) -> list[dict]:
    """One entity per (type, folded surface), mentions in text order."""
    entities: dict[tuple[str, str], dict] = {}
    for start, end, label in sorted(mentions):
        key = (label, normalize_key(text[start:end]))
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = {"id": f"e{len(entities) + 1}", "type": label,
                                   "name": text[start:end], "mentions": []}
        ent["mentions"].append({"start": start, "end": end})
    return list(entities.values())


def make_ner(model_dir: str | None = None):
    from .ner.component import load_ner

    try:
        model = load_ner(model_dir)
    except FileNotFoundError:
        raise RasdError("E301", path=model_dir or "rasd/ner/model") from None

    def ner(doc: Document) -> Document:
        sents = _sentence_words(doc)
        words = [[doc.text[s:e] for s, _, e in ws] for ws in sents]
        mentions: list[tuple[int, int, str]] = []
        for ws, spans in zip(sents, model.predict_document(words)):
            for a, b, label in spans:
                start, end = ws[a][1], ws[b - 1][2]
                if end > start and _ARABIC.search(doc.text, start, end):
                    # the model read Arabic: a tag on Latin or markup ("onerror") is noise
                    mentions.append((start, end, label))
        doc.entities = group_mentions(doc.text, mentions)
        doc.provided.add("entities")
        return doc

    return ner


def ner_component() -> Component:
    return Component("ner", make_ner(), ("tokens", "sentences"), ("entities",))
