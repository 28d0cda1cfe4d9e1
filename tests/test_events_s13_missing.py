"""Session 13: sides of one-sided events that a careful reader finds elsewhere in the text."""

from .test_events import _events_of


def test_a_rebel_leader_is_no_second_rebel_group_for_a_state_force_s_foe():
    # "وتواصل قوات الشرعية تقدمها": no foe named; the article's one armed group is the Houthis,
    # whose leader named in it (عبدالملك الحوثي) is one of them, not a group of his own
    text = ("وقال زعيم الميليشيات عبدالملك الحوثي إن قواته لن تنسحب من صعدة. "
            "وتكبدت ميليشيات الحوثي خسائر فادحة في صعدة. "
            "وتمكنت قوات الجيش اليمني من تحرير مواقع جديدة في مديرية باقم.")
    evs = [e[:3] for e in _events_of(text)]
    assert ("ASSAULT", ["الجيش اليمني"], ["جماعة أنصار الله"]) in evs, evs
