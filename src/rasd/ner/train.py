"""Train the rasd Arabic NER model from ../shared/data (nothing is downloaded).

    python -m rasd.ner.train --data ../shared/data --out src/rasd/ner/model

Steps (each printed as it runs):
 1. read ANERcorp train (CAMeL Lab split); the last 10% of it is the dev slice used for
    early stopping / model selection (the test split is never read here);
    optionally add AQMAR to the training part;
 2. build the gazetteer (Natural Earth country / capital / place names, public domain);
 3. train floret static vectors on the news corpus (+ the ANERcorp train text);
 4. train a spaCy pipeline rasd_ar_features -> tok2vec (MultiHashEmbed with static
    vectors) -> ner, single thread, select the best checkpoint on dev;
 5. write the model to ``out_dir`` with a ``training.json`` summary.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, Optional

TOKEN_RE = re.compile(r"\w+|[^\w\s]")

SYNTHETIC_DIR = Path(__file__).resolve().parents[3] / "data" / "ner_synthetic"

# The settings chosen on the dev slice (see docs/model-card.md, ablation table).
DEFAULTS = dict(
    vectors_dim=100, vectors_epoch=10, vectors_minn=2, vectors_maxn=5, vectors_bucket=50000,
    # the news corpora are research-use / CC BY-NC-SA: vectors trained on them cannot ship in a
    # CC BY-SA model, so the shipped vectors learn from ANERcorp train and AQMAR text only
    vectors_news=False,
    # max_steps: the full-data fit runs exactly this many (with the synthetic sentences dev
    # peaked at 1,800-2,000 steps of 90% of the data, averaged weights); with
    # full_data=False it is a cap for early stopping
    width=64, depth=4, window_size=1, hidden_width=64, max_steps=2200, patience=2000, dropout=0.1,
    use_aqmar=False, use_gazetteer=True, use_features=True, use_vectors=True, seed=0,
    # phrase gazetteer + name words + word frequency (rasd.ner.gazetteer)
    use_names=True, use_kb_names=True, use_freq=True, derive_name_words=True, multi_class=False,
    # final fit: train on all of ANERcorp train (dev slice included) for exactly
    # max_steps steps (the step count chosen on dev) and keep the last weights
    full_data=True,
    # keep a running average of the weights (Adam use_averages): a steadier last checkpoint
    use_averages=True,
    # hash-embedding rows for NORM / PREFIX / SUFFIX / SHAPE / LEMMA (names need room)
    rows=(5000, 1000, 2500, 2500, 5000),
    # one extra copy of each training sentence with its entities swapped for gazetteer names
    augment_names=False,
    # rasd's own synthetic sentences, marked up inline: "default" is the repository's
    # data/ner_synthetic (see its README), None leaves them out
    synthetic="default",
)


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _single_thread() -> None:
    for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(v, "1")


def news_corpus(data_dir: Path, out_file: Path, extra_sents=(), include_news: bool = True) -> int:
    """Tokenised text for the vectors (one paragraph per line): the news (near-duplicates
    skipped) when ``include_news``, then ``extra_sents``."""
    n = 0
    with open(out_file, "w", encoding="utf-8") as out:
        for f in sorted((data_dir / "news").glob("*.jsonl")) if include_news else []:
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    if d.get("dup_of_earlier"):
                        continue
                    for k in ("title", "abstract", "text", "content"):
                        t = d.get(k)
                        if not t:
                            continue
                        for para in t.split("\n"):
                            toks = TOKEN_RE.findall(para)
                            if toks:
                                n += len(toks)
                                out.write(" ".join(toks) + "\n")
        for words in extra_sents:
            n += len(words)
            out.write(" ".join(words) + "\n")
    return n


def train_vectors(corpus: Path, out_prefix: Path, p: Dict) -> Path:
    import floret

    model = floret.train_unsupervised(
        str(corpus), model="skipgram", mode="floret", hashCount=2, bucket=p["vectors_bucket"],
        minn=p["vectors_minn"], maxn=p["vectors_maxn"], dim=p["vectors_dim"], epoch=p["vectors_epoch"],
        minCount=2, thread=1, lr=0.05, verbose=0,
    )
    path = out_prefix.with_suffix(".floret")
    model.save_floret_vectors(str(path))
    return path


def make_config(p: Dict, gaz_path: Optional[Path], vectors_dir: Optional[Path],
                names_path: Optional[Path] = None):
    from spacy import util
    from spacy.lang.ar import Arabic  # noqa: F401

    cfg_text = _BASE_CONFIG
    cfg = util.load_config_from_str(cfg_text)
    cfg["system"]["seed"] = p["seed"]
    tr = cfg["training"]
    tr["max_steps"] = p["max_steps"]
    tr["patience"] = p["patience"]
    tr["dropout"] = p["dropout"]
    tr["optimizer"]["use_averages"] = bool(p["use_averages"])
    enc = cfg["components"]["tok2vec"]["model"]["encode"]
    emb = cfg["components"]["tok2vec"]["model"]["embed"]
    enc["width"] = p["width"]
    enc["depth"] = p["depth"]
    enc["window_size"] = p["window_size"]
    emb["width"] = p["width"]
    attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    rows = list(p["rows"][:4])
    if p["use_features"]:
        cfg["nlp"]["pipeline"] = ["rasd_ar_features", "tok2vec", "ner"]
        cfg["components"]["rasd_ar_features"] = {
            "factory": "rasd_ar_features",
            "gazetteer_path": str(gaz_path) if gaz_path else "",
            "use_gazetteer": bool(p["use_gazetteer"]),
            "names_path": str(names_path) if names_path else "",
            "use_names": bool(names_path),
        }
        # run during training too (non-trainable components are skipped otherwise)
        cfg["training"]["annotating_components"] = ["rasd_ar_features"]
        attrs.append("LEMMA")
        rows.append(p["rows"][4])
        if p["use_gazetteer"] or names_path:
            attrs.append("TAG")
            rows.append(200 if names_path else 50)
        if names_path:
            attrs += ["ENT_ID", "ENT_KB_ID"]
            rows += [50, 200]
    emb["attrs"] = attrs
    emb["rows"] = rows
    emb["include_static_vectors"] = bool(vectors_dir)
    if vectors_dir:
        cfg["paths"]["vectors"] = str(vectors_dir)
        cfg["initialize"]["vectors"] = str(vectors_dir)
    cfg["components"]["ner"]["model"]["hidden_width"] = p["hidden_width"]
    return cfg


def train(data_dir: Path, out_dir: Path, work_dir: Optional[Path] = None, vectors_only: bool = False,
          **params) -> Dict:
    """Reproduce the shipped model from ``data_dir`` (../shared/data) into ``out_dir``.
    Keyword parameters override DEFAULTS. Returns a summary dict (dev scores, timings).
    With ``work_dir`` the intermediate files are kept there and floret vectors already
    built there with the same settings are re-used (``vectors_only`` stops after them)."""
    _single_thread()
    p = dict(DEFAULTS)
    unknown = set(params) - set(p)
    if unknown:
        raise TypeError(f"unknown training parameters: {sorted(unknown)}")
    p.update(params)
    data_dir = Path(data_dir).resolve()
    out_dir = Path(out_dir)
    t_start = time.time()
    timings: Dict[str, float] = {}

    import spacy
    from spacy.tokens import Doc, DocBin, Span
    from spacy.training.loop import train as spacy_train
    from spacy.training.initialize import init_nlp

    from . import pipeline  # noqa: F401  registers rasd_ar_features
    from .data import iob_to_spans, read_anercorp, read_aqmar, split_dev
    from .features import build_gazetteer, save_gazetteer

    tmp_ctx = None
    if work_dir is None:
        tmp_ctx = tempfile.TemporaryDirectory(prefix="rasd-ner-")
        work_dir = Path(tmp_ctx.name)
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)

    try:
        # 1. data
        _log(f"reading ANERcorp train from {data_dir / 'anercorp'}")
        train_sents, dev_sents = split_dev(read_anercorp(data_dir, "train"), 0.1)
        if p["full_data"]:
            # the dev slice is trained on too; its scores below are then no longer a measure
            train_sents = train_sents + dev_sents
            p["patience"] = p["max_steps"]
        n_aner = len(train_sents)
        if p["use_aqmar"]:
            train_sents = train_sents + read_aqmar(data_dir)
        if p["augment_names"]:
            from .gazetteer import name_samples, swap_entities

            extra = swap_entities(train_sents[:n_aner], name_samples(use_kb=p["use_kb_names"]), seed=p["seed"])
            train_sents = train_sents + extra
            _log(f"augmentation: {len(extra)} sentences with entities swapped for gazetteer names")
        if p["synthetic"]:
            from .data import read_inline

            folder = SYNTHETIC_DIR if p["synthetic"] == "default" else Path(p["synthetic"])
            if not folder.is_dir():
                from ..errors import RasdError

                raise RasdError("E302", path=folder)
            extra = read_inline(folder)
            train_sents = train_sents + extra
            _log(f"synthetic: {len(extra)} sentences from {folder}")
        _log(f"train {len(train_sents)} sentences ({n_aner} ANERcorp"
             f"{' + AQMAR' if p['use_aqmar'] else ''}), dev {len(dev_sents)} (last 10% of ANERcorp train)")
        blank = spacy.blank("ar")

        def to_docbin(sents, path):
            db = DocBin()
            for words, tags in sents:
                doc = Doc(blank.vocab, words=words)
                doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in iob_to_spans(tags)]
                db.add(doc)
            db.to_disk(path)

        to_docbin(train_sents, work_dir / "train.spacy")
        to_docbin(dev_sents, work_dir / "dev.spacy")

        # 2. gazetteer
        gaz_path = None
        if p["use_features"] and p["use_gazetteer"]:
            gaz = build_gazetteer(data_dir)
            gaz_path = work_dir / "gazetteer.tsv"
            save_gazetteer(gaz, gaz_path)
            _log(f"gazetteer: {len(gaz)} keys from Natural Earth")
        names_path = None
        if p["use_features"] and p["use_names"]:
            from .gazetteer import build_tables

            tables = build_tables(data_dir, use_kb=p["use_kb_names"], use_freq=p["use_freq"],
                                  derive_words=p["derive_name_words"], multi_class=p["multi_class"])
            names_path = work_dir / "names"
            tables.to_disk(names_path)
            _log(f"name tables: {len(tables.phrases)} phrases, {len(tables.words)} name words, "
                 f"{len(tables.freq)} word frequencies")

        # 3. vectors
        vec_dir = None
        # the vectors read the training text: the full-data fit reads the dev slice too
        vec_key = {**{k: p[k] for k in p if k.startswith("vectors_")}, "full_data": p["full_data"]}
        cached = work_dir / "vectors_spacy" / "rasd_vectors.json"
        if p["use_vectors"] and cached.exists() and json.loads(cached.read_text()).get("key") == vec_key:
            vec_dir = work_dir / "vectors_spacy"
            timings["vectors_s"] = json.loads(cached.read_text()).get("seconds", 0.0)
            _log(f"re-using floret vectors from {vec_dir} (built in {timings['vectors_s']:.0f} s)")
        elif p["use_vectors"]:
            t = time.time()
            corpus = work_dir / "vectors_corpus.txt"
            text_sents = [w for w, _ in train_sents[:n_aner]]
            if not p["vectors_news"]:
                text_sents += [w for w, _ in read_aqmar(data_dir)]
            n = news_corpus(data_dir, corpus, extra_sents=text_sents, include_news=p["vectors_news"])
            source = "news + ANERcorp train text" if p["vectors_news"] else "ANERcorp train text + AQMAR text"
            _log(f"training floret vectors on {n:,} tokens ({source}), dim {p['vectors_dim']}, "
                 f"{p['vectors_epoch']} epochs, 1 thread ...")
            fl = train_vectors(corpus, work_dir / "vectors", p)
            vec_dir = work_dir / "vectors_spacy"
            from spacy.training.initialize import convert_vectors

            nlp_v = spacy.blank("ar")
            convert_vectors(nlp_v, fl, truncate=0, prune=-1, mode="floret")
            nlp_v.to_disk(vec_dir)
            timings["vectors_s"] = time.time() - t
            cached.write_text(json.dumps({"key": vec_key, "seconds": timings["vectors_s"]}))
            _log(f"vectors done in {timings['vectors_s']:.0f} s")
        if vectors_only:
            return {"params": p, "timings": timings}

        # 4. spaCy training
        t = time.time()
        cfg = make_config(p, gaz_path, vec_dir, names_path)
        cfg["paths"]["train"] = str(work_dir / "train.spacy")
        cfg["paths"]["dev"] = str(work_dir / "dev.spacy")
        cfg.to_disk(work_dir / "config.cfg")
        _log(f"training spaCy NER (max {p['max_steps']} steps, patience {p['patience']}) ...")
        nlp = init_nlp(cfg, use_gpu=-1)
        train_out = work_dir / "spacy_out"
        train_out.mkdir(parents=True, exist_ok=True)
        spacy_train(nlp, train_out, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
        timings["spacy_train_s"] = time.time() - t
        _log(f"spaCy training done in {timings['spacy_train_s']:.0f} s")

        # 5. install
        best = train_out / ("model-last" if p["full_data"] else "model-best")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(best, out_dir)
        meta = json.loads((best / "meta.json").read_text())
        meta_dev = meta.get("performance", {})
        meta.update({
            "name": "rasd_ner_ar", "version": "0.3.0",
            "description": "Arabic NER (PER, LOC, ORG, MISC) for rasd: floret vectors + hashed word, affix, "
                           "normalised, stem, name-gazetteer, name-word and word-frequency features, "
                           "spaCy transition-based NER",
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": "ANERcorp (CAMeL Lab split)", "author": "Benajiba et al. 2007; Obeid et al. 2020",
                 "license": "CC BY-SA 4.0"},
                {"name": "Natural Earth 5.0.0 populated places / countries", "license": "public domain"},
            ] + ([{"name": "ANT corpus v2.1 and SaudiNewsNet (unlabelled text for the vectors)",
                   "license": "research use"}] if p["vectors_news"] else [])
              + ([{"name": "AQMAR", "license": "CC BY-SA 3.0"}] if p["use_aqmar"] or not p["vectors_news"] else [])
              + ([{"name": "wordfreq 3.1 Arabic frequencies (Robyn Speer)", "license": "CC BY-SA 4.0"},
                  {"name": "rasd name lists and actor knowledge base", "license": "Apache-2.0"}]
                 if p["use_names"] else [])
              + ([{"name": "rasd synthetic training sentences (data/ner_synthetic)", "license": "Apache-2.0"}]
                 if p["synthetic"] else []),
        })
        (out_dir / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))
        timings["total_s"] = time.time() - t_start
        timings["end_to_end_s"] = timings.get("vectors_s", 0.0) + timings["spacy_train_s"]
        summary = {
            "params": p, "timings": timings, "dev": meta_dev, "dev_trained_on": p["full_data"],
            "train_sentences": len(train_sents), "dev_sentences": len(dev_sents),
            "data": "ANERcorp CAMeL Lab train split" + (" + AQMAR" if p["use_aqmar"] else "")
                    + (" + rasd synthetic sentences" if p["synthetic"] else ""),
        }
        (out_dir / "training.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
        _log(f"model written to {out_dir} (total {timings['total_s']:.0f} s); "
             f"dev F1 {meta_dev.get('ents_f', 0) * 100:.1f}")
        return summary
    finally:
        if tmp_ctx is not None:
            tmp_ctx.cleanup()


_BASE_CONFIG = """
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "ar"
pipeline = ["tok2vec","ner"]
batch_size = 1000
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null
tokenizer = {"@tokenizers":"spacy.Tokenizer.v1"}
vectors = {"@vectors":"spacy.Vectors.v1"}

[components]

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,2500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.1
accumulate_gradient = 1
patience = 1600
max_epochs = 0
max_steps = 20000
eval_frequency = 200
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = false
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${paths.vectors}
init_tok2vec = ${paths.init_tok2vec}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train the rasd Arabic NER model (offline, single thread)")
    ap.add_argument("--data", type=Path, default=None, help="shared data directory (default ../shared/data)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "model", help="output model dir")
    ap.add_argument("--work", type=Path, default=None, help="keep intermediate files here")
    ap.add_argument("--aqmar", action="store_true", default=None, help="add AQMAR to the training data")
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--dropout", type=float, default=None)
    ap.add_argument("--width", type=int, default=None, help="tok2vec width")
    ap.add_argument("--hidden-width", type=int, default=None, help="NER hidden width")
    ap.add_argument("--depth", type=int, default=None, help="tok2vec CNN depth")
    ap.add_argument("--synthetic", type=Path, default=None,
                    help="a folder of synthetic sentences marked up inline ([[ORG|...]]) "
                         "(default: the repository's data/ner_synthetic)")
    ap.add_argument("--no-synthetic", action="store_true", help="leave the synthetic sentences out")
    ap.add_argument("--window-size", type=int, default=None, help="tok2vec CNN window (tokens each side)")
    ap.add_argument("--patience", type=int, default=None)
    ap.add_argument("--no-names", action="store_true",
                    help="leave out the phrase gazetteer, name-word and word-frequency features (ablation)")
    ap.add_argument("--augment-names", action="store_true", default=None,
                    help="add a copy of each sentence with entities swapped for gazetteer names")
    ap.add_argument("--select-on-dev", action="store_true",
                    help="train on 90%% of ANERcorp train and keep the best checkpoint on the last 10%% "
                         "(default: fit on all of it for exactly --max-steps steps)")
    ap.add_argument("--no-kb-names", action="store_true", help="(with --names) leave the actor KB out")
    ap.add_argument("--refresh-kb-names", action="store_true",
                    help="first copy the knowledge base's current names into rasd/ner/kb_names.tsv")
    ap.add_argument("--vectors-only", action="store_true", help="stop after building the vectors (needs --work)")
    ap.add_argument("--vectors-news", action="store_true", default=None,
                    help="also train the vectors on ../shared/data/news (research use only: not shippable)")
    a = ap.parse_args(argv)
    kw = {}
    if a.aqmar is not None:
        kw["use_aqmar"] = True
    if a.vectors_news is not None:
        kw["vectors_news"] = True
    if a.no_names:
        kw["use_names"] = False
    if a.augment_names is not None:
        kw["augment_names"] = True
    if a.select_on_dev:
        kw["full_data"] = False
        kw.setdefault("max_steps", 5000)
    if a.synthetic is not None:
        kw["synthetic"] = str(a.synthetic)
    if a.no_synthetic:
        kw["synthetic"] = None
    if a.no_kb_names:
        kw["use_kb_names"] = False
    if a.max_steps is not None:
        kw["max_steps"] = a.max_steps
    for name in ("seed", "dropout", "width", "hidden_width", "depth", "window_size", "patience"):
        if getattr(a, name) is not None:
            kw[name] = getattr(a, name)
    from .data import default_data_dir

    if a.refresh_kb_names:
        from .gazetteer import write_kb_names

        _log(f"kb_names.tsv: {write_kb_names()} names from the knowledge base")
    data = a.data or default_data_dir()
    if not (Path(data) / "anercorp").exists():
        from ..errors import RasdError

        raise RasdError("E302", path=Path(data) / "anercorp")
    summary = train(data, a.out, work_dir=a.work, vectors_only=a.vectors_only, **kw)
    if a.vectors_only:
        return 0
    print(json.dumps({"dev": summary["dev"], "timings": summary["timings"]}, indent=2))
    return 0


def _entry() -> int:
    """``python -m rasd.ner.train``: the one-line errors of ``rasd train ner``, not a traceback."""
    from ..errors import RasdError

    try:
        return main()
    except RasdError as e:
        print(f"rasd.ner.train: error {e.code}: {e.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(_entry())
