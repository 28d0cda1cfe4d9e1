"""Session 10: the learned confidence calibrated on articles the rules were not written on."""

from __future__ import annotations

import json
import math

from click.testing import CliRunner

from rasd.cli import main

from .conftest import DATA, ROOT, need, one_line_error


def _mean_after(scored, shift):
    return sum(1 / (1 + math.exp(-(math.log(p / (1 - p)) + shift))) for p, _ in scored) / len(scored)


def test_calibrating_moves_the_mean_confidence_to_the_share_of_right_events():
    from rasd.events.train_confidence import offset

    # a model as confident as on the articles the rules were written on (0.62 right there)
    # where fresh articles have 0.4 of their events right
    scored = [(0.85, 1), (0.8, 0), (0.7, 1), (0.65, 0), (0.6, 0), (0.5, 1), (0.4, 0), (0.3, 1), (0.2, 0), (0.9, 0)]
    shift = offset(scored)
    assert shift < 0
    assert abs(_mean_after(scored, shift) - 0.4) < 0.01


def test_training_confidence_with_calibration_articles_moves_bias_and_bar_together(tmp_path):
    from rasd.events.confidence import ConfidenceModel

    need(DATA / "news" / "ant_dev.jsonl")
    fix = ROOT / "tests" / "fixtures"
    out = tmp_path / "m.json"
    r = CliRunner().invoke(main, ["train", "confidence", "--gold", str(fix / "events30.part1.gold.json"),
                                  "--calibrate", str(fix / "train32.part4a.gold.json"), "--folds", "3",
                                  "--out", str(out)])
    assert r.exit_code == 0, r.stderr
    model = ConfidenceModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    cal = model.meta["calibration"]
    assert cal["on"] == ["train32.part4a.gold.json"] and cal["events"] > 0
    before = cal["bar_before"]
    if before > 0:  # the same events are kept: the bar moves with the bias
        moved = 1 / (1 + math.exp(-(math.log(before / (1 - before)) + cal["offset"])))
        assert abs(model.bar - moved) < 1e-3


def test_the_shipped_confidence_is_calibrated_on_articles_it_was_not_trained_on():
    from rasd.events.confidence import load_confidence_model

    model = load_confidence_model()
    assert model is not None
    cal = model.meta["calibration"]
    assert not set(cal["on"]) & set(model.meta["trained_on"])
    assert not any("heldout" in f or "part19" in f for f in cal["on"] + model.meta["trained_on"])
    # the rules are right less often on fresh articles than where they were written
    assert cal["share_right"] < model.meta["right"] / model.meta["events"]
    assert cal["offset"] < 0 and model.bar < model.meta["cross_validation"]["bar"]


def test_a_missing_calibration_file_is_named_in_a_one_line_error(tmp_path):
    fix = ROOT / "tests" / "fixtures"
    line = one_line_error(CliRunner().invoke(main, ["train", "confidence", "--gold", str(fix / "events30.part1.gold.json"),
                               "--calibrate", str(tmp_path / "nope.json"), "--out", str(tmp_path / "m.json")]), "E302")
    assert "nope.json" in line
    assert not (tmp_path / "m.json").exists()
