"""False events removed (PRECISION): readings that name no act a person would code, on real Arabic."""

from rasd.api import analyze, to_dict

from .test_events import named_events


def _events(text, date="2018-04-18", learned_triggers=True):
    """(type, source names, target names) of the full pipeline, learned confidence included
    (and without the learned trigger model: what the lexicon and the rules read)."""
    if learned_triggers:
        return named_events(to_dict(analyze(text, date=date)))
    from rasd.api import load
    from rasd.events.extract import Extractor
    from rasd.events.pipe import make_events

    doc = analyze(text, date=date, pipeline=load(("clean", "segment", "ner", "actors")))
    return named_events(to_dict(make_events(Extractor(learned_triggers=False))(doc)))


def test_an_international_body_that_bears_no_arms_attacks_nobody():
    # the OPCW whose investigators look into the attack is not its doer
    evs = _events("جمدت الأربعاء منظمة حظر الأسلحة الكيميائية عمل محققيها حول الهجوم الكيميائي المفترض في دوما "
                  "بعد تعرض فريق استطلاع تابع للأمم المتحدة لإطلاق نار.")
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == ["منظمة حظر الأسلحة الكيميائية"]], evs


def test_an_armed_alliance_still_attacks():
    evs = _events("قصفت طائرات حلف شمال الأطلسي مواقع قوات القذافي في ليبيا.", date="2011-04-18")
    assert ("ASSAULT", ["حلف شمال الأطلسي"], ["معمر القذافي"]) in evs, evs


def test_a_danger_posed_to_security_or_peace_is_no_threat_made():
    evs = _events("وقال وزيرا الخارجية والتنمية الدولية بوريس جونسون وبيني موردونت في بيان مشترك، أن على إيران التوقف "
                  "عن إرسال أسلحة تطيل أمد الصراع وتذكي التوترات الإقليمية وتشكل تهديدا للسلم والأمن الدوليين.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs
    evs = _events("وتعتبر إسرائيل الوجود المتنامي لإيران في سوريا تهديدا لأمنها، وتسعى من خلال روسيا إلى إنهاء هذا الوجود.")
    assert not [e for e in evs if e[0] == "THREATEN"], evs


def test_a_threat_made_to_a_state_stays():
    evs = _events("هددت الولايات المتحدة الخميس بفرض مزيد من العقوبات على تركيا إذا لم تفرج سريعا عن القس الأمريكي أندرو برانسون.")
    assert [e for e in evs if e[0] == "THREATEN" and e[1] == ["الولايات المتحدة"]], evs


def test_a_minister_who_speaks_of_strikes_is_not_their_doer():
    # a foreign minister commands no force: the strikes he speaks of are nobody's yet
    text = ("قال وزير الخارجية البريطاني بوريس جونسون إن الضربات الجوية على الجماعات المسلحة قد تستمر. "
            "وقال جونسون لبي بي سي «إذا علمنا أن (هذه الهجمات) حدثت، يمكننا أن نكشفها، وإذا كان هناك اقتراح "
            "للقيام بإجراء يمكن لبريطانيا المساعدة فيه، سنفكر في الأمر بجدية».")
    evs = _events(text, date="2018-02-27")
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == ["بوريس جونسون"]], evs


def test_a_minister_who_condemns_a_missile_launch_did_not_launch_it():
    evs = _events("دبي، الإمارات العربية المتحدة (CNN)-- استنكر وزير الخارجية البحريني الشيخ خالد بن أحمد، عبر حسابه "
                  "بتويتر، إطلاق الصواريخ من اليمن على المملكة العربية السعودية، خلال الساعات الأولى من صباح الإثنين.",
                  date="2018-03-26")
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == ["خالد بن أحمد آل خليفة"]], evs


def test_a_state_is_not_the_actor_on_its_own_unknown_national():
    # the nationality adjective of a person no base knows is no side of the event
    evs = _events("وصل المعارض السوري رياض الترك (88 عاما) الملقب بـ\"مانديلا سوريا\" إلى فرنسا بعد تمضيته سنوات "
                  "طويلة في سجون النظام السوري بعد تهريبه عبر الحدود مع تركيا.", date="2018-07-31")
    assert not [e for e in evs if e[1] == ["سوريا"]], evs


def test_a_football_match_is_no_summit():
    evs = _events("سجل سالم الدوسري هدفا في الدقيقة الأخيرة من الوقت بدل الضائع ليتيح لمنتخب بلاده السعودية فرصة حسم "
                  "القمة العربية التي جمعته بنظيره المصري في مدينة فولغوغراد بنتيجة 2-1، ضمن الجولة الأخيرة من "
                  "منافسات المجموعة الأولى لمونديال روسيا.", date="2018-06-25")
    assert not [e for e in evs if e[0] == "CONSULT"], evs


def test_who_fights_on_whose_side_is_no_attack():
    evs = _events("وذكر قصر الإليزيه، في بيان، أن ماكرون أشاد بالميليشيات وقال إنها تقاتل تنظيم داعش بشجاعة.",
                  date="2018-03-30")
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_asking_to_stay_anonymous_is_no_request():
    evs = _events("من جانبها، قالت خطيبة خاشقجي، التي طلبت عدم نشر اسمها، في تصريحات لـCNN، إنها كانت أمام "
                  "القنصلية السعودية منذ دخوله إليها.", date="2018-10-04")
    assert not [e for e in evs if e[0] == "REQUEST"], evs


def test_demands_voiced_by_many_are_nobodys_request():
    evs = _events("وتسببت #الغام_الحوثيين بحصد أرواح مئات الضحايا المدنيين غالبيتهم من النساء والأطفال، والآف المعاقين، "
                  "وسط مطالبات حقوقية متكررة لمجلس الأمن والأمم المتحدة والمجتمع الدولي بالضغط على الميليشيا "
                  "بالتوقف الفوري عن زراعة #الألغام المحرمة دوليا.", date="2018-03-07", learned_triggers=False)
    # (the lexicon leaves "مطالبات" out; the learned trigger model names it REQUEST, with the
    # civilians as its source: a known error of the model, docs/events.md)
    assert not [e for e in evs if e[0] == "REQUEST"], evs


def test_a_degree_reached_is_no_visit():
    evs = _events("وأضاف إن الأزمة التي نشبت مؤخرا بين السعودية وكندا خير مثال على اتباع السعودية هذا النهج، حيث كان "
                  "ردها قويا ومبالغا فيه وصل لدرجة قطع العلاقات مع كندا، فقط لأنها انتقدت أوضاع حقوق الانسان في "
                  "السعودية.", date="2018-10-11")
    assert not [e for e in evs if e[0] == "CONSULT"], evs


def test_money_released_and_editors_in_chief_are_no_liberation():
    evs = _events("ورأت السعودية أن الاتفاق والذي تم بموجبه رفع العقوبات عن إيران وتحرير عشرات المليارات من أرصدتها "
                  "المجمدة، قد أطلق يد طهران لنشر القلاقل والعنف في دول المنطقة مثل العراق وسوريا.", date="2018-10-11")
    assert not [e for e in evs if e[0] == "ASSAULT"], evs
    evs = _events("وقال القحطاني في تغريدة على حسابه في تويتر، إن «بعض ملاك القنوات الفضائية السعوديين ومعدي البرامج "
                  "ورؤساء التحرير بسبب انشغالهم لا يعلمون حقائق المرتزقة من الإعلاميين».", date="2018-05-07")
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_a_sides_patron_is_no_target():
    # "الموالية لإيران" names whom the Houthis follow, not whom the act is aimed at
    evs = _events("وفي السياق، أعلن التحالف العربي أن الجيش الوطني اليمني مدعوما بقوات التحالف في جبهة رازح بصعدة "
                  "تمكن من قتل عدد من قادة ميليشيات الحوثي الموالية لإيران.", date="2018-05-27")
    assert not [e for e in evs if "إيران" in e[2]], evs


def test_a_state_named_only_after_fi_is_where_not_who():
    evs = _events("وقال التحالف الدولي الذي تقوده الولايات المتحدة في سوريا إن إيران لم تقدم «أي إنذار» لضربة صاروخية "
                  "نفذتها في سوريا، ردا على هجوم الأحواز الذي أسفر عن مقتل 25 شخصا وإصابة العشرات قبل أيام.",
                  date="2018-10-01")
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == ["سوريا"]], evs
