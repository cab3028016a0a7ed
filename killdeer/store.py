"""The event store: one DuckDB file holding documents, events, their entities and dedup clusters.

    >>> with Store.open("events.duckdb") as store:
    ...     if store.needs_coding(doc.id, content_hash(doc), version):
    ...         store.write(doc, coder.code(doc.text, date=doc.date), coder_version=version)
    ...     store.events(actor="ECU", quad=3, limit=20)

A :class:`Store` owns its connection and is the only writer (DuckDB allows one writing
process per file). Each write replaces a document's previous rows in one transaction, so
re-running is idempotent and an interrupted run leaves every document either old or new.
All filter values are bound as SQL parameters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb
import pyarrow as pa

from killdeer.errors import StoreError
from killdeer.types import Document, Event

Period = Literal["day", "week", "month", "year"]
SCHEMA_VERSION = 1

_ENTITY_STRUCT = pa.struct(
    [
        ("text", pa.string()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("sectors", pa.list_(pa.string())),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("resolved_by", pa.string()),
        ("wikidata", pa.string()),
    ]
)
_ENTITY_SQL = (
    'STRUCT(text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, sectors VARCHAR[], '
    'start INTEGER, "end" INTEGER, resolved_by VARCHAR, wikidata VARCHAR)[]'
)

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("coder_version", pa.string()),
        ("pub_date", pa.date32()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("origin", pa.string()),
        ("coded_at", pa.timestamp("us")),
        ("n_events", pa.int32()),
        ("text", pa.string()),
    ]
)

EVENTS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("seq", pa.int32()),
        ("pub_date", pa.date32()),
        ("date", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("date_text_start", pa.int32()),
        ("date_text_end", pa.int32()),
        ("event", pa.string()),
        ("mode", pa.list_(pa.string())),
        ("context", pa.list_(pa.string())),
        ("actor", pa.list_(_ENTITY_STRUCT)),
        ("recipient", pa.list_(_ENTITY_STRUCT)),
        ("actor_name", pa.string()),
        ("actor_country", pa.string()),
        ("actor_sector", pa.string()),
        ("recipient_name", pa.string()),
        ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("event_text", pa.string()),
        ("event_start", pa.int32()),
        ("event_end", pa.int32()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("sentence_index", pa.int32()),
        ("loc_name", pa.string()),
        ("loc_country", pa.string()),
        ("loc_admin1", pa.string()),
        ("loc_lat", pa.float64()),
        ("loc_lon", pa.float64()),
        ("loc_geonameid", pa.int64()),
        ("loc_precision", pa.string()),
        ("loc_text", pa.string()),
        ("loc_start", pa.int32()),
        ("loc_end", pa.int32()),
        ("loc_resolved_by", pa.string()),
        ("quad_code", pa.int8()),
        ("event_scale", pa.float64()),
        ("confidence", pa.float64()),
        ("historical", pa.bool_()),
        ("why", pa.string()),
        ("coder", pa.string()),
        ("coder_version", pa.string()),
    ]
)

ENTITIES_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("role", pa.string()),
        ("idx", pa.int16()),
        ("text", pa.string()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("resolved_by", pa.string()),
    ]
)

CLUSTERS_SCHEMA = pa.schema(
    [
        ("cluster_id", pa.string()),
        ("event", pa.string()),
        ("actor_country", pa.string()),
        ("recipient_country", pa.string()),
        ("date_first", pa.date32()),
        ("date_last", pa.date32()),
        ("first_report", pa.date32()),
        ("last_report", pa.date32()),
        ("mentions", pa.int32()),
        ("sources", pa.int32()),
        ("articles", pa.int32()),
        ("representative", pa.string()),
    ]
)

MEMBERS_SCHEMA = pa.schema([("cluster_id", pa.string()), ("event_id", pa.string()), ("doc_id", pa.string())])

_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS documents (doc_id VARCHAR NOT NULL, content_hash VARCHAR,
        coder_version VARCHAR, pub_date DATE, url VARCHAR, title VARCHAR, source VARCHAR,
        origin VARCHAR, coded_at TIMESTAMP, n_events INTEGER, text VARCHAR)""",
    f"""CREATE TABLE IF NOT EXISTS events (id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, seq INTEGER,
        pub_date DATE, date VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR,
        date_text VARCHAR, date_text_start INTEGER, date_text_end INTEGER, event VARCHAR, mode VARCHAR[],
        context VARCHAR[],
        actor {_ENTITY_SQL}, recipient {_ENTITY_SQL},
        actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
        recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR,
        event_text VARCHAR, event_start INTEGER, event_end INTEGER, sentence VARCHAR,
        sentence_start INTEGER, sentence_end INTEGER, sentence_index INTEGER,
        loc_name VARCHAR, loc_country VARCHAR, loc_admin1 VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE,
        loc_geonameid BIGINT, loc_precision VARCHAR, loc_text VARCHAR, loc_start INTEGER,
        loc_end INTEGER, loc_resolved_by VARCHAR, quad_code TINYINT, event_scale DOUBLE,
        confidence DOUBLE, historical BOOLEAN, why VARCHAR, coder VARCHAR, coder_version VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS entities (event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
        role VARCHAR, idx SMALLINT, text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,
        start INTEGER, "end" INTEGER, resolved_by VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS clusters (cluster_id VARCHAR NOT NULL, event VARCHAR,
        actor_country VARCHAR, recipient_country VARCHAR, date_first DATE, date_last DATE,
        first_report DATE, last_report DATE, mentions INTEGER, sources INTEGER, articles INTEGER,
        representative VARCHAR)""",
    "CREATE TABLE IF NOT EXISTS cluster_members (cluster_id VARCHAR, event_id VARCHAR, doc_id VARCHAR)",
    # columns added after the first release: stores created earlier get them on open
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS text VARCHAR",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS date_text_start INTEGER",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS date_text_end INTEGER",
]

_TABLES = ("documents", "events", "entities", "clusters", "cluster_members")
_READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN", "PRAGMA")


def content_hash(doc: Document) -> str:
    """sha256 of the publication date and the text: a document needs recoding when it changes."""
    h = hashlib.sha256()
    h.update(doc.date.isoformat().encode())
    h.update(b"\n")
    h.update(doc.text.encode("utf-8"))
    return h.hexdigest()


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` date (``None`` if unparsable)."""
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            d = dt.date(*parts)
            return d, d
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        pass
    return None, None


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return date_bounds(str(value))[0]


def _like(value: str) -> str:
    """A ``%value%`` pattern with the user's own wildcards escaped (ESCAPE '\\')."""
    esc = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def _event_row(ev: Event, seq: int, coder_version: str) -> dict[str, Any]:
    start, end = date_bounds(ev.date)
    loc = ev.event_loc
    first_a = ev.actor[0] if ev.actor else None
    first_r = ev.recipient[0] if ev.recipient else None
    return {
        "id": ev.id,
        "doc_id": ev.doc_id,
        "seq": seq,
        "pub_date": _as_date(ev.pub_date),
        "date": ev.date,
        "date_start": start,
        "date_end": end,
        "date_precision": ev.date_precision,
        "date_text": ev.date_text,
        "date_text_start": ev.date_text_start,
        "date_text_end": ev.date_text_end,
        "event": ev.event,
        "mode": list(ev.mode),
        "context": list(ev.context),
        "actor": [e.to_dict() for e in ev.actor],
        "recipient": [e.to_dict() for e in ev.recipient],
        "actor_name": (first_a.name or first_a.text) if first_a else None,
        "actor_country": first_a.country if first_a else None,
        "actor_sector": first_a.sector if first_a else None,
        "recipient_name": (first_r.name or first_r.text) if first_r else None,
        "recipient_country": first_r.country if first_r else None,
        "recipient_sector": first_r.sector if first_r else None,
        "event_text": ev.event_text,
        "event_start": ev.event_start,
        "event_end": ev.event_end,
        "sentence": ev.sentence,
        "sentence_start": ev.sentence_start,
        "sentence_end": ev.sentence_end,
        "sentence_index": ev.sentence_index,
        "loc_name": loc.name if loc else None,
        "loc_country": loc.country if loc else None,
        "loc_admin1": loc.admin1 if loc else None,
        "loc_lat": loc.lat if loc else None,
        "loc_lon": loc.lon if loc else None,
        "loc_geonameid": loc.geonameid if loc else None,
        "loc_precision": loc.precision if loc else None,
        "loc_text": loc.text if loc else None,
        "loc_start": loc.start if loc else None,
        "loc_end": loc.end if loc else None,
        "loc_resolved_by": loc.resolved_by if loc else None,
        "quad_code": ev.quad_code,
        "event_scale": ev.event_scale,
        "confidence": ev.confidence,
        "historical": ev.historical,
        "why": json.dumps(ev.why, default=str, sort_keys=True),
        "coder": json.dumps(ev.coder, sort_keys=True),
        "coder_version": coder_version,
    }


def _row_to_event(row: dict[str, Any]) -> dict[str, Any]:
    """An ``events`` row back into the :meth:`Event.to_dict` record."""
    loc = None
    if row["loc_name"] is not None:
        loc = {
            "name": row["loc_name"],
            "country": row["loc_country"],
            "admin1": row["loc_admin1"],
            "lat": row["loc_lat"],
            "lon": row["loc_lon"],
            "geonameid": row["loc_geonameid"],
            "precision": row["loc_precision"],
            "text": row["loc_text"],
            "start": row["loc_start"],
            "end": row["loc_end"],
            "resolved_by": row["loc_resolved_by"],
        }
    pub = row["pub_date"]
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "pub_date": pub.isoformat() if isinstance(pub, dt.date) else pub,
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_text": row["date_text"],
        "date_text_start": row.get("date_text_start"),
        "date_text_end": row.get("date_text_end"),
        "event": row["event"],
        "mode": list(row["mode"] or []),
        "context": list(row["context"] or []),
        "actor": [dict(e) for e in row["actor"] or []],
        "recipient": [dict(e) for e in row["recipient"] or []],
        "event_text": row["event_text"],
        "event_start": row["event_start"],
        "event_end": row["event_end"],
        "sentence": row["sentence"],
        "sentence_start": row["sentence_start"],
        "sentence_end": row["sentence_end"],
        "sentence_index": row["sentence_index"],
        "event_loc": loc,
        "quad_code": row["quad_code"],
        "event_scale": row["event_scale"],
        "confidence": round(row["confidence"], 4) if row["confidence"] is not None else None,
        "historical": row["historical"],
        "why": json.loads(row["why"]) if row["why"] else {},
        "coder": json.loads(row["coder"]) if row["coder"] else {},
    }


class Store:
    """A DuckDB event store; use :meth:`open`. Not shared between processes that write."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool = False) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = ":memory:", *, read_only: bool = False) -> Store:
        """Open (and create, unless ``read_only``) the store at ``path``."""
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no event store at {path}")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"cannot open event store {path}: {err}") from err
        store = cls(con, path, read_only=read_only)
        if not read_only:
            store._create_schema()
        else:
            store._check_schema()
        return store

    def _create_schema(self) -> None:
        try:
            self._con.execute("BEGIN TRANSACTION")
            for ddl in _DDL:
                self._con.execute(ddl)
            if self._con.execute("SELECT count(*) FROM meta WHERE key = 'schema_version'").fetchone()[0] == 0:
                self._con.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?), ('clusters_stale', 'false')",
                    [str(SCHEMA_VERSION)],
                )
            self._con.execute("COMMIT")
        except duckdb.Error as err:
            self._con.execute("ROLLBACK")
            raise StoreError(f"cannot create the event store schema in {self.path}: {err}") from err
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as err:
            raise StoreError(f"{self.path} is not a killdeer event store: {err}") from err
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {row and row[0]}, expected {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def needs_coding(self, doc_id: str, content_hash: str, coder_version: str) -> bool:
        """False when the document was already coded from the same text by the same coder version."""
        row = self._con.execute(
            "SELECT 1 FROM documents WHERE doc_id = ? AND content_hash = ? AND coder_version = ?",
            [doc_id, content_hash, coder_version],
        ).fetchone()
        return row is None

    def needs_coding_many(self, keys: Sequence[tuple[str, str, str]]) -> list[bool]:
        """:meth:`needs_coding` for many ``(doc_id, content_hash, coder_version)`` keys in one query."""
        if not keys:
            return []
        probe = pa.table(
            {
                "i": pa.array(range(len(keys)), pa.int64()),
                "doc_id": [k[0] for k in keys],
                "content_hash": [k[1] for k in keys],
                "coder_version": [k[2] for k in keys],
            }
        )
        with self._lock:
            self._con.register("_kd_probe", probe)
            try:
                done = {
                    r[0]
                    for r in self._con.execute(
                        "SELECT p.i FROM _kd_probe p JOIN documents d USING (doc_id, content_hash, coder_version)"
                    ).fetchall()
                }
            finally:
                self._con.unregister("_kd_probe")
        return [i not in done for i in range(len(keys))]

    def write(
        self,
        doc: Document,
        events: Sequence[Event],
        *,
        coder_version: str,
        content_hash: str | None = None,
    ) -> None:
        """Replace ``doc``'s rows (document, events, entities) by these, in one transaction."""
        self.write_many([(doc, events)], coder_version=coder_version, content_hashes=[content_hash])

    def write_many(
        self,
        items: Iterable[tuple[Document, Sequence[Event]]],
        *,
        coder_version: str,
        content_hashes: Sequence[str | None] | None = None,
    ) -> int:
        """Write a batch of coded documents through Arrow in one transaction; returns the event count.

        A document id repeated in the batch keeps its last occurrence. ``content_hashes``
        (aligned with ``items``; ``None`` entries are computed) default to :func:`content_hash`.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        items = list(items)
        hashes = list(content_hashes) if content_hashes is not None else [None] * len(items)
        if len(hashes) != len(items):
            raise StoreError("content_hashes must align with items")
        latest: dict[str, tuple[Document, Sequence[Event], str]] = {}
        for (doc, events), h in zip(items, hashes, strict=True):
            latest[doc.id] = (doc, events, h or content_hash(doc))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        docs, evs, ents = [], [], []
        for doc, events, h in latest.values():
            docs.append(
                {
                    "doc_id": doc.id,
                    "content_hash": h,
                    "coder_version": coder_version,
                    "pub_date": doc.date,
                    "url": doc.url,
                    "title": doc.title,
                    "source": doc.source,
                    "origin": doc.origin,
                    "coded_at": now,
                    "n_events": len(events),
                    "text": doc.text,  # the evidence view highlights spans in it
                }
            )
            for seq, ev in enumerate(events):
                if ev.doc_id != doc.id:
                    raise StoreError(f"event {ev.id} belongs to {ev.doc_id}, not {doc.id}")
                evs.append(_event_row(ev, seq, coder_version))
                for role, group in (("actor", ev.actor), ("recipient", ev.recipient)):
                    for idx, ent in enumerate(group):
                        ents.append(
                            {
                                "event_id": ev.id,
                                "doc_id": ev.doc_id,
                                "role": role,
                                "idx": idx,
                                "text": ent.text,
                                "name": ent.name,
                                "country": ent.country,
                                "sector": ent.sector,
                                "start": ent.start,
                                "end": ent.end,
                                "resolved_by": ent.resolved_by,
                            }
                        )
        try:
            tables = {
                "documents": pa.Table.from_pylist(docs, schema=DOCUMENTS_SCHEMA),
                "events": pa.Table.from_pylist(evs, schema=EVENTS_SCHEMA),
                "entities": pa.Table.from_pylist(ents, schema=ENTITIES_SCHEMA),
            }
        except (pa.ArrowException, TypeError, ValueError) as err:
            raise StoreError(f"cannot convert events for the store: {err}") from err
        with self._lock, self._transaction("write"):
            self._con.register("_kd_ids", tables["documents"].select(["doc_id"]))
            try:
                for table in ("entities", "events", "cluster_members", "documents"):
                    self._con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _kd_ids)")
            finally:
                self._con.unregister("_kd_ids")
            for name in ("documents", "events", "entities"):
                self._insert(name, tables[name])
            self._con.execute("UPDATE meta SET value = 'true' WHERE key = 'clusters_stale'")
        return len(evs)

    def writer(self, *, coder_version: str, batch_size: int = 256) -> BatchWriter:
        """A buffered writer: ``add(doc, events)`` and it commits every ``batch_size`` documents.

        Use it as a context manager; leaving the block (even by an exception) writes the
        documents already added, so an interrupted run loses none that were coded.
        """
        return BatchWriter(self, coder_version=coder_version, batch_size=batch_size)

    def delete(self, doc_ids: Sequence[str]) -> None:
        """Remove documents and everything coded from them."""
        with self._lock, self._transaction("delete"):
            for table in ("entities", "events", "cluster_members", "documents"):
                self._con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [list(doc_ids)])
            self._con.execute("UPDATE meta SET value = 'true' WHERE key = 'clusters_stale'")

    def _insert(self, table: str, data: pa.Table) -> None:
        """Append an Arrow table to ``table`` (columns matched by name)."""
        view = f"_kd_new_{table}"
        self._con.register(view, data)
        try:
            self._con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
        finally:
            self._con.unregister(view)

    def _transaction(self, what: str) -> _Transaction:
        return _Transaction(self._con, f"{self.path}: {what}")

    # -- dedup -----------------------------------------------------------------------------
    @property
    def clusters_stale(self) -> bool:
        """True when documents were written since the last :meth:`rebuild_clusters`."""
        row = self._con.execute("SELECT value FROM meta WHERE key = 'clusters_stale'").fetchone()
        return row is not None and row[0] == "true"

    def rebuild_clusters(self, *, window_days: int = 2, min_similarity: float | None = None) -> int:
        """Recompute the cross-report dedup clusters of every event; returns the number of clusters."""
        from killdeer import dedup

        parts = ", ".join(
            f"list_transform(e.{role}, lambda x: x.{f}) AS {role}_{f}"
            for role in ("actor", "recipient")
            for f in ("country", "sector", "sectors", "name")
        )
        records = self._rows(  # entity fields as flat lists: 3x faster than fetching the structs
            f"""SELECT e.id, e.doc_id, e.event, e.date, e.pub_date, {parts},
                      e.event_text, e.sentence, e.loc_name, e.loc_country, e.loc_admin1,
                      e.loc_lat, e.loc_lon, e.loc_precision, e.loc_resolved_by, d.source
               FROM events e LEFT JOIN documents d USING (doc_id)
               ORDER BY e.date_start, e.doc_id, e.seq"""
        )
        for r in records:
            for role in ("actor", "recipient"):
                cols = [r.pop(f"{role}_{f}") or [] for f in ("country", "sector", "sectors", "name")]
                r[role] = [
                    {"country": c, "sector": s, "sectors": ss or [], "name": n}
                    for c, s, ss, n in zip(*cols, strict=True)
                ]
            r["event_loc"] = {
                "name": r.pop("loc_name"),
                "country": r.pop("loc_country"),
                "admin1": r.pop("loc_admin1"),
                "lat": r.pop("loc_lat"),
                "lon": r.pop("loc_lon"),
                "precision": r.pop("loc_precision"),
                "resolved_by": r.pop("loc_resolved_by"),
            }
            if r["event_loc"]["name"] is None:
                r["event_loc"] = None
        rule = dedup.DedupRule(window_days=window_days)
        if min_similarity is not None:
            rule = dedup.DedupRule(window_days=window_days, min_similarity=min_similarity)
        clusters = dedup.cluster_events(records, rule)
        crow, mrow = [], []
        for c in clusters:
            crow.append(
                {
                    "cluster_id": c.cluster_id,
                    "event": c.event,
                    "actor_country": c.actor_country,
                    "recipient_country": c.recipient_country,
                    "date_first": _as_date(c.date_first),
                    "date_last": _as_date(c.date_last),
                    "first_report": _as_date(c.first_report),
                    "last_report": _as_date(c.last_report),
                    "mentions": c.mentions,
                    "sources": c.sources,
                    "articles": c.articles,
                    "representative": c.representative,
                }
            )
            mrow.extend({"cluster_id": c.cluster_id, "event_id": e, "doc_id": d} for e, d in c.members)
        with self._lock, self._transaction("rebuild clusters"):
            self._con.execute("DELETE FROM cluster_members")
            self._con.execute("DELETE FROM clusters")
            self._insert("clusters", pa.Table.from_pylist(crow, schema=CLUSTERS_SCHEMA))
            self._insert("cluster_members", pa.Table.from_pylist(mrow, schema=MEMBERS_SCHEMA))
            self._con.execute("UPDATE meta SET value = 'false' WHERE key = 'clusters_stale'")
        return len(crow)

    def clusters(self, *, min_mentions: int = 1, limit: int | None = 100) -> list[dict[str, Any]]:
        """Dedup clusters, most reported first."""
        q = "SELECT * FROM clusters WHERE mentions >= ? ORDER BY mentions DESC, date_first, cluster_id"
        params: list[Any] = [min_mentions]
        if limit is not None:
            q += " LIMIT ?"
            params.append(limit)
        return self._rows(q, params)

    # -- queries ---------------------------------------------------------------------------
    def _rows(self, query: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:
            try:
                cur = self._con.execute(query, list(params or []))
                names = [d[0] for d in cur.description]
                return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            except duckdb.Error as err:
                raise StoreError(f"query failed: {err}") from err

    def _where(
        self,
        *,
        actor: str | None,
        recipient: str | None,
        date_from: str | dt.date | None,
        date_to: str | dt.date | None,
        category: str | Sequence[str] | None,
        quad: int | Sequence[int] | None,
        place: str | None,
        text: str | None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for role, value in (("actor", actor), ("recipient", recipient)):
            if value:
                params.extend([role, value.upper(), value, value, _like(value), _like(value)])
                clauses.append(
                    "EXISTS (SELECT 1 FROM entities n WHERE n.event_id = e.id AND n.role = ? AND "
                    "(n.country = ? OR lower(n.name) = lower(?) OR (length(?) > 3 AND "
                    "(n.name ILIKE ? ESCAPE '\\' OR n.text ILIKE ? ESCAPE '\\'))))"
                )
        if date_from is not None:
            clauses.append("e.date_end >= ?")
            params.append(_as_date(date_from))
        if date_to is not None:
            clauses.append("e.date_start <= ?")
            params.append(date_bounds(str(date_to))[1] if isinstance(date_to, str) else date_to)
        if category:
            cats = [category] if isinstance(category, str) else list(category)
            clauses.append("list_contains(?, e.event)")
            params.append([c.upper() for c in cats])
        if quad is not None:
            quads = [quad] if isinstance(quad, int) else list(quad)
            clauses.append("list_contains(?, CAST(e.quad_code AS INTEGER))")
            params.append([int(q) for q in quads])
        if place:
            clauses.append(
                "(e.loc_country = ? OR e.loc_name ILIKE ? ESCAPE '\\' OR e.loc_text ILIKE ? ESCAPE '\\')"
            )
            params.extend([place.upper(), _like(place), _like(place)])
        if text:
            clauses.append("(e.sentence ILIKE ? ESCAPE '\\' OR e.event_text ILIKE ? ESCAPE '\\')")
            params.extend([_like(text), _like(text)])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events(
        self,
        actor: str | None = None,
        recipient: str | None = None,
        date_from: str | dt.date | None = None,
        date_to: str | dt.date | None = None,
        category: str | Sequence[str] | None = None,
        quad: int | Sequence[int] | None = None,
        place: str | None = None,
        text: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
        *,
        with_context: bool = False,
        ids: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Events as :meth:`Event.to_dict` records, oldest first.

        ``actor``/``recipient`` match an entity's country code, its exact name, or (longer
        than 3 characters) part of its name or words; ``place`` the location's country code
        or name; ``text`` the sentence. Dates bound the event date (partial dates overlap).
        ``ids`` restricts to these event ids. ``with_context`` adds ``report`` (url, title,
        source, coded_at) and ``cluster`` keys.
        """
        where, params = self._where(
            actor=actor,
            recipient=recipient,
            date_from=date_from,
            date_to=date_to,
            category=category,
            quad=quad,
            place=place,
            text=text,
        )
        if ids is not None:
            where = f"{where} AND list_contains(?, e.id)" if where else " WHERE list_contains(?, e.id)"
            params.append(list(ids))
        extra = ""
        join = ""
        if with_context:
            extra = (
                ", d.url AS _url, d.title AS _title, d.source AS _source, d.coded_at AS _coded_at,"
                " c.cluster_id AS _cid, c.mentions AS _mentions, c.sources AS _sources,"
                " c.articles AS _articles, c.first_report AS _first, c.last_report AS _last,"
                " c.representative AS _rep"
            )
            join = (
                " LEFT JOIN documents d ON d.doc_id = e.doc_id"
                " LEFT JOIN cluster_members m ON m.event_id = e.id"
                " LEFT JOIN clusters c ON c.cluster_id = m.cluster_id"
            )
        q = f"SELECT e.*{extra} FROM events e{join}{where} ORDER BY e.date_start, e.pub_date, e.doc_id, e.seq"
        if limit is not None:
            q += " LIMIT ? OFFSET ?"
            params.extend([int(limit), int(offset)])
        elif offset:
            q += " OFFSET ?"
            params.append(int(offset))
        out = []
        for row in self._rows(q, params):
            rec = _row_to_event(row)
            if with_context:
                coded = row["_coded_at"]
                rec["report"] = {
                    "url": row["_url"],
                    "title": row["_title"],
                    "source": row["_source"],
                    "coded_at": coded.isoformat() if coded else None,
                }
                rec["cluster"] = (
                    {
                        "id": row["_cid"],
                        "mentions": row["_mentions"],
                        "sources": row["_sources"],
                        "articles": row["_articles"],
                        "first_report": row["_first"].isoformat() if row["_first"] else None,
                        "last_report": row["_last"].isoformat() if row["_last"] else None,
                        "representative": row["_rep"] == row["id"],
                    }
                    if row["_cid"]
                    else None
                )
            out.append(rec)
        return out

    def where(self, **filters: Any) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause (over ``events e``) and bound parameters of :meth:`events` filters.

        For callers that aggregate filtered events with their own SQL through :meth:`sql`.
        """
        keys = ("actor", "recipient", "date_from", "date_to", "category", "quad", "place", "text")
        unknown = set(filters) - set(keys)
        if unknown:
            raise StoreError(f"unknown filters: {sorted(unknown)}")
        return self._where(**{k: filters.get(k) for k in keys})

    def event(self, event_id: str, *, with_context: bool = False) -> dict[str, Any] | None:
        """One event record by id (``None`` if absent)."""
        found = self.events(limit=1, with_context=with_context, ids=[event_id])
        return found[0] if found else None

    def count(self, **filters: Any) -> int:
        """Number of events matching :meth:`events` filters."""
        where, params = self.where(**filters)
        return int(self._rows(f"SELECT count(*) AS n FROM events e{where}", params)[0]["n"])

    def dyad(
        self, a: str, b: str, by: Period = "week", *, directed: bool = True, **filters: Any
    ) -> list[dict[str, Any]]:
        """Events from ``a`` to ``b`` (both ways unless ``directed``) per period.

        Rows: ``period`` (first day), ``quad1``..``quad4`` counts, ``events`` and the summed
        ``event_scale``. Periods without events are left out.
        """
        if not a or not b:
            raise StoreError("dyad needs two actors")
        if by not in ("day", "week", "month", "year"):
            raise StoreError(f"dyad period must be day, week, month or year, not {by!r}")
        where, params = self._where(actor=a, recipient=b, **_dyad_filters(filters))
        if not directed:
            where2, params2 = self._where(actor=b, recipient=a, **_dyad_filters(filters))
            where = f" WHERE (({where[7:]}) OR ({where2[7:]}))"
            params = params + params2
        q = f"""SELECT CAST(date_trunc('{by}', e.date_start) AS DATE) AS period,
                   count(*) FILTER (WHERE e.quad_code = 1) AS quad1,
                   count(*) FILTER (WHERE e.quad_code = 2) AS quad2,
                   count(*) FILTER (WHERE e.quad_code = 3) AS quad3,
                   count(*) FILTER (WHERE e.quad_code = 4) AS quad4,
                   count(*) AS events,
                   coalesce(sum(e.event_scale), 0) AS event_scale
                FROM events e{where} AND e.date_start IS NOT NULL
                GROUP BY ALL ORDER BY period"""
        return self._rows(q, params)

    def top_actors(
        self, country: str | None = None, limit: int = 20, *, role: str = "actor"
    ) -> list[dict[str, Any]]:
        """The most frequent actors (name, country, sector) by number of events."""
        params: list[Any] = [role]
        q = """SELECT coalesce(name, text) AS actor, country, sector, count(DISTINCT event_id) AS events
               FROM entities WHERE role = ?"""
        if country:
            q += " AND country = ?"
            params.append(country.upper())
        q += " GROUP BY ALL ORDER BY events DESC, actor LIMIT ?"
        params.append(int(limit))
        return self._rows(q, params)

    def stats(self) -> dict[str, int]:
        """Row counts of every table."""
        return {t: int(self._con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _TABLES}

    def sql(self, query: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run one read-only statement (SELECT, EXPLAIN, PRAGMA); rolled back whatever it does."""
        try:
            statements = self._con.extract_statements(query)
        except duckdb.Error as err:
            raise StoreError(f"bad SQL: {err}") from err
        if len(statements) != 1:
            raise StoreError("store.sql runs exactly one statement")
        kind = statements[0].type.name
        if kind not in _READ_ONLY_STATEMENTS:
            raise StoreError(f"store.sql is read-only: {kind} statements are not allowed")
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                return self._rows(query, params)
            finally:
                self._con.execute("ROLLBACK")


class BatchWriter:
    """Buffers coded documents and writes them with :meth:`Store.write_many` (see :meth:`Store.writer`)."""

    def __init__(self, store: Store, *, coder_version: str, batch_size: int = 256) -> None:
        self._store = store
        self._version = coder_version
        self._size = max(1, batch_size)
        self._items: list[tuple[Document, Sequence[Event]]] = []
        self._hashes: list[str | None] = []
        self.documents = 0
        self.events = 0

    def add(self, doc: Document, events: Sequence[Event], *, content_hash: str | None = None) -> None:
        """Queue one coded document; flushes when the batch is full."""
        self._items.append((doc, events))
        self._hashes.append(content_hash)
        if len(self._items) >= self._size:
            self.flush()

    def flush(self) -> None:
        """Write the queued documents in one transaction."""
        if not self._items:
            return
        items, hashes = self._items, self._hashes
        self._items, self._hashes = [], []
        self.events += self._store.write_many(items, coder_version=self._version, content_hashes=hashes)
        self.documents += len(items)

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.flush()


def _dyad_filters(filters: dict[str, Any]) -> dict[str, Any]:
    keys = ("date_from", "date_to", "category", "quad", "place", "text")
    unknown = set(filters) - set(keys)
    if unknown:
        raise StoreError(f"unknown dyad filters: {sorted(unknown)}")
    return {k: filters.get(k) for k in keys}


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any exception (duckdb errors become StoreError)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, what: str) -> None:
        self._con = con
        self._what = what

    def __enter__(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            try:
                self._con.execute("COMMIT")
            except duckdb.Error as err:
                self._con.execute("ROLLBACK")
                raise StoreError(f"{self._what} failed: {err}") from err
            return
        self._con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error):
            raise StoreError(f"{self._what} failed: {exc}") from exc
