"""The trigger lexicon (triggers.yaml) and the PLOVER codebook (codebook.yaml) as data.

Keys are folded (rasd.text.normalize.normalize_key); a noun is looked up without its
article, an imperfect verb also with the future prefix سـ (which marks intention).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..text.normalize import normalize_key


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    pos: str                      # verb, imperfect, noun
    roles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    learned: float | None = None  # the trigger model's probability (trigger_model.py); None: the lexicon's

    def role(self, name: str) -> tuple[str, ...]:
        return dict(self.roles).get(name, ())


def _key(form: str) -> tuple[str, ...]:
    return tuple(normalize_key(form).split(" "))


@dataclass
class Lexicon:
    entries: dict[tuple[str, ...], list[Trigger]] = field(default_factory=dict)
    longest: int = 1
    firsts: set[str] = field(default_factory=set)  # first words of the entries: most tokens start none
    excluded: frozenset[str] = frozenset()  # stems left out on purpose (not_triggers): the learned model too

    def add(self, form: str, trig: Trigger) -> None:
        key = _key(form)
        keys = [key]
        if trig.pos == "noun" and len(key) > 1 and not key[0].startswith("ال"):
            # a phrase takes the article on each word: "حملة عسكرية" -> "الحملة العسكرية"
            keys.append(tuple(k if k.startswith("ال") else "ال" + k for k in key))
        for k in keys:
            lst = self.entries.setdefault(k, [])
            if trig not in lst:
                lst.append(trig)
            self.firsts.add(k[0])
        self.longest = max(self.longest, len(key))

    def match(self, keys: list[str], i: int) -> tuple[int, list[Trigger], bool] | None:
        """Longest trigger starting at ``keys[i]``: (length, triggers, future prefix)."""
        first = keys[i]
        variants = [(first, False)]
        if first.startswith("ال") and len(first) > 3:
            variants.append((first[2:], False))
        if first.startswith("س") and len(first) > 3:
            variants.append((first[1:], True))
        if first.endswith("ا") and len(first) > 4:
            variants.append((first[:-1], False))  # indefinite accusative: "هجوماً" is هجوم
        variants = [(v, future) for v, future in variants if v in self.firsts]
        if not variants:
            return None
        for n in range(min(self.longest, len(keys) - i), 0, -1):
            rest = tuple(keys[i + 1:i + n])
            for v, future in variants:
                trigs = self.entries.get((v, *rest))
                if trigs and v != first and not future:
                    # with the article a verb form is a participle ("المعترف بها", "الداعم"): a
                    # description, not an event; only nouns keep their trigger (so too with
                    # the accusative alif)
                    trigs = [t for t in trigs if t.pos == "noun"]
                if trigs:
                    if future:
                        trigs = [t for t in trigs if t.pos == "imperfect"]
                        if not trigs:
                            continue
                    return n, trigs, future
        return None


def perfect_forms(verb: str) -> list[str]:
    """3rd person perfect forms: زار زارت زارا زارتا زاروا; التقى التقت التقيا التقوا."""
    if verb.endswith(("ى", "ي")):
        base = verb[:-1]
        return [verb, base + "ت", base + "يا", base + "تا", base + "وا"]
    return [verb, verb + "ت", verb + "ا", verb + "تا", verb + "وا"]


def _read_yaml(name: str) -> Any:
    import yaml

    return yaml.safe_load(resources.files("rasd.events").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for e in _read_yaml("triggers.yaml")["entries"]:
        roles = tuple((k, tuple(v)) for k, v in sorted((e.get("roles") or {}).items()))
        for v in e.get("verbs") or []:
            for f in perfect_forms(v):
                lex.add(f, Trigger(e["type"], e.get("mode"), "verb", roles))
        for v in e.get("imperfect") or []:
            lex.add(v, Trigger(e["type"], e.get("mode"), "imperfect", roles))
        for n in e.get("nouns") or []:
            lex.add(n, Trigger(e["type"], e.get("mode"), "noun", roles))
    known = set(lex.entries)
    # the broader list: one word per entry, verbs as written (any person, tense)
    more = _read_yaml("triggers_more.yaml")
    lex.excluded = frozenset(normalize_key(w) for w in more.get("not_triggers") or [])
    for etype, words in (more.get("types") or {}).items():
        for w in words:
            word = w["w"]
            if _key(word) in known:
                continue  # triggers.yaml knows this word, with its roles (all its readings: see the header)
            pos = w.get("pos") or (
                "noun" if w.get("noun") else ("imperfect" if word[:1] in "يتن" and len(word) > 3 else "verb"))
            roles = tuple((k, tuple(v)) for k, v in sorted((w.get("roles") or {}).items()))
            trig = Trigger(etype, w.get("mode"), pos, roles)
            lex.add(word, trig)
            first, _, rest = word.partition(" ")
            if pos == "verb":
                # the list gives a verb's 3sg form; its other perfect forms are the same event
                # ("داهم" -> "داهمت", "داهموا"; "سيطر على" -> "سيطرت على")
                forms = [f + (" " + rest if rest else "") for f in perfect_forms(first)[1:]]
            else:
                forms = []
            for f in forms:
                if _key(f) not in known:
                    lex.add(f, trig)
    return lex


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    """The PLOVER codebook (codebook.yaml): types, modes, CAMEO roots, intensity scores."""
    return _read_yaml("codebook.yaml")


def cameo_root(etype: str) -> str:
    return str(codebook()["types"][etype]["cameo_root"])


def intensity(etype: str, mode: str | None) -> float:
    """The mode's score where the manual gives one (it gives none today), else the type's."""
    t = codebook()["types"][etype]
    modes = t.get("modes") or {}
    if mode and isinstance(modes.get(mode), dict) and modes[mode].get("intensity") is not None:
        return float(modes[mode]["intensity"])
    return float(t["intensity"])
