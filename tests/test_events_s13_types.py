"""Session 13: event types (a trigger read as one act where the coders code another)."""
from .test_events import _events_of


def test_launching_a_campaign_of_abductions_is_the_abduction_not_an_attack():
    # "شنت ... حملة خطف ... استهدفت": the launching verb and the targeting verb tell the campaign of
    # abductions; no armed attack on the activists
    evs = _events_of("وشنت ميليشيات الحوثي حملة خطف جديدة استهدفت عددا من النشطاء في صنعاء.")
    assert any(t == "COERCE" and r == ["النشطاء"] for t, a, r, _ in evs), evs
    assert not any(t == "ASSAULT" for t, a, r, _ in evs), evs


def test_reinforcements_struck_past_the_strikes_means_and_time_are_no_mobilizing():
    # the reinforcements are the strike's target, named after its means and its day
    evs = _events_of("وفي شرق صنعاء، استهدف طيران التحالف بأربع غارات جوية، الجمعة، تعزيزات لميليشيات الحوثي "
                     "في جبهة الميمنة بمديرية نهم.")
    assert not any(t == "MOBILIZE" for t, a, r, _ in evs), evs


def test_an_act_right_after_the_ل_of_a_rejection_is_what_is_rejected():
    # "رفضه لاستقبال السفينة": the refusal to receive the ship; no meeting with the migrants
    evs = _events_of("وهدف وزير الداخلية الإيطالي ماتيو سالفيني من رفضه لاستقبال السفينة هو إظهار صرامته في التصدي للمهاجرين.")
    assert any(t == "REJECT" for t, a, r, _ in evs), evs
    assert not any(t == "CONSULT" for t, a, r, _ in evs), evs
