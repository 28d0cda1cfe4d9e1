"""spaCy pieces of the rasd Arabic NER pipeline (imported lazily by component.py).

The ``rasd_ar_features`` component runs before tok2vec and writes per-token features
into attributes that spaCy's MultiHashEmbed can hash:

* ``NORM``  <- normalised word (tatweel, diacritics, alef/hamza, ى, ة, digits)
* ``LEMMA`` <- crude stem of the normalised word (proclitics/article off)
* ``TAG``   <- gazetteer class (CTRY, CITY, ...) or "-" (Natural Earth names)
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict

import numpy
from spacy.attrs import LEMMA, NORM, TAG
from spacy.language import Language
from spacy.tokens import Doc

from .features import gaz_class, light_stem, load_gazetteer, norm_word, save_gazetteer

GAZ_FILE = "gazetteer.tsv"
_ATTRS = [NORM, LEMMA, TAG]


class ArFeatures:
    def __init__(self, nlp: Language, name: str, gazetteer_path: str = "", use_gazetteer: bool = True):
        self.name = name
        self.use_gazetteer = use_gazetteer
        self.gaz: Dict[str, str] = {}
        if use_gazetteer and gazetteer_path and Path(gazetteer_path).exists():
            self.gaz = load_gazetteer(Path(gazetteer_path))
        self._cache: Dict[str, tuple] = {}

    def _feats(self, w: str, strings) -> tuple:
        """(NORM, LEMMA, TAG) string hashes of a word; the strings are added to the
        StringStore once and the hashes cached."""
        f = self._cache.get(w)
        if f is None:
            n = norm_word(w)
            g = gaz_class(self.gaz, n) if self.use_gazetteer else ""
            f = (strings.add(n), strings.add(light_stem(n)), strings.add(g or "-"))
            if len(self._cache) < 50_000:  # bounded: a long ingest must not grow with its vocabulary
                self._cache[w] = f
        return f

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        feats = self._feats
        strings = doc.vocab.strings
        arr = numpy.array([feats(t.text, strings) for t in doc], dtype="uint64")
        doc.from_array(_ATTRS, arr)
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        save_gazetteer(self.gaz, path / GAZ_FILE)

    def from_disk(self, path, exclude=tuple()):
        p = Path(path) / GAZ_FILE
        if p.exists():
            self.gaz = load_gazetteer(p)
        self._cache = {}
        return self


@Language.factory("rasd_ar_features", default_config={"gazetteer_path": "", "use_gazetteer": True})
def make_ar_features(nlp: Language, name: str, gazetteer_path: str, use_gazetteer: bool):
    return ArFeatures(nlp, name, gazetteer_path, use_gazetteer)
