"""Acts named inside statements about them (session 10, wave 2)."""
from .test_events import _events_of


def test_an_attack_named_before_a_threat_verb_pointing_back_to_it_is_only_threatened():
    # "ضربات محتملة تهدد بها الدول الغربية": the strikes are the West's threat, none was struck
    evs = _events_of("وبدأ الجيش السوري بإخلاء مطارات وقواعد عسكرية تحسبا لضربات محتملة تهدد بها الدول الغربية.")
    assert not any(t == "ASSAULT" for t, *_ in evs), evs


def test_the_one_exposed_to_an_act_past_a_demonstrative_suffers_it():
    # "مسؤولية تعرض سوريا لهذه العمليات العسكرية": Syria is struck, it strikes no one
    evs = _events_of("وحمّل المصدر النظام السوري مسؤولية تعرض سوريا لهذه العمليات العسكرية، في ظل تقاعس المجتمع الدولي.")
    assert not any(t == "ASSAULT" and "سوريا" in a for t, a, *_ in evs), evs


def test_defending_strikes_is_backing_those_who_struck():
    # "دافع ماكرون ... عن الضربات العسكرية الأميركية ...": backing the US and Britain, not the parliament
    evs = _events_of("دافع الرئيس الفرنسي إيمانويل ماكرون، أمام البرلمان الأوروبي، الثلاثاء، عن الضربات العسكرية "
                     "الأميركية والفرنسية والبريطانية على مواقع تابعة لنظام الرئيس السوري بشار الأسد.")
    assert any(t == "SUPPORT" and "الولايات المتحدة" in r for t, a, r, _ in evs), evs
    assert not any(t == "SUPPORT" and "البرلمان الأوروبي" in r for t, a, r, _ in evs), evs
