"""Property-based tests: any Unicode string, no exception, every span in range and exact.

CI runs the default profile (a few hundred examples); bench/fuzz.py runs 10,000+.
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.api import load, to_dict, validate
from rasd.document import Document
from rasd.text.normalize import normalize
from rasd.text.tokenize import tokenize

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("RASD_HYPOTHESIS_PROFILE", "ci"))

ARABIC_BITS = ["قال", "الرئيس", "التركي", "رجب طيب أردوغان", "إن", "مصر", "ولحفتر", "لـ", "\"", "،", ".", "\n",
               "اقــرأ أيضاً", "#باب_العامود", "ـ", "ً", "\u200f", "\u200b", "ﻻ", "٢٠١٩", "مساء الثلاثاء",
               "التقى", "وقّعها", "مع", "بين", " ", "  ", "\t", "ردود فعل غاضبة في قبرص واليونان"]
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(ARABIC_BITS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(ARABIC_BITS), st.text(max_size=3)), max_size=40).map("".join),
)


@given(texts)
def test_normalize_maps_every_folded_character_into_the_original(text):
    n = normalize(text)
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)


@given(texts)
def test_tokens_are_ordered_non_overlapping_slices(text):
    toks = tokenize(text)
    for a, b in zip(toks, toks[1:]):
        assert a.end <= b.start
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
        assert not text[t.start:t.end].isspace()


PIPE = load(("clean", "segment", "actors", "events"))


@given(texts)
def test_whole_analysis_never_fails_and_output_is_valid(text):
    rec = to_dict(PIPE(Document(text=text, date="2019-12-05")))
    validate(rec)
    n = len(text)
    for key in ("removed", "paragraphs", "sentences"):
        for s in rec[key]:
            assert 0 <= s["start"] <= s["end"] <= n
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]].strip()
    for ev in rec["events"]:
        for s in ev["evidence"]:
            assert 0 <= s["start"] < s["end"] <= n
        if ev["attribution"]:
            a = ev["attribution"]
            assert text[a["start"]:a["end"]] == a["text"]
        if ev["date_span"]:
            assert 0 <= ev["date_span"]["start"] < ev["date_span"]["end"] <= n
