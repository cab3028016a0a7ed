"""Fuzzing the readers (issue 9): bad input loses nothing and breaks nothing.

Properties checked on random and hostile input for every reader (.txt seed format, JSONL, CSV/TSV,
Parquet, folders):

* no exception escapes ``read_documents(..., on_error=collect)``;
* every input line / row is either a Document or exactly one reported InputError naming the file
  and the line (row); nothing is dropped silently (count check);
* a Document's text is exactly the input text (no silent truncation) and can be coded and stored
  (valid Unicode: encodable as UTF-8).

Hypothesis runs derandomized with a bounded number of examples so the suite stays fast and
reproducible; ``KILLDEER_FUZZ_EXAMPLES=2000`` runs a longer, randomized campaign.

The ``slow`` tests at the end run ``Coder.code_many`` over the nastiest documents.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
import time
import tracemalloc
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from killdeer.errors import InputError
from killdeer.read import read_documents
from killdeer.types import Document

_N = int(os.environ.get("KILLDEER_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_N or 60,
    deadline=None,
    derandomize=not _N,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ----------------------------------------------------------------------------- input material

NASTY_TEXTS = [
    "Rebels attacked a police convoy in Kidal on Monday.",
    "!!! ??? ... ;;; --- ((( ))) \"\" '' ,,, …",  # only punctuation
    "1234567890 42 3.14 -7 1e10 2024 2024-01-25",  # only numbers
    "مرحبا بالعالم. الرئيس رفض العرض.",  # Arabic (right to left)
    "שלום עולם \u202eevil\u202c \u200f",  # Hebrew, RLO/PDF overrides, RLM
    "🙂🔥💥 " * 10 + "👨‍👩‍👧‍👦 🇪🇨",  # emoji, ZWJ sequences, flags
    "caf\u00e9 cafe\u0301 \ufeffbom-inside",
    "a\x00b NUL inside",
    "line one\u2028line two",  # LINE SEPARATOR
    "para one\u2029para two",  # PARAGRAPH SEPARATOR
    "next\x85line",  # NEL
    "form\x0cfeed and vertical\x0btab",
    "group\x1dsep\x1erecord\x1cfile",
    "crlf\r\nand lone\rreturn",
    "quote \" inside, comma, and 'single'",
    "tab\tseparated\tvalues",
    "   leading and trailing   ",
    "\n\n\nOnly after blank lines.",
]
BAD_TEXTS = ["", "   ", "\n\t\r\n", "\u3000"]  # empty documents (must be reported, not coded)
GOOD_DATES = ["2024-01-25", "2024-02-29", "1999-12-31", "2024-01-25T10:00:00Z", "2024-01-25T10:00:00+02:00"]
BAD_DATES = [
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "24-01-25", "25/01/2024",
    "January 25, 2024", "2024-01-25T25:00", "tomorrow", "", " ", "２０２４-０１-２５",
]

texts = st.one_of(
    st.sampled_from(NASTY_TEXTS + BAD_TEXTS),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=50).map(lambda s: s + " end."),
)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(allow_nan=True), st.text(max_size=20)
)
json_values = st.recursive(json_scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3), max_leaves=8)
date_values = st.one_of(st.sampled_from(GOOD_DATES + BAD_DATES), json_values)
text_values = st.one_of(texts, texts, json_values)  # mostly strings, sometimes the wrong type
id_values = st.one_of(st.none(), st.text(max_size=20), st.integers(), json_values)


def collect(paths, **kw) -> tuple[list[Document], list[InputError]]:
    errors: list[InputError] = []
    docs = list(read_documents(paths, on_error=errors.append, **kw))
    return docs, errors


def line_of(origin: str | None, path: Path) -> int:
    """The line number in ``path:17`` (``path:row 3`` for Parquet)."""
    assert origin is not None and origin.startswith(str(path) + ":"), origin
    tail = origin[len(str(path)) + 1 :]
    m = re.fullmatch(r"(?:row )?(\d+)", tail)
    assert m, f"origin {origin!r} does not name a line"
    return int(m.group(1))


def err_line(err: InputError, path: Path) -> int:
    assert str(path) in str(err), f"error does not name the file: {err}"
    return line_of(err.origin, path)


def assert_codeable(doc: Document) -> None:
    """What the pipeline and the store need from every Document the readers let through."""
    assert isinstance(doc.id, str) and isinstance(doc.text, str) and isinstance(doc.date, dt.date)
    assert doc.text.strip(), "an empty document was not reported"
    doc.text.encode("utf-8")  # lone surrogates crash spaCy's tokenizer and content_hash()
    doc.id.encode("utf-8")


def nonblank_lines(data: bytes) -> list[int]:
    """Line numbers the JSONL reader must account for (binary lines split on b'\\n')."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [i for i, raw in enumerate(lines, start=1) if raw.strip()]


def assert_jsonl_accounted(data: bytes, f: Path, docs: list[Document], errors: list[InputError]) -> None:
    """Every non-blank line is one Document or one error (a UTF-16 file may fail as a whole, once)."""
    mine = [line_of(doc.origin, f) for doc in docs]
    errs = [e for e in errors if str(f) in str(e)]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if len(errs) == 1 and not mine and errs[0].origin == str(f):
            return  # undecodable as a whole: one error naming the file
        codec = "utf-32" if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "utf-16"
        text = data.decode(codec, errors="replace")
        expected = [i for i, line in enumerate(text.split("\n"), start=1) if line.strip()]
        seen = sorted(mine + [err_line(e, f) for e in errs])
        # every line accounted for once; an extra report for a BOM-only line is tolerated here
        # (test_utf16_jsonl_accounts_for_every_line pins the exact count)
        assert set(expected) <= set(seen) and len(set(seen)) == len(seen), (seen, expected)
        return
    expected = nonblank_lines(data)
    seen = sorted(mine + [err_line(e, f) for e in errs])
    assert seen == expected, "every non-blank line is one Document or one error"


# ----------------------------------------------------------------------------- random bytes

PREFIXES = [
    b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
    b" date 2024-01-25 ", b"date 2024-02-30\n", b'{"id": 1, "date": "2024-01-25", "text": "',
    b"id,date,text\n", b"id,date,text\n1,2024-01-25,\"", b"PAR1",
]
random_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=3000)),
    st.lists(st.sampled_from([b"\n", b"\r\n", b"\x00", b"\xff", b"\xc3", b"{", b"}", b"\"", b",", b"a", b" "]), max_size=200).map(b"".join),
)


@FUZZ
@given(data=random_bytes, suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".tsv", ".parquet", ".weird"]))
def test_random_bytes_never_escape(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / f"in{suffix}"
        f.write_bytes(data)
        docs, errors = collect([f], default_date=dt.date(2024, 1, 25))
        for doc in docs:
            assert_codeable(doc)
        for err in errors:
            assert str(f) in str(err)
        if suffix in (".txt", ".weird"):
            assert len(docs) + len(errors) == 1
        elif suffix == ".jsonl":
            assert_jsonl_accounted(data, f, docs, errors)
        elif suffix == ".parquet":
            assert docs == [] and len(errors) == 1


# ----------------------------------------------------------------------------- JSONL with wrong types


@FUZZ
@given(rows=st.lists(st.fixed_dictionaries({"id": id_values, "date": date_values, "text": text_values},
                                           optional={"url": json_values, "title": json_values, "events": json_values}),
                     min_size=1, max_size=12),
       blank_every=st.integers(0, 4))
def test_jsonl_rows_each_document_or_one_error(rows, blank_every):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "c.jsonl"
        lines = []
        for i, row in enumerate(rows):
            lines.append(json.dumps(row, ensure_ascii=i % 2 == 0, allow_nan=True))
            if blank_every and i % blank_every == 0:
                lines.append("   ")
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        docs, errors = collect([f])
        expected = [i for i, line in enumerate(lines, start=1) if line.strip()]
        seen = sorted([line_of(doc.origin, f) for doc in docs] + [err_line(e, f) for e in errors])
        assert seen == expected
        by_line = {line_of(doc.origin, f): doc for doc in docs}
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            doc = by_line.get(lineno)
            if doc is not None:
                assert_codeable(doc)
                assert doc.text == row["text"], "the reader must not alter the text"
            elif isinstance(row["text"], str) and row["text"].strip() and row["date"] in GOOD_DATES:
                pytest.fail(f"a valid row was rejected: {row!r} -> {[str(e) for e in errors]}")


def test_jsonl_deeply_nested_line_is_one_error(tmp_path):
    """``json.loads`` raises RecursionError (not JSONDecodeError) on deep nesting: it must not escape."""
    f = tmp_path / "deep.jsonl"
    ok = json.dumps({"id": "ok", "date": "2024-01-25", "text": "Fine."})
    nested = '{"id": "n", "date": "2024-01-25", "text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    f.write_text("\n".join([ok, "[" * 100_000, nested, ok]) + "\n", encoding="utf-8")
    docs, errors = collect([f])
    assert [line_of(d.origin, f) for d in docs] == [1, 4]
    assert sorted(err_line(e, f) for e in errors) == [2, 3]


def test_jsonl_huge_integer_is_one_error_or_read(tmp_path):
    """A 5,000-digit number trips Python's int-string limit (ValueError): report the line, go on."""
    f = tmp_path / "big.jsonl"
    f.write_text(
        '{"id": "big", "date": "2024-01-25", "text": "x", "n": ' + "9" * 5000 + "}\n"
        '{"id": ' + "9" * 5000 + ', "date": "2024-01-25", "text": "y"}\n'
        + json.dumps({"id": "ok", "date": "2024-01-25", "text": "Fine."}) + "\n",
        encoding="utf-8",
    )
    docs, errors = collect([f])
    assert len(docs) + len(errors) == 3
    assert "ok" in [d.id for d in docs]


def test_lone_surrogate_is_reported_not_passed_on(tmp_path):
    """JSON's \\ud800 escape decodes to a lone surrogate; spaCy and content_hash() then crash the whole run."""
    f = tmp_path / "s.jsonl"
    f.write_text(
        '{"id": "s", "date": "2024-01-25", "text": "Rebels attacked \\ud800 the town."}\n'
        '{"id": "\\udfff", "date": "2024-01-25", "text": "Fine."}\n'
        '{"id": "ok", "date": "2024-01-25", "text": "Fine."}\n',
        encoding="utf-8",
    )
    docs, errors = collect([f])
    assert [d.id for d in docs] == ["ok"]
    assert sorted(err_line(e, f) for e in errors) == [1, 2]


def test_utf16_jsonl_accounts_for_every_line(tmp_path):
    """A UTF-16 JSONL file: each line is read or reported once (not one extra error per file)."""
    f = tmp_path / "u16.jsonl"
    rows = [{"id": f"u{i}", "date": "2024-01-25", "text": f"Texto {i}: Nicolás."} for i in range(3)]
    f.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16"))
    docs, errors = collect([f])
    assert len(docs) + len(errors) == 3, [str(e) for e in errors]


# ----------------------------------------------------------------------------- encodings (.txt)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "mixed"]


def encode(text: str, encoding: str) -> bytes | None:
    if encoding == "mixed":  # a UTF-8 file with a Latin-1 paragraph pasted in
        return text.encode("utf-8") + "\n\nCafé crème, Nicolás".encode("latin-1")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


@FUZZ
@given(text=texts, encoding=st.sampled_from(ENCODINGS), header=st.booleans())
def test_text_file_encodings(text, encoding, header):
    content = (" date 2024-01-25 " if header else "") + text
    data = encode(content, encoding)
    if data is None:
        return
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "a.txt"
        f.write_bytes(data)
        docs, errors = collect([f], default_date=dt.date(2024, 1, 1))
        assert len(docs) + len(errors) == 1
        for e in errors:
            assert f"{f}" in str(e)
        if docs:
            (doc,) = docs
            assert_codeable(doc)
            if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
                if "\x00" not in text and not text.startswith("\ufeff"):
                    assert doc.text == text.strip() or doc.date == dt.date(2024, 1, 1)
            if encoding in ("utf-16-le", "utf-16-be") and "\x00" not in text and text.strip().isascii():
                pytest.fail("UTF-16 without a BOM was read as UTF-8 text full of NUL characters")
        elif encoding in ("utf-8", "utf-8-sig") and text.strip() and "\ufeff" not in text[:1]:
            pytest.fail(f"valid UTF-8 text rejected: {[str(e) for e in errors]}")


def test_utf16_without_bom_is_reported_not_read_as_nul_text(tmp_path):
    """Without a BOM, UTF-16 decodes as 'valid' UTF-8 with a NUL after every letter: report it."""
    f = tmp_path / "u16le.txt"
    f.write_bytes("The president rejected the offer on Tuesday.".encode("utf-16-le"))
    docs, errors = collect([f], default_date=dt.date(2024, 1, 25))
    assert docs == [] and len(errors) == 1 and "u16le.txt" in str(errors[0])


@pytest.mark.parametrize("value", BAD_DATES)
def test_bad_seed_dates_reported_with_line(tmp_path, value):
    f = tmp_path / "d.txt"
    f.write_text(f" date {value} Rebels attacked a convoy.", encoding="utf-8")
    docs, errors = collect([f])
    assert docs == [] and len(errors) == 1 and f"{f}:1" in str(errors[0])


# ----------------------------------------------------------------------------- CSV / TSV

cells = st.one_of(texts, st.sampled_from(GOOD_DATES + BAD_DATES))


@FUZZ
@given(rows=st.lists(st.tuples(st.one_of(st.none(), st.text(max_size=8)), st.sampled_from(GOOD_DATES + BAD_DATES), texts,
                               st.sampled_from(["keep", "short", "long"])), min_size=1, max_size=10),
       tsv=st.booleans(), crlf=st.booleans())
def test_csv_rows_each_document_or_one_error(rows, tsv, crlf):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter="\t" if tsv else ",", lineterminator="\r\n" if crlf else "\n")
    w.writerow(["id", "date", "text", "source"])
    written = []
    for rid, date, text, shape in rows:
        row = [rid or "", date, text, "wire"]
        if shape == "short":
            row = row[:2]
        elif shape == "long":
            row = row + ["extra"]
        w.writerow(row)
        written.append((row, shape))
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / ("t.tsv" if tsv else "t.csv")
        f.write_text(buf.getvalue(), encoding="utf-8", newline="")
        docs, errors = collect([f])
        for e in errors:
            assert f"{f}:" in str(e)
        assert len(docs) + len(errors) == len(rows), "one Document or one error per CSV record"
        lines = sorted([line_of(doc.origin, f) for doc in docs] + [err_line(e, f) for e in errors])
        assert len(set(lines)) == len(lines) and lines[0] >= 2
        good = [row for row, shape in written if shape == "keep" and row[2].strip() and row[1] in GOOD_DATES]
        got = {doc.text for doc in docs}
        for doc in docs:
            assert_codeable(doc)
        for row in good:
            assert row[2] in got, f"text of a valid CSV row lost or altered: {row[2]!r} not in {got!r}"


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e"])
def test_csv_unicode_line_separators_stay_inside_the_field(tmp_path, sep):
    """``str.splitlines`` also splits on these; CSV records end only at \\n / \\r\\n (unquoted too)."""
    f = tmp_path / "u.csv"
    f.write_text(
        f'id,date,text\n1,2024-01-25,unquoted{sep}tail\n2,2024-01-25,"quoted{sep}tail"\n3,2024-01-25,last\n',
        encoding="utf-8", newline="",
    )
    docs, errors = collect([f])
    assert not errors, [str(e) for e in errors]
    assert [d.text for d in docs] == [f"unquoted{sep}tail", f"quoted{sep}tail", "last"]
    assert [d.origin for d in docs] == [f"{f}:2", f"{f}:3", f"{f}:4"]


def test_csv_embedded_newlines_keep_line_numbers(tmp_path):
    f = tmp_path / "n.csv"
    f.write_text('id,date,text\n1,2024-01-25,"a\nb\r\nc"\n2,2024-02-30,x\n3,2024-01-25,"d\n\ne"\n', encoding="utf-8", newline="")
    docs, errors = collect([f])
    assert [(d.id, d.text, d.origin) for d in docs] == [("1", "a\nb\r\nc", f"{f}:2"), ("3", "d\n\ne", f"{f}:6")]
    assert [e.origin for e in errors] == [f"{f}:5"]


# ----------------------------------------------------------------------------- Parquet

EPOCH = dt.date(1970, 1, 1)


def _date_column(kind: str, n: int, draw_ints: list[int], strings: list[str]) -> pa.Array:
    if kind == "string":
        return pa.array([strings[i % len(strings)] for i in range(n)], pa.string())
    if kind == "date32":
        return pa.array(draw_ints[:n], pa.date32())
    if kind == "timestamp":
        return pa.array([v * 86_400 for v in draw_ints[:n]], pa.timestamp("s"))
    if kind == "int":
        return pa.array(draw_ints[:n], pa.int64())
    return pa.array([[s] for s in strings[:n]], pa.list_(pa.string()))


@FUZZ
@given(
    data=st.data(),
    n=st.integers(1, 8),
    text_kind=st.sampled_from(["string", "string", "int", "binary", "null"]),
    date_kind=st.sampled_from(["string", "date32", "timestamp", "int", "list"]),
)
def test_parquet_rows_each_document_or_one_error(data, n, text_kind, date_kind):
    strs = data.draw(st.lists(st.sampled_from(GOOD_DATES + BAD_DATES), min_size=n, max_size=n))
    # days since 1970: ordinary dates and values past year 9999 / before year 1
    ints = data.draw(st.lists(st.one_of(st.integers(-1000, 30_000), st.integers(-(2**31), 2**31 - 1)), min_size=n, max_size=n))
    texts_ = data.draw(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(NASTY_TEXTS), min_size=n, max_size=n))
    if text_kind == "string":
        text_col = pa.array(texts_, pa.string())
    elif text_kind == "binary":
        text_col = pa.array([t.encode() for t in texts_], pa.binary())
    elif text_kind == "int":
        text_col = pa.array(list(range(n)), pa.int64())
    else:
        text_col = pa.array([None] * n, pa.string())
    extra = pa.array([v * 10**9 for v in ints], pa.timestamp("ns")) if data.draw(st.booleans()) else pa.array(ints, pa.int64())
    table = pa.table({"id": [f"p{i}" for i in range(n)], "date": _date_column(date_kind, n, ints, strs),
                      "text": text_col, "seen_at": extra})
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "e.parquet"
        pq.write_table(table, f)
        docs, errors = collect([f])
        for e in errors:
            assert str(f) in str(e)
        assert len(docs) + len(errors) == n, "one Document or one error per Parquet row"
        for doc in docs:
            assert_codeable(doc)
            assert doc.text == texts_[int(doc.id[1:])]


def test_parquet_date_out_of_python_range_is_one_error(tmp_path):
    """date32 values past year 9999 make ``to_pylist`` raise OverflowError: report the row, go on."""
    f = tmp_path / "far.parquet"
    pq.write_table(pa.table({"id": ["far", "ok"], "date": pa.array([10**7, 19_747], pa.date32()), "text": ["x", "Fine."]}), f)
    docs, errors = collect([f])
    assert [d.id for d in docs] == ["ok"]
    assert len(errors) == 1 and "far.parquet" in str(errors[0])


def test_corrupt_parquet_is_reported_with_the_file(tmp_path):
    f = tmp_path / "c.parquet"
    n = 3000
    pq.write_table(pa.table({"id": [str(i) for i in range(n)], "date": ["2024-01-25"] * n,
                             "text": [f"Text number {i}." for i in range(n)]}), f, compression="snappy")
    raw = bytearray(f.read_bytes())
    for i in range(200, len(raw) // 2, 5):
        raw[i] ^= 0xFF
    f.write_bytes(bytes(raw))
    docs, errors = collect([f])
    assert errors and all("c.parquet" in str(e) for e in errors)


# ----------------------------------------------------------------------------- folders

@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".csv", ".parquet", ".md", ".TXT", ".JSONL"]),
                                random_bytes), min_size=1, max_size=6))
def test_folder_of_random_files(files):
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        for i, (suffix, data) in enumerate(files):
            sub = root / ("sub" if i % 2 else "") / f"f{i}{suffix}"
            sub.parent.mkdir(exist_ok=True)
            sub.write_bytes(data)
        (root / "empty_dir.jsonl").mkdir()
        docs, errors = collect([root, root / "missing.jsonl"], default_date=dt.date(2024, 1, 25))
        assert any("missing.jsonl" in str(e) for e in errors)
        for doc in docs:
            assert_codeable(doc)
        for i, (suffix, data) in enumerate(files):
            name = f"f{i}{suffix}"
            mine = [x for x in docs if x.origin and Path(x.origin.rsplit(":", 1)[0]).name == name]
            errs = [e for e in errors if e.origin and Path(e.origin.split(":", 1)[0]).name == name]
            if suffix.lower() == ".txt":
                assert len(mine) + len(errs) == 1
            elif suffix.lower() == ".jsonl":
                assert_jsonl_accounted(data, root / ("sub" if i % 2 else "") / name, mine, errs)
            elif suffix == ".md":
                assert not mine and not errs  # unknown suffix inside a folder: not read


# ----------------------------------------------------------------------------- huge documents

TEN_MB = 10 * 1024 * 1024


def _big_text() -> str:
    sentence = "Rebels attacked a police convoy near Kidal on Monday, the army said. "
    return (sentence * (TEN_MB // len(sentence) + 1))[:TEN_MB].strip()


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "csv", "parquet"])
def test_ten_megabyte_document_is_read_whole(tmp_path, fmt):
    text = _big_text()
    f = tmp_path / f"big.{fmt}"
    if fmt == "txt":
        f.write_text(" date 2024-01-25 " + text, encoding="utf-8")
    elif fmt == "jsonl":
        f.write_text(json.dumps({"id": "big", "date": "2024-01-25", "text": text}) + "\n" + json.dumps(
            {"id": "small", "date": "2024-01-25", "text": "Small."}) + "\n", encoding="utf-8")
    elif fmt == "csv":
        f.write_text(f'id,date,text\nbig,2024-01-25,"{text}"\nsmall,2024-01-25,Small.\n', encoding="utf-8")
    else:
        pq.write_table(pa.table({"id": ["big", "small"], "date": ["2024-01-25"] * 2, "text": [text, "Small."]}), f)
    tracemalloc.start()
    try:
        t0 = time.perf_counter()
        docs, errors = collect([f])
        elapsed = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not errors
    assert len(docs[0].text) == len(text.strip())
    assert len(docs) == (1 if fmt == "txt" else 2)
    assert elapsed < 20
    assert peak < 16 * TEN_MB, f"reading a 10 MB document peaked at {peak / 2**20:.0f} MiB"


# ----------------------------------------------------------------------------- coding the nasty documents


def _nasty_documents() -> list[Document]:
    d = dt.date(2024, 1, 25)
    base = "Ecuador's president Daniel Noboa rejected the offer made by Venezuelan president Nicolás Maduro on Tuesday."
    texts_ = NASTY_TEXTS + [
        base,
        base.replace(" ", "\u00a0"),
        "\u202e" + base,
        base + " 🙂" * 300,
        "x" + "\n \n" * 1000 + base,  # many empty paragraphs
        "." * 5_000,
        "9" * 5_000,
        "A" * 5_000,
        ("Maduro " * 500) + "said.",
        "(" * 1000 + base + ")" * 1000,
        "\x00" * 100 + base,
    ]
    docs = [Document(id=f"n{i}", date=d, text=t, origin=f"nasty:{i}") for i, t in enumerate(texts_)]
    docs.append(Document(id="far-future", date=dt.date(9999, 12, 31), text=base + " It will happen tomorrow.", origin="nasty:far"))
    docs.append(Document(id="year-one", date=dt.date(1, 1, 1), text=base + " It happened yesterday.", origin="nasty:one"))
    return docs


@pytest.mark.slow
def test_code_many_survives_nasty_documents(coder):
    docs = _nasty_documents()
    errors: list[InputError] = []
    out = list(coder.code_many(docs, on_error=errors.append))
    coded = [d.id for d, _ in out]
    failed = [e.origin for e in errors]
    # every document is coded or reported (the extreme publication dates may fail, but reported)
    assert len(coded) + len(failed) == len(docs)
    for d in docs:
        assert d.id in coded or any(e.origin == d.origin for e in errors), f"{d.id} silently dropped"
    assert coded == [d.id for d in docs if d.id in coded], "order kept"
    for _, events in out:
        for e in events:
            rec = e.to_dict()
            json.dumps(rec, ensure_ascii=False).encode("utf-8")
            assert 0 <= rec["event_start"] <= rec["event_end"]


@pytest.mark.slow
def test_code_many_does_not_die_on_a_lone_surrogate(coder):
    """Even if a reader lets one through, one bad document must not stop the run."""
    base = "Ecuador's president Daniel Noboa rejected the offer made by Venezuelan president Nicolás Maduro."
    docs = [Document(id=f"d{i}", date=dt.date(2024, 1, 25), text=t, origin=f"s:{i}")
            for i, t in enumerate([base, base + " \ud800", base])]
    errors: list[InputError] = []
    out = list(coder.code_many(docs, on_error=errors.append))
    assert [d.id for d, _ in out] == ["d0", "d2"]
    assert [e.origin for e in errors] == ["s:1"]


_BIG_DOC_SCRIPT = r"""
import json, resource, sys
from killdeer import Coder, Config
from killdeer.read import read_documents
coder = Coder(Config(max_chars=20_000))
coder.code("Ecuador's president rejected the offer.", date="2024-01-25")  # model loaded
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
errors = []
out = list(coder.code_many(read_documents([sys.argv[1]], on_error=errors.append), on_error=errors.append))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"docs": [d.id for d, _ in out], "events": [len(e) for _, e in out],
                  "max_end": max((e.sentence_end for _, evs in out for e in evs), default=0),
                  "errors": [str(e) for e in errors], "rss_before_kib": before, "rss_after_kib": after}))
"""


@pytest.mark.slow
def test_ten_megabyte_document_is_cut_with_a_warning_and_bounded_memory(tmp_path):
    """A 10 MB article: read whole, cut to max_chars with one warning naming it, memory bounded."""
    import subprocess
    import sys

    f = tmp_path / "big.txt"
    f.write_text(" date 2024-01-25 " + _big_text(), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _BIG_DOC_SCRIPT, str(f)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    assert res["docs"] == ["big"]
    assert len(res["errors"]) == 1
    assert "big.txt" in res["errors"][0] and "coded only the first 20,000" in res["errors"][0]
    assert res["max_end"] <= 20_000
    grew = (res["rss_after_kib"] - res["rss_before_kib"]) / 1024
    assert grew < 300, f"reading and coding a 10 MB document (cut to 20k chars) grew the RSS by {grew:.0f} MiB"


@pytest.mark.slow
def test_long_document_codes_in_linear_time(coder):
    """Coding time must grow linearly with length (max_chars is 200k; the API accepts 100k).

    Today it is quadratic in a one-paragraph document: per event, ``_code_doc``/``_event`` read
    ``doc.text`` (spaCy rebuilds the string on each access), ``Span.ents`` and ``_ent_of`` rescan
    ``doc.ents``, and ``ContextLexicon.contexts`` lower-cases and searches the whole paragraph.
    """
    sentence = "Ecuador's president Daniel Noboa rejected the offer made by Venezuelan president Nicolás Maduro. "

    def timed(n: int) -> float:  # one paragraph of n sentences, two events each
        t0 = time.perf_counter()
        coder.code(sentence * n, date="2024-01-25")
        return time.perf_counter() - t0

    timed(20)
    short, long = timed(60), timed(480)
    assert long < 12 * short + 1.5, f"60 sentences {short:.2f}s, 480 sentences {long:.2f}s: not linear"
