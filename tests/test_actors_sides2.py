"""Session 9 (sides): the linker's references back to an actor named before."""
from rasd.api import analyze, load, to_dict

PIPE = ("clean", "segment", "actors")


def _linked(text, date="2018-06-01"):
    """(surface, canonical name) of every mention."""
    rec = to_dict(analyze(text, date=date, pipeline=load(PIPE)))
    t = rec["text"]
    return [(t[m["start"]:m["end"]], e["name"]) for e in rec["entities"] for m in e["mentions"]]


def test_the_latter_alone_is_the_last_actor_named_that_agrees_with_it():
    got = _linked("وتصاعد التوتر بين الحكومة اليمنية والإمارات بعد نشر الأخيرة قوات لها في الجزيرة.")
    assert ("الأخيرة", "الإمارات العربية المتحدة") in got, got


def test_the_last_qualifying_a_noun_or_after_a_copula_is_no_actor():
    got = _linked("وتراجعت قطر إلى المرتبة السادسة والأخيرة في السنوات الأخيرة، "
                  "وقال بوتين إن زيارته الأخيرة لم تكن الأخيرة.")
    assert not any("خير" in s for s, _ in got), got



def test_states_counted_with_the_short_number_form_are_a_group():
    # "ثماني دول", "أربع دول": numbers before a feminine noun; "ست سنوات" counts no party
    got = _linked("واعترضت ثماني دول على النص بينما امتنعت أربع دول أخرى عن التصويت، وقال المسؤول إن ست سنوات مضت.")
    assert [s for s, _ in got] == ["ثماني دول", "أربع دول"], got


def test_a_plural_nationality_after_a_descriptor_stays_its_adjective():
    got = _linked("وقال مسؤولون عراقيون إن الحكومة التركية قصفت مواقع حزب العمال الكردستاني.")
    assert ("مسؤولون عراقيون", "مسؤولون عراقيون") in got and ("عراقيون", "العراق") not in got, got
