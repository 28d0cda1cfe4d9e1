"""Session 10 (precision helper): false events and sides read equal."""
from .test_events import _events_of


def test_the_one_asked_is_not_the_askers_own_list_going_on():
    # the asker's list ("وممثلو منظمات المجتمع المدني") is no one asked: the international community is
    evs = _events_of("طالب الحقوقيون وممثلو منظمات المجتمع المدني التي شاركت في الندوة المجتمع الدولي "
                     "بالتحرك الفوري لإيقاف الانتهاكات.")
    assert any(t == "REQUEST" and "المجتمع الدولي" in r and not set(a) & set(r) for t, a, r, _ in evs), evs
