"""Session 10: verbal conflict (condemnation, blame)."""

from rasd.api import analyze, load, to_dict

from .test_events import PIPE, _events_of, _stage, named_events


def test_a_spokesman_as_the_subject_condemns_for_the_body_he_speaks_for():
    evs = _events_of('وأدان المتحدث باسم الحكومة الإيرانية محمد باقر نوبخت بشدة ما وصفه بـ "مجازر الجيش الإسرائيلي" في غزة.')
    assert any(t == "ACCUSE" and "محمد باقر نوبخت" in a and r == ["الجيش الإسرائيلي"] for t, a, r, _ in evs), evs


def test_the_one_held_responsible_is_the_name_right_before_the_responsibility():
    # past the subject and its title, the second object of حمّل is the one blamed
    evs = _events_of("وحمّل المتحدث باسم البيت الأبيض، راج شاه، حركة حماس مسؤولية مقتل الفلسطينيين في قطاع غزة.")
    assert any(t == "ACCUSE" and a == ["البيت الأبيض"] and r == ["حركة حماس"] for t, a, r, _ in evs), evs
    # with no subject named, the one named is blamed, never the one who blames
    evs = _events_of("وحمل المصدر النظام السوري مسؤولية تعرض سوريا لهذه العمليات العسكرية.")
    assert not any(t == "ACCUSE" and "النظام السوري" in a for t, a, r, _ in evs), evs


def test_laying_the_blame_on_someone_accuses_them():
    evs = _events_of("وألقت الحكومة التركية باللوم على جماعة غولن في محاولة الانقلاب.")
    assert any(t == "ACCUSE" and a == ["الحكومة التركية"] and r == ["حركة الخدمة"] for t, a, r, _ in evs), evs


def test_a_condemnation_reaches_the_act_past_what_the_condemner_called_it():
    evs = _events_of('ونددت الحكومة السورية بما وصفته بـ"المجزرة الإسرائيلية في غزة".')
    assert any(t == "ACCUSE" and a == ["الحكومة السورية"] and r == ["إسرائيل"] for t, a, r, _ in evs), evs


def test_a_condemnation_aims_at_the_doer_a_relative_clause_names():
    evs = _events_of('أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، "العنف الذي استخدمه الجيش الإسرائيلي" ضد المتظاهرين.')
    assert any(t == "ACCUSE" and a == ["فرنسا"] and r == ["الجيش الإسرائيلي"] for t, a, r, _ in evs), evs


def test_a_relative_clause_after_a_comma_has_the_name_before_the_comma_for_its_subject():
    evs = _events_of("وتسعى إيران إلى تعزيز وجودها في سوريا، بينما تتحفظ روسيا، التي تدعم بدورها الرئيس السوري بشار الأسد، على ذلك.")
    assert any(t == "SUPPORT" and a == ["روسيا"] and "بشار الأسد" in r for t, a, r, _ in evs), evs


def test_an_uprising_against_someone_is_a_protest_against_them():
    evs = _events_of("وفي نفس اليوم من عام 2000 اندلعت الانتفاضة الفلسطينية الثانية ضد إسرائيل.")
    assert any(t == "PROTEST" and r == ["إسرائيل"] for t, a, r, _ in evs), evs


def test_the_one_who_committed_a_massacre_named_in_a_relative_clause_is_its_doer():
    evs = _events_of("وأعربت المتحدثة باسم الخارجية القطرية، لولوة الخاطر، عن إدانة بلادها الشديدة للمجزرة "
                     "التي ارتكبتها قوات الجيش الإسرائيلي بحق المدنيين.")
    assert any(t == "ACCUSE" and a == ["قطر"] and r == ["الجيش الإسرائيلي"] for t, a, r, _ in evs), evs



def test_an_accusing_verb_joined_to_the_one_before_keeps_its_subject_and_its_own_assertion():
    # "denied" Germany? no: Erdogan denies wrongdoing and (asserts that he) accuses Germany
    doc = analyze('ونفى أردوغان مرارا ارتكاب مخالفات، واتهم ألمانيا بتبني "ممارسات نازية".', date="2018-06-01",
                  pipeline=load(PIPE[:-1]))
    evs = named_events(to_dict(_stage(False)(doc)), "modality")
    assert ("ACCUSE", ["رجب طيب أردوغان"], ["ألمانيا"], "asserted") in evs, evs
