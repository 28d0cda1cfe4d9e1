"""Session 10: verbal conflict (condemnation, blame)."""

from .test_events import _events_of


def test_a_spokesman_as_the_subject_condemns_for_the_body_he_speaks_for():
    evs = _events_of('وأدان المتحدث باسم الحكومة الإيرانية محمد باقر نوبخت بشدة ما وصفه بـ "مجازر الجيش الإسرائيلي" في غزة.')
    assert any(t == "ACCUSE" and "محمد باقر نوبخت" in a and r == ["الجيش الإسرائيلي"] for t, a, r, _ in evs), evs
