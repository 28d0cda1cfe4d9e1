"""Events output with the wrong type, and one event output twice (session 9)."""
from .test_events import _events_of


def test_work_with_several_states_is_one_event_and_a_charge_on_them_one_each():
    evs = _events_of("وقال ترامب إن محققين أمريكيين يعملون مع تركيا والمملكة العربية السعودية لمعرفة ما حدث.")
    coop = [e for e in evs if e[0] == "COOPERATE"]
    assert len(coop) == 1 and set(coop[0][2]) == {"تركيا", "السعودية"}, evs
    evs = _events_of("وحملت فرنسا روسيا وتركيا المسؤولية عن جرائم الحرب في عفرين.")
    assert sorted(r for t, _, r, _ in evs if t == "ACCUSE") == [["تركيا"], ["روسيا"]], evs


def test_a_proposal_put_to_others_is_a_request_and_ones_own_offer_is_not():
    evs = _events_of("اقترحت الولايات المتحدة وفرنسا وبريطانيا السبت على مجلس الأمن مشروع قرار حول سوريا.")
    assert any(t == "REQUEST" and "مجلس الأمن الدولي" in r for t, _, r, _ in evs), evs
    assert not any(t == "AGREE" for t, _, _, _ in evs), evs
    evs = _events_of("وزار وزير الخارجية الأمريكي مايك بومبيو بيونغ يانغ واقترح تقديم مساعدة أمريكية لكوريا الشمالية.")
    assert not any(t == "REQUEST" for t, _, _, _ in evs), evs
