"""Token-level features for the Arabic NER model (no third-party dependencies).

``norm_word``   : orthographic normalisation (tatweel, diacritics, alef/hamza forms,
                  alef maqsura, ta marbuta, Arabic-Indic digits).
``light_stem``  : the normalised word with proclitics (و ف, then ب ل ك) and the article
                  ال removed when enough of the word is left -- a crude, word-agnostic stem
                  used only as an extra hashed feature; the model also sees the full word.
``gaz_class``   : a gazetteer class for a token (country / place name, stem match).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Optional

_DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_TRANS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
})
_DIGITS = re.compile(r"\d")


def norm_word(w: str) -> str:
    w = _DIACRITICS.sub("", w).translate(_TRANS)
    return w if w else "_"


def light_stem(n: str) -> str:
    """Proclitics and article off a *normalised* word (keeps >= 2 letters)."""
    s = n
    if len(s) > 3 and s[0] in "وف":
        s = s[1:]
    if len(s) > 4 and s.startswith("لل"):
        s = s[2:]
    elif len(s) > 4 and s[0] in "بلك" and s[1:3] == "ال":
        s = s[3:]
    elif len(s) > 3 and s.startswith("ال"):
        s = s[2:]
    return s


def shape_class(w: str) -> str:
    if _DIGITS.search(w):
        return "D"
    if re.fullmatch(r"[A-Za-z]+", w):
        return "L"
    if re.fullmatch(r"\W+", w):
        return "P"
    return "A"


def load_gazetteer(path: Path) -> Dict[str, str]:
    """``key<TAB>CLASS`` per line (keys normalised, article removed)."""
    gaz: Dict[str, str] = {}
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                k, _, c = line.rstrip("\n").partition("\t")
                if k:
                    gaz[k] = c
    return gaz


def build_gazetteer(data_dir: Path) -> Dict[str, str]:
    """Single-word keys from Natural Earth (public domain): country names (CTRY),
    capitals and populated places (CITY). Multi-word names contribute each word
    as a weaker class (CTRYW / CITYW)."""
    import csv

    gaz: Dict[str, str] = {}
    ne = Path(data_dir) / "gazetteers" / "natural_earth"

    def add(name: Optional[str], cls: str) -> None:
        if not name:
            return
        words = re.findall(r"\w+", name)
        if not words:
            return
        keys = []
        for w in words:
            k = norm_word(w)
            keys.append(k[2:] if k.startswith("ال") and len(k) > 3 else k)
        if len(keys) == 1:
            if len(keys[0]) >= 2:
                gaz[keys[0]] = cls
        else:
            for k in keys:
                if len(k) >= 3 and k not in gaz:
                    gaz[k] = cls + "W"

    with open(ne / "countries_ar.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        add(r.get("name_ar"), "CTRY")
        add(r.get("mledoze_ar_common"), "CTRY")
    for r in rows:
        add(r.get("capital_ar"), "CITY")
    with open(ne / "populated_places_ar.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            add(r.get("name_ar"), "CITY")
    # prefer the single-word classes over the weaker per-word ones
    return gaz


def save_gazetteer(gaz: Dict[str, str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for k in sorted(gaz):
            fh.write(f"{k}\t{gaz[k]}\n")


def clitic_candidates(n: str):
    """Readings of a normalised word with 0-2 proclitics and the article removed,
    most literal first (gazetteer look-up tries each)."""
    out = [n]
    bases = [n]
    if len(n) > 3 and n[0] in "وف":
        bases.append(n[1:])
    for b in list(bases):
        if len(b) > 3 and b[0] in "بلك":
            bases.append(b[1:])
            if b.startswith("لل") and len(b) > 4:
                bases.append("ال" + b[2:])
    for b in bases:
        if b not in out:
            out.append(b)
        if b.startswith("ال") and len(b) > 3 and b[2:] not in out:
            out.append(b[2:])
    return out


def gaz_class(gaz: Dict[str, str], n: str) -> str:
    """Gazetteer class of a normalised token, trying clitic readings."""
    for c in clitic_candidates(n):
        v = gaz.get(c)
        if v:
            return v
    return ""
