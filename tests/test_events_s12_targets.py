"""Session 12: targets of one-sided events read from what was told before them."""

from .test_events import _events_of


def test_denial_of_the_charges_just_told_answers_the_accuser():
    # "ونفت السعودية هذه الاتهامات": the charges told just before are Amnesty's, though
    # aimed at the coalition, not at the one denying them; the denial answers Amnesty
    evs = _events_of("واتهمت منظمة العفو الدولية التحالف بقصف المدنيين في اليمن.\n\n"
                     "ونفت السعودية هذه الاتهامات.")
    assert any(t == "REJECT" and a == ["السعودية"] and r == ["منظمة العفو الدولية"] for t, a, r, _ in evs), evs


def test_call_for_an_inquiry_presses_the_doer_of_the_attack_to_be_probed():
    # "ودعت منظمة العفو إلى تحقيق دولي في الهجوم": the inquiry is into the Russian strikes
    evs = _events_of("قتل عشرون مدنيا في غارات شنتها القوات الروسية على سوق شعبية في إدلب. "
                     "ودعت منظمة العفو الدولية إلى تحقيق دولي في الهجوم.")
    assert any(t == "REQUEST" and a == ["منظمة العفو الدولية"] and r == ["الجيش الروسي"] for t, a, r, _ in evs), evs


def test_attack_naming_no_target_hits_the_one_attacking_its_source():
    # "وشن الجيش الإسرائيلي غارات": no target named, no attack of its own elsewhere; Iran attacked it
    evs = _events_of("قصفت القوات الإيرانية مواقع الجيش الإسرائيلي في الجولان. "
                     "وشن الجيش الإسرائيلي غارات واسعة فجر اليوم.")
    assert any(t == "ASSAULT" and a == ["الجيش الإسرائيلي"] and r == ["الجيش الإيراني"] for t, a, r, _ in evs), evs


def test_call_for_a_release_presses_the_captor():
    # "ودعت منظمة العفو إلى الإفراج عنه": the journalist is held by the Egyptian police
    evs = _events_of("واعتقلت الشرطة المصرية الصحفي محمود أبو زيد الشهر الماضي. "
                     "ودعت منظمة العفو الدولية إلى الإفراج عنه فورا.")
    assert any(t == "REQUEST" and a == ["منظمة العفو الدولية"] and r == ["وزارة الداخلية المصرية"]
               for t, a, r, _ in evs), evs


def test_denial_in_a_new_paragraph_answers_the_accuser_of_its_ally():
    # "ونفت موسكو أن يكون النظام قد استخدم": the charge was Washington's, against Damascus
    evs = _events_of("واتهمت واشنطن قوات النظام السوري بقصف الغوطة الشرقية بغاز الكلور.\n\n"
                     "ونفت موسكو أن يكون النظام قد استخدم أي أسلحة كيميائية.")
    assert any(t == "REJECT" and a == ["روسيا"] and r == ["الولايات المتحدة"] for t, a, r, _ in evs), evs


def test_denial_by_another_name_of_the_accused_answers_the_accuser():
    # "ونفى الكرملين": Russia, charged by Britain paragraphs before, under another name
    evs = _events_of("اتهمت بريطانيا روسيا بتسميم العميل السابق سيرغي سكريبال وابنته في مدينة سالزبري.\n\n"
                     "وكان سكريبال يعيش في المدينة منذ سنوات. وقد نقل إلى المستشفى في حالة حرجة. "
                     "وما زالت حالته مستقرة. ويتابع الأطباء حالته عن كثب.\n\n"
                     "ونفى الكرملين أي تورط في الهجوم.")
    assert any(t == "REJECT" and a == ["الكرملين"] and r == ["المملكة المتحدة"] for t, a, r, _ in evs), evs


def test_describing_the_charges_rejects_them():
    # "ووصف ماتيس الاتهامات بأنها سخيفة": Mattis rejects Iran's charge, he accuses no one
    evs = _events_of("واتهمت إيران الولايات المتحدة بالوقوف وراء الهجوم. "
                     "ووصف وزير الدفاع الأمريكي جيم ماتيس الاتهامات بأنها سخيفة.")
    assert any(t == "REJECT" and a == ["جيمس ماتيس"] and r == ["إيران"] for t, a, r, _ in evs), evs
