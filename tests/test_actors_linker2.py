"""Parties the linker names by a generic noun of their own (session 9, linker2)."""
from rasd.api import analyze, to_dict

from .test_events import _events_of, named_events


def test_defenders_of_press_freedom_are_a_party_to_the_criticism_they_voice():
    evs = _events_of("وحكمت محكمة تركية على الصحافي أحمد ألتان بالسجن المؤبد، في قضية أثارت انتقادات"
                     " المدافعين عن حرية الصحافة للحكومة التركية.")
    assert any(t == "ACCUSE" and a == ["المدافعين عن حرية الصحافة"] for t, a, r, _ in evs), evs


def test_the_member_states_are_a_party_of_their_own():
    evs = _events_of("وفي بيان صادر عن قمة الاتحاد الأوروبي ببروكسل، حيث ناقش قادة الدول الأعضاء قضية الهجرة.")
    assert any(t == "CONSULT" and a == ["الاتحاد الأوروبي"] and r == ["الدول الأعضاء"] for t, a, r, _ in evs), evs


def test_an_organisation_name_goes_on_over_its_conjunct_after_a_lam_noun():
    # the named-entity tagger finds the name (cut short); the full pipeline has it
    text = "واتهمت منظمة رصد للحقوق والحريات، في تقرير حديث لها، ميليشيا الحوثي، بزراعة أكثر من 500 ألف لغم."
    evs = named_events(to_dict(analyze(text, date="2018-03-07")))
    assert any(t == "ACCUSE" and a == ["منظمة رصد للحقوق والحريات"] for t, a, r in evs), evs
