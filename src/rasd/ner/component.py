"""Load the shipped Arabic NER model and tag pre-tokenised sentences.

    >>> from rasd.ner.component import load_ner
    >>> ner = load_ner()
    >>> ner.predict([["قال", "خليفة", "حفتر", "إن", "ليبيا", "..."]])
    [[(1, 3, 'PER'), (4, 5, 'LOC')]]

Importing this module is cheap: spaCy and the model are only loaded by ``load_ner``.
Nothing is downloaded; the model is read from ``rasd/ner/model`` (or ``model_dir``).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

MODEL_DIR = Path(__file__).resolve().parent / "model"
LABELS = ("PER", "LOC", "ORG", "MISC")
_LABEL_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

Span = Tuple[int, int, str]

_CACHE: dict = {}

# words whose lexemes are kept outside the memory zone: a lexeme made inside a zone is
# freed with it and made again (with all its attributes) in the next document, so the
# common words ("في", "قال", "الرئيس") are made once; bounded (~0.9 kB a word), so a long
# ingest does not grow with its vocabulary
_PERMANENT_WORDS = 50_000


class ArabicNER:
    """Wraps a spaCy pipeline (rasd_ar_features -> tok2vec -> ner)."""

    def __init__(self, nlp, model_dir: Path):
        self.nlp = nlp
        self.model_dir = model_dir
        # spaCy's vocab and memory zones are not thread-safe: the web server analyses in
        # several threads, so one prediction at a time per model
        self._lock = threading.Lock()
        self._kept = 0  # lexemes made outside the memory zone

    def predict(self, words: Sequence[Sequence[str]], batch_size: int = 256) -> List[List[Span]]:
        """``words``: sentences as lists of tokens (raw words, clitics attached).
        Returns, per sentence, sorted (first_token, end_token_exclusive, TYPE) with TYPE
        in PER, LOC, ORG, MISC."""
        from spacy.tokens import Doc

        vocab = self.nlp.vocab
        out: List[List[Span]] = []
        sents = [[w if w and not w.isspace() else "_" for w in ws] for ws in words]
        with self._lock:
            self._keep_lexemes(sents)
            # a memory zone frees the strings these docs add to the vocab: without it a long
            # ingest grows by the size of every new word it has seen
            with self.nlp.memory_zone():
                docs = [Doc(vocab, words=ws, spaces=[True] * len(ws)) for ws in sents]
                for doc in self.nlp.pipe(docs, batch_size=batch_size):
                    out.append([(e.start, e.end, _LABEL_MAP.get(e.label_, e.label_)) for e in doc.ents])
        return out

    def _keep_lexemes(self, sents: Sequence[Sequence[str]]) -> None:
        """Make the lexemes of new words outside any memory zone, ``_PERMANENT_WORDS`` at most."""
        if self._kept >= _PERMANENT_WORDS:
            return
        vocab = self.nlp.vocab
        for ws in sents:
            for w in ws:
                if w not in vocab:
                    vocab[w]
                    self._kept += 1

    def predict_document(self, words: Sequence[Sequence[str]], window: int = 0) -> List[List[Span]]:
        """``predict`` on the sentences of one document, then document-level consistency
        (``rasd.ner.consistency``): a name tagged once is tagged where it recurs. With
        ``window`` > 0, running text without document breaks is cut into blocks of that
        many sentences."""
        from .consistency import propagate

        return propagate(words, self.predict(words), window=window)

    def predict_tags(self, words: Sequence[Sequence[str]]) -> List[List[str]]:
        """Same as predict, as IOB2 tags."""
        from .data import spans_to_iob

        return [spans_to_iob(len(ws), sp) for ws, sp in zip(words, self.predict(words))]


class CachedFloret:
    """The model's floret vectors with each word's vector kept once computed: floret
    hashes every character n-gram of a word each time it is seen ("الرئيس" 20 n-grams),
    the same for the same word. Every other attribute is the wrapped table's."""

    def __init__(self, vectors) -> None:
        self._vectors = vectors
        self._rows: dict = {}

    def __getattr__(self, name: str):
        return getattr(self._vectors, name)

    def get_batch(self, keys):
        import numpy

        table = self._vectors
        words = [table.strings.as_string(k) for k in keys]
        rows = self._rows
        new = [w for w in dict.fromkeys(words) if w not in rows]
        # each word's row is the mean of its own n-grams, the same whatever the batch
        fresh = {w: row.copy() for w, row in zip(new, table.get_batch(new))} if new else {}
        out = numpy.stack([rows[w] if w in rows else fresh[w] for w in words])
        for w, row in fresh.items():
            if len(rows) >= _PERMANENT_WORDS:
                break
            rows[w] = row
        return out


def load_ner(model_dir: Optional[Path | str] = None) -> ArabicNER:
    """Load (and cache) the NER model; ``None`` means the model shipped in the package."""
    model_dir = Path(model_dir) if model_dir is not None else MODEL_DIR
    key = str(model_dir.resolve())
    if key not in _CACHE:
        if not (model_dir / "config.cfg").exists():
            raise FileNotFoundError(f"no NER model in {model_dir} (train one with python -m rasd.ner.train)")
        import spacy

        from . import pipeline  # noqa: F401  registers the rasd_ar_features factory

        nlp = spacy.load(model_dir)
        if getattr(nlp.vocab.vectors, "mode", "") == "floret":
            nlp.vocab.vectors = CachedFloret(nlp.vocab.vectors)
        _CACHE[key] = ArabicNER(nlp, model_dir)
    return _CACHE[key]
