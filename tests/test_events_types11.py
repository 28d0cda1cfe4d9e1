"""Event types, session 11: confusions between the coders' types and rasd's."""
from .test_events import _events_of


def test_abducting_people_is_coerced_like_an_arrest():
    # the coders type the seizure of people as detention (COERCE), not an attack
    evs = _events_of("واختطفت ميليشيات الحوثي، السبت، أكثر من 50 طالبا من حرم جامعة صنعاء.")
    assert any(t == "COERCE" and a == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs
    assert not any(t == "ASSAULT" for t, a, r, _ in evs), evs


def test_hijacking_a_plane_stays_an_attack():
    evs = _events_of("وفي عام 1988، اختطفت ميليشيا حزب الله طائرة مدنية كويتية متجهة إلى الكويت.")
    assert any(t == "ASSAULT" for t, a, r, _ in evs), evs
    assert not any(t == "COERCE" for t, a, r, _ in evs), evs



def test_activists_are_a_party_that_can_be_abducted():
    evs = _events_of("شنت ميليشيات الحوثي حملة خطف جديدة استهدفت عددا من النشطاء في صنعاء.")
    assert any(t == "COERCE" and r == ["النشطاء"] for t, a, r, _ in evs), evs
