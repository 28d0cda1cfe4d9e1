"""False events of types other than attacks: readings that are no act aimed at anyone named
(session 9, wave 2)."""
from .test_events import _events_of


def test_a_threat_named_by_a_nationality_adjective_gets_no_guessed_target():
    # "لمواجهة التهديد الإيراني": the Iranian danger, not a threat made to Yemen
    evs = _events_of("ودعا الوزير السعودي إلى تشكيل تحالف دولي لمواجهة التهديد الإيراني في اليمن.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs
    evs = _events_of("وقصفت القوات الأمريكية مواقع في جنوب سوريا، الجمعة، في رد مباشر على سلسلة تهديدات عسكرية روسية.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs


def test_a_meeting_told_again_by_a_verb_in_a_later_sentence_is_one_event():
    # "التقى ماكرون ولي العهد" ... "وتباحث ماكرون وبن سلمان": one meeting, told twice
    evs = _events_of("التقى الرئيس الفرنسي إيمانويل ماكرون يوم الثلاثاء ولي العهد السعودي الأمير محمد بن سلمان "
                     "في قصر الإليزيه. وتباحث ماكرون وبن سلمان في عدد من القضايا المشتركة التي تهم البلدين.")
    assert [e[:3] for e in evs if e[0] == "CONSULT"] == [("CONSULT", ["إيمانويل ماكرون"], ["محمد بن سلمان"])], evs


def test_the_agency_that_reports_a_charge_is_not_filled_in_as_its_accuser():
    # "ووجهت إلى المتهمين ... تهمة ...، بحسب الأناضول": the agency tells of the charge, it brings none
    evs = _events_of('ووجهت إلى المتهمين الستة خصوصا تهمة "محاولة الانقلاب على النظام الدستوري"، في إشارة إلى '
                     'محاولة الانقلاب التي هزت تركيا في ليل 15-16 تموز/يوليو 2016، بحسب الأناضول.')
    assert not [e for e in evs if e[0] == "ACCUSE"], evs


def test_in_response_inside_a_quote_is_no_reply_of_the_speaker():
    # 'وأضاف "... إلا ردا على التهديدات"': the quote's own words, "in response to", no reply
    evs = _events_of('وأفاد المرصد السوري لحقوق الإنسان الثلاثاء أن "قوات النظام ومسلحين موالين لها تواصل استنفارها '
                     'منذ مساء الاثنين تحسبا لضربات محتملة" تهدد بها الدول الغربية. وقال مدير المرصد رامي عبد الرحمن '
                     '"عممت قيادة أركان الجيش منذ منتصف الليل تنفيذ استنفار لمدة 72 ساعة على كافة القطاعات العسكرية" في '
                     'كافة المناطق الواقعة تحت سيطرة القوات الحكومية، وبينها دمشق. وأضاف "هذا الشيء لا يحصل إلا ردا '
                     'على التهديدات الخارجية (...) هناك تحصينات وتدريبات للانتشار السريع".')
    assert not [e for e in evs if e[0] == "REJECT"], evs
    # said in words, outside a quote, it is a reply
    evs = _events_of('قال متحدث باسم الجيش الإسرائيلي ردا على تقارير تحدثت عن غارة إسرائيلية على سوريا "لا علم لي بذلك".')
    assert [e for e in evs if e[0] == "REJECT"], evs


def test_a_threat_posed_with_its_bearer_between_is_no_threat_made():
    # "تمثل جماعة الإخوان لها تهديدا مباشرا": the Brotherhood poses a danger to those states, a description
    evs = _events_of("وتفضل بريطانيا علاقتها بالإخوان على حساب علاقتها بدول عربية تمثل جماعة الإخوان لها تهديدا "
                     "مباشرا، وتدفع ثمن تحريض الجماعة على العنف داخل أراضيها.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs


def test_handing_over_is_an_extradition_only_to_someone():
    # "عريضة اتهام سلمتها هيئة محلفين": a document handed in, no cooperation with Colombia
    evs = _events_of("وقالت الولايات المتحدة في عريضة اتهام سلمتها هيئة محلفين كبرى في محكمة مقاطعة كولومبيا "
                     "الجزئية إن المتهمين استخدموا ناقلتين للمنتجات البترولية.")
    assert not [e for e in evs if e[0] == "COOPERATE"], evs
    evs = _events_of("وسلمت تركيا المطلوب إلى العراق.")
    assert [e[:3] for e in evs if e[0] == "COOPERATE"] == [("COOPERATE", ["تركيا"], ["العراق"])], evs


def test_a_state_does_not_meet_or_call_on_its_own_people():
    # "دعت فرنسا على لسان وزير خارجيتها": France speaks through its minister, it asks nothing of him
    evs = _events_of("ودعت فرنسا على لسان وزير خارجيتها، جان إيف لودريان، إلى التهدئة والتحلي بالمسؤولية من الطرفين.")
    assert not [e for e in evs if e[0] == "REQUEST" and e[2] == ["جان إيف لودريان"]], evs
    # "حيث كان في استقباله الرئيس المصري": the crown prince meets Egypt, Egypt does not meet Sisi
    evs = _events_of("وصل ولي العهد السعودي، الأمير محمد بن سلمان، الأحد، إلى العاصمة المصرية، القاهرة، في أول جولة "
                     "خارجية له منذ توليه ولاية العهد، حيث كان في استقباله الرئيس المصري، عبدالفتاح السيسي.")
    assert [e[:3] for e in evs if e[0] == "CONSULT"] == [("CONSULT", ["محمد بن سلمان"], ["مصر"])], evs


def test_neighbourhoods_with_a_plural_adjective_are_no_revival():
    # "وأحياء أخرى محاذية": other neighbourhoods, not "إحياء" (revival) backing the Islamic State
    evs = _events_of("وأرسل الجيش السوري منذ أسبوعين تعزيزاته العسكرية إلى محيط مخيم اليرموك وأحياء أخرى محاذية "
                     "يتواجد فيها تنظيم الدولة الإسلامية في جنوب دمشق تمهيدا لبدء عملية عسكرية.")
    assert not [e for e in evs if e[0] == "SUPPORT"], evs


def test_states_named_by_adjectives_of_one_noun_suffer_one_charge():
    # "مشاركة قوات عسكرية أمريكية وبريطانية": one participation of joint forces, one charge on both
    evs = _events_of("وهاجم الأسد مشاركة قوات عسكرية أمريكية وبريطانية في سوريا واصفا إياها بالاستعمارية.")
    assert [e[:3] for e in evs if e[0] == "ACCUSE"] == [
        ("ACCUSE", ["بشار الأسد"], ["الولايات المتحدة", "المملكة المتحدة"])], evs


def test_an_expulsion_of_two_peoples_is_one_act_not_one_per_state():
    # "طرد آلاف الإريتريين والسودانيين": the migrants are expelled, once; Eritrea and Sudan suffer no act each
    evs = _events_of("وتريد حكومة نتانياهو طرد آلاف الإريتريين والسودانيين الذين دخلوا بشكل غير قانوني إلى البلاد.")
    assert len([e for e in evs if e[0] == "COERCE"]) == 1, evs
