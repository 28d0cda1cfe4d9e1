import json

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.output import validate

from .conftest import one_line_error

ARTICLE = "أعلنت وزارة الخارجية التركية أن الوزير سيزور ليبيا الأسبوع المقبل."


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input)


def test_analyze_seed_gives_one_valid_object(seed_path, seed_text):
    r = run(["analyze", str(seed_path), "--date", "2019-12-05"])
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    validate(rec)
    assert rec["text"] == seed_text
    assert rec["date"] == "2019-12-05"
    assert rec["id"] == "000_2a9b286e3fd540c9"
    assert len(rec["paragraphs"]) == 8
    assert {r["reason"] for r in rec["removed"]} == {"related_links", "duplicate_paragraph"}
    for s in rec["sentences"]:
        assert rec["text"][s["start"]:s["end"]].strip() == rec["text"][s["start"]:s["end"]]


def test_jsonl_gives_jsonl_in_input_order_with_record_dates(tmp_path):
    lines = [
        {"docno": "b", "text": "قال الرئيس المصري إن القاهرة تدعم الحل السياسي.", "time": "Sat, 17 Feb 2018 16:53:08 +0400"},
        {"id": "a", "content": ARTICLE, "date_extracted": "2015-07-21 02:51:32", "src": "aawsat", "title": "عنوان"},
    ]
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    r = run(["analyze", str(f)])
    assert r.exit_code == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["b", "a"]
    assert [o["date"] for o in out] == ["2018-02-17", "2015-07-21"]
    assert out[1]["meta"] == {"title": "عنوان", "source": "aawsat"}
    for o in out:
        validate(o)


def test_malformed_jsonl_line_is_named_and_the_rest_still_processed(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "1", "text": ARTICLE}, ensure_ascii=False) + "\n{not json\n"
                 + json.dumps({"id": "3", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run(["analyze", str(f)])
    assert r.exit_code == 1
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["1", "3"]
    assert "line 2" in r.stderr and "E110" in r.stderr
    one_line_error(r, "E112")


def test_jsonl_record_with_wrong_type_and_missing_text_are_reported(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "1", "text": 5}\n{"id": "2", "title": "x"}\n[1, 2]\n', encoding="utf-8")
    r = run(["analyze", str(f)])
    assert r.exit_code == 1 and r.stdout == ""
    assert "line 1: field 'text' should be a string, got int" in r.stderr
    assert "line 2: JSON record has no text" in r.stderr
    assert "line 3: field 'record' should be a JSON object" in r.stderr


def test_stdin_article(seed_text):
    r = run(["analyze", "-", "--format", "text"], input=seed_text.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    assert "paragraphs=8" in r.stdout and "related_links" in r.stdout


def test_html_file_drops_markup_script_and_navigation(tmp_path):
    f = tmp_path / "a.html"
    f.write_text("<html><head><title>خبر</title><script>var x='حفتر';</script></head><body>"
                 "<nav>الرئيسية | أخبار</nav><article><p>" + ARTICLE + "</p><p>وأضاف أن <b>الوفد</b> سيبحث الأزمة.</p>"
                 "</article><footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    rec = json.loads(run(["analyze", str(f)]).stdout)
    assert rec["text"] == ARTICLE + "\nوأضاف أن الوفد سيبحث الأزمة."
    assert rec["meta"]["title"] == "خبر"


def test_folder_of_mixed_files_gives_jsonl(tmp_path):
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2.json").write_text(json.dumps({"id": "x", "text": ARTICLE}), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    r = run(["analyze", str(tmp_path)])
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["1", "x"]


def test_empty_file(tmp_path):
    f = tmp_path / "e.txt"
    f.write_bytes(b"")
    assert "is empty" in one_line_error(run(["analyze", str(f)]), "E101")


def test_binary_file(tmp_path):
    f = tmp_path / "b.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert "binary" in one_line_error(run(["analyze", str(f)]), "E102")


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    f = tmp_path / "w.txt"
    head = ARTICLE[:10].encode("utf-8")
    f.write_bytes(head + b"\xff" + ARTICLE[10:].encode("utf-8"))
    assert f"byte {len(head)}" in one_line_error(run(["analyze", str(f)]), "E103")


def test_windows_1256_text_is_invalid_utf8(tmp_path):
    f = tmp_path / "w.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    assert "byte 0" in one_line_error(run(["analyze", str(f)]), "E103")


def test_text_without_arabic(tmp_path):
    f = tmp_path / "en.txt"
    f.write_text("The minister will visit Libya next week.", encoding="utf-8")
    assert "no Arabic" in one_line_error(run(["analyze", str(f)]), "E104")


def test_fifty_megabyte_file_is_refused_with_the_limit(tmp_path):
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        line = (ARTICLE + "\n").encode("utf-8")
        fh.write(line * (50_000_000 // len(line) + 1))
    msg = one_line_error(run(["analyze", str(f)]), "E105")
    assert "50.0 MB" in msg and "--max-mb" in msg


def test_missing_file_and_bad_date():
    one_line_error(run(["analyze", "/no/such/file.txt"]), "E107")
    one_line_error(run(["analyze", "-", "--date", "5/12/2019"], input=ARTICLE), "E113")


def test_unsupported_suffix(tmp_path):
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4")
    one_line_error(run(["analyze", str(f)]), "E108")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_every_format_runs_on_the_seed(seed_path, fmt):
    assert run(["analyze", str(seed_path), "--format", fmt]).exit_code == 0


def test_user_actor_file_links_a_name_the_base_does_not_know(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text('version: "1"\nentries:\n  - {id: shalghoum, kind: person, name: زكريا بن شلغوم, '
                 'name_en: Zakaria Ben Chelghoum, country: DZA, sector: GOV}\n', encoding="utf-8")
    r = run(["analyze", "-", "--actors", str(f)], input="التقى الوزير زكريا بن شلغوم رئيس البلدية.")
    assert r.exit_code == 0, r.stderr
    ents = json.loads(r.stdout)["entities"]
    assert any(e.get("kb_id") == "shalghoum" and e["country"] == "DZA" for e in ents)


def test_bad_user_actor_file_names_file_entry_and_problem(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text('version: "1"\nentries:\n  - {id: x, kind: person, name: س, country: XXX}\n', encoding="utf-8")
    msg = one_line_error(run(["analyze", "-", "--actors", str(f)], input=ARTICLE), "E303")
    assert "bad.yaml" in msg and "'x'" in msg


def test_html_format_marks_entities_right_to_left_and_escapes_markup(tmp_path):
    r = run(["analyze", "-", "--format", "html"],
            input='قال الرئيس التركي رجب طيب أردوغان <img src=x onerror="alert(1)"> إن أنقرة تدعم حكومة الوفاق.')
    assert r.exit_code == 0, r.stderr
    html = r.stdout
    assert 'direction: rtl' in html and 'lang="ar"' in html and "<mark" in html and "رجب طيب أردوغان" in html
    assert "<img" not in html and "&lt;img" in html


def test_training_without_the_train_extra_says_how_to_install_it(monkeypatch, tmp_path):
    import sys

    from .conftest import DATA, need

    need(DATA / "anercorp")
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # "import wordfreq" now fails
    line = one_line_error(run(["train", "ner", "--data", str(DATA), "--out", str(tmp_path / "m")]), "E304")
    assert "pip install 'rasd[train]'" in line
    assert not (tmp_path / "m").exists()


def test_training_events_with_a_missing_gold_file_names_it(tmp_path):
    line = one_line_error(run(["train", "events", "--gold", str(tmp_path / "nope.json"),
                               "--out", str(tmp_path / "m.json")]), "E302")
    assert "nope.json" in line
    assert not (tmp_path / "m.json").exists()


def test_training_events_learns_a_role_model_from_hand_coded_articles(tmp_path):
    import json

    from rasd.events.roles import RoleModel

    from .conftest import DATA, ROOT, need

    need(DATA / "news" / "ant_dev.jsonl")
    gold = ROOT / "tests" / "fixtures" / "events30.part1.gold.json"
    out = tmp_path / "roles.json"
    r = run(["train", "events", "--gold", str(gold), "--folds", "2", "--out", str(out)])
    assert r.exit_code == 0, r.stderr
    model = RoleModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.meta["trained_on"] == ["events30.part1.gold.json"] and model.meta["articles"] == 15
    assert model.source["rule_source"] > 0  # the rules' own choice is a cue for the source
    assert 0 <= model.meta["cross_validation"]["f1"] <= 1


def test_training_confidence_learns_from_hand_coded_articles_and_keeps_the_shipped_model(tmp_path):
    import json

    from rasd.events.confidence import MODEL_FILE, ConfidenceModel

    from .conftest import DATA, ROOT, need

    need(DATA / "news" / "ant_dev.jsonl")
    shipped = (ROOT / "src" / "rasd" / "events" / MODEL_FILE).read_bytes()
    gold = ROOT / "tests" / "fixtures" / "events30.part1.gold.json"
    out = tmp_path / "confidence.json"
    r = run(["train", "confidence", "--gold", str(gold), "--folds", "3", "--out", str(out)])
    assert r.exit_code == 0, r.stderr
    model = ConfidenceModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.meta["trained_on"] == ["events30.part1.gold.json"] and model.meta["articles"] == 15
    table = model.meta["cross_validation"]["by_confidence"]
    assert table["0.00"]["kept"] == model.meta["events"] >= table["0.50"]["kept"]
    assert (ROOT / "src" / "rasd" / "events" / MODEL_FILE).read_bytes() == shipped


def test_the_shipped_confidence_model_was_trained_on_the_training_fixtures_only():
    from rasd.events.confidence import load_confidence_model
    from rasd.events.train import DEFAULT_GOLD, LATER_GOLD

    model = load_confidence_model()
    # the training fixtures, the old validation sets part8 and part14 and parts 21-26 (session 12)
    assert model is not None and set(DEFAULT_GOLD) | set(LATER_GOLD) == set(model.meta["trained_on"])
    assert not any("heldout" in g or "events20" in g or "part2." in g for g in LATER_GOLD)
    assert model.meta["cross_validation"]["auc"] > 0.6


def test_role_model_never_trains_on_the_held_out_fixtures():
    from rasd.events.train import DEFAULT_GOLD

    assert not any("part2" in g or "part3" in g or "heldout" in g or "valid" in g for g in DEFAULT_GOLD)


def test_evaluating_events_against_a_binary_gold_file_is_one_line(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    out = tmp_path / "out.json"
    out.write_text("{}", encoding="utf-8")
    one_line_error(run(["evaluate", "events", str(gold), str(out)]), "E102")


def test_training_events_on_a_file_that_is_no_gold_names_the_problem(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": []}', encoding="utf-8")
    line = one_line_error(run(["train", "events", "--gold", str(bad), "--out", str(tmp_path / "m.json")]), "E306")
    assert "docno" in line
    broken = tmp_path / "broken.json"
    broken.write_text('[{"docno": ', encoding="utf-8")
    one_line_error(run(["train", "events", "--gold", str(broken), "--out", str(tmp_path / "m.json")]), "E110")
    assert not (tmp_path / "m.json").exists()


def test_training_confidence_on_too_few_articles_says_so_in_one_line(tmp_path):
    from .conftest import DATA, ROOT, need

    need(DATA / "news" / "ant_dev.jsonl")
    one = tmp_path / "one.gold.json"
    articles = json.loads((ROOT / "tests" / "fixtures" / "events30.part1.gold.json").read_text(encoding="utf-8"))
    one.write_text(json.dumps(articles[:1], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "m.json"
    line = one_line_error(run(["train", "confidence", "--gold", str(one), "--folds", "2", "--out", str(out)]), "E308")
    assert "--gold" in line and not out.exists()
    r = run(["train", "confidence", "--gold", str(one), "--folds", "1", "--out", str(out)])
    assert r.exit_code == 2 and "Traceback" not in r.output
    # a folder that is not there is said before any training
    one_line_error(run(["train", "confidence", "--out", str(tmp_path / "no" / "m.json")]), "E309")
