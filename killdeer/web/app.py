"""The FastAPI app: the HTTP API over one event store, ``POST /code``, and the explorer page.

The store is opened read-only (DuckDB allows many readers or one writer per file), so the
server never changes it; ``POST /code`` codes a text and returns its events without storing
them. Every query binds its values as SQL parameters. Errors come back as
``{"detail": ...}`` JSON with no stack trace.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from killdeer.config import coder_version
from killdeer.errors import InputError, KilldeerError, StoreError
from killdeer.ontology import load_ontology
from killdeer.store import Store, content_hash, date_bounds
from killdeer.web.settings import Settings

log = logging.getLogger("killdeer.web")

STATIC_DIR = Path(str(resources.files("killdeer").joinpath("web/static")))
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CATEGORY_RE = re.compile(r"^[A-Za-z_]{2,20}$")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    ),
]


# ---------------------------------------------------------------------------------- models
class CodeRequest(BaseModel):
    """An article to code: its text and publication date."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text")
    date: str = Field(description="Publication date, YYYY-MM-DD", examples=["2024-01-25"])
    id: str | None = Field(default=None, max_length=200, description="Document id (default 'doc')")


class CodeResponse(BaseModel):
    doc_id: str
    pub_date: str
    n_events: int
    events: list[dict[str, Any]] = Field(description="Event records, as `killdeer code` prints them")


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[dict[str, Any]]


class _TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit:,} bytes")


# ---------------------------------------------------------------------------------- middleware
class BodyLimitMiddleware:
    """413 for bodies over ``max_bytes``: by Content-Length before reading, else while streaming."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                await JSONResponse({"detail": "bad Content-Length"}, status_code=400)(scope, receive, send)
                return
            if too_big:
                response = JSONResponse({"detail": f"request body larger than {self.max_bytes:,} bytes"}, 413)
                await response(scope, receive, send)
                return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        await self.app(scope, limited, send)


class CatchAllMiddleware:
    """Any unexpected exception: logged, answered ``500 {"detail": "internal server error"}``.

    Unlike an exception handler for ``Exception`` (which Starlette re-raises after answering, so
    the server drops the connection), the error stops here and keep-alive connections survive.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            log.error("unhandled error on %s: %s: %s", scope.get("path"), type(exc).__name__, exc, exc_info=exc)
            if started:
                raise
            await JSONResponse({"detail": "internal server error"}, status_code=500)(scope, receive, send)


class SecurityHeadersMiddleware:
    """nosniff, no framing, and a same-origin-only Content-Security-Policy on every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in _SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


# ---------------------------------------------------------------------------------- state
class _Serialized:
    """A :class:`Store` whose every method call holds one lock.

    The server answers from a thread pool, and not every ``Store`` method takes the store's own
    lock before touching the connection (``Store.sql`` parses the statement outside it), which
    makes DuckDB refuse a concurrent call ("connection is busy"). Queries here are short.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attr(*args, **kwargs)

        return call


class _State:
    """What the routes share: the store, the (lazy) coder and a small document-text cache."""

    def __init__(self, db_path: Path, coder: Any, settings: Settings) -> None:
        self.db_path = db_path
        self.settings = settings
        self._coder = coder
        self._coder_lock = threading.Lock()
        self._code_lock = threading.Lock()  # spaCy pipelines are not made for concurrent calls
        self.store = _Serialized(Store.open(db_path, read_only=True))
        self._texts: OrderedDict[tuple[str, str], str | None] = OrderedDict()
        self._texts_lock = threading.Lock()

    @property
    def coder(self) -> Any:
        with self._coder_lock:
            if self._coder is None:
                from killdeer.pipeline import Coder

                self._coder = Coder()
            return self._coder

    def code(self, text: str, date: str, doc_id: str) -> list[Any]:
        coder = self.coder
        with self._code_lock:
            return coder.code(text, date=date, doc_id=doc_id)

    def warm(self) -> None:
        try:
            self.code("Ecuador thanked Peru.", "2024-01-01", "warm-up")
        except Exception:  # noqa: BLE001 - warming is best effort; POST /code reports real errors
            log.exception("warming the coder failed")

    # -- document text ---------------------------------------------------------------------
    def document_text(self, doc: dict[str, Any]) -> tuple[str | None, str | None]:
        """The article text and where it came from (``store`` or ``origin``), else ``(None, None)``."""
        if doc.get("text"):
            return doc["text"], "store"
        if not self.settings.read_origin_files or not doc.get("origin") or not doc.get("content_hash"):
            return None, None
        key = (doc["doc_id"], doc["content_hash"])
        with self._texts_lock:
            if key in self._texts:
                self._texts.move_to_end(key)
                text = self._texts[key]
                return (text, "origin") if text is not None else (None, None)
        text = _text_from_origin(doc, [Path.cwd(), self.db_path.parent])
        with self._texts_lock:
            self._texts[key] = text
            while len(self._texts) > 256:
                self._texts.popitem(last=False)
        return (text, "origin") if text is not None else (None, None)


def _text_from_origin(doc: dict[str, Any], bases: list[Path]) -> str | None:
    """Re-read a document from the ``path:line`` it was read from; only if its content hash matches."""
    from killdeer.read import make_document, read_text_file
    from killdeer.types import Document

    origin = str(doc["origin"])
    path_s, _, line_s = origin.rpartition(":")
    if not path_s or not line_s.isdigit():
        return None
    line = int(line_s)
    raw = Path(path_s)
    candidates = [raw] if raw.is_absolute() else [b / raw for b in bases]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        return None
    pub = doc.get("pub_date")
    pub = pub if isinstance(pub, dt.date) else None

    def fail(_err: InputError) -> None:
        return None

    found: Document | None = None
    try:
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".json"):
            with path.open("rb") as fh:
                for i, raw_line in enumerate(fh, start=1):
                    if i == line:
                        row = json.loads(raw_line.decode("utf-8"))
                        if isinstance(row, dict):
                            found = make_document(row, origin, doc["doc_id"], pub)
                        break
        elif suffix in (".csv", ".tsv", ".parquet"):
            return None  # rows there are not cheaply addressable by line
        elif line == 1:
            found = next(iter(read_text_file(path, pub, fail)), None)
    except (OSError, ValueError, InputError):
        return None
    if found is None or content_hash(found) != doc["content_hash"]:
        return None
    return found.text


def _row_to_event(row: dict[str, Any]) -> dict[str, Any]:
    # The store's own row → record conversion (see the report: a public Store.event(id) would do).
    from killdeer.store import _row_to_event as convert

    return convert(row)


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _where(store: Any, f: dict[str, Any]) -> tuple[str, list[Any]]:
    # The store's filter builder, so /events, /map and /network filter exactly alike.
    return store._where(**f)  # noqa: SLF001 - see the report: asked to be made public


def _and(where: str, condition: str) -> str:
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


def _find_date_span(text: str, date_text: str, lo: int, hi: int, near: int) -> tuple[int, int] | None:
    """Where ``date_text`` occurs in ``text[lo:hi]`` nearest to ``near`` (case-insensitive)."""
    if not date_text:
        return None
    hay = text[lo:hi].lower()
    needle = date_text.lower()
    best: tuple[int, int] | None = None
    start = hay.find(needle)
    while start >= 0:
        s = lo + start
        if best is None or abs(s - near) < abs(best[0] - near):
            best = (s, s + len(date_text))
        start = hay.find(needle, start + 1)
    return best


def event_spans(event: dict[str, Any], text: str | None) -> list[dict[str, Any]]:
    """The evidence spans of an event: actors, recipients, trigger, place and date (character offsets).

    ``matches`` says whether the document text at those offsets equals the span's words (None when
    the text is not known). The date span is found by searching its words in the sentence, since
    the record keeps the date's words but not its offsets (``derived``: true).
    """
    spans: list[dict[str, Any]] = []
    for role in ("actor", "recipient"):
        for i, ent in enumerate(event.get(role) or []):
            if ent.get("start") is None or ent.get("end") is None:
                continue
            label = ent.get("name") or ent.get("text")
            if ent.get("country"):
                label = f"{label} ({ent['country']}{'/' + ent['sector'] if ent.get('sector') else ''})"
            spans.append({"role": role, "index": i, "start": ent["start"], "end": ent["end"],
                          "text": ent.get("text"), "label": label})
    if event.get("event_start") is not None:
        spans.append({"role": "trigger", "index": 0, "start": event["event_start"], "end": event["event_end"],
                      "text": event.get("event_text"), "label": event.get("event")})
    loc = event.get("event_loc") or {}
    if loc.get("start") is not None and loc.get("end") is not None:
        spans.append({"role": "place", "index": 0, "start": loc["start"], "end": loc["end"],
                      "text": loc.get("text"), "label": f"{loc.get('name')} ({loc.get('country')})"})
    if event.get("date_text"):
        s0, s1 = event.get("sentence_start") or 0, event.get("sentence_end") or 0
        sentence = event.get("sentence") or ""
        found = None
        if event.get("date_text_start") is not None:  # the coder's own offsets
            found = (event["date_text_start"], event["date_text_end"])
        elif text is not None:
            found = _find_date_span(text, event["date_text"], s0, s1, event.get("event_start") or s0)
            if found is None:
                found = _find_date_span(text, event["date_text"], 0, len(text), event.get("event_start") or s0)
        elif sentence:
            rel = _find_date_span(sentence, event["date_text"], 0, len(sentence), (event.get("event_start") or s0) - s0)
            found = (rel[0] + s0, rel[1] + s0) if rel else None
        if found:
            spans.append({"role": "date", "index": 0, "start": found[0], "end": found[1],
                          "text": (text[found[0]:found[1]] if text is not None else event["date_text"]),
                          "label": f"{event.get('date')} ({event.get('date_precision')})",
                          "derived": event.get("date_text_start") is None})
    for sp in spans:
        sp["matches"] = None if text is None else text[sp["start"]:sp["end"]] == sp["text"]
    return spans


# ---------------------------------------------------------------------------------- filters
def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE_RE.match(value) or date_bounds(value)[0] is None:
        raise HTTPException(422, detail=f"{name}: bad date {value!r}, expected YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def common_filters(
    category: Annotated[list[str] | None, Query(description="PLOVER category (repeatable), e.g. REJECT")] = None,
    quad: Annotated[list[int] | None, Query(description="Quad code 1-4 (repeatable)")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Earliest event date (YYYY[-MM[-DD]])")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest event date (YYYY[-MM[-DD]])")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Place country code or name")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search in the sentence and trigger")] = None,
) -> dict[str, Any]:
    """The filters every query shares (/events, /map/points, /network and the dyad series)."""
    cats = None
    if category:
        known = set(load_ontology().categories)
        cats = []
        for c in category:
            for part in c.split(","):
                part = part.strip().upper()
                if not part:
                    continue
                if not _CATEGORY_RE.match(part) or part not in known:
                    raise HTTPException(422, detail=f"unknown PLOVER category {part!r}; one of {sorted(known)}")
                cats.append(part)
        cats = cats or None
    if quad:
        bad = [x for x in quad if x not in (1, 2, 3, 4)]
        if bad:
            raise HTTPException(422, detail=f"quad must be 1, 2, 3 or 4, not {bad[0]}")
    return {
        "category": cats,
        "quad": list(quad) if quad else None,
        "date_from": _check_date("from", date_from),
        "date_to": _check_date("to", date_to),
        "place": (place or "").strip() or None,
        "text": (q or "").strip() or None,
    }


CommonFilters = Annotated[dict[str, Any], Depends(common_filters)]


def event_filters(
    common: CommonFilters,
    actor: Annotated[str | None, Query(max_length=200, description="Actor country code (ISO alpha-3) or name")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="Recipient country code or name")] = None,
) -> dict[str, Any]:
    """The common filters plus actor and recipient."""
    return {"actor": (actor or "").strip() or None, "recipient": (recipient or "").strip() or None, **common}


Filters = Annotated[dict[str, Any], Depends(event_filters)]


# ---------------------------------------------------------------------------------- app
def create_app(db_path: str | Path, *, coder: Any = None, settings: Settings | None = None) -> FastAPI:
    """Build the app for the store at ``db_path`` (see :func:`killdeer.api.create_app`)."""
    settings = settings or Settings()
    db_path = Path(db_path)
    if not db_path.exists():
        raise StoreError(f"no event store at {db_path} (create one with: killdeer code ... --db {db_path})")
    state = _State(db_path, coder, settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        if settings.warm:
            threading.Thread(target=state.warm, name="killdeer-warm", daemon=True).start()
        yield
        state.store.close()

    app = FastAPI(
        title="killdeer",
        version=coder_version(),
        summary="PLOVER political events coded from news, with the evidence for every field.",
        description=(
            "Query a killdeer event store and code new articles. Event records are those of "
            "`killdeer code` (see the README's output record). The explorer page is at `/`."
        ),
        docs_url=None,  # the default docs pages load their scripts from a CDN; /docs below is offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.killdeer = state
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)

    # -- errors: JSON, never a traceback --------------------------------------------------
    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.warning("store error: %s", exc)
        return JSONResponse({"detail": "the query could not be run on the event store"}, status_code=400)

    @app.exception_handler(KilldeerError)
    async def _killdeer_error(_request: Request, exc: KilldeerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"), "type": e.get("type", "value_error")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": errors}, status_code=422)

    # -- API --------------------------------------------------------------------------------
    @app.get("/health", tags=["meta"], summary="Liveness and store size")
    def health() -> dict[str, Any]:
        n = state.store.sql(
            "SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM documents) AS documents"
        )[0]
        return {"status": "ok", "version": coder_version(), "db": db_path.name,
                "events": int(n["events"]), "documents": int(n["documents"])}

    @app.get("/meta", tags=["meta"], summary="PLOVER categories, quads and limits (for clients)")
    def meta() -> dict[str, Any]:
        onto = load_ontology()
        return {
            "categories": [{"code": c, "quad_code": int(v["quad_code"]), "score": v.get("score")}
                           for c, v in onto.categories.items()],
            "quads": {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"},
            "limits": {"max_text_chars": settings.max_text_chars, "max_body_bytes": settings.max_body_bytes,
                       "page_size_max": settings.page_size_max},
        }

    @app.post("/code", tags=["coding"], response_model=CodeResponse, summary="Code an article",
              responses={413: {"description": "text or body too large"}, 422: {"description": "bad date or body"}})
    def code(body: CodeRequest) -> dict[str, Any]:
        """Code one article published on ``date``; returns the events as ``killdeer code`` prints them (not stored)."""
        if len(body.text) > settings.max_text_chars:
            raise HTTPException(413, detail=f"text is {len(body.text):,} characters; the limit is {settings.max_text_chars:,}")
        if not body.text.strip():
            raise HTTPException(422, detail="text is empty")
        from killdeer.read import parse_date

        try:
            pub = parse_date(body.date)
        except ValueError as exc:
            raise HTTPException(422, detail=f"date: {exc}") from None
        doc_id = body.id or "doc"
        try:
            events = state.code(body.text, pub.isoformat(), doc_id)
        except InputError as exc:
            raise HTTPException(422, detail=str(exc)) from None
        return {"doc_id": doc_id, "pub_date": pub.isoformat(), "n_events": len(events),
                "events": [e.to_dict() for e in events]}

    @app.get("/events", tags=["events"], response_model=EventPage, summary="Search stored events")
    def events(
        f: Filters,
        limit: Annotated[int | None, Query(ge=1, description="Page size (capped by the server's page size)")] = None,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Events matching every given filter, oldest first, one page at a time."""
        size = min(limit or settings.page_size_default, settings.page_size_max)
        rows = state.store.events(**f, limit=size, offset=offset)
        return {"total": state.store.count(**f), "limit": size, "offset": offset, "events": rows}

    @app.get("/events/{event_id}", tags=["events"], summary="One event with its article and evidence spans")
    def event(event_id: Annotated[str, PathParam(max_length=100)]) -> dict[str, Any]:
        rows = state.store.sql("SELECT * FROM events WHERE id = ? LIMIT 1", [event_id])
        if not rows:
            raise HTTPException(404, detail=f"no event {event_id!r}")
        record = _row_to_event(rows[0])
        docs = state.store.sql("SELECT * FROM documents WHERE doc_id = ?", [record["doc_id"]])
        doc = docs[0] if docs else {"doc_id": record["doc_id"]}
        text, source = state.document_text(doc)
        siblings = state.store.sql(
            """SELECT id, event, event_text, event_start, event_end, sentence, sentence_start, sentence_end,
                      actor_name, actor_country, recipient_name, recipient_country, quad_code
               FROM events WHERE doc_id = ? ORDER BY seq""",
            [record["doc_id"]],
        )
        if text is not None:
            passages = [{"start": 0, "end": len(text), "text": text}]
        else:  # the coded sentences only, at their offsets
            seen: dict[int, dict[str, Any]] = {}
            for s in siblings:
                seen.setdefault(s["sentence_start"], {"start": s["sentence_start"], "end": s["sentence_end"],
                                                      "text": s["sentence"]})
            passages = [seen[k] for k in sorted(seen)]
        return {
            "event": record,
            "spans": event_spans(record, text),
            "document": {
                "doc_id": record["doc_id"],
                "pub_date": _iso(doc.get("pub_date")),
                "url": doc.get("url"),
                "title": doc.get("title"),
                "source": doc.get("source"),
                "text": text,
                "text_source": source,
                "passages": passages,
                "events": [{k: s[k] for k in ("id", "event", "event_text", "event_start", "event_end",
                                              "actor_name", "actor_country", "recipient_name",
                                              "recipient_country", "quad_code")} for s in siblings],
            },
        }

    @app.get("/dyads/{a}/{b}/series", tags=["analysis"], summary="A dyad's events and summed score per period")
    def dyad_series(
        a: Annotated[str, PathParam(max_length=200, description="Actor: country code or name")],
        b: Annotated[str, PathParam(max_length=200, description="Recipient: country code or name")],
        f: CommonFilters,
        by: Literal["day", "week", "month", "year"] = "week",
        both: Annotated[bool, Query(description="Count both directions (a→b and b→a)")] = False,
    ) -> dict[str, Any]:
        """Per period: quad counts, events and ``event_scale`` (summed PLOVER scores: cooperation > 0 > conflict)."""
        rows = state.store.dyad(a, b, by=by, directed=not both, **f)
        series = [{k: (_iso(v) if k == "period" else (float(v) if k == "event_scale" else int(v)))
                   for k, v in r.items()} for r in rows]
        return {"a": a, "b": b, "by": by, "directed": not both, "series": series}

    @app.get("/actors/top", tags=["analysis"], summary="The most frequent actors or recipients")
    def actors_top(
        country: Annotated[str | None, Query(max_length=10)] = None,
        role: Literal["actor", "recipient"] = "actor",
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
    ) -> dict[str, Any]:
        rows = state.store.top_actors(country=country or None, limit=limit, role=role)
        return {"role": role, "actors": [{k: _iso(v) for k, v in r.items()} for r in rows]}

    @app.get("/map/points", tags=["analysis"], summary="Event places with counts (for the map)")
    def map_points(f: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
        where, params = _where(state.store, f)
        where = _and(where, "e.loc_lat IS NOT NULL AND e.loc_lon IS NOT NULL")
        rows = state.store.sql(
            f"""SELECT e.loc_name AS name, e.loc_country AS country, any_value(e.loc_precision) AS precision,
                       round(e.loc_lat, 4) AS lat, round(e.loc_lon, 4) AS lon, count(*) AS events,
                       coalesce(sum(e.event_scale), 0) AS score,
                       count(*) FILTER (WHERE e.quad_code IN (1, 2)) AS cooperation,
                       count(*) FILTER (WHERE e.quad_code IN (3, 4)) AS conflict
                FROM events e{where}
                GROUP BY e.loc_name, e.loc_country, round(e.loc_lat, 4), round(e.loc_lon, 4)
                ORDER BY events DESC, name LIMIT ?""",
            [*params, limit],
        )
        return {"points": [{k: (float(v) if k == "score" else v) for k, v in r.items()} for r in rows]}

    @app.get("/network", tags=["analysis"], summary="Who acts on whom: weighted actor → recipient edges")
    def network(
        f: Filters,
        by: Literal["country", "name"] = "country",
        limit: Annotated[int, Query(ge=1, le=1000)] = 60,
    ) -> dict[str, Any]:
        key = "a.country" if by == "country" else "coalesce(a.name, a.text)"
        rkey = "r.country" if by == "country" else "coalesce(r.name, r.text)"
        where, params = _where(state.store, f)
        where = _and(where, f"{key} IS NOT NULL AND {rkey} IS NOT NULL AND {key} <> {rkey}")
        rows = state.store.sql(
            f"""SELECT {key} AS source, {rkey} AS target, count(DISTINCT e.id) AS events,
                       coalesce(sum(e.event_scale), 0) AS score
                FROM events e
                JOIN entities a ON a.event_id = e.id AND a.role = 'actor'
                JOIN entities r ON r.event_id = e.id AND r.role = 'recipient'
                {where}
                GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""",
            [*params, limit],
        )
        edges = [{"source": r["source"], "target": r["target"], "events": int(r["events"]),
                  "score": float(r["score"])} for r in rows]
        weight: dict[str, int] = {}
        for e in edges:
            for n in (e["source"], e["target"]):
                weight[n] = weight.get(n, 0) + e["events"]
        nodes = [{"id": n, "events": w} for n, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"by": by, "nodes": nodes, "edges": edges}

    # -- offline API docs and the explorer ---------------------------------------------------
    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "docs.html", media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
