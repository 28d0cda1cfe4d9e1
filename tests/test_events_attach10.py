"""Session 10: a side the linker names but the role reader did not attach."""

from .test_events import _events_of


def test_banning_a_groups_activity_and_seizing_its_assets_acts_on_the_group():
    evs = _events_of("وتصنف الحكومة المصرية جماعة الإخوان المسلمين بأنها إرهابية، وحظرت نشاطها وتحفظت على أصولها.")
    coerced = [(a, r) for t, a, r, _ in evs if t == "COERCE"]
    assert len(coerced) >= 1 and all(r == ["جماعة الإخوان المسلمين"] for a, r in coerced), evs
