"""Session 11: time of matched events (timex.py)."""
from rasd.api import analyze, to_dict
from rasd.events.timex import coming, find_times

from .test_events import named_events


def _dated(text, date):
    return named_events(to_dict(analyze(text, date=date)), "date")


def test_a_past_act_within_a_counted_span_runs_from_its_start_to_publication():
    # "killed within seven days of shelling" in a paper of 24 February: 17-24 February
    evs = _dated("وقتلت قوات النظام السوري أكثر من 500 مدني في الغوطة الشرقية خلال سبعة أيام من القصف.",
                 "2018-02-24")
    assert [d for t, a, r, d in evs if t == "ASSAULT"] == ["2018-02-17/2018-02-24"], evs
    (tx,) = find_times("فر أكثر من 30 ألف مدني من عفرين خلال 24 ساعة", pub="2018-03-15")
    assert tx.value == "2018-03-14/2018-03-15"


def test_a_planned_act_within_a_counted_span_runs_from_publication_on():
    (tx,) = find_times("قرر مجلس الأمن أن يجتمع مجددا خلال يومين", pub="2018-02-24")
    assert coming(tx, "2018-02-24").value == "2018-02-24/2018-02-26"


def test_a_span_of_months_or_an_uncounted_one_is_no_time():
    assert find_times("خلال شهرين من القتال", pub="2018-03-29") == []
    assert find_times("ستواصل فرنسا المحادثات خلال أيام", pub="2018-04-10") == []
