"""Actor linking and event extraction on the hand-coded ANT fixtures.

    python bench/eval_fixtures.py [--actors] [--events] [--details]

Reads the gold files tests/fixtures/actors50.*.gold.json, events30.*.gold.json,
events20.part3*.gold.json, train32.part4*.gold.json, train32b.part5*.gold.json, train32c.part6*.gold.json
heldout32.part7*.gold.json, valid32.part8*.gold.json, heldout32b.part9*.gold.json, train32d/e/f (part10, part11, part13) and
heldout32c.part12*.gold.json, valid32b.part14*.gold.json, heldout32d.part15*.gold.json, valid32c.part16*.gold.json, valid32d.part17*.gold.json, heldout32e.part18*.gold.json, valid32e.part19*.gold.json, valid32f.part20*.gold.json, train32g-l (part21-26), heldout32f.part27, valid32g.part28, heldout32g.part29 and valid32h.part30 (articles chosen by seed:
scripts/sample_fixtures.py),
analyses the same articles from ../shared/data/news/ant_dev.jsonl with the default
pipeline, and prints the scores of `rasd evaluate actors` and `rasd evaluate events`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from rasd.actors.evaluate import evaluate as eval_actors
from rasd.actors.evaluate import format_report as actors_report
from rasd.api import analyze, to_dict
from rasd.events.evaluate import evaluate as eval_events
from rasd.events.evaluate import format_report as events_report
from rasd.events.evaluate import format_types
from rasd.io.readers import parse_date

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared/data/news/ant_dev.jsonl"


PATTERNS = {"part3": "events20.part3*.gold.json", "part4": "train32.part4*.gold.json",
            "part5": "train32b.part5*.gold.json", "part6": "train32c.part6*.gold.json",
            "part7": "heldout32.part7*.gold.json", "part8": "valid32.part8*.gold.json",
            "part9": "heldout32b.part9*.gold.json", "part10": "train32d.part10*.gold.json",
            "part11": "train32e.part11*.gold.json", "part12": "heldout32c.part12*.gold.json",
            "part13": "train32f.part13*.gold.json", "part14": "valid32b.part14*.gold.json",
            "part15": "heldout32d.part15*.gold.json", "part16": "valid32c.part16*.gold.json",
            "part17": "valid32d.part17*.gold.json", "part18": "heldout32e.part18*.gold.json",
            "part19": "valid32e.part19*.gold.json", "part20": "valid32f.part20*.gold.json",
            "part21": "train32g.part21*.gold.json", "part22": "train32h.part22*.gold.json",
            "part23": "train32i.part23*.gold.json", "part24": "train32j.part24*.gold.json",
            "part25": "train32k.part25*.gold.json", "part26": "train32l.part26*.gold.json",
            "part27": "heldout32f.part27*.gold.json", "part28": "valid32g.part28*.gold.json",
            "part29": "heldout32g.part29*.gold.json", "part30": "valid32h.part30*.gold.json"}
VALIDATION = ("part16", "part17")  # session 9's keep-or-revert decisions, taken per merged branch
VALIDATION_ALL = VALIDATION + ("part19", "part20")  # and the judges of sessions 10 and 11
HELD_OUT = ("part2", "part3", "part7", "part9", "part12")  # never used to write or choose a rule
HELD_OUT_ALL = HELD_OUT + ("part15", "part18")
# coded at the end of session 11, after its rules were frozen, and scored once then: training from session 12
TRAINING_NEW = ("part21", "part22", "part23", "part24", "part25", "part26")  # with the two sets coded later and scored only at a session's end
TRAINING = ("part1", "part4", "part5", "part6", "part10", "part11", "part13")  # where the rules are written
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def gold_articles(pattern: str | list[str]) -> list[dict]:
    out = []
    for p in [pattern] if isinstance(pattern, str) else pattern:
        for f in sorted((ROOT / "tests/fixtures").glob(p)):
            out.extend(json.loads(f.read_text(encoding="utf-8")))
    return out


def calibration(r: dict, out: Path) -> str:
    """How often the events of each confidence band were right (matched one to one)."""
    rows = []
    for line in filter(None, out.read_text(encoding="utf-8").split("\n")):  # (not splitlines: texts hold U+2029)
        rec = json.loads(line)
        wrong = set(r["spurious"].get(rec.get("id"), []))
        rows += [(ev["confidence"], ev["id"] not in wrong) for ev in rec.get("events", [])]
    lines = ["confidence band   events  mean confidence  right"]
    for lo, hi in zip(BINS, BINS[1:]):
        band = [(c, ok) for c, ok in rows if lo <= c < hi]
        if band:
            lines.append(f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}      {len(band):5d}  "
                         f"{sum(c for c, _ in band) / len(band):15.2f}  {sum(ok for _, ok in band) / len(band):5.2f}")
    return "\n".join(lines)


def run(pattern: str | list[str], scorer, report, details: bool, min_confidence: float = 0.0,
        show_calibration: bool = False, keep: Path | None = None, news_file: Path = NEWS,
        show_types: bool = False, pipeline=None) -> None:
    golds = gold_articles(pattern)
    if not golds:
        print(f"no gold files {pattern}")
        return
    wanted = {g["docno"] for g in golds}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        gold = Path(tmp) / "gold.json"
        gold.write_text(json.dumps(golds, ensure_ascii=False), encoding="utf-8")
        with out.open("w", encoding="utf-8") as fh, news_file.open(encoding="utf-8") as news:
            for line in news:
                d = json.loads(line)
                if d["docno"] in wanted:
                    doc = analyze(d["text"], date=parse_date(d.get("time")), id=d["docno"], pipeline=pipeline)
                    fh.write(json.dumps(to_dict(doc), ensure_ascii=False) + "\n")
        if keep is not None:
            shutil.copyfile(out, keep)  # for bench/compare_articles.py
        print(f"== {pattern if isinstance(pattern, str) else ' + '.join(pattern)}: {len(golds)} articles")
        if report is actors_report:
            print(report(scorer(gold, out), details))
        else:
            r = scorer(gold, out, min_confidence)
            print(_events(r, details))
            if show_calibration:
                print(calibration(r, out))
            if show_types:
                print(format_types(r))


def _events(r: dict, details: bool) -> str:
    text = events_report(r)
    return text if details else "\n".join(text.splitlines()[:3])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", action="store_true")
    ap.add_argument("--events", action="store_true")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--part", choices=["part1", "part2", "part3", "part4", "part5", "part6", "part7", "part8", "part9",
                                       "part10", "part11", "part12", "part13", "part14", "part15", "part16", "part17", "part18", "part19", "part20", "part21", "part22", "part23", "part24", "part25", "part26", "part27", "part28", "part29", "part30", "validation", "validation-all", "heldout", "heldout-all", "training-new", "training", "*"],
                    default="*",
                    help="events: part1 is the development half, part2 is held out (both of the 30 "
                         "of session 1, '*'), part3 the 20 held-out articles coded in session 2, "
                         "part4 the 32 training articles coded in session 3 (train32), part5 the 32 "
                         "training articles coded in session 4 (train32b), part6 32 more (train32c), part7 "
                         "32 held-out articles coded at the end of session 4 (heldout32), part8 a validation "
                         "set of 32 (valid32), part9 32 held-out articles coded at the end of session 5 "
                         "(heldout32b), part10 and part11 two training sets of 32 coded in session 5 "
                         "(train32d, train32e), part12 32 held-out articles coded in session 6 (heldout32c), "
                         "part13 a training set of 32 coded in session 6 (train32f), part14 a second validation set "
                         "of 32 coded in session 7 (valid32b), part15 32 held-out articles coded at the end of "
                         "session 8, after its rules were frozen (heldout32d), part16 and part17 two validation sets of 32 coded in session 9 (valid32c, valid32d); validation: parts 16 and 17 pooled; part18 32 held-out articles coded in session 9 and scored once at its end (heldout32e); part19 a validation set of 32 coded in session 10 to judge its merges (valid32e); part20 the same for session 11 (valid32f); validation-all: parts 16, 17, 19 and 20 (128 articles); heldout: parts 2, 3, 7, "
                         "9 and 12 pooled; heldout-all: those and parts 15 and 18 (195 articles); part21-part26 six training sets coded at the end of session 11 (train32g-l), training-new: those pooled; part27 32 held-out articles coded at the end of session 12 and scored once then (heldout32f; not in heldout-all, which stays the 195 of session 11); part28 a fresh validation set coded in session 12 for the sessions after it (valid32g); part29 32 held-out articles coded during session 13 and scored once at its end (heldout32g); part30 a fresh validation set coded in session 13 (valid32h); training: parts 1, 4, 5, 6, 10, 11 and 13 pooled")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="events: score only events with at least this confidence")
    ap.add_argument("--calibration", action="store_true",
                    help="events: how often the events of each confidence band were right")
    ap.add_argument("--by-type", action="store_true",
                    help="events: precision of each output type and recall of each gold type")
    ap.add_argument("--keep-output", type=Path, metavar="FILE",
                    help="events: keep rasd's output (JSON Lines) in FILE, to compare two versions per article "
                         "with bench/compare_articles.py")
    ap.add_argument("--no-learned-triggers", action="store_true",
                    help="events: the lexicon alone names triggers (without the learned trigger model), to "
                         "measure what the model adds")
    ap.add_argument("--news", type=Path, default=NEWS, metavar="FILE",
                    help="the ANT articles (JSON Lines); default: ../shared/data/news/ant_dev.jsonl beside the repo, "
                         "so a git worktree elsewhere needs it")
    args = ap.parse_args()
    if not args.news.is_file():
        raise SystemExit(f"error: no news file at {args.news}: give the ANT articles with --news FILE")
    both = not (args.actors or args.events)
    if args.actors or both:
        run(f"actors50.{args.part}.gold.json", eval_actors, actors_report, args.details, news_file=args.news)
    if args.events or both:
        pick = lambda part: PATTERNS.get(part, f"events30.{part}.gold.json")  # noqa: E731
        pooled = {"heldout": HELD_OUT, "heldout-all": HELD_OUT_ALL, "training": TRAINING,
                  "training-new": TRAINING_NEW, "validation": VALIDATION,
                  "validation-all": VALIDATION_ALL}.get(args.part)
        pattern = [pick(p) for p in pooled] if pooled else pick(args.part)
        run(pattern, eval_events, events_report, args.details, args.min_confidence, args.calibration,
            args.keep_output, args.news, args.by_type, _lexicon_alone() if args.no_learned_triggers else None)


def _lexicon_alone():
    """The default pipeline with an events stage whose extractor has no learned trigger model."""
    from rasd.api import load
    from rasd.events.extract import Extractor
    from rasd.events.pipe import make_events
    from rasd.pipeline import Component, Pipeline

    return Pipeline([Component(c.name, make_events(Extractor(learned_triggers=False)), c.requires, c.provides)
                     if c.name == "events" else c for c in load().components])


if __name__ == "__main__":
    main()
