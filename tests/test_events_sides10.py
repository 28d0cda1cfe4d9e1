"""Session 10 (sides): events whose missing side is now named or read."""
from .test_events import _events_of


def test_a_bare_air_force_in_a_one_country_story_is_that_countrys_air_force():
    # "القوات الجوية" with no nationality, in an Egyptian army statement: Egypt's air force strikes
    evs = _events_of("أعلن الجيش المصري بدء عملية شاملة في سيناء. وذكر البيان أن القوات الجوية دمرت مواقع لتنظيم داعش.")
    assert any(t == "ASSAULT" and a == ["القوات المسلحة المصرية"] and r == ["تنظيم الدولة الإسلامية"] for t, a, r, _ in evs), evs
