"""Session 13, precision: contexts in which a trigger word tells no event."""
from rasd.api import analyze, load, to_dict
from rasd.document import Document
from rasd.events.extract import Extractor

from .test_events import _events_of


def _raw_types(text):
    """The types of the raw events (before both sides are required) of ``text``."""
    doc = load(tuple(n for n in load().names if n != "events"))(Document(text=text, id="x"))
    return [(e.type, doc.text[e.trigger.start:e.trigger.end]) for e in Extractor(learned_roles=False).extract(doc)]


def test_an_act_after_adam_or_dun_is_one_not_done():
    # "مشددا على عدم استهداف المدنيين": a denial of targeting, no attack
    evs = _events_of("ونفى المتحدث باسم التحالف العربي أن يكون التحالف قد ارتكب جرائم حرب، مشددا على عدم "
                     "استهداف المدنيين في اليمن.")
    assert not any(t == "ASSAULT" for t, *_ in evs), evs
    # "دون توجيه اتهامات": no charge was brought
    evs = _events_of("واحتجزت السلطات المصرية الصحفية البريطانية بيل ترو، ثم رحلتها إلى لندن دون توجيه اتهامات.")
    assert not any(t == "ACCUSE" for t, *_ in evs), evs


def test_an_act_after_adam_keeps_its_event_under_a_negation():
    # "لن يمر من دون عواقب": a threat
    evs = _raw_types("وقال السفير الروسي إن الهجوم على سوريا لن يمر من دون عواقب.")
    assert ("THREATEN", "عواقب") in evs, evs


def test_the_gulf_cooperation_council_is_a_name_not_cooperation():
    evs = _raw_types("وتراجعت قطر إلى المرتبة السادسة والأخيرة بين دول مجلس التعاون، بعد البحرين.")
    assert not any(t == "COOPERATE" for t, _ in evs), evs
    evs = _raw_types("وسيضم التحالف الجديد دول التعاون الخليجي، بالإضافة لمصر والأردن.")
    assert not any(t == "COOPERATE" for t, _ in evs), evs
    evs = _raw_types("وأكدت الكويت أهمية التعاون مع إيران.")
    assert any(t == "COOPERATE" for t, _ in evs), evs


def test_neighbourhoods_counted_or_held_are_no_revival():
    # "أحياء" (neighbourhoods) folds like "إحياء" (revival)
    for text in ("ويحتفظ تنظيم الدولة الإسلامية بسيطرته على بضعة أحياء في جنوب دمشق.",
                 "ونفذت ميليشيات الحوثي حملة مداهمات لمنازل ضباط في عدة أحياء في العاصمة صنعاء.",
                 "ودخلت قوات النظام السوري الخميس إلى أحياء يسيطر عليها مقاتلو الفصائل المعارضة في درعا."):
        evs = _raw_types(text)
        assert not any(t == "SUPPORT" for t, _ in evs), (text, evs)


def test_ready_or_preparing_is_no_offer():
    for text in ("وكان ترامب قال في خطابه نحن على استعداد لمواصلة هذا الرد حتى يوقف النظام السوري استخدام الأسلحة الكيميائية.",
                 "وأرسلت الميليشيات تعزيزات إلى مدينة الحديدة بهدف الاستعداد لمعركة محتملة.",
                 "ويزور بومبيو الرياض، تزامنا مع استعداد الرئيس دونالد ترامب للإعلان عن قراره."):
        evs = _raw_types(text)
        assert ("AGREE", "استعداد") not in evs and ("AGREE", "الاستعداد") not in evs, (text, evs)
    evs = _raw_types("وأبدى رئيس مؤسسة الحج الإيرانية استعداد بلاده لإرسال المعتمرين إلى السعودية.")
    assert any(t == "AGREE" for t, _ in evs), evs


def test_aid_needed_is_no_aid_given():
    evs = _raw_types("وقالت الأمم المتحدة إن أكثر من 22 مليون يمني بحاجة لمساعدات إنسانية.")
    assert not any(t == "AID" for t, _ in evs), evs
    evs = _raw_types("وأرسلت الإمارات مساعدات إنسانية إلى سقطرى.")
    assert any(t == "AID" for t, _ in evs), evs


def test_that_he_is_on_is_no_demand():
    # "أن على X أن" demands; "إنه على استعداد"، "أنه على علم" say where one stands
    for text in ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه على استعداد لزيادة قوة هجماتنا.",
                 "وقال ترامب إن الملك السعودي نفى أنه على علم بما جرى لمواطنه.",
                 "وحكمت محكمة تركية على ثلاثة صحافيين متهمين بأنهم على علاقة بمحاولة الانقلاب."):
        evs = _raw_types(text)
        assert not any(t == "REQUEST" for t, _ in evs), (text, evs)
    evs = _raw_types("وقال وزير الخارجية السعودي عادل الجبير إن على قطر أن تدفع ثمن وجود القوات الأمريكية.")
    assert any(t == "REQUEST" for t, _ in evs), evs


def test_a_sit_in_broken_up_is_no_protest_of_its_own():
    evs = _raw_types("وقضت محكمة مصرية بإعدام 75 متهما في قضية أحداث فض اعتصام رابعة العدوية.")
    assert not any(t == "PROTEST" for t, _ in evs), evs
    evs = _raw_types("ونظم أنصار الرئيس المعزول اعتصاما في ميدان رابعة العدوية ضد الجيش.")
    assert any(t == "PROTEST" for t, _ in evs), evs


def test_a_light_verb_and_its_noun_are_one_attack_whatever_date_one_was_read_with():
    # "هجوما" is شنت's object: one act of April 2017, not a mention of the strike awaited today
    text = ("ويأتي التحذير وسط ترقب من أن تشن الولايات المتحدة وحلفاؤها عملا عسكريا محتملا ضد نظام "
            "الرئيس السوري بشار الأسد بسبب الهجوم الكيماوي على مدينة دوما. وأعلن البيت الأبيض، "
            "الثلاثاء، أن الرئيس الأمريكي دونالد ترامب ألغى جولة مقررة إلى أمريكا اللاتينية للتركيز "
            "على الرد على ما حدث في سوريا.\nوقالت يوروكونترول، في بيان، أرجعته إلى الوكالة الأوروبية "
            "لسلامة الطيران (EASA) إنه \"بسبب احتمال شن ضربات جوية على سوريا وصواريخ جو- أرض أو صواريخ "
            "كروز خلال الـ72 ساعة المقبلة، واحتمال تعرض أجهزة الملاحة الجوية للتشويش على فترات متقطعة، "
            "يجب توخي الحذر عند تخطيط العمليات الجوية في شرق المتوسط\".\nولم يتضح إذا كان التحذير معتمدا "
            "على التقارير الإخبارية عن احتمال شن ضربات على سوريا أو إذا كان يعتمد على معلومات عسكرية "
            "محددة، ولم يتسن لـCNN الحصول بعد على رد من يوروكونترول أو الوكالة الأوروبية لسلامة "
            "الطيران.\nوكانت الولايات المتحدة شنت هجوما عسكريا ضد نظام الأسد بإطلاق 59 صاروخا من طراز "
            "\"توماهوك\" على قاعدة الشعيرات الجوية السورية، في أبريل/ نيسان عام 2017، وذلك بعد 3 أيام من "
            "هجوم كيماوي أسفر عن مقتل عشرات المدنيين في مدينة خان شيخون.")
    rec = to_dict(analyze(text, date="2018-04-11"))
    told = [x for x in rec["events"] if x["type"] == "ASSAULT"
            and any("شنت هجوما" in rec["text"][s["start"]:s["end"]] for s in x["evidence"])]
    assert [x["date"] for x in told] == ["2017-04"], told


def test_a_rank_held_is_no_occupation():
    evs = _raw_types("وتراجع ترتيب قطر إقليمياً إلى المركز 14، واحتلت المرتبة السادسة والأخيرة بين دول الخليج.")
    assert not any(t == "COERCE" for t, _ in evs), evs
    evs = _raw_types("وكانت إسرائيل قد احتلت مرتفعات الجولان في أعقاب حرب 1967.")
    assert any(t == "COERCE" for t, _ in evs), evs


def test_an_act_in_a_negative_condition_is_not_done():
    # "إذا لم تفرج": the release is the threat's condition, no release
    evs = _raw_types("وهددت الولايات المتحدة الخميس بفرض مزيد من العقوبات على تركيا إذا لم تفرج سريعا عن القس "
                     "الأمريكي أندرو برانسون.")
    assert not any(t == "CONCEDE" for t, _ in evs), evs
    assert any(t == "THREATEN" for t, _ in evs), evs
    evs = _raw_types("وهدد ترامب بفرض عقوبات على إيران ما لم توافق بريطانيا وفرنسا وألمانيا على مراجعة الاتفاق.")
    assert not any(t == "AGREE" for t, _ in evs), evs


def test_the_condition_of_a_threat_is_no_event():
    evs = _raw_types("بينما يهدد وزير الدفاع الإسرائيلي أفيغدور ليبرمان بضرب طهران مباشرة إذا تم استهداف الأراضي "
                     "الإسرائيلية انطلاقا من سوريا.")
    assert ("THREATEN", "يهدد") in evs and not any(w.startswith("استهداف") for t, w in evs), evs
    evs = _raw_types("وحذر غوتيريش من الخطر المتنامي لوقوع كارثة إنسانية في حال شن الحكومة السورية عملية عسكرية "
                     "واسعة النطاق في إدلب.")
    assert not any(t == "ASSAULT" for t, _ in evs), evs


def test_an_act_said_to_be_needed_is_no_event():
    evs = _raw_types("ويختلف الجانبان في أمور كثيرة، لكن الجانبين يتفقان على ضرورة منع تقدم القوات التركية.")
    assert not any(t == "COERCE" for t, _ in evs), evs
    evs = _raw_types("وشدد الأمين العام على ضرورة تعاون روسيا وإيران وتركيا أكثر من أي وقت مضى.")
    assert not any(t == "COOPERATE" for t, _ in evs), evs


def test_an_act_one_failed_at_is_not_done():
    evs = _raw_types("وقال إن مجلس التعاون فشل في الاتفاق، بل وفشلت السعودية والإمارات في شن حرب منسقة في اليمن.")
    assert not any(t == "ASSAULT" for t, _ in evs), evs
    evs = _raw_types("وسيمثل هذا فشلا لأجهزة الاستخبارات الإيرانية في منع وقوع ثاني هجوم للتنظيم.")
    assert not any(t == "COERCE" for t, _ in evs), evs


def test_an_act_feared_is_no_event():
    evs = _raw_types("وفر الآلاف من مدينة عفرين خشية وقوعهم في حصار كامل مع تقدم القوات التركية.")
    assert not any(t == "COERCE" for t, _ in evs), evs
    evs = _raw_types("وانتشرت ميليشيات الحوثي في صنعاء تحسبا من خروج تظاهرات استجابة لمنشورات هبة صنعاء.")
    assert not any(t in ("PROTEST", "CONCEDE") for t, _ in evs), evs
