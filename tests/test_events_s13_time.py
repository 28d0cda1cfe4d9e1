"""The time of events (session 13): which date an event takes."""
from rasd.api import analyze, load, to_dict

from .test_events import PIPE


def _dated(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    rec = to_dict(analyze(text, date=date, pipeline=load(PIPE)))
    return [(x["type"], x["date"], text[x["date_span"]["start"]:x["date_span"]["end"]] if x["date_span"] else None)
            for x in rec["events"]]


def test_an_act_the_article_dates_nowhere_has_no_date():
    # the issue: unresolvable stays null (coders often give such acts the publication day,
    # but nothing in the text says so; a user can fall back on the article's date)
    evs = _dated("وقصفت مقاتلات التحالف العربي مواقع الحوثيين في صعدة.", "2018-06-02")
    assert evs and all(d is None and span is None for _, d, span in evs), evs


def test_a_day_named_days_before_publication_is_not_the_story_day_of_undated_acts():
    text = ("التقى الرئيس اليمني عبد ربه منصور هادي، الاثنين، وزير الخارجية السعودي عادل الجبير. "
            "وقصفت مقاتلات التحالف العربي مواقع الحوثيين في صعدة.")
    rec = to_dict(analyze(text, date="2018-06-02", pipeline=load(PIPE)))
    strikes = [x for x in rec["events"] if x["evidence"][0]["start"] > text.index("وقصفت")]
    # Monday is five days before this Saturday's paper: the strike is not dated by it
    assert strikes and all(x["date"] is None for x in strikes), rec["events"]
    meetings = [x for x in rec["events"] if x["evidence"][0]["start"] < text.index("وقصفت")]
    assert meetings and all(x["date"] == "2018-05-28" for x in meetings), rec["events"]
