"""Actor linking: every mention becomes a known actor where the knowledge base knows it.

Per kept sentence, over raw words (clitics attached, as the alias index expects):
1. alias matches, longest first ("حكومة الوفاق الوطني", "خليفة حفتر", "لحفتر" → حفتر);
   a nationality adjective names its state, a capital its state;
2. titles resolved against the article date ("الرئيس التركي" → Erdogan in 2019), joined
   to the name that follows them;
3. possessives ("مليشيات حفتر", "المليشيات التابعة لحفتر", "حكومة السراج", "مكتب أردوغان");
4. descriptive groups ("مسؤولين مصريين" → Egypt GOV, "ضباط إسرائيليين" → Israel MIL);
5. NER mentions the base does not know stay entities without ``kb_id``;
6. in-document coreference: a surname alone after the full name ("صالح" after "عقيلة صالح").
Mentions never include proclitics; a name the base does not know is never forced
onto an actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from ..document import Document
from ..entities import raw_words
from ..lang.ar.function_words import FUNCTION_WORDS
from ..text.normalize import normalize_key

TYPE_OF_KIND = {"person": "PER", "org": "ORG", "igo": "ORG", "group": "ORG", "state": "LOC", "city": "LOC"}
FOLLOWERS = {"التابعه", "التابع", "التابعين", "الموالي", "الموالية", "المواليه", "الموالين", "الموالون",
             "المحسوب", "المحسوبه", "الداعمه"}
NON_ACTOR_HEADS = {"اللغه", "لغه", "الجنسيه", "العمله", "الثقافه", "الموسيقي", "السينما", "المطبخ", "النسخه",
                   "الطريقه", "الترجمه", "الاصل", "الاصول", "الصناعه", "المنتخب", "الدوري", "الكاس"}
LOCATIVE = {"في", "الي", "من", "داخل", "قرب", "نحو", "العاصمه", "مدينه", "المدينه"}  # a weak alias counts only if its actor is named strongly elsewhere in the article


SPELLING_VARIANT = 88.0  # rapidfuzz ratio between two spellings of one full name
# after a title, a former holder ("الرئيس اليمني السابق"), never today's
FORMER = frozenset(normalize_key(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع",
                                               "السابقين", "السابقون"))
# definite head nouns that, alone, point back to the last actor named with that head
ANAPHORIC_HEADS = frozenset(normalize_key(w) for w in (
    "المنظمة", "الوكالة", "الحركة", "الجماعة", "الحزب", "التنظيم", "المجلس", "الوزارة", "الصحيفة",
    "المحكمة", "الجبهة", "الهيئة", "اللجنة", "الشركة", "القناة", "المرصد", "الائتلاف"))

# an organisation's name ending on a lam-definite noun goes on over its conjunct: "منظمة رصد للحقوق
# والحريات", "مركز حقي لدعم الحقوق والحريات", "المعهد الوطني للإحصاء والدراسات"
LAM_DEFINITE = re.compile(r"(?:\sلل\S+|\sل\S+\sال\S+)$")
NAME_CONJUNCT = re.compile(r" وال[^\s،,.:؛\"»)]+")

MIN = normalize_key("من")


def _member_of(keys: list[str], words: list, j: int, orgs: list[tuple[int, int]]) -> bool:
    """"نشطاء من حماس", "مسلحين من داعش": members of the organisation (span in ``orgs``) named
    after من, not a group of their own (but "المدنيين من دوما" are civilians)."""
    return j + 1 < len(keys) and keys[j] == MIN and any(s <= words[j + 1][0] < e for s, e in orgs)


# the people of a named place, one party of its country's civilians: "سكان الحديدة", "أهالي
# الغوطة", "سكان منطقة الهلال النفطي" (the place word between may be one of PLACE_HEADS)
RESIDENTS = frozenset(normalize_key(w) for w in ("سكان", "أهالي", "اهالي"))
PLACE_HEADS = frozenset(normalize_key(w) for w in ("منطقة", "مدينة", "مديرية", "محافظة", "قرية", "بلدة",
                                                   "جزيرة", "ولاية", "إقليم", "مخيم"))

# "بلاده", "بلادها", "بلادنا", "دولته": the country of the one named before (by the pronoun's gender)
OWN_COUNTRY = {normalize_key(w): g for w, g in (
    ("بلاده", "m"), ("بلادها", "f"), ("بلادنا", "1"), ("بلادهم", "p"), ("دولته", "m"), ("دولتها", "f"),
    ("دولتنا", "1"), ("بلدنا", "1"), ("بلده", "m"), ("بلدها", "f"))}

# "قواته", "حكومتها", "جيشه": the forces or government of the one named before
OWN_BODIES = {normalize_key(w): sector for w, sector in (
    ("قوات", "MIL"), ("جيش", "MIL"), ("حكومة", "GOV"))}  # not سلطاتهم: "their powers" as often
OWN_SUFFIXES = (("هم", "p"), ("ها", "f"), ("ه", "m"), ("نا", "1"))
# "الأخير" / "الأخيرة" standing alone, not after a noun it qualifies: "the latter", the
# actor named last before it ("لكن الأخير ينفي", "بعد نشر الأخيرة قوات لها")
LATTER = {normalize_key("الأخير"): "m", normalize_key("الأخيرة"): "f"}
PLACE_REACH = 120  # characters: the places named around an institution with no country
REACH_BACK = 300  # characters: "the latter" is one of the actors just named
POSSESSED = ("ها", "ه", "هم", "هما", "هن", "نا")  # "زيارتها الأخيرة": an adjective of the noun
COPULAS = frozenset(normalize_key(w) for w in ("كان", "كانت", "يكن", "تكن", "يكون", "تكون", "ليس", "ليست",
                                               "أصبح", "أصبحت", "بات", "باتت"))  # "لم تكن الأخيرة": predicate


def _own_body(key: str) -> tuple[str, str, str] | None:
    """("قوات", "MIL", "m") for "قواته"; None if the word is no such body with a pronoun."""
    for suffix, gender in OWN_SUFFIXES:
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") and stem[:-1] + "ه" in OWN_BODIES else stem
            if stem in OWN_BODIES:
                return stem, OWN_BODIES[stem], gender
            return None
    return None


@dataclass
class Mention:
    start: int
    end: int
    actor: str | None          # kb id, or a group key "group:ISR:MIL", or None (unknown)
    how: str                   # alias, nationality, capital, title, possessive, descriptor, ner, coref, weak, own
    ner_type: str | None = None
    country: str | None = None
    sector: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _strip_clitic(key: str) -> str:
    return key[1:] if key[:1] in "وفبل" and len(key) > 3 else key


def _word_keys(text: str, words: list[tuple[int, int, int]]) -> list[str]:
    return [normalize_key(text[s:e]) for s, _, e in words]


def _stem_start(text: str, word: tuple[int, int, int], folded_prefix: int) -> int:
    """Original offset after ``folded_prefix`` folded letters of a word (its proclitics)."""
    start, stem, end = word
    if folded_prefix <= 0:
        return start
    if stem > start and len(normalize_key(text[start:stem])) == folded_prefix:
        return stem
    seen = 0
    for i in range(start, end):
        if normalize_key(text[i]):
            seen += 1
            if seen == folded_prefix:
                j = i + 1
                while j < end and not normalize_key(text[j]):
                    j += 1
                return j
    return start


class _Overlaps:
    """Whether a span overlaps one of the mentions: a bisect over their starts, not a scan of all
    of them for every span (a long text has tens of thousands of each)."""

    def __init__(self, mentions: list[Mention]) -> None:
        spans = sorted((k.start, k.end) for k in mentions)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.longest = max((b - a for a, b in spans), default=0)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1  # the mentions that start before the span ends
        while k >= 0 and self.starts[k] > start - self.longest - 1:
            if self.ends[k] > start:
                return True
            k -= 1
        return False


class Linker:
    def __init__(self, kb) -> None:
        self.kb = kb
        self._max_title = max((len(k.split(" ")) for k in kb.titles), default=1)
        descriptive = [*kb.descriptors, *kb.generics, *kb.contexts]
        self._max_desc = max((len(k.split(" ")) for k in descriptive), default=1)
        # first words of the multi-word keys: a word that starts none is passed over at once
        self._title_first = frozenset(k.split(" ")[0] for k in kb.titles)
        self._bare_first = frozenset(k.split(" ")[0] for k, ts in kb.titles.items() if any(t.bare for t in ts))
        self._desc_first = frozenset(k.split(" ")[0] for k in descriptive)

    # ---- per sentence
    def sentence_mentions(self, text: str, words: list[tuple[int, int, int]], date: str | None) -> list[Mention]:
        kb = self.kb
        keys = _word_keys(text, words)
        starts = [w[0] for w in words]
        out: list[Mention] = []
        taken = [False] * len(words)

        def span(i: int, j: int, prefix: int = 0) -> tuple[int, int]:
            return _stem_start(text, words[i], prefix), words[j - 1][2]

        def add(i: int, j: int, m: Mention) -> None:
            for k in range(i, j):
                taken[k] = True
            out.append(m)

        # 1. titles (longest), joined with a following name of the same actor
        i = 0
        while i < len(words):
            found = None
            if keys[i] not in self._title_first:
                i += 1
                continue
            for n in range(min(self._max_title, len(words) - i), 0, -1):
                k = " ".join(keys[i:i + n])
                if k in kb.titles and date:
                    holder = kb.holder(k, date)
                    if holder is not None:
                        found = (n, holder)
                        break
            if found and i + found[0] < len(words) and keys[i + found[0]] in FORMER:
                # "الرئيس اليمني السابق علي عبدالله صالح": a former holder, not today's; the
                # name after it, if any, is matched as itself
                i += found[0] + 1
                continue
            if found:
                n, holder = found
                j = i + n
                s, e = span(i, j)
                add(i, j, Mention(s, e, holder.id, "title"))
                nxt = kb.index.match_at(keys, j) if j < len(words) else []
                if nxt and any(kb.stands_for(h.target) == holder or h.target == holder.id for h in nxt[0].hits):
                    # the name after the title is a mention of its own ("الرئيس التركي" + "رجب طيب أردوغان")
                    s, e = span(j, nxt[0].end)
                    add(j, nxt[0].end, Mention(s, e, holder.id, "alias"))
                    j = nxt[0].end
                i = j
            else:
                i += 1

        title_words = set(k for k, t in enumerate(taken) if t)
        # 2. alias matches (an organisation named inside a title is a mention of its own:
        #    "رئيس جهاز المخابرات العامة", "النائب الثاني لرئيس المجلس الرئاسي")
        for m in kb.index.find_all(keys):
            if any(taken[m.start:m.end]):
                inner = kb.get(m.hits[0].target)
                if not (set(range(m.start, m.end)) <= title_words and inner is not None
                        and inner.kind in ("org", "igo")):
                    continue
            hits = sorted(m.hits, key=lambda h: (not h.strong, h.how == "nationality"))
            h = hits[0]
            prefix = len(keys[m.start]) - len(m.key.split(" ")[0]) if m.clitic else 0
            s, e = span(m.start, m.end, prefix)
            target = h.target
            how = h.how if h.how in ("nationality", "capital", "weak") else "alias"
            state = kb.stands_for(h.target)
            if h.how == "nationality":
                head = keys[m.start - 1] if m.start > 0 else ""
                if (kb.get(h.target) is None or kb.get(h.target).kind != "state"
                        or head in NON_ACTOR_HEADS or _strip_clitic(head) in NON_ACTOR_HEADS):
                    continue  # "العربية" (Arabs), "باللغة الفرنسية": an adjective, not an actor
                if h.form is not None and h.form.number == "pl" and h.form.gender != "f" and (
                        h.form.definite or (m.key.endswith("ون") and head not in kb.descriptors)):
                    # "الإيرانيين أطلقوا": the people, acting; so is "اتهم عراقيون المالكي" (nominative,
                    # after no noun it could qualify: "مسؤولون عراقيون" is a descriptive group)
                    how = "nationality_noun"
            locative = any(k in LOCATIVE for k in keys[max(0, m.start - 2):m.start])
            cands = [x.target for x in hits if x.strong == h.strong]
            if state.id != h.target and not locative and not m.clitic:
                # "القاهرة" acting is Egypt; "في القاهرة" is a place. A capital whose name is
                # also a word ("ماليه", "مالية": financial) stands for its state only where the
                # article names that state
                target, how = state.id, "capital" if h.strong else "weak"
                cands = [target] if how == "weak" else cands
            extra = {"candidates": cands}
            if how == "weak":
                extra["fallback"] = self._weak_fallback(keys[m.start:m.end], h.target)
            add(m.start, m.end, Mention(s, e, target, how, extra=extra))

        # 3. possessives: head [التابعة ل] owner
        word_of = {}
        for mm in out:
            k = bisect_right(starts, mm.start) - 1
            if k >= 0:
                word_of[k] = mm
        for idx, key in enumerate(keys):
            if key not in kb.possessives:
                key = _strip_clitic(key)  # "لطائرات التحالف", "ومليشيات حفتر"
                if key not in kb.possessives:
                    continue
            j = idx + 1
            if j < len(words) and keys[j] in FOLLOWERS:
                j += 1
            owner = word_of.get(j)
            if owner is None or owner.actor is None or owner.how == "nationality":
                continue
            if owner.how == "weak" and kb.possessives[key] == "ARMS":
                # "مقاتلات التحالف": which coalition is settled by the article, later; named by
                # its weapons all the same (the one who strikes)
                owner.extra["armed_from"] = span(idx, idx + 1)[0]
                continue
            org = kb.possessive(key, owner.actor, date)
            if org is None:
                continue
            s = span(idx, idx + 1)[0]  # with its clitic, as "للتحالف": the group starts on ل
            how = "forces" if kb.possessives[key] == "ARMS" else "possessive"
            if org.id == owner.actor:
                out.remove(owner)  # "طيران التحالف": one mention of the coalition, not two
            out.append(Mention(s, owner.end, org.id, how, extra={"owner": owner.actor}))

        # (the organisations named so far, for "نشطاء من حماس"; checked only after a generic noun + من)
        orgs = [(m.start, m.end) for m in out if m.actor and (a := kb.get(m.actor)) is not None and a.kind in ("org", "igo")]
        # 4. descriptive groups: noun (+ descriptor words) + nationality adjective;
        #    a generic collective noun ("المعارضة") stands alone
        i = 0
        while i < len(words):
            head, pre = keys[i], 0
            if not taken[i] and head not in self._desc_first and words[i][1] > words[i][0]:
                # "بالسفير السعودي", "للمعارضة": the noun past its proclitics, for a nationality
                # group or a generic noun alone
                stem = normalize_key(text[words[i][1]:words[i][2]])
                cut = len(head) - len(stem)
                lam = cut > 0 and head[:cut].endswith("ل") and stem.startswith("ل")  # "للمعارضة": ل + المعارضة
                noun = "ا" + stem if lam else stem
                if cut > 0 and noun in self._desc_first:
                    head, pre = noun, (0 if lam else cut)  # (لل: a mention of the whole word)
            if taken[i] or head not in self._desc_first:
                i += 1
                continue
            sector = None
            n_noun = 0
            generic = None
            context = None
            for n in range(min(self._max_desc, len(words) - i), 0, -1):
                k = " ".join([head, *keys[i + 1:i + n]])
                if generic is None and k in kb.generics:
                    generic = (kb.generics[k], n)
                if context is None and k in kb.contexts:
                    context = (kb.contexts[k], n)
                if k in kb.descriptors:
                    sector, n_noun = kb.descriptors[k], n
                    break
            if sector is None and generic is None and context is None:
                i += 1
                continue
            if sector is None:
                sector, n_noun = generic or context
            j = i + n_noun
            country = None
            while j < len(words) and j < i + n_noun + 3:
                if keys[j] in kb.descriptors:
                    sector = kb.descriptors[keys[j]] if kb.descriptors[keys[j]] != "GOV" else sector
                    j += 1
                    continue
                if keys[j] in kb.descriptor_modifiers:
                    j += 1
                    continue
                forms = kb.nationality(keys[j])
                if forms:
                    country = forms[0].target
                    j += 1
                break
            if head != keys[i] and not country and (generic is None or generic[1] != 1):
                i += 1
                continue
            if country:
                s, e = span(i, j, pre)
                for k in range(i, j):
                    taken[k] = True
                inner = [m for m in out if s <= m.start and m.end <= e]
                named = next((m for m in inner if m.how == "alias" and m.actor
                              and (actor := kb.get(m.actor)) is not None and actor.kind != "state"), None)
                out = [m for m in out if m not in inner]
                if named is not None:  # "قوات الجيش اليمني" is the Yemeni army, not any Yemeni force
                    out.append(Mention(s, e, named.actor, "alias", extra=named.extra))
                else:
                    out.append(Mention(s, e, f"group:{country}:{sector}", "descriptor", country=country, sector=sector))
                i = j
            elif generic is not None and not any(taken[i:i + generic[1]]) and not _member_of(keys, words, i + generic[1], orgs):
                s, e = span(i, i + generic[1], pre)
                for k in range(i, i + generic[1]):
                    taken[k] = True
                out = [m for m in out if not (s <= m.start and m.end <= e)]
                out.append(Mention(s, e, f"group::{generic[0]}", "descriptor", sector=generic[0]))
                i += generic[1]
            elif context is not None and not any(taken[i:i + context[1]]):
                # country still unknown: _resolve_context gives the article's
                s, e = span(i, i + context[1])
                if not any(m.start < e and s < m.end for m in out):
                    for k in range(i, i + context[1]):
                        taken[k] = True
                    out.append(Mention(s, e, None, "context", sector=context[0]))
                i += context[1]
            else:
                i += 1
        out.extend(self._counted(text, words, keys, taken, span))
        return self._drop_epithets(text, out)

    def _weak_fallback(self, keys: list[str], target: str) -> str | None:
        """The descriptive group a weak alias names by its nationality adjective if its actor is
        not settled: "الجيش الليبي" (the LNA, or not) is at least Libya's army, "قوات الاحتلال
        الإسرائيلي" Israel's forces."""
        a = self.kb.get(target)
        if a is None or a.kind not in ("org", "group") or not a.sector:
            return None
        country = next((f[0].target for k in keys[1:] if (f := self.kb.nationality(k))), None)
        return f"group:{country}:{a.sector}" if country and country == a.country else None

    def _drop_epithets(self, text: str, out: list[Mention]) -> list[Mention]:
        """A nationality adjective right after a named group or organisation qualifies it, it is
        no actor of its own: "ميليشيات الحوثي الإيرانية", "حزب الله اللبناني" are the Houthis,
        Hezbollah (a city keeps its country: "بلدة دوما السورية")."""
        ends = {m.end: m for m in out if m.how != "nationality" and m.actor}
        keep = []
        for m in out:
            prev = next((p for e, p in ends.items() if e < m.start and not text[e:m.start].strip()), None)
            if (m.how == "nationality" and prev is not None and normalize_key(text[m.start:m.end]).startswith("ال")
                    and (a := self.kb.get(prev.actor)) is not None and a.kind in ("group", "org")):
                continue
            keep.append(m)
        return keep

    def _counted(self, text: str, words: list[tuple[int, int, int]], keys: list[str], taken: list[bool],
                 span) -> list[Mention]:
        """5. people named by their number ("اعتقلت الشرطة 89 شخصا", "أكثر من 400 شخص"):
        the victims and detainees that events act on."""
        kb = self.kb
        out: list[Mention] = []
        i = 0
        while i < len(words):
            if keys[i] not in kb.count_first and not keys[i][:1].isdigit():
                i += 1  # (most words start no count: passed over at once)
                continue
            k = i
            q = next((q for q in kb.count_qualifiers if tuple(keys[i:i + len(q)]) == q), ())
            k += len(q)
            n = k
            while n < len(words) and n < k + 3 and (keys[n].isdigit() or keys[n] in kb.count_words
                                                   or keys[n].replace(".", "").replace(",", "").isdigit()):
                n += 1
            if (n == k or n >= len(words) or keys[n] not in kb.counted or any(taken[i:n + 1])
                    or (n + 1 < len(words) and keys[n + 1] == "من")):  # "20 شخصا من عائلة": partitive
                i += 1
                continue
            sector, j = kb.counted[keys[n]], n + 1
            forms = kb.nationality(keys[j]) if j < len(words) and not taken[j] else []
            if sector == "REB" and j < len(words) and not forms and self._sided(keys[j]):
                i = j
                continue
            country = forms[0].target if forms else ""
            j += 1 if forms else 0
            s, e = span(i, j)
            for t in range(i, j):
                taken[t] = True
            out.append(Mention(s, e, f"group:{country}:{sector}", "descriptor", country=country or None, sector=sector))
            i = j
        return out

    def _sided(self, key: str) -> bool:
        """Counted fighters whose side the next word names ("مسلحين موالين للنظام", "مسلحا حوثيا")."""
        return key in self.kb.counted_sided or key.endswith(("يا", "يين", "يون"))

    # ---- whole document
    def link(self, doc: Document) -> Document:
        text = doc.text
        mentions: list[Mention] = []
        sentences = [raw_words(toks) for _, toks in doc.sentence_tokens()]
        for words in sentences:
            mentions.extend(self.sentence_mentions(text, words, doc.date))
        mentions.extend(self._ner_mentions(doc, mentions))
        main = self._main_country(mentions)  # weak and context mentions do not count, so one reading serves both
        mentions = self._resolve_weak(mentions, main)
        mentions = self._resolve_context(mentions, main)
        mentions = self._coref(text, doc, mentions)
        # per kept sentence: its raw words and their keys without clitics, for the passes below
        stems = [(words, [normalize_key(text[st:e]) for _, st, e in words]) for words in sentences]
        mentions = self._residents(mentions, stems, main)
        mentions = self._head_anaphora(doc, mentions, stems)
        mentions = self._bare_titles(doc, mentions, stems)
        mentions = self._own_country(text, mentions, stems, doc.date)
        mentions = self._the_latter(text, mentions, stems)
        doc.entities = self._entities(text, mentions, doc.date)
        doc.provided.add("actors")
        return doc

    def _ner_mentions(self, doc: Document, kb_mentions: list[Mention]) -> list[Mention]:
        out = []
        overlaps = _Overlaps(kb_mentions)
        for e in doc.entities:
            for m in e["mentions"]:
                if overlaps(m["start"], m["end"]):
                    continue
                surface = doc.text[m["start"]:m["end"]]
                if surface.strip() in FUNCTION_WORDS:
                    continue  # "على" tagged as a person: a preposition, not Ali
                end = m["end"]
                if e["type"] == "ORG" and (joined := NAME_CONJUNCT.match(doc.text, end)) \
                        and LAM_DEFINITE.search(surface) \
                        and not overlaps(end, joined.end()):
                    end = joined.end()  # "منظمة رصد للحقوق" + "والحريات": one name
                    surface = doc.text[m["start"]:end]
                _, rest = self.kb.strip_prefixes(surface)
                actors = self.kb.lookup(rest, strong_only=True) if rest else []
                actor = actors[0].id if len(actors) == 1 else None
                out.append(Mention(m["start"], end, actor, "alias" if actor else "ner", ner_type=e["type"]))
        return out

    def _main_country(self, mentions: list[Mention]) -> str | None:
        """The country an article is about: at least two thirds of its strong mentions of a
        country (the actors' countries), and two or more; else None."""
        counts: dict[str, int] = {}
        for m in mentions:
            if m.how in ("context", "ner", "weak") or not m.actor:
                continue
            a = self.kb.get(m.actor) if not m.actor.startswith("group:") else None
            c = m.country if a is None else a.country
            if c:
                counts[c] = counts.get(c, 0) + 1
        if not counts:
            return None
        main = max(counts, key=counts.__getitem__)
        return main if counts[main] >= 2 and counts[main] * 3 >= sum(counts.values()) * 2 else None

    def _resolve_weak(self, mentions: list[Mention], main: str | None) -> list[Mention]:
        """A weak alias ("مجلس النواب", "صالح") counts only for an actor named strongly in
        the article (among several, the first named wins), or, for an organisation
        ("الجيش الوطني", "التحالف"), of the country the article is about or fighting there
        (its ``theatres``: "التحالف" in a Yemen story is the Saudi-led coalition)."""
        first: dict[str, int] = {}
        for m in mentions:
            if m.how not in ("weak", "ner") and m.actor:
                first.setdefault(m.actor, m.start)
        out = []
        for m in mentions:
            if m.how == "weak":
                cands = m.extra.get("candidates", [m.actor])
                named = [c for c in cands if c in first]
                if named:
                    m.actor = min(named, key=first.__getitem__)
                else:
                    local = [c for c in cands if main and (a := self.kb.get(c)) is not None
                             and a.kind in ("org", "igo", "group") and (a.country == main or main in a.data.get("theatres", ()))]
                    if len(local) != 1:
                        if fallback := m.extra.get("fallback"):
                            # "الجيش الليبي" unresolved between the LNA and others: still Libya's army
                            _, country, sector = fallback.split(":")
                            out.append(Mention(m.start, m.end, fallback, "descriptor", country=country, sector=sector))
                        continue
                    m.actor = local[0]
                if "armed_from" in m.extra:  # "غارات طيران التحالف": the coalition's aircraft
                    m.start, m.how = m.extra.pop("armed_from"), "forces"
            out.append(m)
        return out

    def _resolve_context(self, mentions: list[Mention], main: str | None) -> list[Mention]:
        """"الشرطة", "الحكومة" with no nationality: the institution of the article's main
        country ``main`` (see _main_country), else dropped."""
        named: dict[tuple[str, str], str] = {}  # (country, sector) -> the first actor named so
        where: dict[str, tuple[int, str]] = {}  # institution -> (where it is first named, sector)
        for m in mentions:
            if m.how in ("context", "ner", "weak") or not m.actor or m.actor.startswith("group:"):
                continue
            a = self.kb.get(m.actor)
            if a is not None and a.kind == "org" and a.country and a.sector:
                named.setdefault((a.country, a.sector), a.id)  # an institution, not a person in it
                where[a.id] = (min(where.get(a.id, (m.start,))[0], m.start), a.sector)
        out = []
        for m in mentions:
            if m.how == "context":
                if main is None:
                    # no main country: "الشرطة" after "الشرطة البريطانية", the one police force named before
                    before = {x for x, (at, sec) in where.items() if sec == m.sector and at < m.start}
                    if len(before) == 1:
                        x = before.pop()
                        out.append(Mention(m.start, m.end, x, "context", country=self.kb.get(x).country, sector=m.sector))
                    elif (c := self._place_country(mentions, m)) is not None and m.sector == "MIL":
                        # "قصف كثيف نفذته القوات الحكومية، الجمعة، على محافظة درعا": the forces of the country
                        # whose places are named around them (not "النظام", "السلطات": they act far from home)
                        out.append(Mention(m.start, m.end, f"group:{c}:{m.sector}", "context", country=c, sector=m.sector))
                    continue
                # "الشرطة" after "الشرطة البريطانية" is that police force
                actor = named.get((main, m.sector or ""), f"group:{main}:{m.sector}")
                m = Mention(m.start, m.end, actor, "context", country=main, sector=m.sector)
            out.append(m)
        return out

    def _place_country(self, mentions: list[Mention], m: Mention) -> str | None:
        """The one country of the places (cities) named within PLACE_REACH characters of ``m``."""
        found = {a.country for x in mentions if x.actor and not x.actor.startswith("group:")
                 and abs(x.start - m.start) < PLACE_REACH and (a := self.kb.get(x.actor)) is not None
                 and a.kind == "city" and a.country}
        return found.pop() if len(found) == 1 else None

    def _residents(self, mentions: list[Mention], stems: list[tuple[list[tuple[int, int, int]], list[str]]],
                   main: str | None) -> list[Mention]:
        """"سكان الحديدة", "أهالي منطقة الغوطة": the residents of a place the article names, its
        country's civilians (not the place, where things happen)."""
        out = list(mentions)
        for words, keys in stems:
            for n, key in enumerate(keys):
                if key not in RESIDENTS or n + 1 >= len(words):
                    continue
                k = n + 2 if keys[n + 1] in PLACE_HEADS and n + 2 < len(words) else n + 1
                place = next((m for m in out if m.start == words[k][1] and (m.actor or m.ner_type == "LOC")), None)
                if place is None or (place.actor or "").startswith("group:"):
                    continue
                a = self.kb.get(place.actor) if place.actor else None
                if a is not None and a.kind not in ("city", "state"):
                    continue
                # (a place no base knows, "سكان منطقة الهلال النفطي": of the country the article is about)
                country = main if a is None else a.id if a.kind == "state" else a.country
                out = [m for m in out if m is not place]
                out.append(Mention(words[n][1], place.end, f"group:{country or ''}:CVL", "descriptor",
                                   country=country, sector="CVL"))
        return out

    def _head_anaphora(self, doc: Document, mentions: list[Mention],
                       stems: list[tuple[list[tuple[int, int, int]], list[str]]]) -> list[Mention]:
        """"المنظمة" after "منظمة العفو الدولية", "الحركة" after "حركة حماس": a definite head
        noun alone is the last actor named with that head before it."""
        text = doc.text
        heads = []  # (start, head key without ال, actor), in text order
        for m in sorted((m for m in mentions if m.actor and m.how not in ("nationality", "context")),
                        key=lambda m: m.start):
            first = _strip_clitic(normalize_key(text[m.start:m.end]).split(" ")[0])
            heads.append((m.start, first[2:] if first.startswith("ال") else first, m.actor))
            # the head may stand before the name: 'منظمة "مراسلون بلا حدود"'
            before = text[max(0, m.start - 20):m.start].replace('"', " ").replace("«", " ").split()
            if before:
                prev = _strip_clitic(normalize_key(before[-1]))
                if "ال" + prev in ANAPHORIC_HEADS:
                    heads.append((m.start, prev, m.actor))
        # (a bare head NER tagged on its own, "المنظمة", yields to the actor it stands for)
        taken = [(m.start, m.end) for m in mentions if m.actor or m.how != "ner"]
        out = list(mentions)
        for words, keys in stems:
            for (start, stem, end), key in zip(words, keys):
                if key not in ANAPHORIC_HEADS or any(s < end and start < e for s, e in taken):
                    continue
                actor = next((a for s, h, a in reversed(heads) if s < start and h == key[2:]), None)
                if actor is not None:
                    out = [m for m in out if not (m.start < end and start < m.end)]
                    out.append(Mention(stem, end, actor, "coref"))
        return out

    def _bare_titles(self, doc: Document, mentions: list[Mention],
                     stems: list[tuple[list[tuple[int, int, int]], list[str]]]) -> list[Mention]:
        """"وقال الرئيس" with no country: the last person named before it who holds that
        office at the article's date, else the holder in the country the article is about."""
        if not doc.date:
            return mentions
        kb = self.kb
        persons = sorted(((m.start, m.actor) for m in mentions if m.actor and not m.actor.startswith("group:")
                          and (a := kb.get(m.actor)) is not None and a.kind == "person"))
        main = self._main_country(mentions)
        out = list(mentions)
        for words, keys in stems:
            if not words or self._bare_first.isdisjoint(keys):
                continue
            lo, hi = words[0][0], words[-1][2]
            local = [m for m in out if m.start < hi and lo < m.end]  # this sentence's mentions
            i = 0
            while i < len(words):
                if keys[i] not in self._bare_first:
                    i += 1
                    continue
                hit = None
                for n in range(min(self._max_title, len(words) - i), 0, -1):
                    k = " ".join(keys[i:i + n])  # stems: "بالرئيس الروسي" is "الرئيس الروسي"
                    readings = kb.titles.get(k, ())
                    if readings:
                        hit = (n, k, {r for t in readings for r in t.roles}, all(t.bare for t in readings))
                        break
                if hit is None:
                    i += 1
                    continue
                n, k, roles, bare = hit
                if i + n < len(words) and keys[i + n] in FORMER:
                    i += n + 1  # "الرئيس السابق": no office holder of today
                    continue
                s, e = words[i][1], words[i + n - 1][2]
                inside = [m for m in local if m.start < e and s < m.end]
                if not bare and inside and all(m.how == "nationality" for m in inside):
                    out = [m for m in out if m not in inside]  # "الروسي" is part of "الرئيس الروسي"
                    local = [m for m in local if m not in inside]
                    inside = []
                if not inside:
                    actor = None
                    if not bare:  # a full title the first pass missed behind a clitic
                        holder = kb.holder(k, doc.date)
                        actor = holder.id if holder is not None else None
                    else:
                        actor = next((p for st, p in reversed(persons) if st < s and any(
                            r.role in roles for r in kb.get(p).roles_at(doc.date))), None)
                    if actor is None and bare and main is not None:
                        holder = kb.holder(k, doc.date, country=main)
                        actor = holder.id if holder is not None else None
                    if actor is not None:
                        out.append(Mention(s, e, actor, "coref"))
                        local.append(out[-1])
                i += n
        return out

    def _own_country(self, text: str, mentions: list[Mention],
                     stems: list[tuple[list[tuple[int, int, int]], list[str]]], date: str | None = None) -> list[Mention]:
        """"قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تطرد ...": "بلاده" is the state of the
        nearest actor named before it in the sentence that agrees with the pronoun (a person or
        a masculine body for بلاده, a state or a feminine body for بلادها, anyone for بلادنا)."""
        out = list(mentions)
        for words, keys in stems:
            bodies = [_own_body(k) for k in keys]
            if not words or (OWN_COUNTRY.keys().isdisjoint(keys) and not any(bodies)):
                continue
            lo = words[0][0]
            for (start, stem, end), key, body in zip(words, keys, bodies):
                gender = OWN_COUNTRY.get(key) or (body[2] if body else None)
                if gender is None or any(m.start < end and stem < m.end for m in out):
                    continue
                country = owner = None
                for m in sorted((m for m in out if lo <= m.start and m.end <= start and m.actor),
                                key=lambda m: -m.start):
                    a = self.kb.get(m.actor) if not m.actor.startswith("group:") else None
                    kind = a.kind if a is not None else "group"
                    c = a.country if a is not None else m.actor.split(":")[1] or None
                    if not c or kind in ("city", "igo"):
                        continue
                    first = normalize_key(text[m.start:m.end]).split(" ")[0]
                    fem = kind == "state" or first.endswith(("ه", "ات", "ا"))
                    plural = first.endswith(("يين", "ين", "ون")) and kind not in ("person", "state")
                    if gender == "1" or (gender == "m" and not fem and not plural) or (
                            gender == "f" and fem) or (gender == "p" and plural):
                        country, owner = c, a
                        break
                if country is None or self.kb.get(country) is None:
                    continue
                if body is None:
                    out.append(Mention(stem, end, country, "own"))
                    continue
                # "قوات حفتر" is the LNA, so "قواته" after Haftar; an armed group's forces are the group;
                # else the country's forces or government
                org = self.kb.possessive(body[0], owner, date) if owner is not None and owner.kind == "person" else None
                if owner is not None and owner.kind in ("org", "group") and body[1] == "MIL" and (
                        owner.sector in ("MIL", "REB", "INS", "UAF", "SEP")):
                    org = owner
                actor = org.id if org is not None else f"group:{country}:{body[1]}"
                out.append(Mention(stem, end, actor, "own", country=country, sector=body[1]))
        return out

    def _the_latter(self, text: str, mentions: list[Mention],
                    stems: list[tuple[list[tuple[int, int, int]], list[str]]]) -> list[Mention]:
        """"الأخير" after no noun it could qualify (a function word, a verb, an indefinite noun
        in construct, a sentence start) is the last actor named before it that agrees with it:
        "اتهمت السلطات التركية غولن، لكن الأخير ينفي" (not "الأيام الأخيرة", "زيارتها الأخيرة")."""
        out = list(mentions)
        for words, keys in stems:
            for n, ((start, stem, end), key) in enumerate(zip(words, keys)):
                gender = LATTER.get(key)
                if gender is None or any(m.start < end and stem < m.end for m in out):
                    continue
                before = text[words[n - 1][0]:words[n - 1][2]] if n else ""
                if n and (keys[n - 1].startswith("ال") or before.endswith(POSSESSED) or keys[n - 1] in COPULAS
                          or not before[-1].isalpha() or text[words[n - 1][2]:start].strip()):
                    continue  # "في السنوات الأخيرة", "زيارتها الأخيرة", 'الضربة "الثلاثية" الأخيرة'
                for m in sorted((m for m in out if m.end <= start and start - m.end < REACH_BACK
                                 and (m.actor or m.ner_type == "PER") and m.how != "nationality"),
                                key=lambda m: -m.start):
                    if m.actor is None:
                        break  # a person the base does not know ("تجاه السمان غير ان الأخير حاول")
                    a = self.kb.get(m.actor) if not m.actor.startswith("group:") else None
                    kind = a.kind if a is not None else "group"
                    if kind == "city" or normalize_key(text[max(0, m.start - 4):m.start]).strip().endswith("في"):
                        continue  # a place: "في قصر الإليزيه"
                    first = text[m.start:m.end].split(" ")[0]
                    fem = kind == "state" or first.endswith(("ة", "ات"))
                    if fem == (gender == "f"):
                        out.append(Mention(stem, end, m.actor, "coref", country=m.country, sector=m.sector))
                        break
        return out

    def _coref(self, text: str, doc: Document, mentions: list[Mention]) -> list[Mention]:
        """A single-word NER person, or a surname token, after the full name: the same person."""
        persons: dict[str, str] = {}  # surname key -> actor id (first full mention wins)
        for m in sorted(mentions, key=lambda m: m.start):
            if m.actor and not m.actor.startswith("group:"):
                a = self.kb.get(m.actor)
                words = normalize_key(text[m.start:m.end]).split(" ")
                if a is not None and a.kind == "person" and len(words) >= 2:
                    persons.setdefault(words[-1], m.actor)
        first: dict[str, int] = {}
        for x in mentions:
            if x.actor and (x.actor not in first or x.start < first[x.actor]):
                first[x.actor] = x.start
        # full names of the persons linked in this article, for spelling variants
        # ("أنطونيو غوتيرس" after "أنطونيو غوتيريش" / "غوتيريس")
        full: dict[str, str] = {}
        for actor in {m.actor for m in mentions if m.actor and not m.actor.startswith("group:")}:
            a = self.kb.get(actor)
            if a is not None and a.kind == "person":
                for name in (a.name, *a.aliases):
                    k = normalize_key(name)
                    if len(k.split(" ")) >= 2:
                        full.setdefault(k, actor)
        out = []
        for m in mentions:
            if m.actor is None and m.ner_type == "PER":
                k = normalize_key(text[m.start:m.end])
                if k in persons and first.get(persons[k], len(text)) < m.start:
                    m = Mention(m.start, m.end, persons[k], "coref", ner_type="PER")
                elif len(k.split(" ")) >= 2 and full:
                    best = process.extractOne(k, full.keys(), scorer=fuzz.ratio, score_cutoff=SPELLING_VARIANT)
                    if best is not None:
                        m = Mention(m.start, m.end, full[best[0]], "coref", ner_type="PER")
            out.append(m)
        return out

    def _entities(self, text: str, mentions: list[Mention], date: str | None) -> list[dict]:
        kb = self.kb
        groups: dict[str, dict] = {}
        for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
            if m.actor and not m.actor.startswith("group:"):
                key = m.actor
            elif m.actor:
                key = m.actor
            else:
                key = f"ner:{m.ner_type}:{normalize_key(text[m.start:m.end])}"
            g = groups.get(key)
            if g is None:
                g = groups[key] = {"id": f"e{len(groups) + 1}", "mentions": [], "_m": []}
            g["mentions"].append({"start": m.start, "end": m.end, "how": m.how})
            g["_m"].append(m)
        out = []
        for key, g in groups.items():
            ms = g.pop("_m")
            a = kb.get(key) if not key.startswith(("group:", "ner:")) else None
            if a is not None:
                g.update({"type": TYPE_OF_KIND.get(a.kind, "ORG"), "name": a.name, "name_en": a.name_en,
                          "kb_id": a.id, "wikidata": a.wikidata, "country": a.country,
                          "sector": a.sector_at(date) if date else a.sector, "kind": a.kind})
            elif key.startswith("group:"):
                _, country, sector = key.split(":")
                state = kb.state(country) if country else None
                where = state.name_en if state else (country or "unspecified")
                g.update({"type": "ORG", "name": text[ms[0].start:ms[0].end],
                          "name_en": f"{where} ({sector})", "kb_id": None,
                          "wikidata": None, "country": country or None, "sector": sector, "kind": "group"})
            else:
                g.update({"type": ms[0].ner_type or "MISC", "name": text[ms[0].start:ms[0].end], "name_en": None,
                          "kb_id": None, "wikidata": None, "country": None, "sector": None, "kind": None})
            g["how"] = sorted({m.how for m in ms})
            g["mentions"] = _dedupe_spans(g["mentions"])
            out.append({k: g[k] for k in ("id", "type", "name", "name_en", "kb_id", "wikidata", "country",
                                          "sector", "kind", "how", "mentions")})
        return out


def _dedupe_spans(spans: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        k = (s["start"], s["end"])
        if k not in seen:
            seen.add(k)
            out.append(s)
        elif s.get("how") not in ("nationality", "weak"):
            out = [x if (x["start"], x["end"]) != k else s for x in out]
    return out


def actors_component(extra: tuple[str, ...] = ()):
    from ..kb import KBError, load_kb
    from ..errors import RasdError
    from ..pipeline import Component
    from pathlib import Path

    try:
        kb = load_kb([Path(p) for p in extra] or None)
    except KBError as e:
        raise RasdError("E303", why=str(e)) from None
    linker = Linker(kb)
    return Component("actors", linker.link, ("tokens", "sentences"), ("actors", "entities"))
