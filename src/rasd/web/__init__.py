"""rasd's web application (``rasd serve``): a JSON API and pages for an article, the
corpus, the actor network and an actor. Needs the ``web`` extra (fastapi, uvicorn, jinja2).

    from rasd.web import create_app
    app = create_app("news.db")          # then: uvicorn.run(app, host="127.0.0.1")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_path: str | Path, **options: Any) -> FastAPI:
    """The application over the store at ``db_path`` (see :func:`rasd.web.app.create_app`)."""
    from .app import create_app as _create_app

    return _create_app(db_path, **options)


__all__ = ["create_app"]
