"""Read articles from text files, JSONL, CSV, Parquet or folders of them.

Every reader yields :class:`~killdeer.types.Document` objects and reports each
document it cannot read through ``on_error`` (an :class:`InputError` naming the
file and line), then goes on with the next one: nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
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


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", re.ASCII)
MIN_YEAR, MAX_YEAR = 1000, 2999  # beyond these, date arithmetic on news dates is meaningless (and overflows)


def parse_date(value: Any) -> dt.date:
    """A publication date from ``YYYY-MM-DD`` or an ISO datetime (or a date object)."""
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            date = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"bad date {value!r}: no such day") from None
    elif isinstance(value, str) and _ISO_DATETIME.fullmatch(value.strip()):
        try:
            date = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"bad date {value!r}: no such day or time") from None
    else:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD")
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise ValueError(f"bad date {value!r}: year outside {MIN_YEAR}-{MAX_YEAR}")
    return date


def check_text(value: str, field: str, origin: str) -> None:
    """Reject text no UTF-8 output can hold (lone surrogates from JSON escapes like \\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{field} contains an unpaired surrogate (U+{ord(value[exc.start]):04X})", origin) from None


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16/32 with a BOM; else an InputError."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable UTF-32 text ({exc.reason} at byte {exc.start})", origin) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable UTF-16 text ({exc.reason} at byte {exc.start})", origin) from None
    if data.count(b"\x00") * 4 > len(data):  # every other byte NUL: UTF-16/32 without a BOM, not text
        raise InputError("mostly NUL bytes (UTF-16/32 without a byte-order mark?); convert it to UTF-8", origin)
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
    check_text(text, "text", origin)
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
    check_text(doc_id, "id", origin)
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


def parse_json_line(raw: bytes, origin: str) -> dict[str, Any]:
    """One JSONL line to a dict, or an InputError saying what is wrong with it."""
    line = decode(raw, origin)
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"broken JSON line ({exc.msg} at column {exc.colno})", origin) from None
    except RecursionError:
        raise InputError("JSON line nested too deeply", origin) from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise InputError(f"broken JSON line ({exc})", origin) from None
    if not isinstance(row, dict):
        raise InputError(f"expected a JSON object, got {type(row).__name__}", origin)
    return row


def _jsonl_lines(path: Path) -> Iterator[bytes]:
    """Raw lines; a UTF-16/32 file (with a BOM) is decoded whole and re-encoded line by line."""
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            text = decode(fh.read(), str(path))
            for line in text.split("\n"):
                yield line.encode("utf-8", "surrogatepass") + b"\n"
            return
        yield from fh


def _has_wide_bom(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4)
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))


def read_jsonl(path: Path, default_date: dt.date | None, on_error: ErrorHandler) -> Iterator[Document]:
    """One JSON object per line with id, date, text."""
    try:
        lines = list(_jsonl_lines(path)) if _has_wide_bom(path) else None
    except InputError as err:
        on_error(err)
        return
    with path.open("rb") as fh:
        for lineno, raw in enumerate(lines if lines is not None else fh, start=1):
            origin = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                row = parse_json_line(raw, origin)
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
    # records end only at \n / \r\n; U+2028 and other line separators inside fields stay text
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter="\t" if path.suffix == ".tsv" else ",")
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
        try:
            rows = batch.to_pylist()
        except (OverflowError, ValueError):  # e.g. a date beyond Python's range: convert row by row
            rows = None
        for i in range(batch.num_rows):
            rowno += 1
            origin = f"{path}:row {rowno}"
            try:
                if rows is not None:
                    row = rows[i]
                else:
                    try:
                        row = batch.slice(i, 1).to_pylist()[0]
                    except (OverflowError, ValueError) as exc:
                        raise InputError(f"unreadable value: {exc}", origin) from None
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
