"""Requests, meetings, agreements, backing and cooperation (session 9): each test reads a
sentence like those of the ANT articles."""

from .test_events import _events_of


def test_talks_with_several_states_are_one_meeting_with_all_of_them():
    # "محادثات مع بريطانيا وفرنسا": one set of talks, coded once with both (a tour, "تزور غانا
    # وكينيا", is one visit to each)
    evs = _events_of("وتعهد الرئيس الأمريكي بالرد بعد أن أجرت الولايات المتحدة محادثات مع بريطانيا وفرنسا.")
    talks = [e for e in evs if e[0] == "CONSULT"]
    assert len(talks) == 1 and {"المملكة المتحدة", "فرنسا"} <= set(talks[0][2]), evs


def test_working_with_two_states_is_one_cooperation():
    evs = _events_of("وكشف الرئيس الأمريكي دونالد ترامب أن محققين أمريكيين يعملون مع تركيا والمملكة العربية السعودية.")
    work = [e for e in evs if e[0] == "COOPERATE"]
    assert len(work) == 1 and {"تركيا", "السعودية"} <= set(work[0][2]), evs


def test_a_verb_after_its_fronted_subject_takes_the_name_after_it_as_the_one_urged():
    # the subject "سفيرة الولايات المتحدة لدى المنظمة الدولية" stands before the verb: Russia is urged
    evs = _events_of("وكانت سفيرة الولايات المتحدة لدى المنظمة الدولية حثت روسيا على الضغط على النظام السوري.")
    assert any(t == "REQUEST" and a == ["الولايات المتحدة"] and r == ["روسيا"] for t, a, r, _ in evs), evs


def test_a_circumstantial_participle_is_a_call_by_the_main_clause_subject():
    # "، داعيا المجتمع الدولي إلى": the one who warned calls on the international community
    evs = _events_of("وكان يان إيغلاند قد حذر في وقت سابق من اندلاع عمليات حربية في المدينة، "
                     "داعيا المجتمع الدولي إلى منع امتداد الحرب إلى هذه المنطقة.")
    assert any(t == "REQUEST" and a == ["يان إيغلاند"] and r == ["المجتمع الدولي"] for t, a, r, _ in evs), evs


def test_the_name_after_kana_and_a_verb_is_its_object():
    # "وكان يدعو البرلمان التركي إلى": the subject is in كان (the one spoken of before); the
    # parliament is called on, it does not call
    evs = _events_of("وكان دميرتاش يعمل محاميا في مجال حقوق الإنسان، وكان يدعو البرلمان التركي باستمرار "
                     "إلى الاعتراف بالهوية الكردية.")
    assert any(t == "REQUEST" and "دميرطاش" in a[0] and r == ["البرلمان التركي"] for t, a, r, _ in evs), evs


def test_istiadadan_in_preparation_for_is_no_readiness_to_agree():
    # "استعدادا لمواجهة الحوثيين": in preparation for, not a readiness (استعداد) to agree
    evs = _events_of("وبدأت القوات اليمنية تستقدم تعزيزات إلى المطار استعدادا لمواجهة الحوثيين في المدينة.")
    assert not any(t == "AGREE" for t, a, r, _ in evs), evs


def test_a_verb_after_a_time_adverbial_keeps_its_subject_after_it():
    # "وفي الأسبوع الماضي دعا ماكرون تركيا": الماضي ends an adverbial, not a fronted subject
    evs = _events_of("وفي الأسبوع الماضي دعا ماكرون تركيا إلى ضبط النفس.")
    assert any(t == "REQUEST" and a == ["إيمانويل ماكرون"] and r == ["تركيا"] for t, a, r, _ in evs), evs


def test_the_subject_before_an_apposition_between_commas_is_the_one_who_asks():
    # "وكانت روسيا، حليف الحكومة السورية، قد طلبت": Russia asked, the government is its apposition
    evs = _events_of("وكانت روسيا، حليف الحكومة السورية، قد طلبت من الأمم المتحدة بدء التهدئة.")
    assert any(t == "REQUEST" and a == ["روسيا"] and r == ["الأمم المتحدة"] for t, a, r, _ in evs), evs


def test_backing_from_someone_names_the_backer_after_min_without_bi():
    # "بمشاركة ألوية العمالقة وإسناد من التحالف العربي": the coalition backs, it is not backed
    evs = _events_of("وقال إن تحرير مطار الحديدة تم بمشاركة ألوية العمالقة وإسناد من التحالف العربي.")
    assert not any(t == "SUPPORT" and "التحالف العربي" in r for t, a, r, _ in evs), evs


def test_support_received_from_someone_is_their_backing():
    # "دعماً من إيران": the noun (the verb دعم takes no من), Iran backs the group
    evs = _events_of("وتأسس التنظيم في عام 2012، ويلقى الحوثيون دعماً من إيران.")
    assert any(t == "SUPPORT" and a == ["إيران"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_working_in_cooperation_with_someone_is_the_main_subjects_cooperation():
    # "تسعى لضبط الأمن بالتعاون مع الشرطة": the security belt forces cooperate, not Yemen named before
    evs = _events_of("وتنتشر قوات الحزام الأمني في محافظة الضالع جنوبي اليمن، حيث تسعى لضبط الأمن بالتعاون مع "
                     "الشرطة في المنطقة.")
    assert any(t == "COOPERATE" and a == ["قوات الحزام الأمني"] and r == ["الشرطة"] for t, a, r, _ in evs), evs


def test_the_ally_named_after_wa_isnad_min_is_no_target():
    # "بدعم وإسناد من قوات التحالف العربي": the coalition backs the joint forces; it is no one's target
    evs = _events_of("وتمكنت قوات المقاومة اليمنية المشتركة بدعم وإسناد من قوات التحالف العربي، السبت، من إحباط "
                     "محاولة تسلل للحوثيين باتجاه الخط الساحلي.")
    assert not any(t == "ASSAULT" and "التحالف العربي" in r for t, a, r, _ in evs), evs


def test_the_ally_backing_the_troops_is_not_the_one_urged():
    # "وحث الرئيس اليمني الجميع على اليقظة ... بدعم وإسناد من قوات التحالف": the coalition is not urged
    evs = _events_of("وحث الرئيس اليمني الجميع على اليقظة العسكرية وتنفيذ المهام الموكلة لهم في مسرح العمليات "
                     "بدعم وإسناد من قوات التحالف العربي.")
    assert not any(t == "REQUEST" and "التحالف العربي" in r for t, a, r, _ in evs), evs


def test_a_meeting_pointed_at_by_a_demonstrative_is_no_new_meeting():
    # "لدعوتها لهذا الاجتماع الطارئ": the meeting told before, not Maliki meeting Saudi Arabia
    evs = _events_of("تقدم وزير الخارجية الفلسطيني رياض المالكي بالشكر للسعودية لدعوتها لهذا الاجتماع الطارئ.")
    assert not any(t == "CONSULT" for t, a, r, _ in evs), evs
