"""Role reading (who acts, who is acted on): session 8."""
from .test_events import _events_of, named_events


def test_travellers_and_prisoners_are_collective_parties():
    # "المسافرين", "السجناء": a collective of people named on its own is the one acted on
    evs = _events_of("نفذت ميليشيات الحوثي، الأربعاء، حملة اعتقالات واسعة في صفوف المسافرين عبر نقاط التفتيش.")
    assert any(t == "COERCE" and r and "المسافرين" in r[0] for t, _, r, _ in evs), evs
    evs = _events_of("أفرجت ميليشيات الحوثي عن عشرات السجناء في محافظة الحديدة.")
    assert any(r and "السجناء" in r[0] for _, _, r, _ in evs), evs


def test_bare_police_is_the_police_force_named_before_in_a_story_of_several_countries():
    # no main country (Britain, Afghanistan, Syria): "الشرطة" is still "الشرطة البريطانية"
    evs = _events_of("وجهت الشرطة البريطانية تهمة القتل لرجل أفغاني قتل امرأتين من سوريا. "
                     "واعتقلت الشرطة صالح مسلم في مدينة برمنغهام.")
    assert any(t == "COERCE" and a and "الشرطة" in a[0] and r and "صالح مسلم" in r[0] for t, a, r, _ in evs), evs


def test_a_death_is_the_work_of_the_other_side_of_a_clash_named_past_a_long_clause():
    # "مقتل 56 عنصرا من مليشيات الحوثي الموالية لإيران، وجرح العشرات في مواجهات مع المقاومة"
    evs = _events_of("أفاد مراسل، الاثنين، بمقتل 56 عنصرا من مليشيات الحوثي الموالية لإيران، وجرح العشرات "
                     "في مواجهات مع المقاومة اليمنية المشتركة بمركز الدريهمي.")
    assert any(t == "ASSAULT" and a and "المقاومة" in a[0] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_the_direct_object_after_the_subject_is_the_target_before_a_prepositional_phrase():
    # "وصف X Y بأنه ...": Y is described; the party after ل in the description is not the target
    evs = _events_of("وكانت واشنطن وصفت السراج بأنه مموّل لتنظيم القاعدة.")
    assert ("ACCUSE", ["الولايات المتحدة"], ["فايز السراج"], 0.7) in evs, evs
    # "أدان X إطلاق Y النار على ...": the one whose act is condemned, named right after it
    evs = _events_of("أدان المغرب إطلاق الجيش الإسرائيلي النار على فلسطينيين.")
    assert ("ACCUSE", ["المغرب"], ["الجيش الإسرائيلي"], 0.7) in evs, evs


def test_a_nationality_adjective_past_the_subjects_own_adjectives_names_the_subject():
    # "ووافقت المحكمة العليا القبرصية", "رحب البنك العربي الأردني": VSO, the subject unknown to the base
    evs = _events_of("ووافقت المحكمة العليا القبرصية على طلب السلطات المصرية.")
    assert any(t == "AGREE" and a == ["قبرص"] for t, a, _, _ in evs), evs


def test_a_bare_institution_noun_stays_unlinked_when_two_of_its_kind_were_named():
    # no main country, two governments named before: "الحكومة" may be either
    from rasd.api import analyze, load
    t = "رحبت فرنسا وإيطاليا وروسيا بحكومة الوفاق الوطني، وانتقدت الحكومة الليبية المؤقتة. وتعمل الحكومة من مدينة البيضاء."
    doc = analyze(t, date="2019-12-01", pipeline=load(("clean", "segment", "actors")))
    assert not any(m.get("how") == "context" for e in doc.entities for m in e["mentions"]), doc.entities


def test_the_same_act_dated_months_apart_is_two_events():
    # two raids dated apart by the text are two acts, not one act mentioned twice
    evs = _events_of("شنت إسرائيل غارات على مواقع حزب الله في 3 مارس 2018.\n"
                     "وفي 20 مايو 2018 شنت إسرائيل غارات أخرى على مواقع حزب الله في جنوب لبنان.")
    assert [e[:3] for e in evs].count(("ASSAULT", ["إسرائيل"], ["حزب الله"])) == 2, evs


def test_the_same_act_in_two_towns_is_two_events():
    evs = _events_of("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء.\n"
                     "وشنت طائرات التحالف العربي غارات أخرى على الحوثيين في تعز.")
    assert [e[:3] for e in evs].count(("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"])) == 2, evs


def test_a_planned_visit_is_not_the_visit_made_the_other_way():
    # "أنهى ... زيارته لفرنسا" (made) and "أنه سيزور السعودية" (intended): two events
    evs = _events_of("أنهى ولي العهد السعودي محمد بن سلمان زيارته الرسمية لفرنسا التي استمرت يومين.\n"
                     "وأعلن الرئيس الفرنسي أنه سيزور السعودية في نهاية العام.")
    assert [e[0] for e in evs].count("CONSULT") == 2, evs


def test_a_verb_in_another_sentence_reports_an_act_of_its_own():
    evs = _events_of("استهدفت طائرات التحالف العربي مواقع الحوثيين في صعدة.\n"
                     "وفي وقت لاحق، قصفت طائرات التحالف العربي الحوثيين مجددا.")
    assert [e[:3] for e in evs].count(("ASSAULT", ["التحالف العربي"], ["جماعة أنصار الله"])) == 2, evs


def test_an_indefinite_attack_in_another_sentence_is_one_more_attack():
    # "هجوم للحوثيين" (indefinite) names one more act; "الهجوم" may refer back
    evs = _events_of("أعلنت مصادر محلية عن هجوم للحوثيين على قوات الجيش اليمني.\n"
                     "وأفاد سكان لاحقا بهجوم للحوثيين على قوات الجيش اليمني.")
    assert [e[0] for e in evs].count("ASSAULT") == 2, evs


def test_bare_army_is_the_army_of_the_country_the_story_is_about():
    evs = _events_of("أعلن الجيش اليمني تقدمه في محافظة صعدة اليمنية. وقصف الجيش مواقع الحوثيين في جبال مران.")
    assert ("ASSAULT", ["الجيش اليمني"], ["جماعة أنصار الله"], 0.7) in evs, evs


def test_bare_regime_is_the_government_of_the_country_the_story_is_about():
    evs = _events_of("اتهم جيش الإسلام في سوريا النظام بطمس الأدلة على الهجوم الكيميائي في دوما السورية.")
    assert ("ACCUSE", ["جيش الإسلام"], ["النظام"], 0.7) in evs, evs


def test_unvocalised_killing_with_the_wounded_named_is_passive():
    # "قتل عدد من مسلحي الحوثي وأصيب آخرون": they were killed; the strikes name the killer
    evs = _events_of("قتل عدد من مسلحي ميليشيات الحوثي الإيرانية وأصيب آخرون، جراء غارات لطائرات التحالف العربي في اليمن.")
    assert any(t == "ASSAULT" and a == ["التحالف العربي"] and r == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def _events_with_ner(text, date="2018-06-01"):
    """Like ``_events_of``, with the NER stage (names the base does not know)."""
    from rasd.api import analyze, load, to_dict
    from rasd.events.pipe import make_events

    doc = analyze(text, date=date, pipeline=load(tuple(n for n in load().names if n != "events")))
    return named_events(to_dict(make_events(confidence=False)(doc)))


def test_an_organisation_unknown_to_the_base_named_with_its_head_noun_is_a_party():
    evs = _events_with_ner("واتهمت منظمة رصد للحقوق والحريات ميليشيا الحوثي بزراعة الألغام.")
    assert any(t == "ACCUSE" and a and a[0].startswith("منظمة رصد") for t, a, _ in evs), evs


def test_a_visit_to_two_states_is_a_visit_to_each():
    evs = _events_of("ويزور الرئيس الفرنسي إيمانويل ماكرون مصر والأردن الأسبوع المقبل.")
    assert [e[:3] for e in evs] == [("CONSULT", ["إيمانويل ماكرون"], ["مصر"]),
                                   ("CONSULT", ["إيمانويل ماكرون"], ["الأردن"])], evs


def test_a_verb_completes_a_one_sided_verbal_noun_only_nearby():
    from rasd.document import Span
    from rasd.events.extract import RawEvent
    from rasd.events.merge import same_event

    def ev(sentence, pos, actors, recipients):
        return RawEvent("AID", None, Span(0, 1), [Span(0, 1)], actors, recipients, "asserted", None, None, None,
                        sentence, extra={"pos": pos})

    noun = ev(0, "noun", [], ["haftar"])  # "عبر تدريب عناصر من المليشيات التابعة لحفتر"
    assert same_event(noun, ev(1, "verb", ["israel"], ["haftar"]), {})  # "الخبراء الإسرائيليون دربوا ..."
    assert not same_event(noun, ev(4, "verb", ["israel"], ["haftar"]), {})


def test_an_act_dated_years_before_the_story_is_not_the_act_of_its_day():
    # "شنت في عام 2014 هجوما" is background; "تواصل ... الهجوم" (the story's day) is today's act
    evs = _events_of("قال المرصد السوري لحقوق الإنسان، الأحد، إن المعارك مستمرة.\n"
                     "وكانت قوات النظام السوري قد شنت في عام 2014 هجوما على المعارضة السورية.\n"
                     "وتواصل قوات النظام السوري الهجوم على المعارضة السورية.")
    assert [e[0] for e in evs].count("ASSAULT") == 2, evs
