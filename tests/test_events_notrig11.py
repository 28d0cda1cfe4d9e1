"""Session 11: gold triggers rasd had no raw trigger for."""

from .test_events import _events_of


def test_pressing_a_party_to_act_is_a_request_but_pressing_on_the_ground_is_not():
    # "تضغط على X لـ": pressure on a party to act; "ضغطت فيه قوات الحكومة" names no one pressed
    evs = _events_of("وقال وزير إسرائيلي إن إسرائيل تضغط على الولايات المتحدة للاعتراف بسيادتها على هضبة الجولان.")
    assert any(t == "REQUEST" and a == ["إسرائيل"] and r == ["الولايات المتحدة"] for t, a, r, _ in evs), evs
    evs = _events_of("وتواصل القتال في الغوطة الذي ضغطت فيه قوات الحكومة السورية من أجل إخراج المسلحين.")
    assert not any(t == "REQUEST" for t, a, r, _ in evs), evs


def test_founding_a_militia_is_military_aid_to_it_but_founding_a_party_is_not():
    # "أسست إيران ميليشيا حزب الله": the founder backs the armed group; "أسست أكشينار حزب الخير": no aid
    evs = _events_of("ومن الأذرع الإرهابية لإيران في المنطقة، أسست إيران ميليشيا حزب الله في لبنان عام 1982.")
    assert any(t == "AID" and a == ["إيران"] and r == ["حزب الله"] for t, a, r, _ in evs), evs
    evs = _events_of("وفي أكتوبر الماضي أسست ميرال أكشينار حزب الخير في تركيا.")
    assert not any(t == "AID" for t, a, r, _ in evs), evs
