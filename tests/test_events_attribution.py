"""Attribution: who the article says makes the claim of each event."""
from rasd.api import analyze, load, to_dict

from .test_events import PIPE, named_events


def _attributed(text, date="2018-06-01"):
    """The events of ``text`` as (type, source names, target names, attribution text or None)."""
    rec = to_dict(analyze(text, date=date, pipeline=load(PIPE)))
    return [(*e[:3], e[3]["text"] if e[3] else None) for e in named_events(rec, "attribution")]


def test_a_deed_the_actor_announces_itself_is_attributed_to_it():
    evs = _attributed("أعلن الجيش اليمني، السبت، مقتل 10 قيادات ميدانية من ميليشيات الحوثي في جبهة الملاجم.")
    assert any(t == "ASSAULT" and att == "الجيش اليمني" for t, _, _, att in evs), evs


def test_a_source_noun_that_says_nothing_is_no_attribution():
    evs = _attributed("ويعد الاتحاد الأوروبي المصدر الأول للاستثمار في تركيا، واتهم أردوغان ألمانيا بدعم الإرهاب.")
    assert evs and all(att is None for *_, att in evs), evs
    evs = _attributed("وقالت مصادر عسكرية يمنية إن قوات الجيش قصفت مواقع الحوثيين في صعدة.")
    assert any(t == "ASSAULT" and att == "مصادر عسكرية يمنية" for t, _, _, att in evs), evs


def test_a_state_s_officer_speaking_of_its_state_s_words_is_no_separate_attribution():
    evs = _attributed("وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس لن تتسامح مع تهديد الصواريخ الباليستية "
                      "للسعودية، وإن فرنسا ستواصل المحادثات مع بريطانيا.", date="2018-04-10")
    consult = [e for e in evs if e[0] == "CONSULT" and e[1] == ["فرنسا"]]
    assert consult and consult[0][3] is None, evs


def test_a_source_of_the_sentence_before_is_no_claim_of_the_next_one():
    evs = _attributed("قالت مصادر عسكرية يمنية إن قوات الجيش سيطرت على مواقع جديدة في صعدة. "
                      "وقصفت طائرات التحالف العربي مواقع الحوثيين في حيس.")
    strikes = [e for e in evs if e[0] == "ASSAULT" and e[1] == ["التحالف العربي"]]
    assert strikes and strikes[0][3] is None, evs


def test_whoever_a_verb_of_saying_names_after_the_claim_is_its_source():
    evs = _attributed("وتجري معارك عنيفة بين الجيش الوطني وميليشيات الحوثي في جبل حبشي غربي محافظة تعز، "
                      "حسبما أفادت مصادرنا.")
    assert evs and evs[0][3] == "مصادرنا", evs
    evs = _attributed("وقتل 568 شخصا في غارات القوات الحكومية السورية على الغوطة الشرقية، "
                      "حسبما قال المرصد السوري لحقوق الإنسان.")
    assert evs and evs[0][3] == "المرصد السوري لحقوق الإنسان", evs


def test_the_present_tense_of_saying_names_the_claim_s_source():
    evs = _attributed("وشدد وزير الخارجية الإيراني محمد جواد ظريف على أن الولايات المتحدة تشن حربا اقتصادية على سوريا.")
    assert any(t == "ASSAULT" and att == "وزير الخارجية الإيراني محمد جواد ظريف" for t, _, _, att in evs), evs
    evs = _attributed("وتقول مصادر بالمعارضة إن الجيش السوري قصف مواقع الفصائل في الغوطة الشرقية.")
    assert any(t == "ASSAULT" and att == "مصادر بالمعارضة" for t, _, _, att in evs), evs


def test_a_leader_in_office_speaks_for_the_state_he_leads():
    evs = _attributed("وقال نتنياهو إن إسرائيل لن تسمح للنظام في إيران بلف حبل مشنقة الإرهاب على رقابنا.",
                      date="2018-02-18")
    threat = [e for e in evs if e[0] == "THREATEN" and e[1] == ["إسرائيل"]]
    assert threat and threat[0][3] is None, evs


def test_any_subject_of_a_verb_of_saying_is_the_source_without_the_day_or_the_venue():
    evs = _attributed("أفاد الإعلام الرسمي السوري الثلاثاء بأن الحكومة السورية دعت منظمة حظر الأسلحة الكيميائية "
                      "لإرسال بعثة إلى دوما.", date="2018-04-10")
    assert [e[3] for e in evs if e[0] == "REQUEST"] == ["الإعلام الرسمي السوري"], evs
    evs = _attributed("وأوضح المسؤول في تصريح لـCNN أن ترامب يريد سحب القوات الأمريكية من سوريا قريبا.",
                      date="2018-04-04")
    assert [e[3] for e in evs if e[0] == "RETREAT"] == ["المسؤول"], evs