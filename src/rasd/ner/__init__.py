"""Arabic named-entity recognition for rasd (PER, LOC, ORG, MISC).

``load_ner()`` loads the model shipped in ``rasd/ner/model`` (spaCy is imported only
then); ``predict(words)`` tags pre-tokenised sentences. See docs/model-card.md.
"""
from .component import LABELS, ArabicNER, load_ner

__all__ = ["load_ner", "ArabicNER", "LABELS"]
