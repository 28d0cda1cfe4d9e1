"""The Python API; the CLI is a thin shell over it.

    >>> import rasd.api as rasd
    >>> doc = rasd.analyze("كشفت مصادر مصرية ...", date="2019-12-05")
    >>> rasd.to_dict(doc)["sentences"]
"""

from __future__ import annotations

from functools import lru_cache

from .document import Document
from .io.readers import Record, check_text
from .output import to_dict, validate  # noqa: F401  (re-exported)
from .pipeline import DEFAULT, Pipeline  # noqa: F401  (DEFAULT re-exported)


@lru_cache(maxsize=4)
def load(names: tuple[str, ...] = DEFAULT, actors: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline with the named components (cached: models load once).
    ``actors``: extra actor files (YAML or JSON) added to the knowledge base."""
    return Pipeline.from_names(names, actors=actors)


def analyze(text: str, *, date: str | None = None, id: str = "", meta: dict[str, str] | None = None,
            pipeline: Pipeline | None = None) -> Document:
    """Analyse one article's text."""
    check_text(text, id or "<text>")
    doc = Document(text=text, id=id, date=date, meta=dict(meta or {}))
    return (pipeline or load())(doc)


def analyze_record(record: Record, *, date: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Analyse a record from a reader; ``date`` (from --date) overrides the record's own."""
    doc = Document(text=record.text, id=record.id, date=date or record.date, meta=record.meta)
    return (pipeline or load())(doc)
