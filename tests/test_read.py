"""Readers: seed format, JSONL, CSV, Parquet, folders, and bad input reported by file and line."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from killdeer.errors import InputError
from killdeer.read import read_documents


def collect(paths, **kw):
    errors: list[InputError] = []
    docs = list(read_documents(paths, on_error=errors.append, **kw))
    return docs, errors


def test_seed_format_header_and_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2024-01-25 The president rejected the offer.\n\nSecond paragraph.", encoding="utf-8")
    (doc,), errors = collect([f])
    assert not errors
    assert doc.id == "a" and doc.date == dt.date(2024, 1, 25)
    assert doc.text.startswith("The president rejected")


def test_txt_without_header_needs_date(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Rebels attacked a convoy.", encoding="utf-8")
    docs, errors = collect([f])
    assert docs == [] and len(errors) == 1
    assert "plain.txt:1" in str(errors[0]) and "--date" in str(errors[0])
    docs, errors = collect([f], default_date=dt.date(2024, 2, 1))
    assert docs[0].date == dt.date(2024, 2, 1) and not errors


def test_jsonl_bad_lines_reported_and_rest_read(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "ok1", "date": "2024-01-02", "text": "A", "url": "http://x", "events": []}),
        "{broken json",
        json.dumps({"id": "baddate", "date": "2024-02-30", "text": "B"}),
        json.dumps({"id": "empty", "date": "2024-01-02", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok2", "date": "2024-01-03T10:00:00Z", "text": "C", "title": "T"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = collect([f])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert docs[0].url == "http://x" and docs[0].meta == {"events": []}
    assert docs[1].date == dt.date(2024, 1, 3) and docs[1].title == "T"
    where = sorted(str(e).split(": ", 1)[0].rsplit(":", 1)[1] for e in errors)
    assert where == ["2", "3", "4", "5"]
    msgs = " | ".join(map(str, errors))
    assert "broken JSON" in msgs and "2024-02-30" in msgs and "empty document" in msgs


def test_undecodable_file_reported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(" date 2024-01-01 Fine text.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b" date 2024-01-01 caf\xe9 \xff\xfe\x00 text")
    docs, errors = collect([tmp_path])
    assert [d.id for d in docs] == ["good"]
    assert len(errors) == 1 and "bad.txt" in str(errors[0]) and "UTF-8" in str(errors[0])


def test_utf16_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(" date 2024-01-01 Texto con acentos: Nicolás.".encode("utf-16"))
    (doc,), errors = collect([f])
    assert not errors and "Nicolás" in doc.text


def test_csv_with_embedded_newlines_and_line_numbers(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text('id,date,text,source\n1,2024-01-01,"line one\nline two",wire\n2,nope,"x",wire\n3,2024-01-03,third,\n',
                 encoding="utf-8")
    docs, errors = collect([f])
    assert [d.id for d in docs] == ["1", "3"]
    assert docs[0].text == "line one\nline two" and docs[0].source == "wire"
    assert len(errors) == 1 and "d.csv:4" in str(errors[0])


def test_parquet_and_recursive_folder(tmp_path):
    sub = tmp_path / "x" / "y"
    sub.mkdir(parents=True)
    table = pa.table({"id": ["p1", "p2"], "date": ["2024-01-01", "bad"], "text": ["Hello.", "World."]})
    pq.write_table(table, sub / "e.parquet")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    docs, errors = collect([tmp_path])
    assert [d.id for d in docs] == ["p1"]
    assert len(errors) == 1 and "e.parquet:row 2" in str(errors[0])


def test_missing_path_is_reported(tmp_path):
    docs, errors = collect([tmp_path / "nope.jsonl"])
    assert docs == [] and "no such file" in str(errors[0])


def test_default_handler_raises(tmp_path):
    f = tmp_path / "e.jsonl"
    f.write_text("{bad\n", encoding="utf-8")
    with pytest.raises(InputError):
        list(read_documents([f]))
