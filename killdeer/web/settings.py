"""Limits and options of the web app (no web dependencies here: the CLI imports it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings of :func:`killdeer.api.create_app`.

    max_body_bytes: requests with a larger body get 413 before they are parsed.
    max_text_chars: ``POST /code`` texts longer than this get 413.
    cors_origins: origins allowed to call the API from a browser (none: same origin only).
    page_size_max: the largest ``limit`` of ``GET /events`` (larger values are capped).
    page_size_default: ``limit`` when none is given.
    read_origin_files: ``GET /events/{id}`` may re-read a document's source file (the store keeps
        no article text) when its path and line are recorded and its content hash still matches.
    warm: load the spaCy model when the app starts rather than on the first ``POST /code``.
    """

    max_body_bytes: int = 1_000_000
    max_text_chars: int = 100_000
    cors_origins: tuple[str, ...] = ()
    page_size_max: int = 500
    page_size_default: int = 50
    read_origin_files: bool = True
    warm: bool = False
