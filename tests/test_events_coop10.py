"""Session 10, cooperative events (CONSULT, AGREE, SUPPORT, COOPERATE, AID, REQUEST)."""

from .test_events import _events_of


def test_pronoun_subject_with_its_conjunction_is_no_name_after_the_verb():
    # "فإنها تدعو المجتمع الدولي": she (Egypt) calls on the international community, which is asked, not asking
    evs = _events_of("وقالت الخارجية المصرية إنه في ظل هذه الظروف فإنها تدعو المجتمع الدولي "
                     "والدول الكبرى لتحمل مسؤولياتها في الدفع بالحل السلمي للأزمة السورية.")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and all("المجتمع الدولي" not in a for _, a, _, _ in req), evs
    assert any("المجتمع الدولي" in r for _, _, r, _ in req), evs
