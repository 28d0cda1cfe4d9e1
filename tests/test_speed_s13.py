"""The NER's speed-ups give the same numbers as the plain spaCy code."""

from __future__ import annotations

import numpy
import pytest

from rasd.ner.component import MODEL_DIR

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no NER model")

WORDS = ["قال", "المشير", "خليفة", "حفتر", "إن", "قواته", "ستواصل", "الهجوم", "على", "طرابلس", "قال"]


@needs_model
def test_cached_floret_vectors_are_the_tables_own_rows():
    from rasd.ner import load_ner

    vectors = load_ner().nlp.vocab.vectors
    table = getattr(vectors, "_vectors", vectors)
    keys = numpy.array([vectors.strings.add(w) for w in WORDS], dtype="uint64")
    first = vectors.get_batch(keys)  # fills the cache
    again = vectors.get_batch(keys[::-1])  # from the cache, another order
    plain = table.get_batch(keys)
    assert first.dtype == plain.dtype and first.tobytes() == plain.tobytes()
    assert again.tobytes() == plain[::-1].tobytes()


@needs_model
def test_ner_tags_the_same_before_and_after_its_lexemes_are_kept():
    from rasd.ner import load_ner

    ner = load_ner()
    sent = [["قال", "خليفة", "حفتر", "إن", "ليبيا", "..."]]
    assert ner.predict(sent) == ner.predict(sent) == [[(1, 3, "PER"), (4, 5, "LOC")]]
