"""Acts named inside statements about them (session 10, wave 2)."""
from .test_events import _events_of


def test_an_attack_named_before_a_threat_verb_pointing_back_to_it_is_only_threatened():
    # "ضربات محتملة تهدد بها الدول الغربية": the strikes are the West's threat, none was struck
    evs = _events_of("وبدأ الجيش السوري بإخلاء مطارات وقواعد عسكرية تحسبا لضربات محتملة تهدد بها الدول الغربية.")
    assert not any(t == "ASSAULT" for t, *_ in evs), evs
