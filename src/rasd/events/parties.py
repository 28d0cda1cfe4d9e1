"""Who is a party to an event: checks of a reading against the linked entities and the
knowledge base, used by the events stage (pipe.py) after merging. Each names a reading
that is no event, or a name that is no side, with the Arabic that taught it."""

from __future__ import annotations

import re

from ..text.normalize import normalize_key
from .cues import UNARMED_OFFICES
from .extract import RawEvent
from .merge import STATEMENT_TYPES, side_ids

STATE_ORGANS = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG"}  # sectors of a state's own institutions


def mere_place(entity: dict, kb) -> bool:
    """A town that stands for no government (Daraa, Hodeidah) is where an act happens, not
    whom it is aimed at; a capital (طرابلس for the GNA) may be the target."""
    if entity.get("kind") != "city":
        return False
    a = kb.get(entity["kb_id"]) if entity.get("kb_id") else None
    return a is None or not a.stands_for


def one_side(e: RawEvent, ident: dict[str, set[str]], info: dict[str, dict]) -> bool:
    """A meeting, agreement, cooperation, backing or demand of a side with itself ("اللقاء
    الذي جمعه بوزير الخارجية السوري، وليد المعلم" read as the Syrian government meeting its
    own minister): a misread. A group's or a person's country does not count (the Syrian
    opposition talks with Syria, Trump with his secretary of state)."""
    if e.type not in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REQUEST"):
        return False

    def side(x: str) -> set[str]:
        own = ident.get(x, {x})
        kind = info.get(x, {}).get("kind")
        if kind == "person" or (kind == "group" and not of_state(info[x])):
            own = own - {info[x].get("country")}
        return own
    def state_and_own(x: str, y: str) -> bool:
        # a state and one of its own people ("حيث كان في استقباله الرئيس المصري" read as Egypt meeting
        # Sisi, "دعت فرنسا على لسان وزير خارجيتها" as France calling on its minister); a leader may
        # well demand of his own nation ("طالبا من الأتراك ألا يفضلوا العملات الأجنبية")
        return info.get(x, {}).get("kind") == "state" and info.get(y, {}).get("kind") == "person" and bool(
            info[y].get("country")) and info[y].get("country") in ident.get(x, {x})
    return any(side(a) & side(r) or state_and_own(a, r) or (e.type != "REQUEST" and state_and_own(r, a))
               for a in e.actors for r in e.recipients)


def speaks_for(speaker: str | None, actors: list[str], info: dict, ident: dict[str, set[str]]) -> bool:
    """A state's or body's officer speaks for it ("قال الرئيس الفرنسي إن فرنسا ستواصل المحادثات",
    "شدد أبو الغيط على أن الجامعة العربية تدين"); not "مصدر في وزارة الخارجية السورية"."""
    if speaker is None or info.get(speaker, {}).get("kind") != "person":
        return False
    mine = ident.get(speaker, set()) - {speaker}
    return any(mine & ident.get(a, set()) for a in actors if a != speaker)


# charities and the media count the dead, they bear no arms ("قتل عشرة مدنيين" told by أطباء بلا حدود);
# one of a country (المرصد السوري) is left to the attack's own reading: the gold often codes its
# count under its country's side
UNARMED_SECTORS = {"NGO", "JRN"}
WIRE_AGENCY = "وكالة"


def unarmed_attacker(e: RawEvent, info: dict[str, dict]) -> bool:
    """An attack by an international body that bears no arms (the UN, the OPCW, the Security
    Council; armed coalitions have sector MIL), or by a charity or the media of no country: the
    body that counts or investigates the dead read as the killer ("أدت الحرب إلى قتل أكثر من 10.000 شخص، بحسب تقديرات الأمم المتحدة")."""
    return e.type == "ASSAULT" and all(info.get(a, {}).get("sector") == "IGO" or (
        info.get(a, {}).get("sector") in UNARMED_SECTORS and not info[a].get("country")) or wire_agency(info.get(a, {}))
        for a in e.actors)


def wire_agency(entity: dict) -> bool:
    """A news agency (وكالة رويترز، وكالة فرانس برس) counts the dead for everyone: its seat's
    country is no side ("قتل مئات المدنيين ... بحسب وكالة رويترز")."""
    return entity.get("sector") == "JRN" and (entity.get("name") or "").startswith(WIRE_AGENCY)


def court_sentence(e: RawEvent, info: dict[str, dict]) -> bool:
    """An "execution" by courts only is a death sentence, legal action (COERCE), not a killing:
    "أصدرت محكمة جنايات القاهرة حكمها بإعدام 75 متهما", "قضت المحكمة بإعدام"."""
    return e.type == "ASSAULT" and bool(e.actors) and all(info.get(a, {}).get("sector") == "JUD" for a in e.actors)


# who may order a strike: a speaker with none of these roles only comments on it
COMMAND_ROLES = {"president", "head_of_state", "king", "emir", "crown_prince", "prime_minister", "chancellor",
                 "defence_minister", "commander", "army_chief", "chief_of_staff", "leader"}


def no_commander(entity: dict, kb, date) -> bool:
    """A known person who commands no force (a foreign minister, an envoy, a spokesman): the
    attack they speak of, or condemn, is not theirs ("وقال جونسون إنه يجب بحث شن هجمات جوية في
    سوريا"، "استنكر وزير الخارجية البحريني إطلاق الصواريخ من اليمن على السعودية")."""
    a = kb.get(entity["kb_id"]) if entity.get("kind") == "person" and entity.get("kb_id") else None
    month = str(date)[:7] if date else None  # roles held at the story's date (Johnson not yet prime minister in 2018)
    return a is not None and not any(r.role in COMMAND_ROLES and (month is None or (
        (r.start or "") <= month and (r.end is None or month <= r.end))) for r in a.roles)


def unarmed_office(entity: dict) -> bool:
    """A ministry that commands no force (foreign affairs, treasury, finance, justice): "نفت
    وزارة الخارجية الروسية أن تكون قواتها" speaks of an attack, it strikes no one."""
    name = entity.get("name") or ""
    return (entity.get("kind") == "org" and entity.get("sector") == "GOV"
            and any(w in UNARMED_OFFICES for w in normalize_key(name).split()))


def state_on_stranger(e: RawEvent, info: dict[str, dict]) -> bool:
    """A state acting on a name no base knows is mostly that name's own nationality read as a
    side ("قتل الطيار الأردني معاذ الكساسبة"، "وصل المعارض السوري رياض الترك"، "حذر جنرال فرنسي")."""
    return (all(info.get(a, {}).get("kind") == "state" for a in e.actors)
            and all(info.get(r, {}).get("kind") is None for r in e.recipients))


# "التابعة لإيران"، "الموالية لـ"إيران"": the patron's mention may start at its ل or after it
PATRON_CUE = re.compile(r"(?:الموالي|التابع|المدعوم)\S*\s+(?:ل|لـ|من\s+)?$")


def patron(entity: dict, text: str, sentence) -> bool:
    """Named in the sentence only as a side's patron ("المليشيا الحوثية التابعة لإيران"، "ميليشيات
    الحوثي الموالية لإيران"): the patron is no target of what the side does or suffers."""
    ms = [m for m in entity.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(ms) and all(PATRON_CUE.search(text[max(0, m["start"] - 20):m["start"]]) for m in ms)


def only_place(entity: dict, text: str, sentence) -> bool:
    """A state named in the sentence only after في is where the act happens, not its doer
    ("قتل 28 شخصا في تفجير استهدف مدينة إدلب في شمال غرب سوريا")."""
    if entity.get("kind") != "state":
        return False
    ms = [m for m in entity.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(ms) and all(re.search(r"(?:^|\s)في\s+$", text[max(0, m["start"] - 6):m["start"]]) for m in ms)


# where an act happens: "في ريف دمشق"، "فوق العاصمة الرياض"، "قرب دمشق"
SEAT_CUE = re.compile(r"(?:^|\s)(?:في|فوق|قرب|ريف|بريف|غوطة|ضواحي|أطراف|وسط)\s+(?:العاصمة\s+)?$")


def seat_of_act(entity: dict, text: str, sentence) -> bool:
    """A city named in the sentence only as where the act happens: a state's own force does
    not strike its own capital ("الدفاعات الجوية السورية دمرت صاروخين في منطقة الكسوة في ريف دمشق");
    a rival's may take it ("حملة عسكرية للسيطرة على العاصمة طرابلس")."""
    if entity.get("kind") != "city":
        return False
    ms = [m for m in entity.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(ms) and all(SEAT_CUE.search(text[max(0, m["start"] - 20):m["start"]]) for m in ms)


# "محادثات مع بريطانيا وفرنسا"، "في اتصال هاتفي مع الرئيس الفرنسي ... والمستشارة الألمانية"
TOGETHER_CUE = re.compile(r"(?:^|\s)(?:مع|بين)(?:\s+\S+){0,2}\s+$")


def met_together(entities: list[dict], text: str, sentence) -> bool:
    """Sides named together after مع or بين are parties of one meeting, not a tour of each."""
    starts = [m["start"] for e in entities for m in e.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(starts) and bool(TOGETHER_CUE.search(text[max(sentence.start, min(starts) - 40):min(starts)]))


def nationality_word(entity: dict, text: str, sentence) -> bool:
    """A state named in the sentence only by an indefinite nationality adjective ("قوات عسكرية
    أمريكية وبريطانية") or a plural of its people ("طرد آلاف الإريتريين والسودانيين"), not by its
    name ("روسيا وتركيا") nor by "السعودية"."""
    ms = [text[m["start"]:m["end"]] for m in entity.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(ms) and all(re.fullmatch(r"و?(?:(?!ال)\S+ي[ةه]?|\S+ي(?:ين|ون))", w) for w in ms)


def adjectives_of_one_noun(entities: list[dict], text: str, sentence) -> bool:
    """States named in the sentence only by definite nationality adjectives joined by و, of one
    noun: "التدخلات الأمريكية والبريطانية" (one act on both; "السعودية والإمارات" are states)."""
    ms = sorted((m["start"], m["end"]) for e in entities for m in e.get("mentions", [])
                if sentence.start <= m["start"] < sentence.end)
    if len(ms) < 2 or not all(any(sentence.start <= m["start"] < sentence.end for m in e.get("mentions", []))
                              for e in entities):
        return False
    words = [text[a:b] for a, b in ms]
    return (all(re.fullmatch(r"و?ال\S+ي[ةه]", w) for w in words)
            and all(re.fullmatch(r"\s+و?", text[ms[i][1]:ms[i + 1][0]]) and "و" in text[ms[i][1]:ms[i + 1][0] + 1]
                    for i in range(len(ms) - 1)))


def doers_of_one_act(entities: list[dict], text: str, sentence) -> bool:
    """States named together as the doers of a relative clause's act: "انتقد لافروف الضربة التي
    وجهتها أمريكا وبريطانيا وفرنسا" (one charge against that act, not one against each)."""
    starts = [m["start"] for e in entities for m in e.get("mentions", []) if sentence.start <= m["start"] < sentence.end]
    return bool(starts) and bool(re.search(r"(?:التي|الذي)\s+\S+\s*$", text[sentence.start:min(starts)]))


def of_state(entity: dict) -> bool:
    """A state, or one of its own institutions (government, army, police, courts ...)."""
    return entity.get("kind") == "state" or entity.get("sector") in STATE_ORGANS


def own_state(e: RawEvent, ident: dict[str, set[str]], info: dict[str, dict]) -> bool:
    """One side is a state (or its capital) and the other stands for that same state."""
    def states(xs: list[str]) -> set[str]:
        return side_ids([x for x in xs if info.get(x, {}).get("kind") in ("state", "city")], ident)

    return bool(states(e.actors) & side_ids(e.recipients, ident) or states(e.recipients) & side_ids(e.actors, ident))


def town_coercer(e: RawEvent, info: dict[str, dict], kb) -> bool:
    """Coercion by a town that stands for no government: the besieged or seized place read as
    the doer ("الغوطة الشرقية المحاصرة"، "ونهب الموصل عام 2014"، "الغوطة الشرقية، بعد أن حاصرتها")."""
    return e.type == "COERCE" and all(mere_place(info.get(a, {}), kb) for a in e.actors)


def own_theatre(e: RawEvent, info: dict[str, dict], kb) -> bool:
    """An attack by a coalition on the very state it fights in ("غارة لتحالف دعم الشرعية في اليمن"،
    "التحالف العربي لدعم الشرعية في اليمن"): the state is where it strikes, not whom."""
    def theatres(x: str) -> set[str]:
        a = kb.get(info[x]["kb_id"]) if info.get(x, {}).get("kb_id") else None
        return set(a.data.get("theatres", ())) if a is not None else set()
    fronts = set().union(*(theatres(a) for a in e.actors)) if e.actors else set()
    return e.type == "ASSAULT" and bool(fronts) and all(
        info.get(r, {}).get("kind") == "state" and info[r].get("country") in fronts for r in e.recipients)


def misread(e: RawEvent, ident: dict[str, set[str]], info: dict[str, dict], kb, date) -> bool:
    """No event: a side missing, an actor acting on itself, a statement between a state and
    one who stands for it ("أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون"), a meeting or
    backing of a side with itself, an attack by an unarmed body or by people who command no
    force, a state acting on a name that is its own national, coercion by a mere town, a
    coalition attacking the state it fights in."""
    return (not e.actors or not e.recipients or set(e.actors) == set(e.recipients)
            or (e.type in STATEMENT_TYPES and own_state(e, ident, info)) or one_side(e, ident, info)
            or unarmed_attacker(e, info) or state_on_stranger(e, info) or town_coercer(e, info, kb)
            or own_theatre(e, info, kb)
            or (e.type == "ASSAULT" and all(no_commander(info.get(a, {}), kb, date) or unarmed_office(info.get(a, {}))
                                            for a in e.actors)))
