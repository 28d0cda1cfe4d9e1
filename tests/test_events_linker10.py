"""Session 10 (linker): sides the linker did not name."""
from .test_events import _events_of


def test_fighters_counted_with_no_side_named_are_gunmen_of_their_own():
    evs = _events_of("وقال الجيش المصري إن قواته قتلت 7 مسلحين في شمال سيناء.")
    assert any(t == "ASSAULT" and r == ["7 مسلحين"] for t, a, r, _ in evs), evs


def test_fighters_counted_with_their_side_after_them_are_no_group_of_their_own():
    evs = _events_of("وأعلن الجيش مقتل 9 مسلحين موالين للنظام في الغارات.")
    assert not any(r == ["9 مسلحين"] for t, a, r, _ in evs), evs


def test_the_abductors_are_a_party_of_their_own():
    evs = _events_of("وقال مصدر عراقي إن قاسم سليماني التقى بالخاطفين مساء أمس في بغداد.")
    assert any(t == "CONSULT" and a == ["قاسم سليماني"] and r == ["الخاطفين"] for t, a, r, _ in evs), evs
    evs = _events_of("وطلب الخاطفون أن تغادر قطر التحالف العربي.")
    assert any(t == "REQUEST" and a == ["الخاطفون"] and r == ["قطر"] for t, a, r, _ in evs), evs


def test_shelling_residential_quarters_strikes_the_civilians():
    evs = _events_of("وشنت مقاتلات حربية سورية عدة غارات جوية استهدفت الأحياء السكنية في المدينة.")
    assert any(t == "ASSAULT" and a == ["سوريا"] and r == ["الأحياء السكنية"] for t, a, r, _ in evs), evs


def test_al_shabaab_is_named_as_one_movement():
    evs = _events_of("وأرسل عبد الرحمن النعيمي 250 ألف دولار إلى حركة الشباب الصومالية في منتصف 2012.")
    assert any(t == "AID" and r == ["حركة الشباب المجاهدين"] for t, a, r, _ in evs), evs


def test_forces_loyal_to_the_government_are_the_government_side_of_a_one_country_story():
    evs = _events_of("وفي اليمن، شنت القوات الموالية للحكومة هجوما على الحوثيين في مدينة الحديدة.")
    assert any(t == "ASSAULT" and a == ["القوات الموالية للحكومة"] and r == ["جماعة أنصار الله"]
               for t, a, r, _ in evs), evs
