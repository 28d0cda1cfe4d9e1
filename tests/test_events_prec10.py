"""Session 10 (precision helper): false events and sides read equal."""
from .test_events import _events_of


def test_the_one_asked_is_not_the_askers_own_list_going_on():
    # the asker's list ("وممثلو منظمات المجتمع المدني") is no one asked: the international community is
    evs = _events_of("طالب الحقوقيون وممثلو منظمات المجتمع المدني التي شاركت في الندوة المجتمع الدولي "
                     "بالتحرك الفوري لإيقاف الانتهاكات.")
    assert any(t == "REQUEST" and "المجتمع الدولي" in r and not set(a) & set(r) for t, a, r, _ in evs), evs


def test_a_charity_that_counts_the_dead_is_not_their_killer():
    # "بحسب ما أفادت منظمة أطباء بلا حدود": the charity tells of the shelling, it does not shell
    evs = _events_of("قتل عشرة مدنيين في قصف أصاب سوقا ومنزلين غربي البلاد، بحسب ما أفادت الأربعاء "
                     "منظمة \"أطباء بلا حدود\" ومصادر محلية يمنية.")
    assert not any(t == "ASSAULT" and "منظمة أطباء بلا حدود" in a for t, a, r, _ in evs), evs
