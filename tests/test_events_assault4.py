"""ASSAULT events on the merged code (session 9, wave 3)."""

from rasd.api import load
from rasd.document import Document
from rasd.events.extract import Extractor

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


def _raw_events(text):
    """The extractor's events of ``text`` before the document stage, as (type, source names, target names)."""
    doc = load(tuple(n for n in load().names if n != "events"))(Document(text=text, id="x"))
    names = {e["id"]: doc.text[e["mentions"][0]["start"]:e["mentions"][0]["end"]] for e in doc.entities}
    return [(r.type, [names[a] for a in r.actors], [names[a] for a in r.recipients])
            for r in Extractor(learned_roles=False).extract(doc)]


def test_a_leader_struck_with_his_title_in_a_group_is_a_blow_to_the_group_too():
    # "القيادي في مليشيات الحوثي": the coalition's strike on the commander hits the Houthis too
    evs = _raw_events("قتل القيادي في مليشيات الحوثي الإيرانية، عبدالملك مقبل طاوس أبو طه، السبت، مع عدد من مرافقيه "
                      "في غارة جوية للتحالف العربي في منطقة الصفراء بمحافظة صعدة.")
    assert ("ASSAULT", ["للتحالف العربي"], ["عبدالملك مقبل طاوس", "مليشيات الحوثي"]) in evs, evs
