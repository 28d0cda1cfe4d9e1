"""One event mentioned several times becomes one event with several evidence spans.

Two mentions are the same event when they have the same type and compatible sides:
each side shares an actor (by entity, or by the actor's country) or is empty on one
of them, and at least one side is shared (a symmetric event may match swapped); two attacks,
accusations, rejections or threats read with both sides in two sentences stay two events;
two attacks in one sentence merge only in the same direction and close together (a light
verb and its noun: "شنت إسرائيل غارة").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .extract import RawEvent

# a sentence naming both sides tells an act of its own: attacks ("قصفت مقاتلات التحالف مواقع
# الحوثي في صعدة ... قصفت مقاتلات التحالف تجمعات الحوثي في نهم" are two raids, not one told
# twice) and statements ("واتهم دميرتاش أردوغان ..." then "ووصف دميرتاش حكومة أردوغان بـ...")
STATEMENT_TYPES = {"ACCUSE", "REJECT", "THREATEN"}
SEPARATE_TYPES = {"ASSAULT"} | STATEMENT_TYPES
# acts of two sides with each other that a story tells again in later sentences
TOLD_AGAIN_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
ONE_ACT_REACH = 6  # tokens between two mentions of one attack in a sentence ("شنت إسرائيل غارة جوية")


def side_ids(side: list[str], ident: dict[str, set[str]]) -> set[str]:
    """What a side stands for (see rasd.events.identity): Israel and "ضباط إسرائيليين"
    are the same side, Sarraj and the GNA too; Haftar and Saleh (both Libyan) are not."""
    out: set[str] = set()
    for e in side:
        out |= ident.get(e, {e})
    return out


def _fits(a: set[str], b: set[str]) -> bool | None:
    """True: shared; None: one side empty; False: both filled, nothing shared."""
    if not a or not b:
        return None
    return bool(a & b)


def _apart(x: RawEvent, y: RawEvent) -> bool:
    """Dated apart by the text: two acts, not one mentioned twice ("في 2011" ... "في 2014";
    days more than one apart: "يوم أمس" and the story's day may be one act going on)."""
    tx, ty = (e.time.value if e.time is not None and e.extra.get("time_distance", 10 ** 5) < 10 ** 5 else None
              for e in (x, y))
    if bool(tx) != bool(ty):
        # one dated by the text, the other only by the story's day: apart if years apart ("في
        # عام 2014" is background to today's act), unless that one is a definite noun that refers
        # back, in the singular ("الهجوم على المفاعل في سوريا عام 2007" ... "الطيارين المشاركين في
        # الهجوم"; "الهجمات الصاروخية للحوثيين" are any of them)
        undated = y if tx else x
        if undated.extra.get("refers_back") and undated.extra.get("pos") == "noun" and undated.extra.get("singular"):
            return False
        lx, ly = (e.time.value if e.time is not None else None for e in (x, y))
        return bool(lx and ly and lx[:4] != ly[:4])
    if not tx or not ty or tx == ty:
        return False
    if len(tx) == len(ty) == 10:
        try:
            return abs((dt.date.fromisoformat(tx) - dt.date.fromisoformat(ty)).days) > 1
        except ValueError:
            return False
    return tx[:7] != ty[:7]


def _placed_apart(x: RawEvent, y: RawEvent, ident: dict[str, set[str]]) -> bool:
    """Placed in two places, neither standing for the other ("في واشنطن" and "في الولايات المتحدة" are one)."""
    return bool(x.place and y.place and x.place != y.place and not side_ids([x.place], ident) & side_ids([y.place], ident))


def _told_again(x: RawEvent, y: RawEvent, ident: dict[str, set[str]]) -> bool:
    """A meeting, agreement or cooperation of the very same two sides, in the same mode, told
    again by a verb in a later sentence is the same act (contacts named by a noun may be
    ongoing ones: "تقيم فرنسا اتصالات مع الحوثيين") ("التقى الرئيس الفرنسي إيمانويل ماكرون بولي العهد
    السعودي" ... "وتباحث ماكرون وبن سلمان في عدد من القضايا")."""
    if (x.type not in TOLD_AGAIN_TYPES or x.mode != y.mode or x.extra.get("pos") != "verb" or y.extra.get("pos") != "verb"
            or not (x.actors and x.recipients and y.actors and y.recipients)):
        return False
    xs, xt, ys, yt = (side_ids(s, ident) for s in (x.actors, x.recipients, y.actors, y.recipients))
    return bool((xs & ys and xt & yt) or (xs & yt and xt & ys))


HEADLINE_WORDS = 12  # at most, in a line ending without a stop: a headline ("الجيش الوطني يصد تسللا حوثيا")
HEADLINE_REACH = 3  # sentences after a headline in which its story tells the act
HEADLINE_CHARS = 400  # characters either side of a trigger within which a headline's line ends


def mark_mentions(events: list[RawEvent], text: str) -> None:
    """A mention's trigger word (without its و/ف) and whether it is in a headline: a short line
    that ends with no stop, on its own or left at the end of the paragraph before it ("... في
    الحوار. الجيش الوطني يصد تسللا حوثيا")."""
    for e in events:
        i = e.trigger.start
        # look for the line's ends only this far: a line longer is no headline, and a text of one
        # long line (a megabyte with no full stop) must not cost a scan of it for every mention
        lo, hi = max(0, i - HEADLINE_CHARS), min(len(text), i + HEADLINE_CHARS)
        a = max(text.rfind(c, lo, i) for c in ".!?؟\n")
        ends = [j for j in (text.find(c, i, hi) for c in ".!?؟\n") if j >= 0]
        b = min(ends) if ends else len(text)
        w = (text[e.trigger.start:e.trigger.end].split() or [""])[0]
        e.extra["word"] = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        bounded = (a >= 0 or lo == 0) and (ends or hi == len(text))
        e.extra["headline"] = bool(bounded and (b == len(text) or text[b] == "\n")
                                   and len(text[a + 1:b].split()) <= HEADLINE_WORDS)


def _headline_told(x: RawEvent, y: RawEvent, ident: dict[str, set[str]]) -> bool:
    """A headline's act told by the story under it, with the same sides in the same direction
    ("الجيش الوطني يصد تسللا حوثيا" then "صدت قوات الجيش الوطني محاولة تسلل لعناصر ميليشيات الحوثي";
    "الحوثي يتهم" then "اتهم الحوثي فرنسا")."""
    head, body = (x, y) if x.sentence <= y.sentence else (y, x)
    if not head.extra.get("headline") or body.extra.get("headline") or not 0 < body.sentence - head.sentence <= HEADLINE_REACH:
        return False
    f1 = _fits(side_ids(x.actors, ident), side_ids(y.actors, ident))
    f2 = _fits(side_ids(x.recipients, ident), side_ids(y.recipients, ident))
    return f1 is not False and f2 is not False and bool(f1 or f2)


def _said_again(x: RawEvent, y: RawEvent, ident: dict[str, set[str]]) -> bool:
    """An act of the very same sides told by the same word, dated alike, in another sentence is
    the act told again ("نفى الأسد في مقابلة ... أن تكون روسيا" ... "ونفى الأسد في المقابلة أن تكون
    روسيا تتخذ القرارات"); another word, or another date, may tell another one ("وندعو السلطات
    التركية" ... "يجب على السلطات التركية"; "وفي مارس 2017 وصف أردوغان هولندا"); and a war story
    tells raid after raid with the same verb ("قصفت مقاتلات التحالف ... قصفت مقاتلات التحالف")."""
    if x.type in ("ASSAULT", "COERCE") or x.sentence == y.sentence or x.extra.get("word") != y.extra.get("word"):
        return False
    if (x.time.value if x.time else None) != (y.time.value if y.time else None):
        return False
    if not (x.actors and x.recipients and y.actors and y.recipients):
        return False
    xs, xt, ys, yt = (side_ids(s, ident) for s in (x.actors, x.recipients, y.actors, y.recipients))
    return bool(xs & ys and xt & yt)


TWO_ACTS_EXCEPT = TOLD_AGAIN_TYPES | {"ASSAULT"}  # meetings and attacks keep their own rules


def _two_acts(x: RawEvent, y: RawEvent) -> bool:
    """Two verbs of one type in one sentence tell two acts ("حظرت نشاطها وتحفظت على أصولها")."""
    return (x.sentence == y.sentence and x.type not in TWO_ACTS_EXCEPT
            and x.extra.get("pos") == y.extra.get("pos") == "verb" and x.extra["tokens"] != y.extra["tokens"])


def _one_clause(x: RawEvent, y: RawEvent) -> bool:
    """A light verb and its noun close together in one sentence ("وكانت الولايات المتحدة شنت هجوما
    عسكريا ... في أبريل 2017"): one act, whatever date or place only one of them was read with."""
    if x.sentence != y.sentence or sorted(e.extra.get("pos") == "noun" for e in (x, y)) != [False, True]:
        return False
    (a0, a1), (b0, b1) = x.extra["tokens"], y.extra["tokens"]
    return abs(b0 - a1) <= ONE_ACT_REACH or abs(a0 - b1) <= ONE_ACT_REACH


def same_event(x: RawEvent, y: RawEvent, ident: dict[str, set[str]]) -> bool:
    if x.type != y.type:
        return False
    both = x.actors and x.recipients and y.actors and y.recipients
    # (an act condemned is one told elsewhere: "أدان المغرب إطلاق الجيش الإسرائيلي النار على فلسطينيين")
    told = x.extra.get("condemned") or y.extra.get("condemned") or _headline_told(x, y, ident) or _said_again(x, y, ident)
    if x.type in SEPARATE_TYPES and both and x.sentence != y.sentence and not told:
        return False
    if not _one_clause(x, y) and (_apart(x, y) or _placed_apart(x, y, ident)
                                  or (x.modality == "intended") != (y.modality == "intended")):
        # (or placed apart: "غارات على تعز" ... "غارات على الحديدة"; or one planned, the other
        # done: "أنهى زيارته لفرنسا" ... "أنه سيزور السعودية")
        return False
    if (x.sentence != y.sentence and not y.extra.get("refers_back") and not told and not _told_again(x, y, ident)
            and (x.extra.get("pos") != "noun" or (x.actors and x.recipients) or y.sentence - x.sentence > 2)):
        # a verb, or an indefinite attack, in another sentence reports an act of its own
        # ("استهدفت طائرات التحالف مواقع الحوثيين" ... "قصفت طائرات التحالف الحوثيين"); a verbal
        # noun may refer back, and so may a verb of a relative clause ("الاتفاقيات التي وقعها
        # السراج"), or one that names, within two sentences, the sides of an act a verbal noun
        # mentioned with one side only ("عبر تدريب عناصر من المليشيات" ... "الخبراء الإسرائيليين
        # دربوا فرقة خاصة")
        return False
    xs, xt = side_ids(x.actors, ident), side_ids(x.recipients, ident)
    ys, yt = side_ids(y.actors, ident), side_ids(y.recipients, ident)
    if _two_acts(x, y) and both:
        return False
    if x.type == "ASSAULT" and both and not told:
        # in one sentence, a strike and the strike back are two ("أطلقت إيران طائرة ... أسقطتها إسرائيل")
        (a0, a1), (b0, b1) = x.extra["tokens"], y.extra["tokens"]
        return (_fits(xs, ys) is not False and _fits(xt, yt) is not False
                and (abs(b0 - a1) <= ONE_ACT_REACH or abs(a0 - b1) <= ONE_ACT_REACH))
    if x.sentence == y.sentence and ((xs and not xt and yt and not ys) or (xt and not xs and ys and not yt)):
        # two halves of one act in one sentence: "قُتل 30 حوثيا في غارات لطائرات التحالف"
        # (the victims with the verb, the striker with the noun)
        return not (xs | ys) & (xt | yt)
    # (a statement answered in another sentence is no mention of it told the other way round:
    # "ونددت روسيا بالقرار" then "واتهمت بريطانيا روسيا")
    ways = (((xs, ys), (xt, yt)),) if x.type in STATEMENT_TYPES and x.sentence != y.sentence else (
        ((xs, ys), (xt, yt)), ((xs, yt), (xt, ys)))
    for a, b in ways:
        f1, f2 = _fits(*a), _fits(*b)
        if f1 is not False and f2 is not False and (f1 or f2):
            return True
    return False


def _union(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]


def merge(events: list[RawEvent], ident: dict[str, set[str]]) -> list[RawEvent]:
    """Merge until nothing changes: a mention with only one side may join an event
    only after another mention has filled that side."""
    while True:
        merged = _merge_once(events, ident)
        if len(merged) == len(events):
            return merged
        events = merged


def _merge_once(events: list[RawEvent], ident: dict[str, set[str]]) -> list[RawEvent]:
    out: list[RawEvent] = []
    for ev in events:
        target = next((o for o in out if same_event(o, ev, ident)), None)
        if target is None:
            out.append(ev)
            continue
        swapped = not (_fits(side_ids(target.actors, ident), side_ids(ev.actors, ident)) is not False and
                       _fits(side_ids(target.recipients, ident), side_ids(ev.recipients, ident)) is not False)
        if (swapped and ev.type == "ASSAULT" and ev.sentence == target.sentence and target.extra.get("pos") == "noun"
                and not (target.actors and target.recipients) and ev.actors and ev.recipients):
            # an attack noun read with one side takes the direction of the same sentence's mention read
            # with both: "بالتزامن مع الاشتباكات، استهدفت طائرات التحالف آليات لمليشيات الحوثي" is the
            # coalition's strike, not the Houthis' on the coalition
            target.actors, target.recipients = target.recipients, target.actors
            swapped = False
        src, tgt = (ev.recipients, ev.actors) if swapped else (ev.actors, ev.recipients)
        target.actors = _union(target.actors, src)
        target.recipients = _union(target.recipients, [r for r in tgt if r not in target.actors])
        target.evidence.extend(ev.evidence)
        if ev.attribution and (target.attribution is None or
                               (target.attribution.entity is None and ev.attribution.entity is not None)):
            # an unnamed source of a later sentence ("وذكر مصدر محلي إن العبوة") tells who speaks, but
            # the story's first telling is the article's own: "قتلت عبوة ناسفة ... ثلاثة مدنيين"
            later = ev.sentence > target.sentence and ev.attribution.entity is None
            target.attribution = replace(ev.attribution, carried=True) if later else ev.attribution
        if ev.time is not None and (target.time is None or
                                    ev.extra.get("time_distance", 99) < target.extra.get("time_distance", 99)):
            target.time = ev.time
            target.extra["time_distance"] = ev.extra.get("time_distance", 99)
        target.place = target.place or ev.place
        target.confidence = max(target.confidence, ev.confidence)
    return out
