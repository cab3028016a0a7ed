"""The DuckDB event store on a real file: idempotence, replacement, rollback, filters, dyads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from killdeer.errors import StoreError
from killdeer.store import Store, content_hash, date_bounds
from killdeer.types import Document, Entity, Event, Location

QUITO = Location(name="Quito", country="ECU", lat=-0.23, lon=-78.52, precision="city", admin1="18")


def make_doc(doc_id: str, day: str = "2024-03-05", text: str = "text", source: str = "Wire") -> Document:
    return Document(id=doc_id, date=dt.date.fromisoformat(day), text=text, url=f"https://x.org/{doc_id}", source=source)


def make_event(
    doc_id: str,
    n: int = 0,
    *,
    category: str = "REJECT",
    quad: int = 3,
    scale: float | None = -2.0,
    actor: tuple[str, str | None, str | None] = ("Ecuador", "ECU", "GOV"),
    recipient: tuple[str, str | None, str | None] | None = ("United States", "USA", "GOV"),
    date: str = "2024-03-05",
    sentence: str = "Ecuador rejected the US offer of military aid.",
    loc: Location | None = QUITO,
) -> Event:
    def ent(spec: tuple[str, str | None, str | None]) -> Entity:
        return Entity(text=spec[0], start=0, end=len(spec[0]), name=spec[0], country=spec[1], sector=spec[2],
                      sectors=[spec[2]] if spec[2] else [], resolved_by="dictionary")

    return Event(
        id=f"{doc_id}-{n}", doc_id=doc_id, pub_date=date, date=date, date_precision="day", event=category,
        mode=[], context=["military"], actor=[ent(actor)], recipient=[ent(recipient)] if recipient else [],
        event_text="rejected", event_start=8, event_end=16, sentence=sentence, sentence_start=0,
        sentence_end=len(sentence), sentence_index=n, quad_code=quad, event_scale=scale, confidence=0.8,
        coder={"name": "killdeer", "version": "1"}, event_loc=loc,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_store_schema_and_reopen(db: Path) -> None:
    with Store.open(db) as store:
        store.write(make_doc("d1"), [make_event("d1")], coder_version="1")
    with Store.open(db, read_only=True) as store:
        assert store.stats()["events"] == 1
        with pytest.raises(StoreError):
            store.write(make_doc("d2"), [], coder_version="1")


def test_store_open_missing_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store.open(tmp_path / "nope.duckdb", read_only=True)


def test_store_rerun_is_idempotent(db: Path) -> None:
    doc = make_doc("d1")
    events = [make_event("d1", 0), make_event("d1", 1, category="ACCUSE")]
    with Store.open(db) as store:
        for _ in range(3):  # a rerun that does not check needs_coding still writes no duplicates
            store.write(doc, events, coder_version="1")
        assert store.stats() == {"documents": 1, "events": 2, "entities": 4, "clusters": 0, "cluster_members": 0}
        assert not store.needs_coding(doc.id, content_hash(doc), "1")
        assert store.needs_coding(doc.id, content_hash(doc), "2")
        changed = make_doc("d1", text="new text")
        assert store.needs_coding(changed.id, content_hash(changed), "1")
        assert store.needs_coding_many([("d1", content_hash(doc), "1"), ("d9", "h", "1")]) == [False, True]


def test_store_incremental_add_and_batch(db: Path) -> None:
    with Store.open(db) as store:
        store.write(make_doc("d1"), [make_event("d1")], coder_version="1")
        n = store.write_many(
            [(make_doc(f"b{i}"), [make_event(f"b{i}", 0), make_event(f"b{i}", 1)]) for i in range(50)],
            coder_version="1",
        )
        assert n == 100
        assert store.stats()["documents"] == 51
        assert store.stats()["events"] == 101
        # a document repeated in one batch keeps its last version
        store.write_many([(make_doc("b0"), [make_event("b0")]), (make_doc("b0"), [])], coder_version="1")
        assert store.count(text="military") == 99


def test_store_recode_replaces_rows(db: Path) -> None:
    with Store.open(db) as store:
        store.write(make_doc("d1"), [make_event("d1", 0), make_event("d1", 1)], coder_version="1")
        store.write(make_doc("d2"), [make_event("d2", 0)], coder_version="1")
        store.write(make_doc("d1"), [make_event("d1", 0, category="ACCUSE")], coder_version="2")
        rows = store.sql("SELECT doc_id, coder_version, count(*) AS n FROM events GROUP BY ALL ORDER BY doc_id")
        assert rows == [
            {"doc_id": "d1", "coder_version": "2", "n": 1},
            {"doc_id": "d2", "coder_version": "1", "n": 1},
        ]
        assert [e["event"] for e in store.events(category="ACCUSE")] == ["ACCUSE"]
        assert store.stats()["entities"] == 4


def test_store_failed_write_keeps_previous_rows(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db) as store:
        store.write(make_doc("d1"), [make_event("d1", 0), make_event("d1", 1)], coder_version="1")
        before = store.events(limit=None)
        original = Store._insert

        def crash_on_events(self: Store, table: str, data: object) -> None:
            if table == "events":
                raise KeyboardInterrupt  # interrupted after deleting and inserting the document row
            original(self, table, data)  # type: ignore[arg-type]

        monkeypatch.setattr(Store, "_insert", crash_on_events)
        with pytest.raises(KeyboardInterrupt):
            store.write(make_doc("d1"), [make_event("d1", 0, category="ASSAULT", quad=4)], coder_version="2")
        monkeypatch.setattr(Store, "_insert", original)
        assert store.events(limit=None) == before
        assert store.stats()["documents"] == 1
        assert not store.needs_coding("d1", content_hash(make_doc("d1")), "1")
    with Store.open(db) as store:  # and on disk
        assert store.events(limit=None) == before


def test_store_rejects_event_of_other_document(db: Path) -> None:
    with Store.open(db) as store, pytest.raises(StoreError):
        store.write(make_doc("d1"), [make_event("d2")], coder_version="1")


def test_store_event_roundtrip(db: Path) -> None:
    ev = make_event("d1")
    ev.why = {"rule": "reject.v1", "score": 0.5}
    with Store.open(db) as store:
        store.write(make_doc("d1"), [ev], coder_version="1")
        (got,) = store.events()
    assert got == ev.to_dict()


@pytest.fixture
def filled(db: Path) -> Store:
    store = Store.open(db)
    docs = [
        (make_doc("a", "2024-03-05"), [
            make_event("a", 0),
            make_event("a", 1, category="ASSAULT", quad=4, scale=-9.0, recipient=("Peru", "PER", None),
                       sentence="Gunmen attacked a bus.", loc=None),
        ]),
        (make_doc("b", "2024-03-12"), [
            make_event("b", 0, date="2024-03-12", category="AGREE", quad=1, scale=2.5),
            make_event("b", 1, date="2024-03-13", category="REQUEST", quad=3, scale=0.0,
                       actor=("United States", "USA", "GOV"), recipient=("Ecuador", "ECU", "GOV")),
        ]),
        (make_doc("c", "2024-04-02"), [
            make_event("c", 0, date="2024-04", category="COOPERATE", quad=2, scale=9.5),
            make_event("c", 1, date="2024-04-02", sentence="O'Brien's 100% claim", scale=None),
        ]),
    ]
    store.write_many(docs, coder_version="1")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({}, ["a-0", "a-1", "b-0", "b-1", "c-0", "c-1"]),
        ({"actor": "ECU"}, ["a-0", "a-1", "b-0", "c-0", "c-1"]),
        ({"actor": "ecuador"}, ["a-0", "a-1", "b-0", "c-0", "c-1"]),
        ({"actor": "Ecua"}, ["a-0", "a-1", "b-0", "c-0", "c-1"]),
        ({"recipient": "PER"}, ["a-1"]),
        ({"actor": "ECU", "recipient": "USA"}, ["a-0", "b-0", "c-0", "c-1"]),
        ({"date_from": "2024-03-12", "date_to": "2024-03-31"}, ["b-0", "b-1"]),
        ({"date_from": "2024-04-02"}, ["c-0", "c-1"]),  # "2024-04" overlaps the day
        ({"date_to": "2024-03"}, ["a-0", "a-1", "b-0", "b-1"]),
        ({"category": "reject"}, ["a-0", "c-1"]),
        ({"category": ["AGREE", "REQUEST"]}, ["b-0", "b-1"]),
        ({"quad": 4}, ["a-1"]),
        ({"quad": [1, 2]}, ["b-0", "c-0"]),
        ({"place": "quito"}, ["a-0", "b-0", "b-1", "c-0", "c-1"]),
        ({"place": "ECU", "quad": 3}, ["a-0", "b-1", "c-1"]),
        ({"text": "gunmen"}, ["a-1"]),
        ({"text": "100%"}, ["c-1"]),
        ({"text": "O'Brien"}, ["c-1"]),
        ({"text": "_"}, []),
        ({"actor": "ECU' OR '1'='1"}, []),
        ({"category": "REJECT'; DROP TABLE events; --"}, []),
        ({"place": "%"}, []),
    ],
)
def test_store_event_filters(filled: Store, filters: dict, ids: list[str]) -> None:
    assert [e["id"] for e in filled.events(**filters)] == ids
    assert filled.count(**filters) == len(ids)
    assert filled.stats()["events"] == 6  # the injection attempts changed nothing


def test_store_limit_offset(filled: Store) -> None:
    assert [e["id"] for e in filled.events(limit=2, offset=1)] == ["a-1", "b-0"]
    assert [e["id"] for e in filled.events(limit=None, offset=4)] == ["c-0", "c-1"]


def test_store_dyad_series(filled: Store) -> None:
    rows = filled.dyad("ECU", "USA", by="week")
    assert [(str(r["period"]), r["quad1"], r["quad2"], r["quad3"], r["quad4"]) for r in rows] == [
        ("2024-03-04", 0, 0, 1, 0),
        ("2024-03-11", 1, 0, 0, 0),
        ("2024-04-01", 0, 1, 1, 0),
    ]
    assert [r["event_scale"] for r in rows] == [-2.0, 2.5, 9.5]
    months = filled.dyad("ECU", "USA", by="month", directed=False)
    assert [(str(r["period"]), r["events"]) for r in months] == [("2024-03-01", 3), ("2024-04-01", 2)]
    assert sum(r["events"] for r in months) == filled.count(actor="ECU", recipient="USA") + filled.count(
        actor="USA", recipient="ECU"
    )
    assert filled.dyad("ECU", "USA", by="month", quad=3)[0]["quad3"] == 1
    with pytest.raises(StoreError):
        filled.dyad("ECU", "USA", by="fortnight")  # type: ignore[arg-type]


def test_store_top_actors(filled: Store) -> None:
    top = filled.top_actors()
    assert top[0] == {"actor": "Ecuador", "country": "ECU", "sector": "GOV", "events": 5}
    assert filled.top_actors(country="usa") == [
        {"actor": "United States", "country": "USA", "sector": "GOV", "events": 1}
    ]


def test_store_sql_is_read_only(filled: Store) -> None:
    assert filled.sql("SELECT count(*) AS n FROM events") == [{"n": 6}]
    for bad in ("DELETE FROM events", "DROP TABLE events", "SELECT 1; DELETE FROM events",
                "INSERT INTO meta VALUES ('a', 'b')", "COPY events TO 'x.csv'", "ATTACH 'x.db'"):
        with pytest.raises(StoreError):
            filled.sql(bad)
    with pytest.raises(StoreError):
        filled.sql("SELECT * FROM no_such_table")
    assert filled.stats()["events"] == 6


def test_store_clusters(db: Path) -> None:
    with Store.open(db) as store:
        store.write(make_doc("a", source="Wire A"), [make_event("a")], coder_version="1")
        store.write(make_doc("b", "2024-03-06", source="Wire B"),
                    [make_event("b", sentence="Quito turned down the US offer of military aid.")],
                    coder_version="1")
        store.write(make_doc("c", source="Wire A"), [make_event("c", category="ACCUSE")], coder_version="1")
        assert store.clusters_stale
        assert store.rebuild_clusters() == 2
        assert not store.clusters_stale
        top = store.clusters(limit=1)[0]
        assert (top["mentions"], top["sources"], top["articles"], top["representative"]) == (2, 2, 2, "a-0")
        ev = store.events(category="REJECT", with_context=True)
        assert [e["cluster"]["representative"] for e in ev] == [True, False]
        assert ev[0]["report"]["url"] == "https://x.org/a"
        store.write(make_doc("b"), [], coder_version="2")  # recoding removes stale memberships
        assert store.clusters_stale
        assert store.sql("SELECT count(*) AS n FROM cluster_members WHERE doc_id = 'b'") == [{"n": 0}]


def test_date_bounds() -> None:
    assert date_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_bounds("2024-12") == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert date_bounds("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert date_bounds("garbage") == (None, None)


def test_content_hash_depends_on_date_and_text() -> None:
    a = make_doc("x", "2024-01-01", "t")
    assert content_hash(a) == content_hash(make_doc("y", "2024-01-01", "t"))
    assert content_hash(a) != content_hash(make_doc("x", "2024-01-02", "t"))
    assert content_hash(a) != content_hash(make_doc("x", "2024-01-01", "u"))


def test_store_cli_commands(filled: Store, tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from killdeer.store_cli import register

    path = filled.path
    filled.close()
    app = typer.Typer()
    register(app)
    run = CliRunner().invoke
    res = run(app, ["events", "--db", path, "--actor", "ECU", "--quad", "3", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["a-0", "c-1"]
    res = run(app, ["events", "--db", path, "--category", "AGREE", "--category", "REQUEST", "-f", "csv"])
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 2
    res = run(app, ["dyad", "ECU", "USA", "--db", path, "--by", "month", "-f", "jsonl",
                    "--plot", str(tmp_path / "d.png")])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["events"] for line in res.stdout.splitlines()] == [2, 2]
    assert (tmp_path / "d.png").stat().st_size > 1000
    res = run(app, ["top", "actors", "--db", path, "-f", "jsonl"])
    assert json.loads(res.stdout.splitlines()[0])["actor"] == "Ecuador"
    res = run(app, ["sql", "SELECT count(*) AS n FROM events", "--db", path, "-f", "jsonl"])
    assert json.loads(res.stdout) == {"n": 6}
    assert run(app, ["sql", "DROP TABLE events", "--db", path]).exit_code == 2
    assert run(app, ["events", "--db", str(tmp_path / "missing.duckdb")]).exit_code == 2
    for fmt, out in (("jsonl", "e.jsonl"), ("csv", "e.csv"), ("parquet", "pq"), ("gdelt", "e.tsv")):
        res = run(app, ["export", "--db", path, "-f", fmt, "-o", str(tmp_path / out)])
        assert res.exit_code == 0, res.output
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 6
    assert len((tmp_path / "e.tsv").read_text().splitlines()) == 7  # header + one row per cluster
    res = run(app, ["dedup", "--db", path, "--window", "3"])
    assert res.exit_code == 0, res.output


def test_store_batch_writer_flushes_on_interrupt(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(KeyboardInterrupt), store.writer(coder_version="1", batch_size=4) as w:
            for i in range(10):
                w.add(make_doc(f"d{i}"), [make_event(f"d{i}")])
            raise KeyboardInterrupt
        assert (w.documents, w.events) == (10, 10)
        assert store.stats()["documents"] == 10
        assert not store.needs_coding("d9", content_hash(make_doc("d9")), "1")


def test_store_delete(filled: Store) -> None:
    filled.delete(["a", "zzz"])
    assert filled.stats()["documents"] == 2
    assert filled.sql("SELECT count(*) AS n FROM entities WHERE doc_id = 'a'") == [{"n": 0}]


def test_store_event_by_id_and_where(filled: Store) -> None:
    assert filled.event("b-1")["event"] == "REQUEST"
    assert filled.event("b-1", with_context=True)["report"]["url"] == "https://x.org/b"
    assert filled.event("nope") is None
    where, params = filled.where(actor="ECU", quad=3)
    rows = filled.sql(f"SELECT count(*) AS n FROM events e{where}", params)
    assert rows == [{"n": filled.count(actor="ECU", quad=3)}]
    with pytest.raises(StoreError):
        filled.where(colour="red")


def test_store_read_only_queries(filled: Store) -> None:
    path = filled.path
    filled.close()
    with Store.open(path, read_only=True) as ro:
        assert ro.sql("SELECT count(*) AS n FROM events") == [{"n": 6}]
        assert len(ro.events(actor="ECU")) == 5
