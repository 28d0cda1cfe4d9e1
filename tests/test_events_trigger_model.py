"""Session 12: the learned trigger model names the events of words the lexicon does not know."""

from __future__ import annotations

import json

from click.testing import CliRunner

from rasd.cli import main
from rasd.events.trigger_model import TriggerModel, features, load_trigger_model, stem

from .conftest import DATA, ROOT, need
from .test_events import PIPE, named_events


def _events(text: str, learned_triggers: bool) -> list:
    from rasd.api import analyze, load, to_dict
    from rasd.events.extract import Extractor
    from rasd.events.pipe import make_events

    doc = analyze(text, date="2018-06-01", pipeline=load(PIPE[:-1]))
    stage = make_events(Extractor(learned_triggers=learned_triggers), confidence=False)
    return named_events(to_dict(stage(doc)))


def test_stem_drops_proclitics_and_the_article():
    assert stem("وبالهجوم") == "هجوم"
    assert stem("والسيطره") == "سيطره"
    assert stem("يسيطر") == "يسيطر"  # a verb's own first letter stays
    assert stem("وقف") == "وقف"       # three letters are a root, not و + قف


def test_a_neighbour_inside_an_actors_mention_is_named_actor():
    keys = ["يسيطر", "الحوثيون", "علي", "الميناء"]
    f = features(keys, 0, [False, True, False, False])
    assert "next=ACTOR" in f and "prev=^" in f and "next2=علي" in f and "actor_near=True" in f
    assert "next=الحوثيون" not in f


def test_context_alone_names_no_trigger():
    # a model whose only knowledge is the word after: the word itself is unknown, so no trigger
    model = TriggerModel(["COERCE", "O"], [0.0, 0.0], {"next=علي": [(0, 9.0)]}, 0.1)
    assert model.predict(["كلمة", "علي"], 0, [False, False]) is None
    model.weights["w=كلمه"] = [(0, 0.5)]
    assert model.predict(["كلمه", "علي"], 0, [False, False])[0] == "COERCE"


def test_a_type_below_the_bar_is_no_trigger_and_o_is_never_a_type():
    model = TriggerModel(["ASSAULT", "O"], [0.0, 3.0], {"w=قصف": [(0, 1.0)]}, 0.5)
    assert model.predict(["قصف"], 0, [False]) is None  # P(ASSAULT) ~ 0.12
    model = TriggerModel(["ASSAULT", "O"], [0.0, 0.0], {"w=قصف": [(0, 4.0)]}, 0.5)
    assert model.predict(["قصف"], 0, [False]) == ("ASSAULT", model.predict(["قصف"], 0, [False])[1])
    back = TriggerModel.from_json(json.loads(json.dumps(model.to_json())))
    assert back.predict(["قصف"], 0, [False]) == model.predict(["قصف"], 0, [False])


def test_the_shipped_model_reads_a_claim_the_lexicon_does_not_know():
    # "زعم" is in no trigger list; coders code "Iran claims that Saudi Arabia backs ..." as ACCUSE
    text = "وزعمت إيران أن السعودية تدعم المسلحين."
    assert load_trigger_model() is not None
    learned, alone = _events(text, True), _events(text, False)
    assert ("ACCUSE", ["إيران"], ["السعودية"]) in learned, learned
    assert not any(t == "ACCUSE" for t, _, _ in alone), alone
    assert ("SUPPORT", ["السعودية"], ["المسلحين"]) in alone  # what the lexicon knows stays


def test_the_shipped_model_was_never_trained_on_held_out_or_validation_articles():
    model = load_trigger_model()
    assert model is not None
    names = model.meta["trained_on"]
    assert names and not any("heldout" in n or "events20" in n or "part2." in n for n in names)
    assert not any(p in n for n in names for p in ("part16", "part17", "part19", "part20"))
    assert set(model.meta["judged_on"]) <= set(names)


def test_training_the_trigger_model_writes_a_model_with_its_cross_validation(tmp_path):
    need(DATA / "news" / "ant_dev.jsonl")
    fix = ROOT / "tests" / "fixtures"
    out = tmp_path / "t.json"
    r = CliRunner().invoke(main, ["train", "triggers", "--gold", str(fix / "train32g.part21.gold.json"),
                                  "--folds", "2", "--out", str(out)])
    assert r.exit_code == 0, r.stderr
    model = TriggerModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.meta["articles"] == 32 and model.meta["trigger_words"] > 50
    assert "COERCE" in model.classes and model.classes[-1] == "O"
    assert model.meta["cross_validation"]  # every C and bar, with its pooled figures


def test_training_triggers_on_gold_without_coded_triggers_says_so_in_one_line(tmp_path):
    from .conftest import one_line_error

    need(DATA / "news" / "ant_dev.jsonl")
    articles = json.loads((ROOT / "tests" / "fixtures" / "events30.part1.gold.json").read_text(encoding="utf-8"))[:4]
    for a in articles:
        for e in a["events"]:
            e.pop("trigger", None)
    gold, out = tmp_path / "untriggered.gold.json", tmp_path / "t.json"
    gold.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    line = one_line_error(CliRunner().invoke(main, ["train", "triggers", "--gold", str(gold), "--folds", "2",
                                                    "--out", str(out)]), "E308")
    assert "no coded trigger" in line and not out.exists()
