"""Session 10, cooperative events (CONSULT, AGREE, SUPPORT, COOPERATE, AID, REQUEST)."""

from rasd.api import analyze, to_dict

from .test_events import _events_of


def test_pronoun_subject_with_its_conjunction_is_no_name_after_the_verb():
    # "فإنها تدعو المجتمع الدولي": she (Egypt) calls on the international community, which is asked, not asking
    evs = _events_of("وقالت الخارجية المصرية إنه في ظل هذه الظروف فإنها تدعو المجتمع الدولي "
                     "والدول الكبرى لتحمل مسؤولياتها في الدفع بالحل السلمي للأزمة السورية.")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and all("المجتمع الدولي" not in a for _, a, _, _ in req), evs
    assert any("المجتمع الدولي" in r for _, _, r, _ in req), evs


def test_relative_clause_on_the_speaker_describes_it_and_is_not_its_claim():
    # "قالت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة، إنها ...": the US backs the SDF,
    # told by the article, not by the SDF
    text = "قالت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة، الجمعة، إنها لم تبلغ بأي خطة."
    evs = _events_of(text)
    assert ("SUPPORT", ["الولايات المتحدة"], ["قوات سوريا الديمقراطية"], 0.7) in evs, evs
    (sup,) = [x for x in to_dict(analyze(text, date="2018-03-30"))["events"] if x["type"] == "SUPPORT"]
    assert sup["attribution"] is None, sup
