"""spaCy pieces of the rasd Arabic NER pipeline (imported lazily by component.py).

The ``rasd_ar_features`` component runs before tok2vec and writes per-token features
into attributes that spaCy's MultiHashEmbed can hash:

* ``NORM``  <- normalised word (tatweel, diacritics, alef/hamza, ى, ة, digits)
* ``LEMMA`` <- crude stem of the normalised word (proclitics/article off)
* ``TAG``   <- gazetteer class (CTRY, CITY, ...) or "-" (Natural Earth names); with
  ``use_names``: B-/I- class of the longest gazetteer phrase (``gazetteer.NameTables``)
* ``ENT_ID``    <- (``use_names``) name-word class: FIRST, FAM, PFX or "-"
* ``ENT_KB_ID`` <- (``use_names``) word-frequency buckets ("f3.5")

ENT_ID / ENT_KB_ID are only carriers for hashed features: the ner component runs after
tok2vec has read them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict

import numpy
from spacy.attrs import ENT_ID, ENT_KB_ID, LEMMA, NORM, TAG
from spacy.language import Language
from spacy.tokens import Doc

from .features import gaz_class, light_stem, load_gazetteer, norm_word, save_gazetteer
from .gazetteer import NameTables

GAZ_FILE = "gazetteer.tsv"
_ATTRS = [NORM, LEMMA, TAG]
_NAME_ATTRS = [NORM, LEMMA, TAG, ENT_ID, ENT_KB_ID]


class ArFeatures:
    def __init__(self, nlp: Language, name: str, gazetteer_path: str = "", use_gazetteer: bool = True,
                 names_path: str = "", use_names: bool = False):
        self.name = name
        self.use_gazetteer = use_gazetteer
        self.use_names = use_names
        self.gaz: Dict[str, str] = {}
        if use_gazetteer and gazetteer_path and Path(gazetteer_path).exists():
            self.gaz = load_gazetteer(Path(gazetteer_path))
        self.names = NameTables({}, {}, {})
        if use_names and names_path and Path(names_path).exists():
            self.names = NameTables.from_disk(Path(names_path))
        self._cache: Dict[str, tuple] = {}

    def _feats(self, w: str, strings) -> tuple:
        """(NORM, LEMMA, TAG) string hashes of a word; the strings are added to the
        StringStore once and the hashes cached."""
        f = self._cache.get(w)
        if f is None:
            n = norm_word(w)
            if self.use_names:
                names = self.names
                f = (n, strings.add(n), strings.add(light_stem(n)),
                     strings.add(names.word_class(n)), strings.add(names.freq_class(n)))
            else:
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
        rows = [feats(t.text, strings) for t in doc]
        if self.use_names:
            tags = self.names.phrase_tags([r[0] for r in rows])
            arr = numpy.array([(r[1], r[2], strings.add(g), r[3], r[4]) for r, g in zip(rows, tags)],
                              dtype="uint64")
            doc.from_array(_NAME_ATTRS, arr)
        else:
            arr = numpy.array(rows, dtype="uint64")
            doc.from_array(_ATTRS, arr)
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        save_gazetteer(self.gaz, path / GAZ_FILE)
        if self.use_names:
            self.names.to_disk(path)

    def from_disk(self, path, exclude=tuple()):
        p = Path(path) / GAZ_FILE
        if p.exists():
            self.gaz = load_gazetteer(p)
        if self.use_names:
            self.names = NameTables.from_disk(Path(path))
        self._cache = {}
        return self


@Language.factory("rasd_ar_features", default_config={"gazetteer_path": "", "use_gazetteer": True,
                                                      "names_path": "", "use_names": False})
def make_ar_features(nlp: Language, name: str, gazetteer_path: str, use_gazetteer: bool,
                     names_path: str, use_names: bool):
    return ArFeatures(nlp, name, gazetteer_path, use_gazetteer, names_path, use_names)
