"""The ``killdeer`` command line: a thin layer over :class:`killdeer.pipeline.Coder`."""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from killdeer.config import Config
from killdeer.errors import InputError, KilldeerError
from killdeer.types import Document, Event

app = typer.Typer(
    name="killdeer",
    help="Turn dated news articles into PLOVER political event data, with the evidence for every field.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
actors_app = typer.Typer(help="Look up and inspect the actor dictionaries.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

err = Console(stderr=True)


class ErrorLog:
    """Collects per-document problems: printed as they happen, counted for the exit status."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.count = 0
        self.warnings = 0

    def __call__(self, error: InputError) -> None:
        if str(error).find("coded only the first") >= 0:
            self.warnings += 1
            self.console.print(f"[yellow]warning[/]: {error}", highlight=False, soft_wrap=True)
            return
        self.count += 1
        self.console.print(f"[red]error[/]: {error}", highlight=False, soft_wrap=True)


def _config(
    actors: list[Path] | None = None,
    min_confidence: float = 0.0,
    historical: bool = False,
    spacy_model: str | None = None,
    batch_size: int | None = None,
    classifier: bool = True,
    lexicon: list[Path] | None = None,
) -> Config:
    cfg = Config(actors=tuple(actors or ()), lexicon=tuple(lexicon or ()), min_confidence=min_confidence,
                 historical=historical, use_classifier=classifier)
    if spacy_model:
        cfg = cfg.with_(spacy_model=spacy_model)
    if batch_size:
        cfg = cfg.with_(batch_size=batch_size)
    return cfg


def _parse_cli_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from killdeer.read import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def event_table(events: list[Event], title: str | None = None) -> Table:
    """A rich table of events for the terminal."""
    table = Table(title=title, show_lines=False, expand=False)
    for col in ("date", "event", "mode", "actor", "recipient", "place", "conf", "evidence"):
        table.add_column(col, overflow="fold")

    def ents(es: list) -> str:
        return "; ".join(
            f"{e.name or e.text or '(article country)'} [{e.country or '?'}{'/' + e.sector if e.sector else ''}]" for e in es
        )

    for e in events:
        table.add_row(
            e.date,
            e.event,
            ",".join(e.mode),
            ents(e.actor),
            ents(e.recipient),
            (e.event_loc.name if e.event_loc else ""),
            f"{e.confidence:.2f}",
            e.event_text,
        )
    return table


@app.command()
def code(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders: .txt (seed format), .jsonl, .csv, .parquet")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write events here (default: stdout)")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | table | csv | parquet")] = "jsonl",
    date: Annotated[str | None, typer.Option(help="Publication date for .txt files without a header")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML); repeatable")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra trigger lexicon (YAML, triggers.yaml format); repeatable")] = None,
    min_confidence: Annotated[float, typer.Option(help="Drop events below this confidence")] = 0.0,
    historical: Annotated[bool, typer.Option(help="Also emit negated/hypothetical/historical events, flagged")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes (each parses and codes whole batches)")] = 1,
    db: Annotated[Path | None, typer.Option(help="Also store events in this DuckDB file (incremental)")] = None,
    spacy_model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per nlp.pipe batch")] = None,
    progress: Annotated[bool | None, typer.Option(help="Show a progress bar (default: when stderr is a terminal)")] = None,
    classifier: Annotated[bool, typer.Option(help="Use the learned trigger classifier (--no-classifier: rules only)")] = True,
    quotes: Annotated[Path | None, typer.Option(help="Also write each direct quotation and its speaker (JSONL)")] = None,
) -> None:
    """Code articles into PLOVER event records."""
    from killdeer.pipeline import Coder
    from killdeer.read import read_documents

    cfg = _config(actors, min_confidence, historical, spacy_model, batch_size, classifier, lexicon)
    log = ErrorLog(err)
    coder = Coder(cfg)
    default_date = _parse_cli_date(date)
    docs = _loaded_first(read_documents(inputs, default_date=default_date, on_error=log), coder)
    store = None
    if db is not None:
        from killdeer.store import Store, content_hash

        store = Store.open(db)
        version = coder.coder["version"]
        docs = (d for d in docs if store.needs_coding(d.id, content_hash(d), version))
    show = err.is_terminal if progress is None else progress
    try:
        quote_fh = quotes.open("w", encoding="utf-8") if quotes is not None else None
        stream = _pairs(coder.analyze_many(docs, on_error=log, n_process=max(1, workers),
                                           quotations=quote_fh is not None), quote_fh)
        stream = _with_progress(stream, show)
        if store is not None:
            stream = _stored(stream, store, coder.coder["version"])
        n = _write(stream, fmt, output)
    except KilldeerError as exc:
        err.print(f"[red]error[/]: {exc}")
        raise typer.Exit(2) from None
    finally:
        if store is not None:
            store.close()
    err.print(f"{n} events; {log.count} document(s) skipped", highlight=False) if (show or log.count) else None
    if log.count:
        raise typer.Exit(1)


def _loaded_first(docs: Iterator[Document], coder: Any) -> Iterator[Document]:
    """The documents, once the coder's resources are loaded (not at all if there is no document).

    They load with the cyclic garbage collector paused and are then frozen (``gc.freeze``): they
    are a few hundred thousand long-lived objects (dictionaries, gazetteer, models) that each full
    collection would otherwise traverse again, ~0.5 s while loading and ~0.1 s per later one.
    """
    first = next(docs, None)
    if first is None:
        return
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): loading spaCy's pipeline calls gc.enable()
    try:
        coder.preload()
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)
    yield first
    yield from docs


def _pairs(analyses: Iterator[Any], quote_fh: Any) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) pairs; quotations go to their own file as they come."""
    try:
        for a in analyses:
            if quote_fh is not None:
                for q in a.quotation_records():
                    quote_fh.write(json.dumps(q, ensure_ascii=False) + "\n")
            yield a.document, a.events
    finally:
        if quote_fh is not None:
            quote_fh.close()


def _stored(stream: Iterator[tuple[Document, list[Event]]], store: Any, version: str) -> Iterator[tuple[Document, list[Event]]]:
    from killdeer.store import content_hash

    with store.writer(coder_version=version, batch_size=256) as w:
        for doc, events in stream:
            w.add(doc, events, content_hash=content_hash(doc))
            yield doc, events


def _with_progress(stream: Iterator[tuple[Document, list[Event]]], show: bool) -> Iterator[tuple[Document, list[Event]]]:
    if not show:
        yield from stream
        return
    progress = Progress(
        TextColumn("[bold]coding"), BarColumn(), TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(), console=err, transient=False,
    )
    start = time.perf_counter()
    n_events = 0
    with progress:
        task = progress.add_task("code", total=None, rate=0.0, events=0)
        for i, (doc, events) in enumerate(stream, start=1):
            n_events += len(events)
            progress.update(task, completed=i, rate=i / max(1e-9, time.perf_counter() - start), events=n_events)
            yield doc, events


def _jsonl(events: Iterator[Event], fh: Any) -> int:
    n = 0
    for e in events:
        fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        n += 1
        if n % 64 == 0:
            fh.flush()
    fh.flush()
    return n


def _write(stream: Iterator[tuple[Document, list[Event]]], fmt: str, output: Path | None) -> int:
    events_iter = (e for _, events in stream for e in events)
    if fmt == "table":
        events = list(events_iter)
        to_terminal = output is None and sys.stdout.isatty()
        console = Console(file=output.open("w", encoding="utf-8") if output else sys.stdout,
                          width=None if to_terminal else 160)
        console.print(event_table(events))
        return len(events)
    if fmt == "jsonl":
        if output is None:
            return _jsonl(events_iter, sys.stdout)
        with output.open("w", encoding="utf-8") as fh:
            return _jsonl(events_iter, fh)
    from killdeer import export

    if fmt == "csv":
        return export.write_csv(list(events_iter), output or sys.stdout)
    if fmt == "parquet":
        if output is None:
            raise typer.BadParameter("--format parquet needs -o DIR")
        return export.write_parquet(list(events_iter), output)
    raise typer.BadParameter(f"unknown format {fmt!r}: jsonl, table, csv or parquet")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (shared/eval/FORMAT.md)")],
    pred: Annotated[Path | None, typer.Option("--pred", help="Score these predicted events instead of coding")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    min_confidence: Annotated[float, typer.Option(help="Ignore predictions below this confidence")] = 0.0,
    curve: Annotated[bool, typer.Option(help="Also print a precision/recall curve over confidence")] = False,
    details: Annotated[bool, typer.Option(help="Print matched/missed/spurious events per document")] = False,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML)")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra trigger lexicon (YAML, triggers.yaml format); repeatable")] = None,
    classifier: Annotated[bool, typer.Option(help="Use the learned trigger classifier (--no-classifier: rules only)")] = True,
) -> None:
    """Code the gold documents (or read --pred) and print the FORMAT.md scores."""
    from killdeer import evaluate as ev

    gold_docs = ev.load_gold(gold)
    if pred is not None:
        predictions = ev.load_predictions(pred)
    else:
        from killdeer.pipeline import Coder

        coder = Coder(_config(actors, classifier=classifier, lexicon=lexicon))
        docs = [Document(id=str(d["id"]), date=_parse_cli_date(d["date"]) or dt.date.today(), text=d["text"]) for d in gold_docs]
        predictions = {doc.id: [e.to_dict() for e in events] for doc, events in coder.code_many(docs)}
    report = ev.score(gold_docs, predictions, min_confidence=min_confidence)
    out: dict[str, Any] = report.to_dict()
    if curve:
        out["pr_curve"] = ev.pr_curve(gold_docs, predictions, [round(0.05 * i, 2) for i in range(0, 20)])
    if as_json:
        if not details:
            out.pop("details", None)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    ev.render(report, console)
    if curve:
        t = Table(title="precision / recall by minimum confidence")
        for c in ("min conf", "event P", "event R", "event F1", "cat P", "cat R", "cat F1"):
            t.add_column(c)
        for row in out["pr_curve"]:
            e, c = row["event"], row["category"]
            t.add_row(f"{row['threshold']:.2f}", *(f"{x:.3f}" for x in (e["precision"], e["recall"], e["f1"], c["precision"], c["recall"], c["f1"])))
        console.print(t)
    if details:
        console.print_json(json.dumps(out.get("details", {}), ensure_ascii=False))


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article")],
    date: Annotated[str, typer.Option(help="Publication date YYYY-MM-DD")] = dt.date.today().isoformat(),
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML)")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra trigger lexicon (YAML, triggers.yaml format); repeatable")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records with their 'why'")] = False,
) -> None:
    """Show each event's trigger, actor/recipient spans and why it was coded."""
    from killdeer.pipeline import Coder

    coder = Coder(_config(actors, historical=True, lexicon=lexicon))
    events = coder.code(text, date=date)
    if as_json:
        for e in events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    console = Console()
    if not events:
        console.print("no events")
    for e in events:
        status = "[yellow]suppressed (" + ",".join(e.why.get("aux", ["historical"])) + ")[/]" if e.historical else "[green]coded[/]"
        console.rule(f"{e.event} {','.join(e.mode)}  {status}")
        console.print(f"sentence   : {e.sentence}", highlight=False)
        console.print(f"trigger    : [bold]{e.why.get('trigger')}[/] at {e.why.get('trigger_start')}  rule={e.why.get('rule')}  prior={e.why.get('prior')}", highlight=False)
        if e.why.get("folded"):
            console.print(f"folded in  : {', '.join(e.why['folded'])}", highlight=False)
        for role, ents in (("actor", e.actor), ("recipient", e.recipient)):
            for ent in ents:
                console.print(
                    f"{role:<11}: '{ent.text}' [{ent.start}:{ent.end}] -> {ent.name or '-'} {ent.country}/{ent.sector or '-'} (by {ent.resolved_by})",
                    highlight=False,
                )
        console.print(f"date       : {e.date} ({e.date_precision}{', from ' + repr(e.date_text) if e.date_text else ''})", highlight=False)
        loc = e.event_loc
        console.print(f"place      : {loc.name + ' ' + str(loc.country) + ' (' + loc.precision + ', ' + str(loc.resolved_by) + ')' if loc else '-'}", highlight=False)
        extra = {k: v for k, v in e.why.items() if k not in ("trigger", "trigger_start", "rule", "prior", "folded", "aux")}
        console.print(f"confidence : {e.confidence:.2f}  {json.dumps(extra) if extra else ''}", highlight=False)


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, country, demonym or role phrase")],
    date: Annotated[str, typer.Option(help="Resolve as of this date")] = dt.date.today().isoformat(),
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML)")] = None,
) -> None:
    """Print how NAME resolves on DATE and which file that came from."""
    from killdeer.actors.lexicon import ActorLexicon

    lex = ActorLexicon.load(actors or ())
    when = _parse_cli_date(date) or dt.date.today()
    m = lex.lookup(name, when) or lex.agent(name)
    if m is None:
        code_ = lex.demonym(name)
        if code_ is None:
            err.print(f"no match for {name!r}")
            raise typer.Exit(1)
        sys.stdout.write(json.dumps({"name": name, "country": code_, "kind": "demonym"}) + "\n")
        return
    sys.stdout.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")


def _register_optional() -> None:
    """Commands that live beside their modules (store, training, Spark, web)."""
    import importlib

    for module in ("killdeer.store_cli", "killdeer.train_cli", "killdeer.spark", "killdeer.api"):
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            if exc.name and exc.name.startswith("killdeer"):
                continue  # not built yet
            raise
        register = getattr(mod, "register", None)
        if register is not None:
            register(app)


_register_optional()


def main() -> None:
    """Entry point of the ``killdeer`` script."""
    try:
        app()
    except KilldeerError as exc:
        err.print(f"[red]error[/]: {exc}")
        sys.exit(2)
    except BrokenPipeError:  # `killdeer code ... | head`
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()
