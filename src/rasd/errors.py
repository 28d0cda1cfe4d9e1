"""Every user-facing error, in one place, each with a code.

A message says what went wrong, why, and how to fix it, on one line. The CLI
prints ``rasd: error E###: <message>`` and exits non-zero; nothing else ever
reaches the user as a traceback.
"""

from __future__ import annotations


class Errors:
    # input: E1xx
    E101 = "{path}: file is empty; give an article with Arabic text"
    E102 = "{path}: looks binary ({why}), not text; give a .txt, .html, .json or .jsonl file"
    E103 = ("{path}: invalid UTF-8 at byte {offset}; re-encode the file as UTF-8 "
            "(e.g. iconv -f WINDOWS-1256 -t UTF-8)")
    E104 = "{path}: no Arabic text found; rasd reads Arabic news"
    E105 = ("{path}: {size:.1f} MB is larger than the {limit:.1f} MB limit for one article; "
            "split it, or raise the limit with --max-mb")
    E106 = "{path}: line {line}: {why}"
    E107 = "{path}: no such file or folder"
    E108 = "{path}: unsupported file type '{suffix}'; use .txt, .html/.htm, .json or .jsonl"
    E109 = "{path}: JSON record has no text: expected a 'text' or 'content' field holding a string"
    E110 = "{path}: invalid JSON: {why}"
    E111 = "{path}: folder holds no .txt, .html, .json or .jsonl files"
    E112 = "{path}: {count} of {total} records failed (see the messages above)"
    E113 = "--date '{value}' is not a date; use YYYY-MM-DD"
    E114 = "{path}: field '{field}' should be {expected}, got {got}"
    E117 = "nothing to read: give {what}"
    E118 = "{path}: unknown output type; use a .graphml or .png file name"
    E116 = "{path}: no output record with id '{id}' for that gold article; analyse the same article"

    # pipeline: E2xx
    E201 = ("component '{name}' requires {missing}, which no earlier component provides; "
            "put a component that provides it first (have: {have})")
    E202 = "unknown pipeline component '{name}'; known: {known}"

    # models and data: E3xx
    E301 = ("the NER model is missing from {path}; reinstall rasd, or rebuild it with "
            "'rasd train ner'")
    E302 = "{path}: not found; rasd reads its training/evaluation data from ../shared/data (give --data)"

    E303 = "{why} (actor files: see docs/actors.md; check with python -m rasd.kb.validate FILE)"
    E304 = "training needs {package}, which is not installed; install it with: pip install 'rasd[train]'"
    E305 = ("{count} articles of the gold files are not in {path} (e.g. {example}); the gold files "
            "code articles of ../shared/data/news/ant_dev.jsonl by docno")
    E306 = ("{path}: not a gold file: expected a JSON list of articles, each with a 'docno' "
            "(see ../shared/gold/README.md)")
    E307 = ("{path}: cannot write the knowledge-base names snapshot ({why}); run "
            "'rasd train ner --refresh-kb-names' from a writable (editable) checkout")
    E308 = ("too little to learn from: {why}; give more hand-coded gold files (--gold), or fewer "
            "cross-validation folds (--folds, at least 2)")
    E309 = "{path}: cannot write the model there ({why}); give --out a file in an existing, writable folder"
    E310 = "--bar {bar}: cross-validation gives no figures for it; give one of {bars}"

    # corpus tools: E4xx
    E401 = "{path}: no records with text to compare"

    # store, ingest, query, export: E5xx
    E501 = "{path}: cannot open the store: {why}; give --db a file name in an existing, writable folder"
    E502 = ("{path}: not a rasd store ({why}); give a file made by 'rasd ingest', "
            "or a new file name to create one")
    E503 = ("{path}: the store was written by a newer rasd (unknown migrations: {names}); "
            "upgrade rasd to read it")
    E504 = "{path}: no such store; create it first with 'rasd ingest PATH --db {path}'"
    E505 = "{what} needs the Python package {package}, which is not installed; pip install \"{install}\""
    E506 = "{count} of {total} articles failed (see the messages above); the others are stored in {db}"
    E507 = "--scheduler {address}: cannot use the Dask scheduler: {why}; check the address, or leave it out"
    E508 = "no event '{event}' in the store; give an id or DOC#EVENT reference from 'rasd query events'"
    E509 = "{path}: cannot write: {why}"
    E510 = "{path}: analysis failed ({why}); the article was skipped, the run went on"
    E511 = "{path}: could not store the article ({why}); nothing of it was written"
    E512 = "{url}: cannot connect to PostgreSQL: {why}"
    E513 = "--{option} '{value}' is not a date; use YYYY-MM-DD"

    # web application: E6xx
    E601 = ("the request body is larger than the {limit_mb:g} MB limit; send a shorter article "
            "(split it), or start the server with a larger --max-mb")
    E602 = ("the analysis took longer than {seconds:g} s and was abandoned; send a shorter article, "
            "or start the server with a larger --timeout")
    E603 = "no actor '{actor}' in the store; list the stored actors with GET /api/actors"
    E604 = "'{value}' is not a date for {field}; use YYYY-MM-DD"
    E605 = "no article '{doc}' in the store; give a document id from GET /api/events"
    E606 = "the server is busy analysing other articles; try again in a moment"
    E607 = "'{value}' is not a confidence for min_confidence; give a number from 0 to 1 (0.6 keeps the surer events)"


class RasdError(Exception):
    """An error the user can act on. ``code`` is the key in :class:`Errors`."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        template = getattr(Errors, code)
        self.message = template.format(**fields)
        super().__init__(f"{code}: {self.message}")


class InputError(RasdError):
    """Bad input: the one-line message names the file and the problem."""
