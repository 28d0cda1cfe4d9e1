"""CoNLL readers for ANERcorp (CAMeL Lab split) and AQMAR.

Both corpora are ``token TAG`` per line, IOB2, blank line between sentences.
Tags are mapped to the rasd label set PER, LOC, ORG, MISC.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, List, Tuple

Sentence = Tuple[List[str], List[str]]  # (words, IOB2 tags)

TYPE_MAP = {
    "PERS": "PER", "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "MISC": "MISC", "MIS": "MISC",
    "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC",
    "MISS1": "MISC", "MIS-1": "MISC", "MIS-2": "MISC", "MIS-3": "MISC",
}

def default_data_dir() -> Path:
    """``$RASD_DATA``, else ``../shared/data`` next to the repository checkout, else
    ``../shared/data`` relative to the working directory."""
    import os

    env = os.environ.get("RASD_DATA")
    if env:
        return Path(env)
    repo_rel = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    if repo_rel.exists():
        return repo_rel
    return Path.cwd().parent / "shared" / "data"


ANER_TRAIN = "anercorp/ANERCorp_CamelLab_train.txt"
ANER_TEST = "anercorp/ANERCorp_CamelLab_test.txt"


def normalize_tag(tag: str) -> str:
    """Map a raw corpus tag to B-/I-{PER,LOC,ORG,MISC} or O. Malformed tags
    (``OO``, ``B-MISS1``, ``I--LOC`` ...) are repaired where the intent is clear,
    otherwise turned into O."""
    tag = tag.strip()
    if not tag or tag.upper().startswith("O") and "-" not in tag:
        return "O"
    m = re.match(r"^([BI])[-_]+([A-Za-z0-9-]+)$", tag)
    if not m:
        return "O"
    prefix, typ = m.group(1), m.group(2).upper().strip("-")
    typ = TYPE_MAP.get(typ)
    if typ is None:
        if m.group(2).upper().startswith("MIS"):
            typ = "MISC"
        else:
            return "O"
    return f"{prefix}-{typ}"


def read_conll(path: Path | str) -> List[Sentence]:
    """Read a ``token TAG`` file; returns a list of (words, tags) with tags normalised."""
    sents: List[Sentence] = []
    words: List[str] = []
    tags: List[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split()
            if len(parts) == 1:
                # a token without a tag (should not happen); treat as O
                parts = [parts[0], "O"]
            words.append(parts[0])
            tags.append(normalize_tag(parts[-1]))
    if words:
        sents.append((words, tags))
    return sents


def read_anercorp(data_dir: Path | str, split: str = "train") -> List[Sentence]:
    data_dir = Path(data_dir)
    return read_conll(data_dir / (ANER_TRAIN if split == "train" else ANER_TEST))


def read_aqmar(data_dir: Path | str) -> List[Sentence]:
    data_dir = Path(data_dir)
    out: List[Sentence] = []
    for f in sorted((data_dir / "aqmar").glob("*.txt")):
        out.extend(read_conll(f))
    return out


def split_dev(sents: List[Sentence], dev_fraction: float = 0.1) -> Tuple[List[Sentence], List[Sentence]]:
    """Sequential split: the last ``dev_fraction`` of train is the dev slice
    (mirrors how the test split is the tail of the corpus)."""
    n_dev = int(round(len(sents) * dev_fraction))
    return sents[: len(sents) - n_dev], sents[len(sents) - n_dev:]


def iob_to_spans(tags: Iterable[str]) -> List[Tuple[int, int, str]]:
    """IOB2 tags -> spans (start, end_exclusive, TYPE), conlleval style: an I- after
    O or after a different type opens a new span."""
    spans: List[Tuple[int, int, str]] = []
    start, cur = None, None
    tags = list(tags)
    for i, t in enumerate(tags):
        if t == "O" or not t:
            if cur is not None:
                spans.append((start, i, cur))
            start, cur = None, None
            continue
        p, typ = t.split("-", 1)
        if p == "B" or cur != typ:
            if cur is not None:
                spans.append((start, i, cur))
            start, cur = i, typ
    if cur is not None:
        spans.append((start, len(tags), cur))
    return spans


def spans_to_iob(n: int, spans: Iterable[Tuple[int, int, str]]) -> List[str]:
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


_INLINE = re.compile(r"\[\[(PER|LOC|ORG|MISC)\|([^\[\]|]+)\]\]")


def parse_inline(line: str) -> Sentence:
    """One sentence marked up as "و[[LOC|لبنان]] ..." -> whitespace tokens and IOB2 tags;
    a token touching a marked name (a proclitic on it) is part of the name, as in ANERcorp."""
    text, spans, pos = [], [], 0
    for m in _INLINE.finditer(line):
        before, name = line[pos:m.start()], m.group(2)
        if re.search(r"(?:^|\s|[وف])ل$", before) and name.startswith("ال"):
            name = name[1:]  # ل + الأمم is written للأمم
        text.append(before)
        start = sum(len(t) for t in text)
        text.append(name)
        spans.append((start, start + len(name), m.group(1)))
        pos = m.end()
    text.append(line[pos:])
    plain = "".join(text)
    words, tags = [], []
    for tok in re.finditer(r"\S+", plain):
        hit = next(((s, t) for s, e, t in spans if tok.start() < e and s < tok.end()), None)
        if hit is None:
            tags.append("O")
        else:
            s, t = hit
            inside = bool(words) and tags[-1] != "O" and tok.start() > s
            tags.append(("I-" if inside else "B-") + t)
        words.append(tok.group())
    return words, tags


def read_inline(folder: Path) -> List[Sentence]:
    """Every line of the folder's *.txt files (rasd's own synthetic training sentences).
    A line with markup that is not ``[[PER|LOC|ORG|MISC|name]]`` is an InputError naming it."""
    from ..errors import InputError
    from ..io.readers import decode

    out: List[Sentence] = []
    for f in sorted(Path(folder).glob("*.txt")):
        for n, line in enumerate(decode(f.read_bytes(), str(f)).splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "[[" in _INLINE.sub("", line) or "]]" in _INLINE.sub("", line):
                raise InputError("E106", path=f, line=n, why="markup is not [[PER|LOC|ORG|MISC|name]]")
            out.append(parse_inline(line))
    return out
