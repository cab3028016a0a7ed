"""Crash safety of ``killdeer code corpus.jsonl --db store.duckdb`` (issue 9).

The CLI is SIGKILLed (fixed seed) during start-up, while coding, and while its DuckDB transaction
commits; the killed store must open and hold whole documents only, and after a rerun to
completion exactly what one clean run produces: every document once, no duplicate or orphaned
event/entity rows, the same event ids and contents; a further rerun is a no-op. The CLI commits
coded documents in batches (``Store.writer``, up to 256 per transaction), so a kill loses at most
the uncommitted batch, which the rerun codes again.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from killdeer.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
N_DOCS = 36
PHASES = ["startup", "coding", "commit", "commit"]  # one round each, fresh store: a kill, then a full rerun
SEED = 20240125


def _corpus(path: Path) -> list[str]:
    """N_DOCS dated articles of three corpus sentences each (some share the sentence text)."""
    texts = []
    with (ROOT / "corpus" / "events_a.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) == 3 * N_DOCS:
                break
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            doc_id = f"doc-{i:03d}"
            ids.append(doc_id)
            row = {"id": doc_id, "date": f"2024-01-{1 + i % 28:02d}", "text": "\n\n".join(texts[3 * i : 3 * i + 3]),
                   "source": f"wire-{i % 3}"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return ids


_ENV: dict[str, str] = {}


def _freeze_package(tmp: Path) -> None:
    """Run every process on one frozen copy of the package, so edits made to the working tree
    while the test runs (a retrained model, a changed rule) cannot make runs differ."""
    src = tmp / "src"
    shutil.copytree(ROOT / "killdeer", src / "killdeer", ignore=shutil.ignore_patterns("__pycache__"))
    _ENV.clear()
    _ENV.update(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1")


def _cmd(corpus: Path, db: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "killdeer.cli", "code", str(corpus), "--db", str(db), "-o", str(out),
            "--no-progress", "--batch-size", "4"]


def _run(corpus: Path, db: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(corpus, db, out), capture_output=True, text=True, timeout=300, env=_ENV,
                          cwd=corpus.parent)


def _killed_run(corpus: Path, db: Path, out: Path, rng: random.Random, clean_seconds: float,
                phase: str) -> int | None:
    """Start the CLI and SIGKILL it in ``phase``; its return code (None if it finished first).

    ``startup``: during schema creation and model load; ``coding``: while documents are coded and
    queued for the store; ``commit``: right when the DuckDB write-ahead log changes size, that is
    while a transaction (the CLI commits up to 256 documents at once) is being written.
    """
    proc = subprocess.Popen(_cmd(corpus, db, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENV,
                            cwd=corpus.parent)
    wal = Path(f"{db}.wal")
    try:
        if phase == "startup":
            proc.wait(timeout=rng.uniform(0.05, 0.5) * clean_seconds)
            return None
        if phase == "coding":
            proc.wait(timeout=rng.uniform(0.4, 0.8) * clean_seconds)
            return None
        start = wal.stat().st_size if wal.exists() else None
        target, seen, last = rng.randint(1, 3), 0, start
        deadline = time.monotonic() + 300
        while seen < target and time.monotonic() < deadline:
            if proc.poll() is not None:
                return None
            size = wal.stat().st_size if wal.exists() else None
            if size is not None and size != last:
                seen += 1
            last = size
            time.sleep(0.0005)
    except subprocess.TimeoutExpired:
        pass
    os.kill(proc.pid, signal.SIGKILL)
    return proc.wait(timeout=30)


def _snapshot(db: Path) -> dict:
    """Everything that must match a clean run, plus the consistency checks."""
    with Store.open(db, read_only=True) as store:  # opens and passes the schema check
        assert store.stats()["documents"] >= 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        snap = {
            "docs": q("SELECT doc_id, count(*) FROM documents GROUP BY doc_id ORDER BY doc_id"),
            "n_events": q("SELECT doc_id, n_events FROM documents ORDER BY doc_id"),
            "events": q(
                "SELECT id, doc_id, seq, event, date, actor_country, recipient_country, event_start, sentence, "
                "loc_name, round(confidence, 4) FROM events ORDER BY id"
            ),
            "entities": q('SELECT event_id, role, idx, text, country, start, "end" FROM entities ORDER BY ALL'),
            "dup_events": q("SELECT id, count(*) FROM events GROUP BY id HAVING count(*) > 1"),
            "dup_entities": q("SELECT event_id, role, idx, count(*) FROM entities GROUP BY ALL HAVING count(*) > 1"),
            "orphan_events": q("SELECT id FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)"),
            "orphan_entities": q("SELECT event_id FROM entities WHERE event_id NOT IN (SELECT id FROM events)"),
            "count_mismatch": q(
                "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) e "
                "USING (doc_id) WHERE d.n_events <> coalesce(e.n, 0)"
            ),
        }
    finally:
        con.close()
    return snap


def _assert_consistent(snap: dict, ids: list[str]) -> None:
    assert [d for d, _ in snap["docs"]] == sorted(ids), "every document in the store"
    assert all(n == 1 for _, n in snap["docs"]), "every document exactly once"
    for key in ("dup_events", "dup_entities", "orphan_events", "orphan_entities", "count_mismatch"):
        assert snap[key] == [], f"{key}: {snap[key][:5]}"


def test_sigkill_then_rerun_equals_a_clean_run(tmp_path):
    _freeze_package(tmp_path)
    corpus = tmp_path / "corpus.jsonl"
    ids = _corpus(corpus)

    t0 = time.perf_counter()
    clean = _run(corpus, tmp_path / "clean.duckdb", tmp_path / "clean.jsonl")
    clean_seconds = time.perf_counter() - t0
    assert clean.returncode == 0, clean.stderr[-2000:]
    reference = _snapshot(tmp_path / "clean.duckdb")
    _assert_consistent(reference, ids)
    assert len(reference["events"]) >= N_DOCS, "the corpus should produce events to check"
    clean_ids = sorted(json.loads(line)["id"] for line in (tmp_path / "clean.jsonl").read_text().splitlines())
    assert clean_ids == [e[0] for e in reference["events"]], "the store holds what the run printed"

    rng = random.Random(SEED)
    phases = list(PHASES)
    rng.shuffle(phases)
    killed, partial = 0, []
    for r, phase in enumerate(phases):
        db = tmp_path / f"crash-{r}.duckdb"
        rc = _killed_run(corpus, db, tmp_path / f"partial-{r}.jsonl", rng, clean_seconds, phase)
        if rc is not None:
            assert rc == -signal.SIGKILL
            killed += 1
        if db.exists():  # the killed store opens, and holds whole documents only
            snap = _snapshot(db)
            for key in ("dup_events", "dup_entities", "orphan_events", "orphan_entities", "count_mismatch"):
                assert snap[key] == [], f"after a kill, {key}: {snap[key][:5]}"
            done = {d for d, _ in snap["docs"]}
            assert [e for e in snap["events"] if e[1] in done] == [e for e in reference["events"] if e[1] in done]
            partial.append((phase, rc is not None, len(done)))
        final = _run(corpus, db, tmp_path / f"final-{r}.jsonl")
        assert final.returncode == 0, final.stderr[-2000:]
        snap = _snapshot(db)
        _assert_consistent(snap, ids)
        assert snap["events"] == reference["events"], f"round {r}: events differ from a clean run"
        assert snap["entities"] == reference["entities"], f"round {r}: entities differ from a clean run"
        assert snap["n_events"] == reference["n_events"]
    # a further rerun is a no-op
    again = _run(corpus, db, tmp_path / "again.jsonl")
    assert again.returncode == 0 and (tmp_path / "again.jsonl").read_text() == ""
    assert _snapshot(db)["events"] == reference["events"]
    assert killed >= len(PHASES) - 1, f"runs should be killed before finishing: {partial}"
    print(f"(phase, killed, documents in the store) after each kill: {partial}")
