"""ASSAULT events on the merged code (session 9, wave 2)."""

from .test_events import _events_of


def test_the_genitive_of_an_attack_noun_is_the_attacker_not_the_one_who_reacts():
    # "ضربة الحوثيين": the Houthis strike; Washington, annoyed by it, strikes no one
    evs = _events_of("وأعربت الولايات المتحدة عن قلقها إزاء هجوم الحوثيين على السفينة التركية في البحر الأحمر.")
    attacks = [(a, r) for t, a, r, _ in evs if t == "ASSAULT"]
    assert attacks and all(a == ["جماعة أنصار الله"] for a, _ in attacks), evs


def test_the_condemned_act_is_its_genitives_not_the_condemners():
    # "أدان المغرب إطلاق الجيش الإسرائيلي النار": Morocco condemns, the Israeli army fires
    evs = _events_of("أدان المغرب إطلاق الجيش الإسرائيلي النار بشكل مباشر على فلسطينيين شاركوا في احتجاجات سلمية.")
    attacks = [(a, r) for t, a, r, _ in evs if t == "ASSAULT"]
    assert attacks and all(a == ["الجيش الإسرائيلي"] for a, _ in attacks), evs
    # "إدانة السعودية لهجمات سبتمبر": the attacks are no Saudi act
    evs = _events_of("ورغم إدانة السعودية لهجمات سبتمبر وتعرضها أيضا لهجمات دموية من قبل تنظيم القاعدة، "
                     "أصاب شرخ علاقات البلدين.")
    assert not any(t == "ASSAULT" and "السعودية" in a for t, a, r, _ in evs), evs


def test_an_attack_nouns_genitive_strikes_the_nationality_named_after_on():
    # "على سفينة شحن تركية": the Turkish ship is what the Houthis' strike hit
    evs = _events_of("وقال البيت الأبيض إن واشنطن منزعجة من ضربة الحوثيين الصاروخية على سفينة شحن تركية "
                     "تنقل قمحا إلى اليمن هذا الشهر.")
    assert ("ASSAULT", ["جماعة أنصار الله"], ["تركيا"]) in [e[:3] for e in evs], evs


def test_the_seat_named_after_muqarruhu_is_no_party():
    # "ومقره بريطانيا": where the observatory sits, not who dropped the barrels
    evs = _events_of("وكان المرصد السوري لحقوق الإنسان، ومقره بريطانيا، ومصادر في المعارضة، قالوا الجمعة، إن طائرات "
                     "هليكوبتر تابعة للحكومة السورية أسقطت براميل متفجرة على المناطق التي تسيطر عليها المعارضة.")
    assert not any("المملكة المتحدة" in a + r for t, a, r, _ in evs), evs


def test_a_persons_attack_with_a_possessive_is_in_words():
    # "كثف أردوغان هجومه على دميرتاش": the president's attack on a politician is verbal
    evs = _events_of("وكان الرئيس التركي رجب طيب أردوغان، كثف مؤخرا هجومه على دميرتاش متهما إياه بالمسؤولية "
                     "عن وفاة عشرات الأشخاص في مظاهرات دامية.")
    assert not any(t == "ASSAULT" for t, a, r, _ in evs), evs
    assert any(t == "ACCUSE" and "رجب طيب أردوغان" in a for t, a, r, _ in evs), evs


def test_sparking_a_quarrel_is_no_blast():
    # "فجر صراعا": the interior minister sparked a quarrel inside the government, he bombed no one
    evs = _events_of("تجري الحكومة الألمانية محادثات مع حلفائها بشأن إمكانية نشر قوات عسكرية في سوريا، مما أثار انتقادا "
                     "حادا من الحزب الديمقراطي الاشتراكي وفجر صراعا جديدا داخل حكومة المستشارة أنغيلا ميركل الائتلافية.")
    assert not any(t == "ASSAULT" for t, a, r, _ in evs), evs


def test_a_pronoun_on_against_may_stand_for_a_state():
    # "شنتها عليها": the attacks Hamas and Islamic Jihad launched on Israel, the state named before
    evs = _events_of("وقال نتنياهو إن \"إسرائيل تنظر ببالغ الخطورة إلى الهجمات التي شنتها عليها وعلى بلداتها حركتا "
                     "حماس والجهاد الإسلامي الإرهابيتان من قطاع غزة\"")
    assert any(t == "ASSAULT" and "حركة حماس" in a and r == ["إسرائيل"] for t, a, r, _ in evs), evs


def test_the_maker_of_a_weapon_is_no_party():
    # "بالمقاتلة الأميركية الصنع": the fighter is US-made; the United States is not struck
    evs = _events_of("وكشف أيضاً أن إسرائيل قصفت مرتين باستخدام طائرات الشبح F35 على جبهتين مختلفتين في المنطقة، "
                     "وهي أول بلد ينفذ هجمات بالمقاتلة الأميركية الصنع.")
    assert not any("الولايات المتحدة" in a + r for t, a, r, _ in evs), evs


def test_a_place_an_attack_is_near_is_not_its_target():
    # "قرب دمشق": Eastern Ghouta lies near Damascus; the regime's shelling is not aimed at Damascus
    evs = _events_of("ارتفعت حصيلة القتلى جراء قصف قوات النظام السوري للغوطة الشرقية المحاصرة قرب دمشق الاثنين مرة "
                     "جديدة لتصل إلى نحو 80 قتيلا مدنيا، وفق ما أفاد المرصد السوري لحقوق الإنسان.")
    assert not any(t == "ASSAULT" and "دمشق" in r for t, a, r, _ in evs), evs
