"""Session 11: right type, wrong sides (who is filled in as source or target)."""
from .test_events import _events_of


def test_a_news_agency_reporting_a_toll_is_not_the_killer():
    # Reuters' seat (GBR) is no side: the agency counts the dead of an attack it does not name
    for text in ("وذكرت وكالة رويترز أن 20 شخصا قتلوا في الغارة.",
                 "وقتل 20 مدنيا في غارة على سوق شعبي، بحسب وكالة رويترز."):
        evs = _events_of(text)
        assert not any("وكالة رويترز" in a for _, a, _, _ in evs), evs
