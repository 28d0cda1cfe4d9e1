"""Session 11 (linker): actors rasd did not see."""
from .test_events import _events_of


def test_activists_are_a_party_of_their_own():
    # "ناشطين" alone is a group (the activists whom the ministry denies), as "المعارضين" are
    evs = _events_of("يذكر أن ناشطين عبر مواقع التواصل الاجتماعي ووسائل الإعلام كانوا قد قالوا إن الزيارة "
                     "فشلت بتحقيق أهدافها، وهو ما نفته الخارجية الكويتية.")
    assert any(t == "REJECT" and r == ["ناشطين"] for t, _, r, _ in evs), evs


def test_activists_of_a_named_organisation_are_that_organisation():
    # "نشطاء من حماس" are members of Hamas, not a group of activists
    evs = _events_of("وأطلق نشطاء من حماس عشرات الصواريخ وقذائف المورتر على جنوب إسرائيل.")
    assert any(t == "ASSAULT" and "حماس" in a[0] for t, a, _, _ in evs if a), evs
    assert not any("نشطاء" in x for _, a, r, _ in evs for x in a + r), evs


def test_a_rights_centre_of_the_knowledge_base_accuses():
    # the Stockholm Center for Freedom was no entity: the accusation had no source
    evs = _events_of('اتهم مركز استكهولم للحرية الحكومة التركية بتكثيف "تكتيكات التخويف" و"التجسس" على المعارضين في الخارج.')
    assert any(t == "ACCUSE" and a == ["مركز استكهولم للحرية"] for t, a, _, _ in evs), evs


def test_the_families_of_detainees_are_one_party():
    # "أهالي السجناء" are the prisoners' families, barred from visits, not the prisoners
    evs = _events_of("كما منعت ميليشيات الحوثي أهالي السجناء من زيارة أبنائهم وإدخال الطعام لهم.")
    assert any(r == ["أهالي السجناء"] for _, _, r, _ in evs), evs
