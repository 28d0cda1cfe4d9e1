"""ASSAULT events on the merged code (session 9, wave 2)."""

from .test_events import _events_of


def test_the_genitive_of_an_attack_noun_is_the_attacker_not_the_one_who_reacts():
    # "ضربة الحوثيين": the Houthis strike; Washington, annoyed by it, strikes no one
    evs = _events_of("وأعربت الولايات المتحدة عن قلقها إزاء هجوم الحوثيين على السفينة التركية في البحر الأحمر.")
    attacks = [(a, r) for t, a, r, _ in evs if t == "ASSAULT"]
    assert attacks and all(a == ["جماعة أنصار الله"] for a, _ in attacks), evs
