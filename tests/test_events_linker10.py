"""Session 10 (linker): sides the linker did not name."""
from .test_events import _events_of


def test_fighters_counted_with_no_side_named_are_gunmen_of_their_own():
    evs = _events_of("وقال الجيش المصري إن قواته قتلت 7 مسلحين في شمال سيناء.")
    assert any(t == "ASSAULT" and r == ["7 مسلحين"] for t, a, r, _ in evs), evs


def test_fighters_counted_with_their_side_after_them_are_no_group_of_their_own():
    evs = _events_of("وأعلن الجيش مقتل 9 مسلحين موالين للنظام في الغارات.")
    assert not any(r == ["9 مسلحين"] for t, a, r, _ in evs), evs
