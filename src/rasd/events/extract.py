"""Event extraction: triggers, actors by Arabic syntax, modality, attribution, time, place.

Per kept sentence, over tokens (clitics split, so ل/ب/و are tokens of their own):
- a trigger is a lexicon word or phrase (verb in any listed form, verbal noun, with
  or without ال, سـ or an object pronoun), not inside an entity mention;
- actors come from linked entity mentions, read as *groups* (mentions joined by و or
  a comma: "قبرص واليونان ومصر" is one group, one event with several actors);
- roles: "بين X و Y" (both sides); "على يد X" and "قام بها X" (agent); a verb takes
  its subject after it (VSO) or before it (SVO), a verbal noun its agent from the
  clause before it; the target follows a preposition the trigger names (مع إلى ضد
  على ل ب), or is the genitive after a transitive verbal noun;
- modality from cues before the trigger (اعتزام يسعى سـ → intended; لم لن ليس →
  negated; نفى → denied; إذا لو في حال → hypothetical);
- attribution (read by claims.py): "مصادر مصرية وليبية", "بحسب المصادر", "أعلن مكتب أردوغان",
  carried over to the following sentences of the same paragraph as their speaker (the output
  keeps only a source named in the event's own sentence);
- time: the nearest time expression of the sentence; place: a state or city after في.
Mentions of one event (same type, compatible actors) are merged into one event with
several evidence spans.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..document import Document, Span
from ..text.normalize import normalize_key
from .claims import Attribution, claim_source, continues_speech, is_cited, trailing_source
from .cues import (
    fold, PREPS, APPOSITIVES, OWNED, DO_VERBS, JOINERS, QUOTES, COUNTERPARTS, ADJECTIVE_TARGET_TYPES, VICTIM_TYPES,
    LI_AGENT_TYPES, VERBAL_ATTACKS, PLACE_WORDS, PRONOUN_SUBJECTS, IMPERSONAL, ANSWERING, ANSWERED_PREPS, STAND_BY, PARTICLES, AGENT_GENITIVE_ATTACKS,
    DOER_VERBS, AGENT_HEADS, PRONOUN_SUFFIXES, SPORTS_WORDS, REPEL_WORDS, REPEL_REACH, STOP_WORDS,
    REACTION_TYPES, DEFENDED_REACH, CHARGE_NOUNS, THREATENED_WITH, THREATENED_REACH, COMPLEMENT_REACH, MUTUAL_TYPES, AGENT_GENITIVE_TYPES, GENITIVE_TARGET_TYPES,
    BEFORE_WINDOW, AFTER_WINDOW, FALLBACK_PREPS, FALLBACK_REACH, PLACE_KINDS, OBJECT_REACH, OBJECT_PREPS,
    AGAINST_MEDIA_TYPES, APPOSITION_REACH, SENTENCE_REACH, TIME_WINDOW, SOLE_TIME_WINDOW, FUTURE_CUES, FUTURE_MAIN,
    NEGATION_CUES, NOT_DONE, UNLESS, NEEDED, FAILED, FAILED_REACH, FEARED, FEARED_REACH, DENIAL_CUES, HYPOTHETICAL_CUES, CONDITIONS, SPEECH_VERBS, SPEECH_TIMES, THAT, RELATIVES,
    EXPERIENCE, EXPERIENCE_REACH, FACE, ON_REQUEST, IN_ANSWER, BETWEEN_TITLE_REACH, BATTLE_NOUNS,
    BATTLE_REACH, ORG_HEADS, KILLED, WOUNDED, COMPANIONS, PASSIVE_CUE_REACH, AFFILIATION, SEAT_WORDS, BELONGING, MAKER_WORDS, NEAR_WORDS, CONTRASTS,
    DIRECTIONS, PRONOUN_OBJECT_TYPES, AGAINST_PRONOUNS, AGAINST_REACH, POSSESSOR_REACH, TYPE_TARGET_PREPS,
    DEFAULT_TARGET_PREPS, STATEMENT_VERB_TYPES, CHARGE_VERBS, CAMPAIGNS, LAUNCHES, STRUCK_REACH, ADJECTIVE_DOER_UNGUESSED, ADVERBIALS, AUXILIARIES, NOUN_SUBJECT_PARTICLES,
    ALLY_NOT_GUESSED, DEMONSTRATIVES, POINTED_TYPES, PREP_BEFORE_NOUN, CONTROL_VERBS, CONTROL_ON, CONTROL_NOUNS, LEADING_VERBS, NOUN_AFTER, RECEIVE, AGAINST, HELD_PLACES, FOLLOW_UP_TYPES,
    LEADER_TITLES, LEADER_EPITHETS, LEADER_REACH, SPOKESMEN, SECOND_OBJECT_REACH, CALLED, RELATIVE_DOER_VERBS,
    RELATIVE_DOER_REACH, SESSION_PARTNERS, SUMMITS, CONTENT_ACTS, SUFFERED_PRONOUNS, SUFFERED_REACH, OTHER_CLAUSE_TYPES, BARE_THAT, ASSERTING,
    CONDEMNED_OWNER_REACH, OBJECT_ADJECTIVE_REACH,
)
from .lexicon import Lexicon, Trigger, lexicon
from .roles import Candidate, RoleModel, features, load_role_model
from .trigger_model import TriggerModel, load_trigger_model, stem
from .sentence import Group, Tok, unjoined
from .timex import Timex, anchored, coming, find_times, lasting, opened_since


@dataclass
class RawEvent:
    type: str
    mode: str | None
    trigger: Span
    evidence: list[Span]
    actors: list[str]
    recipients: list[str]
    modality: str
    attribution: Attribution | None
    time: Timex | None
    place: str | None
    sentence: int
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)


def _passive(text: str, tok: Tok) -> bool:
    """A perfect verb written with a damma on its first letter is passive: "قُتل", "قـُتل"."""
    surface = text[tok.start:tok.end].replace("\u0640", "")
    return len(surface) > 2 and surface[1] == "\u064f"


def _recent_day(t: Timex, date: object, days: int = 1) -> bool:
    """The publication day or the day before: the story's own day ("أعلن الجيش، السبت" in a
    Sunday paper). A day named further back ("التقى هادي، الاثنين" in a Saturday paper) dates
    its own sentence, not the article's undated acts: coders give those the publication day
    (but "ويأتي ذلك بعد يومين من" counts from it: ``days`` 7)."""
    if not t.value or len(t.value) != 10 or date is None:
        return False
    try:
        d, pub = dt.date.fromisoformat(t.value), dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return False
    return 0 <= (pub - d).days <= days


def _from_lead(anchor: tuple[int, int, int], lead: Timex, text: str) -> Timex:
    """"ويأتي القصف غداة مقتل 9 مدنيين": the killing is the day before the story's day."""
    s, e, days = anchor
    return Timex(s, e, (dt.date.fromisoformat(lead.value) + dt.timedelta(days=days)).isoformat(), text[s:e])


def _said(keys: list[str], i: int) -> bool:
    """A verb of saying near ``keys[i]`` whose words it is not inside: "قال المتحدث ردا على تقارير"
    says it, but in 'وأضاف "هذا الشيء لا يحصل إلا ردا على التهديدات"' the quote's own words go on."""
    before = keys[max(0, i - 8):i]
    last = max((j for j, k in enumerate(before) if k in SPEECH_VERBS), default=None)
    return (last is not None and not any(k in QUOTES for k in before[last:])) or any(
        k in SPEECH_VERBS for k in keys[i:i + 8])


@lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return fold(set(words))


def _threatened(nxt: list[tuple[int, int, list[Trigger], bool]], t1: int, toks: list[Tok]) -> bool:
    """An act named right before a threat verb whose ب-pronoun points back to it is only the
    threat's ("هجوما واسعا لوحت به دمشق"): no act of its own."""
    return bool(nxt) and nxt[0][2][0].type == "THREATEN" and nxt[0][2][0].pos != "noun" and (
        0 <= nxt[0][0] - t1 <= THREATENED_REACH and nxt[0][1] < len(toks) and toks[nxt[0][1]].key in THREATENED_WITH)


def _fits(trig: Trigger, keys: list[str], i: int, n: int, suffixed: bool = False) -> bool:
    """An ambiguous trigger's context (roles needs_after / needs_before / not_after / not_next /
    no_article / not_form / object_pronoun); ``suffixed``: the word matched without an object pronoun ("وقّعها")."""
    before = trig.role("not_after")
    reach = int(trig.role("not_after_reach")[0]) if trig.role("not_after_reach") else 1
    if before and any(k in _folded(before) for k in keys[max(0, i - reach):i]):
        return False
    if trig.role("no_article") and keys[i].startswith("ال"):
        return False
    if keys[i] in _folded(trig.role("not_form")) and not _said(keys, i):
        # "ردا على هجوم" is "in response to" (the accusative verbal noun), no act of its own;
        # said in words it is a reply ("قال المتحدث ردا على تقارير ...")
        return False
    avoid = trig.role("not_next")
    if avoid and any(k in _folded(avoid) for k in keys[i + n:i + n + 3]):
        return False
    if suffixed and trig.role("intransitive"):
        return False  # "سيطرتها على طرابلس" is her control (a noun), never "she controlled her"
    need_before = trig.role("needs_before")
    if suffixed and need_before:
        # "صاروخا باليستيا أطلقته ميليشيات الحوثي": the object pronoun stands for what is named before
        want = _folded(need_before)
        if any(k in want or (k.startswith("ال") and k[2:] in want) for k in keys[max(0, i - 4):i]):
            return True
    need = trig.role("needs_after")
    if need and suffixed and trig.role("object_pronoun"):
        return True  # "الاتفاقيات التي وقعها السراج": the object pronoun names what was signed, before
    if need:
        want = _folded(need)
        reach = int(trig.role("needs_reach")[0]) if trig.role("needs_reach") else 10
        return any(k in want or (k.startswith("ال") and k[2:] in want) for k in keys[i + n:i + n + reach])
    return True


def _not_done(toks: list[Tok], keys: list[str], i: int) -> bool:
    """A verbal noun after عدم / دون names an act not done ("على عدم استهداف المدنيين"), and so does a
    verb after إذا لم / ما لم ("ما لم توافق بريطانيا")."""
    if (i > 1 and keys[i - 1] == "لم" and keys[i - 2] in UNLESS) or (i > 0 and keys[i - 1] in NEEDED):
        return True
    if i > 1 and keys[i - 1] == "في" and any(k in FAILED for k in keys[max(0, i - 1 - FAILED_REACH):i - 1]):
        return True
    if i < 1 or keys[i - 1] not in NOT_DONE or (i > 1 and keys[i - 2] == "ب" and toks[i - 2].kind == "clitic"):
        return False
    return not any(k in NEGATION_CUES for k in keys[max(0, i - 6):i - 1])


def _spokesman_of(toks: list[Tok], groups: list[Group], t1: int, spoken_for: set[int]) -> Group | None:
    """The body a spokesman who is the act's own subject speaks for ("أدان الناطق الرسمي باسم
    الحكومة الأردنية محمد المومني"), else None."""
    if t1 >= len(toks) or toks[t1].key not in SPOKESMEN or toks[t1].key in ("باسم", "اسم", "ب"):
        return None
    return next((g for g in groups if g.first in spoken_for and g.first > t1
                 and all(t.key in SPOKESMEN for t in toks[t1:g.first])), None)


def _second_object(toks: list[Tok], after: list[Group], t1: int, words: tuple[str, ...]) -> Group | None:
    """The name right before the second object of a double-object verb ("وحمل الأهالي ميليشيا
    الحوثي الإنقلابية المسؤولية"): the one held responsible, not the subject."""
    want = _folded(words)
    k = next((k for k in range(t1, min(len(toks), t1 + SECOND_OBJECT_REACH))
              if toks[k].key in want or toks[k].key[2:] in want), None)
    if k is None:
        return None
    return next((g for g in reversed(after) if g.last <= k and g.prep is None
                 and all(t.kind == "word" for t in toks[g.last:k]) and k - g.last <= 2), None)


def _called(keys: list[str], a: int, b: int) -> int:
    """How many tokens between ``a`` and ``b`` are a "what he called" phrase ("بما وصفته بـ")."""
    k = next((k for k in range(a, b) if keys[k] in CALLED and keys[k] not in QUOTES and keys[k] != "ب"), None)
    return 0 if k is None else sum(1 for j in range(k, b) if keys[j] in CALLED)


def _charged_next(toks: list[Tok], groups: list[Group], t1: int, actors: list[str]) -> bool:
    """The name right after an accusing verb is the only one before its charge ("واتهم ألمانيا بتبني")."""
    g = next((g for g in groups if g.first == t1 and g.entities == actors), None)
    return g is not None and g.last < len(toks) and toks[g.last].key == "ب"


def _relative_doer(toks: list[Tok], groups: list[Group], t1: int, upto: int, actors: list[str]) -> Group | None:
    """The doer a relative clause names for the thing condemned right after the trigger and its
    subject ("أدان المومني "القوة المفرطة" التي استخدمها الجيش الإسرائيلي"), before ``upto`` (the
    next trigger)."""
    t1 = max([g.last for g in groups if 0 <= g.first - t1 <= 8 and set(g.entities) & set(actors)] + [t1])
    k = next((k for k in range(t1, min(upto, t1 + RELATIVE_DOER_REACH, len(toks) - 1))
              if toks[k].key in RELATIVES and toks[k + 1].key in RELATIVE_DOER_VERBS), None)
    if k is None:
        return None
    return next((g for g in groups if k + 2 <= g.first <= k + 4 and g.prep is None and not g.adjective), None)


def _agent_marker(keys: list[str], k: int) -> bool:
    """``keys[k]`` ends a marker of the doer: على يد، على أيدي، من قبل، برصاص."""
    return k > 0 and ((keys[k] in ("يد", "ايدي") and keys[k - 1] == "علي") or (keys[k] == "قبل" and keys[k - 1] == "من")
                      or (keys[k] == "رصاص" and keys[k - 1] == "ب"))


def _affiliated(toks: list[Tok], first: int) -> bool:
    """The group at ``first`` follows an affiliation word, past its preposition ("الموالية لإيران")."""
    k = first - 1
    if k > 0 and toks[k].key in PREPS:
        k -= 1
    return k >= 0 and toks[k].key in AFFILIATION


def _adjective_doer(trig: Trigger, groups: list[Group], t1: int, actors: list[str]) -> bool:
    """A verbal noun whose doer is the nationality adjective on it names a stance, not an act
    aimed at anyone the sentence names ("لمواجهة التهديد الإيراني"، "سلسلة تهديدات عسكرية روسية"):
    no target is guessed for it."""
    return (trig.pos == "noun" and trig.type in ADJECTIVE_DOER_UNGUESSED
            and any(g.adjective and t1 <= g.first <= t1 + 1 and set(g.entities) & set(actors) for g in groups))


def _clause_end(toks: list[Tok], t1: int) -> int:
    """The first token of a contrast after a trigger ("، ولكن خبراء الأمم المتحدة"), or the end."""
    return next((k for k in range(t1, len(toks)) if toks[k].key in CONTRASTS
                 or (toks[k].key == "حين" and toks[k - 1].key == "في")
                 or (k > t1 and toks[k].key in ("فيما", "بينما") and toks[k - 1].key in ("،", ","))
                 or (k > t1 and toks[k].key in SPEECH_VERBS and toks[k - 1].key == "و")), len(toks))


def _after_noun(toks: list[Tok], t0: int) -> bool:
    """The verb follows a definite noun or adjective (past قد), not a clause opener or a day."""
    p = t0 - 1
    while p >= 0 and toks[p].key in NOUN_SUBJECT_PARTICLES:
        p -= 1
    if p >= 0 and toks[p].key in AUXILIARIES:
        return True  # "وكان يدعو البرلمان التركي": the subject is in كان, the name after the verb its object
    # (not after a clitic preposition: "صاروخا باليستيا أطلقته" splits as ب + اليستيا)
    return (p > 0 and toks[p].kind == "word" and toks[p].key.startswith("ال") and toks[p - 1].kind != "clitic"
            and toks[p].key not in SPEECH_TIMES | RELATIVES | ADVERBIALS)


def _spoken_for(toks: list[Tok], first: int) -> bool:
    """A body named after باسم ("المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت"): the name after
    the comma is its spokesperson, who speaks, not a second body of a list."""
    return first > 0 and (toks[first - 1].key == "باسم" or (
        first > 1 and toks[first - 1].key == "اسم" and toks[first - 2].key == "ب"))


def _owner(toks: list[Tok], groups: list[Group], g: Group) -> bool:
    """The owner after "التابع ل" of an unnamed body, which acts for it ("وكانت مروحيات الأباتشي
    التابعة للتحالف قد شاركت في هذا الهجوم"); not the patron of a named one ("المليشيا الحوثية
    التابعة لإيران"), nor a state: a militia the linker missed "التابعة لإيران" is no Iranian act."""
    k = g.first - 1 if toks[g.first].key == "ل" else g.first - 2
    return (g.prep == "ل" and k >= 1 and toks[k].key in BELONGING and g.kind != "state"
            and not any(h.last == k for h in groups))


def _owner_of_condemned(toks: list[Tok], groups: list[Group], start: int, source: Group | None) -> Group | None:
    """The one whose act a condemnation names after ب, by the act's adjective or after ل: "ونددت دمشق
    بما وصفته بـ"الاحتلال" التركي"، "وندد القادة الأوروبيون بـ"التحركات غير القانونية" لتركيا"."""
    if start + 1 < len(toks) and toks[start].key != "ب" and toks[start + 1].key == "ب":
        start += 1  # past a day: "ونددت دمشق الاثنين بما وصفته"
    k = start
    while k < len(toks) and (toks[k].key in CALLED or toks[k].key in QUOTES):
        k += 1
    if k == start or k >= len(toks) or toks[start].key != "ب" or not toks[k].key.startswith("ال"):
        return None
    return next((g for g in sorted(groups, key=lambda g: g.first) if k < g.first <= k + CONDEMNED_OWNER_REACH and g is not source
                 and ((g.adjective and g.prep is None) or g.prep == "ل")
                 and all(t.kind in ("word", "clitic") or t.key in QUOTES for t in toks[k + 1:g.first])), None)


def _pointed_at(toks: list[Tok], t0: int, trigs: list[Trigger]) -> bool:
    """A meeting or a call after a demonstrative ("هذا الاجتماع"، "تلك المفاوضات") refers to one
    named before: no new event, and no sides of its own."""
    return (t0 > 0 and toks[t0 - 1].kind == "word" and toks[t0 - 1].key in DEMONSTRATIVES
            and all(t.pos == "noun" and t.type in POINTED_TYPES for t in trigs))


def _disagrees(verb: str, toks: list[Tok], g: Group) -> bool:
    """A masculine imperfect verb does not take a state feminine by form for its subject: "كما يدعو
    سوريا إلى التعاون" asks Syria (the subject is in the verb); "تدعو سوريا" is Syria asking."""
    word = toks[g.first].key
    return (g.kind == "state" and verb.lstrip("وف").startswith("ي") and g.last - g.first == 1
            and word.endswith(("ا", "ه")) and not word.startswith("ال"))


def _kind(entity: dict) -> str | None:
    """The entity's kind; a name NER tagged as a person and the base does not know is a person too."""
    return entity.get("kind") or ("person" if entity.get("type") == "PER" else None)


def _answered(toks: list[Tok], t0: int, t1: int) -> bool:
    """The noun is the act answered, with no target after it: "ردا على هجوم الأحواز", 'ردا على
    "جريمة" هجوم' (a word and quotes between)."""
    ks = [t.key for t in toks[max(0, t0 - 6):t0] if t.key not in QUOTES]
    if any(t.key in ANSWERED_PREPS or t.key == normalize_key("ضد") for t in toks[t1:t1 + 3]):
        return False
    return any(ks[i] in ANSWERING and ks[i + 1] in ANSWERED_PREPS for i in range(max(0, len(ks) - 3), len(ks) - 1))


def _possessor_suffers(trig: Trigger) -> bool:
    """Whether a possessive on this verbal noun is the one who suffers the act: an arrest or an
    expulsion ("اعتقاله"), an accusation ("اتهامه"), a destruction ("تدميرها"), or a noun whose
    role says so ("تحريرها"); else it is the doer ("غاراتها", "تحذيرها", "موافقتها")."""
    return ((trig.type == "COERCE" and trig.mode in ("arrest", "abduct", "expel", "deport"))
            or (trig.type == "ACCUSE" and trig.mode is None) or (trig.type == "ASSAULT" and trig.mode == "destroy")
            or bool(trig.role("possessor_suffers")))


def _gender(word: str, kind: str | None) -> str:
    """Which object pronoun an actor named by ``word`` (its first word) takes: "هم" for a
    people in the plural ("الحوثيين"), "ها" for a state or a feminine or plural body ("تركيا",
    "السلطات", "حركة"), "ه" for a person or a masculine body ("الجيش", "التنظيم")."""
    if word.endswith(("يين", "ين", "ون")) and kind != "state" and kind != "person":
        return "هم"
    if kind == "person":
        return "ه"
    if kind == "state":
        return "ه" if word.startswith(("ال", "لل")) and not word.endswith(("ة", "ا", "ر")) else "ها"
    return "ها" if word.endswith(("ة", "ات", "ا")) else "ه"


def _owned_object(keys: list[str], t1: int) -> int | None:
    """The token of an owned thing with its owner's pronoun right after a verb (past على/من):
    "حظرت نشاطها", "تحفظت على أصولها", "جمدت أموالهم"; None if there is none."""
    k = t1 + 1 if t1 < len(keys) and keys[t1] in ("علي", "من") else t1
    if k >= len(keys):
        return None
    w = keys[k]
    return k if any(w.endswith(p) and w[:-len(p)] in OWNED for p in ("ها", "هم", "هما", "ه")) else None


def _officials_of(toks: list[Tok], p: int) -> bool:
    """The preposition at ``p`` follows people who serve a body ("مسؤولون أمنيون في الولايات
    المتحدة", "دبلوماسيون في السفارة"), past one adjective: what follows stands for them."""
    return any(k > 0 and toks[k].key in AGENT_HEADS and toks[k].key != "كل" and all(
        t.kind == "word" and t.key not in PREPS for t in toks[k + 1:p])
        and toks[k - 1].key not in PREPS and not toks[k - 1].key[:1].isdigit()  # "لقادة في حماس", "4 قادة في"
        for k in (p - 1, p - 2))


def _killed(keys: list[str], t0: int, t1: int) -> bool:
    """Unvocalised "قتل" read as passive: with the wounded named ("قتل عدد من مسلحي الحوثي وأصيب
    آخرون جراء غارات للتحالف"), with the dead's companions ("قتل القيادي ... مع عدد من مرافقيه";
    not "الأحمر قتل وعدد من مرافقيه", the dead named before), or right before the battle or
    strike it happened in ("التي قتلت بالمعارك وغارات طيران التحالف")."""
    if keys[t0] not in KILLED:
        return False
    return (any(k in WOUNDED for k in keys[t1:t1 + PASSIVE_CUE_REACH])
            or (keys[t1:t1 + 1] != ["و"] and any(k in COMPANIONS for k in keys[t1:t1 + 2 * PASSIVE_CUE_REACH]))
            or (keys[t1:t1 + 1] in (["ب"], ["في"]) and keys[t1 + 1:t1 + 2] != [] and keys[t1 + 1] in BATTLE_NOUNS))


def _partitive_subject(keys: list[str], t1: int, first: int) -> bool:
    """"أطلق نشطاء من حماس", "ناشد قادة أوروبيون، من بريطانيا": people of a group, right
    after the verb, are its subject (victims are not: "قتل عشرات من المدنيين")."""
    head = t1 if t1 < len(keys) else None
    return (head is not None and keys[head] in AGENT_HEADS and first - 1 - head <= 3
            and keys[first - 1] == "من" and all(k not in PREPS for k in keys[head + 1:first - 1]))


def _sentence_tokens(doc: Document, toks) -> list[Tok]:
    return [Tok(t.start, t.end, normalize_key(doc.text[t.start:t.end]), t.kind) for t in toks]


def _in_apposition(toks: list[Tok], head: Group, g: Group, trigger_starts: list[int]) -> bool:
    """``g`` is named in a short apposition right after ``head``, opened by a comma
    ("عاموس يادلين، الرئيس السابق للمخابرات", "البرادعي، الرئيس الأسبق للوكالة الدولية")."""
    gap = toks[head.last:g.first]
    return (1 < len(gap) <= APPOSITION_REACH and gap[0].key in ("،", ",") and g.prep in ("ل", "في")
            and gap[1].kind == "word" and unjoined(gap[1].key, PREPS) not in PREPS  # a title, not "، على أهداف في"
            and not any(t.key in ("،", ",", "و") for t in gap[1:])
            and not any(head.last <= x < g.first for x in trigger_starts))


def _apposition_head(toks: list[Tok], before: list[Group], g: Group, t0: int) -> Group | None:
    """The subject whose apposition between commas names ``g`` right before the verb ("وكانت روسيا،
    حليف الحكومة السورية، قد طلبت": Russia asked, not the government)."""
    rest = [t.key for t in toks[g.last:t0]]
    if not rest or rest[0] not in ("،", ",") or any(k not in PARTICLES for k in rest[1:]):
        return None
    head = next((h for h in reversed(before) if h.last < g.first and h.prep is None), None)
    gap = toks[head.last:g.first] if head is not None else []
    if (1 < len(gap) <= 4 and gap[0].key in ("،", ",")
            and all(t.kind == "word" and t.key not in PREPS for t in gap[1:])):
        return head
    return None
def _detained(toks: list[Tok], groups: list[Group], t0: int, t1: int, skip: set[int]
              ) -> tuple[list[str], list[str], bool] | None:
    """"صالح مسلم الذي اعتقل السبت", "المسؤول الذي اعتقل في تركيا": an arrest verb opening a
    relative clause with no subject after it is passive: the antecedent is held, by someone the
    clause does not name (None when not so)."""
    if t0 < 1 or toks[t0 - 1].key not in RELATIVES or t1 >= len(toks):
        return None
    if toks[t1].kind == "word" and toks[t1].key not in PREPS and toks[t1].key not in SPEECH_TIMES:
        return None  # "الذي اعتقل الصحفي", "التي احتجزت السلطات": the verb's own subject or object
    held = next((g for g in groups if g.last == t0 - 1 and not g.adjective and g.first not in skip), None)
    if held is None:
        return None
    return [], list(held.entities), False


def _holders(toks: list[Tok], groups: list[Group]) -> dict[int, int]:
    """The groups named as who holds a place ("التي تسيطر عليها المعارضة"، "الخاضعة لسيطرة الحكومة"),
    by their first token, with the token of the control word."""
    keys = [t.key for t in toks]
    out = {}
    for g in groups:
        k = g.first
        if k >= 1 and keys[k - 1] in CONTROL_NOUNS:
            out[g.first] = k - 1
        elif k >= 2 and keys[k - 1] in CONTROL_ON and keys[k - 2] in CONTROL_VERBS:
            out[g.first] = k - 2
    return out


def _received(toks: list[Tok], groups: list[Group], t0: int, t1: int, skip: set[int], blows: bool = False
              ) -> tuple[list[str], list[str], bool] | None:
    """Aid or backing received ("ويلقى دعماً من إيران", "تلقت الحكومة اليمنية مساعدات من السعودية"):
    the giver follows من, the receiving verb's subject is helped (None when not so). So are
    ``blows`` received, whose giver need not be named ("وتلقى الانقلابيون ضربات موجعة")."""
    keys = [t.key for t in toks]
    k = next((k for k in range(t0 - 1, max(-1, t0 - 5), -1) if unjoined(keys[k], RECEIVE) in RECEIVE
              or (keys[k] == "علي" and k > 0 and unjoined(keys[k - 1], RECEIVE) in RECEIVE)), None)
    giver = next((g for g in groups if g.prep == "من" and 0 <= g.first - t1 <= 3 and not g.adjective
                  and g.first not in skip), None) or next(
        (g for g in groups if g.first == t1 and g.prep is None and not g.adjective and g.first not in skip), None)
    if k is None or (giver is None and not blows):
        return None
    k = k - 1 if keys[k] == "علي" else k
    helped = next((g for g in groups if k < g.first < t0 and g.prep is None and not g.adjective and g.first not in skip), None) or next(
        (g for g in reversed(groups) if g.last <= k and k - g.last <= 3 and g.prep is None and not g.adjective
         and g.first not in skip), None)
    if blows and helped is None:
        return None
    return (list(giver.entities) if giver else []), (list(helped.entities) if helped else []), False


def _suffered_by(toks: list[Tok], groups: list[Group], t1: int) -> Group | None:
    """The sufferer named after the act through تعرض له: "للهجمات الصاروخية التي تتعرض لها المملكة
    العربية السعودية" (the Saudis suffer the attacks; whoever condemns them before does not make them)."""
    k = next((k for k in range(t1, min(len(toks) - 1, t1 + SUFFERED_REACH)) if toks[k].key in EXPERIENCE), None)
    if k is None or toks[k + 1].key not in SUFFERED_PRONOUNS or any(
            t.kind != "word" or (t.key not in RELATIVES and not t.key.startswith("ال")) for t in toks[t1:k]):
        return None
    return next((g for g in groups if g.first in (k + 2, k + 3) and not g.adjective and g.prep is None), None)


def _other_clause(keys: list[str], g: Group, t0: int) -> bool:
    """A verbal noun at ``t0`` inside a أن clause that ``g``, the subject before it, does not
    tell as its own: warned of, feared, deemed ("وحذر بوتين من أن ضربات جديدة ضد سوريا ستحدث
    فوضى"); one who says or stresses it may be its doer ("مؤكدا أن تحرير مطار الحديدة ...")."""
    that = [k for k in range(g.last, t0) if keys[k] in BARE_THAT]
    if not that:
        return False
    # the verb before the subject, maybe past its title ("أكد الوزير أن"، "وقال قائد قوات التحالف ...
    # إن"), or right before أن ("الوزير، مؤكدا أن")
    verbs = [keys[k] for k in (g.first - 2, g.first - 1, g.last, that[-1] - 1) if 0 <= k < len(keys)]
    return not any(unjoined(v, ASSERTING) in ASSERTING for v in verbs)


def _li_object(toks: list[Tok], groups: list[Group], agent: Group) -> list[str] | None:
    """The object after ل right behind a verbal noun's genitive ("قصف النظام للغوطة"، "استعادة الجيش
    التركي لـ850 كيلومترا"): its entities, [] for a number (land or people counted), None if none."""
    k = agent.last
    if k < len(toks) and toks[k].key[:1] == "ل" and toks[k].key[1:2].isdigit():
        return []  # "لـ850" is one token
    if k >= len(toks) or toks[k].key != "ل":
        return None
    obj = next((g for g in groups if g.first in (k, k + 1) and g.prep == "ل" and not g.adjective
                and not set(g.entities) & set(agent.entities)), None)
    if obj is not None:
        return list(obj.entities)
    return [] if k + 1 < len(toks) and toks[k + 1].key[:1].isdigit() else None


def _leaders_group(toks: list[Tok], groups: list[Group], struck: list[str]) -> list[str]:
    """The group a person struck leads in, named by his title next to him: "القيادي في مليشيات
    الحوثي، عبدالملك مقبل طاوس"."""
    keys = [t.key for t in toks]

    def titled(g: Group) -> bool:
        k = g.first - 1
        if k < 1 or keys[k] not in ("في", "ب"):
            return False
        k -= 1
        if keys[k] in LEADER_EPITHETS and k > 0:
            k -= 1
        return keys[k] in LEADER_TITLES

    people = [g for g in groups if g.kind == "person" and set(g.entities) & set(struck)]
    return [e for p in people for g in groups if g is not p and titled(g)
            and (0 <= p.first - g.last <= LEADER_REACH or 0 <= g.first - p.last <= LEADER_REACH)
            for e in g.entities]


def _session(trig: Trigger, after: list[Group], keys: list[str], t0: int, t1: int) -> bool:
    """A meeting noun with an intergovernmental body in the genitive is that body's session, no
    meeting with it ("خلال اجتماع مجلس الأمن الدولي"، "في اجتماعات الجمعية العامة للأمم المتحدة"),
    unless a party is named with مع or بين (a summit, "قمة الاتحاد الأوروبي", is its leaders meeting)."""
    return (trig.type == "CONSULT" and trig.pos == "noun" and keys[t0] not in SUMMITS
            and any(g.first == t1 and g.prep is None and g.kind == "igo" for g in after)
            and not any(k in SESSION_PARTNERS for k in keys[t1:t1 + AFTER_WINDOW]))


def _agent_genitive(trig: Trigger) -> bool:
    """A verbal noun whose genitive (or the one after its من) is its agent: "دعوات فرنسا"، "بعد موافقة
    السلطات السعودية" (by type, or by the entry's genitive_agent role)."""
    return trig.pos == "noun" and (trig.type in AGENT_GENITIVE_TYPES or bool(trig.role("genitive_agent")))


def _same_side(g: Group, source: Group | None) -> bool:
    """A group naming one of the source's own entities again."""
    return source is not None and bool(set(g.entities) & set(source.entities))


def _target_preps(trig: Trigger) -> set[str]:
    """The prepositions before a trigger's target: its own, or its type's, or the usual ones."""
    return ({normalize_key(p) for p in trig.role("target_preps")} or TYPE_TARGET_PREPS.get(trig.type)
            or set(DEFAULT_TARGET_PREPS))


class Extractor:
    def __init__(self, lex: Lexicon | None = None, roles: RoleModel | None = None,
                 learned_roles: bool = True, record_candidates: bool = False,
                 triggers: TriggerModel | None = None, learned_triggers: bool = True) -> None:
        """``roles``: the learned role model (default: the shipped one); with
        ``learned_roles=False`` the hand rules alone choose source and target.
        ``triggers``: the learned trigger model for words the lexicon does not know (default:
        the shipped one); with ``learned_triggers=False`` the lexicon alone names triggers.
        ``record_candidates``: keep each trigger's role candidates in ``extra`` (training)."""
        self.lex = lex or lexicon()
        self.roles = (roles or load_role_model()) if learned_roles else None
        self.trigger_model = (triggers or load_trigger_model()) if learned_triggers else None
        self.record_candidates = record_candidates

    # ---- entities as token ranges
    @staticmethod
    def _named_org(text: str, e: dict) -> bool:
        """An organisation the base does not know, named with its head noun: 'شركة "لافارج"',
        "منظمة رصد للحقوق والحريات" (the head inside the mention or right before it)."""
        if e.get("type") != "ORG":
            return False
        for m in e["mentions"]:
            inside = [normalize_key(w) for w in text[m["start"]:m["end"]].replace('"', " ").split()]
            before = text[max(0, m["start"] - 12):m["start"]].replace('"', " ").replace("«", " ").split()
            if not inside or inside[-1] in ORG_HEADS or any(w in ("واحده", "دوليه", "الدوليه") for w in inside):
                continue  # "منظمة" alone, "منظمة واحدة", "المنظمة الدولية": no name
            if (len(inside) >= 2 and inside[0] in ORG_HEADS) or (before and normalize_key(before[-1]) in ORG_HEADS):
                return True
        return False

    @staticmethod
    def _mention_index(doc: Document) -> list[tuple[int, int, str, str]]:
        out = []
        for e in doc.entities:
            if e.get("type") == "MISC" or (not e.get("kb_id") and e.get("kind") != "group" and e.get("type") != "PER"
                                          and not Extractor._named_org(doc.text, e)):
                continue  # unknown to the base and not a person: too often NER noise ("سراح موكلي")
            for m in e["mentions"]:
                out.append((m["start"], m["end"], e["id"], m.get("how", "")))
        out.sort()
        return out

    @staticmethod
    def _groups(toks: list[Tok], mentions: list[tuple[int, int, str, str]],
                info: dict[str, dict]) -> list[Group]:
        spans: list[tuple[int, int, str, str]] = []
        starts = [t.start for t in toks]
        for ms, me, eid, how in mentions:
            a = bisect_left(starts, ms)
            if a >= len(toks) or toks[a].start >= me:
                continue
            b = a
            while b < len(toks) and toks[b].end <= me:
                b += 1
            if spans and a < spans[-1][1]:
                continue  # overlapping mention: keep the first
            if how == "nationality" and b < len(toks) and toks[b].key in MAKER_WORDS:
                continue  # "بالمقاتلة الأميركية الصنع": who made the weapon, no party
            spans.append((a, b, eid, how))
        groups: list[Group] = []
        adjective_tokens = {k for a, b, _, how in spans if how == "nationality" for k in range(a, b)}
        closed: set[int] = set()  # groups whose list has its و
        for a, b, eid, how in spans:
            adjective = how == "nationality"
            if adjective and groups and groups[-1].adjective and [t.key for t in toks[groups[-1].last:a]] == ["و"]:
                groups[-1].entities.append(eid)  # "لقصف سوري وروسي": both adjectives, one group
                groups[-1].last = b
                continue
            if groups and not adjective and not groups[-1].adjective:
                g = groups[-1]
                gap = [t.key for t in toks[g.last:a]]
                if not gap and eid in g.entities:
                    g.last = b  # "وزير الخارجية المصري سامح شكري": a title and its holder, one mention
                    continue
                # joined by و, or by a comma alone (a list, or an apposition: "رئيس الحزب، مسعود بارزاني")
                # with nothing between them, only an apposition of one side ("حكومة الوفاق فايز
                # السراج": an organisation and a person of its country), not verb-subject-object
                # ("حذر السيسي إسرائيل", "حظرت الحكومة المصرية جماعة الإخوان")
                e1, e2 = info.get(g.entities[-1], {}), info.get(eid, {})
                # (so is a descriptive group and a person of its country: "السفير الروسي فاسيلي نيبينزيا")
                appos = (bool(e1.get("country")) and e1.get("country") == e2.get("country")
                         and ({e1.get("kind"), e2.get("kind")} == {"person", "org"}
                              or (e1.get("kind"), e2.get("kind")) == ("group", "person")))
                # (a comma after a list closed by و ends it: "من بريطانيا وفرنسا وألمانيا، الرئيس الأمريكي")
                # (nor a person after a place: "المبعوث الأميركي لجهود السلام في أفغانستان، زلماي خليل زاد،"
                # is the title's holder, no list of the two; nor after the body a spokesperson speaks for)
                if (gap and all(k in JOINERS for k in gap) and ("و" in gap or gap == ["او"] or (
                        gap in (["،"], [","]) and id(g) not in closed
                        and not ((g.place or _spoken_for(toks, g.first)) and e2.get("kind") == "person")))) or (
                        not gap and g.last == a and appos):
                    if "و" in gap or gap == ["او"] or eid in g.entities:
                        # (an apposition between commas is closed too: "هدد الرئيس التركي، رجب طيب
                        # أردوغان، الولايات المتحدة" names the threatened after the comma, no list)
                        closed.add(id(g))
                    if eid not in g.entities:
                        g.entities.append(eid)
                    g.last = b
                    g.place = g.place and e2.get("kind") in PLACE_KINDS
                    continue
            p = a - 1
            while p > 0 and (toks[p].key in APPOSITIVES or toks[p].key in QUOTES or p in adjective_tokens):
                p -= 1  # "على العاصمة طرابلس", "مع نظيره الروسي سيرغي لافروف": the preposition is before
            if toks[a].kind == "clitic" and toks[a].key in PREPS:
                p = a  # "للتحالف": the mention keeps its ل, which is the group's preposition
            key = toks[p].key if p >= 0 else ""
            key = unjoined(key, PREPS)  # "وفي" kept whole (it is also a word, "loyal")
            prep = key if key in PREPS else None
            if key == "حق" and p > 0 and toks[p - 1].key == "ب":
                prep = AGAINST  # "حملات المداهمات والاعتقالات بحق المواطنين": against them
            if (prep in ("في", "ب") and _officials_of(toks, p) and _kind(info.get(eid, {})) != "city"
                    and info.get(eid, {}).get("country")):
                prep = None  # "واتهم مسؤولون في الحكومة العراقية إيران": a state's body speaks through them
            groups.append(Group(a, b, [eid], prep, adjective, info.get(eid, {}).get("kind") in PLACE_KINDS,
                                info.get(eid, {}).get("sector"), how == "forces", _kind(info.get(eid, {})),
                                how == "own"))
        return groups

    # ---- triggers
    def _triggers(self, toks: list[Tok], inside: list[bool], text: str
                  ) -> tuple[list[tuple[int, int, list[Trigger], bool]], set[int]]:
        """The sentence's triggers (first token, end token, readings, future prefix), and the
        first tokens of those read only without an object pronoun ("تدعمها")."""
        learned = self.trigger_model
        keys = [t.key for t in toks]
        texts = [text[t.start:t.end] for t in toks]
        out = []
        pronoun_objects: set[int] = set()
        i = 0
        while i < len(toks):
            if (toks[i].kind == "clitic" and keys[i] in ("ب", "ل", "ف") and i + 1 < len(toks) and not inside[i + 1]
                    and toks[i + 1].kind == "word" and toks[i + 1].start == toks[i].end
                    and (i == 0 or keys[i - 1] in ("و", "ف"))):
                # the tokenizer read a verb's first letter as a proclitic: "وبحث" is و + بحث, not و + ب + حث
                m = self.lex.match([keys[i] + keys[i + 1]], 0)
                verbs = [t for t in m[1] if t.pos == "verb"] if m else []
                if verbs:
                    # in its context or not, the word is that verb ("وبحث المجلس الوضع" is no "حث")
                    verbs = [t for t in verbs if _fits(t, keys, i, 2)]
                    if verbs:
                        out.append((i, i + 2, verbs, False))
                    i += 2
                    continue
            if inside[i] or toks[i].kind not in ("word",):
                i += 1
                continue
            m = self.lex.match(keys, i)
            if m is None and len(keys[i]) > 3 and keys[i][0] in "وف":
                # a conjunction the tokenizer left on an unknown form ("وحظرت")
                m = self.lex.match([keys[i][1:], *keys[i + 1:i + 6]], 0)
            if m is None and i > 0 and keys[i - 1] == "ل" and toks[i - 1].kind == "clitic" and keys[i][:1] == "ل":
                # ل + the article is written لل: "للقصف" is ل + (ا)لقصف
                m = self.lex.match(["ا" + keys[i], *keys[i + 1:i + 6]], 0)
            if m is None and len(keys[i]) > 4 and keys[i][0] in "بل":
                # a preposition the tokenizer left on a rare verbal noun ("باستهداف دمشق")
                m = self.lex.match([keys[i][1:], *keys[i + 1:i + 6]], 0)
                m = (m[0], [t for t in m[1] if t.pos == "noun"], False) if m else None
                m = m if m and m[1] else None
            suffixed = False
            if m is None:
                k = keys[i]
                ta_marbuta = texts[i].endswith("ة")  # "صادرة" is no صادر + ه
                for suf in PRONOUN_SUFFIXES:  # وقّعها -> وقع
                    if k.endswith(suf) and len(k) - len(suf) >= 2 and not (suf == "ه" and ta_marbuta):
                        stem = k[: -len(suf)]
                        m2 = self.lex.match([stem], 0)
                        if k[0] in "وف" and len(stem) > 4 and m2 is None:
                            stem = stem[1:]  # "واعتقاله"
                            m2 = self.lex.match([stem], 0)
                        if stem[:1] in ("ب", "ل") and len(stem) > 4 and m2 is None:
                            # a preposition left on a verbal noun and its possessive: "يقضي بانسحابهم من المدينة"
                            m2 = self.lex.match([stem[1:]], 0)
                            m2 = (m2[0], [t for t in m2[1] if t.pos == "noun"], False) if m2 else None
                            m2 = m2 if m2 and m2[1] else None
                        if stem.endswith("ت") and (n2 := self.lex.match([stem[:-1] + "ه"], 0)) and any(
                                t.pos == "noun" for t in n2[1]):
                            # "قبل إقالته", "موافقتها": a verbal noun and its possessive, not أقالت + ه
                            m = (1, [t for t in n2[1] if t.pos == "noun"], False)
                            suffixed = True
                            break
                        if m2 and all(t.pos == "noun" for t in m2[1]):
                            m, suffixed = (1, m2[1], False), True  # "غاراتها", "اعتقاله"
                            break
                        if m2 is None and k[0] in "وف" and len(k) - len(suf) > 3:
                            # and behind a conjunction: "واعتقلته السلطات التركية", "وتحاصرها القوات"
                            m2 = self.lex.match([k[1: -len(suf)]], 0)
                        if m2 and any(t.pos != "noun" for t in m2[1]):
                            m = (1, [t for t in m2[1] if t.pos != "noun"], m2[2])
                            suffixed = True
                            break
            if m is None and learned is not None and keys[i] not in learned.unlikely:
                m = self._learned(toks, keys, i, inside)
            if m is None:
                i += 1
                continue
            n, trigs, future = m
            if any(inside[i:i + n]):
                i += 1
                continue
            if (n == 1 and keys[i].endswith("ا") and i + 1 < len(toks) and keys[i + 1] == "ل"
                    and toks[i + 1].kind == "clitic" and not any(t.pos == "noun" for t in trigs)
                    and (m0 := self.lex.match([keys[i][:-1]], 0)) is not None and any(t.pos == "verb" for t in m0[1])):
                # "ودعماً لحكومة هادي": the accusative verbal noun "in support of", not the dual verb
                trigs = [replace(t, pos="noun") for t in trigs]
            elif i > 0 and keys[i - 1] == "ل" and toks[i - 1].kind == "clitic":
                # "لبحث", "ليزور": a purpose clause reads like a verbal noun
                trigs = [replace(t, pos="noun") for t in trigs]
            elif i > 0 and keys[i - 1] == "ب" and toks[i - 1].kind == "clitic":
                # after a preposition a verb form is its verbal noun ("بدعم من", "بتوقيع")
                trigs = [replace(t, pos="noun") for t in trigs if t.pos != "imperfect"] or trigs
            elif i > 0 and keys[i - 1] in PREP_BEFORE_NOUN and toks[i - 1].kind == "word":
                trigs = [replace(t, pos="noun") for t in trigs if t.pos != "imperfect"] or trigs
            elif i > 0 and keys[i - 1] in NOUN_AFTER and any(t.pos == "noun" for t in trigs) and trigs[0].type != "ASSAULT":
                # "بعد طرد تنظيم الدولة": the verbal noun, not the verb (which would follow أن); not
                # for attacks, whose genitive is the striker ("جراء قصف النظام السوري")
                trigs = [t for t in trigs if t.pos == "noun"]
            trigs = [t for t in trigs if _fits(t, keys, i, n, suffixed)]
            if not trigs or _not_done(toks, keys, i) or (
                    all(t.pos == "noun" for t in trigs) and any(k in FEARED for k in keys[max(0, i - FEARED_REACH):i])):
                i += 1
                continue
            out.append((i, i + n, trigs, future))
            if suffixed:
                pronoun_objects.add(i)
            i += n
        return out, pronoun_objects

    def _learned(self, toks: list[Tok], keys: list[str], i: int, inside: list[bool]
                 ) -> tuple[int, list[Trigger], bool] | None:
        """The learned model's trigger for a word the lexicon does not know, or None."""
        pred = self.trigger_model.predict(keys, i, inside)  # (first: most words end here, at a lookup)
        if pred is None:
            return None
        if i > 0 and toks[i - 1].kind == "number":
            return None  # a counted noun, people or things: "75 متهما"
        k = keys[i]
        if stem(k) in self.lex.excluded:
            return None  # left out of the lexicon on purpose (triggers_more.yaml, not_triggers)
        if k.startswith("ال") and (len(k) == 6 and k[3] == "ا" or k[2:3] == "م"):
            # with the article, a participle (فاعل: "الداعم"; مفعول، مُفعِل ...: "المدعوم"، "المطالب")
            # describes a party, as the lexicon reads a verb form with the article; it tells no act
            return None
        prev = keys[i - 1] if i else ""
        if k.startswith("ال") or k.endswith("ه") or (prev in ("ب", "ل") and toks[i - 1].kind == "clitic"):
            pos = "noun"  # the article, the feminine ending, after a preposition: a verbal noun
        elif k[:1] in "يتن" and len(k) > 3:
            pos = "imperfect"
        else:
            pos = "verb"
        return 1, [Trigger(pred[0], None, pos, learned=round(pred[1], 3))], False

    # ---- modality
    @staticmethod
    def _modality(toks: list[Tok], t0: int, future: bool, verb: bool = False) -> str:
        window = [t.key for t in toks[max(0, t0 - 4):t0]]
        before = [t.key for t in toks[:t0]]
        denial = max((k for k, key in enumerate(before) if key in DENIAL_CUES), default=None)
        # (a verb joined by و to the denial is an assertion of its own: "نفى أردوغان ارتكاب مخالفات
        # واتهم ألمانيا"; not within what is denied: "نفت أن تكون هاجمت وقتلت")
        joined = verb and t0 > 0 and before[-1] == "و" and denial is not None and not any(
            key in THAT for key in before[denial:])
        if denial is not None and not joined:
            return "denied"
        if any(k in HYPOTHETICAL_CUES for k in window) or ("في" in window and "حال" in window):
            return "hypothetical"
        if any(k in NEGATION_CUES for k in window[-2:]):
            return "negated"
        if future or any(k in FUTURE_CUES for k in window):
            return "intended"
        return "asserted"

    # ---- roles
    @staticmethod
    def _passive_roles(toks: list[Tok], groups: list[Group], t1: int, skip: set[int]) -> tuple[list[str], list[str], bool]:
        """"قُتل 30 من ميليشيات الحوثي على يد الجيش": the one named after a passive verb
        suffered it; the doer, if named, follows على يد / على أيدي / من قبل / برصاص."""
        after = [g for g in groups if not g.adjective and g.first >= t1 and g.first - t1 <= AFTER_WINDOW
                 and g.first not in skip]
        keys = [t.key for t in toks]
        source = None
        for k in range(t1 + 1, min(len(toks), t1 + AFTER_WINDOW)):
            if _agent_marker(keys, k):
                source = next((g for g in after if g.first == k + 1), None)
                if source is not None:
                    break
        target = next((g for g in after if g is not source and g.prep in (None, "من")
                       and g.first - t1 <= OBJECT_REACH and not g.place and not g.forces), None)
        return (source.entities if source else []), (target.entities if target else []), False

    def _backing(self, keys: list[str], g: Group) -> tuple[bool, bool]:
        """(backer, ally): "قوات سورية مدعومة من روسيا": the one after a participle's من backs a
        side; "واصلت قوات الجيش، بإسناد من طيران التحالف، تقدمها"، "بدعم وإسناد من قوات التحالف":
        the one after a backing noun's من is an ally. Neither is an object of the sentence's verb."""
        if g.prep != "من" or g.first < 2:
            return False, False
        m = self.lex.match([keys[g.first - 2]], 0)
        if m is None:
            return False, False
        ally = g.first > 2 and keys[g.first - 3] in ("ب", "و") and any(t.type == "SUPPORT" for t in m[1])
        return any(t.role("participle") for t in m[1]), ally

    @staticmethod
    def _relative_roles(toks: list[Tok], groups: list[Group], t0: int, t1: int, skip: set[int], pronoun: bool
                        ) -> tuple[Group, Group | None] | None:
        """A verb opening a relative clause: "قوات سوريا الديمقراطية التي تدعمها واشنطن" (the
        object pronoun is the antecedent, the subject follows: Washington backs the SDF);
        "التحالف الذي تقوده السعودية والذي يدعم حكومة هادي" (the antecedent is the subject;
        a second clause joined by و has the first one's antecedent). (source, target or None)."""
        keys = [t.key for t in toks]
        r = t0 - 1
        if r < 1 or keys[r] not in RELATIVES:
            return None
        if keys[r - 1] == "و":  # "والذي": back to the first relative pronoun
            r = next((k for k in range(r - 2, max(0, r - 12), -1) if keys[k] in RELATIVES), None)
            if r is None:
                return None
        # (past a comma too: "روسيا، التي تدعم بدورها الرئيس السوري")
        antecedent = next((g for g in groups if (g.last == r or (g.last == r - 1 and keys[r - 1] in ("،", ",")))
                           and not g.adjective and g.first not in skip), None)
        if antecedent is None:
            return None
        if pronoun or antecedent.kind == "city":
            # (a place does not act: "بالغوطة التي استعادت قوات سورية السيطرة عليها", the pronoun
            # after the verb's object is the place)
            subject = next((g for g in groups if not g.adjective and g.prep is None and t1 <= g.first <= t1 + 2
                            and g.first not in skip and g.kind != "city"), None)
            return (subject, antecedent) if subject is not None else (None if pronoun else (antecedent, None))
        return antecedent, None

    @staticmethod
    def _repelled(toks: list[Tok], groups: list[Group], t0: int, t1: int, skip: set[int]
                  ) -> tuple[list[str], list[str], bool] | None:
        """An attack that is the object of a repelling verb ("صدت قوات الجيش محاولة تسلل لعناصر
        الحوثي", "تمكنت قوات الجيش من صد هجوم للميليشيات"): its doer follows ل, its target is the
        one who repelled it (the verb's subject, after it or before it). None when not so."""
        keys = [t.key for t in toks]
        v = next((k for k in range(t0 - 1, max(-1, t0 - 1 - REPEL_REACH), -1) if keys[k] in REPEL_WORDS), None)
        if v is None:
            return None
        repeller = next((g for g in groups if v < g.first and g.last <= t0 and g.prep is None
                         and g.first not in skip), None) or next(
            (g for g in reversed(groups) if g.last <= v and v - g.last <= 4 and g.prep is None
             and g.first not in skip), None)
        if repeller is None:
            return None
        # the doer: after ل, past the noun's own words ("هجوماً كبيراً للميليشيات"، "محاولة تسلل لعناصر")
        k = t1
        while k < min(len(toks), t1 + 3) and toks[k].kind == "word" and keys[k] not in PREPS and not any(
                g.first == k for g in groups):
            k += 1
        if k + 2 < len(toks) and keys[k] == "ل" and keys[k + 1] in AGENT_HEADS:
            k += 1  # "لعناصر ميليشيات الحوثي"
        while k + 1 < len(toks) and keys[k + 1] in QUOTES:
            k += 1  # "لعناصر #ميليشيات_الحوثي"
        doer = next((g for g in groups if g.first in (k, k + 1) and (keys[k] in ("ل", *AGENT_HEADS, *QUOTES) or keys[g.first - 1] == "ل"
                     or toks[g.first].kind == "clitic") and g is not repeller and not g.place), None)
        if doer is None:
            return None  # no doer named: the noun is read as usual ("وكانت المقاومة قد صدت محاولة تسلل")
        return list(doer.entities), list(repeller.entities), False

    def _target_only(self, toks, groups, adjectives, t1, trig, skip, previous) -> tuple[list[str], bool]:
        """The target of a verb whose subject is a pronoun, the speaker or the subject before."""
        tpreps = _target_preps(trig)
        after = [g for g in groups if g.first >= t1 and g.first - t1 <= AFTER_WINDOW and g.first not in skip
                 and not (previous is not None and set(g.entities) & set(previous.actors))]
        # (else an adjective after a target preposition, as in the main reading: "أنه بحث مع نظيره الأردني")
        target = next((g for g in after if g.prep in tpreps), None) or next(
            (g for g in adjectives if g.prep in tpreps and g.first not in skip), None) or next(
            (g for g in after if g.prep in OBJECT_PREPS[bool(trig.role("first_person"))]
             and g.first - t1 <= OBJECT_REACH), None)
        if target is None and trig.type in ADJECTIVE_TARGET_TYPES | {"REJECT", "REQUEST", "ACCUSE"}:
            # as in the main reading, a nationality adjective on the object: "قالت إنها أزالت العلم اليوناني"
            # (and for a carried subject's refusal: "فأسرعت بسحب القوات ... ورفضت التدخل العسكري في الصراع السوري")
            target = next((g for g in adjectives if g.prep is None and g.first - t1 <= OBJECT_ADJECTIVE_REACH and g.first not in skip
                           and all(t.kind == "word" for t in toks[t1:g.first])), None)
        if target is None and not trig.role("first_person"):
            # last resort, as in the main reading: the next actor after a fitting preposition (not for
            # the speaker's own words: "لن نسمح بتحويل أسلحة خطيرة من سوريا" warns no Syria)
            target = next((g for g in after if g.prep in FALLBACK_PREPS and not (g.backer or g.ally)
                           and not (g.prep == "ب" and g.place) and g.first - t1 <= FALLBACK_REACH), None)
        return (target.entities if target else []), False

    @staticmethod
    def _battle_side(toks: list[Tok], groups: list[Group], t1: int, victims: set[str], skip: set[int]) -> list[str]:
        """Who killed those a death names: the other side of the battle, clash or strike it
        happened in ("في مواجهات مع المقاومة", "في غارة للتحالف", "خلال قصف لقوات النظام")."""
        for b in range(t1, min(len(toks), t1 + BATTLE_REACH)):
            if toks[b].key not in BATTLE_NOUNS:
                continue
            side = next((g for g in groups if b < g.first <= b + 3 and g.first not in skip and not g.adjective
                         and (g.prep in ("مع", "ل") or g.forces) and not set(g.entities) & victims), None)
            return list(side.entities) if side is not None else []
        return []

    @staticmethod
    def _experiencer(toks: list[Tok], groups: list[Group], t0: int) -> Group | None:
        """The one who suffers a verbal noun after تعرض ل: "وتعرض فريق أمني لإطلاق نار" (the
        subject after the verb), "دوما، التي تعرضت لهجوم كيميائي" (the one before it)."""
        if t0 < 2:
            return None
        # (or faces it: "واجه المالكي اتهامات بالتوجه إلى إيران")
        # (past a demonstrative: "مسؤولية تعرض سوريا لهذه العمليات العسكرية")
        lam = t0 - 2 if toks[t0 - 1].key in DEMONSTRATIVES else t0 - 1
        verbs, end = (EXPERIENCE, lam) if toks[lam].key == "ل" else (FACE, t0)
        k = next((k for k in range(end - 1, max(-1, end - 1 - EXPERIENCE_REACH), -1)
                  if toks[k].key in verbs or toks[k].key in ("،", ",", ".")), None)
        if k is None or toks[k].key not in verbs:
            return None
        between = [g for g in groups if k < g.first < end]
        named = next((g for g in between if not g.adjective), None) or next(iter(between), None)
        if named is not None:
            return named
        return next((g for g in reversed(groups) if not g.adjective and g.last <= k and k - g.last <= 4), None)

    def _roles(self, toks: list[Tok], groups: list[Group], t0: int, t1: int, trig: Trigger,
               skip: set[int], previous: RawEvent | None = None, pronoun: bool = False
               ) -> tuple[list[str], list[str], bool]:
        """(source, target, symmetric) of a trigger; ``pronoun``: the trigger was read
        without an object pronoun ("تدعمها")."""
        victim = self._experiencer(toks, groups, t0) if trig.pos == "noun" else None
        later = _suffered_by(toks, groups, t1) if trig.pos == "noun" and victim is None else None
        victim = victim or later
        if victim is None:
            return self._read_roles(toks, groups, t0, t1, trig, skip, previous, pronoun)
        if later is not None or (toks[t0 - 1].key != "ل" and toks[t0 - 2].key != "ل"):
            # "تواجه قوات الأسد اتهامات": the doer only as the noun names it ("تهديدات عسكرية روسية")
            skip = skip | {g.first for g in groups if g.first < t0}
        source, _, _ = self._read_roles(toks, groups, t0, t1, trig, skip | {victim.first}, None, pronoun)
        return [s for s in source if s not in victim.entities], list(victim.entities), False

    def _read_roles(self, toks: list[Tok], groups: list[Group], t0: int, t1: int, trig: Trigger,
                    skip: set[int], previous: RawEvent | None, pronoun: bool) -> tuple[list[str], list[str], bool]:
        """The roles as the sentence's syntax gives them (see ``_roles``)."""
        # a contrast opens a clause of its own: no role past it ("ونفت الحكومة السورية استخدام أسلحة
        # كيمياوية، ولكن خبراء الأمم المتحدة على ثقة")
        stop = _clause_end(toks, t1)
        adjectives = [g for g in groups if g.adjective and g.first >= t1 and g.first - t1 <= AFTER_WINDOW and g.first < stop]
        groups = [g for g in groups if not g.adjective]
        after = [g for g in groups if g.first >= t1 and g.first - t1 <= AFTER_WINDOW and g.first not in skip
                 and g.first < stop]
        before = [g for g in groups if g.last <= t0 and t0 - g.last <= BEFORE_WINDOW and g.first not in skip]
        keys = [t.key for t in toks]
        if _session(trig, after, keys, t0, t1):
            return [], [], False
        # between X and Y
        for k in range(t1, min(len(toks), t1 + 8)):
            if keys[k] == "بين":
                # (past the parties' titles: "بين وزيري الخارجية التركي مولود تشاووش أوغلو ونظيره الهولندي ستف بلوك")
                g = next((g for g in after if k < g.first <= k + BETWEEN_TITLE_REACH
                          and all(t.kind == "word" for t in toks[k + 1:g.first])), None)
                if g is not None:
                    rest = [x for x in after if x.first > g.first and x.prep is None and (
                        x.first - g.last <= 2 or (keys[g.last] == "و" and x.first - g.last <= BETWEEN_TITLE_REACH
                                                  and all(t.kind == "word" for t in toks[g.last + 1:x.first])))]
                    ents = g.entities + [e for x in rest[:1] for e in x.entities]
                    if len(ents) >= 2:
                        return ents[:1], ents[1:], True
                break
        held = _second_object(toks, after, t1, trig.role("object_before")) if trig.role("object_before") else None
        if held is not None:
            # its subject is a name between the verb and it, else the subject before the verb
            # (none named: "وحمّلت الولايات المتحدة مسؤولية دماء الضحايا")
            doer = next((g for g in after if g.first < held.first and g.prep is None), None)
            if doer is None and before and before[-1].prep is None and all(
                    k in PARTICLES for k in keys[before[-1].last:t0]):
                doer = before[-1]
            return [e for e in (doer.entities if doer else []) if e not in held.entities], held.entities, False
        if trig.type == "ASSAULT" and trig.pos == "noun":
            repelled = self._repelled(toks, groups, t0, t1, skip)
            if repelled is not None:
                return repelled
        # "بناء على طلب من إثيوبيا", "بطلب من حكومته", "استجابة لطلب الحكومة": the one after
        # من (or the genitive) asked; the main clause's actor was asked
        if trig.type == "REQUEST" and t0 > 0 and (
                keys[t0 - 1] == "ب" or keys[max(0, t0 - 2):t0] == ON_REQUEST or (
                    keys[t0 - 1] == "ل" and t0 > 1 and keys[t0 - 2] in IN_ANSWER)):
            asker = next((g for g in after if (g.first == t1 and g.prep is None) or (
                g.prep == "من" and g.first - t1 <= 3)), None)
            if asker is not None:
                asked = next((g for g in reversed(before) if g.prep is None and not set(g.entities) & set(asker.entities)), None)
                return asker.entities, (asked.entities if asked else []), False
        # "X، بدعم من Y" / "بإسناد من Y" / "بدعم وإسناد من Y": Y supports X (the agent follows من)
        k = t1 + 2 if t1 + 2 < len(toks) and keys[t1] == "و" and keys[t1 + 2] == "من" else t1
        # (backing from Y, "بمشاركة ألوية العمالقة وإسناد من التحالف"، "تلقى الحوثيون دعما من إيران": the
        # verb form دعم takes no من, it is the noun)
        if (trig.type in ("SUPPORT", "AID") and t0 > 0 and (trig.pos == "noun" or trig.type == "SUPPORT")
                and (toks[t0 - 1].key == "ب" or trig.role("participle")  # "قوات مدعومة من روسيا"
                     or trig.type == "SUPPORT")
                and k < len(toks) and keys[k] == "من"):
            agent = next((g for g in after if g.first in (k + 1, k + 2)), None)
            if agent is not None:
                helped = before[-1].entities if before and t0 - before[-1].last <= 4 else []
                return agent.entities, helped, False
        received = _received(toks, groups, t0, t1, skip) if trig.type in ("SUPPORT", "AID") else (
            _received(toks, groups, t0, t1, skip, blows=True) if trig.type == "ASSAULT" and trig.pos == "noun" else None)
        if received is not None:
            return received
        if trig.role("participle"):
            return [], [], False  # "الحكومة المدعومة من المجلس": the backer is the one after من, or nobody known
        source: Group | None = None
        if _agent_genitive(trig):
            # the genitive right after a condemnation is who condemns; a doer marker after it
            # names the doer of the act condemned ("إدانة السعودية لاستهداف المدنيين من قبل قوات
            # الجيش الإسرائيلي")
            source = next((g for g in after if g.first == t1 and g.prep is None), None)
        # على يد X / قام بها X
        for k in range(t1, min(len(toks), t1 + AFTER_WINDOW)) if source is None else ():
            if _agent_marker(keys, k):
                source = next((g for g in after if g.first == k + 1), None)
                if source is not None or keys[k] != "قبل":
                    break
            if trig.pos != "noun":
                continue  # the marker below names the agent of a verbal noun, not of a verb
            if k > t1 and keys[k] not in DOER_VERBS and self._act_at(keys, k):
                break  # another act comes first: "عن غضبها بعد عقوبات فرضتها الولايات المتحدة" (the sanctions')
            if keys[k] in DOER_VERBS:
                # "الهجمات التي شنتها عليها وعلى بلداتها حركتا حماس": past prepositional phrases
                source = next((g for g in after if g.first in (k + 1, k + 2, k + 3)), None) or next(
                    (g for g in after if k < g.first <= k + 8 and g.prep is None), None)
                break
        if source is None and trig.pos == "verb" and trig.type == "COERCE" and trig.mode in ("arrest", "deport"):
            held = _detained(toks, groups, t0, t1, skip)
            if held is not None:
                return held
        if source is None and trig.pos != "noun":
            rel = self._relative_roles(toks, groups, t0, t1, skip, pronoun)
            if rel is not None:
                source, target = rel
                if target is not None:
                    return source.entities, target.entities, False
            elif pronoun and trig.type == "SUPPORT" and t0 > 0:
                # "فصائل تدعمها إيران متحالفة مع الأسد": with no relative pronoun the object pronoun
                # is the noun just before (the backed), never a name after the subject
                subject = next((g for g in groups if g.prep is None and t1 <= g.first <= t1 + 2
                                and g.first not in skip), None)
                if subject is not None:
                    backed = next((g for g in groups if g.last == t0 and g.first not in skip), None)
                    return subject.entities, (backed.entities if backed else []), False
        src_after = trig.role("source_after")
        if source is None and src_after:
            source = next((g for g in after if g.prep in {normalize_key(p) for p in src_after}), None)
        if source is None and trig.pos == "noun" and trig.type in GENITIVE_TARGET_TYPES:
            # a verbal noun with its agent in the genitive and its object after it: "استمرار
            # اعتقال تركيا منذ شهر جنديين يونانيين", "استهداف إسرائيل مواقع الجيش السوري"
            # (past a closing quote: 'عن "استعادة" الجيش التركي')
            at = t1 + 1 if t1 < len(toks) and toks[t1].key in QUOTES else t1
            agent = next((g for g in after if g.first == at and g.prep is None and g.kind != "person"
                          and g.sector != "CVL" and not g.adjective), None)
            if agent is not None and not agent.place and keys[t1 - 1] in AGENT_GENITIVE_ATTACKS:
                # "ضربة الحوثيين على ناقلة نفط": the genitive strikes what follows على/ضد, if named
                tpreps = _target_preps(trig)
                hit = next((g for g in after if g.prep in tpreps and 0 <= g.first - agent.last <= 3), None)
                on = next((k for k in range(agent.last, min(len(toks), agent.last + 3)) if keys[k] in tpreps), None)
                if hit is None and on is not None:
                    # the nationality on the object struck: "على سفينة شحن تركية"
                    hit = next((a for a in adjectives if on + 1 < a.first <= on + 4
                                and all(t.kind == "word" for t in toks[on + 1:a.first])), None)
                return agent.entities, (hit.entities if hit else []), False
            obj = agent and next((g for g in after if g.first >= agent.last and g.prep is None
                                  and g.first - agent.last <= 3 and not set(g.entities) & set(agent.entities)
                                  and all(t.kind == "word" for t in toks[agent.last:g.first])), None)
            if agent is not None and obj is not None:
                return agent.entities, obj.entities, False
            held = agent and agent.kind != "city" and _li_object(toks, groups, agent)
            if held is not None and held is not False:
                # "استعادة الجيش التركي لـ850 كيلومترا"، "اعتقال الشرطة للمتظاهرين": the object after ل makes
                # the genitive the doer
                return agent.entities, held, False
        if source is None and trig.pos == "noun":
            # a nationality adjective right on the verbal noun is its agent: "القصف السوري",
            # "الغارات الإسرائيلية" (on the object it is the target: "الأهداف الإيرانية")
            # (past one adjective of its own: "تهديدات عسكرية روسية")
            own = t1 + 1 if t1 < len(toks) and toks[t1].key.endswith(("يه", "ي")) and toks[t1].kind == "word" else t1
            source = next((g for g in adjectives if g.first in (t1, own)), None)
            if source is None and trig.type in LI_AGENT_TYPES:
                # "غارة جوية للتحالف", "قصف للنظام", "الحشد العسكري لقوات النظام": ل names the force
                # that struck or massed; civilians
                # after ل are its object ("استهداف للمدنيين")
                # (a mention of "للتحالف" keeps its ل: the group starts on it)
                if own < len(toks) and toks[own].key == "ل":
                    source = next((g for g in after if g.first in (own, own + 1) and not g.place
                                   and g.sector not in ("CVL", "JRN")), None)
                else:  # "غارات طيران التحالف": the genitive named by its weapons strikes
                    source = next((g for g in after if g.first == own and g.forces), None)
        tpreps = _target_preps(trig)
        if source is None and trig.pos != "noun":
            p = t0 - 1
            while p > 0 and keys[p] in PARTICLES:
                p -= 1
            # (and a first-person call: "وندعو المجتمع الدولي للتحرك", none named after it asked: "وندعو للحفاظ على")
            called = trig.role("circumstantial") or (trig.role("first_person") and trig.type == "REQUEST")
            obj = next((g for g in after if g.first == t1 and g.prep is None), None) if called else None
            if obj is not None or (called and trig.role("first_person")):
                return [], obj.entities if obj is not None else [], False  # "داعيا المجتمع الدولي إلى": the one right after is asked
            if (p >= 0 and keys[p] in PRONOUN_SUBJECTS) or trig.role("first_person") or trig.role("circumstantial"):
                # (a first-person verb is its own subject: "ونحمّل حماس المسؤولية", we hold Hamas responsible)
                # the pronoun is the subject; the caller takes the claim's speaker for it
                return [], self._target_only(toks, groups, adjectives, t1, trig, skip, previous)[0], False
        if source is None and trig.pos != "noun" and before:
            # SVO: a bare subject right before the verb, maybe with a particle ("تركيا قد زودت")
            near = before[-1]
            if near.prep is None and all(k in PARTICLES or k in QUOTES for k in keys[near.last:t0]):
                source = near  # (a quoted name too: 'جماعة "جيش الإسلام" نفت')
        counterpart = trig.pos != "noun" and t1 < len(toks) and keys[t1] in COUNTERPARTS
        # a plural statement verb has its subject in it, "وانتقدوا الحرب السعودية" (VSO verbs are singular):
        # no subject after it, nor the last name before it (not "السعودية" of "صلة السعودية")
        plural = trig.pos == "verb" and trig.type in STATEMENT_VERB_TYPES and keys[t0].endswith("وا")
        counterpart = counterpart or plural
        # a trigger ending on its preposition ("سيطر على") has its object next: "وسيطر على ثلث العراق"
        counterpart = counterpart or (trig.pos != "noun" and t1 - t0 > 1 and keys[t1 - 1] in PREPS)
        # "وكانت سفيرة الولايات المتحدة لدى المنظمة الدولية حثت روسيا على": the subject is the noun
        # phrase before the verb, the name after it its object
        fronted = source is None and trig.pos != "noun" and _after_noun(toks, t0)
        object_next = counterpart or fronted  # the name right after the verb is no subject
        if source is None and trig.pos != "noun" and t1 < len(toks) and toks[t1].kind == "word" and not object_next:
            # VSO with a nationality adjective on the subject: "قصفت الطائرات الروسية مواقع المعارضة"
            # (past adjectives of the subject: "قصفت الطائرات الحربية الروسية", "رحب البنك العربي الأردني")
            # (not past a subject named right after the verb to the act it names: "ناقشت اللجنة التهديدات
            # الإيرانية"; but "المحكمة العليا القبرصية")
            named = next((g.last for g in after if g.first == t1 and g.prep is None), None)
            # (or of an indefinite subject, nominative: "رفضت محكمة استئناف يونانية"; not "وفدا أمريكيا",
            # nor for a strike, whose indefinite noun is mostly what it hits: "استهدفت قواعد عسكرية إيرانية")
            source = next((g for g in adjectives if t1 < g.first <= t1 + 3 and g.last - g.first == 1 and (
                g.first == t1 + 1 or all(t.kind == "word" and t.key.startswith("ال") for t in toks[t1:g.first])
                or (trig.type != "ASSAULT" and all(t.kind == "word" and not t.key.startswith("ال") and not t.key.endswith("ا")
                                                   for t in toks[t1:g.first + 1])))
                and not (named is not None and any(self.lex.match(keys, k) for k in range(named, g.first)))), None)
        if source is None and not trig.role("marked_agent"):
            # (a death or a battle names its doer only by a marker: "مقتل 10 حوثيين" is no one's act)
            if trig.pos != "noun" and not object_next:
                # (not past a definite noun of its own: "واتهمت المنظمة روسيا" names its subject unlinked)
                lone = t1 < len(toks) and toks[t1].kind == "word" and toks[t1].key.startswith("ال") and not any(
                    g.first <= t1 < g.last for g in groups + adjectives)
                # (a title before a person, "الرئيس السيسي", and an adjective-like name,
                # "الدفاعات الجوية السعودية", are no such subject; nor is a place after a visit
                # verb, "تزور غانا وملاوي": it is where the visit goes)
                source = next((g for g in after if g.prep is None and g.first - t1 <= 3 and not (
                    lone and g.first > t1 and g.kind != "person" and not toks[g.first].key.startswith("ال"))
                    and not (trig.mode == "visit" and g.place) and not _disagrees(keys[t0], toks, g)
                    and not (trig.type == "ASSAULT" and any(k in HELD_PLACES for k in keys[t1:g.first]))),
                              None) or next(
                    (g for g in after if g.prep == "من" and _partitive_subject(keys, t1, g.first)), None)
            done = trig.pos == "noun" and t0 > 1 and keys[t0 - 1] == "ب" and unjoined(keys[t0 - 2], DO_VERBS) in DO_VERBS
            if source is None and (trig.pos != "noun" or done) and previous is not None and previous.actors and not fronted:
                # no subject after the verb: the subject of the event before carries on
                # ("اتهمت تركيا فاركاس ... بينما اتهمت فسيلوفا")
                return list(previous.actors), *self._target_only(toks, groups, adjectives, t1, trig, skip, previous)
            if source is None and _agent_genitive(trig):
                # the agent right after the noun: "دعوات فرنسا", "دعوات من فرنسا" (a visit's is its place)
                # (but "الانسحاب من سوريا" names where one withdraws from, the target)
                source = next((g for g in after if (g.first == t1 and g.prep is None) or (
                    g.first == t1 + 1 and g.prep == "من" and keys[t1] == "من" and trig.type != "RETREAT")), None)
            impersonal = trig.pos == "noun" and t0 > 0 and (keys[t0 - 1] in IMPERSONAL or _answered(toks, t0, t1))
            if source is None and before and not impersonal and not plural:  # "تم اعتقال X": nobody named does it
                near = before[-1]
                gap = keys[near.last:t0]
                # a verbal noun attached to the noun just before it, directly or through a
                # participle ("مليشيات حفتر، المنخرطة في حملة عسكرية")
                attached = near.prep in (None, "من") and (not gap or (
                    len(gap) <= 4 and gap[-1] in PREPS and any(k.startswith("ال") for k in gap)))
                if trig.pos == "noun" and attached:
                    source = near
                else:
                    # (a town is no subject from afar: "مصادر في مدينة الحديدة عن ... لتفجيره" is not Hodeidah's act)
                    # (nor, for a verbal noun, past the أن opening a clause of its own: "وحذر بوتين من أن
                    # ضربات جديدة ضد سوريا ستحدث فوضى" names no striker)
                    source = next((g for g in reversed(before) if (g.prep is None or _owner(toks, before, g))
                                   and g.kind != "city" and not (trig.pos == "noun" and trig.type in OTHER_CLAUSE_TYPES
                                                                   and _other_clause(keys, g, t0))), None)
                    if source is not None and trig.pos != "noun":
                        source = _apposition_head(toks, before, source, t0) or source
            if source is None and trig.pos == "noun" and trig.type not in GENITIVE_TARGET_TYPES:
                source = next((g for g in after if g.first == t1 and g.prep is None), None)
        # a named group first, else an adjective ("إلى العاصمة المصرية"): "مع نظيره الروسي سيرغي لافروف"
        target = next((g for g in sorted(after + adjectives, key=lambda g: (g.adjective, g.first))
                       if g.prep in tpreps and g is not source), None)
        if target is None and trig.role("target_of_head"):
            # the one whose act or tie is named after the preposition: "عن قلقهم إزاء صلات قطر"
            target = next((g for g in after + adjectives if g.prep is None and g is not source and g.first >= t1 + 2
                           and keys[g.first - 2] in tpreps and toks[g.first - 1].kind == "word"
                           and keys[g.first - 1] not in PREPS), None)
        if trig.pos != "noun":
            # the direct object right after the verb, or after its subject (or one word further: an
            # adverb, or the verbal noun it is the agent of), comes before a prepositional phrase
            # ("اتهمت تركيا فاركاس بدعم العمال الكردستاني": Farkas is accused; "أدان المغرب إطلاق
            # الجيش الإسرائيلي النار على فلسطينيين": the army is condemned)
            start = source.last if source is not None and source.first >= t1 else t1
            # (past "نظيره" and its adjective: "يلتقي وزير الخارجية الأميركي مايك بومبيو نظيره التركي
            # مولود جاويش أوغلو")
            peer = {k for a in adjectives for k in range(a.first, a.last)}
            at = start
            if start < len(toks) and keys[start] in COUNTERPARTS:
                k = start + 1
                while k in peer:
                    k += 1
                start = k if k > start + 1 else start
            # (not the subject named again, its list or name going on: "طالب الحقوقيون وممثلو منظمات
            # المجتمع المدني ... المجتمع الدولي", "طلب وزير الدفاع الأمريكي جيم ماتيس من الكونغرس")
            obj = next((g for g in after if g.first in (start, start + 1) and g.prep is None and g is not source
                        and not g.place and not (g.backer or g.ally) and not _same_side(g, source)), None)
            if obj is None and trig.type == "ACCUSE":
                # the nationality adjective on the object names whose it is ("وتتهم أوكرانيا الكنيسة
                # الأرثوذكسية الروسية بممارسة نفوذ خبيث")
                obj = next((g for g in adjectives if start < g.first <= start + 3 and g.prep is None and all(
                    t.kind == "word" and t.key.startswith("ال") for t in toks[start:g.first])), None)
            if obj is None and trig.type == "ACCUSE" and target is None and unjoined(keys[t0], CHARGE_VERBS) not in CHARGE_VERBS:
                # (not a charge: "واتهم بريطانيا وفرنسا بالتبعية العمياء لأمريكا" accuses the name after the verb)
                obj = _owner_of_condemned(toks, after + adjectives, start, source)
            if obj is not None and (target is None or target.first > obj.first):
                target = obj
            # a counterpart as the object, bare or after the verb's preposition, is the one its
            # nationality names ("التقى لافروف نظيره التركي"، "طلبت من نظيرتها القبرصية")
            k = at + 1 if at < len(toks) and keys[at] in PREPS else at
            if k < len(toks) and keys[k] in COUNTERPARTS:
                mate = next((g for g in sorted(after + adjectives, key=lambda g: g.first)
                             if g.first == k + 1 and g is not source), None)
                if mate is not None and mate.adjective:  # (the holder named next: "نظيره التركي مولود جاويش أوغلو")
                    mate = next((g for g in after if g.first == mate.last or (
                        g.first == mate.last + 1 and keys[mate.last] in ("،", ","))), mate)
                if mate is not None:
                    target = mate
        if target is None:
            # the object: after a verb (past its subject), or the genitive after a transitive
            # verbal noun; "فرقة خاصة من مليشيات حفتر" (partitive من) counts
            start = source.last if source is not None and source.first >= t1 else t1
            reach = OBJECT_REACH if trig.pos != "noun" else 4
            if trig.pos != "noun" or trig.type in GENITIVE_TARGET_TYPES or trig.role("genitive_target"):
                # (nor, for one asked, further on: the asker is not asked)
                target = next((g for g in after if g.first >= start and g.first - start <= reach
                               and g.prep in (None, "من") and g is not source and g.first not in skip
                               and not (g.backer or g.ally) and not (trig.type == "REQUEST" and _same_side(g, source))), None)
        if target is None and (source is not None or trig.pos != "noun"):
            # last resort: the next actor of the sentence after the trigger, or a nationality
            # adjective on its object ("هاجمت عشرات الأهداف الإيرانية"); for a verb also when its
            # subject is left to the speaker
            usable = after + [a for a in adjectives if trig.type in ADJECTIVE_TARGET_TYPES and a.first - t1 <= 4]
            target = next((g for g in usable if g is not source and g.prep in FALLBACK_PREPS and not (g.backer or g.ally)
                           and not (g.prep == "ب" and g.place) and g.first - t1 <= FALLBACK_REACH
                           and not (source is not None and set(g.entities) & set(source.entities))), None)
        return (source.entities if source else []), (target.entities if target else []), False

    @staticmethod
    def _main_subject(sentence_events: list[RawEvent], groups: list[Group], t0: int, skip: set[int]) -> list[str]:
        """The subject of the sentence's main clause, for a clause that names none: the previous
        event's, else the nearest bare actor before (not a place, not a cited source)."""
        if sentence_events:
            return list(sentence_events[-1].actors)
        return next((list(g.entities) for g in reversed(groups) if g.last <= t0 and g.prep is None
                     and g.first not in skip and not g.place), [])

    @staticmethod
    def _antecedent(text: str, toks: list[Tok], groups: list[Group], t0: int, actors: list[str], skip: set[int],
                    info: dict[str, dict], previous: tuple[list[Tok], list[Group]] | None, media: bool = False,
                    reach: int = 1000, states: bool = False) -> list[str]:
        """Whom a verb's object pronoun stands for: the nearest actor named before it in the
        sentence that agrees with it ("ووجدت إيران في الحوثيين أداة ...، فأمدتهم بالسلاح"),
        else the first of the sentence before ("... دميرتاش ... واعتقلته السلطات التركية")."""
        word = text[toks[t0].start:toks[t0].end]
        suffix = "هم" if word.endswith(("هم", "هما", "هن")) else ("ها" if word.endswith("ها") else "ه")
        mine = set(actors)

        def fits(g: Group, ts: list[Tok]) -> bool:
            e = info.get(g.entities[0], {})
            first = text[ts[g.first].start:ts[g.first].end]
            # after في mostly a place; a group or body there is none ("ووجدت إيران في الحوثيين أداة")
            return (not g.adjective and (states or not g.place) and (g.prep != "في" or _kind(e) in ("group", "org"))
                    and not set(g.entities) & mine
                    and e.get("kind") != "city"
                    and (media or e.get("sector") != "JRN") and _gender(first, _kind(e)) == suffix)

        near = next((g for g in reversed(groups) if g.last <= t0 and t0 - g.last <= reach and g.first not in skip
                     and fits(g, toks)), None)
        if near is None and previous is not None:
            near = next((g for g in previous[1] if fits(g, previous[0])), None)
        return list(near.entities) if near is not None else []

    @staticmethod
    def _sentence_target(groups: list[Group], t0: int, t1: int, actors: list[str], skip: set[int],
                         info: dict[str, dict], place_ok: bool = True, stop: int = 10 ** 9) -> list[list[str]]:
        """Weakest guesses: another actor of the sentence -- the first after the trigger,
        else the nearest before it (PLOVER codes the party the act is aimed at, and news
        sentences name it even when the syntax above cannot reach it). Not a city (a
        place, mostly), not the media (they report), not the source's own country."""
        mine = set(actors)
        own = {info.get(a, {}).get("country") for a in actors} - {None}

        def fits(g: Group) -> bool:
            e = info.get(g.entities[0], {})
            return (e.get("kind") != "city" and e.get("sector") != "JRN"
                    and not (e.get("country") and e.get("country") in own))

        usable = [g for g in groups if not g.adjective and g.first not in skip and not set(g.entities) & mine
                  and fits(g)]
        after = [g for g in usable if g.first >= t1 and g.first - t1 <= SENTENCE_REACH and g.first < stop]
        before = [g for g in usable if g.last <= t0 and t0 - g.last <= SENTENCE_REACH]
        if not place_ok and before and before[-1].prep == "في" and info.get(before[-1].entities[0], {}).get("kind") == "state":
            # "لوقف إطلاق النار في سوريا ... وقالت روسيا التي طلبت": where the matter lies, named
            # before a demand, meeting, denial or aid, is not whom it is addressed to
            before = []
        # the nearest after, then the nearest before (the next guess when the first is ruled out)
        return [list(g.entities) for g in after[:1] + before[-1:]]

    @staticmethod
    def _candidates(toks: list[Tok], groups: list[Group], t0: int, t1: int, trig: Trigger,
                    rule: tuple[list[str], list[str]], attributed: set[int], excluded: set[int],
                    trigger_starts: list[int], info: dict[str, dict], modality: str) -> list[Candidate]:
        """Every actor group of the sentence (not a cited source, not a partner), with the
        cues the role model reads; the rules' source carried over from the event before
        is a candidate of its own."""
        usable = [g for g in groups if g.first not in excluded]
        after = sorted((g for g in usable if g.first >= t1), key=lambda g: g.first)
        before = sorted((g for g in usable if g.last <= t0), key=lambda g: -g.first)
        tpreps = _target_preps(trig)
        src, tgt = set(rule[0]), set(rule[1])
        out = []
        for g in usable:
            if g.first >= t1:
                side, dist, rank, lo, hi = "after", g.first - t1, after.index(g), t1, g.first
            elif g.last <= t0:
                side, dist, rank, lo, hi = "before", t0 - g.last, before.index(g), g.last, t0
            else:
                side, dist, rank, lo, hi = "inside", 0, 0, t0, t0
            ents = set(g.entities)
            out.append(Candidate(list(g.entities), features(
                side=side, distance=dist, rank=rank, prep=g.prep, pos=trig.pos,
                kind=str(info.get(g.entities[0], {}).get("kind")), adjective=g.adjective,
                rule_source=bool(ents & src), rule_target=bool(ents & tgt), in_target_preps=g.prep in tpreps,
                attribution=g.first in attributed,
                triggers_between=sum(1 for x in trigger_starts if lo < x < hi),
                speech_between=any(t.key in SPEECH_VERBS for t in toks[lo:hi]), carried=False,
                modality=modality)))
        seen = {e for g in usable for e in g.entities}
        if rule[0] and not set(rule[0]) & seen:
            out.append(Candidate(list(rule[0]), features(
                side="previous", distance=0, rank=0, prep=None, pos=trig.pos,
                kind=str(info.get(rule[0][0], {}).get("kind")), adjective=False, rule_source=True,
                rule_target=False, in_target_preps=False, attribution=False, triggers_between=0,
                speech_between=False, carried=True, modality=modality)))
        return out

    # ---- one document
    def extract(self, doc: Document) -> list[RawEvent]:
        mentions = self._mention_index(doc)
        mention_starts = [m[0] for m in mentions]
        para_starts = [p.start for p in doc.paragraphs]
        events: list[RawEvent] = []
        para_attr: dict[int, Attribution | None] = {}
        last_attr: Attribution | None = None  # the article's last claim source, for "وأضاف"
        lead: Timex | None = None  # the story's own day, for the events the text does not date
        week_day: Timex | None = None  # the first day named within the week, for "غداة" / "بعد يومين من"
        week_si = -1  # and its sentence, whose undated acts it dates
        info = {e["id"]: e for e in doc.entities}
        prev_sentence: tuple[list[Tok], list[Group], int] | None = None  # for object pronouns
        for si, (s, raw) in enumerate(doc.sentence_tokens()):
            toks = _sentence_tokens(doc, raw)
            if not toks:
                continue
            lo = bisect_left(mention_starts, s.start)
            ms = []
            while lo < len(mentions) and mentions[lo][0] < s.end:
                if mentions[lo][1] <= s.end:
                    ms.append(mentions[lo])
                lo += 1
            groups = self._groups(toks, ms, info)
            actor_groups = [g for g in groups if not g.adjective]  # "مصادر مصرية" names no actor
            inside = [False] * len(toks)
            for g in groups:
                for k in range(g.first, g.last):
                    inside[k] = True
            starts = [t.start for t in toks]
            for m0, m1, _, _ in ms:  # also tokens inside mentions that did not form a group
                k = bisect_left(starts, m0)
                while k < len(toks) and toks[k].end <= m1:
                    inside[k] = True
                    k += 1
            pi = bisect_right(para_starts, s.start) - 1
            para = doc.paragraphs[pi].start if pi >= 0 else s.start
            sentence_events: list[RawEvent] = []
            # "بحسب وكالة رويترز", "نقلا عن مصادر": who reports, never a party to the event
            # ("وفقا لمسؤول بوزارة الدفاع الأمريكية": the source noun between counts too)
            cited = {g.first for g in groups if is_cited(toks, g.first)}
            holders = _holders(toks, groups)
            # (an entity also named elsewhere in the sentence, not as a holder, may still act)
            named_freely = {e for g in groups if g.first not in holders for e in g.entities}
            # "إلى جانب بريطانيا وفرنسا", "بمشاركة X": partners of the source, not targets
            # (but "الوقوف إلى جانب X" is standing by X: X is the one supported)
            partners = {g.first: g for g in groups if g.first > 1 and (
                (toks[g.first - 1].key == "جانب" and toks[g.first - 2].key == "الي"
                 and (g.first < 3 or toks[g.first - 3].key not in STAND_BY))
                or toks[g.first - 1].key == "بمشاركه"
                or (toks[g.first - 1].key == "مشاركه" and toks[g.first - 2].key == "ب"))}
            # "غارات التحالف بقيادة الولايات المتحدة", "عزل الجيش بقيادة السيسي الرئيس": who leads a
            # side is no target of its act, and in an attack or a coercion on that side (partners below)
            led = {g.first: g for g in groups if g.first > 0 and (toks[g.first - 1].key in ("بقياده", "بزعامه", *LEADING_VERBS) or (
                g.first > 1 and toks[g.first - 1].key in ("قياده", "زعامه") and toks[g.first - 2].key == "ب"))}
            leaders = set(led)
            # "المتحدث باسم التحالف": the speaker's organisation names who speaks, it is no party
            spoken_for = {g.first for g in groups if _spoken_for(toks, g.first)}
            # "ميليشيات الحوثي الموالية لإيران", "معارضة الداخل المقربة من دمشق", "العضو في حلف
            # شمال الأطلسي": a patron or a body one belongs to describes a party, it is none (but
            # what is "تابعة لميليشيات الحوثي" is theirs)
            spoken_for |= {g.first for g in groups if _affiliated(toks, g.first)}
            spoken_for |= {g.first for g in groups if g.first > 0 and toks[g.first - 1].key in SEAT_WORDS}
            # "للغوطة الشرقية المحاصرة قرب دمشق"، "بالقرب من الحدود": a place near which, no party to an attack
            near = {g.first for g in groups if g.place and g.first > 1 and (toks[g.first - 1].key in NEAR_WORDS or (
                toks[g.first - 1].key == "من" and toks[g.first - 2].key in NEAR_WORDS))}
            # "في غارة جوية على شمال غربي اليمن": where, not who killed (see VICTIM_TYPES below)
            located = {g.first for g in groups if g.first > 0 and toks[g.first - 1].key in DIRECTIONS}
            # "التحالف الذي تقوده السعودية": the actor of a relative clause is no party to an
            # event named before it (key: the group's first token, value: the relative pronoun)
            relative = {g.first: g.first - 2 for g in groups
                        if g.first > 1 and toks[g.first - 2].key in RELATIVES and toks[g.first - 1].kind == "word"
                        and toks[g.first - 1].key not in DOER_VERBS}  # "الهجوم الذي نفذته إيران": its agent
            found, pronoun_objects = self._triggers(toks, inside, doc.text)
            # "لدعوتها لهذا الاجتماع"، "وتأتي هذه الدعوة": a meeting or a call pointed at names one told before
            found = [f for f in found if not _pointed_at(toks, f[0], f[2])]
            # a learned trigger where the lexicon's act names its charge or its demand ("ألقت باللوم على")
            # is part of that act, as the rules read it without the model
            found = [f for k, f in enumerate(found) if f[2][0].learned is None or not self._in_lexicon_act(found, k, toks)]
            if any(t.key in SPORTS_WORDS for t in toks):
                found = []
            # times serve this sentence's events, and the story's day until it is known
            times = find_times(doc.text, s.start, s.end, doc.date) if found or lead is None else []
            trigger_starts = [f[0] for f in found]
            # a verb opens a clause of its own: a time after it is that clause's ("الذي اعتقلته
            # السلطات في أكتوبر 2016"); a noun may be the same act's ("عبر تنسيق مع مصر في الفترة ...")
            verb_starts = [f[0] for f in found if f[2][0].pos != "noun"]
            keys = [t.key for t in toks]
            for g in groups if found else ():
                g.backer, g.ally = self._backing(keys, g)
            backers = {g.first for g in groups if g.backer}
            allies = {g.first for g in groups if g.backer or g.ally}  # "بإسناد من التحالف"
            strikes = [f[1] for f in found if f[2][0].type == "ASSAULT" and f[2][0].pos != "noun"]
            absorbed = -1  # token index: triggers starting before it belong to a complement
            sentence_partners = partners
            for fi, (t0, t1, trigs, future) in enumerate(found):
                trig = trigs[0]
                partners = {**sentence_partners, **led} if trig.type in ("ASSAULT", "COERCE") else sentence_partners
                if t0 < absorbed:
                    continue
                if self._names_no_event(found, fi, toks, strikes):
                    continue
                last = self._complement(found, fi, toks)
                if last is not None:
                    # the charge, the threatened or the demanded act: a threat is aimed at its target
                    absorbed = found[last][1]
                    threat = sentence_events[-1] if sentence_events else None
                    if threat is not None and threat.type == "THREATEN" and threat.extra["tokens"][0] == found[fi - 1][0] and (
                            not set(threat.recipients) - set(threat.actors)):
                        _, aimed, _ = self._roles(toks, groups, found[last][0], absorbed, found[last][2][0],
                                                  cited | spoken_for | set(partners))
                        threat.recipients = [r for r in aimed if r not in threat.actors]
                        if threat.recipients:
                            threat.confidence = 0.7
                    continue
                if toks[t0].key in PLACE_WORDS:
                    province = next((g for g in groups if g.first == t1), None)
                    if province is not None and info.get(province.entities[0], {}).get("kind") in ("city", "state"):
                        continue  # "مقاطعة هاتاي" is the province of Hatay, not a boycott
                # (a first-person verb's speaker may be one going on speaking: "وتابع نتنياهو بالقول إن ... ونحمّل")
                attr = (claim_source(doc, toks, actor_groups, t0, going_on=bool(trig.role("first_person")))
                        or trailing_source(doc, toks, actor_groups, t1)
                        or (replace(para_attr[para], carried=True) if para_attr.get(para) else None)
                        or (last_attr if continues_speech(toks) else None))
                # a relative clause on the speaker describes it, it is not what it says: "قالت قوات
                # سوريا الديمقراطية التي تدعمها الولايات المتحدة، إنها" (the US backs the SDF)
                on_speaker = bool(attr) and t0 > 1 and keys[t0 - 1] in RELATIVES and toks[t0 - 2].end == attr.end
                attr = None if on_speaker else attr
                in_attr = {g.first for g in groups if attr and toks[g.first].start >= attr.start
                           and toks[g.last - 1].end <= attr.end}
                # (and the speaker's name set off after the body it speaks for: "وقال المتحدث باسم
                # وزارة الخارجية الإيرانية، بهرام قاسمي:")
                in_attr |= {g.first for g in groups if g.first > 0 and toks[g.first - 1].key in ("،", ",") and any(
                    h.first in in_attr and h.last == g.first - 1 and _spoken_for(toks, h.first) for h in groups)}
                attr_groups = in_attr | cited | spoken_for | {f for f, r in relative.items() if r >= t1} | leaders
                if trig.type == "ASSAULT":
                    attr_groups |= near  # "قصف قوات النظام للغوطة الشرقية المحاصرة قرب دمشق": not Damascus
                # (a حيث clause goes on from the paragraph before: "تبدأ ميلانيا ترامب ... زيارة إلى القارة
                # الأفريقية" / "وسيكون الجدول ... حوالي أسبوع، حيث تزور غانا": she visits Ghana)
                paras = {para} | ({doc.paragraphs[pi - 1].start} if pi > 0 and keys[t0 - 1:t0] == ["حيث"] else set())
                prev = sentence_events[-1] if sentence_events else (
                    events[-1] if events and events[-1].extra.get("paragraph") in paras else None)
                if trig.pos == "verb" and (_passive(doc.text, toks[t0]) or _killed(keys, t0, t1)):
                    actors, recipients, sym = self._passive_roles(toks, groups, t1, attr_groups | set(partners))
                    if not actors and trig.type == "ASSAULT":
                        actors = self._battle_side(toks, groups, t1, set(recipients), attr_groups)
                else:
                    actors, recipients, sym = self._roles(toks, groups, t0, t1, trig, attr_groups | set(partners), prev,
                                                          pronoun=t0 in pronoun_objects)
                spokesman = None if actors or sym else _spokesman_of(toks, groups, t1, spoken_for)
                if spokesman is not None:
                    actors = list(spokesman.entities)
                    recipients = [r for r in recipients if r not in actors]
                if (trig.type == "ACCUSE" and actors and not recipients and not sym and sentence_events
                        and sentence_events[-1].actors and t0 > 0 and keys[t0 - 1] == "و"
                        and unjoined(keys[t0], CHARGE_VERBS) in CHARGE_VERBS and _charged_next(toks, groups, t1, actors)):
                    # "نفى أردوغان مرارا ارتكاب مخالفات واتهم ألمانيا بتبني ممارسات نازية": a verb joined by
                    # و to the one before keeps its subject; the one named before the charge is accused
                    actors, recipients = list(sentence_events[-1].actors), actors
                doer = _relative_doer(toks, groups, t1, found[fi + 1][0] if fi + 1 < len(found) else len(toks),
                                      actors) if (
                    trig.type == "ACCUSE" and not sym) else None
                if doer is not None and not set(doer.entities) & set(actors):
                    recipients = list(doer.entities)
                if (t0 in pronoun_objects and trig.pos != "noun" and trig.type in PRONOUN_OBJECT_TYPES and actors
                        and not sym and not trig.role("needs_before") and not (t0 > 0 and toks[t0 - 1].key in RELATIVES)):
                    # "واعتقلته السلطات التركية": the object pronoun is the one acted on
                    # (never a name after it: the pronoun is the object)
                    recipients = self._antecedent(doc.text, toks, actor_groups, t0, actors, attr_groups,
                                                  info, prev_sentence, media=trig.type in AGAINST_MEDIA_TYPES)
                elif t0 in pronoun_objects and trig.pos == "noun" and not sym:
                    # a possessive on a verbal noun: the one who suffers it ("اعتقاله", "اتهامه", "تدميرها",
                    # "تحريرها"), whose doer is named after it if at all; else the doer, named just before
                    # ("كثفت طائرات التحالف غاراتها"; maybe the one who speaks: "أعربت تركيا عن غضبها")
                    if _possessor_suffers(trig):
                        later = {e for g in actor_groups if g.first >= t1 for e in g.entities}
                        actors = [a for a in actors if a in later]
                        recipients = self._antecedent(doc.text, toks, actor_groups, t0, actors, attr_groups - in_attr,
                                                      info, None, media=True)
                    elif not actors:
                        actors = self._antecedent(doc.text, toks, actor_groups, t0, recipients, attr_groups - in_attr,
                                                  info, None, reach=POSSESSOR_REACH)
                owned = _owned_object(keys, t1) if (actors and not recipients and not sym and trig.pos != "noun"
                                                     and trig.type in ("COERCE", "SANCTION")) else None
                if owned is not None:
                    # "وحظرت نشاطها وتحفظت على أصولها": the owner of what is banned or seized is acted on
                    recipients = self._antecedent(doc.text, toks, actor_groups, owned, actors, attr_groups,
                                                  info, prev_sentence, states=True)
                if not actors and not sym and trig.pos != "noun" and not (attr is not None and attr.entity):
                    # "إسرائيل تتمسك بسياستها ..، وأنها تعتبر النظام السوري مسؤولا": with no speaker
                    # to stand for it, the pronoun subject is the nearest actor before that agrees
                    p = t0 - 1
                    while p > 0 and keys[p] in PARTICLES:
                        p -= 1
                    if p >= 0 and keys[p] in PRONOUN_SUBJECTS:
                        actors = self._antecedent(doc.text, toks, actor_groups, p, recipients, attr_groups, info, None,
                                                  states=True)
                if t0 not in pronoun_objects and self._describes_strike(found, fi, keys, groups):
                    # "في قصف صاروخي استهدف مقر الحزب": the verb tells what the strike named before it
                    # hit; the strike's agent is the noun's, what follows the verb is struck
                    obj = next((g for g in groups if t1 <= g.first <= t1 + 4 and g.prep in (None, "من")
                                and not g.adjective and g.first not in attr_groups), None)
                    actors, recipients = [], (list(obj.entities) if obj is not None else [])
                against = next((k for k in range(t1, min(len(toks), t1 + AGAINST_REACH))
                                if AGAINST_PRONOUNS.get(keys[k]) in _target_preps(trig)), None)
                if (against is not None and actors and not sym and trig.type in PRONOUN_OBJECT_TYPES
                        and (t0 in pronoun_objects or not (t0 > 0 and keys[t0 - 1] in RELATIVES))):
                    # "وتشن حملة عسكرية ضدهم داخل الأراضي السورية": the pronoun is the one attacked
                    # (in a relative clause it is the relative's own: "المنشآت التي سيطرت عليها")
                    # (a state too: "إسرائيل تنظر ... إلى الهجمات التي شنتها عليها ... حركتا حماس والجهاد")
                    recipients = self._antecedent(doc.text, toks, actor_groups, against, actors, attr_groups,
                                                  info, prev_sentence, states=True) or recipients
                if recipients and actors and not sym:
                    # "حذر ولي العهد السعودي من أن بلاده ستطور ...": his own country is no target of his
                    mine = {info.get(a, {}).get("country") for a in actors} - {None}
                    # (nor his side that his threat says will act: "هدد نتنياهو بأن الجيش الإسرائيلي سيرد")
                    own = {e for g in groups if g.own or (trig.type == "THREATEN" and g.first > t1 and g.prep is None
                                                         and keys[g.first - 1] in THAT) for e in g.entities}
                    recipients = [r for r in recipients if not (r in own and info.get(r, {}).get("country") in mine)]
                charge = found[fi + 1][0] if (trig.type == "ACCUSE" and fi + 1 < len(found)
                                              and self._complement(found, fi + 1, toks) is not None) else None
                if charge is None and trig.type == "ACCUSE" and unjoined(keys[t0], CHARGE_VERBS) in CHARGE_VERBS:
                    # "اتهمت فسيلوفا بتقديم الدعم ... للمقاتلين الأكراد": what follows ب is the charge, even
                    # when it names no act the lexicon knows
                    charge = next((k for k in range(t1, min(len(toks), t1 + COMPLEMENT_REACH)) if keys[k] == "ب"), None)
                if charge is not None:
                    # "واتهمت تركيا فاركاس بدعم العمال الكردستاني": one named in the charge is not the accused
                    in_charge = {e for g in groups if g.first > charge for e in g.entities}
                    before_charge = {e for g in groups if g.first <= charge for e in g.entities}
                    recipients = [r for r in recipients if r not in in_charge or r in before_charge]
                # "حذر عاموس يادلين، الرئيس السابق للمخابرات العسكرية الإسرائيلية، من": a name in
                # the apposition after the source describes the source, it is no target
                described = {g.first for g in groups for h in groups if set(h.entities) & set(actors)
                             and _in_apposition(toks, h, g, trigger_starts)} if actors and not sym else set()
                if described:
                    recipients = [r for r in recipients if not all(g.first in described for g in groups if r in g.entities)]
                if trig.type in MUTUAL_TYPES and len(actors) > 1 and not recipients and not sym:
                    # "توصلت الولايات المتحدة وروسيا إلى تسوية": the parties agree with each other
                    actors, recipients, sym = actors[:1], actors[1:], True
                modality = self._modality(toks, t0, future, trig.pos == "verb")
                if modality == "hypothetical" and any(f[2][0].type == "THREATEN" for f in found[:fi]):
                    # the condition of a threat or a warning told before it ("يهدد وزير الدفاع الإسرائيلي بضرب
                    # طهران إذا تم استهداف الأراضي الإسرائيلية"): the threat is the event, its condition none
                    continue
                if modality == "asserted" and keys[t0 - 1:t0] == ["حيث"] and any(k in FUTURE_MAIN for k in keys[:t0]):
                    modality = "intended"  # "وسيكون الجدول ...، حيث تزور غانا": planned with its main clause
                etype = trig.type
                if etype in ("CONCEDE", "RETREAT") and modality == "negated" and ("لن" in [
                        t.key for t in toks[max(0, t0 - 2):t0]] or (trig.pos == "noun" and keys[t0 - 1] == "لا")):
                    # "تركيا لن تقدم تنازلات", "لن ننسحب", "لا تنازل ولا تفاوض": refusing to yield is a rejection
                    etype, modality = "REJECT", "asserted"
                elif etype == "REJECT" and trig.mode == "respond" and modality == "intended":
                    etype, modality = "THREATEN", "asserted"  # "سيرد بقوة على أي هجمات": a threat, made now
                elif etype == "ASSAULT" and modality == "hypothetical" and attr is not None and attr.entity and all(
                        a == attr.entity or (info.get(a, {}).get("country") and info.get(a, {}).get("country")
                                             == info.get(attr.entity, {}).get("country")) for a in actors) and any(
                        t.key in CONDITIONS and t.start >= attr.end for t in toks[max(0, t0 - 4):t0]):
                    # "قال ماكرون إنه في حال قررت بلاده شن ضربات على سوريا فسوف تستهدف": a strike of the
                    # speaker's own side, on a condition the speaker states, threatens its target
                    etype, modality, actors = "THREATEN", "asserted", [attr.entity]
                elif etype == "ASSAULT" and any(k in VERBAL_ATTACKS for k in keys[t0:t1 + 1]) and (
                        (actors and all(_kind(info.get(a, {})) == "person" for a in actors))
                        or (trig.pos != "noun" and recipients and all(_kind(info.get(r, {})) == "person" for r in recipients))):
                    # "إبراهيم عيسى هاجم المملكة", "ترامب يشن هجمات شخصية على الصحافيين"; the verb هاجم with
                    # a named person for object is attacking in words ("هاجم نائب الوزير الكوري الشمالي بشدة
                    # جون بولتون"); an attack on a person, "الهجوم بغاز الأعصاب على سكريبال", may be one of force
                    etype = "ACCUSE"
                cands = self._candidates(toks, groups, t0, t1, trig, (actors, recipients), in_attr,
                                         cited | set(partners), trigger_starts, info, modality) if (
                    self.roles is not None or self.record_candidates) else []
                confidence = 0.7 if actors and recipients else 0.4
                learned = self.roles is not None and not sym
                if learned:
                    actors, recipients, confidence = self.roles.choose(cands, (actors, recipients))
                if actors and not sym:
                    actors += [e for f, g in partners.items() if 0 <= f - t1 <= AFTER_WINDOW
                               for e in g.entities if e not in actors and e not in recipients]
                if trig.role("speaker_source"):
                    speaker = attr.entity if attr is not None else None
                    actors, recipients = ([speaker], list(actors)) if speaker and actors and speaker not in actors else ([], [])
                answers = trig.role("target_from_previous") and not recipients and prev is not None
                if answers:
                    recipients = list(prev.actors)
                cause = {normalize_key(w) for w in trig.role("target_from_cause")}
                if cause and not recipients and any(t.key in cause for t in toks[:t0]):
                    prior = next((e for e in reversed(events + sentence_events)
                                  if e.type == "AGREE" and (e.actors or e.recipients)), None)
                    if prior is not None:
                        recipients = [x for x in prior.actors + prior.recipients if x not in actors]
                # civilians suffer force, they do not use it: "قتل ثلاثة مدنيين" is passive
                if (trig.type in VICTIM_TYPES and actors and not sym
                        and all(info.get(a, {}).get("sector") == "CVL" for a in actors)):
                    victims = set(actors)
                    doer = next((g.entities for g in groups if not g.adjective and g.first >= t1
                                 and info.get(g.entities[0], {}).get("kind") != "city"  # "في مدينة تعز": where
                                 # (a state after a preposition too: "في غارة جوية على شمال غربي اليمن")
                                 and not (g.place and g.prep in ("في", "علي")) and g.first not in located
                                 and g.first not in attr_groups and not set(g.entities) & victims
                                 and info.get(g.entities[0], {}).get("sector") != "CVL"), [])
                    actors, recipients = list(doer), list(actors)
                condemned = (trig.type == "ASSAULT" and trig.pos == "noun" and not sym
                             and self._condemned(prev, toks, t0, actors, groups))
                if condemned:
                    # "أدان المغرب إطلاق الجيش الإسرائيلي النار على فلسطينيين": the act condemned is
                    # its genitive's, never the condemner's
                    actors, recipients = self._condemned_roles(toks, groups, t1, recipients, attr_groups)
                if trig.type == "ASSAULT" and recipients and not actors and not sym:
                    # "مقتل 14 حوثيا في مواجهات مع الجيش", "في غارة لطيران التحالف": the other side
                    actors = self._battle_side(toks, groups, t1, set(recipients), attr_groups)
                # the media report events; they are parties only to acts against them
                actors = [a for a in actors if info.get(a, {}).get("sector") != "JRN"]
                # who holds a place named in passing is no doer of what happens there
                held_by = {e for g in groups if g.first in holders and not holders[g.first] <= t0 < g.first
                           for e in g.entities} - named_freely
                actors = [a for a in actors if a not in held_by]
                if trig.type not in AGAINST_MEDIA_TYPES:
                    recipients = [r for r in recipients if info.get(r, {}).get("sector") != "JRN"]
                if trig.type == "ASSAULT" and recipients and not sym:
                    recipients += [e for e in _leaders_group(toks, actor_groups, recipients) if e not in recipients + actors]
                before_act = sentence_events[-1] if sentence_events else None
                if (not recipients and not sym and trig.type in FOLLOW_UP_TYPES and before_act is not None
                        and before_act.type == "ASSAULT" and before_act.recipients and actors
                        and set(before_act.actors) == set(actors)):
                    # "وشنت تركيا ضربات استهدفت قواعد حزب العمال ...، وهددت كذلك بشن هجوم بري": the same
                    # side's next act in the sentence aims where its attack did
                    recipients = list(before_act.recipients)
                # a guess, used only if merging with other mentions leaves the event without a target
                # (the ally of an attack or of a demand, "بإسناد من التحالف", is never its target)
                late = None if attr or on_speaker else (claim_source(doc, toks, actor_groups, t0, loose=True)
                                          or trailing_source(doc, toks, actor_groups, t1, loose=True))
                # (nor is the one who tells of it: "يقول المحققون إن رئيس الوزراء دفع ..."; but
                # "تقول مصادر بالمعارضة إن الجيش قصف مواقع الفصائل" names sources within the target)
                teller = {g.first for g in groups if late is not None and toks[g.first].start <= late.start
                          and late.end <= toks[g.last - 1].end}
                guess = self._sentence_target(groups, t0, t1, actors, teller | attr_groups | backers | described | (
                    {g.first for g in groups if g.first > charge} if charge is not None else set()) | (
                    allies if trig.type in ALLY_NOT_GUESSED else set()), info,
                    trig.type not in ("REQUEST", "CONSULT", "REJECT", "AID", "AGREE"), _clause_end(toks, t1)) if (
                    actors and not recipients and not learned and not trig.role("unguessed")
                    and not _adjective_doer(trig, groups, t1, actors)) else []
                if trig.pos != "noun" and t0 > 0 and toks[t0 - 1].key == "حيث" and actors:
                    # "حيث التقى X": the subject is the previous event's, or the main clause's
                    # ("حل الأمير محمد بن سلمان، في لندن، حيث التقى الملكة"); X is the target
                    subject = self._main_subject(sentence_events, actor_groups, t0, attr_groups)
                    if subject and not set(actors) & set(subject):
                        recipients, actors = actors, list(subject)
                elif (trig.type == "COOPERATE" and trig.pos == "noun" and t0 > 0 and toks[t0 - 1].key == "ب"
                      and recipients and not sym):
                    # "قرر مهرجان كان بالتعاون مع وزارة ..."، "بدأت القوات المسلحة بالتعاون مع الشرطة عملية":
                    # the main clause's subject does it together with the one after مع
                    subject = [a for a in self._main_subject(sentence_events, actor_groups, t0, attr_groups)
                               if a not in recipients]
                    actors = subject or actors
                if trig.role("circumstantial"):
                    # "وأعلنت برلين مراجعة الاستثمارات، داعية الاتحاد الأوروبي إلى": the one who says
                    # it, or the main clause's doer; the one called on is the object right after it, or
                    # the doer of the act called for ("داعيا إلى ضرورة خروج ميليشيات الجضران"), not the
                    # one the act demanded is done to ("مطالبا بإطلاق سراح برانسون")
                    obj = next((g for g in groups if g.first == t1 and g.prep is None), None)
                    recipients = list(obj.entities) if obj is not None else (
                        recipients if t1 < len(toks) and keys[t1] == "الي" else [])
                    # (the last act with a doer: "أعربت الكويت عن استنكارها للهجمات التي تتعرض لها المملكة،
                    # داعية مجلس الأمن": not the attacks, whose doer is unnamed)
                    main = next((e.actors for e in reversed(sentence_events) if e.actors), [])
                    actors = [a for a in ([attr.entity] if attr is not None and attr.entity else main)
                              if a not in recipients]
                    confidence = 0.7 if actors and recipients else 0.4
                time, tdist = self._nearest_time(times, toks, t0, t1, verb_starts, inside, trig.pos == "noun")
                if time is not None and modality == "intended":
                    time = coming(time, doc.date)
                if time is not None and trig.pos != "verb":
                    time = lasting(time, doc.date)
                if time is not None:
                    time = opened_since(time, toks[t0].start, doc.text)
                anchor = anchored(doc.text, s.start, toks[t0].start) if time is None else None
                place = None
                for g in groups:
                    if g.prep == "في" and g.first > t0 and info.get(g.entities[0], {}).get("kind") in ("state", "city"):
                        place = g.entities[0]
                        break
                ev_start, ev_end = self._evidence(toks, groups, t0, t1, actors, recipients)
                sentence_events.append(RawEvent(
                    type=etype, mode=trig.mode if etype == trig.type else None,
                    trigger=Span(toks[t0].start, toks[t1 - 1].end),
                    evidence=[Span(ev_start, ev_end)], actors=actors, recipients=recipients,
                    modality=modality, attribution=attr, time=time, place=place,
                    sentence=si, confidence=confidence,
                    extra={"symmetric": sym, "time_distance": tdist, "anchor": anchor, "tokens": (t0, t1), "paragraph": para,
                           "target_guesses": guess, "candidates": cands, "learned": learned,
                           "pos": trig.pos, "participle": bool(trig.role("participle")), "answers": answers,
                           "trigger_p": trig.learned,
                           "trigger_pt": self.trigger_model.type_p(keys, t0, inside, etype) if self.trigger_model else None,
                           "singular": not keys[t1 - 1].endswith("ات"),
                           # may refer back to an act named before: a verb of a relative clause or
                           # with an object pronoun ("الاتفاقيات التي وقعها السراج"), a verbal noun,
                           # except an indefinite attack or coercion: "هجوم للحوثيين" is one more
                           "refers_back": t0 in pronoun_objects or (t0 > 0 and keys[t0 - 1] in RELATIVES)
                           or (trig.pos == "noun" and (keys[t0].startswith("ال") or etype not in ("ASSAULT", "COERCE"))),
                           "late_attribution": late, "condemned": condemned},
                ))
            self._event_objects(sentence_events, keys)
            own = claim_source(doc, toks, actor_groups, len(toks), going_on=True)
            if own is not None:
                para_attr[para] = own
                last_attr = own
            lead = lead or next((t for t in times if _recent_day(t, doc.date)), None)
            if week_day is None:
                week_day, week_si = next((t for t in times if _recent_day(t, doc.date, 7)), None), si
            events.extend(sentence_events)
            prev_sentence = (toks, actor_groups, para)
        for ev in events:
            if ev.time is not None or ev.modality != "asserted":
                continue
            anchor = ev.extra.get("anchor")
            if anchor is not None and week_day is not None:
                ev.time = _from_lead(anchor, week_day, doc.text)
            elif anchor is None and week_day is not None and ev.sentence == week_si:
                ev.time = week_day  # "وأدانت فرنسا الضربات التي شنتها إسرائيل فجر السبت" in a Friday paper
            elif anchor is None and lead is not None:
                ev.time = lead
            else:
                continue
            ev.extra["time_distance"] = 10 ** 5
        return events

    def _act_at(self, keys: list[str], k: int) -> bool:
        """A trigger starts at ``keys[k]``, also one written with ل + the article as لل ("تأييد المملكة
        للعمليات العسكرية التي قامت بها": ل + (ا)لعمليات)."""
        return self.lex.match(keys, k) is not None or (
            k > 0 and keys[k - 1] == "ل" and keys[k][:1] == "ل" and self.lex.match(["ا" + keys[k], *keys[k + 1:k + 6]], 0) is not None)

    @staticmethod
    def _condemned(prev: RawEvent | None, toks: list[Tok], t0: int, actors: list[str], groups: list[Group]) -> bool:
        """A verbal noun that is the object of the reaction verb right before it, read with that
        verb's subject for its doer ("أدانت تركيا هجوم الحوثيين على السعودية")."""
        if prev is None or prev.type not in REACTION_TYPES or not actors:
            return False
        p1 = prev.extra["tokens"][1]
        if not 0 <= t0 - p1 <= 6 or not set(actors) <= set(prev.actors):
            return False
        # only the subject between the verb and the act
        subject = {k for g in groups if set(g.entities) & set(prev.actors) for k in range(g.first, g.last)}
        return all(k in subject or k == t0 - 1 and toks[k].key in ("ب", "ل") for k in range(p1, t0))

    @staticmethod
    def _condemned_roles(toks: list[Tok], groups: list[Group], t1: int, recipients: list[str],
                         skip: set[int]) -> tuple[list[str], list[str]]:
        """The doer of a condemned act is its genitive, if named ("إطلاق الجيش الإسرائيلي النار"), its
        target the one after it (or the one already read, if not the doer)."""
        at = t1 + 1 if t1 < len(toks) and toks[t1].key in QUOTES else t1
        agent = next((g for g in groups if g.first == at and g.prep is None and not g.adjective
                      and g.sector != "CVL" and g.first not in skip), None)
        if agent is None:
            return [], recipients
        target = [r for r in recipients if r not in agent.entities]
        if not target:
            obj = next((g for g in groups if agent.last <= g.first <= agent.last + 3 and not g.adjective
                        and g.prep in (None, "علي", "ضد", "ل") and not set(g.entities) & set(agent.entities)), None)
            target = list(obj.entities) if obj is not None else []
        return list(agent.entities), target

    @staticmethod
    def _describes_strike(found: list[tuple[int, int, list[Trigger], bool]], fi: int, keys: list[str],
                          groups: list[Group]) -> bool:
        """An attack verb right after an indefinite attack noun, no subject between: a clause
        describing that strike ("تفجير استهدف مدينة إدلب"، "غارة جوية لطائرات التحالف استهدفت")."""
        trig = found[fi][2][0]
        if fi == 0 or trig.type != "ASSAULT" or trig.pos == "noun":
            return False
        n0, n1, ntrigs, _ = found[fi - 1]
        t0 = found[fi][0]
        li = {k for g in groups if g.prep == "ل" and n1 <= g.first < t0 for k in range(g.first, g.last)}
        t1 = found[fi][1]
        # (only the strike's adjectives or its agent after ل between; no name right after the verb,
        # which may be its subject: "هجوم ... أطلقت إيران")
        # (or a campaign of arrests, its feminine adjective between: "حملة خطف واسعة استهدفت صحفيين")
        named = {k for g in groups for k in range(g.first, g.last)}
        noun = ntrigs[0].pos == "noun" or (n0 > 0 and keys[n0 - 1] in CAMPAIGNS)  # "حملة خطف": خطف a noun
        return (ntrigs[0].type in ("ASSAULT", "COERCE") and noun and not keys[n0].startswith("ال")
                and 0 <= t0 - n1 <= 5 and not any(g.first == t1 for g in groups)
                and all(k in li or (not keys[k].startswith("ال") and (keys[k].endswith(("ي", "يه")) or (
                    ntrigs[0].type == "COERCE" and keys[k].endswith("ه") and k not in named)))
                        for k in range(n1, t0)))

    @staticmethod
    def _names_no_event(found: list[tuple[int, int, list[Trigger], bool]], fi: int, toks: list[Tok],
                        strikes: list[int]) -> bool:
        """A trigger that is part of another event, or of none."""
        t0, t1, trigs, _ = found[fi]
        trig = trigs[0]
        head = found[fi - 1] if fi > 0 else None
        if trig.type == "ASSAULT" and _threatened(found[fi + 1:fi + 2], t1, toks):
            return True
        before = toks[t0 - 1].key if t0 > 0 else ""
        nxt = found[fi + 1] if fi + 1 < len(found) else None
        if (trig.type == "ASSAULT" and toks[t0].key in LAUNCHES and nxt is not None and nxt[2][0].type != "ASSAULT"
                and 0 < nxt[0] - t1 <= 4 and toks[nxt[0] - 1].key in CAMPAIGNS):
            return True  # "شنت ميليشيات الحوثي حملة خطف": launching a campaign of arrests is that act
        if trig.pos != "noun":
            # "الهجوم الذي تشنه قوات النظام": the doer verb names the noun's agent
            # (and a verb form right after a verb that takes an act for object is its verbal noun:
            # "أوقفت تعاونها الأمني")
            return head is not None and ((toks[t0].key in DOER_VERBS and head[2][0].pos == "noun" and 0 <= t0 - head[1] <= 2)
                                         or (bool(head[2][0].role("absorbs_next")) and t0 == head[1]))
        return ((trig.type == "MOBILIZE" and any(0 <= t0 - a <= STRUCK_REACH for a in strikes))  # "استهدفت ... تعزيزات"
                or before in ("اي", "لاي")  # "على أي هجمات": any such act, none in particular
                or before in CHARGE_NOUNS  # "بتهمة التعاون مع": the charge, no act told
                or (trig.type in ("ASSAULT", "COERCE") and before in STOP_WORDS)  # "وقف القتال", "رفع الحصار"
                or (head is not None and bool(head[2][0].role("absorbs_next")) and t0 - head[1] <= 6  # "أحبطت محاولة تسلل"
                    and not (head[2][0].mode == "repel" and trig.type == "ASSAULT")))  # (the attack itself: _repelled)

    def _in_lexicon_act(self, found: list[tuple[int, int, list[Trigger], bool]], fi: int, toks: list[Tok]) -> bool:
        """A learned trigger that is part of the lexicon's act next to it: its charge or demand
        ("ألقت باللوم على"), what a speech act says one must do or did ("يجب على قطر أن تدفع"),
        a noun that introduces it ("حكمها بإعدام"), or the object of its verb ("تستخدم المدنيين
        دروعا"): the rules read that act as they do without the model."""
        if self._complement(found, fi, toks) is not None:
            return True
        t0, t1 = found[fi][0], found[fi][1]
        nxt = found[fi + 1] if fi + 1 < len(found) else None
        if (nxt is not None and nxt[2][0].learned is None and nxt[2][0].pos == "noun" and 0 < nxt[0] - t1 <= 4
                and toks[nxt[0] - 1].key == "ب"):
            return True  # a noun that names the lexicon's act after it: "حكمها بإعدام", "تورط النظام بدعم"
        head = found[fi - 1] if fi > 0 else None
        if head is None or head[2][0].learned is not None:
            return False
        if (head[2][0].pos != "noun" and 0 <= t0 - head[1] <= 3
                and not any(t.kind == "punct" or t.key in ("و", "ف") for t in toks[head[1]:t0])):
            return True  # the lexicon verb's object: "تستخدم المدنيين دروعا"، "استعادت القوات السيطرة"
        return head[2][0].type in CONTENT_ACTS and toks[t0 - 1].key in THAT and t0 - head[1] <= COMPLEMENT_REACH

    def _complement(self, found: list[tuple[int, int, list[Trigger], bool]], fi: int, toks: list[Tok]) -> int | None:
        """If the trigger opens the act an accusation, a threat or a demand names ("اتهم X بدعم Y",
        "هدد بشن هجوم على"، "طالب بالإفراج عن"، "دعا إلى هدنة"), the index of its last trigger
        ("بشن هجوم": the doer verb and its noun are one act), else None."""
        t0, _, trigs, _ = found[fi]
        if fi == 0 or trigs[0].pos != "noun":
            return None
        head = found[fi - 1][2][0]
        if head.learned is not None:
            return None  # a learned trigger's reading is its own: it takes no act of the lexicon's as its object
        before = toks[t0 - 1].key
        if head.type == "REJECT":
            # "من رفضه لاستقبال السفينة"، "معارضا للمفاوضات مع الولايات المتحدة": the act opposed, right
            # after the rejection's ل, is its object, no act of its own
            gap = t0 - found[fi - 1][1]
            return fi if (gap == 0 and toks[t0].key[:1] == "ل") or (gap == 1 and before == "ل") else None
        if head.type not in ("ACCUSE", "THREATEN", "REQUEST") or t0 - found[fi - 1][1] > COMPLEMENT_REACH:
            return None
        key = toks[t0].key  # (or the ب the tokenizer left on the noun: "هدد بانسحاب الولايات المتحدة")
        joined = (head.type != "ACCUSE" and key[:1] == "ب" and self.lex.match([key], 0) is None
                  and self.lex.match([key[1:]], 0) is not None)
        # (a demand's direct object too: "بعد طلب كندا الإفراج الفوري عن النشطاء", the release asked for)
        # (or quoted: 'طلب الأخيرة "الإفراج الفوري"')
        b = t0 - 2 if before in QUOTES else t0 - 1
        named = head.type == "REQUEST" and key.startswith("ال") and toks[b].key not in PREPS and toks[b].kind == "word"
        if not (before == "ب" or joined or named or (head.type == "REQUEST" and before in ("الي", "علي"))):
            return None
        last = fi
        while last + 1 < len(found) and found[last + 1][0] == found[last][1]:
            last += 1
        return last

    @staticmethod
    def _event_objects(events: list[RawEvent], keys: list[str]) -> None:
        """A verb whose object is another event ("أدان الهجوم الصاروخي الذي نفذته إيران")
        is directed at that event's source."""
        for a in events:
            # a reaction to an act ("أدانت فرنسا الهجوم الذي تشنه قوات النظام") is aimed at its doer
            # even when the rules found another actor further on
            # (backing whose sayer is not named yet too: "أعلن مصدر ... تأييد المملكة للعمليات التي قامت بها")
            a1 = a.extra["tokens"][1]
            # (defending an act is backing its doers: "دافع ماكرون، أمام البرلمان الأوروبي، عن الضربات الأميركية")
            defended = next((b for b in events if a.type == "SUPPORT" and a.actors and b.actors and b.type == "ASSAULT"
                             and 0 < b.extra["tokens"][0] - a1 <= DEFENDED_REACH and keys[b.extra["tokens"][0] - 1] == "عن"), None)
            if defended is not None:
                a.recipients = [x for x in defended.actors if x not in a.actors] or a.recipients
                continue
            if (not a.actors and a.type != "SUPPORT") or (a.recipients and a.type not in REACTION_TYPES):
                continue
            # (a participle describes a side, "قوات مدعومة من روسيا", it is no object)
            # (past "what he called": "نددت الحكومة السورية بما وصفته بـ"المجزرة الاسرائيلية في غزة"")
            b = next((b for b in events if b is not a and 0 <= b.extra["tokens"][0] - a1 - _called(keys, a1, b.extra["tokens"][0]) <= 3 and b.actors
                      and not b.extra.get("participle")), None)
            if b is not None and [x for x in b.actors if x not in a.actors]:
                a.recipients = [x for x in b.actors if x not in a.actors]

    @staticmethod
    def _nearest_time(times: list[Timex], toks: list[Tok], t0: int, t1: int,
                      triggers: list[int] = (), inside: list[bool] = (), noun: bool = False) -> tuple[Timex | None, int]:
        """The time expression closest to the trigger within a few tokens, or the
        sentence's only one (it then dates the whole sentence). A time past another
        verb trigger (``triggers``) or a relative pronoun ("عن القس برونسون، الذي وضع قيد الإقامة
        الجبرية الأسبوع الماضي"; on a noun, one right after it is the noun's own: "الضربات التي
        شنتها ... فجر السبت") dates that clause, not this event. A name
        counts as one word ("سيستقبل ولي العهد السعودي الأمير محمد بن سلمان، في 20 مارس"). A time
        before "إن/أن" dates the saying: the event's own clause's time wins ("قال البيت الأبيض، يوم
        الاثنين، إن ترامب سيستقبل ... في 20 مارس")."""
        def words(ks: range) -> int:
            return sum(1 for k in ks if not (inside and inside[k] and k > ks.start and inside[k - 1]))
        best, dist, said = None, 10 ** 6, True
        for tx in times:
            saying = False
            if tx.end <= toks[t0].start:
                ks = range(next((k for k in range(t0) if toks[k].start >= tx.end), t0), t0)
                d, saying = words(ks), any(toks[k].key in THAT for k in ks)
            elif tx.start >= toks[t1 - 1].end:
                d = words(range(t1, next((k for k in range(t1, len(toks)) if toks[k].end > tx.start), len(toks)))) + 1
                if any(t1 <= k and toks[k].end <= tx.start for k in triggers) or any(
                        toks[k].key in RELATIVES for k in range(t1 + 2 * noun, len(toks)) if toks[k].end <= tx.start):
                    continue
            else:
                d = 0
            if (d <= TIME_WINDOW or (len(times) == 1 and d <= SOLE_TIME_WINDOW)) and (saying, d) < (said, dist):
                best, dist, said = tx, d, saying
        return best, dist

    @staticmethod
    def _evidence(toks: list[Tok], groups: list[Group], t0: int, t1: int, actors: list[str],
                  recipients: list[str]) -> tuple[int, int]:
        """From the trigger to the farthest actor group within reach on its right (or left)."""
        lo, hi = t0, t1 - 1
        wanted = set(actors) | set(recipients)
        for g in groups:
            if not wanted & set(g.entities):
                continue
            if g.first >= t1 and g.first - t1 <= AFTER_WINDOW:
                hi = max(hi, g.last - 1)
            elif g.last <= t0 and t0 - g.last <= 4:
                lo = min(lo, g.first)
        return toks[lo].start, toks[hi].end
