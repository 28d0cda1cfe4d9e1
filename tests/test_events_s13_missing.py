"""Session 13: sides of one-sided events that a careful reader finds elsewhere in the text."""

from .test_events import _events_of


def test_a_rebel_leader_is_no_second_rebel_group_for_a_state_force_s_foe():
    # "وتواصل قوات الشرعية تقدمها": no foe named; the article's one armed group is the Houthis,
    # whose leader named in it (عبدالملك الحوثي) is one of them, not a group of his own
    text = ("وقال زعيم الميليشيات عبدالملك الحوثي إن قواته لن تنسحب من صعدة. "
            "وتكبدت ميليشيات الحوثي خسائر فادحة في صعدة. "
            "وتمكنت قوات الجيش اليمني من تحرير مواقع جديدة في مديرية باقم.")
    evs = [e[:3] for e in _events_of(text)]
    assert ("ASSAULT", ["الجيش اليمني"], ["جماعة أنصار الله"]) in evs, evs


def test_a_condemned_act_after_bi_names_its_owner_by_adjective_or_li_as_the_target():
    # "ونددت دمشق بما وصفته بـ"الاحتلال" التركي": the occupation condemned is Turkey's
    evs = [e[:3] for e in _events_of('ونددت دمشق الاثنين بما وصفته بـ"الاحتلال" التركي لعفرين.')]
    assert any(t == "ACCUSE" and r == ["تركيا"] for t, a, r in evs), evs
    evs = [e[:3] for e in _events_of('وندد الاتحاد الأوروبي بـ"التحركات غير القانونية" لتركيا في بحر إيجه.')]
    assert ("ACCUSE", ["الاتحاد الأوروبي"], ["تركيا"]) in evs, evs


def test_an_indefinite_subject_after_the_verb_is_the_state_its_adjective_names():
    # "رفضت محكمة استئناف يونانية": a Greek court, unknown to the linker, refuses Turkey's request
    evs = [e[:3] for e in _events_of("رفضت محكمة استئناف يونانية، الجمعة، مطلب تركيا بتسليم 8 جنود أتراك.")]
    assert ("REJECT", ["اليونان"], ["تركيا"]) in evs, evs
    # a strike's indefinite noun is what it hits: Iran is no striker here
    evs = [e[:3] for e in _events_of("واستهدفت قواعد عسكرية إيرانية في ريف حماة.")]
    assert not any(t == "ASSAULT" and a == ["إيران"] for t, a, r in evs), evs


def test_a_pronoun_subject_s_verb_targets_the_state_its_object_s_adjective_names():
    # "قالت الصين إنها حذرت سفينة حربية أمريكية": the speaker warned an American warship
    evs = [e[:3] for e in _events_of('قالت الصين، الثلاثاء، إنها حذرت سفينة حربية أمريكية دخلت المياه الإقليمية.')]
    assert ("THREATEN", ["الصين"], ["الولايات المتحدة"]) in evs, evs


def test_a_pronoun_subject_s_verb_targets_the_next_actor_after_a_preposition_as_a_last_resort():
    # "أنها صدت هجوما لقوات سورية": the attack repelled is the Syrian forces'
    evs = [e[:3] for e in _events_of("وأعلنت القوات الأميركية في سوريا أنها صدت هجوما لقوات سورية في دير الزور.")]
    assert ("ASSAULT", ["الجيش الأمريكي"], ["قوات سورية"]) in evs, evs


def test_a_verb_left_to_its_speaker_takes_the_adjective_on_its_object_as_target():
    # "أعلن الجيش الإسرائيلي ضرب عشرات الأهداف العسكرية الإيرانية": the army, the speaker, struck
    # Iranian targets; the last-resort target is read though the subject is the speaker's
    evs = [e[:3] for e in _events_of("وأعلن الجيش الإسرائيلي ضرب عشرات الأهداف العسكرية الإيرانية في سوريا.")]
    assert ("ASSAULT", ["الجيش الإسرائيلي"], ["إيران"]) in evs, evs


def test_a_carried_subject_s_refusal_targets_the_state_its_object_s_adjective_names():
    # "ورفضت التدخل العسكري في الصراع السوري": the subject carried on refused to intervene in Syria
    evs = [e[:3] for e in _events_of("وأعادت أمريكا النظر في سياستها في الشرق الأوسط، فأسرعت بسحب القوات الأمريكية "
                                     "من العراق ورفضت التدخل العسكري في الصراع السوري.")]
    assert any(t == "REJECT" and r == ["سوريا"] for t, a, r in evs), evs


def test_a_circumstantial_demand_targets_the_state_whose_threat_it_would_face():
    # "داعيا إلى تشكيل تحالف دولي لمواجهة التهديد الإيراني": the adjective six words on names Iran
    evs = [e[:3] for e in _events_of("وأكد وزير الخارجية السعودي عادل الجبير موقف بلاده، داعيا إلى تشكيل تحالف دولي "
                                     "لمواجهة التهديد الإيراني.")]
    assert ("REQUEST", ["عادل الجبير"], ["إيران"]) in evs, evs
