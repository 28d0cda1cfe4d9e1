import networkx as nx
import pytest

from rasd.api import analyze, load, to_dict
from rasd.graph.network import alliances, build, to_graphml, to_png

pytest.importorskip("leidenalg", reason="the network extra (leidenalg) is not installed")


@pytest.fixture(scope="module")
def seed_graph(seed_text):
    rec = to_dict(analyze(seed_text, date="2019-12-05", pipeline=load(("clean", "segment", "actors", "events"))))
    return build([rec])


def test_cooperation_is_positive_and_conflict_negative(seed_graph):
    assert seed_graph.edges["lna", "isr_intel"]["weight"] > 0
    assert seed_graph.edges["TUR", "CYP"]["weight"] < 0


def test_alliances_put_haftar_with_israel_and_the_gna_with_turkey_apart(seed_graph):
    groups = alliances(seed_graph)
    where = {n: i for i, g in enumerate(groups) for n in g}
    assert where["haftar"] == where["lna"] == where["isr_intel"]
    assert where["gna"] == where["TUR"] == where["sarraj"]
    assert where["gna"] != where["lna"]


def test_graphml_and_png_are_written(seed_graph, tmp_path):
    groups = alliances(seed_graph)
    to_graphml(seed_graph, str(tmp_path / "g.graphml"), groups)
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["haftar"]["label"] == "خليفة حفتر"
    to_png(seed_graph, str(tmp_path / "g.png"), groups)
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"


def test_date_window_excludes_events_outside_it(seed_text):
    rec = to_dict(analyze(seed_text, date="2019-12-05", pipeline=load(("clean", "segment", "actors", "events"))))
    g = build([rec], start="2020-01-01")
    assert g.number_of_edges() == 0


def test_a_minimum_confidence_keeps_only_the_surer_ties(seed_text):
    rec = to_dict(analyze(seed_text, date="2019-12-05", pipeline=load(("clean", "segment", "actors", "events"))))
    sure = [ev for ev in rec["events"] if ev["confidence"] >= 0.6]
    assert 0 < len(sure) < len(rec["events"])
    g = build([rec], min_confidence=0.6)
    refs = {r for _, _, d in g.edges(data=True) for r in d["refs"]}
    assert refs == {f"{rec['id']}#{ev['id']}" for ev in sure if ev["modality"] == "asserted"}
