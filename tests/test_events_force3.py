"""Coercion, aid and their sides (COERCE, MOBILIZE, SANCTION, RETREAT, AID, CONCEDE), wave 3, on real Arabic."""

from .test_events import _events_of


def test_forcing_someone_to_act_is_coercion_of_the_one_forced():
    evs = _events_of("وأجبرت القوات اليمنية المشتركة الميليشيات الحوثية على التراجع بعد تكبيدها خسائر فادحة.")
    assert ("COERCE", ["القوات اليمنية المشتركة"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs
    # the passive "أُرغم على" has its sufferer before it, no doer
    evs = _events_of("وقال ترامب إن كيم جونغ أون أرغم على الموافقة على المطالب الأمريكية.")
    assert not [e for e in evs if e[0] == "COERCE"], evs


def test_supplying_with_arms_is_aid_to_the_group_the_object_pronoun_stands_for():
    # "فأمدتهم": the pronoun is the Houthis, named after في ("وجد في X أداة" is no place)
    evs = _events_of("ووجدت إيران في الحوثيين منذ زمن بعيد أداة قوية لتنفيذ مشروعها في اليمن، فأمدتهم بالسلاح، "
                     "حتى استطاعوا استغلال الوضع الأمني الهش عام 2014.")
    assert ("AID", ["إيران"], ["جماعة أنصار الله"]) in [e[:3] for e in evs], evs


def test_expelling_diplomats_is_a_sanction_not_a_deportation():
    evs = _events_of("وقال الرئيس التركي، رجب طيب أردوغان، إن بلاده لن تطرد دبلوماسيين روس على أساس ادعاءات.")
    assert any(t == "SANCTION" and r == ["دبلوماسيين روس"] for t, a, r, _ in evs), evs
    evs = _events_of("وطردت أكثر من 20 دولة ما يزيد على 130 دبلوماسيا روسيا هذا الأسبوع.")
    assert [e[0] for e in evs if e[0] in ("SANCTION", "COERCE")] == ["SANCTION"], evs
    # migrants driven out stay coerced
    evs = _events_of("وطردت السلطات التركية عشرات المهاجرين.")
    assert ("COERCE", ["الحكومة التركية"], ["المهاجرين"]) in [e[:3] for e in evs], evs
