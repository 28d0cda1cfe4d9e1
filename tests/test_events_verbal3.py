"""Session 9, wave 3: statements and demands (ACCUSE, REJECT, THREATEN, REQUEST, SUPPORT)."""
from .test_events import _events_of


def test_a_masculine_verb_takes_no_state_feminine_by_form_for_its_subject():
    # the resolution asks Syria: "يدعو" cannot agree with "سوريا", which is its object
    evs = _events_of("وينص مشروع القرار على آلية تحقيق جديدة، كما يدعو سوريا إلى التعاون الكامل مع "
                     "منظمة حظر الأسلحة الكيميائية.")
    assert not any(t == "REQUEST" and a == ["سوريا"] for t, a, r, _ in evs), evs
    # the feminine verb still has the state for its subject
    evs = _events_of("وتدعو فرنسا إيران إلى التعاون مع الوكالة الدولية للطاقة الذرية.")
    assert any(t == "REQUEST" and a == ["فرنسا"] and "إيران" in r for t, a, r, _ in evs), evs


def test_a_first_person_demand_or_refusal_is_the_speakers():
    # "we call on": the speaker asks the one named right after the verb
    evs = _events_of('وقال وزير الخارجية السعودي عادل الجبير: "وندعو المجتمع الدولي للتحرك بسرعة لوقف هذه المجازر".')
    assert any(t == "REQUEST" and "عادل الجبير" in a and r == ["المجتمع الدولي"] for t, a, r, _ in evs), evs
    # "we reject": the speaker rejects the act named after it
    evs = _events_of('وقال وزير الخارجية السعودي عادل الجبير: "نرفض نقل السفارة الأميركية إلى القدس".')
    assert any(t == "REJECT" and "عادل الجبير" in a and r == ["السفارة الأميركية"] for t, a, r, _ in evs), evs
