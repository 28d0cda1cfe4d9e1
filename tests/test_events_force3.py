"""Coercion, aid and their sides (COERCE, MOBILIZE, SANCTION, RETREAT, AID, CONCEDE), wave 3, on real Arabic."""

from .test_events import _events_of


def test_forcing_someone_to_act_is_coercion_of_the_one_forced():
    evs = _events_of("وأجبرت القوات اليمنية المشتركة الميليشيات الحوثية على التراجع بعد تكبيدها خسائر فادحة.")
    assert ("COERCE", ["القوات اليمنية المشتركة"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs
    # the passive "أُرغم على" has its sufferer before it, no doer
    evs = _events_of("وقال ترامب إن كيم جونغ أون أرغم على الموافقة على المطالب الأمريكية.")
    assert not [e for e in evs if e[0] == "COERCE"], evs
