"""Session 13: the learned confidence reads how often the coders code the trigger word in its
context (the trigger model's probability, lexicon words too) and how often the article names
the event's sides; and an event type may have a bar of its own."""

from __future__ import annotations

from rasd.document import Document
from rasd.events.confidence import event_features, load_confidence_model
from rasd.events.extract import Extractor

from .test_events import PIPE, load


def _raw(text):
    doc = load(PIPE[:-1])(Document(text=text, id="t", date=None))
    return doc, Extractor(learned_roles=False).extract(doc)


def test_a_word_the_coders_seldom_code_in_its_context_is_read_as_unlikely():
    # "تصريحات للصحفيين حول الهجوم": talk about an attack, which the coders code where it is
    # told ("شن الجيش التركي هجوما"), not here
    _, about = _raw("وقال وزير الخارجية التركي في تصريحات للصحفيين حول الهجوم على قاعدة الجيش السوري إن بلاده لم تشارك.")
    _, told = _raw("وشن الجيش التركي هجوما على مواقع وحدات حماية الشعب الكردية في شمال سوريا.")
    p_about = next(e.extra["trigger_pt"][0] for e in about if e.type == "ASSAULT")
    p_told = max(e.extra["trigger_pt"][0] for e in told if e.type == "ASSAULT")
    assert p_about < 0.1 < 0.5 < p_told


def test_the_confidence_weighs_how_likely_the_coders_code_the_trigger_word():
    doc, evs = _raw("والتقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في أنقرة.")
    info = {x["id"]: x for x in doc.entities}
    feats = event_features(next(e for e in evs if e.type == "CONSULT"), info, 1, [0])
    assert "trigger_type_p=>=0.7" in feats and any(f.startswith("source_mentions=") for f in feats)
    model = load_confidence_model()
    assert model.weights["trigger_type_p=<0.03"] < 0 < model.weights["trigger_type_p=>=0.7"]
