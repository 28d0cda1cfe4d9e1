"""Session 12: imperfect forms of event verbs the lexicon knew only in the perfect."""

from .test_events import _events_of


def test_imperfect_of_taking_control_holds_the_place_named_after_ala():
    evs = _events_of("وتسيطر هيئة تحرير الشام على الجزء الأكبر من محافظة إدلب.")
    assert any(t == "COERCE" and "تحرير الشام" in " ".join(a) and "إدلب" in " ".join(r) for t, a, r, _ in evs), evs


def test_places_a_relative_clause_says_a_side_holds_are_no_event():
    evs = _events_of("وقصفت الطائرات الروسية المناطق التي تسيطر عليها المعارضة السورية في إدلب.")
    assert not any(t == "COERCE" for t, *_ in evs), evs


def test_holding_someone_responsible_in_the_imperfect_is_an_accusation():
    evs = _events_of("وقالت إسرائيل إن قوات الدفاع الإسرائيلي تحمل النظام السوري المسؤولية عن الأفعال التي تجري على أراضيه.")
    assert any(t == "ACCUSE" and r and "سوري" in " ".join(r) for t, a, r, _ in evs), evs


def test_plural_imperfect_of_withdrawing_is_a_retreat():
    evs = _events_of("وقال المتحدث إن مسلحي حزب العمال الكردستاني ينسحبون من مدينة سنجار العراقية بعد أن هددت تركيا بشن هجوم.")
    assert any(t == "RETREAT" and a == ["حزب العمال الكردستاني"] for t, a, r, _ in evs), evs


def test_imperfect_of_banning_is_coercion():
    evs = _events_of("وقالت المنظمة إن الحكومة التركية تحظر على الصحفيين دخول المنطقة.")
    assert any(t == "COERCE" and a == ["الحكومة التركية"] for t, a, r, _ in evs), evs
