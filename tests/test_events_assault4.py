"""ASSAULT events on the merged code (session 9, wave 3)."""

from .test_events import _events_of


def test_the_owner_of_positions_struck_is_the_target_not_the_subject():
    # "وقصفت مواقع الحوثيين": the coalition goes on striking; the Houthis own the positions struck
    evs = _events_of("وشنت مقاتلات التحالف العربي غارات على صنعاء، وقصفت مواقع الحوثيين في صعدة.")
    attacks = [(a, r) for t, a, r, _ in evs if t == "ASSAULT"]
    assert (["التحالف العربي"], ["جماعة أنصار الله"]) in attacks, evs
    assert not any("جماعة أنصار الله" in a for a, _ in attacks), evs


def test_a_threat_after_the_same_sides_strikes_aims_at_their_target():
    # "وهددت كذلك بشن هجوم بري": Turkey threatens the PKK it struck, not Iraq where it struck
    evs = _events_of("وشنت تركيا في الشهور الأخيرة ضربات أيضا استهدفت قواعد حزب العمال الكردستاني شمالي العراق، "
                     "لا سيما في معقله بجبال قنديل، وهددت كذلك بشن هجوم بري.")
    threats = [(a, r) for t, a, r, _ in evs if t == "THREATEN"]
    assert threats == [(["تركيا"], ["حزب العمال الكردستاني"])], evs
