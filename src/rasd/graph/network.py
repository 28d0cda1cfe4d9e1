"""The actor network: signed, weighted by PLOVER intensity, per time window; alliances.

Nodes are actors: a knowledge-base id where linked, a descriptive group ("ISR/MIL"),
or an unlinked name. Every event adds, for each (actor, recipient) pair, its PLOVER
intensity to the pair's edge (cooperation positive, conflict negative); an event merged
from several mentions counts once. Alliances are found on the signed graph with the
method of Traag & Bruggeman (2009), "Community detection in networks with positive and
negative links": modularity on the positive layer minus modularity on the negative
layer, optimised with the Leiden algorithm (leidenalg's multiplex optimiser with layer
weights 1 and -1), so allies end up together and adversaries apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx


def node_key(entity: dict[str, Any]) -> str:
    if entity.get("kb_id"):
        return entity["kb_id"]
    if entity.get("kind") == "group" and entity.get("country"):
        return f"{entity['country']}/{entity.get('sector') or 'GRP'}"
    return f"name:{entity.get('name', entity['id'])}"


def event_day(record: dict[str, Any], event: dict[str, Any]) -> str | None:
    """The day an event is placed on: its own date's start, else the article's date."""
    d = event.get("date") or record.get("date")
    if not d:
        return None
    d = d.split("/")[0]
    if d == "..":
        return record.get("date")
    return d if len(d) == 10 else (d + "-01" if len(d) == 7 else d + "-01-01")


def build(records: Iterable[dict[str, Any]], start: str | None = None, end: str | None = None,
          modalities: tuple[str, ...] = ("asserted",), min_confidence: float = 0.0) -> nx.Graph:
    """The signed network of the events in ``records`` dated within [start, end], of
    the given modalities and at least ``min_confidence`` likely to be right."""
    g = nx.Graph()
    for rec in records:
        ents = {e["id"]: e for e in rec.get("entities", [])}
        for ev in rec.get("events", []):
            if ev.get("modality", "asserted") not in modalities:
                continue
            if min_confidence and (ev.get("confidence") is None or ev["confidence"] < min_confidence):
                continue
            day = event_day(rec, ev)
            if (start and (day is None or day < start)) or (end and (day is None or day > end)):
                continue
            w = float(ev.get("intensity") or 0.0)
            for a in ev.get("actors", []):
                for b in ev.get("recipients", []):
                    if a not in ents or b not in ents:
                        continue
                    ka, kb = node_key(ents[a]), node_key(ents[b])
                    if ka == kb:
                        continue
                    for k, e in ((ka, ents[a]), (kb, ents[b])):
                        if k not in g:
                            g.add_node(k, label=e.get("name") or k, name_en=e.get("name_en") or "",
                                       country=e.get("country") or "", sector=e.get("sector") or "",
                                       kind=e.get("kind") or "")
                    if not g.has_edge(ka, kb):
                        g.add_edge(ka, kb, weight=0.0, positive=0.0, negative=0.0, events=0, refs=[])
                    d = g.edges[ka, kb]
                    d["weight"] += w
                    d["positive" if w >= 0 else "negative"] += abs(w)
                    d["events"] += 1
                    d["refs"].append(f"{rec.get('id')}#{ev.get('id')}")
    for _, _, d in g.edges(data=True):
        d["sign"] = 1 if d["weight"] > 0 else (-1 if d["weight"] < 0 else 0)
    return g


def by_month(records: list[dict[str, Any]], **kw: Any) -> dict[str, nx.Graph]:
    """One network per calendar month that has events."""
    months: dict[str, list] = defaultdict(list)
    for rec in records:
        for ev in rec.get("events", []):
            day = event_day(rec, ev)
            if day:
                months[day[:7]].append(ev)
    out = {}
    for m in sorted(months):
        out[m] = build(records, start=f"{m}-01", end=f"{m}-31", **kw)
    return out


def alliances(g: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Groups of allied actors (largest first); isolated actors are left out."""
    import igraph as ig
    import leidenalg as la

    nodes = [n for n in g.nodes if g.degree(n)]
    if not nodes:
        return []
    index = {n: i for i, n in enumerate(nodes)}
    pos = ig.Graph(n=len(nodes))
    neg = ig.Graph(n=len(nodes))
    pw, nw = [], []
    for a, b, d in g.edges(data=True):
        if d["weight"] > 0:
            pos.add_edge(index[a], index[b])
            pw.append(d["weight"])
        elif d["weight"] < 0:
            neg.add_edge(index[a], index[b])
            nw.append(-d["weight"])
    pos.es["weight"] = pw
    neg.es["weight"] = nw
    part_pos = la.ModularityVertexPartition(pos, weights="weight" if pw else None)
    part_neg = la.ModularityVertexPartition(neg, weights="weight" if nw else None)
    optimiser = la.Optimiser()
    optimiser.set_rng_seed(seed)
    optimiser.optimise_partition_multiplex([part_pos, part_neg], layer_weights=[1, -1])
    groups: dict[int, list[str]] = defaultdict(list)
    for n, c in zip(nodes, part_pos.membership):
        groups[c].append(n)
    return sorted((sorted(v) for v in groups.values()), key=lambda v: (-len(v), v))


def to_graphml(g: nx.Graph, path: str, groups: list[list[str]] | None = None) -> None:
    h = g.copy()
    for i, grp in enumerate(groups or []):
        for n in grp:
            h.nodes[n]["alliance"] = i
    for _, _, d in h.edges(data=True):
        d["refs"] = " ".join(d["refs"])
    nx.write_graphml(h, path)


def _arabic_font() -> str:
    """Noto Sans Arabic from the fontpkg-noto-sans-arabic package, else DejaVu Sans.
    matplotlib (>= 3.11, with libraqm) shapes Arabic and lays it out right to left itself."""
    try:
        from importlib import resources

        from matplotlib import font_manager

        files = resources.files("fontpkg_noto_sans_arabic").joinpath("files")
        font = next(f for f in files.iterdir() if f.name.endswith(".ttf"))
        font_manager.fontManager.addfont(str(font))
        return font_manager.FontProperties(fname=str(font)).get_name()
    except (ImportError, StopIteration, OSError):
        return "DejaVu Sans"


def to_png(g: nx.Graph, path: str, groups: list[list[str]] | None = None, title: str = "") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(12, 9), dpi=110)
    ax.set_axis_off()
    if g.number_of_nodes():
        layout = nx.spring_layout(g, seed=1, weight=None, k=1.2 / max(1, g.number_of_nodes()) ** 0.5)
        palette = plt.get_cmap("tab10")
        colour = {n: palette(i % 10) for i, grp in enumerate(groups or []) for n in grp}
        edges_pos = [(a, b) for a, b, d in g.edges(data=True) if d["weight"] >= 0]
        edges_neg = [(a, b) for a, b, d in g.edges(data=True) if d["weight"] < 0]
        widths = lambda es: [0.5 + min(6.0, abs(g.edges[e]["weight"]) / 3) for e in es]  # noqa: E731
        nx.draw_networkx_edges(g, layout, edgelist=edges_pos, width=widths(edges_pos), edge_color="#2e7d32", ax=ax)
        nx.draw_networkx_edges(g, layout, edgelist=edges_neg, width=widths(edges_neg), edge_color="#c62828",
                               style="dashed", ax=ax)
        nx.draw_networkx_nodes(g, layout, node_color=[colour.get(n, "#9e9e9e") for n in g.nodes],
                               node_size=[200 + 120 * g.degree(n) for n in g.nodes], ax=ax)
        nx.draw_networkx_labels(g, layout, labels={n: g.nodes[n].get("label", n) for n in g.nodes},
                                font_family=_arabic_font(), font_size=10, ax=ax)
    ax.set_title((title + "   " if title else "") + "green: cooperation, red dashed: conflict; colours: alliances")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
