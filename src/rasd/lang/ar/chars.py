"""Character tables for Arabic normalisation (used for matching, never for output).

Each table maps one original character to its matching form. A character mapped
to "" is dropped; offsets of the characters that remain still point back to the
original text (see rasd.text.normalize).
"""

TATWEEL = "\u0640"

# Harakat, tanween, shadda, sukun, Quranic marks, superscript alef.
DIACRITICS = (
    "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
    + "".join(chr(c) for c in range(0x06DF, 0x06E5))
    + "\u06E7\u06E8"
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
)

# Bidi controls, zero-width characters, byte order mark, Arabic letter mark, soft hyphen.
INVISIBLE = (
    "\u200B\u200C\u200D\u200E\u200F"
    "\u202A\u202B\u202C\u202D\u202E"
    "\u2066\u2067\u2068\u2069"
    "\u061C\uFEFF\u00AD\u2060"
)

# Dropped when matching; diacritics and tatweel also glue to the letter before them,
# so a span that ends on a letter keeps its following marks (see normalize.Normalized).
DROPPED = TATWEEL + DIACRITICS + INVISIBLE
ATTACHED = TATWEEL + DIACRITICS

# One-to-one letter foldings.
FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "٫": ".", "٬": ",", "٪": "%",
}
# Arabic-Indic and Extended Arabic-Indic digits.
for _i in range(10):
    FOLD[chr(0x0660 + _i)] = str(_i)
    FOLD[chr(0x06F0 + _i)] = str(_i)

# Unicode spaces fold to a plain space.
for _c in "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000":
    FOLD[_c] = " "

# Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) are expanded with NFKC, and the
# result folded again; one original character may give two (ﻻ -> لا).
PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
