"""Near-duplicate articles across a corpus: MinHash LSH over folded word shingles.

Candidates come from datasketch's LSH; each candidate pair is then checked with
the exact Jaccard similarity of the shingle sets, and the pairs that pass are
joined into clusters (connected components, networkx).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..io.readers import Record
from ..text.normalize import normalize_key

_WORDS = re.compile(r"[^\W_]+")
SHINGLE = 5


@dataclass
class Cluster:
    members: list[int]      # indices into the records, in input order
    similarity: float       # lowest verified Jaccard similarity of the pairs that joined it


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORDS.findall(normalize_key(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_pairs(records: Sequence[Record], threshold: float = 0.8, num_perm: int = 128,
               progress: bool = False) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) with i < j whose shingle sets are at least ``threshold`` alike."""
    from datasketch import MinHash, MinHashLSH
    from tqdm import tqdm

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sets: list[set[str]] = []
    pairs: list[tuple[int, int, float]] = []
    items = tqdm(records, desc="dedup", unit="doc", disable=not progress, leave=False)
    for i, r in enumerate(items):
        s = shingles(r.text)
        sets.append(s)
        if not s:
            continue
        m = MinHash(num_perm=num_perm)
        m.update_batch([x.encode("utf-8") for x in s])
        for j in lsh.query(m):
            sim = jaccard(s, sets[j])
            if sim >= threshold:
                pairs.append((j, i, sim))
        lsh.insert(i, m)
    return sorted(pairs)


def find_clusters(records: Sequence[Record], threshold: float = 0.8, num_perm: int = 128,
                  progress: bool = False) -> list[Cluster]:
    import networkx as nx

    g = nx.Graph()
    for i, j, sim in find_pairs(records, threshold, num_perm, progress):
        g.add_edge(i, j, sim=sim)
    clusters = []
    for comp in nx.connected_components(g):
        sub = g.subgraph(comp)
        clusters.append(Cluster(sorted(comp), min(d["sim"] for _, _, d in sub.edges(data=True))))
    clusters.sort(key=lambda c: c.members[0])
    return clusters
