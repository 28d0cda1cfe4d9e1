"""Session 10 (sides): events whose missing side is now named or read."""
from .test_events import _events_of


def test_a_bare_air_force_in_a_one_country_story_is_that_countrys_air_force():
    # "القوات الجوية" with no nationality, in an Egyptian army statement: Egypt's air force strikes
    evs = _events_of("أعلن الجيش المصري بدء عملية شاملة في سيناء. وذكر البيان أن القوات الجوية دمرت مواقع لتنظيم داعش.")
    assert any(t == "ASSAULT" and a == ["القوات المسلحة المصرية"] and r == ["تنظيم الدولة الإسلامية"] for t, a, r, _ in evs), evs


def test_residents_of_a_named_place_are_the_party_not_the_place():
    # "سكان محافظة البصرة": the people of Basra are called on, not the town (which is only where)
    evs = _events_of("ووجه رئيس الوزراء العراقي الأسبق، نوري المالكي، نداء إلى سكان محافظة البصرة بالتهدئة.")
    assert any(t == "REQUEST" and a == ["نوري المالكي"] and r == ["سكان محافظة البصرة"] for t, a, r, _ in evs), evs


def test_the_abducted_women_are_a_party_acted_on():
    # "المختطفات" (the abducted women; unlike "المختطفين", never the abductors): civilians struck
    evs = _events_of("واعتدت ميليشيات الحوثي بالضرب على المختطفات في أحد سجونها بصنعاء.")
    assert any(t == "ASSAULT" and a == ["جماعة أنصار الله"] and r == ["المختطفات"] for t, a, r, _ in evs), evs


def test_a_person_after_a_place_and_a_comma_is_no_list_with_the_place():
    # "... في أفغانستان، زلماي خليل زاد، اجتمع": the envoy named between commas meets, Afghanistan does not
    evs = _events_of('وذكرت صحيفة "وول ستريت جورنال" أن المبعوث الأميركي لجهود السلام في أفغانستان، زلماي خليل زاد، '
                     "اجتمع مع ممثلين من حركة طالبان في الدوحة.")
    assert any(t == "CONSULT" and a == ["زلماي خليل زاد"] and r == ["حركة طالبان"] for t, a, r, _ in evs), evs


def test_a_spokespersons_name_after_the_body_she_speaks_for_is_the_doer():
    # "المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت،": the name after the comma is the spokeswoman
    # who looks forward to a partnership, not a second body listed with the ministry she speaks for
    evs = _events_of('أعلنت المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت، عن تطلعها لـ"استمرار الشراكة" '
                     "مع الشعب الفلسطيني.", date="2018-10-19")
    assert any(a == ["هيذر نويرت"] and r == ["الشعب الفلسطيني"] for _, a, r, _ in evs), evs
