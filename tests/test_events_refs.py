"""Sides of events that the text gives only by a referring expression (a pronoun)."""

from .test_events import _events_of


def test_object_pronoun_behind_a_conjunction_is_the_one_named_before():
    # "واعتقلته": و + اعتقلت + ه; the pronoun stands for Demirtas, named in the sentence before
    evs = _events_of("وكان صلاح الدين دميرتاش قد أشار في عدة مقابلات صحفية إلى أنه سمع بالأكراد في المدرسة.\n\n"
                     "واعتقلته السلطات التركية في 4 أكتوبر عام 2016 مع نواب عن الحزب.")
    assert any(t == "COERCE" and r and "دمير" in r[0] for t, _, r, _ in evs), evs


def test_object_pronoun_agrees_with_its_antecedent():
    # "ها" is feminine: the opposition's stronghold, never the allies named after the verb
    evs = _events_of("وتعد الغوطة الشرقية آخر معقل لمقاتلي المعارضة بالقرب من العاصمة دمشق، وتحاصرها القوات "
                     "السورية منذ عام 2013 بدعم من حلفائها الروس والإيرانيين.")
    assert any(t == "COERCE" and a and r and "المعارض" in r[0] for t, a, r, _ in evs), evs
    assert not any(t == "COERCE" and "روسيا" in r for t, _, r, _ in evs), evs


def test_verbal_noun_with_a_possessive_is_no_verb_with_an_object():
    # "قبل إقالته" is his dismissal, not أقالت + ه (the Fund did not dismiss him)
    evs = _events_of("وعبر المستثمرون عن قلقهم من غياب الوزير السابق محمد شيمشك، الذي كان يعاني قبل إقالته "
                     "من ضغوط صندوق النقد الدولي.")
    assert not any(t == "COERCE" and a == ["صندوق النقد الدولي"] for t, a, _, _ in evs), evs


def test_his_country_is_the_country_of_the_speaker():
    # "بلاده": Bahrain, the country of its foreign minister named before it
    evs = _events_of("أكد وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، أن الحكومة السورية هي حكومة سوريا "
                     "ولفت إلى أن بلاده تتعامل مع الدول لا مع من يحاول إسقاطها، وذلك في إطار تعليقه على اللقاء "
                     "الذي جمعه بوزير الخارجية السوري، وليد المعلم، على هامش اجتماعات الجمعية العامة.", date="2018-10-01")
    assert any(t == "CONSULT" and a == ["البحرين"] and r and "المعلم" in r[0] for t, a, r, _ in evs), evs


def test_his_own_country_is_no_target_of_his_act():
    # "الضربة التي وجهتها بلاده": Trump's country struck with Britain and France; it is not their target
    evs = _events_of("وذلك في تعليق يأتي على خلفية تصريحات الرئيس الأمريكي، دونالد ترامب بعد الضربة التي وجهتها "
                     "بلاده إلى جانب بريطانيا وفرنسا ضد مواقع بالبرنامج الكيماوي في سوريا.", date="2018-04-16")
    assert not any(t == "ASSAULT" and "الولايات المتحدة" in r for t, _, r, _ in evs), evs
    assert any(t == "ASSAULT" and r == ["سوريا"] for t, _, r, _ in evs), evs


def test_possessive_on_an_attack_noun_is_its_doer():
    # "غاراتها": the coalition's air strikes, the coalition named just before
    evs = _events_of("وكثفت طائرات التحالف العربي غاراتها على مواقع المتمردين الحوثيين في محافظة الحديدة.")
    assert any(t == "ASSAULT" and a and "التحالف" in a[0] and r for t, a, r, _ in evs), evs


def test_possessive_on_an_arrest_noun_is_the_one_arrested():
    # "اعتقاله": Brunson was arrested, by the Turkish authorities named after the noun
    evs = _events_of("ووضع القس الأمريكي أندرو برانسون في الإقامة الجبرية بعد اعتقاله من قبل السلطات التركية "
                     "لأكثر من عام ونصف بتهمة التجسس.", date="2018-08-16")
    assert any(t == "COERCE" and a and r and "أندرو" in r[0] for t, a, r, _ in evs), evs
    assert not any(t == "COERCE" and a and "أندرو" in a[0] for t, a, _, _ in evs), evs


def test_his_forces_are_the_armed_group_named_before():
    # "قواته": the Free Syrian Army's forces, the group named before them, seize Afrin
    evs = _events_of("قال قائد في الجيش السوري الحر إن قواته دخلت وسيطرت على مدينة عفرين.", date="2018-03-19")
    assert any(t == "COERCE" and a == ["الجيش السوري الحر"] for t, a, _, _ in evs), evs
