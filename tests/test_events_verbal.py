"""Accusations, rejections and threats (session 8): statements, their triggers and roles."""

from .test_events import _events_of


def test_two_accusations_in_two_sentences_are_two_statements():
    evs = _events_of("واتهمت روسيا الولايات المتحدة بدعم الإرهاب في سوريا. "
                     "وانتقدت روسيا الولايات المتحدة بشدة لانسحابها من الاتفاق النووي.")
    accuse = [e for e in evs if e[0] == "ACCUSE" and e[1] == ["روسيا"] and e[2] == ["الولايات المتحدة"]]
    assert len(accuse) == 2, evs


def test_a_state_does_not_accuse_its_own_president_who_speaks_for_it():
    # "على لسان رئيسها": Macron voices France's condemnation, he is not its target
    evs = _events_of("وأدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، أعمال العنف.")
    assert not any(t == "ACCUSE" and "إيمانويل ماكرون" in r for t, _, r, _ in evs), evs


def test_an_accusation_is_not_merged_with_a_condemnation_by_its_target_in_another_sentence():
    evs = _events_of("ونددت روسيا بالقرار. واتهمت بريطانيا روسيا بالوقوف وراء الهجوم بغاز الأعصاب.")
    assert any(t == "ACCUSE" and a == ["المملكة المتحدة"] and r == ["روسيا"] for t, a, r, _ in evs), evs


def test_a_refused_release_is_a_rejection_not_a_release():
    evs = _events_of("ورفضت السلطات التركية الإفراج عن القس الأمريكي أندرو برونسون.")
    assert any(t == "REJECT" for t, _, _, _ in evs), evs
    assert not any(t == "CONCEDE" for t, _, _, _ in evs), evs


def test_a_quoted_name_given_to_someone_is_an_accusation():
    evs = _events_of('ووصف الرئيس التركي رجب طيب أردوغان نظيره السوري بشار الأسد بـ"القاتل".')
    assert ("ACCUSE", ["رجب طيب أردوغان"], ["بشار الأسد"]) in [e[:3] for e in evs], evs
    # a description in a relative clause is no accusation
    evs = _events_of('وعبرت الكويت عن ارتياحها للزيارة التي وصفت بـ"الأخوية" لولي العهد السعودي.')
    assert not any(t == "ACCUSE" for t, _, _, _ in evs), evs


def test_saying_a_government_is_responsible_for_a_failure_accuses_it():
    evs = _events_of("وقال وزير الدفاع الأميركي جيم ماتيس إن الحكومة السورية مسؤولة عن تأخر وصول المفتشين إلى دوما.")
    assert any(t == "ACCUSE" and r == ["الحكومة السورية"] for t, _, r, _ in evs), evs



def test_a_threat_aimed_at_its_own_reading_of_the_speaker_is_made_by_the_speaker():
    # "سيرد" names no subject the rules can read: the attackers carried over as its subject
    # would threaten themselves; the one the claim is attributed to makes the threat
    evs = _events_of('وقال نتنياهو إن "إسرائيل تنظر ببالغ الخطورة إلى الهجمات التي شنتها عليها حركتا حماس '
                     'والجهاد الإسلامي من قطاع غزة". وأضاف: "جيش الدفاع الإسرائيلي سيرد بقوة كبيرة على هذه الهجمات".')
    assert any(t == "THREATEN" and "حركة حماس" in r and "حركة حماس" not in a for t, a, r, _ in evs), evs


def test_in_response_to_an_attack_is_no_rejection():
    evs = _events_of("وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات على مواقع سورية، ردا على هجوم كيماوي مزعوم على مدينة دوما.")
    assert not any(t == "REJECT" for t, _, _, _ in evs), evs


def test_who_faces_accusations_is_accused_not_accusing():
    evs = _events_of("وواجه نوري المالكي اتهامات بالتوجه إلى إيران.")
    assert not any(t == "ACCUSE" and "نوري المالكي" in a for t, a, _, _ in evs), evs


def test_a_ranking_is_no_listing_as_terrorist():
    evs = _events_of("وارتفع تصنيف البحرين إلى المرتبة الخامسة متجاوزة قطر.")
    assert not any(t == "ACCUSE" for t, _, _, _ in evs), evs
    evs = _events_of("وتصنف الحكومة المصرية جماعة الإخوان المسلمين بأنها إرهابية.")
    assert any(t == "ACCUSE" and r == ["جماعة الإخوان المسلمين"] for t, _, r, _ in evs), evs


def test_a_denial_answers_the_accusation_told_after_it():
    evs = _events_of("ونفت روسيا أي تورط في الحادث. "
                     "وكانت بريطانيا قد اتهمت روسيا بتسميم الجاسوس السابق سيرغي سكريبال في مدينة سالزبري.")
    assert ("REJECT", ["روسيا"], ["المملكة المتحدة"]) in [e[:3] for e in evs], evs


def test_saying_a_state_meddles_in_others_affairs_accuses_it():
    evs = _events_of("وقال وزير الخارجية السعودي عادل الجبير إنه لا سلام ولا استقرار طالما تتدخل إيران في شؤون المنطقة.")
    assert ("ACCUSE", ["عادل الجبير"], ["إيران"]) in [e[:3] for e in evs], evs
    evs = _events_of("وقال فيصل بن معمر إن المركز لا يتدخل في الشؤون السياسية لإسرائيل.")
    assert not any(t == "ACCUSE" for t, _, _, _ in evs), evs


def test_dan_is_a_condemnation_as_adana_is():
    evs = _events_of("ودان وزير الخارجية الأردني أيمن الصفدي ما وصفه بالكارثة الإنسانية في الغوطة الشرقية بسوريا.")
    assert any(t == "ACCUSE" and a == ["أيمن الصفدي"] for t, a, _, _ in evs), evs


def test_more_forms_of_threats_and_rejections():
    evs = _events_of("وتتوعد كوريا الشمالية الولايات المتحدة برد قاس.")
    assert ("THREATEN", ["كوريا الشمالية"], ["الولايات المتحدة"]) in [e[:3] for e in evs], evs


def test_deeming_someone_a_threat_or_a_terrorist_accuses_them():
    evs = _events_of("وتعتبر إسرائيل الوجود المتنامي لإيران في سوريا تهديدا لأمنها.")
    assert ("ACCUSE", ["إسرائيل"], ["إيران"]) in [e[:3] for e in evs], evs
    # the terrorists of another clause make no such charge
    evs = _events_of('واعتبر أن بعض أقسام ضواحي دمشق تخضع لمن وصفهم بـ"الإرهابيين".')
    assert not any(t == "ACCUSE" for t, _, _, _ in evs), evs


def test_a_first_person_verb_has_the_speaker_as_its_subject():
    evs = _events_of('وقال بنيامين نتنياهو: "نحمّل حماس المسؤولية عن هذه الهجمات".')
    assert not any(t == "ACCUSE" and a == ["حركة حماس"] for t, a, _, _ in evs), evs
    assert any(t == "ACCUSE" and r == ["حركة حماس"] for t, _, r, _ in evs), evs
