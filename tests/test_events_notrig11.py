"""Session 11: gold triggers rasd had no raw trigger for."""

from .test_events import _events_of


def test_pressing_a_party_to_act_is_a_request_but_pressing_on_the_ground_is_not():
    # "تضغط على X لـ": pressure on a party to act; "ضغطت فيه قوات الحكومة" names no one pressed
    evs = _events_of("وقال وزير إسرائيلي إن إسرائيل تضغط على الولايات المتحدة للاعتراف بسيادتها على هضبة الجولان.")
    assert any(t == "REQUEST" and a == ["إسرائيل"] and r == ["الولايات المتحدة"] for t, a, r, _ in evs), evs
    evs = _events_of("وتواصل القتال في الغوطة الذي ضغطت فيه قوات الحكومة السورية من أجل إخراج المسلحين.")
    assert not any(t == "REQUEST" for t, a, r, _ in evs), evs
