"""Build src/rasd/lang/ar/lexicon.tsv, the word counts the clitic splitter consults.

    python scripts/build_lexicon.py [--data ../shared/data]

Counts folded words of the ANERcorp *train* split and AQMAR (both CC BY-SA; the
test split is never read) and marks words tagged as names whose remainder after a
would-be proclitic is not itself a name ("لبنان", "كمال"), so the splitter keeps
them whole. Every Arabic word of the actor knowledge base (src/rasd/kb/data) is
added as a known word too, so "لحفتر" splits as ل + حفتر; a KB word that begins
with a proclitic letter and is no clitic + known word is kept whole. Rerun it
after changing the knowledge base. The output is CC BY-SA 4.0 like the NER model.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from rasd.text.normalize import normalize_key

PROCLITICS = "وفبلك"


def read_conll(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            yield parts[0], parts[-1]


KB_COUNT = 50  # a knowledge-base word counts as a well-attested word
_ARABIC_WORD = re.compile("[\u0621-\u064A\u0671-\u06D3]+")


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def kb_arabic_words(kb_dir: Path):
    """Folded Arabic words of every string in the knowledge-base data files."""
    import yaml

    for f in sorted(kb_dir.glob("*")):
        if f.suffix == ".json":
            data = json.loads(f.read_text(encoding="utf-8"))
        elif f.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        else:
            continue
        for s in _strings(data):
            for w in _ARABIC_WORD.findall(normalize_key(s)):
                yield w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/rasd/lang/ar/lexicon.tsv")
    ap.add_argument("--kb", type=Path, default=Path(__file__).resolve().parents[1] / "src/rasd/kb/data")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()

    files = [args.data / "anercorp" / "ANERCorp_CamelLab_train.txt"]
    files += sorted((args.data / "aqmar").glob("*.txt"))
    counts: collections.Counter[str] = collections.Counter()
    names: collections.Counter[str] = collections.Counter()
    for f in files:
        for word, tag in read_conll(f):
            key = normalize_key(word)
            if not key:
                continue
            counts[key] += 1
            if tag != "O":
                names[key] += 1
    kb_words = collections.Counter(w for w in kb_arabic_words(args.kb) if len(w) >= 2)
    for w in kb_words:
        counts[w] = max(counts[w], KB_COUNT)
    # a name that starts with a proclitic letter but is no clitic + name: keep whole
    protected = {
        w for w, n in names.items()
        if len(w) > 2 and w[0] in PROCLITICS and n >= 2 and names.get(w[1:], 0) == 0
        and not w[1:].startswith("ال") and not w.startswith("لل")
    }
    protected |= {
        w for w in kb_words
        if len(w) > 3 and w[0] in PROCLITICS and w[1:] not in counts and not w[1:].startswith("ال")
        and not w.startswith("لل")
    }
    rows = [(w, c) for w, c in counts.items() if c >= args.min_count or w in protected]
    rows.sort(key=lambda r: (-r[1], r[0]))
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# folded word\tcount\tkeep_whole (1 = a name never split)\n")
        out.write("# derived from ANERcorp train (CC BY-SA 4.0, Benajiba et al. 2007; CAMeL Lab split) "
                  "and AQMAR (CC BY-SA 3.0, Mohit et al. 2012)\n")
        for w, c in rows:
            out.write(f"{w}\t{c}\t{int(w in protected)}\n")
    print(f"{len(rows)} words ({len(protected)} kept whole) -> {args.out}")


if __name__ == "__main__":
    main()
