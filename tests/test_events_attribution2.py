"""Attribution, session 9: who the article says makes the claim of each event."""
from .test_events_attribution import _attributed


def test_a_spokesman_is_named_with_the_body_he_speaks_for():
    # "باسم" is written as one word: the source is the spokesman of the Iranian foreign ministry
    evs = _attributed("شدد المتحدث باسم الخارجية الإيرانية على أن الحكومة السورية تعاونت مع الأمم المتحدة "
                      "والمجتمع الدولي.", date="2018-04-08")
    coop = [e for e in evs if e[0] == "COOPERATE"]
    assert coop and coop[0][3] == "المتحدث باسم الخارجية الإيرانية", evs

