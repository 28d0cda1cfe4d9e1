"""COERCE, SANCTION and AID: triggers and their context (session 8)."""

from .test_events import _events_of


def test_a_purpose_or_a_demanded_prevention_is_no_ban():
    evs = _events_of("ونحمّل حماس المسؤولية لمنع شن هذه الهجمات على إسرائيل.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs
    evs = _events_of("وحذر إيغلاند من كارثة، داعيا المجتمع الدولي إلى منع امتداد الحرب إلى سوريا.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs
    evs = _events_of("منعت السلطات المصرية الصادق المهدي، رئيس حزب الأمة السوداني، من دخول البلاد.")
    assert any(t == "COERCE" for t, _, _, _ in evs), evs
