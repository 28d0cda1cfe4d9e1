"""Coercion, deployments, sanctions, withdrawals, releases and aid (COERCE, MOBILIZE, SANCTION,
RETREAT, AID, CONCEDE): triggers and their sides, on real Arabic (session 9)."""

from .test_events import _events_of


def test_a_verb_form_after_baad_is_the_verbal_noun_whose_genitive_is_expelled():
    # "بعد طرد تنظيم الدولة": the expulsion of IS (a verb would follow أن), not IS expelling someone
    evs = _events_of('وتمكنت وحدات حماية الشعب الكردية من السيطرة على المدينة بعد طرد تنظيم "الدولة الإسلامية" منها.')
    coerce = [e[:3] for e in evs if e[0] == "COERCE"]
    assert ("COERCE", ["وحدات حماية الشعب الكردية"], ["تنظيم الدولة الإسلامية"]) in coerce, evs
    assert not [e for e in coerce if "تنظيم الدولة الإسلامية" in e[1]], evs
