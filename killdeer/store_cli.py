"""Store commands for the ``killdeer`` CLI: events, dyad, top actors, sql, dedup, export.

``register(app)`` adds them to the main typer app. Each command parses options and calls
:class:`~killdeer.store.Store` or :mod:`killdeer.export`; tables go to the terminal, and
only data (JSONL/CSV) goes to stdout when it is piped.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from killdeer.errors import StoreError
from killdeer.store import Store

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB event store", exists=False)]


class OutFormat(StrEnum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


def _err() -> Console:
    return Console(stderr=True)


@contextmanager
def _open(db: Path, *, read_only: bool = True) -> Iterator[Store]:
    """Open an existing store; StoreError becomes a message on stderr and exit status 2."""
    if not db.exists():
        _err().print(f"[red]error[/]: no event store at {db}", highlight=False)
        raise typer.Exit(2)
    try:
        with Store.open(db, read_only=read_only) as store:
            yield store
    except StoreError as exc:
        _err().print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _emit_rows(rows: Sequence[dict[str, Any]], fmt: OutFormat, title: str | None = None) -> None:
    """Rows as a rich table (terminal) or JSONL/CSV on stdout."""
    if fmt is OutFormat.auto:
        fmt = OutFormat.table if sys.stdout.isatty() else OutFormat.jsonl
    if fmt is OutFormat.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps({k: _jsonable(v) for k, v in r.items()}, ensure_ascii=False, default=str))
            sys.stdout.write("\n")
        return
    if fmt is OutFormat.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        if rows:
            writer.writerow(list(rows[0]))
        for r in rows:
            writer.writerow(["" if v is None else _jsonable(v) for v in r.values()])
        return
    table = Table(title=title)
    for col in rows[0] if rows else ["(no rows)"]:
        table.add_column(str(col), overflow="fold")
    for r in rows:
        table.add_row(*("" if v is None else str(_jsonable(v)) for v in r.values()))
    Console().print(table)


def _ents(es: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{e.get('name') or e.get('text')} [{e.get('country') or '?'}{'/' + e['sector'] if e.get('sector') else ''}]"
        for e in es
    )


def _event_table_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "date": e["date"],
            "event": e["event"],
            "quad": e["quad_code"],
            "mode": ",".join(e["mode"]),
            "actor": _ents(e["actor"]),
            "recipient": _ents(e["recipient"]),
            "place": (e.get("event_loc") or {}).get("name") or "",
            "evidence": e["event_text"],
            "doc": e["doc_id"],
        }
        for e in events
    ]


def events_cmd(
    db: DbOption,
    actor: Annotated[str | None, typer.Option(help="Actor country code or name")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country code or name")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest event date (YYYY[-MM[-DD]])")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest event date (YYYY[-MM[-DD]])")] = None,
    category: Annotated[list[str] | None, typer.Option(help="PLOVER category; repeatable")] = None,
    quad: Annotated[list[int] | None, typer.Option(help="Quad code 1-4; repeatable")] = None,
    place: Annotated[str | None, typer.Option(help="Location country code or name")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events (0: all)")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many events")] = 0,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table | jsonl | csv (default: table on a terminal)")] = OutFormat.auto,
) -> None:
    """Query stored events."""
    with _open(db) as store:
        events = store.events(
            actor=actor, recipient=recipient, date_from=date_from, date_to=date_to, category=category or None,
            quad=quad or None, place=place, text=text, limit=limit or None, offset=offset,
        )
    if fmt is OutFormat.jsonl or (fmt is OutFormat.auto and not sys.stdout.isatty()):
        from killdeer.export import write_jsonl

        write_jsonl(events, sys.stdout)
    elif fmt is OutFormat.csv:
        from killdeer.export import write_csv

        write_csv(events, sys.stdout)
    else:
        _emit_rows(_event_table_rows(events), OutFormat.table, title=f"{len(events)} events")


def dyad_cmd(
    a: Annotated[str, typer.Argument(help="Actor (country code or name)")],
    b: Annotated[str, typer.Argument(help="Recipient (country code or name)")],
    db: DbOption,
    by: Annotated[By, typer.Option(help="day | week | month | year")] = By.week,
    both: Annotated[bool, typer.Option("--both", help="Count both directions (A->B and B->A)")] = False,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest event date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest event date")] = None,
    plot: Annotated[Path | None, typer.Option(help="Also draw the series to this image file")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table | jsonl | csv")] = OutFormat.auto,
) -> None:
    """Events between two actors per period: counts by quad class and summed PLOVER scores."""
    with _open(db) as store:
        try:
            rows = store.dyad(a, b, by=by.value, directed=not both, date_from=date_from, date_to=date_to)
        except StoreError as exc:
            _err().print(f"[red]error[/]: {exc}")
            raise typer.Exit(2) from None
    _emit_rows(rows, fmt, title=f"{a} {'<->' if both else '->'} {b} by {by.value}")
    if plot is not None:
        plot_dyad(rows, plot, title=f"{a} {'<->' if both else '->'} {b} per {by.value}", by=by.value)
        _err().print(f"plot written to {plot}")


def plot_dyad(rows: Sequence[dict[str, Any]], path: Path, title: str = "", by: str = "week") -> None:
    """Stacked quad counts (bars) and summed scores (line) per period, saved with the Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = [r["period"] for r in rows]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = {"day": 0.8, "week": 5.6, "month": 24.0, "year": 300.0}.get(by, 5.6)
    bottom = [0] * len(rows)
    colours = {"quad1": "#4c9f70", "quad2": "#1f6f43", "quad3": "#e0a030", "quad4": "#c0392b"}
    names = {"quad1": "verbal coop.", "quad2": "material coop.", "quad3": "verbal conflict", "quad4": "material conflict"}
    for q, colour in colours.items():
        vals = [r[q] for r in rows]
        ax.bar(periods, vals, width=width, bottom=bottom, color=colour, label=names[q], align="edge")
        bottom = [x + y for x, y in zip(bottom, vals, strict=True)]
    ax.set_ylabel("events")
    ax2 = ax.twinx()
    centres = [p + dt.timedelta(days=width / 2) for p in periods]
    ax2.plot(centres, [r["event_scale"] for r in rows], color="black", marker="o", lw=1.2, label="summed score")
    ax2.axhline(0, color="grey", lw=0.6)
    ax2.set_ylabel("summed PLOVER score")
    handles = ax.get_legend_handles_labels()
    handles2 = ax2.get_legend_handles_labels()
    ax.legend(handles[0] + handles2[0], handles[1] + handles2[1], loc="upper left", fontsize=8)
    ax.set_title(title)
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def top_actors_cmd(
    db: DbOption,
    country: Annotated[str | None, typer.Option(help="Only actors of this country code")] = None,
    recipients: Annotated[bool, typer.Option("--recipients", help="Rank recipients instead of actors")] = False,
    limit: Annotated[int, typer.Option(help="How many")] = 20,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table | jsonl | csv")] = OutFormat.auto,
) -> None:
    """The most frequent actors (or recipients)."""
    with _open(db) as store:
        rows = store.top_actors(country=country, limit=limit, role="recipient" if recipients else "actor")
    _emit_rows(rows, fmt, title="top recipients" if recipients else "top actors")


def sql_cmd(
    query: Annotated[str, typer.Argument(help="One read-only SQL statement (SELECT/EXPLAIN/PRAGMA)")],
    db: DbOption,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table | jsonl | csv")] = OutFormat.auto,
) -> None:
    """Run a read-only SQL query on the store (tables: documents, events, entities, clusters, cluster_members)."""
    with _open(db) as store:
        try:
            rows = store.sql(query)
        except StoreError as exc:
            _err().print(f"[red]error[/]: {exc}", highlight=False)
            raise typer.Exit(2) from None
    _emit_rows(rows, fmt)


def dedup_cmd(
    db: DbOption,
    window: Annotated[int, typer.Option(help="Largest gap in days between event dates of one happening")] = 2,
    show: Annotated[int, typer.Option(help="Print this many of the most reported clusters")] = 10,
) -> None:
    """Recompute the cross-report dedup clusters."""
    with _open(db, read_only=False) as store:
        n = store.rebuild_clusters(window_days=window)
        stats = store.stats()
        top = store.clusters(min_mentions=2, limit=show) if show else []
    _err().print(f"{stats['events']} events in {n} clusters", highlight=False)
    if top:
        _emit_rows(top, OutFormat.auto, title="most reported happenings")


def export_cmd(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="File (jsonl/csv/gdelt; '-' for stdout) or directory (parquet)")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl | csv | parquet | gdelt")] = ExportFormat.jsonl,
    actor: Annotated[str | None, typer.Option(help="Actor country code or name")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country code or name")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest event date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest event date")] = None,
    category: Annotated[list[str] | None, typer.Option(help="PLOVER category; repeatable")] = None,
    quad: Annotated[list[int] | None, typer.Option(help="Quad code 1-4; repeatable")] = None,
    dedup: Annotated[bool, typer.Option(help="gdelt: one row per dedup cluster (its first report)")] = True,
    header: Annotated[bool, typer.Option(help="gdelt: write a header line (GDELT files have none)")] = True,
) -> None:
    """Export stored events (with report URLs and dedup counts) as JSONL, CSV, Parquet or a GDELT-style table."""
    from killdeer import export

    with _open(db, read_only=False) as store:
        if store.clusters_stale:
            store.rebuild_clusters()
        events = store.events(
            actor=actor, recipient=recipient, date_from=date_from, date_to=date_to, category=category or None,
            quad=quad or None, limit=None, with_context=True,
        )
    if fmt is ExportFormat.jsonl:
        n = export.write_jsonl(events, output)
    elif fmt is ExportFormat.csv:
        n = export.write_csv(events, output)
    elif fmt is ExportFormat.parquet:
        n = export.write_parquet(events, output)
    else:
        n = export.write_gdelt(events, output, header=header, one_per_cluster=dedup)
    _err().print(f"{n} rows written to {output}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""
    app.command("events")(events_cmd)
    app.command("dyad")(dyad_cmd)
    app.command("sql")(sql_cmd)
    app.command("dedup")(dedup_cmd)
    app.command("export")(export_cmd)
    top = typer.Typer(help="Most frequent actors in the store.", no_args_is_help=True)
    top.command("actors")(top_actors_cmd)
    app.add_typer(top, name="top")
