"""Event file formats: PLOVER JSONL, flat CSV/Parquet (one schema) and a GDELT-2.0-style table.

Every writer takes :class:`~killdeer.types.Event` objects or their dicts
(:meth:`Event.to_dict`, as :meth:`Store.events` returns them). Dicts from
``Store.events(with_context=True)`` also carry ``report`` (url, source, title, coded_at)
and ``cluster`` (dedup counts), which fill the URL and mention columns.

* :func:`flat_rows` / :data:`FLAT_SCHEMA`: one row per event, first actor/recipient broken
  out, all of them as JSON; shared by CSV, Parquet and the Spark job.
* :func:`to_gdelt_rows`: the 61 GDELT 2.0 event columns. CAMEO codes come from the PLOVER
  category and mode (``data/plover_to_cameo.json``); QuadClass is the PLOVER quad (same
  1..4 meaning); GoldsteinScale is the PLOVER ``event_scale`` (-10..10). Country codes are
  ISO 3166 alpha-3 (GDELT uses CAMEO codes for actors, FIPS 10-4 for places).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from killdeer.ontology import load_ontology
from killdeer.store import date_bounds
from killdeer.types import Event

EventLike = Event | Mapping[str, Any]
Target = str | Path | IO[str]

FLAT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("pub_date", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("year", pa.int32()),
        ("month", pa.int32()),
        ("event", pa.string()),
        ("mode", pa.string()),  # ";"-joined
        ("context", pa.string()),  # ";"-joined
        ("quad_code", pa.int32()),
        ("event_scale", pa.float64()),
        ("confidence", pa.float64()),
        ("historical", pa.bool_()),
        ("actor_text", pa.string()),
        ("actor_name", pa.string()),
        ("actor_country", pa.string()),
        ("actor_sector", pa.string()),
        ("actor_count", pa.int32()),
        ("actors_json", pa.string()),
        ("recipient_text", pa.string()),
        ("recipient_name", pa.string()),
        ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("recipient_count", pa.int32()),
        ("recipients_json", pa.string()),
        ("event_text", pa.string()),
        ("event_start", pa.int32()),
        ("event_end", pa.int32()),
        ("sentence", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("loc_name", pa.string()),
        ("loc_country", pa.string()),
        ("loc_admin1", pa.string()),
        ("loc_lat", pa.float64()),
        ("loc_lon", pa.float64()),
        ("loc_geonameid", pa.int64()),
        ("loc_precision", pa.string()),
        ("loc_text", pa.string()),
        ("coder_name", pa.string()),
        ("coder_version", pa.string()),
        ("why_json", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("cluster_id", pa.string()),
        ("cluster_mentions", pa.int32()),
        ("cluster_sources", pa.int32()),
        ("cluster_articles", pa.int32()),
    ]
)
FLAT_COLUMNS = tuple(FLAT_SCHEMA.names)

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale")
    + ("NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)


def _as_dict(ev: EventLike) -> Mapping[str, Any]:
    return ev.to_dict() if isinstance(ev, Event) else ev


@contextlib.contextmanager
def _text_out(target: Target, newline: str | None = None) -> Iterator[IO[str]]:
    if isinstance(target, str | Path):
        if str(target) == "-":
            yield sys.stdout
            return
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
    else:
        yield target


def write_jsonl(events: Iterable[EventLike], target: Target) -> int:
    """One PLOVER JSON record per line; returns the number written."""
    n = 0
    with _text_out(target) as out:
        for ev in events:
            out.write(json.dumps(_as_dict(ev), ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def _year_month(d: Mapping[str, Any]) -> tuple[int | None, int | None]:
    start, _ = date_bounds(d.get("date"))
    if start is None:
        start, _ = date_bounds(d.get("pub_date"))
    return (start.year, start.month) if start else (None, None)


def flat_row(ev: EventLike) -> dict[str, Any]:
    """One event as a flat row with :data:`FLAT_COLUMNS`."""
    d = _as_dict(ev)
    actors, recips = d.get("actor") or [], d.get("recipient") or []
    a = actors[0] if actors else {}
    r = recips[0] if recips else {}
    loc = d.get("event_loc") or {}
    report = d.get("report") or {}
    cluster = d.get("cluster") or {}
    coder = d.get("coder") or {}
    year, month = _year_month(d)
    return {
        "id": d["id"],
        "doc_id": d.get("doc_id"),
        "pub_date": d.get("pub_date"),
        "date": d.get("date"),
        "date_precision": d.get("date_precision"),
        "date_text": d.get("date_text"),
        "year": year,
        "month": month,
        "event": d.get("event"),
        "mode": ";".join(d.get("mode") or []),
        "context": ";".join(d.get("context") or []),
        "quad_code": d.get("quad_code"),
        "event_scale": d.get("event_scale"),
        "confidence": d.get("confidence"),
        "historical": bool(d.get("historical")),
        "actor_text": a.get("text"),
        "actor_name": a.get("name"),
        "actor_country": a.get("country"),
        "actor_sector": a.get("sector"),
        "actor_count": len(actors),
        "actors_json": json.dumps(actors, ensure_ascii=False, sort_keys=True),
        "recipient_text": r.get("text"),
        "recipient_name": r.get("name"),
        "recipient_country": r.get("country"),
        "recipient_sector": r.get("sector"),
        "recipient_count": len(recips),
        "recipients_json": json.dumps(recips, ensure_ascii=False, sort_keys=True),
        "event_text": d.get("event_text"),
        "event_start": d.get("event_start"),
        "event_end": d.get("event_end"),
        "sentence": d.get("sentence"),
        "sentence_index": d.get("sentence_index"),
        "sentence_start": d.get("sentence_start"),
        "sentence_end": d.get("sentence_end"),
        "loc_name": loc.get("name"),
        "loc_country": loc.get("country"),
        "loc_admin1": loc.get("admin1"),
        "loc_lat": loc.get("lat"),
        "loc_lon": loc.get("lon"),
        "loc_geonameid": loc.get("geonameid"),
        "loc_precision": loc.get("precision"),
        "loc_text": loc.get("text"),
        "coder_name": coder.get("name"),
        "coder_version": coder.get("version"),
        "why_json": json.dumps(d.get("why") or {}, ensure_ascii=False, sort_keys=True, default=str),
        "url": report.get("url"),
        "source": report.get("source"),
        "title": report.get("title"),
        "cluster_id": cluster.get("id"),
        "cluster_mentions": cluster.get("mentions"),
        "cluster_sources": cluster.get("sources"),
        "cluster_articles": cluster.get("articles"),
    }


def flat_rows(events: Iterable[EventLike]) -> list[dict[str, Any]]:
    """:func:`flat_row` of every event."""
    return [flat_row(ev) for ev in events]


def flat_table(events: Iterable[EventLike]) -> pa.Table:
    """The flat rows as an Arrow table with :data:`FLAT_SCHEMA`."""
    return pa.Table.from_pylist(flat_rows(events), schema=FLAT_SCHEMA)


def write_csv(events: Iterable[EventLike], target: Target) -> int:
    """Flat rows as CSV (header :data:`FLAT_COLUMNS`; empty cell for null); returns the row count."""
    n = 0
    with _text_out(target, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for ev in events:
            writer.writerow(flat_row(ev))
            n += 1
    return n


def write_parquet(
    events: Iterable[EventLike],
    directory: str | Path,
    partition_by: Sequence[str] = ("year", "month"),
) -> int:
    """Flat rows as a Hive-partitioned Parquet dataset (``year=2024/month=1/...``); replaces ``directory``.

    Events without any date go to ``year=__HIVE_DEFAULT_PARTITION__``. Returns the row count.
    """
    import pyarrow.dataset as ds

    table = flat_table(events)
    directory = Path(directory)
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    if not partition_by:
        import pyarrow.parquet as pq

        pq.write_table(table, directory / "part-0.parquet")
        return table.num_rows
    ds.write_dataset(
        table,
        directory,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([FLAT_SCHEMA.field(c) for c in partition_by]), flavor="hive"),
        existing_data_behavior="overwrite_or_ignore",
        basename_template="part-{i}.parquet",
    )
    return table.num_rows


def read_parquet(directory: str | Path) -> pa.Table:
    """Read back a :func:`write_parquet` dataset with :data:`FLAT_SCHEMA` (columns in order)."""
    import pyarrow.dataset as ds

    dataset = ds.dataset(directory, format="parquet", schema=FLAT_SCHEMA, partitioning="hive")
    return dataset.to_table()


# -- GDELT -------------------------------------------------------------------------------------
@cache
def _cameo_table() -> dict[str, Any]:
    """The packaged PLOVER -> CAMEO table (immutable; cached)."""
    text = resources.files("killdeer").joinpath("data/plover_to_cameo.json").read_text("utf-8")
    return json.loads(text)


def cameo_code(category: str, modes: Sequence[str] = ()) -> str | None:
    """The CAMEO event code of a PLOVER category and modes (first mode with a code), or None."""
    table = _cameo_table()
    by_mode = table["by_mode"].get(category, {})
    for mode in modes:
        if mode in by_mode:
            return str(by_mode[mode])
    code = table["default"].get(category)
    return str(code) if code else None


def gdelt_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for a killdeer event id."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _actor_cols(prefix: str, ents: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    cols: dict[str, Any] = {f"{prefix}{c}": "" for c in _ACTOR}
    if not ents:
        return cols
    e = ents[0]
    country = e.get("country") or ""
    international = set(load_ontology().international)
    sectors = list(dict.fromkeys([s for s in [e.get("sector"), *(e.get("sectors") or [])] if s]))[:3]
    cols[f"{prefix}Code"] = country + "".join(sectors)
    cols[f"{prefix}Name"] = (e.get("name") or e.get("text") or "").upper()
    if country in international:
        cols[f"{prefix}KnownGroupCode"] = country
    else:
        cols[f"{prefix}CountryCode"] = country
    for i, s in enumerate(sectors, 1):
        cols[f"{prefix}Type{i}Code"] = s
    return cols


_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4}


def _geo_cols(prefix: str, loc: Mapping[str, Any] | None) -> dict[str, Any]:
    cols: dict[str, Any] = {f"{prefix}_{c}": "" for c in _GEO}
    cols[f"{prefix}_Type"] = 0
    if not loc:
        return cols
    country = loc.get("country") or ""
    geo_type = _GEO_TYPE.get(loc.get("precision") or "", 0)
    if country == "USA" and geo_type in (4, 5):
        geo_type = 3 if geo_type == 4 else 2
    cols.update(
        {
            f"{prefix}_Type": geo_type,
            f"{prefix}_FullName": loc.get("name") or "",
            f"{prefix}_CountryCode": country,
            f"{prefix}_ADM1Code": f"{country}{loc['admin1']}" if loc.get("admin1") else country,
            f"{prefix}_Lat": loc.get("lat") if loc.get("lat") is not None else "",
            f"{prefix}_Long": loc.get("lon") if loc.get("lon") is not None else "",
            f"{prefix}_FeatureID": loc.get("geonameid") if loc.get("geonameid") is not None else "",
        }
    )
    return cols


def _date_added(report: Mapping[str, Any]) -> str:
    coded = report.get("coded_at")
    if not coded:
        return ""
    return dt.datetime.fromisoformat(str(coded)).strftime("%Y%m%d%H%M%S")


def to_gdelt_row(ev: EventLike) -> dict[str, Any]:
    """One event as a GDELT 2.0 event row (keys :data:`GDELT_COLUMNS`)."""
    d = _as_dict(ev)
    start, _ = date_bounds(d.get("date"))
    if start is None:
        start, _ = date_bounds(d.get("pub_date"))
    code = cameo_code(d.get("event") or "", d.get("mode") or []) or ""
    cluster = d.get("cluster") or {}
    report = d.get("report") or {}
    row: dict[str, Any] = {
        "GLOBALEVENTID": gdelt_event_id(str(d["id"])),
        "SQLDATE": int(start.strftime("%Y%m%d")) if start else "",
        "MonthYear": int(start.strftime("%Y%m")) if start else "",
        "Year": start.year if start else "",
        "FractionDate": round(start.year + (start.month * 30 + start.day) / 365, 4) if start else "",
    }
    row.update(_actor_cols("Actor1", d.get("actor") or []))
    row.update(_actor_cols("Actor2", d.get("recipient") or []))
    row.update(
        {
            "IsRootEvent": 1 if d.get("sentence_index") == 0 else 0,
            "EventCode": code,
            "EventBaseCode": code[:3],
            "EventRootCode": code[:2],
            "QuadClass": d.get("quad_code"),
            "GoldsteinScale": d.get("event_scale") if d.get("event_scale") is not None else "",
            "NumMentions": cluster.get("mentions") or 1,
            "NumSources": cluster.get("sources") or 1,
            "NumArticles": cluster.get("articles") or 1,
            "AvgTone": "",
        }
    )
    row.update(_geo_cols("Actor1Geo", None))
    row.update(_geo_cols("Actor2Geo", None))
    row.update(_geo_cols("ActionGeo", d.get("event_loc")))
    row["DATEADDED"] = _date_added(report)
    row["SOURCEURL"] = report.get("url") or ""
    return {c: row[c] for c in GDELT_COLUMNS}


def to_gdelt_rows(events: Iterable[EventLike], *, one_per_cluster: bool = False) -> list[dict[str, Any]]:
    """GDELT rows; with ``one_per_cluster`` only each dedup cluster's representative event."""
    out = []
    for ev in events:
        d = _as_dict(ev)
        cluster = d.get("cluster")
        if one_per_cluster and cluster and not cluster.get("representative"):
            continue
        out.append(to_gdelt_row(d))
    return out


def write_gdelt(
    events: Iterable[EventLike], target: Target, *, header: bool = True, one_per_cluster: bool = False
) -> int:
    """GDELT rows as tab-separated text (GDELT files have no header: pass ``header=False``)."""
    rows = to_gdelt_rows(events, one_per_cluster=one_per_cluster)
    with _text_out(target, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
        if header:
            writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def dumps_csv(events: Iterable[EventLike]) -> str:
    """:func:`write_csv` into a string."""
    buf = io.StringIO()
    write_csv(events, buf)
    return buf.getvalue()
