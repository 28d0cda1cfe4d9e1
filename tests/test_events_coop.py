"""Missed requests, meetings, agreements, backing, cooperation, concessions and protests
(session 8): each test reads a sentence like those of the ANT articles."""

from .test_events import _events_of


def test_future_call_names_the_one_called_after_bi():
    # "سأتصل ... بالملك سلمان": the imperfect of اتصل, the one called after ب
    evs = _events_of('وأوضح الرئيس الأمريكي دونالد ترامب: "سأتصل في وقت ما بالملك سلمان"، مضيفا أنه سيفعل ذلك قريبا.')
    assert any(t == "CONSULT" and a == ["دونالد ترامب"] and "سلمان بن عبد العزيز" in r[0] for t, a, r, _ in evs), evs


def test_negotiating_as_a_verbal_noun_is_talks_with_the_one_after_maa():
    evs = _events_of("وقال الوزير إن الولايات المتحدة فتحت قنوات التفاوض مع إيران حول برنامجها النووي.")
    assert any(t == "CONSULT" and "إيران" in r for t, a, r, _ in evs), evs


def test_support_with_a_possessive_pronoun_is_backing_of_the_one_after_li():
    evs = _events_of("أعلنت الحكومة اليمنية تأييدها لجهود التحالف العربي في اليمن.")
    assert any(t == "SUPPORT" and a == ["الحكومة اليمنية"] and r == ["التحالف العربي"] for t, a, r, _ in evs), evs


def test_his_agreement_with_someone_is_an_agreement_with_them():
    evs = _events_of("وذكر الرئيس الفرنسي إيمانويل ماكرون اتفاقه مع ولي العهد السعودي على عقد مؤتمر إنساني في باريس.")
    assert any(t == "AGREE" and a == ["إيمانويل ماكرون"] and r and "سلمان" in r[0] for t, a, r, _ in evs), evs


def test_feminine_imperfect_of_asking_is_a_request_of_the_one_after_min():
    evs = _events_of('وقال الوزير إن "أنقرة لم تطلب مساعدة من صندوق النقد الدولي".')
    assert any(t == "REQUEST" and a == ["تركيا"] and r == ["صندوق النقد الدولي"] for t, a, r, _ in evs), evs


def test_working_with_someone_is_cooperation_with_them():
    evs = _events_of("وقال ترامب إن الولايات المتحدة تعمل مع تركيا والسعودية لمعرفة ما حدث للصحفي.")
    assert any(t == "COOPERATE" and a == ["الولايات المتحدة"] and "تركيا" in r for t, a, r, _ in evs), evs


def test_ala_x_an_after_inna_is_the_speakers_demand_of_x():
    # "إن على إيران أن ...": what Iran must do, the speaker demands of it (as "يجب على")
    evs = _events_of("وتواصل إيران إرسال الأسلحة إلى الحوثيين. وقال وزير الخارجية البريطاني بوريس جونسون، "
                     "في بيان مشترك، إن على إيران التوقف عن ذلك.")
    assert any(t == "REQUEST" and a == ["بوريس جونسون"] and r == ["إيران"] for t, a, r, _ in evs), evs


def test_counterpart_right_after_a_meeting_verb_is_the_one_met():
    # "يلتقي نظيره الأمريكي، مايك بومبيو": the counterpart (and his nationality) is the object
    evs = _events_of("وقال وزير الخارجية التركي، مولود جاويش أوغلو، إن الاتفاق سيوقع عندما يلتقي نظيره الأمريكي، "
                     "مايك بومبيو، الاثنين.")
    assert not any(t == "CONSULT" and "مايك بومبيو" not in r for t, a, r, _ in evs), evs
    assert any(t == "CONSULT" and r == ["مايك بومبيو"] and "الولايات المتحدة" not in a for t, a, r, _ in evs), evs


def test_thanking_someone_is_praise_of_them():
    evs = _events_of("وشكر الرئيس المصري عبد الفتاح السيسي المملكة العربية السعودية على موقفها.")
    assert any(t == "SUPPORT" and a == ["عبد الفتاح السيسي"] and r == ["السعودية"] for t, a, r, _ in evs), evs
    evs = _events_of("ووجه أمير قطر الشكر لأمير الكويت في برقية بعد مغادرته.")
    assert any(t == "SUPPORT" and r and "الكويت" in r[0] for t, a, r, _ in evs), evs


def test_a_state_right_after_a_visit_verb_is_visited_not_visiting():
    # "وتزور غانا وكينيا ومصر": the states are where the visit goes, not who visits
    evs = _events_of("وبدأت ميلانيا ترامب جولتها الأفريقية الأولى. وتزور غانا وكينيا ومصر.")
    assert not any(t == "CONSULT" and "غانا" in a for t, a, _, _ in evs), evs


def test_a_meeting_of_a_side_with_its_own_office_is_no_event():
    # "اجتماع بالبيت الأبيض": where Trump meets, not whom (the White House is his own office)
    evs = _events_of("وقال الرئيس الأمريكي دونالد ترامب، خلال اجتماع بالبيت الأبيض، إن القوات الأمريكية ستنسحب قريبا.")
    assert not any(t == "CONSULT" for t, _, _, _ in evs), evs


def test_the_president_meeting_his_secretary_of_state_is_still_a_meeting():
    evs = _events_of("وقال الرئيس الأمريكي دونالد ترامب للصحفيين، بعد لقاء مع مايك بومبيو الخميس، إنه ينتظر نتائج التحقيق.")
    assert any(t == "CONSULT" and a == ["دونالد ترامب"] and r == ["مايك بومبيو"] for t, a, r, _ in evs), evs


def test_a_state_demanding_of_its_own_capital_is_no_event():
    # "تركيا ... تطالب ... وأنقرة": Ankara is Turkey, a demand of itself is a misread
    evs = _events_of("وأعلنت تركيا أنها تطالب بإطلاق سراحه وأنقرة ترفض ذلك.")
    assert not any(t == "REQUEST" and a == ["تركيا"] and r == ["أنقرة"] for t, a, r, _ in evs), evs


def test_consulting_by_phone_with_someone_is_a_meeting():
    evs = _events_of("تشاور الرئيس التركي رجب طيب أردوغان هاتفيا الأربعاء مع المستشارة الألمانية أنغيلا ميركل.")
    assert any(t == "CONSULT" and a == ["رجب طيب أردوغان"] and r == ["أنجيلا ميركل"] for t, a, r, _ in evs), evs


def test_his_meeting_with_someone_after_bi_is_a_meeting_with_them():
    evs = _events_of("ورفض وزير الخارجية الأمريكي مايك بومبيو الكشف عن فحوى اجتماعه بالعاهل السعودي الملك سلمان.")
    assert any(t == "CONSULT" and a == ["مايك بومبيو"] and r and "سلمان" in r[0] for t, a, r, _ in evs), evs


def test_talks_held_take_the_subject_of_the_light_verb():
    # "أجرت محادثات مع": the one who holds the talks is the verb's subject (here the subject of
    # the clause before, carried on), not the nearest name before the noun
    evs = _events_of("وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية في مدينة دوما، "
                     "وتعهدت بالرد عليه بعد أن أجرت محادثات مع بريطانيا وفرنسا.")
    assert any(t == "CONSULT" and a == ["الولايات المتحدة"] and "فرنسا" in r for t, a, r, _ in evs), evs
    assert not any(t == "CONSULT" and "الحكومة السورية" in a for t, a, r, _ in evs), evs


def test_talks_with_a_side_named_by_nationality_are_with_its_state():
    # "التفاوض من الدولة السورية": no named partner, the state's adjective names it
    evs = _events_of("وقالت الوكالة إن إرهابيي جيش الإسلام يطلبون التفاوض من الدولة السورية.")
    assert any(t == "CONSULT" and a == ["جيش الإسلام"] and r == ["سوريا"] for t, a, r, _ in evs), evs


def test_receiving_migrants_is_no_meeting():
    evs = _events_of("وأعلنت أوغندا أنها تعتزم استقبال نحو 500 مهاجر إريتري وسوداني يقيمون في إسرائيل.")
    assert not any(t == "CONSULT" for t, _, _, _ in evs), evs


def test_troops_arriving_or_a_conclusion_reached_is_no_visit():
    evs = _events_of("وقالت الحكومة اليمنية إنه وصلت قوات سعودية إلى جزيرة سقطرى اليمنية الأسبوع الماضي.")
    assert not any(t == "CONSULT" for t, _, _, _ in evs), evs
    evs = _events_of("وقال التقرير إن الإدارة الأمريكية وصلت إلى نتيجتين ممكنتين بشأن حزب الله.")
    assert not any(t == "CONSULT" for t, _, _, _ in evs), evs


def test_backing_with_an_object_pronoun_backs_the_noun_before_not_a_name_after():
    # "فصائل تدعمها إيران متحالفة مع الأسد": Iran backs the factions, not Assad
    evs = _events_of("وكثفت إسرائيل العام الماضي هجماتها على فصائل تدعمها إيران متحالفة مع الأسد.")
    assert not any(t == "SUPPORT" and r == ["بشار الأسد"] for t, a, r, _ in evs), evs


def test_her_concordance_with_someone_is_no_verb_of_agreeing():
    # "توافقها مع طهران": a noun with a possessive pronoun, not "she agreed with her"
    evs = _events_of("وتواصل قطر دعم الميليشيات الموالية لإيران، ما يؤكد توافقها مع طهران.")
    assert not any(t == "AGREE" for t, _, _, _ in evs), evs


def test_presenting_evidence_is_no_offer():
    # "عرض فيه ... ما وصفه بأدلة دامغة على": displaying, with على far after; an offer has على near
    evs = _events_of("وقال نتنياهو إن الكنيست صوت على القانون. وجاء التصويت في نفس اليوم الذي عرض فيه "
                     "رئيس الوزراء الإسرائيلي، ما وصفه بأدلة دامغة على مواصلة إيران العمل على برنامجها النووي.")
    assert not any(t == "AGREE" for t, _, _, _ in evs), evs


def test_a_confession_received_is_no_recognition():
    # "لم تتلق اعترافا من السعودية": recognition names what is recognised after ب
    evs = _events_of("وأشار المسؤول التركي إلى أن أنقرة لم تتلق اعترافا من السعودية بشأن قضية خاشقجي.")
    assert not any(t == "SUPPORT" for t, _, _, _ in evs), evs


def test_the_one_called_on_is_the_object_not_a_name_in_the_act_called_for():
    # "دعت بريطانيا إيران إلى الكف عن إرسال أسلحة إلى المتمردين الحوثيين": Iran is called on
    evs = _events_of('ودعت بريطانيا الأحد إيران إلى "الكف عن إرسال أسلحة" إلى المتمردين الحوثيين في اليمن.')
    assert any(t == "REQUEST" and a == ["المملكة المتحدة"] and r == ["إيران"] for t, a, r, _ in evs), evs


def test_the_one_asked_follows_min_not_a_name_in_the_act_asked_for():
    evs = _events_of("وطلبت روسيا من مجلس الأمن عقد جلسة طارئة بشأن الضربات على سوريا.")
    assert any(t == "REQUEST" and a == ["روسيا"] and r == ["مجلس الأمن الدولي"] for t, a, r, _ in evs), evs


def test_a_visit_to_two_states_is_one_visit_to_each():
    evs = _events_of("وزار وزير الخارجية الأمريكي مايك بومبيو السعودية وتركيا لبحث قضية اختفاء الصحفي.")
    met = [r for t, a, r, _ in evs if t == "CONSULT" and a == ["مايك بومبيو"]]
    assert ["السعودية"] in met and ["تركيا"] in met, evs


def test_a_visit_to_a_capital_and_its_officials_stays_one_visit():
    evs = _events_of("ووصل رئيس الحكومة الليبية المؤقتة عبدالله الثني إلى القاهرة، حيث أجرى لقاءات مع مسؤولين مصريين.")
    assert len([e for e in evs if e[0] == "CONSULT"]) == 1, evs
