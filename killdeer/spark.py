"""Code a corpus on Spark with the same results as ``killdeer code --format parquet``.

    killdeer spark-code INPUT_URI OUTPUT_URI [--partitions N] [--master local[2]]
    python -m killdeer.spark INPUT_URI OUTPUT_URI [--partitions N] [--master yarn]

``INPUT_URI`` is anything Spark can read (a file, folder or glob on a local disk, HDFS, S3,
GCS...): JSONL (one ``{"id", "date", "text"}`` object per line) or Parquet (columns ``id``,
``date``, ``text``); other fields and columns are ignored. The format is Parquet when the URI
ends in ``.parquet``/``.pq`` and JSONL otherwise, or as given by ``input_format``.

``OUTPUT_URI`` receives two tables (each replaced if it exists):

``OUTPUT_URI/events``
    the events as Hive-partitioned Parquet (``year=2024/month=1/``) with exactly the columns
    of :data:`killdeer.export.FLAT_SCHEMA`, i.e. what ``killdeer code --format parquet``
    writes; :func:`killdeer.export.read_parquet` reads both back to the same table.
``OUTPUT_URI/failed``
    one row per document that could not be read or coded: ``doc_id`` (null when the record
    had none), ``origin`` (``file:line`` for JSONL, ``file:row N`` for Parquet), ``stage``
    (``read`` or ``code``) and ``error`` (the same messages as the local reader).

How it runs: stage 1 reads the raw lines/rows and validates them with the local reader's
own code (:func:`killdeer.read.make_document`), so a document is good or bad on Spark exactly
when it is locally; stage 2 repartitions the documents and codes them with
:meth:`killdeer.pipeline.Coder.code_many` through ``mapInArrow``. Each executor Python
worker builds ONE :class:`Coder` per :class:`Config` the first time it codes a batch and
keeps it for the rest of its life (PySpark reuses workers across tasks), see
:func:`_worker_coder`; the driver never loads spaCy. Event ids depend only on the document
id, sentence index, trigger offset and category, so they do not depend on partitioning.
Documents without an ``id`` get the local fallback id ``<file stem>-<line or row number>``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import unquote

import pyarrow as pa
import typer

from killdeer.config import Config
from killdeer.errors import ConfigError, InputError, KilldeerError
from killdeer.export import FLAT_COLUMNS, FLAT_SCHEMA, flat_row

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

    from killdeer.pipeline import Coder
    from killdeer.types import Document

PARQUET_SUFFIXES = (".parquet", ".pq")
FAILED_COLUMNS = ("doc_id", "origin", "stage", "error")
TRUNCATED_MARK = "coded only the first"  # the warning Coder._prepare reports (not a failure)
CHUNK = 256  # documents handed to one code_many call (nlp.pipe batches them by config.batch_size)

# stage 1 -> stage 2: a validated document (kind "doc") or a record that failed to read ("failed")
STAGED_SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("id", pa.string()),
        ("date", pa.string()),
        ("text", pa.string()),
        ("origin", pa.string()),
        ("error", pa.string()),
    ]
)
# stage 2 output: events (kind "event", the flat columns), one "doc" row per coded document
# (error = truncation warning, if any) and "failed" rows; split into the two tables on write
CODED_SCHEMA = pa.schema(
    [("kind", pa.string()), *FLAT_SCHEMA, ("origin", pa.string()), ("stage", pa.string()), ("error", pa.string())]
)


# --------------------------------------------------------------------------- executor side
# One Coder per executor Python worker and Config. This cache is ONLY used by the worker
# functions below (it lives in the worker process that unpickled them); the driver never
# touches it, so `run()` itself holds no global state.
_CODERS: dict[Config, Coder] = {}


def _worker_coder(config: Config) -> Coder:
    coder = _CODERS.get(config)
    if coder is None:
        from killdeer.pipeline import Coder

        coder = _CODERS[config] = Coder(config)
    return coder


def _bare(err: InputError) -> str:
    """The message of an InputError without its ``origin:`` prefix."""
    msg = str(err)
    prefix = f"{err.origin}: " if err.origin else ""
    return msg[len(prefix):] if prefix and msg.startswith(prefix) else msg


def _stem(file_uri: str) -> str:
    return Path(unquote(file_uri.rsplit("/", 1)[-1])).stem


def _file_label(file_uri: str) -> str:
    path = unquote(file_uri)
    return path[len("file:"):] if path.startswith("file:") else path


def _staged(doc: Document) -> dict[str, Any]:
    return {"kind": "doc", "id": doc.id, "date": doc.date.isoformat(), "text": doc.text, "origin": doc.origin}


def _staged_failure(err: InputError, doc_id: Any = None) -> dict[str, Any]:
    return {"kind": "failed", "id": None if doc_id is None else str(doc_id), "origin": err.origin, "error": _bare(err)}


def _read_jsonl_partition(
    batches: Iterable[pa.RecordBatch], line_base: dict[tuple[str, int], int], default_date: dt.date | None
) -> Iterator[pa.RecordBatch]:
    """Raw lines (value: binary, file_path, file_block_start) -> staged documents, as read_jsonl does.

    A file split is read by one task in order, so a line's number is the number of lines in
    the file's earlier splits (``line_base``, counted on the driver) plus its index in the split.
    """
    from killdeer.read import make_document, parse_json_line

    seen: dict[tuple[str, int], int] = {}
    for batch in batches:
        out: list[dict[str, Any]] = []
        cols = batch.to_pydict()
        for raw, path, start in zip(cols["value"], cols["file_path"], cols["file_block_start"], strict=True):
            key = (path, start)
            index = seen.get(key, 0)
            seen[key] = index + 1
            if raw is None or not raw.strip():
                continue
            lineno = line_base.get(key, 0) + index + 1
            origin = f"{_file_label(path)}:{lineno}"
            row: Any = None
            try:
                row = parse_json_line(raw, origin)
                out.append(_staged(make_document(row, origin, f"{_stem(path)}-{lineno}", default_date)))
            except InputError as err:
                doc_id = row.get("id") if isinstance(row, dict) else None
                out.append(_staged_failure(err, doc_id if doc_id != "" else None))
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=STAGED_SCHEMA)


def _read_parquet_partition(
    batches: Iterable[pa.RecordBatch], default_date: dt.date | None
) -> Iterator[pa.RecordBatch]:
    """Parquet rows (id?, date?, text, file_path, row_index) -> staged documents, as read_parquet does."""
    from killdeer.read import make_document

    for batch in batches:
        out: list[dict[str, Any]] = []
        for row in batch.to_pylist():
            path, rowno = row.pop("__file"), row.pop("__row") + 1
            origin = f"{_file_label(path)}:row {rowno}"
            try:
                out.append(_staged(make_document(row, origin, f"{_stem(path)}-{rowno}", default_date)))
            except InputError as err:
                doc_id = row.get("id")
                out.append(_staged_failure(err, doc_id if doc_id != "" else None))
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=STAGED_SCHEMA)


def _code_chunk(coder: Coder, docs: list[Document]) -> list[dict[str, Any]]:
    """Code documents with ``code_many``; every document yields events + a doc row, or a failed row."""
    errors: dict[str | None, str] = {}
    warnings: dict[str | None, str] = {}

    def on_error(err: InputError) -> None:
        msg = _bare(err)
        (warnings if TRUNCATED_MARK in msg else errors)[err.origin] = msg

    coded: dict[int, list] = {}
    try:
        for doc, events in coder.code_many(docs, on_error=on_error):
            coded[id(doc)] = events
    except ConfigError:  # the pipeline cannot load: no document can be coded, fail the job (as locally)
        raise
    except Exception:  # the pipeline itself broke on this chunk: isolate the bad document(s)
        coded.clear()
        for doc in docs:
            try:
                coded[id(doc)] = coder.code_document(doc)
            except Exception as exc:
                errors[doc.origin] = f"coding failed: {type(exc).__name__}: {exc}"
    rows: list[dict[str, Any]] = []
    for doc in docs:
        events = coded.get(id(doc))
        if events is None:
            error = errors.get(doc.origin, "coding failed")
            rows.append({"kind": "failed", "doc_id": doc.id, "origin": doc.origin, "stage": "code", "error": error})
            continue
        for ev in events:
            rows.append({"kind": "event", **flat_row(ev)})
        rows.append({"kind": "doc", "doc_id": doc.id, "origin": doc.origin, "error": warnings.get(doc.origin)})
    return rows


def _code_partition(batches: Iterable[pa.RecordBatch], config: Config) -> Iterator[pa.RecordBatch]:
    """Staged documents -> coded rows (:data:`CODED_SCHEMA`); the executor side of :func:`run`."""
    from killdeer.types import Document

    coder = _worker_coder(config)
    for batch in batches:
        rows = batch.to_pylist()
        out: list[dict[str, Any]] = []
        docs: list[Document] = []
        for r in rows:
            if r["kind"] == "failed":
                out.append({"kind": "failed", "doc_id": r["id"], "origin": r["origin"], "stage": "read", "error": r["error"]})
            else:
                docs.append(Document(id=r["id"], date=dt.date.fromisoformat(r["date"]), text=r["text"], origin=r["origin"]))
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=CODED_SCHEMA)
        for i in range(0, len(docs), CHUNK):
            yield pa.RecordBatch.from_pylist(_code_chunk(coder, docs[i : i + CHUNK]), schema=CODED_SCHEMA)


# --------------------------------------------------------------------------- driver side
def _spark_schema(schema: pa.Schema):  # noqa: ANN202 - pyspark StructType
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def session(master: str | None = None, app_name: str = "killdeer") -> SparkSession:
    """A SparkSession for coding (``master`` None: spark-submit's, else ``local[*]``); UTC session time zone."""
    from pyspark.sql import SparkSession

    # plain `python`/`killdeer` with a local master: the executors' Python is this one (the venv
    # with killdeer and the spaCy model). Under spark-submit, or on a cluster, PYSPARK_PYTHON is
    # the user's to set (docs/spark.md).
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    local = master.startswith("local") if master else not under_submit
    if local and "PYSPARK_PYTHON" not in os.environ:
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name).config("spark.sql.session.timeZone", "UTC")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def _input_format(input_uri: str, input_format: str | None) -> str:
    fmt = (input_format or "").lower() or (
        "parquet" if input_uri.rstrip("/").lower().endswith(PARQUET_SUFFIXES) else "jsonl"
    )
    if fmt not in ("jsonl", "parquet"):
        raise KilldeerError(f"unknown input format {input_format!r}: jsonl or parquet")
    return fmt


def read_staged(
    spark: SparkSession, input_uri: str, *, input_format: str | None = None, default_date: dt.date | None = None
) -> DataFrame:
    """Stage 1: the input as validated documents and read failures (:data:`STAGED_SCHEMA`)."""
    from pyspark.sql import functions as F

    staged = _spark_schema(STAGED_SCHEMA)
    if _input_format(input_uri, input_format) == "parquet":
        raw = spark.read.option("recursiveFileLookup", "true").parquet(input_uri)
        if "text" not in raw.columns:
            raise InputError("no 'text' column", input_uri)
        cols = [c for c in ("id", "date", "text") if c in raw.columns]
        raw = raw.select(*cols, F.col("_metadata.file_path").alias("__file"), F.col("_metadata.row_index").alias("__row"))
        return raw.mapInArrow(partial(_read_parquet_partition, default_date=default_date), staged)
    # lines split on "\n" only, kept as bytes: decoded per line like the local reader. Folders
    # are read recursively (as locally); Spark skips files whose names start with "_" or "."
    raw = (
        spark.read.option("lineSep", "\n")
        .option("recursiveFileLookup", "true")
        .text(input_uri)
        .select(
            F.col("value").cast("binary").alias("value"),
            F.col("_metadata.file_path").alias("file_path"),
            F.col("_metadata.file_block_start").alias("file_block_start"),
        )
    )
    counts = raw.groupBy("file_path", "file_block_start").count().collect()
    line_base: dict[tuple[str, int], int] = {}
    by_file: dict[str, list[tuple[int, int]]] = {}
    for r in counts:
        by_file.setdefault(r["file_path"], []).append((r["file_block_start"], r["count"]))
    for path, blocks in by_file.items():
        total = 0
        for start, n in sorted(blocks):
            line_base[(path, start)] = total
            total += n
    return raw.mapInArrow(partial(_read_jsonl_partition, line_base=line_base, default_date=default_date), staged)


def run(
    input_uri: str,
    output_uri: str,
    *,
    partitions: int | None = None,
    config: Config = Config(),  # noqa: B008 - frozen dataclass
    spark: SparkSession | None = None,
    input_format: str | None = None,
    default_date: dt.date | None = None,
) -> dict[str, int]:
    """Code ``input_uri`` on Spark into ``output_uri``/events and ``output_uri``/failed.

    ``partitions``: coding tasks (default: twice the cluster's default parallelism, at least
    the number of input splits). ``spark``: an existing session (kept open); without one a
    session is created with :func:`session` and stopped at the end. Returns
    ``{"documents", "events", "failed", "truncated"}``: documents = every non-blank input
    record, coded or failed; truncated = coded documents cut to ``config.max_chars``.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    own = spark is None
    spark = spark or session()
    try:
        docs = read_staged(spark, input_uri, input_format=input_format, default_date=default_date)
        n = partitions or max(docs.rdd.getNumPartitions(), 2 * spark.sparkContext.defaultParallelism)
        coded = (
            docs.repartition(n)
            .mapInArrow(partial(_code_partition, config=config), _spark_schema(CODED_SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        try:
            base = output_uri.rstrip("/")
            _write(coded, base)
            by_kind = {
                r["kind"]: (r["n"], r["warned"])
                for r in coded.groupBy("kind")
                .agg(F.count(F.lit(1)).alias("n"), F.count("error").alias("warned"))
                .collect()
            }
        finally:
            coded.unpersist()
    finally:
        if own:
            spark.stop()
    n_docs, truncated = by_kind.get("doc", (0, 0))
    n_failed = by_kind.get("failed", (0, 0))[0]
    return {
        "documents": n_docs + n_failed,
        "events": by_kind.get("event", (0, 0))[0],
        "failed": n_failed,
        "truncated": truncated,
    }


def _write(coded: DataFrame, base: str) -> None:
    """The events and failed tables; a pipeline that cannot load on the executors -> ConfigError."""
    from pyspark.sql import functions as F

    try:
        events = coded.filter(F.col("kind") == "event").select(*FLAT_COLUMNS)
        (
            events.repartition("year", "month")
            .sortWithinPartitions("year", "month", "doc_id", "sentence_index", "event_start", "id")
            .write.mode("overwrite")
            .partitionBy("year", "month")
            .parquet(f"{base}/events")
        )
    except Exception as exc:
        marker = "killdeer.errors.ConfigError: "
        lines = [ln for ln in str(exc).splitlines() if ln.startswith(marker)]
        if lines:
            raise ConfigError(f"on the executors: {lines[-1][len(marker):]}") from None
        raise
    failed = coded.filter(F.col("kind") == "failed").select(*FAILED_COLUMNS)
    failed.coalesce(1).sortWithinPartitions("origin").write.mode("overwrite").parquet(f"{base}/failed")


# --------------------------------------------------------------------------- command line
def register(app: typer.Typer) -> None:
    """Add ``killdeer spark-code`` to the CLI app."""

    @app.command("spark-code")
    def spark_code(
        input_uri: Annotated[str, typer.Argument(help="JSONL or Parquet file/folder/glob; any Spark-readable URI")],
        output_uri: Annotated[str, typer.Argument(help="Writes OUTPUT_URI/events (Parquet by year/month) and OUTPUT_URI/failed")],
        partitions: Annotated[int | None, typer.Option(help="Coding tasks (default: 2 x default parallelism)")] = None,
        master: Annotated[str | None, typer.Option(help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")] = None,
        input_format: Annotated[str | None, typer.Option("--input-format", help="jsonl | parquet (default: by suffix)")] = None,
        date: Annotated[str | None, typer.Option(help="Publication date for records without one")] = None,
        actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML), readable on every executor")] = None,
        lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra trigger lexicon (YAML), readable on every executor")] = None,
        min_confidence: Annotated[float, typer.Option(help="Drop events below this confidence")] = 0.0,
        historical: Annotated[bool, typer.Option(help="Also emit negated/hypothetical/historical events, flagged")] = False,
        spacy_model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path (installed on executors)")] = None,
        batch_size: Annotated[int | None, typer.Option(help="Documents per nlp.pipe batch")] = None,
    ) -> None:
        """Code articles on Spark: the same events as `killdeer code --format parquet`, scaled out."""
        from killdeer.cli import _config, _parse_cli_date, err

        cfg = _config(actors, min_confidence, historical, spacy_model, batch_size, lexicon=lexicon)
        default_date = _parse_cli_date(date)
        spark = session(master)
        try:
            counts = run(
                input_uri, output_uri, partitions=partitions, config=cfg, spark=spark,
                input_format=input_format, default_date=default_date,
            )
        except KilldeerError as exc:
            err.print(f"[red]error[/]: {exc}")
            raise typer.Exit(2) from None
        finally:
            spark.stop()
        sys.stdout.write(json.dumps(counts) + "\n")
        if counts["failed"]:
            err.print(f"{counts['failed']} document(s) failed: see {output_uri.rstrip('/')}/failed", highlight=False)
            raise typer.Exit(1)


def main(argv: list[str] | None = None) -> int:
    """``python -m killdeer.spark`` / the spark-submit entry point; prints the counts as JSON."""
    ap = argparse.ArgumentParser(prog="python -m killdeer.spark", description=__doc__.split("\n\n")[0])
    ap.add_argument("input_uri")
    ap.add_argument("output_uri")
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument("--input-format", choices=("jsonl", "parquet"))
    ap.add_argument("--date", help="publication date for records without one (YYYY-MM-DD)")
    ap.add_argument("--actors", action="append", type=Path, default=[], help="extra actor dictionary (YAML)")
    ap.add_argument("--lexicon", action="append", type=Path, default=[], help="extra trigger lexicon (YAML)")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--historical", action="store_true")
    ap.add_argument("--spacy-model")
    ap.add_argument("--batch-size", type=int)
    a = ap.parse_args(argv)
    cfg = Config(actors=tuple(a.actors), lexicon=tuple(a.lexicon), min_confidence=a.min_confidence,
                 historical=a.historical)
    if a.spacy_model:
        cfg = cfg.with_(spacy_model=a.spacy_model)
    if a.batch_size:
        cfg = cfg.with_(batch_size=a.batch_size)
    try:
        from killdeer.read import parse_date

        default_date = parse_date(a.date) if a.date else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    spark = session(a.master)
    try:
        counts = run(
            a.input_uri, a.output_uri, partitions=a.partitions, config=cfg, spark=spark,
            input_format=a.input_format, default_date=default_date,
        )
    except KilldeerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(json.dumps(counts))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    # run the imported module's main, so executors unpickle the worker functions by reference
    # (with their per-process Coder cache) instead of by value from __main__
    from killdeer.spark import main as _main

    raise SystemExit(_main())
