"""Session 10 (wave 2): gold triggers rasd had no raw trigger for."""

from .test_events import _events_of


def test_deeming_someone_the_one_who_bears_the_blame_accuses_them():
    # "اعتبر X أن ... يتحمل المسؤولية ... هو Y": deeming Y responsible is an accusation
    evs = _events_of("وفي تعقيب على الأحداث الأخيرة في غزة، اعتبر نتانياهو أن الطرف الذي يتحمل المسؤولية عن التصعيد هو حركة حماس.")
    assert any(t == "ACCUSE" and "حركة حماس" in r for t, a, r, _ in evs), evs
