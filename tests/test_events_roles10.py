"""Session 10: events whose type is right but whose actors were wrong."""

from .test_events import _events_of


def test_nationality_epithet_of_a_named_group_is_not_its_target():
    # "ميليشيات الحوثي الإيرانية": the Houthis, qualified as Iranian; Iran is not the one prevented
    evs = _events_of("منعت ميليشيات الحوثي الإيرانية المئات من سكان مديرية التحيتا من النزوح إلى مناطق آمنة.")
    assert not any("إيران" in a or "إيران" in r for _, a, r, _ in evs), evs
