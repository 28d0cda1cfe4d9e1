"""ASSAULT (session 9): who attacks whom, on real Arabic."""

from rasd.api import analyze, load

from .test_events import PIPE, _events_of


def test_a_pronoun_on_against_after_an_attack_is_the_one_attacked():
    # "ضدهم": the Kurdish militants named before, not the Syrian territory after it
    evs = _events_of("وتتهم تركيا المسلحين الأكراد بالسعي لإنشاء كيان كردي على حدودها، "
                     "وتشن حملة عسكرية ضدهم داخل الأراضي السورية.")
    assert ("ASSAULT", ["تركيا"], ["الأكراد"]) in [e[:3] for e in evs], evs
    assert not any(e[0] == "ASSAULT" and e[2] == ["سوريا"] for e in evs), evs


def test_the_pronoun_of_a_relative_clause_is_the_relative_not_an_actor():
    # "التي سيطرت عليها": the oil installations seized, not the army named before
    evs = _events_of("لكن انشغال قوات الجيش الوطني الليبي بمعركة درنة لم يمنعها من شن هجوم كبير، لطرد الميليشيات "
                     "التي يقودها إبراهيم الجضران من منشآت الهلال النفطي، التي سيطرت عليها الخميس الماضي.")
    assert not any(e[0] == "COERCE" and any("الجيش" in r for r in e[2]) for e in evs), evs


def _raw(text):
    """The extractor's own readings (before merging and the document stage): (type, sources, targets)."""
    from rasd.events.extract import Extractor
    doc = analyze(text, date="2018-05-11", pipeline=load(PIPE[:-1]))
    names = {e["id"]: e["name"] for e in doc.entities}
    return [(r.type, [names[a] for a in r.actors], [names[a] for a in r.recipients])
            for r in Extractor(learned_roles=False).extract(doc)]


def test_killed_with_his_companions_is_passive():
    # "قتل القيادي ... مع عدد من مرافقيه": the leader was killed, he killed no one
    evs = _raw("كذلك قتل القيادي الحوثي، حسن يحيى الوشلي، المكنى أبو مجد، مع عدد من مرافقيه في جبهة قانية "
               "بمحور البيضاء.")
    assert evs and evs[0][0] == "ASSAULT" and not evs[0][1] and "جماعة أنصار الله" in evs[0][2], evs


def test_the_attack_named_again_is_the_attack_dated_before():
    # "المشاركين في الهجوم": the singular definite noun refers back to the 2007 strike, undated
    # as it is (the story's day is no date of its own)
    evs = _events_of("نشر الجيش الإسرائيلي، الأربعاء، صورة تجمع القيادة السياسية الإسرائيلية مع ضباط سلاح الجو "
                     "قالت إنهم شاركوا في الهجوم على المفاعل النووي في سوريا عام 2007.\n"
                     "ونشر الجيش الإسرائيلي أيضا صورا للطيارين المشاركين في الهجوم في قاعدة بصحراء النقب، "
                     "قبيل إقلاعهم صوب سوريا لتنفيذ المهمة.", date="2018-03-21")
    assert len([e for e in evs if e[0] == "ASSAULT"]) == 1, evs


def test_a_verb_describing_the_strike_before_it_has_what_it_hit_for_object():
    # "هجوم صاروخي استهدف مقر الحزب": the strike hit the party, the party did not strike
    evs = _raw("وقتل 12 شخصا على الأقل في هجوم صاروخي استهدف مقر الحزب الديمقراطي الكردستاني الإيراني.")
    assert ("ASSAULT", [], ["الحزب الديمقراطي الكردستاني الإيراني"]) in evs, evs


def test_the_coalition_in_a_yemen_story_is_the_saudi_led_one():
    # "التحالف" alone: in a story about Yemen, the coalition that fights there
    evs = _events_of("ويخوض الجيش اليمني والمقاومة الشعبية، بدعم من التحالف، معارك متواصلة مع ميليشيات الحوثي "
                     "في محافظة البيضاء.")
    assert any(e[0] == "SUPPORT" and e[1] == ["التحالف العربي"] for e in evs), evs


def test_killed_in_battles_and_strikes_is_passive_and_the_striker_named_by_its_aircraft_killed():
    # "التي قتلت بالمعارك وغارات طيران التحالف": the leaders were killed; the coalition's
    # aircraft struck (a coalition named only by its weapons still strikes)
    evs = _raw("ونشر موقع الجيش اليمني أسماء قيادات ميليشيات الحوثي التي قتلت بالمعارك وغارات طيران التحالف "
               "خلال اليومين الماضيين.")
    assert evs and evs[0] == ("ASSAULT", ["التحالف العربي"], []), evs


def test_no_attack_between_a_side_and_its_named_backer():
    # "بدعم من التحالف": the coalition fights with the joint forces; "غارات للتحالف ومواجهات مع
    # القوات المشتركة" are two acts on the Houthis, not the coalition striking the joint forces
    evs = _events_of("وشنت القوات اليمنية المشتركة، بدعم من التحالف العربي، هجوما واسعا على مواقع ميليشيات الحوثي.\n"
                     "وتكبدت الميليشيات خسائر فادحة جراء غارات للتحالف العربي ومواجهات مع القوات اليمنية المشتركة.")
    assert not any(e[0] == "ASSAULT" and e[1] == ["التحالف العربي"] and "القوات اليمنية المشتركة" in e[2]
                   for e in evs), evs
