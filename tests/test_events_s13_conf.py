"""Session 13: the learned confidence reads how often the coders code the trigger word in its
context (the trigger model's probability, lexicon words too) and how often the article names
the event's sides; and an event type may have a bar of its own."""

from __future__ import annotations

from rasd.document import Document
from rasd.events.confidence import ConfidenceModel, event_features, load_confidence_model
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


def test_an_event_below_its_types_own_bar_is_dropped_and_the_others_kept():
    from rasd.api import analyze, to_dict
    from rasd.events.pipe import make_events

    from .test_events import named_events

    text = "والتقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في أنقرة. واتهم أردوغان إسرائيل بقتل المدنيين في غزة."
    shipped = load_confidence_model()
    strict = ConfidenceModel(shipped.weights, shipped.bar, {}, {"ACCUSE": 0.99})  # (an accusation's bar out of reach)
    assert ConfidenceModel.from_json(strict.to_json()).bars == {"ACCUSE": 0.99}
    types = {}
    for name, model in (("one bar", ConfidenceModel(shipped.weights, shipped.bar, {})), ("strict", strict)):
        doc = analyze(text, date="2018-06-01", pipeline=load(PIPE[:-1]))
        types[name] = {t for t, *_ in named_events(to_dict(make_events(confidence=model)(doc)))}
    assert {"CONSULT", "ACCUSE"} <= types["one bar"]
    assert "CONSULT" in types["strict"] and "ACCUSE" not in types["strict"]


def test_the_shipped_model_has_a_bar_of_its_own_only_where_cross_validation_preferred_one():
    model = load_confidence_model()
    cv = model.meta["cross_validation"]
    assert model.bars and cv["type_bars"]["f1"] > cv["by_confidence"]["0.20"]["f1"]
    # (calibrated with the model: each bar moved as the common one)
    assert set(model.bars) == set(cv["type_bars"]["bars"])
