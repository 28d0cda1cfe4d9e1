"""The ``rasd`` command line: a thin shell over rasd.api.

Every failure prints one line, ``rasd: error E###: ...``, and exits non-zero.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import RasdError

EXIT_INPUT = 2      # the input could not be read at all
EXIT_PARTIAL = 1    # some records failed, the rest were processed


def fail(err: RasdError, code: int = EXIT_INPUT) -> None:
    click.echo(f"rasd: error {err.code}: {err.message}", err=True)
    sys.exit(code)


def warn(err: RasdError) -> None:
    click.echo(f"rasd: error {err.code}: {err.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def main() -> None:
    """rasd (رصد): Arabic news to political event data, every fact tied to the original text."""


@main.command()
@click.argument("source", metavar="FILE|FOLDER|-")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="Publication date (overrides the record's own).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text", "html"]), default=None,
              help="Output format (default: json for one article, jsonl for a JSONL file or a folder).")
@click.option("--max-mb", type=float, default=5.0, show_default=True, help="Largest article to read, in MB.")
@click.option("--pipeline", "names", default=None, help="Comma-separated components (default: all available).")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False),
              help="Your own actors (YAML or JSON, see docs/actors.md); may be repeated.")
@click.option("--validate/--no-validate", default=False, help="Check each output record against the JSON Schema.")
def analyze(source: str, date_: str | None, fmt: str | None, max_mb: float, names: str | None,
            actor_files: tuple[str, ...], validate: bool) -> None:
    """Analyse articles: clean, segment, find entities and events.

    One article gives one JSON object; a JSONL file or a folder gives JSON Lines,
    one object per input record, in input order.
    """
    from . import api
    from .io.readers import Failure, check_date_option, is_jsonl, read
    from .output import to_dict, to_text

    try:
        date = check_date_option(date_)
        for f in actor_files:
            if not Path(f).is_file():
                raise RasdError("E107", path=f)
        pipeline = api.load(tuple(names.split(",")) if names else api.DEFAULT, tuple(actor_files))
        many = is_jsonl(source) or Path(source).is_dir() if source != "-" else False
        fmt = fmt or ("jsonl" if many else "json")
        failures = total = 0
        for item in read(source, max_mb=max_mb):
            total += 1
            if isinstance(item, Failure):
                failures += 1
                warn(item.error)
                continue
            record = to_dict(api.analyze_record(item, date=date, pipeline=pipeline))
            if validate:
                api.validate(record)
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            elif fmt == "json":
                click.echo(json.dumps(record, ensure_ascii=False, indent=1))
            elif fmt == "html":
                from .render import to_html

                click.echo(to_html(record))
            else:
                click.echo(to_text(record))
        if failures:
            fail(RasdError("E112", path=source, count=failures, total=total), EXIT_PARTIAL)
    except RasdError as e:
        fail(e)


@main.command()
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("--threshold", type=float, default=0.8, show_default=True, help="Jaccard similarity of word 5-shingles.")
@click.option("--num-perm", type=int, default=128, show_default=True, help="MinHash permutations.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text")
def dedup(corpus: str, threshold: float, num_perm: int, fmt: str) -> None:
    """Print clusters of near-duplicate articles in a JSONL corpus (MinHash LSH)."""
    from .corpus.dedup import find_clusters
    from .io.readers import Failure, read

    try:
        records, failures = [], 0
        for item in read(corpus, max_mb=50):
            if isinstance(item, Failure):
                failures += 1
                warn(item.error)
            else:
                records.append(item)
        if not records:
            raise RasdError("E401", path=corpus)
        clusters = find_clusters(records, threshold=threshold, num_perm=num_perm, progress=sys.stderr.isatty())
        for c in clusters:
            if fmt == "jsonl":
                click.echo(json.dumps({"ids": [records[i].id for i in c.members], "similarity": c.similarity},
                                      ensure_ascii=False))
            else:
                click.echo(f"{len(c.members)} articles, similarity ≥ {c.similarity:.2f}: "
                           + " ".join(records[i].id for i in c.members))
        click.echo(f"{len(clusters)} clusters of near-duplicates among {len(records)} articles", err=True)
        if failures:
            fail(RasdError("E112", path=corpus, count=failures, total=failures + len(records)), EXIT_PARTIAL)
    except RasdError as e:
        fail(e)


@main.group()
def evaluate() -> None:
    """Measure quality against hand-coded data."""


@evaluate.command("events")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Score only events with at least this confidence (0.4: target guessed from the sentence).")
@click.option("--by-type", is_flag=True, help="Also print the precision and recall of each event type.")
def evaluate_events(gold: str, output: str, as_json: bool, min_confidence: float, by_type: bool) -> None:
    """Score OUTPUT (rasd analyze JSON/JSONL) against GOLD (format of seed.gold.json)."""
    from .events.evaluate import evaluate as run, format_report

    try:
        result = run(Path(gold), Path(output), min_confidence)
    except RasdError as e:
        fail(e)
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else format_report(result, by_type))


@evaluate.command("actors")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--brief", is_flag=True, help="Only the figures, not the lists of misses and wrong links.")
def evaluate_actors(gold: str, output: str, as_json: bool, brief: bool) -> None:
    """Score actor linking in OUTPUT against the hand-coded actors of GOLD."""
    from .actors.evaluate import evaluate as run, format_report

    try:
        result = run(Path(gold), Path(output))
    except RasdError as e:
        fail(e)
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else format_report(result, not brief))


@evaluate.command("ner")
@click.option("--data", type=click.Path(file_okay=False), default=None,
              help="Folder holding anercorp/ (default: ../shared/data next to the repo).")
@click.option("--model", type=click.Path(file_okay=False), default=None, help="Model folder (default: the shipped one).")
@click.option("--window", type=click.IntRange(min=0), default=10, show_default=True,
              help="Sentences per pseudo-document for document-level consistency (0: sentence by sentence).")
def evaluate_ner(data: str | None, model: str | None, window: int) -> None:
    """Precision, recall and F1 on the ANERcorp test split (conlleval span matching)."""
    from .ner.evaluate import evaluate as run, format_report

    test = _data_dir(data) / "anercorp" / "ANERCorp_CamelLab_test.txt"
    if not test.exists():
        fail(RasdError("E302", path=test))
    click.echo(format_report(run(Path(model) if model else None, test, window)))


@main.command()
@click.option("--input", "inputs", multiple=True, type=click.Path(dir_okay=False),
              help="rasd analyze output (JSON or JSONL); may be repeated.")
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="A rasd store (rasd ingest).")
@click.option("--from", "start", metavar="YYYY-MM-DD", default=None, help="First day of events.")
@click.option("--to", "end", metavar="YYYY-MM-DD", default=None, help="Last day of events.")
@click.option("--modality", default="asserted", show_default=True,
              help="Comma-separated modalities to count (asserted,intended,...).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Only events at least this likely to be right (learned confidence; see docs/events.md).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="graph.graphml or graph.png")
def network(inputs: tuple[str, ...], db: str | None, start: str | None, end: str | None, modality: str,
            min_confidence: float, out: str) -> None:
    """The signed actor network and its alliances, as GraphML or a PNG picture."""
    from .events.evaluate import load_output
    from .graph.network import alliances, build, to_graphml, to_png
    from .io.readers import check_date_option

    try:
        start, end = check_date_option(start), check_date_option(end)
        records: list = []
        for f in inputs:
            records.extend(load_output(Path(f)))
        if db:
            from .store import records_for_network

            records.extend(records_for_network(Path(db)))
        if not records:
            raise RasdError("E117", what="--input or --db")
        g = build(records, start, end, tuple(modality.split(",")), min_confidence)
        groups = alliances(g)
        if out.lower().endswith(".png"):
            to_png(g, out, groups, title=f"{start or ''} – {end or ''}".strip(" –"))
        elif out.lower().endswith((".graphml", ".xml")):
            to_graphml(g, out, groups)
        else:
            raise RasdError("E118", path=out)
    except RasdError as e:
        fail(e)
    click.echo(f"{g.number_of_nodes()} actors, {g.number_of_edges()} ties -> {out}", err=True)
    for i, grp in enumerate(groups, 1):
        if len(grp) > 1:
            click.echo(f"alliance {i}: " + ", ".join(g.nodes[n].get("name_en") or g.nodes[n]["label"] for n in grp))


@main.group()
def train() -> None:
    """Train the models rasd ships, from ../shared/data."""


@train.command("ner")
@click.option("--data", type=click.Path(file_okay=False), default=None,
              help="Folder holding anercorp/ and aqmar/ (default: ../shared/data next to the repo).")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Where to write the model (default: the package's rasd/ner/model).")
@click.option("--refresh-kb-names", is_flag=True,
              help="First copy the knowledge base's current names into rasd/ner/kb_names.tsv (the "
                   "snapshot the model is trained with); without it the shipped model is reproduced.")
def train_ner(data: str | None, out: str | None, refresh_kb_names: bool) -> None:
    """Train the NER model (never reads the test split)."""
    from .ner.component import MODEL_DIR
    from .ner.train import train as run

    d = _data_dir(data)
    if not (d / "anercorp").exists():
        fail(RasdError("E302", path=d / "anercorp"))
    for package in ("floret", "wordfreq"):
        try:
            __import__(package)
        except ImportError:
            fail(RasdError("E304", package=package))
    try:
        if refresh_kb_names:
            from .ner.gazetteer import write_kb_names

            click.echo(f"kb_names.tsv: {write_kb_names()} names from the knowledge base", err=True)
        run(d, Path(out) if out else MODEL_DIR)
    except RasdError as e:
        fail(e)


def _gold_training_options(gold_help: str, out_help: str, folds_help: str):
    """The options `rasd train events` and `rasd train confidence` share (their help differs)."""
    def wrap(f):
        for option in reversed((
                click.option("--gold", "gold", multiple=True, type=click.Path(dir_okay=False), help=gold_help),
                click.option("--data", type=click.Path(file_okay=False), default=None,
                             help="Folder holding news/ant_dev.jsonl (default: ../shared/data next to the repo)."),
                click.option("--out", type=click.Path(dir_okay=False), default=None, help=out_help),
                click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help=folds_help))):
            f = option(f)
        return f
    return wrap


@train.command("events")
@_gold_training_options(
    gold_help="Hand-coded gold files to learn from (default: the 463 training articles, "
              "tests/fixtures/events30.part1, train32.part4*, train32b.part5*, train32c.part6*, "
              "train32d.part10*, train32e.part11*, train32f.part13*, the old validation parts 8 and 14 "
              "and the parts 21-26, train32g.part21 ... train32l.part26; never the held-out or newer "
              "validation sets).",
    out_help="Where to write the role model (default: the package's rasd/events/roles_model.json).",
    folds_help="Cross-validation folds (over articles) for choosing the thresholds.")
def train_events(gold: tuple[str, ...], data: str | None, out: str | None, folds: int) -> None:
    """Train the learned role model of the event stage from hand-coded articles."""
    from .events.roles import MODEL_FILE
    from .events.train import DEFAULT_GOLD, LATER_GOLD
    from .events.train import train as run

    _train_from_gold(run, MODEL_FILE, gold, data, out, folds, DEFAULT_GOLD + LATER_GOLD)


@train.command("confidence")
@_gold_training_options(
    gold_help="Hand-coded gold files to learn from (default: the training fixtures, as for "
              "`rasd train events`; never the held-out or validation sets).",
    out_help="Where to write the model (default: the package's rasd/events/confidence_model.json).",
    folds_help="Cross-validation folds (over articles) for the figures and the bar.")
@click.option("--calibrate", multiple=True, type=click.Path(dir_okay=False),
              help="Gold files of articles the rules were not written on: the confidence is moved to "
                   "how often their events are right (default: none).")
@click.option("--bar", type=click.Choice(["0.00", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40"]),
              default=None, help="The bar below which an event is dropped, before calibration (default: the "
                                 "one with the best cross-validated F1).")
@click.option("--type-bars", is_flag=True, help="Also a bar of its own for each event type where the "
                                                "cross-validated F1 prefers one.")
def train_confidence(gold: tuple[str, ...], data: str | None, out: str | None, folds: int,
                     calibrate: tuple[str, ...], bar: str | None, type_bars: bool) -> None:
    """Train the learned confidence of events (and the bar below which one is dropped)."""
    from functools import partial

    from .events.confidence import MODEL_FILE
    from .events.train_confidence import train as run

    for f in calibrate:
        if not Path(f).is_file():
            fail(RasdError("E302", path=f))
    run = partial(run, calibrate_on=[Path(f) for f in calibrate], bar=float(bar) if bar is not None else None,
                  type_bars_too=type_bars)
    _train_from_gold(run, MODEL_FILE, gold, data, out, folds)


@train.command("triggers")
@_gold_training_options(
    gold_help="Hand-coded gold files to learn from (default: the training fixtures of `rasd train "
              "events`, the old validation parts 8 and 14 and the parts 21-26, tests/fixtures/"
              "train32g.part21 ... train32l.part26; never the held-out or newer validation sets).",
    out_help="Where to write the model (default: the package's rasd/events/trigger_model.json).",
    folds_help="Cross-validation folds (over articles) for choosing the model's bar.")
def train_triggers(gold: tuple[str, ...], data: str | None, out: str | None, folds: int) -> None:
    """Train the learned trigger model (words the lexicon does not know) of the event stage."""
    from .events.train import DEFAULT_GOLD, LATER_GOLD
    from .events.train_triggers import train as run
    from .events.trigger_model import MODEL_FILE

    _train_from_gold(run, MODEL_FILE, gold, data, out, folds, DEFAULT_GOLD + LATER_GOLD)


def _train_from_gold(run, model_file: str, gold: tuple[str, ...], data: str | None, out: str | None,
                     folds: int, default: tuple[str, ...] | None = None) -> None:
    """The shared shell of the `rasd train` commands for the event stage: check the
    library, the gold files and the news file, then ``run(files, news, target, folds=)``."""
    from .events.train import DEFAULT_GOLD, ROOT

    try:
        __import__("sklearn")
    except ImportError:
        fail(RasdError("E304", package="scikit-learn"))
    files = [Path(g) for g in gold] or [ROOT / "tests" / "fixtures" / name for name in default or DEFAULT_GOLD]
    for f in files:
        if not f.is_file():
            fail(RasdError("E302", path=f))
    news = _data_dir(data) / "news" / "ant_dev.jsonl"
    if not news.is_file():
        fail(RasdError("E302", path=news))
    target = Path(out) if out else Path(__file__).resolve().parent / "events" / model_file
    if not target.parent.is_dir():
        fail(RasdError("E309", path=target, why="no such folder"))
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        fail(RasdError("E309", path=target, why="not writable"))
    try:
        run(files, news, target, folds=folds)
    except RasdError as e:
        fail(e)


def _data_dir(data: str | None) -> Path:
    if data:
        return Path(data)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if (parent / "pyproject.toml").exists() and candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "data"


def _register_corpus_commands() -> None:
    from .cli_corpus import register
    from .web.cli import register as register_web

    register(main)
    register_web(main)


_register_corpus_commands()


if __name__ == "__main__":
    main()
