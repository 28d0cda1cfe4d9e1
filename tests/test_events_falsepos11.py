"""Session 11: false events and second copies (merging of mentions)."""
from .test_events import _events_of


def test_two_verbs_of_one_type_in_a_sentence_are_two_acts():
    # a ban and a seizure of assets are two coercions, not one told twice
    evs = _events_of("وكانت السلطات المصرية قد حظرت نشاط جماعة الإخوان المسلمين وتحفظت على أصولها.")
    coerce = [e for e in evs if e[0] == "COERCE"]
    assert len(coerce) == 2, evs
    assert ("COERCE", ["الحكومة المصرية"], ["جماعة الإخوان المسلمين"]) in [e[:3] for e in coerce], evs


def test_a_verb_form_after_impersonal_yumkin_is_a_verbal_noun_with_no_doer_after_it():
    # "it is not possible to expel the migrants to Eritrea": Eritrea is where they would go, not who expels
    evs = _events_of("وأقرت تل أبيب ضمنيا بأنه لا يمكن طرد المهاجرين إلى إريتريا بدون تعريض حياتهم للخطر.")
    assert not any(t == "COERCE" and "إريتريا" in a for t, a, r, _ in evs), evs


def test_states_named_by_definite_adjectives_of_one_noun_get_one_event():
    # "the American and British interventions": one attack in words on both, not one on each
    evs = _events_of("وجدد الأسد هجومه على التدخلات الأمريكية والبريطانية في سوريا.")
    accuse = [e for e in evs if e[0] == "ACCUSE"]
    assert len(accuse) == 1 and set(accuse[0][2]) == {"الولايات المتحدة", "المملكة المتحدة"}, evs


def test_the_attack_answered_is_not_the_act_of_the_one_answering():
    # "in response to the Ahvaz attack": Iran answers the attack, it did not carry it out
    evs = _events_of("وقال التحالف إن إيران لم تقدم أي إنذار لضربة صاروخية نفذتها في سوريا، "
                     "ردا على هجوم الأحواز الذي أسفر عن مقتل 25 شخصا وإصابة العشرات قبل أيام.")
    assert not any(t == "ASSAULT" and "إيران" in a and "25 شخصا" in r for t, a, r, _ in evs), evs


def test_the_release_a_demand_names_as_its_object_is_no_release():
    # "بعد طلب كندا الإفراج": Canada asked for a release; nobody released anyone
    evs = _events_of("وطردت السعودية السفير الكندي بعد طلب كندا الإفراج الفوري عن النشطاء المعتقلين في المملكة.")
    assert not any(t == "CONCEDE" for t, *_ in evs), evs
