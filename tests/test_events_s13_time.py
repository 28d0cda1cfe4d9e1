"""The time of events (session 13): which date an event takes."""
from rasd.api import analyze, load, to_dict

from .test_events import PIPE


def _dated(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    rec = to_dict(analyze(text, date=date, pipeline=load(PIPE)))
    return [(x["type"], x["date"], text[x["date_span"]["start"]:x["date_span"]["end"]] if x["date_span"] else None)
            for x in rec["events"]]


def test_an_act_the_article_dates_nowhere_is_news_of_its_publication_day():
    evs = _dated("وقصفت مقاتلات التحالف العربي مواقع الحوثيين في صعدة.", "2018-06-02")
    assert evs and all(d == "2018-06-02" and span is None for _, d, span in evs), evs
    # a plan is not: it has no day yet
    evs = _dated("وتعتزم السعودية إرسال مساعدات إلى اليمن.", "2018-06-02")
    assert all(d is None for _, d, _ in evs), evs
