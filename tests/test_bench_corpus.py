"""The benchmark corpus generator (bench/corpus.py): deterministic, in range, readable by killdeer."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from bench.corpus import (
    DEFAULT_MAX_WORDS,
    DEFAULT_MIN_WORDS,
    EVENT_KINDS,
    CorpusSpec,
    iter_documents,
    main,
    make_document,
    write_corpus,
)
from killdeer.errors import InputError
from killdeer.read import read_documents

N = 300


def _bytes(spec: CorpusSpec) -> bytes:
    buf = io.StringIO()
    write_corpus(spec, buf)
    return buf.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "corpus.jsonl"
    stats = write_corpus(CorpusSpec(N), path)
    assert stats["docs"] == N
    assert stats["bytes"] == path.stat().st_size
    return path


@pytest.fixture(scope="module")
def rows(corpus_file: Path) -> list[dict]:
    return [json.loads(line) for line in corpus_file.read_text("utf-8").splitlines()]


def test_same_seed_same_bytes(corpus_file: Path) -> None:
    assert _bytes(CorpusSpec(N)) == corpus_file.read_bytes()
    assert _bytes(CorpusSpec(50, seed=7)) == _bytes(CorpusSpec(50, seed=7))


def test_other_seed_other_corpus() -> None:
    assert _bytes(CorpusSpec(20, seed=1)) != _bytes(CorpusSpec(20, seed=2))


def test_smaller_corpus_is_a_prefix(corpus_file: Path) -> None:
    # so a 10k corpus is the start of a 50k one, and any document can be made alone
    assert corpus_file.read_bytes().startswith(_bytes(CorpusSpec(40)))
    assert json.dumps(make_document(123, CorpusSpec(N)), ensure_ascii=False) == corpus_file.read_text("utf-8").splitlines()[123]


def test_requested_count_and_fields(rows: list[dict]) -> None:
    assert len(rows) == N
    assert all(list(r) == ["id", "date", "text"] for r in rows)


def test_word_counts_in_range(rows: list[dict]) -> None:
    counts = [len(r["text"].split()) for r in rows]
    assert min(counts) >= DEFAULT_MIN_WORDS
    assert max(counts) <= DEFAULT_MAX_WORDS
    assert max(counts) - min(counts) > 200  # lengths vary across the range


def test_custom_word_range() -> None:
    spec = CorpusSpec(100, min_words=20, max_words=60)
    counts = [len(d["text"].split()) for d in iter_documents(spec)]
    assert min(counts) >= 20 and max(counts) <= 60


def test_valid_dates(rows: list[dict]) -> None:
    for r in rows:
        d = dt.date.fromisoformat(r["date"])
        assert dt.date(2019, 1, 1) <= d <= dt.date(2024, 12, 31)
    assert len({r["date"] for r in rows}) > N // 3  # spread over the years, not one day


def test_unique_ids(rows: list[dict]) -> None:
    assert len({r["id"] for r in rows}) == N


def test_news_like_text(rows: list[dict]) -> None:
    texts = [r["text"] for r in rows]
    assert all("\n\n" in t for t in texts)  # paragraphs
    assert sum("“" in t for t in texts) > N // 2  # quotes
    assert sum(" — " in t.split("\n", 1)[0][:80] for t in texts) > N // 3  # wire datelines
    assert all("{" not in t and "}" not in t for t in texts)  # every template slot filled
    assert len({t[:200] for t in texts}) == N  # no duplicate articles


def test_every_event_kind_used() -> None:
    # each kind has a distinctive template verb; all of them appear in a few hundred articles
    marks = {
        "AGREE": "agreed", "CONSULT": "held talks", "SUPPORT": "praised", "COOPERATE": "share intelligence",
        "AID": "emergency aid", "CONCEDE": "lifted the curfew", "REQUEST": "urged", "ACCUSE": "accused",
        "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protesters marched", "SANCTION": "imposed sanctions",
        "MOBILIZE": "deployed", "COERCE": "arrested", "ASSAULT": "attacked", "FIGHT": "clashed",
    }
    assert set(marks) == set(EVENT_KINDS)
    text = "\n".join(d["text"] for d in iter_documents(CorpusSpec(N)))
    assert [k for k, m in marks.items() if m not in text] == []


def test_killdeer_reads_it_without_errors(corpus_file: Path) -> None:
    errors: list[InputError] = []
    docs = list(read_documents([corpus_file], on_error=errors.append))
    assert errors == []
    assert len(docs) == N
    assert docs[0].id == "bench-20240125-000000"
    assert isinstance(docs[0].date, dt.date)
    assert len({d.id for d in docs}) == N


def test_cli_writes_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "c.jsonl"
    assert main(["-n", "5", "-o", str(out), "--seed", "3"]) == 0
    assert out.read_bytes() == _bytes(CorpusSpec(5, seed=3))
    assert "5 documents" in capsys.readouterr().err


def test_bad_spec() -> None:
    with pytest.raises(ValueError):
        CorpusSpec(-1)
    with pytest.raises(ValueError):
        CorpusSpec(10, min_words=500, max_words=520)
