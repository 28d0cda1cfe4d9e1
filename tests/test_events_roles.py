"""Role reading (who acts, who is acted on): session 8."""
from .test_events import _events_of


def test_travellers_and_prisoners_are_collective_parties():
    # "المسافرين", "السجناء": a collective of people named on its own is the one acted on
    evs = _events_of("نفذت ميليشيات الحوثي، الأربعاء، حملة اعتقالات واسعة في صفوف المسافرين عبر نقاط التفتيش.")
    assert any(t == "COERCE" and r and "المسافرين" in r[0] for t, _, r, _ in evs), evs
    evs = _events_of("أفرجت ميليشيات الحوثي عن عشرات السجناء في محافظة الحديدة.")
    assert any(r and "السجناء" in r[0] for _, _, r, _ in evs), evs
