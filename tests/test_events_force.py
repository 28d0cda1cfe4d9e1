"""Force and troop movements (ASSAULT, MOBILIZE, RETREAT): triggers and their sides, on real Arabic."""

from .test_events import _events_of


def test_a_verbal_noun_the_tokenizer_left_joined_to_its_preposition_is_a_trigger():
    # "باستهداف": the tokenizer keeps a rare word whole with its ب
    evs = _events_of("وردت فصائل المعارضة السورية باستهداف دمشق بالقذائف.")
    assert ("ASSAULT", ["فصائل المعارضة السورية"], ["سوريا"]) in [e[:3] for e in evs], evs


def test_li_with_the_article_written_lil_is_read_before_a_verbal_noun():
    # "للقصف" is ل + القصف, the article's alif dropped
    evs = _events_of("وتعرضت مواقع ميليشيات الحوثي للقصف من قبل طائرات التحالف العربي.")
    assert ("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs


def test_planting_a_mine_is_an_assault_by_the_one_who_planted_it():
    # "زرعته": the object pronoun is the mine named before the verb
    evs = _events_of("قُتل ثلاثة مدنيين يمنيين بينهم امرأة، الثلاثاء، في انفجار لغم أرضي، زرعته ميليشيا الحوثي "
                     "الانقلابية قبل طردها من مديرية حيس.")
    assert ("ASSAULT", ["جماعة أنصار الله"], ["مدنيين يمنيين"]) in [e[:3] for e in evs], evs


def test_wars_waged_against_someone_are_an_assault_on_them():
    evs = _events_of("وبدأت جماعة الحوثي نشاطا عسكريا مسلحا منذ عام 2004 بالدخول في 6 حروب ضد الجيش اليمني حتى عام 2010.")
    assert ("ASSAULT", ["جماعة أنصار الله"], ["الجيش اليمني"]) in [e[:3] for e in evs], evs
    assert _events_of("وقال إن الحرب في سوريا دمرت البلاد.") == []  # a war named, no one attacked


def test_massacres_against_civilians_are_an_assault():
    evs = _events_of("لكن الحشد الشعبي تورط في مجازر ضد المدنيين في المدن ذات الغالبية السنية.")
    assert ("ASSAULT", ["هيئة الحشد الشعبي"], ["المدنيين"]) in [e[:3] for e in evs], evs


def test_pulling_troops_out_of_a_country_is_their_withdrawal_from_it():
    evs = _events_of("وقال مسؤول إن ترامب أكد في اجتماع بالبيت الأبيض أنه يريد سحب القوات الأمريكية من سوريا قريبا.")
    assert ("RETREAT", ["الجيش الأمريكي"], ["سوريا"]) in [e[:3] for e in evs], evs
    assert not [e for e in _events_of("وقرر البرلمان سحب الثقة من الحكومة العراقية.") if e[0] == "RETREAT"]


def test_undermining_the_security_of_a_region_is_no_blow():
    # "لضرب أمن المنطقة": ضرب before security or stability is figurative
    evs = _events_of("وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر بسبب إصرار النظام القطري على دعم "
                     "الإرهاب والتعامل مع قوى خارجية لضرب أمن المنطقة وزعزعة استقرارها.")
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_a_withdrawal_threatened_or_demanded_with_a_joined_ba_is_no_withdrawal():
    # "بانسحاب": the tokenizer keeps ب on the noun; the act demanded is no event of its own
    evs = _events_of("لكن الرئيس الأمريكي دونالد ترامب هدد بانسحاب الولايات المتحدة من الاتفاق النووي مع إيران.")
    assert not [e for e in evs if e[0] == "RETREAT"], evs
    evs = _events_of("وكانت كوريا الشمالية طالبت بانسحاب القوات الأمريكية المنتشرة في كوريا الجنوبية.")
    assert [e[:3] for e in evs] == [("REQUEST", ["كوريا الشمالية"], ["الجيش الأمريكي"])], evs


def test_strikes_with_the_strikers_pronoun_are_theirs():
    # "غاراتها": the raids of the subject of the clause
    evs = _events_of("وكثفت طائرات التحالف العربي غاراتها على مواقع المتمردين الحوثيين ضمن العملية العسكرية "
                     "لتحرير مدينة الحديدة.")
    assert ("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs


def test_a_military_convoy_sent_into_rebel_areas_is_a_mobilization():
    evs = _events_of("في تطور جديد على ساحات القتال، وصل رتل عسكري تركي آخر، ليل الثلاثاء الأربعاء، إلى مناطق سيطرة "
                     "الفصائل المعارضة في شمال غرب سوريا.")
    assert [e[:2] for e in evs if e[0] == "MOBILIZE"] == [("MOBILIZE", ["تركيا"])], evs


def test_closing_in_on_a_foe_is_an_assault_on_it():
    evs = _events_of("وتواصل المقاومة اليمنية المشتركة لليوم الثاني تضييق الخناق على ميليشيات الحوثي الانقلابية في "
                     "مديرية الدريهمي.")
    assert ("ASSAULT", ["المقاومة الشعبية اليمنية"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs


def test_two_strikes_told_in_two_sentences_are_two_events():
    evs = _events_of("وقصفت مقاتلات التحالف العربي، الجمعة، مواقع ميليشيا الحوثي في صعدة. وفي شرق صنعاء، قصفت مقاتلات "
                     "التحالف العربي، السبت، تجمعات ميليشيات الحوثي في جبهة نهم.")
    assert [e[:3] for e in evs] == [("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"])] * 2, evs


def test_a_town_named_after_the_victims_is_where_they_died_not_who_killed_them():
    evs = _events_of("وقال مسؤولون إن ثلاثة مدنيين قتلوا وأصيب تسعة في قصف طاول سوقا في مدينة تعز.")
    assert not [e for e in evs if e[1] == ["تعز"]], evs


def test_military_operations_waged_against_a_group_are_an_assault_on_it():
    # "العمليات العسكرية": the plural of عملية عسكرية
    evs = _events_of("وتأتي هذه الخطوة في ظل العمليات العسكرية الواسعة التي يخوضها الجيش المصري ضد تنظيم داعش في سيناء.")
    assert ("ASSAULT", ["القوات المسلحة المصرية"], ["تنظيم الدولة الإسلامية"]) in [e[:3] for e in evs], evs


def test_attacking_a_named_person_with_the_verb_is_verbal():
    # "هاجم ... بشدة": words, not arms, when the one attacked is a person
    evs = _events_of("وهاجمت كوريا الشمالية بشدة الرئيس الأمريكي دونالد ترامب.")
    assert [e[:3] for e in evs] == [("ACCUSE", ["كوريا الشمالية"], ["دونالد ترامب"])], evs


def test_a_missile_and_its_interception_in_one_sentence_are_two_attacks():
    # the Houthis fired at Saudi Arabia, the Saudi air defence struck back: opposite directions, two events
    evs = _events_of("واعترضت الدفاعات الجوية السعودية، الأربعاء، صاروخا باليستيا أطلقته ميليشيات الحوثي باتجاه السعودية.")
    got = [e[:3] for e in evs]
    assert ("ASSAULT", ["جماعة أنصار الله"], ["السعودية"]) in got, evs
    assert ("ASSAULT", ["الدفاعات الجوية السعودية"], ["جماعة أنصار الله"]) in got, evs


def test_two_strikes_far_apart_in_one_sentence_are_two_and_a_light_verb_with_its_noun_one():
    evs = _events_of("واستهدفت مقاتلات التحالف العربي مواقع ميليشيات الحوثي في مديرية حرض بمحافظة حجة، كما قصفت مقاتلات "
                     "التحالف العربي تجمعات ميليشيات الحوثي في جبل نقم شرق صنعاء.")
    assert [e[:3] for e in evs] == [("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"])] * 2, evs
    # "شنت ... غارات": the light verb and its noun tell one raid
    evs = _events_of("وشنت مقاتلات التحالف العربي غارات جوية على مواقع ميليشيات الحوثي في مديرية حرض.")
    assert [e[:3] for e in evs] == [("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"])], evs
