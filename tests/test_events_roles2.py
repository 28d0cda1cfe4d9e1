"""Role reading and merging, second pass (session 8, round 4)."""
from .test_events import _events_of


def test_a_state_where_civilians_were_killed_is_not_their_killer():
    # "في لبنان" is where the hostages were taken, not who took them
    evs = _events_of("واتهمت الولايات المتحدة الحزب بالتورط في خطف 96 أجنبيا في لبنان عام 1982.")
    assert not any(t == "ASSAULT" and a == ["لبنان"] for t, a, r, _ in evs), evs


def test_a_name_between_commas_after_a_title_closes_the_subject():
    # the title and its holder's name between commas are the subject; the state after the
    # second comma is threatened, not a second threatener
    evs = _events_of('هدد الرئيس التركي، رجب طيب أردوغان، الولايات المتحدة بتلقي "صفعة عثمانية".')
    assert any(t == "THREATEN" and r == ["الولايات المتحدة"] and "الولايات المتحدة" not in a
               for t, a, r, _ in evs), evs


def test_a_verbal_noun_with_an_object_after_its_genitive_has_the_genitive_as_agent():
    # masdar + genitive agent + accusative object: Israel strikes, the army is struck
    evs = _events_of("وأدان الوزير استهداف إسرائيل مواقع الجيش السوري في ريف دمشق.")
    assert any(t == "ASSAULT" and a == ["إسرائيل"] and r == ["الجيش السوري"] for t, a, r, _ in evs), evs
    evs = _events_of("وأدانت المنظمة اعتقال السلطات التركية الصحفيين.")
    assert any(t == "COERCE" and a and "التركية" in a[0] and r and "الصحفيين" in r[0] for t, a, r, _ in evs), evs


def test_the_leader_of_a_coalition_is_never_the_target_of_its_strikes():
    # "بقيادة الولايات المتحدة": the US leads the coalition that strikes
    evs = _events_of("وشنت قوات التحالف بقيادة الولايات المتحدة غارات على مواقع تنظيم داعش.")
    assert not any(t == "ASSAULT" and "الولايات المتحدة" in r for t, a, r, _ in evs), evs


def test_a_patron_named_after_muwaliya_describes_a_party_and_is_none():
    # "الموالية لإيران": Iran describes the militia; it is not the one killed or met
    for text in ("قتل عدد من قادة ميليشيات الحوثي الموالية لإيران في غارات للتحالف العربي.",
                 "زار وفد من معارضة الداخل المقربة من دمشق محافظة الحسكة للقاء القادة الأكراد."):
        evs = _events_of(text)
        assert not any(r and r[0] in ("إيران", "دمشق", "سوريا") for t, a, r, _ in evs), (text, evs)


def test_the_counterpart_named_after_its_adjective_is_the_object():
    # "نظيره التركي مولود جاويش أوغلو": the one met, not the city after ب
    evs = _events_of("يلتقي وزير الخارجية الأميركي مايك بومبيو نظيره التركي مولود جاويش أوغلو، الجمعة، بسنغافورة.")
    assert any(t == "CONSULT" and r and "أوغلو" in r[0] for t, a, r, _ in evs), evs


def test_the_genitive_of_a_condemnation_condemns_and_the_doer_marker_names_the_condemned():
    # "من قبل" names the doer of the act condemned, not the one who condemns
    evs = _events_of("وأكد البيان إدانة السعودية الشديدة لاستهداف المدنيين الفلسطينيين من قبل قوات الجيش الإسرائيلي.")
    assert any(t == "ACCUSE" and a == ["السعودية"] and r and "الإسرائيلي" in r[0] for t, a, r, _ in evs), evs


def test_no_side_is_read_past_a_contrast():
    # "ولكن خبراء الأمم المتحدة": the UN experts open a clause of their own; they are not denied
    evs = _events_of("ونفت الحكومة السورية استخدام أسلحة كيمياوية، ولكن خبراء الأمم المتحدة على ثقة "
                     "أن الحكومة السورية استخدمتها.")
    assert not any(t == "REJECT" and "الأمم المتحدة" in r for t, a, r, _ in evs), evs


def test_no_side_is_read_past_a_coordinated_speech_verb():
    # "وقال إنها تقاتل تنظيم داعش": a new clause; the Islamic State is not praised
    evs = _events_of("أشاد الرئيس الفرنسي إيمانويل ماكرون بالميليشيات وقال إنها تقاتل تنظيم داعش بشجاعة.")
    assert not any(t == "SUPPORT" and r and "الدولة" in r[0] for t, a, r, _ in evs), evs


def test_no_side_is_read_past_a_comma_and_fima():
    # "، فيما رد الجيش الروسي": a second clause; the Russian army is not the one accused here
    evs = _events_of("واتُهم الجنود الروس بإهانة عسكريين تابعين للنظام، فيما رد الجيش الروسي بأن هؤلاء الجنود ضُبطوا.")
    assert not any(t == "ACCUSE" and r and "الجيش الروسي" in r for t, a, r, _ in evs), evs


def test_a_town_before_a_relative_clause_with_its_own_subject_does_not_act():
    # "الغوطة التي استعادت قوات سورية السيطرة عليها": the Syrian forces retake Ghouta
    evs = _events_of("وعاد آلاف النازحين إلى الغوطة الشرقية التي استعادت قوات سورية مدعومة من روسيا السيطرة عليها.")
    assert not any(a and "الغوطة" in a[0] for t, a, r, _ in evs), evs


def test_a_state_after_a_direction_word_does_not_kill_the_civilians():
    # "على شمال غربي اليمن" is where the strike fell
    evs = _events_of("قتل عشرون مدنيا على الأقل في غارة جوية على شمال غربي اليمن.")
    assert not any(t == "ASSAULT" and a == ["اليمن"] for t, a, r, _ in evs), evs


def test_the_body_a_party_is_a_member_of_is_no_party():
    # "العضو في حلف شمال الأطلسي" describes Turkey; NATO is not condemned
    evs = _events_of("ونددت تركيا، العضو في حلف شمال الأطلسي، بتسميم جاسوس روسي سابق في بريطانيا.")
    assert not any(r and "الأطلسي" in r[0] for t, a, r, _ in evs), evs
