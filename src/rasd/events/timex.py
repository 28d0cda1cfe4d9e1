"""Time expressions in Arabic news, resolved against the publication date.

``find_times(text, start, end, pub)`` finds expressions in ``text[start:end]`` and
returns them with their original spans and ISO 8601 values: a day ("2019-12-03"),
a month ("2019-08"), a year ("2014"), a range ("2019-08/2019-09",
"2019-11-25/2019-12-01"; "منذ عام 2014" runs to the publication date, "2014/2019-12-05",
open without one, "2014/.."). An expression that cannot
be resolved (no publication date) keeps its span with value ``None``.

Matching runs on folded text (rasd.text.normalize), so tatweel, diacritics and
hamza spellings do not matter; spans map back to the original. The grammar is
small and explicit because dateparser, tried here, misses مساء الثلاثاء,
أغسطس/آب, Levantine months, منذ ثلاثة أيام and الخميس المقبل.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..lang.ar import time as T
from ..text.normalize import normalize, normalize_key


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    text: str
    # "منذ بدء النزاع في سوريا في العام 2011": where "منذ" opens and the value from it to
    # publication, for the events outside the phrase (the phrase's own "بدء" is of 2011)
    opened: int | None = None
    since: str | None = None


def _alt(words) -> str:
    return "|".join(re.escape(normalize_key(w)) for w in sorted(set(words), key=len, reverse=True))


_B = r"(?<![^\W\d_])"          # word start (folded text keeps letters as \w)
_E = r"(?![^\W\d_])"           # word end
_MONTH = _alt(T.MONTHS)
_WEEKDAY = _alt(T.WEEKDAYS)
_PAST = _alt(T.PAST)
_NEXT = _alt(T.NEXT)
_UNIT = _alt(T.UNITS)
_NUM = _alt(T.NUMBERS)
_UNITS_MANY = _alt(w for w, (_, n) in T.UNITS.items() if n != 1)  # "الأيام", "اليومين" (not "الأسبوع")
_PART = _alt(T.PARTS_OF_DAY)
_REL = _alt(T.RELATIVE_DAYS)

_ORD = _alt(T.ORDINAL_DAYS)
# "4 يونيو", "17 من يونيو", "التاسع من نيسان/أبريل"
_ONE_MONTH = rf"(?:(?:(?P<d{{i}}>\d{{1,2}})\s+(?:من\s+)?|(?P<o{{i}}>{_ORD})\s+من\s+))?(?P<m{{i}}>{_MONTH})(?:\s*/\s*(?:{_MONTH}))?(?:\s+(?:من\s+)?(?:عام\s+|لعام\s+|سنه\s+)?(?P<y{{i}}>\d{{4}}))?"
MONTHS_RE = re.compile(
    rf"{_B}(?:[وفب]|في\s+)?" + _ONE_MONTH.replace("{i}", "1")
    + r"(?:\s*(?:و|الي|حتي|-)\s*" + _ONE_MONTH.replace("{i}", "2") + ")?"
    + rf"(?:\s+(?P<dir>{_PAST}|{_NEXT}))?{_E}"
)
WEEKDAY_RE = re.compile(
    rf"{_B}(?:[وفب])?(?:(?P<rel>{_REL})\s+)?(?:(?:{_PART})\s+)?(?:يوم\s+)?(?P<wd>{_WEEKDAY})"
    # "ليل الثلاثاء الأربعاء": the night between two days ("الثلاثاء والأربعاء" may date two events)
    rf"(?:\s*(?:-|الي|علي)?\s*(?P<wd2>{_WEEKDAY}))?(?:\s+(?P<dir>{_PAST}|{_NEXT}))?{_E}"
)
PERIOD_RE = re.compile(
    rf"{_B}(?:[وفب]|في\s+)?(?:(?P<this>هذا|هذه)\s+|(?P<day>\d{{1,2}}|{_ORD})\s+من\s+(?=الشهر))?"
    rf"(?P<unit>الاسبوع|الشهر|العام|السنه)"
    rf"(?:\s+(?P<dir>{_PAST}|{_NEXT}|الحالي|الجاري|الحاليه|الجاريه))?{_E}"
)
AGO_RE = re.compile(
    # (the conjunction is no part of it: "وقبل أيام"; ب and ف are the words' own letters)
    rf"{_B}(?:و(?=قبل|منذ|خلال|بعد))?(?P<rel>قبل|منذ|خلال|بعد)\s+(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?(?:(?P<n>\d+|{_NUM})\s+)?(?P<unit>{_UNIT}){_E}(?!\s+\d{{4}})"
    # "بعد شهر واحد من اجتياحهم": counted from another event, not from publication
    rf"(?P<anchor>(?=(?:\s+(?:فقط|قليله|واحد|واحده))?\s+(?:من|علي)\s+(?!الان)))?"
)
SINCE_YEAR_RE = re.compile(rf"{_B}(?P<rel>منذ|عام|العام|سنه|في)\s+(?:عام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d){_E}")
RECENT_RE = re.compile(
    rf"{_B}(?:(?:خلال|في|طيله|طوال)\s+)?(?:معارك\s+)?ال(?P<unit>{_UNITS_MANY})(?:\s+القليله)?\s+(?:{_PAST}|الاخيره){_E}"
)
# "خلال الـ72 ساعة الماضية", "في الأيام التسعة الماضية", "الساعات الـ24 الماضية"
COUNTED_RE = re.compile(
    rf"{_B}(?:(?:خلال|في|طيله|طوال)\s+)?(?:ال(?P<d1>\d+)\s+(?P<u1>ساعه|يوما|اسبوعا)"
    rf"|ال(?P<u2>ساعات|ايام|اسابيع)\s+(?:ال)?(?:(?P<d2>\d+)|(?P<n2>{_NUM})))\s+(?:{_PAST}|الاخيره){_E}"
)
# "غداة مقتل 9 مدنيين", "بعد يومين فقط من فرض العقوبات": an act dated from the day of the
# clause it is named in (the day before, two days before)
ANCHOR_RE = re.compile(
    rf"{_B}(?:[وف])?(?:(?P<day>غداه|عشيه)|(?P<rel>بعد|قبل)\s+(?:(?P<n>\d+|{_NUM})\s+)?(?P<unit>{_UNIT})"
    rf"(?:\s+فقط)?\s+من)\s+$"
)
UNTIL_RE = re.compile(rf"{_B}(?:و)?(?:حتي|الي)\s+$")
UNTIL_REACH = 12  # words between "منذ X" and "حتى Y"
RUNNING_RE = re.compile(rf"{_B}(?:و)?لليوم\s+(?P<n>{_ORD})(?:\s+علي\s+التوالي)?{_E}")
SINCE_RE = re.compile(rf"{_B}(?:و)?(?P<since>منذ)\s+$")
CLAUSE_END = re.compile(r"[،,.:؛]")
SINCE_GAP_RE = re.compile(rf"{_B}(?:و)?(?P<since>منذ)(?:\s+[^\W\d_]+){{1,{T.SINCE_GAP}}}\s+$")
RELDAY_RE = re.compile(rf"{_B}(?:[وف])?(?:(?:{_PART})\s+)?(?P<rel>{_REL}){_E}")

_ORD_KEYS = {normalize_key(k): v for k, v in T.ORDINAL_DAYS.items()}
_MONTH_KEYS = {normalize_key(k): v for k, v in T.MONTHS.items()}
_WEEKDAY_KEYS = {normalize_key(k): v for k, v in T.WEEKDAYS.items()}
_NUM_KEYS = {normalize_key(k): v for k, v in T.NUMBERS.items()}
_UNIT_KEYS = {normalize_key(k): v for k, v in T.UNITS.items()}
_PAST_KEYS = {normalize_key(k) for k in T.PAST}
_REL_KEYS = {normalize_key(k): v for k, v in T.RELATIVE_DAYS.items()}
# month names that are also common words: accept only with a day, a year, a slash pair or a direction
_AMBIGUOUS_MONTHS = {"اب", "ماي", "مارس", "ايار", "تموز"}


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_value(m: re.Match, pub: date | None) -> str | None:
    parts = []
    for i in (1, 2):
        if m.group(f"m{i}") is None:
            continue
        month = _MONTH_KEYS[m.group(f"m{i}")]
        day = m.group(f"d{i}") or _ORD_KEYS.get(m.group(f"o{i}") or "")
        year = m.group(f"y{i}")
        parts.append([month, int(day) if day else None, int(year) if year else None])
    direction = m.group("dir")
    explicit = next((p[2] for p in reversed(parts) if p[2]), None)
    for p in parts:
        if p[2] is None:
            if explicit:
                p[2] = explicit
            elif pub is None:
                return None
            elif direction and direction in _PAST_KEYS:
                p[2] = pub.year if (p[0], p[1] or 1) <= (pub.month, pub.day) else pub.year - 1
            elif direction:
                p[2] = pub.year if (p[0], p[1] or 31) >= (pub.month, pub.day) else pub.year + 1
            elif p[0] == pub.month % 12 + 1:  # the coming month: "الانتخابات ... في 24 يونيو" (in May)
                p[2] = pub.year + (p[0] == 1)
            else:  # news reports the past: the latest such month not after publication
                p[2] = pub.year if p[0] <= pub.month else pub.year - 1
    if len(parts) == 2 and not m.group("y2"):
        # "من 14 يونيو حتى 15 يوليو": the end follows the start
        parts[1][2] = parts[0][2] + (parts[1][0] < parts[0][0])
    vals = []
    for month, day, year in parts:
        if day:
            try:
                vals.append(date(year, month, day).isoformat())
            except ValueError:
                return None
        else:
            vals.append(_ym(year, month))
    return vals[0] if len(vals) == 1 else f"{vals[0]}/{vals[1]}"


def _valid_month_match(m: re.Match, folded: str) -> bool:
    words = [m.group("m1")] + ([m.group("m2")] if m.group("m2") else [])
    if all(w not in _AMBIGUOUS_MONTHS for w in words):
        return True
    s = m.group()
    return bool(m.group("d1") or m.group("o1") or m.group("y1") or m.group("y2") or "/" in s or m.group("dir"))


def _weekday_value(m: re.Match, pub: date | None) -> str | None:
    if pub is None or m.group("wd2") is None:
        return _one_weekday(m, pub, m.group("wd"))
    last = _one_weekday(m, pub, m.group("wd2"))
    first = date.fromisoformat(last) - timedelta(
        days=(_WEEKDAY_KEYS[m.group("wd2")] - _WEEKDAY_KEYS[m.group("wd")]) % 7 or 7)
    return f"{first.isoformat()}/{last}"


def _one_weekday(m: re.Match, pub: date | None, name: str) -> str | None:
    if pub is None:
        return None
    wd = _WEEKDAY_KEYS[name]
    direction = m.group("dir")
    if m.group("rel"):
        # "غدا الاثنين" is the next Monday, "أمس الأحد" the last Sunday: the weekday names
        # the day even where the feed's date is a day off
        if _REL_KEYS[m.group("rel")] > 0:
            return (pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)).isoformat()
        direction = None
    if direction and direction not in _PAST_KEYS:
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - wd) % 7
    if direction and delta == 0:
        delta = 7
    return (pub - timedelta(days=delta)).isoformat()


def _period_value(m: re.Match, pub: date | None) -> str | None:
    if pub is None:
        return None
    unit = m.group("unit")
    direction = m.group("dir")
    if direction is None and m.group("this") is None:
        return None  # "العام" alone is not a time
    k = 0 if direction is None or direction in ("الحالي", "الجاري", "الحاليه", "الجاريه") else (
        -1 if direction in _PAST_KEYS else 1)
    if unit == "الاسبوع":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "الشهر":
        y, mo = _shift_month(pub.year, pub.month, k)
        day = m.group("day")
        if day:  # "في 17 من الشهر الماضي"
            try:
                return date(y, mo, int(day) if day.isdigit() else _ORD_KEYS[day]).isoformat()
            except ValueError:
                return None
        return _ym(y, mo)
    return f"{pub.year + k:04d}"


def _ago_value(m: re.Match, pub: date | None) -> str | None:
    if pub is None:
        return None
    unit, implied = _UNIT_KEYS[m.group("unit")]
    n_raw = m.group("n")
    n = int(n_raw) if n_raw and n_raw.isdigit() else _NUM_KEYS.get(n_raw or "", implied)
    rel = m.group("rel")
    if m.group("anchor") is not None and rel in ("قبل", "بعد"):
        return None
    sign = 1 if rel == "بعد" else -1
    if rel == "خلال" and n is not None:
        # "قتل 500 مدني خلال سبعة أيام من القصف": the days up to publication (a planned act's
        # are the days after it: see coming)
        days = _span_days(unit, n)
        if days is not None:
            return f"{(pub - timedelta(days=days)).isoformat()}/{pub.isoformat()}" if days else pub.isoformat()
    if rel == "خلال" and unit != "hour":
        return None  # "خلال شهرين", "خلال أيام": a duration, not a time
    if unit == "hour":
        return pub.isoformat()
    if n is None:  # "قبل أيام": a few units before publication
        if unit == "day":
            lo, hi = pub - timedelta(days=7), pub - timedelta(days=1)
            return f"{lo.isoformat()}/{hi.isoformat()}" if sign < 0 else None
        return None
    if unit == "day":
        return (pub + timedelta(days=sign * n)).isoformat()
    if unit == "week":
        return (pub + timedelta(weeks=sign * n)).isoformat()
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, sign * n))
    return f"{pub.year + sign * n:04d}"


def _span_days(unit: str, n: int) -> int | None:
    """Days in n units (whole days of hours); None for months and years."""
    return {"hour": n // 24, "day": n, "week": 7 * n}.get(unit)


def _recent_value(m: re.Match, pub: date | None) -> str | None:
    """"خلال الساعات الماضية", "الأيام الماضية", "اليومين الماضيين": the days just before publication."""
    if pub is None:
        return None
    unit, n = _UNIT_KEYS[m.group("unit")]
    if unit == "hour":
        lo, hi = pub - timedelta(days=1), pub
    elif unit == "day":  # the two days before publication; "الأيام الماضية": the past week
        lo, hi = (pub - timedelta(days=n), pub - timedelta(days=1)) if n else (pub - timedelta(days=7), pub)
    elif unit == "week" and n:
        lo, hi = pub - timedelta(weeks=n), pub
    else:
        return None
    return f"{lo.isoformat()}/{hi.isoformat()}"


def _counted_value(m: re.Match, pub: date | None) -> str | None:
    """"خلال الـ72 ساعة الماضية": from that many days (hours rounded up to days) before
    publication to publication ("الأيام التسعة الماضية" in a paper of 27 February: 18-27)."""
    unit = m.group("u1") or m.group("u2")
    n = int(m.group("d1") or m.group("d2") or 0) or _NUM_KEYS.get(m.group("n2") or "")
    if pub is None or not n:
        return None
    days = -(-n // 24) if unit.startswith("ساع") else n * 7 if unit.startswith("اسب") else n
    return f"{(pub - timedelta(days=days)).isoformat()}/{pub.isoformat()}"


def _running_value(m: re.Match, pub: date | None) -> str | None:
    """"لليوم الثاني على التوالي": the days up to publication."""
    n = _ORD_KEYS[m.group("n")]
    if pub is None or n < 2:
        return None
    return f"{(pub - timedelta(days=n - 1)).isoformat()}/{pub.isoformat()}"


def _year_value(m: re.Match, pub: date | None) -> str | None:
    y = m.group("y")
    return _since(y, pub) if m.group("rel") == "منذ" else y


def _since(value: str | None, pub: date | None) -> str | None:
    """"منذ عام 2014": from then until the publication date (open without one)."""
    if value is None:
        return None
    first = value.split("/")[0]
    if pub is None:
        return f"{first}/.."
    # (a day that is the publication date stays that day: "منذ صباح اليوم")
    return f"{first}/{pub.isoformat()}" if first < pub.isoformat() else value


def _relday_value(m: re.Match, pub: date | None) -> str | None:
    if pub is None:
        return None
    return (pub + timedelta(days=_REL_KEYS[m.group("rel")])).isoformat()


_RULES = (
    (MONTHS_RE, _month_value),
    (WEEKDAY_RE, _weekday_value),
    (AGO_RE, _ago_value),
    (COUNTED_RE, _counted_value),
    (RECENT_RE, _recent_value),
    (RUNNING_RE, _running_value),
    (SINCE_YEAR_RE, _year_value),
    (PERIOD_RE, _period_value),
    (RELDAY_RE, _relday_value),
)


def find_times(text: str, start: int = 0, end: int | None = None, pub: date | str | None = None) -> list[Timex]:
    """Time expressions in ``text[start:end]``, non-overlapping, in text order."""
    end = len(text) if end is None else end
    if isinstance(pub, str):
        pub = date.fromisoformat(pub)
    norm = normalize(text[start:end])
    folded = norm.text
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str | None]] = []  # folded spans and values
    opened: dict[int, tuple[int, str | None]] = {}  # "منذ بدء النزاع في 2011": start -> (منذ, range)
    for pattern, resolve in _RULES:
        for m in pattern.finditer(folded):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            if pattern is MONTHS_RE and not _valid_month_match(m, folded):
                continue
            value = resolve(m, pub)
            if value is None and pattern in (PERIOD_RE, AGO_RE, RECENT_RE, COUNTED_RE, RUNNING_RE) and pub is not None:
                continue
            # leading clitic/"في" is not part of the expression's surface
            lead = re.match(r"(?:في\s+|[وفب](?=\S))", m.group())
            # ... when it is one: the ف of "فجر الأحد" is the word's own letter
            if lead and pattern is not AGO_RE and pattern is not SINCE_YEAR_RE and pattern.fullmatch(
                    m.group()[lead.end():]):
                s += lead.end()
            elif pattern is AGO_RE:
                s = m.start("rel")
            taken.append((m.start(), e))
            # "منذ 18 فبراير الماضي", "منذ مساء الاثنين": from that day to the publication date
            since = SINCE_RE.search(folded, 0, s)
            if since and pattern is not AGO_RE and pattern is not SINCE_YEAR_RE:
                s, value = since.start("since"), _since(value, pub)
            elif pattern is not AGO_RE and not (pattern is SINCE_YEAR_RE and m.group("rel") == "منذ") and (
                    gap := SINCE_GAP_RE.search(folded, 0, s)):
                opened[s] = (gap.start("since"), _since(value, pub))
            found.append((s, e, value))
    found.sort()
    # "منذ عام 2004 ... حتى عام 2010": one span, from the first to the second
    for i in range(len(found) - 2, -1, -1):
        (s1, e1, v1), (s2, e2, v2) = found[i], found[i + 1]
        if (v1 and v2 and folded.startswith("منذ", s1) and UNTIL_RE.search(folded, e1, s2)
                and len(folded[e1:s2].split()) <= UNTIL_REACH):
            found[i:i + 2] = [(s1, e2, f"{v1.split('/')[0]}/{v2.split('/')[-1]}")]
    out: list[Timex] = []
    for s, e, value in found:
        os_, oe = norm.span(s, e)
        op, since = opened.get(s, (None, None))
        op = None if op is None else start + norm.span(op, op + 1)[0]
        out.append(Timex(start + os_, start + oe, value, text[start + os_:start + oe], op, since))
    return out


def coming(t: Timex, pub: date | str | None) -> Timex:
    """A bare weekday dating a planned act is the coming one, not the last: "سينهي زيارته
    إلى السعودية، الأربعاء" in a Tuesday's paper is tomorrow. Other expressions stay."""
    if pub is None or not t.value:
        return t
    if isinstance(pub, str):
        pub = date.fromisoformat(pub[:10])
    ago = AGO_RE.fullmatch(normalize(t.text).text)
    if ago is not None and ago.group("rel") == "خلال" and t.value.endswith("/" + pub.isoformat()):
        # "سيجتمع المجلس خلال يومين": the days after publication
        lo, hi = (date.fromisoformat(v) for v in t.value.split("/"))
        return Timex(t.start, t.end, f"{hi.isoformat()}/{(hi + (hi - lo)).isoformat()}", t.text)
    if len(t.value) != 10:
        return t
    m = WEEKDAY_RE.fullmatch(normalize(t.text).text)
    if m is None or m.group("dir") or m.group("rel") or m.group("wd2"):
        return t
    day = date.fromisoformat(t.value)
    if not 0 < (pub - day).days < 7:
        return t
    return Timex(t.start, t.end, (day + timedelta(days=7)).isoformat(), t.text)


def opened_since(t: Timex, at: int, text: str) -> Timex:
    """The range from "منذ" for an event at ``at`` outside the phrase "منذ ... <time>", which
    runs on to the next comma ("منذ توصل موسكو وأنقرة في 17 من الشهر الماضي إلى اتفاق")."""
    if t.opened is None or t.opened <= at < t.start or (at >= t.end and not CLAUSE_END.search(text, t.end, at)):
        return t
    return Timex(t.opened, t.end, t.since, text[t.opened:t.end])


def lasting(t: Timex, pub: date | str | None) -> Timex:
    """"منذ نحو أسبوعين" on an ongoing act (an imperfect verb or a verbal noun: "وتحشد قوات
    النظام منذ نحو أسبوعين تعزيزاتها") runs from then to publication; on a finished one
    ("أعلنت الوزارة منذ ثلاثة أيام") it is the day it happened. Other expressions stay."""
    if pub is None or not t.value or "/" in t.value:
        return t
    m = AGO_RE.fullmatch(normalize(t.text).text)
    if m is None or m.group("rel") != "منذ":
        return t
    return Timex(t.start, t.end, _since(t.value, date.fromisoformat(str(pub)[:10])), t.text)


def anchored(text: str, start: int, at: int) -> tuple[int, int, int] | None:
    """The span of "غداة" / "بعد يومين من" right before ``at`` and the days from the day of its
    clause to the act it names (-1, -2), or None."""
    norm = normalize(text[start:at])
    m = ANCHOR_RE.search(norm.text)
    if m is None:
        return None
    if m.group("day"):
        days = -1 if m.group("day") == "غداه" else 1
    else:
        unit, implied = _UNIT_KEYS[m.group("unit")]
        n_raw = m.group("n")
        n = int(n_raw) if n_raw and n_raw.isdigit() else _NUM_KEYS.get(n_raw or "", implied)
        if n is None or unit not in ("day", "week"):
            return None
        days = n * (7 if unit == "week" else 1) * (-1 if m.group("rel") == "بعد" else 1)
    s, e = norm.span(m.start("day") if m.group("day") else m.start("rel"), len(norm.text.rstrip()))
    return start + s, start + e, days


def first_day(value: str) -> date:
    """The first day a value covers."""
    parts = [int(x) for x in value.split("/")[0].split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> date | None:
    """The last day a value covers (for ordering); None for open intervals."""
    tail = value.split("/")[-1]
    if tail == "..":
        return None
    parts = [int(x) for x in tail.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)
