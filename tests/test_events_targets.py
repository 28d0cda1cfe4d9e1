"""Guessed targets (another actor of the sentence, the source's usual foe): which guesses hold."""
from .test_events import _events_of


def test_hostile_act_is_not_guessed_at_the_sources_ally():
    # Hezbollah backs the Assad regime in the same sentence: its threat is not aimed at it
    evs = _events_of("ينظر الأميركيون إلى لبنان من باب أمن إسرائيل وتهديد حزب الله لها، "
                     "أو من باب الأزمة السورية ودعم حزب الله لنظام الأسد.")
    assert not any(t == "THREATEN" and r == ["الحكومة السورية"] for t, _, r, _ in evs), evs
    assert any(t == "SUPPORT" and a == ["حزب الله"] and r == ["الحكومة السورية"] for t, a, r, _ in evs), evs


def test_who_leads_the_source_is_not_its_target():
    # "بقيادة السيسي" names the army's commander; the one ousted is the president after it
    evs = _events_of("عزل الجيش بقيادة السيسي الرئيس محمد مرسي عام 2013.")
    assert any(t == "COERCE" and r == ["محمد مرسي"] for t, _, r, _ in evs), evs
    assert not any("عبد الفتاح السيسي" in r for _, _, r, _ in evs), evs


def test_hostile_act_guessed_at_the_source_s_ally_falls_back_to_the_party_named_before():
    # "تهديد حزب الله لها": not the regime it backs (after), but Israel, named before
    evs = _events_of("ينظر الأميركيون إلى لبنان من باب أمن إسرائيل وتهديد حزب الله لها، "
                     "أو من باب الأزمة السورية ودعم حزب الله لنظام الأسد.")
    assert any(t == "THREATEN" and a == ["حزب الله"] and r == ["إسرائيل"] for t, a, r, _ in evs), evs


def test_a_body_named_in_the_source_s_apposition_is_not_its_target():
    # "البرادعي، الرئيس الأسبق للوكالة الدولية": his former post, not whom he calls on
    evs = _events_of("دعا الدكتور محمد البرادعي، الرئيس الأسبق للوكالة الدولية للطاقة الذرية، المصريين إلى الحوار.")
    assert not any("الوكالة الدولية للطاقة الذرية" in r for _, _, r, _ in evs), evs


def test_one_named_in_the_charge_is_not_the_accused():
    # the accused is the unknown name before "بدعم"; the PKK is what she is charged with backing
    evs = _events_of("واتهمت تركيا فاركاس بدعم حزب العمال الكردستاني.")
    assert not any(t == "ACCUSE" and "حزب العمال الكردستاني" in r for t, _, r, _ in evs), evs


def test_a_monitor_read_as_an_attacker_gets_no_usual_foe():
    # the Observatory reports the shelling: "القصف" and "قتلت" are not aimed at the children its
    # report counts, only the strike read in its own sentence stays
    evs = _events_of("وقال المرصد السوري لحقوق الإنسان إن غارة استهدفت مخيما للنازحين وقتلت 16 طفلا. "
                     "وأضاف المرصد أن القصف تواصل طوال الليل.")
    assert len([e for e in evs if e[0] == "ASSAULT" and e[1] == ["المرصد السوري لحقوق الإنسان"]]) == 1, evs


def test_a_state_named_before_a_demand_only_as_where_things_happened_is_not_its_addressee():
    # Britain is where the spy was poisoned; Turkey's demand is not addressed to it
    evs = _events_of("وبعد تسميم الجاسوس الروسي السابق في بريطانيا، طالبت تركيا بتقديم الجناة للعدالة.")
    assert not any(t == "REQUEST" and r == ["المملكة المتحدة"] for t, _, r, _ in evs), evs
