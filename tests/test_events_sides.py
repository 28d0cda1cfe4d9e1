"""Events whose trigger is found but one side was not read (session 8, sides helper)."""
from .test_events import _events_of


def test_counterpart_named_by_nationality_after_a_speakers_pronoun_is_the_target():
    # "أنه بحث مع نظيره الأردني": the subject is the speaker, the one met his Jordanian counterpart
    evs = _events_of("وقال وزير الخارجية المصري سامح شكري إنه بحث مع نظيره الأردني تنسيق القمة العربية "
                     "المقبلة في السعودية، وتطورات الوضع في قطاع غزة.")
    assert any(t == "CONSULT" and r == ["الأردن"] for t, a, r, _ in evs), evs
