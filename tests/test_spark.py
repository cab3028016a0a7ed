"""Spark coding gives the same events as local `killdeer code --format parquet`, and loses nothing.

Runs PySpark in ``local[2]`` on a few hundred small generated documents with bad records mixed
in; skipped when Java or PySpark is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from killdeer import Config
from killdeer.export import FLAT_COLUMNS, read_parquet

pytestmark = pytest.mark.slow

N_DOCS = 300


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").exists():
        return str(Path(home, "bin", "java"))
    return shutil.which("java")


@pytest.fixture(scope="module")
def spark():
    if _java() is None:
        pytest.skip("Java is not installed (PySpark needs a JRE; CI installs openjdk-17-jre-headless)")
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install killdeer[spark])")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("killdeer-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _documents(n: int) -> list[dict[str, str]]:
    """Small generated articles (bench.corpus when present, else a few templates)."""
    try:
        from bench.corpus import CorpusSpec, iter_documents

        return list(iter_documents(CorpusSpec(n, seed=7, min_words=20, max_words=60)))
    except ImportError:
        rng = random.Random(7)
        places = [("Ecuador", "Quito"), ("Peru", "Lima"), ("Kenya", "Nairobi"), ("Mali", "Bamako"), ("Chile", "Santiago")]
        templates = [
            "Police arrested {k} protesters in {c2} on Monday.",
            "{a} and {b} held talks in {c1} on Tuesday.",
            "{a} accused {b} of violating the ceasefire.",
            "Troops from {a} shelled positions near the border with {b}, officials in {c1} said.",
            "{a} agreed to send humanitarian aid to {b}.",
        ]
        out = []
        for i in range(n):
            (a, c1), (b, c2) = rng.sample(places, 2)
            text = " ".join(rng.choice(templates).format(a=a, b=b, c1=c1, c2=c2, k=rng.randint(2, 90)) for _ in range(3))
            date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
            out.append({"id": f"t-{i:05d}", "date": date.isoformat(), "text": text})
        return out


def _write_corpus(path: Path) -> set[str]:
    """JSONL with bad records among the good ones; returns the origins (`path:line`) of the bad ones."""
    lines = [json.dumps(d, ensure_ascii=False) for d in _documents(N_DOCS)]
    bad = {
        7: json.dumps({"id": "bad-date", "date": "2024-13-01", "text": "Troops shelled the town."}),
        31: json.dumps({"id": "empty", "date": "2024-01-01", "text": "   "}),
        64: "{oops",
        90: json.dumps(["not", "an", "object"]),
        120: json.dumps({"id": "no-text", "date": "2024-01-01"}),
        150: json.dumps({"id": "no-date", "text": "Kenya and Uganda held talks in Nairobi."}),
    }
    for lineno in sorted(bad):
        lines.insert(lineno - 1, bad[lineno])
    lines.insert(200, "")  # blank lines are skipped but counted, as locally
    # no id: both sides must fall back to "<file stem>-<line>"
    lines.insert(210, json.dumps({"date": "2024-02-03", "text": "Police arrested 40 protesters in Lima on Monday."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {f"{path}:{n}" for n in bad}


def _local(corpus: Path, out: Path) -> tuple[list[dict], set[str]]:
    """`killdeer code --format parquet` as a user runs it; returns rows sorted by id and error lines."""
    proc = subprocess.run(
        [sys.executable, "-m", "killdeer.cli", "code", str(corpus), "--format", "parquet", "-o", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stderr
    errors = {line.removeprefix("error: ") for line in proc.stderr.splitlines() if line.startswith("error: ")}
    return sorted(read_parquet(out).to_pylist(), key=lambda r: r["id"]), errors


def test_spark_matches_local_row_for_row_and_lists_bad_records(spark, tmp_path):
    from killdeer.spark import run

    corpus = tmp_path / "corpus.jsonl"
    bad = _write_corpus(corpus)
    local_rows, local_errors = _local(corpus, tmp_path / "local")

    # small input splits: line numbers (origins, fallback ids) must hold across split borders
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(4096, corpus.stat().st_size // 5)))
    try:
        assert spark.read.text(str(corpus)).rdd.getNumPartitions() >= 3
        counts = run(str(corpus), str(tmp_path / "spark"), partitions=4, spark=spark)
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")

    spark_rows = sorted(read_parquet(tmp_path / "spark" / "events").to_pylist(), key=lambda r: r["id"])
    assert local_rows, "the corpus must produce events"
    assert len(spark_rows) == len(local_rows)
    assert [r["id"] for r in spark_rows] == [r["id"] for r in local_rows]
    assert spark_rows == local_rows  # same ids, same columns, same values
    assert any(r["doc_id"] == "corpus-211" for r in spark_rows)  # fallback id, as locally

    # the files carry exactly the flat columns (year/month in the Hive directory names)
    files = sorted((tmp_path / "spark" / "events").rglob("*.parquet"))
    assert files and all(f.parent.name.startswith("month=") and f.parent.parent.name.startswith("year=") for f in files)
    for f in files:
        assert pq.ParquetFile(f).schema_arrow.names == [c for c in FLAT_COLUMNS if c not in ("year", "month")]

    failed = pq.read_table(tmp_path / "spark" / "failed").to_pylist()
    assert {r["origin"] for r in failed} == set(bad)
    assert {f"{r['origin']}: {r['error']}" for r in failed} == local_errors  # the local messages
    assert all(r["stage"] == "read" for r in failed)
    by_origin = {r["origin"]: r for r in failed}
    assert by_origin[f"{corpus}:7"]["doc_id"] == "bad-date" and "bad date" in by_origin[f"{corpus}:7"]["error"]
    assert by_origin[f"{corpus}:64"]["doc_id"] is None and "broken JSON" in by_origin[f"{corpus}:64"]["error"]

    assert counts == {
        "documents": N_DOCS + 1 + len(bad),
        "events": len(local_rows),
        "failed": len(bad),
        "truncated": 0,
    }


def test_parquet_input_and_coding_failures(spark, tmp_path):
    """Parquet input (ids as integers, a null text); a pipeline that cannot load fails the run."""
    from killdeer.spark import run

    docs = _documents(40)
    table = pa.table(
        {
            "id": list(range(len(docs))) + [999],
            "date": [d["date"] for d in docs] + ["2024-01-01"],
            "text": [d["text"] for d in docs] + [None],
            "extra": ["ignored"] * (len(docs) + 1),
        }
    )
    src = tmp_path / "docs.parquet"
    pq.write_table(table, src)
    local_rows, local_errors = _local(src, tmp_path / "local")
    counts = run(str(src), str(tmp_path / "spark"), partitions=3, spark=spark)
    spark_rows = sorted(read_parquet(tmp_path / "spark" / "events").to_pylist(), key=lambda r: r["id"])
    assert spark_rows == local_rows and spark_rows
    failed = pq.read_table(tmp_path / "spark" / "failed").to_pylist()
    assert failed == [{"doc_id": "999", "origin": f"{src}:row 41", "stage": "read", "error": "missing or non-string 'text'"}]
    assert local_errors == {f"{src}:row 41: missing or non-string 'text'"}
    assert counts["documents"] == len(docs) + 1 and counts["failed"] == 1

    # a pipeline that cannot load on the executors stops the job, as `killdeer code` does
    from killdeer.errors import ConfigError

    with pytest.raises(ConfigError, match="no_such_spacy_pipeline"):
        run(str(src), str(tmp_path / "broken"), partitions=2, spark=spark,
            config=Config(spacy_model="no_such_spacy_pipeline"))


def test_one_failing_document_does_not_stop_its_batch(coder, monkeypatch):
    """The executor-side batch function (no Spark needed): a coding exception becomes a failed row."""
    from killdeer import spark as ks
    from killdeer.types import Document

    docs = [
        Document(id=f"d{i}", date=dt.date(2024, 3, 5), text="Police arrested 40 protesters in Lima on Monday.", origin=f"f:{i}")
        for i in range(5)
    ]
    real = coder._code_doc

    def flaky(sdoc, document, *args, **kwargs):
        if document.id == "d2":
            raise RuntimeError("boom")
        return real(sdoc, document, *args, **kwargs)

    monkeypatch.setattr(coder, "_code_doc", flaky)
    rows = ks._code_chunk(coder, docs)
    failed = [r for r in rows if r["kind"] == "failed"]
    assert failed == [{"kind": "failed", "doc_id": "d2", "origin": "f:2", "stage": "code",
                       "error": "coding failed: RuntimeError: boom"}]
    assert [r["doc_id"] for r in rows if r["kind"] == "doc"] == ["d0", "d1", "d3", "d4"]
    assert {r["doc_id"] for r in rows if r["kind"] == "event"} == {"d0", "d1", "d3", "d4"}
    batch = pa.RecordBatch.from_pylist(rows, schema=ks.CODED_SCHEMA)  # the rows fit the Spark schema
    assert batch.num_rows == len(rows)


def test_spark_code_command_is_registered():
    import typer
    from typer.testing import CliRunner

    from killdeer.spark import register

    app = typer.Typer()

    @app.command()
    def other() -> None:  # a second command, so that typer keeps sub-command names
        pass

    register(app)
    result = CliRunner().invoke(app, ["spark-code", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("input_uri", "output_uri", "--partitions", "--master", "--input-format"):
        assert option in result.output.lower()


def test_truncated_document_is_coded_with_a_warning(coder, monkeypatch):
    from killdeer import spark as ks
    from killdeer.types import Document

    monkeypatch.setattr(coder, "config", coder.config.with_(max_chars=49))
    text = "Police arrested 40 protesters in Lima on Monday. Troops shelled the town."
    rows = ks._code_chunk(coder, [Document(id="long", date=dt.date(2024, 3, 5), text=text, origin="f:1")])
    assert not [r for r in rows if r["kind"] == "failed"]
    (doc_row,) = [r for r in rows if r["kind"] == "doc"]
    assert "coded only the first 49" in doc_row["error"]
    assert all(r["event_end"] <= 49 for r in rows if r["kind"] == "event")
