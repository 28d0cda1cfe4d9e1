"""Coercion, deployments, sanctions, withdrawals, releases and aid (COERCE, MOBILIZE, SANCTION,
RETREAT, AID, CONCEDE): triggers and their sides, on real Arabic (session 9)."""

from .test_events import _events_of


def test_a_verb_form_after_baad_is_the_verbal_noun_whose_genitive_is_expelled():
    # "بعد طرد تنظيم الدولة": the expulsion of IS (a verb would follow أن), not IS expelling someone
    evs = _events_of('وتمكنت وحدات حماية الشعب الكردية من السيطرة على المدينة بعد طرد تنظيم "الدولة الإسلامية" منها.')
    coerce = [e[:3] for e in evs if e[0] == "COERCE"]
    assert ("COERCE", ["وحدات حماية الشعب الكردية"], ["تنظيم الدولة الإسلامية"]) in coerce, evs
    assert not [e for e in coerce if "تنظيم الدولة الإسلامية" in e[1]], evs



def test_an_arrest_verb_opening_a_relative_clause_with_no_subject_is_passive():
    # "صالح مسلم الذي اعتقل السبت": Muslim was arrested, he arrested no one
    evs = _events_of("وأطلقت محكمة تشيكية سراح صالح مسلم الذي اعتقل السبت في براغ بطلب من تركيا.")
    assert not [e for e in evs if e[0] == "COERCE" and "صالح مسلم" in e[1]], evs
    # (an object after the verb keeps the active reading: "الذي اعتقل الصحفي")
    evs = _events_of("وقالت المحكمة إن الجيش التركي الذي اعتقل صالح مسلم في عفرين سلمه للشرطة.")
    assert ("COERCE", ["الجيش التركي"], ["صالح مسلم"]) in [e[:3] for e in evs], evs


def test_backing_received_from_someone_is_theirs_to_the_receiver():
    # "تلقى دعما من إيران": Iran backs the subject of تلقى (not the subject backing Iran)
    evs = _events_of("وقال المسؤول إن سرايا الأشتر تلقى دعما من إيران.")
    assert ("SUPPORT", ["إيران"], ["سرايا الأشتر"]) in [e[:3] for e in evs], evs
    assert not [e for e in evs if e[1] == ["سرايا الأشتر"]], evs


def test_keeping_troops_in_a_country_is_a_deployment_there():
    # "لإبقاء الجنود الأمريكيين في سوريا": the troops stay deployed in Syria (MOBILIZE)
    evs = _events_of("وقال مسؤول إن ترامب أبلغ فريقه أنه مستعد لإبقاء الجنود الأمريكيين في سوريا على المدى القصير.")
    assert [e for e in evs if e[0] == "MOBILIZE" and e[2] == ["سوريا"]], evs
    # (staying on is no deployment: "تبقى الأزمة"، "بقاء الأسد في السلطة")
    assert not [e for e in _events_of("وقالت روسيا إنها تدعم بقاء الأسد في السلطة.") if e[0] == "MOBILIZE"]


def test_a_verbal_noun_with_its_object_after_li_has_its_doer_in_the_genitive():
    # "تسليح واشنطن للمسلحين الأكراد": Washington arms the Kurdish fighters (masdar + doer + ل + object)
    evs = _events_of("وأشار إلى خلافات بين البلدين أبرزها تسليح واشنطن للمسلحين الأكراد في سوريا.")
    assert ("AID", ["الولايات المتحدة"], ["الأكراد"]) in [e[:3] for e in evs], evs
    # 'عن "استعادة" الجيش التركي لـ850 كيلومترا': the army retook the land, the president did not retake the army
    evs = _events_of('أعلن الرئيس التركي، رجب طيب أردوغان، السبت، عن "استعادة" الجيش التركي لـ850 كيلومترا مربعا '
                     'من منطقة عفرين من وحدات حماية الشعب الكردية.')
    assert not [e for e in evs if e[0] == "COERCE" and e[2] == ["الجيش التركي"]], evs


def test_denuclearisation_talked_about_is_no_withdrawal():
    # "تريد الولايات المتحدة نزع السلاح النووي لكوريا الشمالية": an aim, nobody withdraws or disarms
    evs = _events_of("وتريد الولايات المتحدة نزع السلاح النووي لكوريا الشمالية قبل رفع العقوبات.")
    assert not [e for e in evs if e[0] == "RETREAT"], evs


def test_in_response_to_a_request_is_no_concession():
    # "استجابة لطلب الحكومة": the adverbial "in response to"; the act done is the event, no concession
    evs = _events_of("وأعلنت الإمارات بدء عمليات تحرير ميناء الحديدة استجابة لطلب الحكومة اليمنية الشرعية.")
    assert not [e for e in evs if e[0] == "CONCEDE"], evs


def test_a_crowd_is_no_mobilisation_but_massing_forces_is():
    # "حشدا كبيرا من المتظاهرين": a large crowd of protesters, nobody massed troops
    evs = _events_of('وقال رئيس منظمة حظر الأسلحة الكيميائية أحمد أوزومجو إن "حشدا كبيرا" من المتظاهرين استقبل الفريق.')
    assert not [e for e in evs if e[0] == "MOBILIZE"], evs
    evs = _events_of("وتحشد قوات النظام السوري منذ نحو أسبوعين تعزيزاتها العسكرية في محيط مخيم اليرموك لمواجهة تنظيم الدولة الإسلامية.")
    assert [e for e in evs if e[0] == "MOBILIZE"], evs


def test_names_joined_by_aw_share_their_preposition():
    # "طردهم إلى إريتريا أو السودان": Sudan is the other destination after إلى, not the expeller
    evs = _events_of("وقالت المنظمة إن إسرائيل لا يمكنها طردهم إلى إريتريا أو السودان بدون تعريض حياتهم للخطر.")
    assert not [e for e in evs if e[0] == "COERCE" and "السودان" in e[1]], evs


def test_an_ambassador_sent_back_is_a_step_back_from_a_recall():
    # relations restored after a recall (RETREAT, de-escalation), by the ambassador's state, to the host
    evs = _events_of("وجاء ذلك بعد أسبوعين من عودة سفير السودان عبد المحمود عبد الحليم إلى مصر.")
    assert ("RETREAT", ["السودان"], ["مصر"]) in [e[:3] for e in evs], evs
    evs = _events_of("أعادت المملكة العربية السعودية سفيرها، الأمير خالد بن بندر بن سلطان، إلى ألمانيا.")
    assert ("RETREAT", ["السعودية"], ["ألمانيا"]) in [e[:3] for e in evs], evs


def test_a_state_pulling_its_troops_out_withdraws_from_that_country():
    # "وسحبت الولايات المتحدة معظم قواتها من السعودية": the state between the verb and its troops
    evs = _events_of("وسحبت الولايات المتحدة معظم قواتها من السعودية عام 2003.")
    assert [e for e in evs if e[0] == "RETREAT" and e[1] == ["الولايات المتحدة"] and e[2] == ["السعودية"]], evs
    # (withdrawing a list or confidence is no retreat)
    assert not [e for e in _events_of("وسحبت تركيا القائمة لاحقا بعد احتجاج ألمانيا.") if e[0] == "RETREAT"]


def test_aid_given_by_the_one_named_after_qaddamaha():
    # "مساعدات غذائية قدمها برنامج الأغذية العالمي": the programme gives the aid
    evs = _events_of("وتلقى النازحون في مخيمات محافظة الحديدة مساعدات غذائية قدمها برنامج الأغذية العالمي.")
    assert [e for e in evs if e[0] == "AID" and e[1] == ["برنامج الأغذية العالمي"]], evs


def test_the_one_who_imposes_a_siege_is_named_after_it_but_not_past_another_act():
    # "الحصار المحكم الذي تفرضه قوات النظام": the regime's forces besiege
    evs = _events_of("ويعاني سكان مخيم اليرموك من الجوع جراء الحصار المحكم الذي تفرضه قوات النظام السوري على المدنيين.")
    assert [e for e in evs if e[0] == "COERCE" and e[1] == ["الجيش السوري"]], evs
    # "عن غضبها بعد عقوبات فرضتها الولايات المتحدة": the doer verb names the sanctions' doer, not the anger's
    evs = _events_of("وأعربت تركيا الخميس عن غضبها بعد عقوبات فرضتها الولايات المتحدة على وزيرين تركيين.")
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] == ["الولايات المتحدة"]], evs




def test_bihaqq_names_whom_a_hostile_act_is_against():
    # "من جرائم بحق المواطنين، عبر اتخاذ المدنيين دروعا بشرية": against the citizens
    evs = _events_of("وأدانت الحكومة ما تمارسه ميليشيات الحوثي من جرائم بحق المواطنين، عبر اتخاذ المدنيين دروعا بشرية.")
    assert ("COERCE", ["جماعة أنصار الله"], ["المواطنين"]) in [e[:3] for e in evs], evs


def test_a_verbal_noun_with_its_preposition_and_possessive_in_one_word_is_a_trigger():
    # "بانسحابهم": ب + انسحاب + هم, the fighters named before withdraw
    evs = _events_of("وقالت روسيا إنها توصلت لاتفاق مع المسلحين يقضي بانسحابهم من مدينة دوما باتجاه إدلب، "
                     "بعد حصار فرضته القوات الحكومية السورية.")
    assert [e for e in evs if e[0] == "RETREAT" and e[1] == ["المسلحين"]], evs



def test_no_concession_after_the_absolute_negation_is_a_refusal():
    # "لا تنازل ولا تفاوض": لا takes the verbal noun (no perfect verb after it); refusing to yield is a rejection
    from rasd.api import analyze, load
    from rasd.events.extract import Extractor

    from .test_events import PIPE
    doc = analyze('وقال رياض الترك "إن ثورتنا سلمية شعبية ترفض الطائفية، والشعب السوري واحد. لا تنازل ولا تفاوض حول '
                  'الهدف المتمثل بقلب النظام الطاغية".', date="2018-07-31", pipeline=load(PIPE[:-1]))
    raw = [(r.type, r.extra["pos"]) for r in Extractor(learned_roles=False).extract(doc)]
    assert ("REJECT", "noun") in raw and not [t for t, _ in raw if t == "CONCEDE"], raw
