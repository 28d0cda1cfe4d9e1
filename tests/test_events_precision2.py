"""False events of types other than attacks: readings that are no act aimed at anyone named
(session 9, wave 2)."""
from .test_events import _events_of


def test_a_threat_named_by_a_nationality_adjective_gets_no_guessed_target():
    # "لمواجهة التهديد الإيراني": the Iranian danger, not a threat made to Yemen
    evs = _events_of("ودعا الوزير السعودي إلى تشكيل تحالف دولي لمواجهة التهديد الإيراني في اليمن.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs
    evs = _events_of("وقصفت القوات الأمريكية مواقع في جنوب سوريا، الجمعة، في رد مباشر على سلسلة تهديدات عسكرية روسية.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs
