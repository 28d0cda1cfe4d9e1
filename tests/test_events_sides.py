"""Events whose trigger is found but one side was not read (session 8, sides helper)."""
from .test_events import _events_of


def test_counterpart_named_by_nationality_after_a_speakers_pronoun_is_the_target():
    # "أنه بحث مع نظيره الأردني": the subject is the speaker, the one met his Jordanian counterpart
    evs = _events_of("وقال وزير الخارجية المصري سامح شكري إنه بحث مع نظيره الأردني تنسيق القمة العربية "
                     "المقبلة في السعودية، وتطورات الوضع في قطاع غزة.")
    assert any(t == "CONSULT" and r == ["الأردن"] for t, a, r, _ in evs), evs


def test_a_counterpart_after_the_verb_or_its_preposition_is_the_target():
    # "طلبت من نظيرتها القبرصية": the Cypriot counterpart is asked, not Egypt named after ل
    evs = _events_of("وكانت النيابة العامة المصرية قد طلبت من نظيرتها القبرصية تسليم المتهم لمصر.")
    assert any(t == "REQUEST" and r == ["قبرص"] for t, a, r, _ in evs), evs
    # "التقى لافروف نظيره التركي": the Turkish counterpart is met, not Lavrov's own country
    evs = _events_of("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة.")
    assert any(t == "CONSULT" and r == ["تركيا"] for t, a, r, _ in evs), evs


def test_a_name_between_commas_after_its_title_closes_the_subject():
    # "الرئيس التركي، رجب طيب أردوغان، الولايات المتحدة": the second comma ends the apposition,
    # the name after it is the object, not a third member of the subject
    evs = _events_of("وفي المقابل، هدد الرئيس التركي، رجب طيب أردوغان، الولايات المتحدة بتلقي صفعة عثمانية.",
                     date="2018-05-30")
    assert ("THREATEN", ["رجب طيب أردوغان"], ["الولايات المتحدة"]) in [e[:3] for e in evs], evs


def test_a_repelled_infiltration_is_the_attackers_assault_on_those_who_repelled_it():
    # "أحبطت القوات ... محاولة تسلل لميليشيات الحوثي": the Houthis tried to infiltrate the forces' lines
    evs = _events_of("أحبطت القوات اليمنية المشتركة محاولة تسلل لميليشيات الحوثي في منطقة الفازة.",
                     date="2018-05-30")
    pairs = [e[:3] for e in evs]
    assert ("ASSAULT", ["القوات اليمنية المشتركة"], ["جماعة أنصار الله"]) in pairs, evs
    assert ("ASSAULT", ["جماعة أنصار الله"], ["القوات اليمنية المشتركة"]) in pairs, evs


def test_foiling_or_repelling_an_attack_is_force_against_the_attackers():
    # "أفشلت قوات الشرعية هجوماً لمليشيا الحوثي": both the foiling and the attack are events
    evs = _events_of("أفشلت قوات الشرعية هجوماً لمليشيا الحوثي في جبال حام بمديرية المتون.", date="2018-05-30")
    pairs = [e[:3] for e in evs]
    assert ("ASSAULT", ["الجيش اليمني"], ["جماعة أنصار الله"]) in pairs, evs
    assert ("ASSAULT", ["جماعة أنصار الله"], ["الجيش اليمني"]) in pairs, evs
