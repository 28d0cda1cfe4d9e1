"""``rasd serve``: the web application over a store. Register it on the main group with
``register(main)``; everything heavy is imported only when the command runs."""

from __future__ import annotations

import sys

import click

from ..errors import RasdError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _fail(err: RasdError) -> None:
    click.echo(f"rasd: error {err.code}: {err.message}", err=True)
    sys.exit(2)


def serve_command() -> click.Command:
    @click.command("serve")
    @click.option("--db", required=True, metavar="FILE", help="The store to show (made by 'rasd ingest').")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Address to listen on. Keep the loopback default unless you put a proxy with "
                       "authentication in front: the application has no login.")
    @click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
    @click.option("--max-mb", default=2.0, show_default=True, type=click.FloatRange(0.01, 100.0),
                  help="Largest request body (an article to analyse), in MB; larger ones get 413.")
    @click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(1.0, 3600.0),
                  help="Seconds an analysis may take before the request gets 504.")
    @click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 16),
                  help="Analyses run at the same time.")
    def serve(db: str, host: str, port: int, max_mb: float, timeout: float, workers: int) -> None:
        """Serve the web application: article, corpus, network and actor pages, and
        the JSON API (OpenAPI at /openapi.json, listed at /docs)."""
        try:
            try:
                import uvicorn

                from .app import create_app
            except ImportError as e:
                raise RasdError("E505", what="rasd serve", package=e.name or "fastapi",
                                install="rasd[web]") from None
            hosts = sorted(LOOPBACK | {host}) if host in LOOPBACK else None
            app = create_app(db, max_mb=max_mb, timeout=timeout, workers=workers, allowed_hosts=hosts,
                             warm=True)
        except RasdError as err:
            _fail(err)
            return
        click.echo(f"rasd: serving {db} on http://{host}:{port}/ (API: /docs, /openapi.json); Ctrl-C stops",
                   err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)

    return serve


def register(main: click.Group) -> None:
    """Add ``rasd serve`` to the ``rasd`` command group."""
    main.add_command(serve_command())
