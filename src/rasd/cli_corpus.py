"""Corpus commands (ingest, query, export), registered on the main ``rasd`` group."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add the corpus commands to ``main``."""
