"""Export formats reload with the same rows; GDELT columns, quad classes and CAMEO roots."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from killdeer import export
from killdeer.ontology import load_ontology
from killdeer.store import Store
from killdeer.types import Document, Entity, Event, Location


def make_event(n: int, category: str, date: str, *, modes: tuple[str, ...] = (), loc: Location | None = None) -> Event:
    onto = load_ontology()
    return Event(
        id=f"d{n}-0", doc_id=f"d{n}", pub_date=date[:10] if len(date) >= 10 else "2024-06-30", date=date,
        date_precision="day" if len(date) == 10 else "month", event=category, mode=list(modes),
        context=["economic", "military"],
        actor=[Entity(text="Ecuador's army", start=0, end=14, name="Ecuadorian Army", country="ECU", sector="MIL",
                      sectors=["MIL", "GOV"])],
        recipient=[Entity(text="the UN", start=20, end=26, name="United Nations", country="UNO", sector=None)],
        event_text="x", event_start=15, event_end=16, sentence=f"Sentence, with \"quotes\"\nand a newline {n}.",
        sentence_start=0, sentence_end=40, sentence_index=n % 2, quad_code=onto.quad_code(category),
        event_scale=onto.score(category, list(modes)), confidence=0.75, coder={"name": "killdeer", "version": "9"},
        event_loc=loc, why={"rule": "r1"},
    )


CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
GUAYAQUIL = Location(name="Guayaquil", country="ECU", lat=-2.19, lon=-79.89, precision="city", admin1="10",
                     geonameid=3657509)


@pytest.fixture
def events() -> list[Event]:
    evs = [make_event(i, c, f"2024-{1 + i % 3:02d}-{10 + i:02d}", loc=GUAYAQUIL if i % 2 else None)
           for i, c in enumerate(CATEGORIES)]
    evs.append(make_event(20, "ASSAULT", "2024-05", modes=("unconventional",)))
    evs.append(make_event(21, "ACCUSE", "2023-12-31", modes=("investigate",)))
    return evs


def test_export_jsonl_roundtrip(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.jsonl"
    assert export.write_jsonl(events, path) == len(events)
    assert [json.loads(line) for line in path.read_text().splitlines()] == [e.to_dict() for e in events]
    buf = io.StringIO()
    export.write_jsonl([e.to_dict() for e in events], buf)
    assert buf.getvalue() == path.read_text()


def test_export_csv_roundtrip(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert export.write_csv(events, path) == len(events)
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == export.FLAT_COLUMNS
        got = list(reader)
    want = [{k: "" if v is None else str(v) for k, v in row.items()} for row in export.flat_rows(events)]
    assert got == want
    assert got[0]["sentence"].endswith("newline 0.")
    assert json.loads(got[0]["actors_json"])[0]["sectors"] == ["MIL", "GOV"]


def test_export_parquet_partitions_and_reloads(events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "pq"
    assert export.write_parquet(events, out) == len(events)
    parts = sorted(p.relative_to(out).parent.as_posix() for p in out.rglob("*.parquet"))
    assert "year=2024/month=5" in parts and "year=2023/month=12" in parts
    table = export.read_parquet(out)
    assert table.schema.names == list(export.FLAT_COLUMNS)
    got = sorted(table.to_pylist(), key=lambda r: r["id"])
    assert got == sorted(export.flat_rows(events), key=lambda r: r["id"])
    # rewriting replaces the dataset instead of appending to it
    export.write_parquet(events[:2], out)
    assert export.read_parquet(out).num_rows == 2
    flat = tmp_path / "flat"
    export.write_parquet(events, flat, partition_by=())
    assert pq.read_table(flat / "part-0.parquet").schema == export.FLAT_SCHEMA


def test_export_csv_and_parquet_share_columns(events: list[Event]) -> None:
    assert export.flat_table(events).schema == export.FLAT_SCHEMA
    assert set(export.flat_rows(events)[0]) == set(export.FLAT_COLUMNS)


def test_export_gdelt_columns_quads_and_roots(events: list[Event]) -> None:
    rows = export.to_gdelt_rows(events)
    assert len(export.GDELT_COLUMNS) == 61
    assert all(tuple(r) == export.GDELT_COLUMNS for r in rows)
    roots = {r["EventCode"][:2] for r in rows}
    by_cat = {e.event: r for e, r in zip(events[: len(CATEGORIES)], rows[: len(CATEGORIES)], strict=True)}
    want_root = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
                 "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13",
                 "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18"}
    for cat, row in by_cat.items():
        assert row["EventRootCode"] == want_root[cat], cat
        assert row["EventBaseCode"] == row["EventCode"][:3]
        assert row["QuadClass"] == load_ontology().quad_code(cat)
        assert -10 <= row["GoldsteinScale"] <= 10
    assert roots <= {f"{i:02d}" for i in range(3, 21)}
    assert rows[-2]["EventCode"] == "204" and rows[-2]["EventRootCode"] == "20"  # ASSAULT unconventional
    assert rows[-1]["EventRootCode"] == "09"  # ACCUSE investigate
    assert rows[-2]["SQLDATE"] == 20240501 and rows[-2]["MonthYear"] == 202405
    assert rows[-1]["Year"] == 2023 and rows[-1]["FractionDate"] == round(2023 + (12 * 30 + 31) / 365, 4)
    r = rows[1]
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"], r["Actor1Type2Code"]) == (
        "ECUMILGOV", "ECU", "MIL", "GOV")
    assert (r["Actor2CountryCode"], r["Actor2KnownGroupCode"], r["Actor2Name"]) == ("", "UNO", "UNITED NATIONS")
    assert (r["ActionGeo_Type"], r["ActionGeo_FullName"], r["ActionGeo_ADM1Code"], r["ActionGeo_FeatureID"]) == (
        4, "Guayaquil", "ECU10", 3657509)
    assert rows[0]["ActionGeo_Type"] == 0 and rows[0]["IsRootEvent"] == 1 and r["IsRootEvent"] == 0
    assert (r["NumMentions"], r["NumSources"], r["NumArticles"]) == (1, 1, 1)


def test_export_gdelt_from_store_uses_clusters(tmp_path: Path) -> None:
    docs = []
    for i, src in enumerate(["Wire A", "Wire B", "Wire A"]):
        ev = make_event(i, "REJECT", "2024-03-05")
        ev.sentence = "Ecuador rejected the offer of military aid from the United Nations."
        docs.append((Document(id=ev.doc_id, date=dt.date(2024, 3, 5 + i), text="t", url=f"https://x/{i}",
                              source=src), [ev]))
    with Store.open(tmp_path / "e.duckdb") as store:
        store.write_many(docs, coder_version="9")
        store.rebuild_clusters()
        rows = store.events(limit=None, with_context=True)
    gd = export.to_gdelt_rows(rows)
    assert [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in gd] == [(3, 2, 3)] * 3
    assert [r["SOURCEURL"] for r in gd] == ["https://x/0", "https://x/1", "https://x/2"]
    assert all(len(r["DATEADDED"]) == 14 for r in gd)
    one = export.to_gdelt_rows(rows, one_per_cluster=True)
    assert len(one) == 1 and one[0]["SOURCEURL"] == "https://x/0"
    path = tmp_path / "g.tsv"
    export.write_gdelt(rows, path, header=False, one_per_cluster=True)
    (line,) = path.read_text().splitlines()
    assert len(line.split("\t")) == 61
    flat = export.flat_rows(rows)
    assert flat[0]["cluster_mentions"] == 3 and flat[0]["source"] == "Wire A"


def test_cameo_code_modes() -> None:
    assert export.cameo_code("COERCE", ["arrest"]) == "173"
    assert export.cameo_code("PROTEST", ["strike"]) == "140"  # no 2021 code for the mode: default
    assert export.cameo_code("NOT_A_CATEGORY") is None
