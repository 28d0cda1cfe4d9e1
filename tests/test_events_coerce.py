"""COERCE, SANCTION and AID: triggers and their context (session 8)."""

from .test_events import _events_of


def test_a_purpose_or_a_demanded_prevention_is_no_ban():
    evs = _events_of("ونحمّل حماس المسؤولية لمنع شن هذه الهجمات على إسرائيل.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs
    evs = _events_of("وحذر إيغلاند من كارثة، داعيا المجتمع الدولي إلى منع امتداد الحرب إلى سوريا.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs
    evs = _events_of("منعت السلطات المصرية الصادق المهدي، رئيس حزب الأمة السوداني، من دخول البلاد.")
    assert any(t == "COERCE" for t, _, _, _ in evs), evs


def test_severing_ties_after_a_list_of_states_is_a_sanction_of_each():
    evs = _events_of("وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر بسبب دعمها الإرهاب.")
    assert any(t == "SANCTION" and set(a) == {"السعودية", "الإمارات العربية المتحدة", "البحرين", "مصر"} and r == ["قطر"]
               for t, a, r, _ in evs), evs


def test_recalling_its_own_ambassador_past_the_subject_is_a_sanction():
    evs = _events_of("استدعت وزارة الخارجية الإيرانية، مساء الجمعة، سفيرها بالعراق، وذلك على خلفية الهجوم.")
    assert any(t == "SANCTION" and a == ["وزارة الخارجية الإيرانية"] and r == ["العراق"] for t, a, r, _ in evs), evs
    # a foreign ambassador summoned is no recall
    evs = _events_of("واستدعت الخارجية الإيرانية السفير العراقي في طهران.")
    assert not any(t == "SANCTION" for t, _, _, _ in evs), evs


def test_tightening_control_over_positions_is_a_seizure():
    evs = _events_of("أحكمت قوات الشرعية اليمنية سيطرتها الكاملة على مواقع ميليشيات الحوثي في مديرية باقم.")
    assert any(t == "COERCE" and a == ["الجيش اليمني"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_a_courts_sentence_with_its_penalty_is_coercion_of_the_sentenced():
    evs = _events_of("أصدرت محكمة جنايات القاهرة، السبت، حكمها بإعدام 75 متهما بينهم قيادات بجماعة الإخوان المسلمين.")
    assert any(t == "COERCE" and a == ["محكمة جنايات القاهرة"] and r == ["جماعة الإخوان المسلمين"]
               for t, a, r, _ in evs), evs
    # rule (الحكم) is no sentence
    evs = _events_of("وعادت الأوضاع في تركيا إلى الفترة التي سبقت تولي أردوغان الحكم عام 2002.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs


def test_using_civilians_as_human_shields_is_coercion_of_them():
    evs = _events_of("وأكد قائد قوات التحالف العربي في الساحل الغربي أن ميليشيات الحوثي تستخدم المدنيين دروعا بشرية.")
    assert any(t == "COERCE" and a == ["جماعة أنصار الله"] and r == ["المدنيين"] for t, a, r, _ in evs), evs


def test_taking_fighters_prisoner_is_coercion_but_families_are_not_prisoners():
    evs = _events_of("تمكنت قوات المقاومة اليمنية المشتركة، السبت، من أسر أكثر من 80 عنصرا من ميليشيات الحوثي خلال إحباط محاولة تسلل.")
    assert any(t == "COERCE" and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs
    evs = _events_of("والتقى الرئيس اليمني عددا من أسر الضحايا في عدن.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs


def test_aid_whose_passage_is_asked_for_is_no_aid_given():
    evs = _events_of("وطالب ماكرون بوصول المساعدات الإنسانية للسكان المدنيين في عفرين بشكل كامل.")
    assert not any(t == "AID" for t, _, _, _ in evs), evs
    evs = _events_of("وقدمت السعودية مساعدات إنسانية إلى اليمن.")
    assert any(t == "AID" for t, _, _, _ in evs), evs


def test_sanctions_lifted_or_eased_are_no_sanction():
    evs = _events_of("وباتت إسرائيل أشد معارض للاتفاق النووي مع إيران الذي خفف العقوبات المفروضة عليها.")
    assert not any(t == "SANCTION" for t, _, _, _ in evs), evs
    evs = _events_of("وفرضت الولايات المتحدة عقوبات على إيران.")
    assert any(t == "SANCTION" and r == ["إيران"] for t, _, r, _ in evs), evs


def test_a_purge_is_coercion_of_those_it_reaches():
    evs = _events_of("واعتقل برانسون في أكتوبر 2016 في إطار حملات تطهير نفذتها السلطات التركية ضد المعارضة بعد محاولة الانقلاب.")
    assert any(t == "COERCE" and a == ["الحكومة التركية"] and r == ["المعارضة"] for t, a, r, _ in evs), evs


def test_a_prison_named_after_fi_or_ila_is_no_imprisonment():
    evs = _events_of("ويخوض دميرطاش الانتخابات من خلف القضبان في سجن أدرنة الواقع قرب الحدود مع اليونان.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs


def test_a_supply_line_is_no_supply_of_arms():
    evs = _events_of("وقطعت قوات المقاومة اليمنية المشتركة خط إمداد الحوثيين بين تعز والبرح.")
    assert not any(t == "AID" for t, _, _, _ in evs), evs
    evs = _events_of("وأكد التقرير تورط إيران في إمداد ميليشيات الحوثي بأسلحة نوعية.")
    assert any(t == "AID" and a == ["إيران"] for t, a, _, _ in evs), evs


def test_resorting_to_something_is_no_asylum():
    evs = _events_of("وانتقدت تركيا لجوء الولايات المتحدة إلى فرض العقوبات.")
    assert not any(t == "AID" for t, _, _, _ in evs), evs


def test_funding_named_as_a_charge_or_a_purpose_is_no_aid():
    evs = _events_of("وقالت مصادر إن ساركوزي المتهم بتمويل حملته من ليبيا ينفي ذلك.")
    assert not any(t == "AID" for t, _, _, _ in evs), evs


def test_arming_stopped_is_no_arming():
    evs = _events_of('وقالت الولايات المتحدة إنها "بصدد التوقف عن تسليح" وحدات حماية الشعب الكردي.')
    assert not any(t == "AID" for t, _, _, _ in evs), evs
    evs = _events_of("وقررت الولايات المتحدة تسليح وحدات حماية الشعب الكردي.")
    assert any(t == "AID" for t, _, _, _ in evs), evs


def test_a_coup_against_a_government_is_coercion_of_it():
    evs = _events_of("وقال قرقاش إن الحوثيين قاموا بالانقلاب على الحكومة اليمنية.")
    assert any(t == "COERCE" and a == ["جماعة أنصار الله"] and r == ["الحكومة اليمنية"] for t, a, r, _ in evs), evs
