import copy

import jsonschema
import pytest

from rasd.api import analyze, to_dict, validate


@pytest.fixture(scope="module")
def record(seed_text):
    return to_dict(analyze(seed_text, date="2019-12-05"))


def test_seed_output_is_valid(record):
    validate(record)


def test_every_span_indexes_the_original_text(record):
    text = record["text"]
    for r in record["removed"]:
        assert text[r["start"]:r["end"]].strip()
    for s in record["sentences"]:
        surface = text[s["start"]:s["end"]]
        assert surface == surface.strip() and "\n" not in surface


@pytest.mark.parametrize("breakage", [
    lambda r: r.pop("events"),
    lambda r: r["removed"].append({"start": 0, "end": 3, "reason": "because"}),
    lambda r: r["sentences"].append({"start": 5, "end": 10 ** 6}),
    lambda r: r.__setitem__("date", "5 Dec 2019"),
])
def test_schema_rejects_broken_records(record, breakage):
    bad = copy.deepcopy(record)
    breakage(bad)
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
