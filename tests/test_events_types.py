"""Event types: the reading that decides which PLOVER type a trigger gives (session 8)."""

from .test_events import _events_of


def test_withdrawing_from_a_country_is_a_retreat_from_it():
    evs = _events_of("وقال مسؤول إن الرئيس الأمريكي دونالد ترامب قرر الانسحاب من سوريا.")
    assert any(t == "RETREAT" and a == ["دونالد ترامب"] and r == ["سوريا"] for t, a, r, _ in evs), evs
    assert not any(t == "SANCTION" for t, *_ in evs), evs


def test_strikes_of_the_speakers_side_on_a_condition_are_a_threat():
    # "إنه في حال قررت بلاده شن ضربات ...": no strike made, a threat made now
    evs = _events_of("وقال الرئيس الفرنسي إيمانويل ماكرون إنه وفي حال قررت بلاده شن ضربات عسكرية على سوريا "
                     "فسوف تستهدف القدرات الكيميائية للنظام.")
    assert any(t == "THREATEN" and a == ["إيمانويل ماكرون"] and r == ["سوريا"] for t, a, r, _ in evs), evs


def test_the_ally_named_by_bi_isnad_min_is_never_the_target_of_the_attack():
    # "بإسناد من التحالف", "بدعم من التحالف": the forces' ally, not whom they fight
    evs = _events_of("وتسعى قوات الجيش اليمني، بدعم من التحالف العربي، لاستكمال تحرير محافظة البيضاء.")
    assert not any(t in ("ASSAULT", "COERCE") and "التحالف العربي" in r for t, a, r, _ in evs), evs


def test_an_armys_advance_on_a_front_is_an_assault():
    evs = _events_of("وحققت قوات النظام السوري تقدما في محافظة درعا على حساب الفصائل المعارضة.")
    assert any(t == "ASSAULT" and a == ["الجيش السوري"] and r == ["الفصائل المعارضة"] for t, a, r, _ in evs), evs
    # progress in talks is no advance
    assert not any(t == "ASSAULT" for t, *_ in _events_of(
        "وقال المبعوث إن الأطراف حققت تقدما في المحادثات مع الحكومة اليمنية.")), evs


def test_bringing_charges_against_someone_is_an_accusation():
    evs = _events_of("وكانت النيابة العامة المصرية قد وجهت تهما بالإرهاب إلى جماعة الإخوان المسلمين.")
    assert any(t == "ACCUSE" and a == ["النيابة العامة المصرية"] and r == ["جماعة الإخوان المسلمين"]
               for t, a, r, _ in evs), evs


def test_attacking_a_named_person_with_the_verb_hajama_is_in_words():
    evs = _events_of("وهاجمت كوريا الشمالية بشدة مستشار الأمن القومي الأمريكي جون بولتون.")
    assert any(t == "ACCUSE" and a == ["كوريا الشمالية"] and r == ["جون بولتون"] for t, a, r, _ in evs), evs
    assert not any(t == "ASSAULT" for t, *_ in evs), evs
