"""Session 11: right type, wrong sides (who is filled in as source or target)."""
from .test_events import _events_of


def test_a_news_agency_reporting_a_toll_is_not_the_killer():
    # Reuters' seat (GBR) is no side: the agency counts the dead of an attack it does not name
    for text in ("وذكرت وكالة رويترز أن 20 شخصا قتلوا في الغارة.",
                 "وقتل 20 مدنيا في غارة على سوق شعبي، بحسب وكالة رويترز."):
        evs = _events_of(text)
        assert not any("وكالة رويترز" in a for _, a, _, _ in evs), evs


def test_a_state_named_only_as_where_talks_are_held_is_no_party_to_them():
    # "محادثات ... في سوريا", "لقمة في سنغافورة": the place of the talks, not the one talked with
    for text in ("تجري الحكومة الألمانية محادثات بشأن إمكانية نشر قوات عسكرية في سوريا.",
                 "وتستعد كوريا الشمالية لقمة في سنغافورة."):
        evs = _events_of(text)
        assert not any(t == "CONSULT" for t, _, _, _ in evs), evs
