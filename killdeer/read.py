"""Read articles from text files, JSONL, CSV, Parquet or folders of them.

Every reader yields :class:`~killdeer.types.Document` objects and reports each
document it cannot read through ``on_error`` (an :class:`InputError` naming the
file and line), then goes on with the next one: nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from killdeer.errors import InputError
from killdeer.types import Document

ErrorHandler = Callable[[InputError], None]

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | PARQUET_SUFFIXES

_HEADER = re.compile(r"\A\s*date\s+(\S+)[ \t]*")
_KNOWN = ("id", "date", "text", "url", "title", "source")


def raise_error(err: InputError) -> None:
    """Default error handler: stop at the first bad document."""
    raise err


def parse_date(value: Any) -> dt.date:
    """A publication date from ``YYYY-MM-DD`` (or an ISO datetime, or a date object)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD") from None


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an InputError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable UTF-16 text ({exc.reason} at byte {exc.start})", origin) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8",
            origin,
        ) from None


def split_header(content: str, default_date: dt.date | None, origin: str) -> tuple[dt.date, str]:
    """Split the seed format's `` date YYYY-MM-DD`` header from the article."""
    m = _HEADER.match(content)
    if m:
        try:
            return parse_date(m.group(1)), content[m.end() :].strip()
        except ValueError as exc:
            raise InputError(str(exc), f"{origin}:1") from None
    if default_date is None:
        raise InputError("no ' date YYYY-MM-DD' header; pass --date", f"{origin}:1")
    return default_date, content.strip()


def make_document(row: dict[str, Any], origin: str, fallback_id: str, default_date: dt.date | None) -> Document:
    """Validate one record (id, date, text + optional url/title/source) into a Document."""
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError("missing or non-string 'text'", origin)
    if not text.strip():
        raise InputError("empty document", origin)
    raw_date = row.get("date")
    if raw_date is None or raw_date == "":
        if default_date is None:
            raise InputError("missing 'date'", origin)
        date = default_date
    else:
        try:
            date = parse_date(raw_date)
        except ValueError as exc:
            raise InputError(str(exc), origin) from None
    doc_id = row.get("id")
    doc_id = fallback_id if doc_id is None or doc_id == "" else str(doc_id)
    meta = {k: v for k, v in row.items() if k not in _KNOWN}
    opt = {k: (str(row[k]) if row.get(k) is not None else None) for k in ("url", "title", "source")}
    return Document(id=doc_id, date=date, text=text, origin=origin, meta=meta, **opt)


def read_text_file(path: Path, default_date: dt.date | None, on_error: ErrorHandler) -> Iterator[Document]:
    """A seed-format article: ` date YYYY-MM-DD` then the text."""
    origin = str(path)
    try:
        content = decode(path.read_bytes(), origin)
        date, text = split_header(content, default_date, origin)
        if not text:
            raise InputError("empty document", origin)
    except InputError as err:
        on_error(err)
        return
    yield Document(id=path.stem, date=date, text=text, origin=f"{origin}:1")


def read_jsonl(path: Path, default_date: dt.date | None, on_error: ErrorHandler) -> Iterator[Document]:
    """One JSON object per line with id, date, text."""
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            origin = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = decode(raw, origin)
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"broken JSON line ({exc.msg} at column {exc.colno})", origin) from None
                except RecursionError:
                    raise InputError("JSON line nested too deeply", origin) from None
                if not isinstance(row, dict):
                    raise InputError(f"expected a JSON object, got {type(row).__name__}", origin)
                yield make_document(row, origin, f"{path.stem}-{lineno}", default_date)
            except InputError as err:
                on_error(err)


def read_csv(path: Path, default_date: dt.date | None, on_error: ErrorHandler) -> Iterator[Document]:
    """A CSV (or TSV) file with a header row naming id, date, text."""
    csv.field_size_limit(sys.maxsize)
    try:
        content = decode(path.read_bytes(), str(path))
    except InputError as err:
        on_error(err)
        return
    reader = csv.DictReader(content.splitlines(keepends=True), delimiter="\t" if path.suffix == ".tsv" else ",")
    if not reader.fieldnames or "text" not in reader.fieldnames:
        on_error(InputError("no 'text' column in the header", f"{path}:1"))
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            on_error(InputError(f"broken CSV row: {exc}", f"{path}:{start}"))
            start = reader.line_num + 1
            continue
        origin = f"{path}:{start}"
        start = reader.line_num + 1
        try:
            if None in row:
                raise InputError("row has more fields than the header", origin)
            yield make_document(row, origin, f"{path.stem}-{origin.rsplit(':', 1)[1]}", default_date)
        except InputError as err:
            on_error(err)


def read_parquet(path: Path, default_date: dt.date | None, on_error: ErrorHandler) -> Iterator[Document]:
    """A Parquet file with id, date, text columns (read in batches)."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a corrupt file
        on_error(InputError(f"cannot read Parquet: {exc}", str(path)))
        return
    if "text" not in pf.schema_arrow.names:
        on_error(InputError("no 'text' column", str(path)))
        return
    rowno = 0
    for batch in pf.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            rowno += 1
            origin = f"{path}:row {rowno}"
            try:
                yield make_document(row, origin, f"{path.stem}-{rowno}", default_date)
            except InputError as err:
                on_error(err)


_READERS = (
    (TEXT_SUFFIXES, read_text_file),
    (JSONL_SUFFIXES, read_jsonl),
    (CSV_SUFFIXES, read_csv),
    (PARQUET_SUFFIXES, read_parquet),
)


def iter_files(paths: Iterable[str | Path], on_error: ErrorHandler = raise_error) -> Iterator[Path]:
    """Files under the given paths (folders recursively, sorted), known suffixes only."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES:
                    yield f
        elif p.is_file():
            yield p
        else:
            on_error(InputError("no such file or folder", str(p)))


def read_documents(
    paths: Iterable[str | Path],
    *,
    default_date: dt.date | None = None,
    on_error: ErrorHandler = raise_error,
) -> Iterator[Document]:
    """Stream documents from files and folders; bad ones go to ``on_error``."""
    for f in iter_files(paths, on_error):
        suffix = f.suffix.lower()
        for suffixes, reader in _READERS:
            if suffix in suffixes:
                try:
                    yield from reader(f, default_date, on_error)
                except OSError as exc:
                    on_error(InputError(f"cannot read: {exc.strerror or exc}", str(f)))
                break
        else:  # an explicitly named file of unknown type: treat as seed-format text
            try:
                yield from read_text_file(f, default_date, on_error)
            except OSError as exc:
                on_error(InputError(f"cannot read: {exc.strerror or exc}", str(f)))
