"""Events output with the wrong type, and one event output twice (session 9)."""
from .test_events import _events_of


def test_work_with_several_states_is_one_event_and_a_charge_on_them_one_each():
    evs = _events_of("وقال ترامب إن محققين أمريكيين يعملون مع تركيا والمملكة العربية السعودية لمعرفة ما حدث.")
    coop = [e for e in evs if e[0] == "COOPERATE"]
    assert len(coop) == 1 and set(coop[0][2]) == {"تركيا", "السعودية"}, evs
    evs = _events_of("وحملت فرنسا روسيا وتركيا المسؤولية عن جرائم الحرب في عفرين.")
    assert sorted(r for t, _, r, _ in evs if t == "ACCUSE") == [["تركيا"], ["روسيا"]], evs


def test_a_proposal_put_to_others_is_a_request_and_ones_own_offer_is_not():
    evs = _events_of("اقترحت الولايات المتحدة وفرنسا وبريطانيا السبت على مجلس الأمن مشروع قرار حول سوريا.")
    assert any(t == "REQUEST" and "مجلس الأمن الدولي" in r for t, _, r, _ in evs), evs
    assert not any(t == "AGREE" for t, _, _, _ in evs), evs
    evs = _events_of("وزار وزير الخارجية الأمريكي مايك بومبيو بيونغ يانغ واقترح تقديم مساعدة أمريكية لكوريا الشمالية.")
    assert not any(t == "REQUEST" for t, _, _, _ in evs), evs


def test_a_participle_calling_on_someone_is_a_request_by_the_main_clause_speaker():
    evs = _events_of("وأعلنت برلين مراجعة الاستثمارات في تركيا، داعية الاتحاد الأوروبي إلى إعادة النظر في "
                     "اتفاقية الاتحاد الجمركي مع تركيا.")
    assert ("REQUEST", ["ألمانيا"], ["الاتحاد الأوروبي"], 0.7) in evs, evs
    evs = _events_of("وأكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده لم تر تعاونا في التحقيق، مطالباً الرياض بالتعاون.")
    assert ("REQUEST", ["مولود جاويش أوغلو"], ["السعودية"], 0.7) in evs, evs
    # the one whose release is demanded is not the one asked
    evs = _events_of("وصعد الرئيس الأميركي دونالد ترامب من نبرة تهديداته مطالبا بإطلاق سراح برانسون.")
    assert not any(t == "REQUEST" and "أندرو برونسون" in r for t, _, r, _ in evs), evs


def test_backing_given_in_money_or_capabilities_is_aid_and_political_backing_support():
    evs = _events_of("وقال التحالف إن ذلك يثبت استمرار تورط النظام الإيراني بدعم الحوثيين بقدرات نوعية.")
    assert any(t == "AID" and a == ["الحكومة الإيرانية"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs
    evs = _events_of("وقالت الخزانة إن عبد الرحمن النعيمي قدم دعما ماديا لتنظيم القاعدة.")
    assert any(t == "AID" and r == ["تنظيم القاعدة"] for t, _, r, _ in evs), evs
    evs = _events_of("وتدعم إيران الحوثيين في اليمن.")
    assert any(t == "SUPPORT" for t, _, _, _ in evs) and not any(t == "AID" for t, _, _, _ in evs), evs


def test_concern_or_annoyance_as_a_predicate_is_disapproval_of_the_doer_named_after_it():
    evs = _events_of('وقال البيت الأبيض في بيان "الولايات المتحدة منزعجة من هجوم صاروخي للحوثيين على سفينة شحن تركية".')
    assert any(t == "ACCUSE" and a == ["الولايات المتحدة"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs
    evs = _events_of("وأضاف لافروف أن روسيا قلقة إزاء موقف الدول الغربية التي لن تقدم أي مساعدة.")
    assert any(t == "ACCUSE" and a == ["روسيا"] and r == ["الدول الغربية"] for t, a, r, _ in evs), evs


def test_a_verb_form_right_after_a_verb_taking_an_act_for_object_is_that_object():
    # "رفضاً قاطعاً": the absolute object of the refusal, not a boycott ("قاطع")
    evs = _events_of("وأكدت الحكومة المصرية أنها ترفض رفضاً قاطعاً استخدام القوة ضد المتظاهرين الفلسطينيين.")
    assert not any(t == "PROTEST" for t, _, _, _ in evs), evs


def test_halting_cooperation_with_someone_is_a_sanction_not_cooperation():
    evs = _events_of("وأوضح الأسد أن سوريا قد أوقفت تعاونها الأمني مع الدول الغربية.")
    assert any(t == "SANCTION" and r == ["الدول الغربية"] for t, _, r, _ in evs), evs
    assert not any(t == "COOPERATE" for t, _, _, _ in evs), evs


def test_talks_with_several_named_after_ma_are_one_meeting_and_a_tour_one_visit_each():
    evs = _events_of("وبحث الرئيس الروسي فلاديمير بوتين الأزمة السورية في اتصال هاتفي مع الرئيس الفرنسي إيمانويل "
                     "ماكرون والمستشارة الألمانية أنجيلا ميركل.")
    meet = [e for e in evs if e[0] == "CONSULT"]
    assert len(meet) == 1 and set(meet[0][2]) == {"إيمانويل ماكرون", "أنجيلا ميركل"}, evs
    evs = _events_of("وتزور المستشارة الألمانية أنجيلا ميركل غانا وكينيا الأسبوع المقبل.")
    assert len([e for e in evs if e[0] == "CONSULT"]) == 2, evs


def test_the_act_a_charge_names_is_not_told_as_done():
    evs = _events_of("واعتقلت السلطات التركية الرئيسة المشتركة للحزب بتهمة التعاون مع حزب العمال الكردستاني.")
    assert not any(t == "COOPERATE" for t, _, _, _ in evs), evs


def test_in_response_to_a_request_is_no_concession():
    evs = _events_of("وأعلنت الإمارات بدء عمليات تحرير ميناء الحديدة استجابة لطلب الحكومة اليمنية.")
    assert not any(t == "CONCEDE" for t, _, _, _ in evs), evs


def test_an_offer_of_money_or_aid_is_aid_and_other_offers_agreement():
    evs = _events_of("وعرض الاتحاد الأوروبي على تركيا ما لا يقل عن 3 مليارات يورو من المساعدات للاجئين السوريين.")
    assert evs == [("AID", ["الاتحاد الأوروبي"], ["تركيا"], 0.7)], evs
    evs = _events_of("وعرض الرئيس الفرنسي على نظيره التركي رجب طيب أردوغان التوسط مع الأكراد.")
    assert [t for t, _, _, _ in evs] == ["AGREE"], evs


def test_a_crowd_of_citizens_is_no_force_massed():
    evs = _events_of("وتجمع حشد المواطنين أمام السفارة الأمريكية في أنقرة.")
    assert not any(t == "MOBILIZE" for t, _, _, _ in evs), evs
