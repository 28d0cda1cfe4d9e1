"""The events stage: extract, merge, guess missing targets, keep events with both sides,
write output records."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..document import Document
from ..pipeline import Component
from ..text.normalize import normalize_key
from .confidence import ConfidenceModel, event_features, load_confidence_model
from .cues import ANSWERED_CLAIMS, ANSWERED_RELATIVES, BACKING, DESCRIBED_CLAIMS, DESCRIBING, PROBES, QUOTE_MARKS
from .extract import Extractor, RawEvent
from .lexicon import cameo_root, intensity
from .identity import identities
from .merge import STATEMENT_TYPES, side_ids, mark_mentions, merge
from .parties import (STATE_ORGANS, court_sentence, mere_place, met_together, misread, no_commander, of_state, only_place, patron,
                      seat_of_act, nationality_word, speaks_for, adjectives_of_one_noun, doers_of_one_act)


GUESSED_TARGET_CONFIDENCE = 0.4  # the target is another actor of the sentence, not read from syntax
# backing, concessions, protests and cooperation whose counterpart the syntax does not give:
# another actor of the sentence was right 1 time in 20, 0 in 8, 1 in 6 and 1 in 5 on training
UNGUESSED_TYPES = {"SUPPORT", "CONCEDE", "PROTEST", "COOPERATE"}
# PLOVER's verbal types: the speaker's words are the act itself, not a claim about it
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _own_words(e: RawEvent, speaker: str | None, info: dict[str, dict], ident: dict[str, set[str]]) -> bool:
    """The speaker's words are the act itself ("قال ماكرون إن روسيا خرقت"): a verbal event
    whose actor is the speaker, or one the speaker speaks for; its source is no separate claim."""
    return e.type in VERBAL_TYPES and (speaker in e.actors or speaks_for(speaker, e.actors, info, ident))


def _split_sides(e: RawEvent, ident: dict[str, set[str]]) -> list[RawEvent]:
    """One event per side of its recipients, the names of one side kept together (as merging
    reads sides: "القاهرة" and "مسؤولين مصريين", "السعودية" and its king)."""
    sides: list[list[str]] = []
    for r in e.recipients:
        side = next((s for s in sides if any(ident.get(r, {r}) & ident.get(x, {x}) for x in s)), None)
        if side is not None:
            side.append(r)
        else:
            sides.append([r])
    if len(sides) < 2:
        return [e]
    return [replace(e, recipients=s, evidence=list(e.evidence), extra=dict(e.extra)) for s in sides]


def _sentence_of(e: RawEvent, doc: Document):
    """The kept sentence the event was read in (None when the index is out of the document's)."""
    return doc.sentences[e.sentence] if e.sentence < len(doc.sentences) else None


# talks or calls with several sides are one act with all of them, as the coders have it ("أجرت
# محادثات مع بريطانيا وفرنسا"); a tour is one visit to each ("تزور غانا وكينيا ومصر")
def _tour(e: RawEvent, doc: Document, info: dict[str, dict]) -> bool:
    sent = _sentence_of(e, doc)
    return e.type == "CONSULT" and not (sent is not None and met_together(
        [info.get(r, {}) for r in e.recipients], doc.text, sent))


def _one_per_party(e: RawEvent, ident: dict[str, set[str]], doc: Document, info: dict[str, dict]) -> list[RawEvent]:
    """A visit with several sides is one with each side, as the coders have it
    ("تزور غانا وكينيا ومصر", "رحلته إلى السعودية وتركيا")."""
    return _split_sides(e, ident) if len(e.recipients) > 1 and _tour(e, doc, info) else [e]


def rescore(events: list[RawEvent], doc: Document, info: dict[str, dict], model: ConfidenceModel) -> list[RawEvent]:
    """The learned confidence on every event; those below the model's bar dropped."""
    per_sentence = Counter(e.sentence for e in events)
    paras = [p.start for p in doc.paragraphs]
    out = []
    for e in events:
        e.confidence = model.p(event_features(e, info, per_sentence[e.sentence], paras))
        if e.confidence >= model.bar_for(e.type):
            out.append(e)
    return out


FORCE_TYPES = ("ASSAULT", "COERCE")
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION"}  # not aimed at an ally
# each state named together suffers an act of its own; a call, a threat or work with several
# states is one act the coders give all of them ("يعملون مع تركيا والمملكة العربية السعودية")
PER_STATE_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION"}


def _allies(raw: list[RawEvent]) -> set[frozenset[str]]:
    """Pairs the article shows on one side: fighting together ("غارات للتحالف والجيش اليمني")
    or one backing the other ("قوات الجيش اليمني، بدعم من تحالف دعم الشرعية"), unless it also
    shows one attacking the other; not each other's guessed target."""
    pairs, foes = set(), set()
    for e in raw:
        group = (set(e.actors) if e.type in FORCE_TYPES else set()) | (
            set(e.actors) | set(e.recipients) if e.type == "SUPPORT" else set())
        pairs |= {frozenset((a, b)) for a in group for b in group if a != b}
        if e.type in FORCE_TYPES:
            foes |= {frozenset((a, r)) for a in e.actors for r in e.recipients if a != r}
    return pairs - foes


def _backing(raw: list[RawEvent], text: str) -> set[frozenset[str]]:
    """Pairs the article names as fighting on one side, a backer and the backed ("قوات الجيش
    اليمني، بدعم من تحالف دعم الشرعية"، "مسنودة بغطاء جوي من مقاتلات التحالف"): an attack
    between them misreads who fights whom."""
    return {frozenset((a, r)) for o in raw if o.type == "SUPPORT"
            and text[max(0, o.trigger.start - 1):o.trigger.end].strip().startswith(BACKING)
            for a in o.actors for r in o.recipients if a != r}


def usual_foe(raw: list[RawEvent], info: dict[str, dict], allies: set[frozenset[str]] = frozenset()) -> None:
    """An attack whose sentence names no target: the one its source attacks most often
    elsewhere in the article ("تمكنت قوات الجيش من تحرير مواقع جديدة", in a story of the
    army's battles with the Houthis), marked as guessed; with no such attack, for an attack,
    the one attacking its source most often; else a state force's foe is the article's one
    armed rebel group."""
    # the article's rebel groups (their leaders are no groups of their own: "محمد علي الحوثي" is of the Houthis)
    armed = [x for x, ent in info.items() if ent.get("sector") in ("REB", "INS") and ent.get("kind") != "person"]
    for e in raw:
        if e.type not in FORCE_TYPES or not e.actors or e.recipients:
            continue
        if all(info.get(a, {}).get("sector") == "NGO" for a in e.actors):
            continue  # a monitor counting the dead ("قتل 16 طفلا، بحسب المرصد السوري") fights no one
        foes = Counter(r for o in raw if o is not e and o.type in FORCE_TYPES and set(o.actors) & set(e.actors)
                       for r in o.recipients if r not in e.actors and info.get(r, {}).get("kind") != "city"
                       and not any(frozenset((r, a)) in allies for a in e.actors))
        if not foes and e.type == "ASSAULT":
            # none it attacks: the one attacking it ("وشن الجيش الإسرائيلي غارات واسعة", after
            # "قصفت القوات الإيرانية مواقع الجيش الإسرائيلي"), neither media nor monitors
            foes = Counter(a for o in raw if o is not e and o.type == "ASSAULT" and set(o.recipients) & set(e.actors)
                           for a in o.actors if a not in e.actors and info.get(a, {}).get("kind") != "city"
                           and info.get(a, {}).get("sector") not in ("JRN", "NGO")
                           and not any(frozenset((a, x)) in allies for x in e.actors))
        if not foes and all(of_state(info.get(a, {})) for a in e.actors):
            # a state's forces with no foe named: the article's one armed rebel group
            rebels = [x for x in armed if x not in e.actors]
            if len(rebels) == 1:
                foes[rebels[0]] = 1
        if foes:
            e.recipients = [foes.most_common(1)[0][0]]
            e.confidence = GUESSED_TARGET_CONFIDENCE
            e.extra["guessed"] = True


def _word(w: str) -> str:
    """A word of the text as the tokenizer's key, without the quotes or commas round it."""
    return normalize_key(w.strip(QUOTE_MARKS))


CLAIM_REACH = 3  # sentences back a denial's "ذلك" may point
CLAIM_WORDS = 4  # words after the denial its object is looked for in


def _points_back(e: RawEvent, text: str) -> bool:
    """The denial's object is what was told before: "نفى الكرملين ذلك", "نفى الاتهامات", "وهو ما رفضه"."""
    after = text[e.trigger.end:e.trigger.end + 80].split()[:CLAIM_WORDS]  # past a subject: "نفى الكرملين ذلك"
    before = text[max(0, e.trigger.start - 12):e.trigger.start].split()
    return bool(any(normalize_key(w) in ANSWERED_CLAIMS for w in after)
                or before and normalize_key(before[-1]) in ANSWERED_RELATIVES)


def _claimant(raw: list[RawEvent], i: int) -> list[str]:
    """The maker of the nearest charge or demand, or the speaker of the nearest claim,
    told a few sentences before the denial raw[i], not its own source."""
    e = raw[i]
    for o in reversed(raw[:i]):
        if o.sentence < e.sentence - CLAIM_REACH:
            break
        speaker = [o.attribution.entity] if o.attribution is not None and o.attribution.entity else []
        for side in (speaker, o.actors if o.type in ("ACCUSE", "REQUEST") else []):
            if side and not set(side) & set(e.actors):
                return list(side)
    return []


def described_false(raw: list[RawEvent], text: str) -> None:
    """"The charges" (or reports) read as an accusation next to a verb of describing ("ووصف ماتيس
    الاتهامات بأنها سخيفة", "وهي الاتهامات التي وصفتها السعودية") are a charge rejected, not one
    made: the event is a denial, answered below by the charge's maker."""
    for e in raw:
        if e.type != "ACCUSE" or not e.actors or e.recipients:
            continue
        trig = _word(text[e.trigger.start:e.trigger.end])
        near = [_word(w) for w in text[max(0, e.trigger.start - 60):e.trigger.start].split()[-6:]
                + text[e.trigger.end:e.trigger.end + 30].split()[:3]]
        if trig in DESCRIBED_CLAIMS and any(w.removeprefix("و") in DESCRIBING for w in near):
            e.type, e.mode = "REJECT", "deny"


def answered(raw: list[RawEvent], text: str = "", ident: dict[str, set[str]] | None = None) -> None:
    """A denial or rejection naming no target answers whoever accused or pressed its source
    earlier in the article ("ونفت موسكو وجود مقاتلين روس", after "اتهمت واشنطن موسكو"), or
    later (the charge told after the denial: "وكانت بريطانيا قد اتهمت روسيا"), as a guess;
    else a denial, or a rejection of what was just told ("الأمر الذي رفضته موسكو"), answers who
    told or demanded it ("ونفت موسكو ..." after "واتهمت واشنطن قوات النظام السوري")."""
    for i, e in enumerate(raw):
        if e.type != "REJECT" or not e.actors or e.recipients:
            continue
        # (a charge with no accuser named, "إدانته", is passed over for the one who made it)
        by = next((o.actors for o in [*reversed(raw[:i]), *raw[i + 1:]] if o.type in ("ACCUSE", "REQUEST", "THREATEN", "SANCTION")
                   and o.actors and _same_side(o.recipients, e.actors, ident) and not _same_side(o.actors, e.actors, ident)), None)
        by = by or (_claimant(raw, i) if text and (e.mode == "deny" or _points_back(e, text)) else None)
        if by:
            e.recipients = list(by)
            e.confidence = GUESSED_TARGET_CONFIDENCE
            e.extra["guessed"] = True


def _same_side(xs: list[str], ys: list[str], ident: dict[str, set[str]] | None) -> bool:
    """Some of ``xs`` is some of ``ys``, by any of its names ("روسيا" and "الكرملين")."""
    return bool(side_ids(xs, ident or {}) & side_ids(ys, ident or {}))


PROBE_WORDS = 5  # words after a call its inquiry is looked for in ("دعا ... إلى إجراء تحقيق")


def probed(raw: list[RawEvent], text: str) -> None:
    """A call for an inquiry or a release naming no target ("دعا مجلس الأمن إلى إجراء تحقيق في
    الهجوم الذي شهدته صعدة", "ودعت منظمة العفو إلى الإفراج عنه") presses the doer of the attack or
    arrest it is about: the nearest one told in its sentence, else before it, as a guess."""
    for i, e in enumerate(raw):
        if e.type != "REQUEST" or not e.actors or e.recipients:
            continue
        if not any(normalize_key(w) in PROBES for w in text[e.trigger.end:e.trigger.end + 100].split()[:PROBE_WORDS]):
            continue
        near = [o for o in raw[i + 1:] if o.sentence == e.sentence] + list(reversed(raw[:i]))
        doer = next((o.actors for o in near if o.type in FORCE_TYPES and o.actors
                     and not set(o.actors) & set(e.actors)), None)
        if doer:
            e.recipients = list(doer)
            e.confidence = GUESSED_TARGET_CONFIDENCE
            e.extra["guessed"] = True


def _per_state(e: RawEvent, info: dict[str, dict], ident: dict[str, set[str]], text: str = "",
               sentence=None) -> list[RawEvent]:
    """"حمل إبراهيم روسيا وتركيا المسؤولية": a blow or a charge on several states named together
    is one on each (a reply to those who spoke before, "ردت تركيا على ذلك", stays one, and so does a
    guess: "تهدد الحريات ... في المجر وسلوفاكيا وبولندا" names no state threatened; nor do states named
    only by adjectives of one noun, one act on them together: "هاجم الأسد مشاركة قوات عسكرية أمريكية وبريطانية",
    "هجومه على التدخلات الأمريكية والبريطانية")."""
    if (e.type not in PER_STATE_TYPES or len(e.recipients) < 2 or e.extra.get("answers") or e.extra.get("guessed")
            or any(info.get(r, {}).get("kind") != "state" for r in e.recipients)
            or (e.type != "ASSAULT" and sentence is not None and (all(nationality_word(info[r], text, sentence)
                                                                      for r in e.recipients)
                or adjectives_of_one_noun([info[r] for r in e.recipients], text, sentence)
                or doers_of_one_act([info[r] for r in e.recipients], text, sentence)))):
        return [e]
    return _split_sides(e, ident)


def _sentences_not_killings(raw: list[RawEvent], info: dict[str, dict]) -> list[RawEvent]:
    """A court's "execution" is its sentence (parties.court_sentence): COERCE, and dropped when
    the sentence is already read from the same sentence ("حكمها بإعدام": حكم and إعدام)."""
    out = []
    for e in raw:
        if court_sentence(e, info):
            e.type, e.mode = "COERCE", "arrest"
            if any(o.type == "COERCE" and o.sentence == e.sentence and set(o.actors) == set(e.actors)
                   and set(o.recipients) == set(e.recipients) for o in raw if o is not e):
                continue
        out.append(e)
    return out


def to_record(i: int, ev: RawEvent) -> dict:
    value = ev.time.value if ev.time else None
    return {
        "id": f"v{i}",
        "type": ev.type,
        "mode": ev.mode,
        "cameo_root": cameo_root(ev.type),
        "intensity": intensity(ev.type, ev.mode),
        "actors": ev.actors,
        "recipients": ev.recipients,
        "date": value,
        "date_span": {"start": ev.time.start, "end": ev.time.end} if ev.time else None,
        "place": ev.place,
        "modality": ev.modality,
        "attribution": ev.attribution.as_dict() if ev.attribution else None,
        "evidence": [{"start": s.start, "end": s.end} for s in sorted(ev.evidence, key=lambda s: s.start)],
        "confidence": round(ev.confidence, 2),
    }


def make_events(extractor: Extractor | None = None, confidence: ConfidenceModel | None | bool = True):
    """The events stage. ``confidence``: the learned confidence model (True: the shipped
    one, if any; None or False: the rules' own confidence, nothing dropped)."""
    from ..kb import load_kb

    extractor = extractor or Extractor()
    kb = load_kb()
    model = load_confidence_model() if confidence is True else (confidence or None)
    # the role model's bar for an event: P(source) x P(target) of the pair it kept
    bar = extractor.roles.event_threshold if extractor.roles is not None else 0.0

    def events(doc: Document) -> Document:
        ident = identities(doc.entities, doc.date, kb)
        raw = extractor.extract(doc)
        mark_mentions(raw, doc.text)
        raw = merge(raw, ident)
        info = {x["id"]: x for x in doc.entities}
        allies = _allies(raw)
        for e in raw:
            # a state's own organ does not act on that state ("نفت الخارجية الروسية أن تكون روسيا")
            own = {info[a].get("country") for a in e.actors
                   if info.get(a, {}).get("sector") in STATE_ORGANS and info[a].get("kind") != "state"}
            towns = [r for r in e.recipients if mere_place(info.get(r, {}), kb)]
            if e.mode == "confiscate" and towns and len(towns) == len(e.recipients):
                # "سيطر الحوثيون على الحديدة": a rebel or foreign force takes a town from
                # its state; the state's own forces retaking it act on someone unnamed
                ruler = {info[a].get("country") for a in e.actors if info.get(a, {}).get("country")
                         and of_state(info[a])}
                towns = [r for r in towns if info[r].get("country") in ruler or not info[r].get("country")]
            e.recipients = [r for r in e.recipients if r not in towns
                            and not (info.get(r, {}).get("kind") == "state" and info[r].get("country") in own)]
            e.place = e.place or (towns[0] if towns else None)  # "قصفت قوات النظام مدينة درعا": where
            sent = _sentence_of(e, doc)
            if sent is not None:
                e.actors = [a for a in e.actors if not only_place(info.get(a, {}), doc.text, sent)]
                e.recipients = [r for r in e.recipients if not patron(info.get(r, {}), doc.text, sent)
                                and not (info.get(r, {}).get("country") in own and seat_of_act(info[r], doc.text, sent))]
                if e.extra.get("target_guesses"):
                    # nor, for a meeting, a state named only after في: where it is held ("قمة في سنغافورة")
                    e.extra["target_guesses"] = [[r for r in g if not patron(info.get(r, {}), doc.text, sent)
                                                  and not (e.type == "CONSULT" and only_place(info.get(r, {}), doc.text, sent))]
                                                 for g in e.extra["target_guesses"]]
            if e.type in STATEMENT_TYPES and e.actors and set(e.actors) == set(e.recipients):
                # a statement aimed at its own speaker misreads the speaker: the claim's source
                # speaks ("وحذر من أنه إذا لم يتم التوصل إلى اتفاق فقد تهلك كوريا الشمالية")
                e.actors = []
            # the speaker stands for a missing doer ("أعلن الجيش مقتل ..."), of an attack only if
            # they may order one
            # (not the media for a charge, a seizure or aid: they tell of it, "ووجهت إلى المتهمين تهمة
            # ...، بحسب وكالة الأناضول"; attacks keep theirs, the attacks group's business)
            if (not e.actors and e.attribution is not None and e.attribution.entity and e.attribution.entity not in e.recipients
                    and e.extra.get("trigger_p") is None  # (a learned trigger's doer is read, never assumed)
                    and (e.type == "ASSAULT" or info.get(e.attribution.entity, {}).get("sector") != "JRN")
                    and not (e.type in FORCE_TYPES and no_commander(info.get(e.attribution.entity, {}), kb, doc.date))):
                e.actors = [e.attribution.entity]
                e.extra["filled"] = True
            if e.attribution is not None and _own_words(e, e.attribution.entity, info, ident):
                # the actor's words are the act ("قال ماكرون إن روسيا خرقت"): a claim of no one
                # else; a deed it reports is its claim ("أعلن الجيش اليمني مقتل 10 قيادات")
                e.attribution = None
            guesses = e.extra.get("target_guesses") or []
            guess = guesses[0] if guesses else None  # the first after the trigger, else the nearest before
            if guess and e.type in HOSTILE_TYPES:
                # the next guess when the first is the source's ally ("أمن إسرائيل وتهديد حزب الله لها،
                # أو من باب الأزمة السورية ودعم حزب الله لنظام الأسد")
                guess = next((g for g in guesses if not any(frozenset((r, a)) in allies for r in g for a in e.actors)), None)
            if e.actors and not e.recipients and guess and e.type not in UNGUESSED_TYPES:
                e.recipients = list(guess)
                e.confidence = GUESSED_TARGET_CONFIDENCE
                e.extra["guessed"] = True
        usual_foe(raw, info, allies)
        backing = _backing(raw, doc.text)
        raw = [e for e in raw if not (e.type == "ASSAULT" and any(
            frozenset((a, r)) in backing for a in e.actors for r in e.recipients))]
        raw = [x for e in raw for x in _one_per_party(e, ident, doc, info)]
        described_false(raw, doc.text)
        answered(raw, doc.text, ident)
        probed(raw, doc.text)
        raw = _sentences_not_killings(raw, info)
        # both sides, read as an event (parties.misread); a learned role pair above its bar
        kept = [e for e in raw if not misread(e, ident, info, kb, doc.date)
                and not (e.extra.get("learned") and e.confidence < bar)]
        kept = [x for e in kept for x in _per_state(e, info, ident, doc.text, _sentence_of(e, doc))]
        if model is not None:
            kept = rescore(kept, doc, info, model)
        for e in kept:
            if e.attribution is not None and e.attribution.carried:
                # a source carried from an earlier sentence names who to read as the speaker
                # ("لن نسمح لإيران" after "قال نتنياهو"), but the claim is the event's own sentence's
                e.attribution = None
            late = e.extra.get("late_attribution")
            if e.attribution is None and late is not None and not _own_words(e, late.entity, info, ident):
                # named after the claim by a verb of saying: "وفقاً لما أفاد محاميه", "حسبما قال المرصد"
                # (set here, not while reading roles: the source is no party to the event)
                e.attribution = late
        doc.events = [to_record(i + 1, e) for i, e in enumerate(kept)]
        doc.provided.add("events")
        return doc

    return events


def events_component() -> Component:
    return Component("events", make_events(), ("tokens", "sentences", "actors"), ("events",))
