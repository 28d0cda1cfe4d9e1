"""Session 13: groups of people and generic bodies the linker names as actors (titles.yaml `generic`)."""
from .test_events import _events_of


def test_donors_appealed_to_are_the_target_of_the_appeal():
    evs = _events_of("أطلقت الأمم المتحدة نداء عاجلا للمانحين الدوليين مطالبة إياهم أن يفوا بوعودهم.")
    assert any(t == "REQUEST" and a == ["الأمم المتحدة"] and r == ["للمانحين"] for t, a, r, _ in evs), evs


def test_a_gang_arrested_is_the_target_of_the_arrest():
    evs = _events_of("واعتقلت الشرطة التركية أعضاء العصابة في العاصمة أنقرة.")
    assert any(t == "COERCE" and r == ["أعضاء العصابة"] for t, a, r, _ in evs), evs


def test_patients_driven_out_of_hospitals_are_civilians_coerced():
    evs = _events_of("وطردت ميليشيات الحوثي المرضى من مستشفى الثورة في الحديدة.")
    assert any(t == "COERCE" and r == ["المرضى"] for t, a, r, _ in evs), evs


def test_opposition_groups_backed_are_the_opposition():
    evs = _events_of("وكانت القوى الغربية قد دعمت جماعات المعارضة السورية في بداية الحرب.")
    assert any(t == "SUPPORT" and r == ["جماعات المعارضة السورية"] for t, a, r, _ in evs), evs
