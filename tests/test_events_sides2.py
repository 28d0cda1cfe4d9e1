"""Session 9 (sides): events whose side the linker now names."""
from .test_events import _events_of


def test_the_latter_denies_the_accusation_just_made_against_him():
    # "لكن الأخير ينفي": "the latter" is the one accused before it, who denies
    evs = _events_of("واتهمت السلطات التركية الداعية فتح الله غولن، المقيم في الولايات المتحدة، بالضلوع في "
                     "المحاولة الانقلابية الفاشلة، لكن الأخير ينفي أي صلة له بالأمر.")
    assert any(t == "REJECT" and a == ["فتح الله غولن"] for t, a, _, _ in evs), evs


def test_investigators_dismissed_are_the_target():
    # "المحققين": investigators are a party of their own (police), acted on
    evs = _events_of("وأقال الرئيس التركي رجب طيب أردوغان المحققين الرئيسيين في القضية.")
    assert ("COERCE", ["رجب طيب أردوغان"], ["المحققين"], 0.7) in evs, evs


def test_academics_on_strike_are_its_source():
    evs = _events_of("لم تستطع عصا الإضراب التي لوح بها الأكاديميون إخافة الحوثيين داخل اليمن.")
    assert any(a == ["الأكاديميون"] and r == ["جماعة أنصار الله"] for _, a, r, _ in evs), evs


def test_who_tells_of_an_act_is_not_its_guessed_target():
    # "يقول المحققون إن X دفع ... لإيلوفيتش": the investigators report the payment, they do not receive it
    evs = _events_of("وفي تفاصيل القضية، يقول المحققون إن رئيس الوزراء الإسرائيلي بنيامين نتنياهو دفع "
                     "مبلغ 280 مليون دولار لإيلوفيتش.")
    assert not any("المحققون" in r for _, _, r, _ in evs), evs


def test_states_counted_act_together():
    # "أكثر من 20 دولة": counted states are a party, as counted people are
    evs = _events_of("وطردت أكثر من 20 دولة ما يزيد على 130 دبلوماسيا روسيا هذا الأسبوع تضامنا مع لندن.")
    assert ("SUPPORT", ["أكثر من 20 دولة"], ["المملكة المتحدة"], 0.7) in evs, evs


def test_the_westerners_are_a_party():
    # "الغربيون", "الغرب": the Western powers, as "الدول الغربية"
    evs = _events_of("وخلال المفاوضات في مجلس الأمن، رفض الغربيون طلبا روسيا بأن تحصل كل قافلة إنسانية "
                     "على موافقة من النظام السوري.")
    assert ("REJECT", ["الغربيون"], ["روسيا"], 0.7) in evs, evs


def test_a_descriptive_title_and_the_name_after_it_are_one_side():
    # "السفير الروسي فاسيلي نيبينزيا": the ambassador is the man named, not the one he accuses
    evs = _events_of('واتهم السفير الروسي فاسيلي نيبينزيا الغرب بـ"الهمجية".')
    assert any(t == "ACCUSE" and "فاسيلي نيبينزيا" in a and r == ["الغرب"] for t, a, r, _ in evs), evs


def test_a_plural_nationality_noun_after_the_verb_is_its_subject():
    # "اتهم عراقيون المالكي": Iraqis (nominative, qualifying no noun) accuse
    evs = _events_of("وقد اتهم عراقيون نوري المالكي بالمحسوبية.")
    assert ("ACCUSE", ["العراق"], ["نوري المالكي"], 0.7) in evs, evs


def test_the_accused_are_the_target_of_the_charges():
    # "المتهمين": defendants are a party (CRM), the one charged
    evs = _events_of("وكانت النيابة العامة المصرية قد أسندت للمتهمين اتهامات عديدة أبرزها تدبير تجمهر.")
    assert ("ACCUSE", ["النيابة العامة المصرية"], ["للمتهمين"], 0.7) in evs, evs


def test_unnamed_attackers_are_the_source_of_their_attack():
    evs = _events_of("وقال مسؤول أمني إن المهاجمين أطلقوا النار على قوات الأمن المصرية قرب العريش.")
    assert ("ASSAULT", ["المهاجمين"], ["قوات الأمن المصرية"], 0.7) in evs, evs


def test_a_pronoun_subject_with_no_speaker_is_the_actor_named_before_it():
    # "البيان" is no actor to speak for "أنها": the state named before is the one who holds responsible
    evs = _events_of("كما أضاف البيان أن إسرائيل تتمسك بسياستها بعدم التدخل في النزاع السوري، "
                     "وأنها تعتبر النظام السوري مسؤولا عن كل الأحداث.")
    assert ("ACCUSE", ["إسرائيل"], ["الحكومة السورية"], 0.7) in evs, evs
