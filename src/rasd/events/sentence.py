"""A kept sentence as the event stage reads it: tokens over the original text (clitics split off)
and groups of linked mentions (mentions joined by و or a comma: "قبرص واليونان ومصر" is one group)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tok:
    start: int
    end: int
    key: str
    kind: str


@dataclass
class Group:
    first: int              # token index of the first mention
    last: int               # token index after the last mention
    entities: list[str]
    prep: str | None        # preposition right before the group
    adjective: bool = False  # a nationality adjective ("الأهداف الإيرانية"): a target at most
    place: bool = False      # every entity a city or a state ("بباريس" after ب is where, not whom)
    sector: str | None = None  # of the first entity
    forces: bool = False     # named by its weapons ("طائرات التحالف"): the one who strikes
    kind: str | None = None  # of the first entity (person, state, org ...)
    own: bool = False        # "بلاده": the country of an actor named before it
    backer: bool = False     # after a participle's من ("مدعومة من روسيا"): backs a side (set where triggers are)
    ally: bool = False       # after a backing noun's من ("بإسناد من التحالف"): an ally of the side


def unjoined(key: str, known: frozenset[str]) -> str:
    """A word the tokenizer kept whole with its conjunction ("وفي", "وأضافت"): the known
    word after و/ف, else the word as it is."""
    if key not in known and key[:1] in ("و", "ف") and key[1:] in known:
        return key[1:]
    return key
