"""Triggers for gold events rasd found no trigger for (session 8, trig2)."""
from .test_events import _events_of


def test_a_joint_press_conference_is_a_meeting_with_the_partner():
    evs = _events_of("عقد الرئيس الفرنسي إيمانويل ماكرون مؤتمراً صحفياً مع ولي العهد السعودي الأمير محمد بن سلمان في العاصمة باريس.")
    assert any(t == "CONSULT" and "إيمانويل ماكرون" in a and any("سلمان" in x for x in r) for t, a, r, _ in evs), evs


def test_a_campaign_of_abductions_is_coercion_of_those_taken():
    evs = _events_of("وقال التقرير إن ميليشيات الحوثي قامت بحملة اختطافات طالت العشرات من الصحفيين في محافظة الحديدة.")
    assert any(t == "COERCE" and a == ["جماعة أنصار الله"] and r == ["الصحفيين"] for t, a, r, _ in evs), evs


def test_defending_a_states_role_is_support_of_that_state():
    evs = _events_of("دافع الرئيس السوري بشار الأسد عن دور روسيا في بلاده قائلا إن روسيا لا تفرض شروطها على أي بلد.")
    assert any(t == "SUPPORT" and a == ["بشار الأسد"] and r == ["روسيا"] for t, a, r, _ in evs), evs


def test_under_his_command_is_no_order():
    evs = _events_of('ورفعت منظمة غير حكومية شكوى في باريس ضد ولي العهد السعودي الأمير محمد بن سلمان بتهمة "التواطؤ بالتعذيب" '
                     'متهمة الجيش السعودي الموضوع تحت إمرته بـ"قصف أهداف مدنية عمدا" في اليمن.')
    assert not any(t == "REQUEST" for t, a, r, _ in evs), evs


def test_warning_shots_threaten_whom_they_drive_off():
    evs = _events_of("وكان جنود يونانيون وجهوا طلقات تحذيرية لإبعاد مروحية تركية حلقت، ليل الاثنين الثلاثاء، فوق جزيرة رودس.")
    assert any(t == "THREATEN" and a == ["جنود يونانيون"] and r == ["تركيا"] for t, a, r, _ in evs), evs


def test_the_verb_of_retaking_ground_names_no_party():
    evs = _events_of('ويتعلق الاتفاق بخروج مسلحي جماعة "جيش الإسلام" من بلدة دوما بالغوطة التي استعادت قوات سورية '
                     'مدعومة من روسيا السيطرة عليها خلال الأسابيع القليلة الماضية.', learned_triggers=False)
    # (the lexicon leaves "استعادت" out; the learned trigger model reads it COERCE, which the
    # learned confidence then drops: tests/test_events_trigger_model.py)
    assert not any(t == "COERCE" for t, a, r, _ in evs), evs


def test_a_telephone_tapped_is_no_phone_call():
    evs = _events_of("وفي إطار التحقيق، سمحت المحاكم التركية بالتنصت على 42 هاتفا تعود إلى 29 شخصا أدرجوا على قائمة المشتبهين.")
    assert not any(t == "CONSULT" for t, a, r, _ in evs), evs


def test_foiling_an_attack_is_force_against_the_attackers():
    evs = _events_of("أفشلت قوات الشرعية هجوماً لمليشيا الحوثي في جبال حام بمديرية المتون.")
    assert any(t == "ASSAULT" and a == ["الجيش اليمني"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_handing_over_the_weapons_is_a_retreat_before_whom_they_go_to():
    evs = _events_of("وبدأت الفصائل المعارضة تسليم الأسلحة الثقيلة لجيش النظام السوري.")
    assert any(t == "RETREAT" and r == ["الجيش السوري"] for t, a, r, _ in evs), evs
