"""Who the article says makes a claim: "مصادر مصرية وليبية", "بحسب المرصد السوري", "أعلن مكتب
أردوغان"; read in a sentence's tokens before an event (``claim_source``) or after it
(``trailing_source``), with its span over the original text and its linked entity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..document import Document
from .cues import (
    ACCORDING_SAID, ACCORDING_TO, APPOSITIVES, WHEN_CLAUSE, BEFORE_SPEECH, CLAIM_VERBS, CONTINUE_VERBS, CONTRAST, NOT_SPEAKERS,
    PREPS, PRONOUN_SUBJECTS, QUOTE_STOPS, REPORT_VERBS, SAYING, SOURCE_ADJECTIVES, SOURCE_NOUNS, SPEECH_TIMES, SPEECH_VENUES,
    SPEECH_VERBS, THAT,
)
from .sentence import Group, Tok, unjoined


@dataclass
class Attribution:
    start: int
    end: int
    text: str
    entity: str | None
    carried: bool = False  # named in an earlier sentence of the paragraph, not by this one

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity}


def continues_speech(toks: list[Tok]) -> bool:
    """A sentence opening with a speech verb and no subject ("وأضاف أن", "وتابع:") goes on
    with the speaker of the sentence before, even across paragraphs."""
    i = 1 if toks and toks[0].key in ("و", "ف") else 0
    if i >= len(toks) - 1:
        return False
    verb = unjoined(toks[i].key, SPEECH_VERBS | CONTINUE_VERBS)
    n = i + 1
    while n < len(toks) - 1 and toks[n].key in SPEECH_TIMES:
        n += 1  # "وكشف أيضاً أن"
    nxt = toks[n]
    said = nxt.key in SAYING or (nxt.key == "ب" and n + 1 < len(toks) and toks[n + 1].key in SAYING | THAT)  # "وتابع قائلا:"، "وأفادت بأن"
    return verb in SPEECH_VERBS | CONTINUE_VERBS and (
        nxt.key in PRONOUN_SUBJECTS or nxt.key in THAT or nxt.kind == "punct" or said)


def said_after(toks: list[Tok], k: int) -> int | None:
    """If what a speaker says follows the speaker's words ending at ``k``, where the subject
    ends: at ``k`` ("وقال نشطاء إن"), a word or two on before a comma ("أوضح قائد سلاح الجو،
    الثلاثاء، أن"), with an aside between commas ("وقال عميكم نوركين، خلال مؤتمر ...، إن"); else None."""
    if any(t.key in THAT for t in toks[k:k + 4]):
        return k
    c = next((x for x in range(k, min(k + 3, len(toks))) if toks[x].key in ("،", ",")), None)
    if c is None or any(toks[x].kind != "word" or toks[x].key in PREPS for x in range(k, c)):
        return None
    q = next((x for x in range(c + 1, min(c + 16, len(toks))) if toks[x].key in ("،", ",")), None)
    return c if q is not None and q + 1 < len(toks) and toks[q + 1].key in THAT else None


def is_cited(toks: list[Tok], first: int) -> bool:
    """Is the group at ``first`` the source an "according to" names (بحسب X، نقلا عن
    مصادر في X، وفقا لمسؤول بوزارة X)?"""
    k = first - 1
    while k >= 0 and first - k <= 5:
        key = toks[k].key
        if key in ACCORDING_TO:
            return True
        if not (key in ("عن", "ل", "ب", "في", "من") or key in SOURCE_NOUNS or key in REPORT_VERBS):
            return False
        k -= 1
    return False


def claim_source(doc: Document, toks: list[Tok], groups: list[Group], upto: int,
                 loose: bool = False, going_on: bool = False) -> Attribution | None:
    """The claim's source in ``toks[:upto]``: the last speech verb + subject, or
    "بحسب X", or a source noun phrase ("مصادر دبلوماسية مصرية"); ``loose``: also the
    other verbs of claiming, with what is said after the speaker ("وتقول مصادر بالمعارضة إن");
    ``going_on``: also a verb of going on speaking ("وتابع نتنياهو بالقول إن")."""
    # a headline's speaker: "محمد بن سلمان: تزويد إيران الحوثيين بالصواريخ عدوان"
    head = next((g for g in groups if g.first == 0 and g.last < upto and toks[g.last].key == ":"), None)
    best = Attribution(toks[0].start, toks[head.last - 1].end, doc.text[toks[0].start:toks[head.last - 1].end],
                       head.entities[0]) if head is not None else None
    for i in range(upto):
        k = toks[i].key
        cand = None
        claim = loose and k not in SPEECH_VERBS and unjoined(k, CLAIM_VERBS) in CLAIM_VERBS
        going = going_on and k in CONTINUE_VERBS and not (i + 1 < upto and toks[i + 1].key == "ل")
        if (k in SPEECH_VERBS or claim) and _in_when_clause(toks, i) and not any(
                toks[x].key in THAT for x in range(i + 1, min(len(toks), i + 10))):
            continue  # (but "بعد أن أعلن التحالف أن الحوثيين هاجموا ناقلة" is the coalition's claim)
        if k in ACCORDING_TO or k in SPEECH_VERBS or claim or going:
            j = i + 1
            # (after a verb of saying, ل names whom it is said to: "قال للصحفيين")
            while j < upto and (toks[j].key in ("فيه", "فيها", "عن") or toks[j].kind == "punct"
                                or (toks[j].key == "ل" and k in ACCORDING_TO)):
                j += 1
            heard = j < upto and toks[j].key == "ل"
            cand = None if heard else _source_at(toks, groups, j, upto)
            if cand is None and k not in ACCORDING_TO:
                cand = _speaker_before(toks, groups, i, upto)
            if cand is None and loose and k not in ACCORDING_TO:
                # any subject of a verb of saying with what it says after it: "أوضح قائد
                # سلاح الجو، الثلاثاء، أن", "وقال نشطاء إن", "كشفت وثيقة قضائية أن"
                while j < upto and toks[j].key in SPEECH_TIMES:
                    j += 1
                if (j < upto and toks[j].kind == "word" and toks[j].key not in PREPS
                        and toks[j].key not in THAT and toks[j].key not in PRONOUN_SUBJECTS
                        and toks[j].key not in QUOTE_STOPS and toks[j].key not in NOT_SPEAKERS):
                    cand = _noun_phrase(toks, j, upto, groups)
                    claim = True
            if cand and claim:
                after = next((x for x in range(j, len(toks)) if toks[x].start >= cand[1]), len(toks))
                end = said_after(toks, after)
                if end is None:
                    cand = None  # "وينفي برانسون كل الاتهامات": no claim reported
                elif end > after:
                    cand = (cand[0], toks[end - 1].end, cand[2])  # "قائد سلاح الجو"
            if cand and loose and any(unjoined(t.key, CONTRAST) in CONTRAST for t in toks[max(0, i - 1):upto]):
                cand = None  # "بينما تقول السلطات السعودية إنه غادر، تنفي السلطات التركية"
        elif k in SOURCE_NOUNS and (i == 0 or toks[i - 1].key not in ("من",)):
            cand = _noun_phrase(toks, i, upto, groups)
            # a source noun no speech verb follows is no claim: "المصدر الأول للاستثمار"
            after = next((x for x in range(i, upto) if toks[x].start >= cand[1]), upto)
            if not any(unjoined(t.key, SPEECH_VERBS) in SPEECH_VERBS for t in toks[after:after + 4]):
                cand = None
        if cand:
            s, e, ent = _with_name(toks, groups, cand)
            best = Attribution(s, e, doc.text[s:e], ent)
    return best


def _in_when_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` in a clause of time ("منذ أن أعلن ترامب"، "عندما أعلن البيت الأبيض")?"""
    p = i - 1
    if p >= 0 and toks[p].key in ("ان", "ما"):
        p -= 1  # "منذ أن"، "بعد أن"، "بعد ما"
        if p >= 0 and toks[p].key in ("بعد", "وبعد", "قبل"):
            return True
    return p >= 0 and toks[p].key in WHEN_CLAUSE and not (p > 0 and toks[p - 1].key == "في")  # "في حين": whereas


def trailing_source(doc: Document, toks: list[Tok], groups: list[Group], t1: int,
                          loose: bool = False) -> Attribution | None:
    """"قتل عشرة في غارة، بحسب المرصد السوري": the source named after the claim;
    ``loose``: also "حسبما قال X" and whoever a verb of saying names ("وفقاً لما أفاد محاميه")."""
    for i in range(t1, len(toks)):
        if toks[i].key not in ACCORDING_TO and not (loose and toks[i].key in ACCORDING_SAID):
            continue
        j = i + 1
        said = False
        while j < len(toks) and (toks[j].key in ("ل", "لما", "ما", "عن", "فيه", "فيها") or toks[j].kind == "punct"
                                 or toks[j].key in SPEECH_VERBS or toks[j].key in REPORT_VERBS):
            said = said or (toks[j].key in SPEECH_VERBS or toks[j].key in REPORT_VERBS) and toks[j].key != "ما"
            j += 1
        cand = _source_at(toks, groups, j, len(toks))
        if cand is None and loose and said and j < len(toks) and toks[j].kind == "word" and toks[j].key not in PREPS:
            cand = _noun_phrase(toks, j, len(toks), groups)
        if cand is None:
            continue
        s, e, ent = _with_name(toks, groups, cand)
        return Attribution(s, e, doc.text[s:e], ent)
    return None


def _with_name(toks: list[Tok], groups: list[Group], cand: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """A title's holder named after it between commas belongs to the source ("أكد المتحدث باسم
    الرئاسة الروسية، ديميتري بيسكوف، أن"): the coders name either, so the span takes both."""
    first = next((x for x in range(len(toks)) if toks[x].start >= cand[0]), None)
    c = next((x for x in range(len(toks)) if toks[x].start >= cand[1]), None)
    if c is None or toks[c].key not in ("،", ",") or toks[first].key.endswith(("ون", "ين")):
        return cand  # (many speakers have no one holder: "مسؤولون أكراد، التقوا الرئيس الفرنسي")
    # (the first names may be unlinked: "ديميتري بيسكوف" links "بيسكوف")
    name = next((g for g in groups if c < g.first <= c + 3 and g.kind == "person"
                 and all(toks[x].kind == "word" for x in range(c + 1, g.first))), None)
    if name is None or name.last >= len(toks) or not (toks[name.last].key in ("،", ",") or toks[name.last].key in THAT):
        return cand
    return cand[0], toks[name.last - 1].end, cand[2] or name.entities[0]


def _speaker_before(toks: list[Tok], groups: list[Group], i: int, upto: int) -> tuple[int, int, str | None] | None:
    """The speaker named before the verb of saying ``toks[i]``, with what is said after it
    ("الرئيس الأمريكي، دونالد ترامب، كان قد كشف، الخميس، أن"); (start, end, entity) or None."""
    p = i - 1
    while p >= 0 and toks[p].key in BEFORE_SPEECH:
        p -= 1
    grp = next((g for g in groups if g.last == p + 1 and g.prep is None), None)
    q = i + 1
    while q < upto and (toks[q].key in SPEECH_TIMES or toks[q].kind == "punct") and toks[q].key not in THAT:
        q += 1
    if grp is None or q >= upto or toks[q].key not in THAT:
        return None
    return toks[grp.first].start, toks[grp.last - 1].end, grp.entities[0]


def _source_at(toks: list[Tok], groups: list[Group], j: int, upto: int) -> tuple[int, int, str | None] | None:
    """Who a claim cites at token ``j``: an actor group, else a source noun phrase
    ("مصادر دبلوماسية مصرية"); (start, end, entity) or None."""
    grp = next((g for g in groups if g.first == j), None)
    if grp is not None:
        return toks[grp.first].start, toks[grp.last - 1].end, grp.entities[0]
    if j < upto and toks[j].key in SOURCE_NOUNS:
        return _noun_phrase(toks, j, upto, groups)
    return None


def _noun_phrase(toks: list[Tok], j: int, upto: int, groups: list[Group]) -> tuple[int, int, str | None]:
    """A source noun and the adjectives after it (مصادر دبلوماسية مصرية وليبية)."""
    end = j + 1
    k = j + 1
    while k < upto and k < j + 6:
        key = toks[k].key
        if key in QUOTE_STOPS or key in SPEECH_VERBS or toks[k].kind in ("punct", "number") or key in SPEECH_TIMES:
            break  # "أفاد الإعلام الرسمي السوري الثلاثاء بأن": the day is not the source
        if key == "و" and k + 1 < upto and toks[k + 1].kind == "word":
            k += 1
            continue
        if k + 1 < upto and toks[k + 1].kind == "word" and (key == "باسم" or key in ("في", "ب", "من") and (
                toks[k + 1].key not in QUOTE_STOPS and toks[k + 1].key not in APPOSITIVES
                and toks[k + 1].key not in SPEECH_VENUES)):  # "المسؤول في تصريح لـCNN": how, not where
            # "مصدر في وزارة الدفاع", "مسؤول بالخارجية": where the source sits; "المتحدث باسم
            # رئيس الوزراء": whom the source speaks for
            end = k + 2
            k += 2
            continue
        if toks[k].kind == "clitic":
            break
        if not (key.endswith(("يه", "ي", "ين", "ون", "يون", "يين")) or key.startswith("ال") or key in SOURCE_ADJECTIVES):
            break
        end = k + 1
        k += 1
    while end - 1 > j and toks[end - 1].key in PREPS:
        end -= 1  # never end on a preposition ("وكالة الأنباء الفرنسية في")
    ent = next((g.entities[0] for g in groups if j <= g.first < end), None)
    return toks[j].start, toks[end - 1].end, ent
