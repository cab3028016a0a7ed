"""The HTTP API and web explorer: ``killdeer serve --db events.duckdb``.

This module stays light (the CLI imports it on every start): FastAPI and uvicorn are imported
only when the app is built. The app itself lives in :mod:`killdeer.web.app`.

    >>> from killdeer.api import create_app, Settings
    >>> app = create_app("events.duckdb", settings=Settings(cors_origins=("http://localhost:3000",)))
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from killdeer.web.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from fastapi import FastAPI

    from killdeer.pipeline import Coder

__all__ = ["Settings", "create_app", "register"]

_D = Settings()  # defaults shown by --help


def create_app(db_path: str | Path, *, coder: Coder | None = None, settings: Settings | None = None) -> FastAPI:
    """The FastAPI app serving the store at ``db_path`` (opened read-only) and the explorer page."""
    from killdeer.web.app import create_app as _create

    return _create(db_path, coder=coder, settings=settings)


def serve(
    db: Annotated[Path, typer.Option("--db", help="DuckDB event store (opened read-only)")],
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    cors: Annotated[list[str] | None, typer.Option("--cors", help="Allowed CORS origin; repeatable (none by default)")] = None,
    max_text: Annotated[int, typer.Option(help="Longest text POST /code accepts (characters)")] = _D.max_text_chars,
    max_body: Annotated[int, typer.Option(help="Largest request body (bytes)")] = _D.max_body_bytes,
    page_size: Annotated[int, typer.Option(help="Largest page of GET /events")] = _D.page_size_max,
    warm: Annotated[bool, typer.Option(help="Load the spaCy model at start-up instead of on the first POST /code")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the web explorer (at /) on one port."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - the [api] extra is missing
        typer.echo("error: killdeer serve needs the api extra: pip install 'killdeer[api]'", err=True)
        raise typer.Exit(2) from None
    from killdeer.errors import StoreError

    settings = Settings(
        max_text_chars=max_text,
        max_body_bytes=max_body,
        page_size_max=page_size,
        cors_origins=tuple(cors or ()),
        warm=warm,
    )
    try:
        application = create_app(db, settings=settings)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"killdeer explorer on http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="info", server_header=False)


def register(app: Any) -> None:
    """Add ``killdeer serve`` to the main typer app."""
    app.command("serve")(serve)
