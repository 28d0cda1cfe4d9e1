"""Session 11: false events and second copies (merging of mentions)."""
from .test_events import _events_of


def test_two_verbs_of_one_type_in_a_sentence_are_two_acts():
    # a ban and a seizure of assets are two coercions, not one told twice
    evs = _events_of("وكانت السلطات المصرية قد حظرت نشاط جماعة الإخوان المسلمين وتحفظت على أصولها.")
    coerce = [e for e in evs if e[0] == "COERCE"]
    assert len(coerce) == 2, evs
    assert ("COERCE", ["الحكومة المصرية"], ["جماعة الإخوان المسلمين"]) in [e[:3] for e in coerce], evs
