"""Session 10: a side the linker names but the role reader did not attach."""

from .test_events import _events_of


def test_banning_a_groups_activity_and_seizing_its_assets_acts_on_the_group():
    evs = _events_of("وتصنف الحكومة المصرية جماعة الإخوان المسلمين بأنها إرهابية، وحظرت نشاطها وتحفظت على أصولها.")
    coerced = [(a, r) for t, a, r, _ in evs if t == "COERCE"]
    assert len(coerced) >= 1 and all(r == ["جماعة الإخوان المسلمين"] for a, r in coerced), evs


def test_carrying_out_an_act_with_no_subject_named_is_the_doer_of_the_clause_before():
    # "وتقوم بقصف": the militia that uses civilians as shields carries out the shelling
    evs = _events_of("وتستخدم ميليشيات الحوثي المدنيين دروعا بشرية في الحديدة، وتقوم بقصف مواقع الجيش اليمني.")
    assert any(t == "ASSAULT" and a == ["جماعة أنصار الله"] for t, a, r, _ in evs), evs


def test_officials_in_a_government_speak_for_it():
    # "مسؤولون في الحكومة العراقية": the government accuses through its officials
    evs = _events_of("واتهم مسؤولون في الحكومة العراقية إيران بدعم الميليشيات المسلحة.")
    assert any(t == "ACCUSE" and r == ["إيران"] and a and "إيران" not in a for t, a, r, _ in evs), evs
