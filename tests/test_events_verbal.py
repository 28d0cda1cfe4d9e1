"""Accusations, rejections and threats (session 8): statements, their triggers and roles."""

from .test_events import _events_of


def test_two_accusations_in_two_sentences_are_two_statements():
    evs = _events_of("واتهمت روسيا الولايات المتحدة بدعم الإرهاب في سوريا. "
                     "وانتقدت روسيا الولايات المتحدة بشدة لانسحابها من الاتفاق النووي.")
    accuse = [e for e in evs if e[0] == "ACCUSE" and e[1] == ["روسيا"] and e[2] == ["الولايات المتحدة"]]
    assert len(accuse) == 2, evs
