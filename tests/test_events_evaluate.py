import json

from click.testing import CliRunner

from rasd.cli import main
from rasd.events.evaluate import coding_as_output, score_article, summarize

from .conftest import GOLD, need


def perfect_output(gold, text):
    """An output record that says exactly what the gold says (actors as entities)."""
    entities = []
    for a in gold["actors"]:
        mentions = []
        for alias in [a["name_ar"], *a.get("aliases_ar", [])]:
            i = text.find(alias)
            if i >= 0:
                mentions.append({"start": i, "end": i + len(alias)})
        if mentions:
            entities.append({"id": a["id"], "type": "ORG", "name": a["name_ar"], "mentions": mentions,
                             "country": a.get("country")})
    known = {e["id"] for e in entities}
    events = []
    for g in gold["events"]:
        i = text.find(g["evidence"])
        src = [x for x in g["source"] if x in known][:1]
        tgt = [x for x in g["target"] if x in known][:1]
        att = g.get("attributed_to")
        j = text.find(att) if att else -1
        events.append({"id": g["id"], "type": g["type"], "actors": src, "recipients": tgt,
                       "modality": g["modality"], "date": g.get("when"),
                       "attribution": {"start": j, "end": j + len(att), "text": att, "entity": None} if att else None,
                       "evidence": [{"start": i, "end": i + len(g["evidence"])}]})
    return {"id": "seed", "text": text, "entities": entities, "events": events}


def test_perfect_output_scores_one(seed_text):
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    r = summarize([score_article(gold, perfect_output(gold, seed_text))])
    assert r["precision"] == 1.0 and r["recall"] == 1.0
    assert r["modality_accuracy"] == 1.0 and r["attribution_accuracy"] == 1.0


def test_wrong_type_missing_event_and_wrong_modality_each_cost(seed_text):
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    out = perfect_output(gold, seed_text)
    out["events"] = [e for e in out["events"] if e["id"] != "e7"]           # a miss
    next(e for e in out["events"] if e["id"] == "e2")["type"] = "ASSAULT"   # wrong type: miss + spurious
    next(e for e in out["events"] if e["id"] == "e10")["modality"] = "asserted"  # the lawsuit is only intended
    r = summarize([score_article(gold, out)])
    assert r["missed"]["seed"] == ["e2", "e7"]
    assert r["spurious"]["seed"] == ["e2"]
    assert r["recall"] < 1.0 and r["precision"] < 1.0
    assert r["modality_accuracy"] < 1.0


def test_state_id_accepts_any_actor_of_that_country(seed_text):
    gold = {"actors": [], "events": [{"id": "g", "type": "CONSULT", "source": ["EGY"], "target": ["LBY"],
                                      "evidence": "القاهرة", "modality": "asserted"}]}
    out = {"id": "x", "text": seed_text,
           "entities": [{"id": "a", "mentions": [], "country": "EGY"}, {"id": "b", "mentions": [], "country": "LBY"}],
           "events": [{"id": "o", "type": "CONSULT", "actors": ["a"], "recipients": ["b"], "modality": "asserted",
                       "attribution": None, "evidence": []}]}
    assert score_article(gold, out).matched == 1


def test_cli_reports_missing_output_record(tmp_path, seed_text):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps([{"docno": "a", "actors": [], "events": []}]), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    out.write_text(json.dumps({"id": "b", "text": "نص"}) + "\n" + json.dumps({"id": "c", "text": "نص"}) + "\n")
    r = CliRunner().invoke(main, ["evaluate", "events", str(gold), str(out)])
    assert r.exit_code == 2 and "E116" in r.stderr


def test_min_confidence_scores_only_the_surer_events(tmp_path):
    import json as _json

    from rasd.events.evaluate import evaluate

    gold = {"docno": "d1", "actors": [{"id": "TUR", "name_ar": "تركيا", "country": "TUR"},
                                      {"id": "GRC", "name_ar": "اليونان", "country": "GRC"}],
            "events": [{"id": "g1", "type": "ACCUSE", "source": ["TUR"], "target": ["GRC"],
                        "evidence": "انتقدت تركيا اليونان"}]}
    text = "انتقدت تركيا اليونان"
    out = {"id": "d1", "text": text,
           "entities": [{"id": "e1", "mentions": [{"start": 7, "end": 12}]},
                        {"id": "e2", "mentions": [{"start": 13, "end": 20}]}],
           "events": [{"id": "v1", "type": "ACCUSE", "actors": ["e1"], "recipients": ["e2"], "confidence": 0.4,
                       "evidence": [{"start": 0, "end": 20}]}]}
    g, o = tmp_path / "g.json", tmp_path / "o.json"
    g.write_text(_json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    o.write_text(_json.dumps(out, ensure_ascii=False), encoding="utf-8")
    assert evaluate(g, o)["matched"] == 1
    r = evaluate(g, o, min_confidence=0.5)
    assert r["predicted"] == 0 and r["matched"] == 0


def test_jsonl_output_whose_text_holds_a_paragraph_separator_is_read_whole(tmp_path):
    from rasd.events.evaluate import evaluate

    # U+2029 is a line boundary for str.splitlines(), not for JSON Lines (real ANT articles hold it)
    text = "انتقدت تركيا اليونان\u2029وقالت أنقرة إن الحوار مستمر"
    gold = [{"docno": d, "actors": [{"id": "TUR", "name_ar": "تركيا", "country": "TUR"},
                                    {"id": "GRC", "name_ar": "اليونان", "country": "GRC"}],
             "events": [{"id": "g1", "type": "ACCUSE", "source": ["TUR"], "target": ["GRC"],
                         "evidence": "انتقدت تركيا اليونان"}]} for d in ("d1", "d2")]
    out = [{"id": d, "text": text,
            "entities": [{"id": "e1", "mentions": [{"start": 7, "end": 12}]},
                         {"id": "e2", "mentions": [{"start": 13, "end": 20}]}],
            "events": [{"id": "v1", "type": "ACCUSE", "actors": ["e1"], "recipients": ["e2"],
                        "evidence": [{"start": 0, "end": 20}]}]} for d in ("d1", "d2")]
    g, o = tmp_path / "g.json", tmp_path / "o.jsonl"
    g.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    o.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")
    assert evaluate(g, o)["matched"] == 2


def test_a_year_and_the_range_of_its_days_are_the_same_time():
    from rasd.events.evaluate import _time_ok

    assert _time_ok("2007-01-01/2007-12-31", {"date": "2007"})
    assert _time_ok("2013-01-01/2018-02-27", {"date": "2013/2018-02-27"})
    assert _time_ok("2018-06", {"date": "2018-06-01/2018-06-30"})
    assert not _time_ok("2007-01-01/2007-12-31", {"date": "2007-06"})
    assert not _time_ok("2018-02-27", {"date": None})
    assert not _time_ok("2018-02-30", {"date": "2018-03-02"})


def test_a_second_coding_is_scored_by_the_same_matching_as_rasd(seed_text):
    """bench/intercoder.py: a coder agreeing with the gold scores one; one who reads the
    Turkey-GNA memoranda as a consultation and the Egyptian backing backwards loses both."""
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    same = summarize([score_article(gold, coding_as_output(gold, seed_text))])
    assert same["predicted"] == sum(1 for g in gold["events"] if not g.get("optional"))
    assert same["precision"] == same["recall"] == 1.0
    other = json.loads(json.dumps(gold))
    changed = []
    for g in other["events"]:
        if g["type"] == "AGREE" and not changed:
            g["type"] = "CONSULT"
            changed.append(g["id"])
        elif g["type"] == "SUPPORT" and len(changed) == 1 and not g.get("symmetric"):
            g["source"], g["target"] = g["target"], g["source"]
            changed.append(g["id"])
    r = score_article(gold, coding_as_output(other, seed_text))
    assert len(changed) == 2 and r.matched == same["matched"] - 2
    assert set(changed) <= set(r.missed)


def test_by_type_charges_a_wrong_type_to_both_types(tmp_path, seed_text):
    """`rasd evaluate events --by-type`: the Turkey-GNA memoranda coded as a consultation are a
    missed AGREE and a false CONSULT."""
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    out = perfect_output(gold, seed_text)
    for ev in out["events"]:
        if ev["type"] == "AGREE":
            ev["type"] = "CONSULT"
    g, o = tmp_path / "g.json", tmp_path / "o.json"
    g.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    o.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", "events", str(g), str(o), "--by-type", "--json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    assert result["required_found"] == result["gold"] - 1  # the memoranda; optional events found do not count
    types = result["by_type"]
    assert types["AGREE"]["recall"] == 0.0 and types["AGREE"]["predicted"] == 0
    assert types["CONSULT"]["precision"] < 1.0 and types["ASSAULT"]["precision"] == 1.0
    text = CliRunner().invoke(main, ["evaluate", "events", str(g), str(o), "--by-type"]).output
    assert any(line.startswith("AGREE") and line.rstrip().endswith("0.00") for line in text.splitlines()), text
