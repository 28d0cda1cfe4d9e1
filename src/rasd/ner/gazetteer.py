"""Name knowledge for the NER model: a phrase gazetteer, name words and word frequency.

Arabic has no capital letters, so a model trained on 125k words cannot tell an unseen
name from an unseen word. These three tables, stored inside the model, give it what a
pretrained transformer knows from its pretraining:

* phrases: multi-word names (persons, organisations, places, misc) -> class; matched
  longest-first over normalised tokens, proclitics and the article tolerated on the
  first word ("للأمم المتحدة" matches "الأمم المتحدة"); gives each token B-/I-CLASS;
* words: name words (given names, family names, name particles) -> FIRST / FAM / PFX;
* freq: normalised word -> frequency bucket (wordfreq's Arabic list, CC BY-SA 4.0):
  ordinary words are frequent, most names are not.

Sources (``build_tables``): Natural Earth (public domain), the rasd name lists in
``rasd/lang/ar/names/`` and the rasd actor knowledge base (both ours; its names are read
from the snapshot ``kb_names.tsv``), wordfreq.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .features import clitic_candidates, load_gazetteer, norm_word

NAMES_DIR = Path(__file__).resolve().parents[1] / "lang" / "ar" / "names"
PHRASE_FILE = "gaz_phrases.tsv"
WORD_FILE = "gaz_words.tsv"
FREQ_FILE = "gaz_freq.tsv"
# the knowledge base's names as the shipped model was trained with them (see _kb_rows)
KB_NAMES_FILE = Path(__file__).resolve().parent / "kb_names.tsv"
MAX_WORDS = 6
_WORD = re.compile(r"\w+")


def phrase_key(name: str) -> Optional[str]:
    """Normalised key of a name: words normalised, the first word's article removed
    (the same rule as ``clitic_candidates``, so look-ups meet keys)."""
    words = [norm_word(w) for w in _WORD.findall(name)]
    if not words or len(words) > MAX_WORDS:
        return None
    if words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    if len(words) == 1 and len(words[0]) < 2:
        return None
    return " ".join(words)


def freq_bucket(zipf: float) -> int:
    """wordfreq Zipf value -> 1..7 (0 is kept for words not in the list)."""
    for b, lim in enumerate((2.0, 2.5, 3.0, 3.5, 4.0, 5.0), start=1):
        if zipf < lim:
            return b
    return 7


class NameTables:
    """The three tables and the per-token features computed from them."""

    def __init__(self, phrases: Dict[str, str], words: Dict[str, str], freq: Dict[str, int]):
        self.phrases = phrases
        self.words = words
        self.freq = freq
        self.first = {k.split(" ", 1)[0] for k in phrases}
        self._starts: Dict[str, Tuple[str, ...]] = {}  # word -> its readings that start a phrase

    def _phrase_starts(self, norm: str) -> Tuple[str, ...]:
        r = self._starts.get(norm)
        if r is None:
            r = tuple(c for c in clitic_candidates(norm) if c in self.first)
            if len(self._starts) < 200_000:  # bounded: long ingests see many new words
                self._starts[norm] = r
        return r

    # --- features -----------------------------------------------------------------
    def phrase_tags(self, norms: Sequence[str]) -> List[str]:
        """B-/I-CLASS per token from the longest gazetteer phrase starting there, '-' else."""
        n = len(norms)
        out = ["-"] * n
        i = 0
        while i < n:
            best: Optional[Tuple[int, str]] = None
            for c in self._phrase_starts(norms[i]):
                for ln in range(min(MAX_WORDS, n - i), 0, -1):
                    if best is not None and ln <= best[0]:
                        break
                    key = c if ln == 1 else c + " " + " ".join(norms[i + 1:i + ln])
                    cls = self.phrases.get(key)
                    if cls:
                        best = (ln, cls)
                        break
            if best is None:
                i += 1
                continue
            ln, cls = best
            out[i] = "B-" + cls
            for j in range(i + 1, i + ln):
                out[j] = "I-" + cls
            i += ln
        return out

    def word_class(self, norm: str) -> str:
        for c in clitic_candidates(norm):
            v = self.words.get(c)
            if v:
                return v
        return "-"

    def freq_class(self, norm: str) -> str:
        """'literal.stripped' buckets: the word as written and its best clitic reading."""
        cands = clitic_candidates(norm)
        lit = self.freq.get(cands[0], 0)
        other = max((self.freq.get(c, 0) for c in cands[1:]), default=0)
        return f"f{lit}.{other}"

    # --- storage --------------------------------------------------------------------
    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for fname, table in ((PHRASE_FILE, self.phrases), (WORD_FILE, self.words), (FREQ_FILE, self.freq)):
            with open(path / fname, "w", encoding="utf-8") as fh:
                for k in sorted(table):
                    fh.write(f"{k}\t{table[k]}\n")

    @classmethod
    def from_disk(cls, path: Path) -> "NameTables":
        freq = {k: int(v) for k, v in load_gazetteer(path / FREQ_FILE).items()}
        return cls(load_gazetteer(path / PHRASE_FILE), load_gazetteer(path / WORD_FILE), freq)


# --- building (training time only) ---------------------------------------------------
_LIST_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "FIRST_AR": "FIRST", "FIRST_FOREIGN": "FIRST", "FAMILY": "FAM", "PREFIX": "PFX"}
_KB_KIND = {"person": "PER", "state": "CTRY", "city": "LOC", "igo": "ORG", "org": "ORG", "group": "ORG"}
# a phrase class set by a stronger source is not overwritten by a weaker one
_RANK = {"CTRY": 5, "PER": 4, "ORG": 3, "LOC": 2, "MISC": 1}


def read_name_lists(names_dir: Path = NAMES_DIR) -> Iterable[Tuple[str, str]]:
    """(name, TYPE) rows from every ``*.tsv`` in ``names_dir`` (header name, type, ...)."""
    for f in sorted(Path(names_dir).glob("*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                parts = line.rstrip("\n").split("\t")
                if i == 0 or len(parts) < 2:
                    continue
                yield parts[0], parts[1]


def live_kb_rows() -> Iterable[Tuple[str, str]]:
    """(name, CLASS) for every name and alias of the actor knowledge base as it is now."""
    from ..kb import load_kb

    for actor in load_kb():
        kind = _KB_KIND.get(actor.kind)
        if kind:
            for name in (actor.name, *actor.aliases):
                yield name, kind


def write_kb_names(path: Path = KB_NAMES_FILE) -> int:
    """Snapshot the knowledge base's names for the next NER training; returns the row count."""
    from ..errors import RasdError

    rows = list(live_kb_rows())
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("# KB names the shipped NER model was trained with (rasd train ner --refresh-kb-names)\n")
            fh.writelines(f"{name}\t{cls}\n" for name, cls in rows)
    except OSError as e:
        raise RasdError("E307", path=path, why=e.strerror or type(e).__name__) from None
    return len(rows)


def _kb_rows(path: Path = KB_NAMES_FILE) -> Iterable[Tuple[str, str]]:
    """The KB names the model is trained with: the snapshot, so that the knowledge base can
    grow without changing what `rasd train ner` reproduces; the live KB if there is none."""
    if not Path(path).exists():
        yield from live_kb_rows()
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            name, _, cls = line.rstrip("\n").partition("\t")
            if name and cls:
                yield name, cls


_PARTICLES = {"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ال", "دي", "فان", "فون"}


def build_tables(data_dir: Path, names_dir: Path = NAMES_DIR, use_kb: bool = True,
                 use_freq: bool = True, derive_words: bool = False, multi_class: bool = False) -> NameTables:
    import csv

    phrases: Dict[str, str] = {}
    words: Dict[str, str] = {}

    def add_phrase(name: str, cls: str) -> None:
        k = phrase_key(name)
        if not k:
            return
        if multi_class:
            # "ليون" is a city and a club: the feature says both, context decides
            old = phrases.get(k)
            classes = set(old.split("|")) if old else set()
            classes.add(cls)
            phrases[k] = "|".join(sorted(classes, key=lambda c: -_RANK.get(c, 0)))
        elif _RANK.get(cls, 0) > _RANK.get(phrases.get(k, ""), 0):
            phrases[k] = cls

    ne = Path(data_dir) / "gazetteers" / "natural_earth"
    with open(ne / "countries_ar.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        for col in ("name_ar", "mledoze_ar_common"):
            if r.get(col):
                add_phrase(r[col], "CTRY")
        if r.get("capital_ar"):
            add_phrase(r["capital_ar"], "LOC")
    with open(ne / "populated_places_ar.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r.get("name_ar"):
                add_phrase(r["name_ar"], "LOC")
    for name, typ in read_name_lists(names_dir):
        cls = _LIST_TYPES.get(typ)
        if cls in ("FIRST", "FAM", "PFX"):
            k = norm_word(name) if " " not in name.strip() else None
            if k and k not in words:
                words[k] = cls
            elif not k:
                add_phrase(name, "PER")  # compound given names ("عبد الله")
        elif cls:
            add_phrase(name, cls)
    if use_kb:
        for name, cls in _kb_rows():
            add_phrase(name, cls)
    if derive_words:
        # the words of full person names are name words too: "شونسوكي ناكامورا" makes
        # "ناكامورا" a family name and "شونسوكي" a given name when they appear alone
        for k, cls in list(phrases.items()):
            parts = k.split(" ")
            if "PER" not in cls.split("|") or len(parts) < 2:
                continue
            for w, wc in ((parts[0], "FIRST"), (parts[-1], "FAM")):
                if len(w) >= 3 and w not in words and w not in _PARTICLES:
                    words[w] = wc
    freq: Dict[str, int] = {}
    if use_freq:
        freq = wordfreq_table()
    return NameTables(phrases, words, freq)


def wordfreq_table(min_zipf: float = 1.5) -> Dict[str, int]:
    """Normalised Arabic word -> frequency bucket, from wordfreq's large Arabic list."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError as e:  # training extra
        raise ImportError("wordfreq is needed to train the NER model: pip install 'rasd[train]'") from e
    import math

    summed: Dict[str, float] = {}
    for w, f in get_frequency_dict("ar", "large").items():
        if not _WORD.fullmatch(w):
            continue
        k = norm_word(w)
        summed[k] = summed.get(k, 0.0) + f
    out: Dict[str, int] = {}
    for k, f in summed.items():
        z = math.log10(f) + 9
        if z >= min_zipf:
            out[k] = freq_bucket(z)
    return out


def name_samples(names_dir: Path = NAMES_DIR, use_kb: bool = True) -> Dict[str, List[List[str]]]:
    """Raw names by NER type (PER, ORG, LOC, MISC) as word lists, for augmentation."""
    out: Dict[str, List[List[str]]] = {"PER": [], "ORG": [], "LOC": [], "MISC": []}
    seen = set()
    rows = list(read_name_lists(names_dir))
    if use_kb:
        rows += list(_kb_rows())
    for name, typ in rows:
        t = {"CTRY": "LOC"}.get(typ, typ)
        words = _WORD.findall(name)
        if t in out and words and (t, name) not in seen:
            seen.add((t, name))
            out[t].append(words)
    return out


def swap_entities(sents: Sequence[Tuple[List[str], List[str]]], names: Dict[str, List[List[str]]],
                  seed: int = 0) -> List[Tuple[List[str], List[str]]]:
    """One copy of each sentence that has entities, every PER / ORG / LOC entity replaced by
    a random gazetteer name of its type (MISC and types without names kept): the model
    sees many more names in the contexts where names occur."""
    import random

    from .data import iob_to_spans

    rng = random.Random(seed)
    out = []
    for words, tags in sents:
        spans = iob_to_spans(tags)
        if not spans:
            continue
        w2: List[str] = []
        t2: List[str] = []
        prev = 0
        for s, e, typ in spans:
            w2 += words[prev:s]
            t2 += tags[prev:s]
            pool = names.get(typ) or []
            new = rng.choice(pool) if pool and typ != "MISC" else words[s:e]
            w2 += new
            t2 += [f"B-{typ}"] + [f"I-{typ}"] * (len(new) - 1)
            prev = e
        w2 += words[prev:]
        t2 += tags[prev:]
        out.append((w2, t2))
    return out
