"""Hostile inputs (files in tests/hostile/, big ones generated here): each gives a clean
result or its clear one-line error, never a traceback."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.output import validate

HOSTILE = Path(__file__).parent / "hostile"


def run(*args, input=None):
    return CliRunner().invoke(main, ["analyze", *args], input=input)


def assert_clean(r):
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.output
    for line in r.stdout.splitlines() if r.stdout.lstrip().startswith("{\"") else [r.stdout]:
        rec = json.loads(line)
        validate(rec)
    return r


def test_bidi_and_zero_width_marks_do_not_break_names_or_spans():
    r = assert_clean(run(str(HOSTILE / "bidi_zero_width.txt")))
    rec = json.loads(r.stdout)
    names = {e.get("kb_id") for e in rec["entities"]}
    assert "TUR" in names or "gna" in names


def test_mixed_scripts_are_read():
    assert_clean(run(str(HOSTILE / "mixed_scripts.txt")))


def test_html_script_style_iframe_and_handlers_are_dropped():
    rec = json.loads(assert_clean(run(str(HOSTILE / "script_style_iframe.html"))).stdout)
    assert "حفتر" not in rec["text"] and "إطار" not in rec["text"] and "alert" not in rec["text"]
    assert rec["text"] == "قال الوزير إن الوفد وصل إلى القاهرة.\nوأضاف أن المحادثات مستمرة."


def test_jsonl_with_wrong_types_and_missing_fields_reports_each_line_and_keeps_the_good_ones():
    r = run(str(HOSTILE / "wrong_types.jsonl"))
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["1", "6", "7"]
    for n in (2, 3, 4, 5):
        assert f"line {n}:" in r.stderr


def test_nul_byte_is_binary():
    r = run(str(HOSTILE / "nul_byte.txt"))
    assert r.exit_code == 2 and "E102" in r.stderr and "Traceback" not in r.output


def test_invalid_utf8_says_where():
    r = run(str(HOSTILE / "invalid_utf8.txt"))
    assert r.exit_code == 2 and "byte 7" in r.stderr


def test_one_megabyte_line():
    line = "قال الرئيس التركي رجب طيب أردوغان إن تركيا ستدعم حكومة الوفاق في طرابلس، "
    assert_clean(run("-", input=(line * (1_000_000 // len(line))).encode("utf-8")))


def test_hundred_thousand_tiny_lines():
    text = "\n".join(f"خبر رقم {i} عن ليبيا" for i in range(100_000))
    assert_clean(run("-", "--max-mb", "10", input=text.encode("utf-8")))


def test_deeply_nested_html(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text("<div>" * 20000 + "قال الوزير إن الوفد وصل." + "</div>" * 20000, encoding="utf-8")
    rec = json.loads(assert_clean(run(str(f))).stdout)
    assert rec["text"] == "قال الوزير إن الوفد وصل."


@pytest.mark.parametrize("text", ["\u200f\u200b\u202e", "ـــــ", "ًٌٍَُِّْ", "#_#_#", "\n\n\n \t"])
def test_text_with_no_arabic_letters_left_is_refused_clearly(text):
    r = run("-", input=text.encode("utf-8"))
    assert r.exit_code == 2 and "Traceback" not in r.output and "rasd: error E10" in r.stderr
