"""Session 13, duplicates: one act told several times is one event."""

from .test_events import _events_of


def test_a_headline_and_the_story_under_it_are_one_attack():
    evs = _events_of("وأوضح المخلافي أن المشكلة ليست في المبعوث الأممي الجديد إلى اليمن. الجيش الوطني يصد تسللا حوثيا\n"
                     "ميدانيا، صدت قوات الجيش الوطني محاولة تسلل لعناصر ميليشيات الحوثي في بلدة بيت بيش.")
    repelled = [e for e in evs if e[:3] == ("ASSAULT", ["الجيش اليمني"], ["جماعة أنصار الله"])]
    assert len(repelled) == 1, evs


def test_a_headline_accusation_told_again_in_the_story_is_one():
    evs = _events_of("الحوثي يتهم فرنسا بالمساهمة \"في العدوان على اليمن\"\n"
                     "من جانبه، قال زعيم الحوثيين عبد الملك الحوثي في مقابلة مع صحيفة لوفيغارو \"لم نرفض اللقاء به\".\n"
                     "واتهم الحوثي فرنسا بـ \"المساهمة في عدوان التحالف العربي\" في اليمن ببيع الأسلحة للسعودية.")
    accusations = [e for e in evs if e[0] == "ACCUSE"]
    assert len(accusations) == 1, evs


def test_a_denial_told_again_by_the_same_verb_is_one():
    evs = _events_of("ونفى الأسد في مقابلة حصرية مع صحيفة ميل أون صنداي البريطانية أن تكون روسيا هي من يدير الأمور في الحرب.\n"
                     "وشدد الأسد على أن سوريا دولة ذات سيادة.\n"
                     "ونفى الأسد في المقابلة أن تكون روسيا على علم مسبق بمثل هذه الضربات الجوية.")
    denials = [e for e in evs if e[:3] == ("REJECT", ["بشار الأسد"], ["روسيا"])]
    assert len(denials) == 1, evs


def test_the_same_charge_dated_apart_stays_two():
    evs = _events_of("واتهم أردوغان هولندا بالنازية بعد منع وزرائه من دخولها.\n"
                     "وفي مارس 2017 اتهم أردوغان هولندا بأنها من فلول النازيين والفاشيين.")
    charges = [e for e in evs if e[:3] == ("ACCUSE", ["رجب طيب أردوغان"], ["هولندا"])]
    assert len(charges) == 2, evs


def test_a_visit_told_again_by_the_same_verb_is_one():
    evs = _events_of("قال البيت الأبيض إن ترامب يزور السعودية في أول جولة خارجية له.\n"
                     "وأوضح المتحدث أن الرئيس سيبحث ملفات المنطقة.\n"
                     "وأضاف أن ترامب يزور السعودية لبحث العلاقات الثنائية.")
    visits = [e for e in evs if e[:3] == ("CONSULT", ["دونالد ترامب"], ["السعودية"])]
    assert len(visits) == 1, evs


def test_a_charge_against_one_act_of_several_states_is_one():
    evs = _events_of("انتقد وزير الخارجية الروسي، سيرغي لافروف، السبت، الضربة التي وجهتها أمريكا وبريطانيا وفرنسا "
                     "لمواقع عسكرية سورية، بعد هجوم كيماوي مشتبه به على مدينة دوما.")
    charges = [e for e in evs if e[0] == "ACCUSE" and e[1] == ["سيرغي لافروف"]]
    assert len(charges) == 1 and len(charges[0][2]) == 3, evs


def test_a_meeting_placed_in_a_capital_and_in_its_state_is_one():
    evs = _events_of("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره التركي مولود جاويش أوغلو في واشنطن.\n"
                     "وجاء لقاء بومبيو مع جاويش أوغلو في الولايات المتحدة بعد أسابيع من التوتر.")
    meetings = [e for e in evs if e[:3] == ("CONSULT", ["مايك بومبيو"], ["مولود جاويش أوغلو"])]
    assert len(meetings) == 1, evs
