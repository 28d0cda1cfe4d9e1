"""Material conflict (session 10): attacks, coercion, threats, sanctions on real Arabic."""

from .test_events import _events_of


def test_warning_of_grave_consequences_is_a_threat_at_the_other_side():
    # "حذرت من عواقب خطيرة إذا حدثت ضربات غربية": Russia threatens the West (Trump), not its ally Syria
    evs = _events_of("ولوح الرئيس الأمريكي دونالد ترامب برد عسكري على النظام السوري بعد التقارير عن هذا الهجوم "
                     "الكيميائي، وحمل بعنف على روسيا التي حذرت من \"عواقب خطيرة\" إذا حدثت ضربات غربية.")
    assert ("THREATEN", ["روسيا"], ["دونالد ترامب"]) in [e[:3] for e in evs], evs
    assert ("THREATEN", ["روسيا"], ["الحكومة السورية"]) not in [e[:3] for e in evs], evs


def test_an_attack_noun_with_one_side_takes_the_direction_of_the_verb_beside_it():
    # "الاشتباكات" read with the coalition as its target merges with the coalition's strike, and
    # the strike keeps its direction: the coalition attacks the Houthis
    evs = _events_of("وبالتزامن مع الاشتباكات، استهدفت طائرات تحالف دعم الشرعية في اليمن آليات لمليشيات "
                     "الحوثي في المنطقة.")
    assert any(e[0] == "ASSAULT" and "التحالف" in " ".join(e[1]) and "أنصار الله" in " ".join(e[2]) for e in evs), evs
    assert not any(e[0] == "ASSAULT" and "أنصار الله" in " ".join(e[1]) for e in evs), evs


def test_the_name_right_after_a_trigger_ending_on_its_preposition_is_its_object():
    # "وسيطر على ثلث العراق": Iraq is what was seized, the subject carries on from the clause before
    evs = _events_of("وكان تنظيم الدولة الإسلامية أعلن ما وصفه بدولة الخلافة في سوريا والعراق عام 2014، "
                     "وسيطر على ثلث العراق.")
    assert any(e[0] == "COERCE" and e[1] == ["تنظيم الدولة الإسلامية"] and e[2] == ["العراق"] for e in evs), evs
    assert not any(e[0] == "COERCE" and e[1] == ["العراق"] for e in evs), evs


def test_a_pledge_to_strike_is_a_threat_and_a_pledge_of_backing_is_not():
    evs = _events_of("تعهدت تركيا بضرب كل من يساعد وحدات حماية الشعب الكردية في عفرين.")
    assert ("THREATEN", ["تركيا"], ["وحدات حماية الشعب الكردية"]) in [e[:3] for e in evs], evs
    evs = _events_of("وتعهد الرئيس الفرنسي إيمانويل ماكرون بدعم قوات سوريا الديمقراطية.")
    assert not any(e[0] == "THREATEN" for e in evs), evs


def test_a_town_that_stands_for_no_government_coerces_no_one():
    # "ونهب الموصل عام 2014": Mosul is what was looted, not a looter of the Islamic State
    evs = _events_of("وكانت أموال التنظيم تأتي من الضرائب والابتزاز، ونهب الموصل عام 2014 (حيث سرق داعش حوالي "
                     "500 مليون دولار من خزائن البنوك).")
    assert not any(e[0] == "COERCE" and e[1] == ["الموصل"] for e in evs), evs


def test_a_ministry_that_commands_no_force_attacks_no_one():
    # "تستهدف إيران": the treasury's sanctions target Iran (a sanction), no attack by the treasury
    evs = _events_of("وأعلنت وزارة الخزانة الأمريكية أن العقوبات الجديدة تستهدف إيران وشركات الطيران التابعة لها.")
    assert ("SANCTION", ["وزارة الخزانة الأمريكية"], ["إيران"]) in [e[:3] for e in evs], evs
    assert not any(e[0] == "ASSAULT" for e in evs), evs


def test_a_coalition_does_not_attack_the_state_it_fights_in():
    # the Saudi-led coalition's theatre is Yemen: "غارات جوية في اليمن" strike in Yemen, not Yemen
    evs = _events_of("ونفذ التحالف العربي غارات جوية في اليمن أمس.")
    assert not any(e[0] == "ASSAULT" and e[2] == ["اليمن"] for e in evs), evs
