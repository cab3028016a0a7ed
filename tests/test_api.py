"""The HTTP API against a real uvicorn server on 127.0.0.1 and a real DuckDB store.

Two servers, each shared by the module's tests:

* ``empty_server``: an empty store and a coder that must never be called; limits, validation,
  static files and headers (no spaCy model, fast).
* ``server``: a store filled by coding the sample article and three more documents through
  the real :class:`Coder` and :class:`Store` (``slow``: loads the spaCy model).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "ecuador-noboa-2024-01-25.txt"
EXTRA_DOCS = [
    {
        "id": "ven-accuses-ecu",
        "date": "2024-02-05",
        "title": "Venezuela accuses Ecuador",
        "source": "test-wire",
        "text": "Venezuela accused Ecuador of violating its airspace on Saturday. "
        "Caracas also threatened to expel Ecuadorian diplomats.",
    },
    {
        "id": "ecu-meets-ven",
        "date": "2024-02-14",
        "source": "test-wire",
        "text": "Ecuador's foreign minister met Venezuelan diplomats in Quito on Tuesday to discuss border "
        "security. Ecuador praised Venezuela for its help.",
    },
]
# coded and stored without an origin: the store keeps no text for it, so the API shows its sentences
NO_ORIGIN_DOC = {
    "id": "andes-roundup",
    "date": "2024-03-01",
    "text": "Colombian troops attacked rebels near Cali on Thursday. Peru sent humanitarian aid to Ecuador.",
}


# ---------------------------------------------------------------------------------- helpers
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningServer:
    url: str
    db: Path
    port: int
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def start_server(app: Any) -> RunningServer:
    """uvicorn in a thread on a free loopback port; returns once it accepts connections."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return RunningServer(f"http://127.0.0.1:{port}", Path(), port, server, thread)


def build_store(db: Path, coder: Any, workdir: Path) -> dict[str, Any]:
    """Code the sample article and the extra documents into a new store at ``db``."""
    import datetime as dt

    from killdeer.read import read_documents
    from killdeer.store import Store, content_hash
    from killdeer.types import Document

    jsonl = workdir / "docs.jsonl"
    jsonl.write_text("".join(json.dumps(d) + "\n" for d in EXTRA_DOCS), encoding="utf-8")
    docs = list(read_documents([SAMPLE, jsonl]))
    docs.append(Document(id=NO_ORIGIN_DOC["id"], date=dt.date.fromisoformat(NO_ORIGIN_DOC["date"]),
                         text=NO_ORIGIN_DOC["text"]))
    version = coder.coder["version"]
    coded = {}
    with Store.open(db) as store:
        for doc, events in coder.code_many(docs):
            store.write(doc, events, coder_version=version, content_hash=content_hash(doc))
            coded[doc.id] = (doc, events)
    return coded


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """A GET with the request target sent byte for byte (no client-side path normalisation)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


class NoCoder:
    """Stands in for the Coder where a request must be refused before any coding."""

    coder = {"name": "killdeer", "version": "test"}

    def code(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the coder must not be called")


# ---------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    from killdeer.api import Settings, create_app
    from killdeer.store import Store

    db = tmp_path_factory.mktemp("api-empty") / "empty.duckdb"
    Store.open(db).close()
    settings = Settings(max_text_chars=2_000, max_body_bytes=10_000, page_size_max=5)
    running = start_server(create_app(db, coder=NoCoder(), settings=settings))
    running.db = db
    yield running
    running.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Iterator[RunningServer]:
    from killdeer.api import Settings, create_app

    work = tmp_path_factory.mktemp("api")
    db = work / "events.duckdb"
    coded = build_store(db, coder, work)
    running = start_server(create_app(db, coder=coder, settings=Settings(page_size_max=7)))
    running.db = db
    running.coded = coded  # type: ignore[attr-defined]
    yield running
    running.stop()


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def http0(empty_server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=empty_server.url, timeout=30) as client:
        yield client


def no_traceback(response: httpx.Response) -> None:
    text = response.text
    assert "Traceback" not in text and 'File "' not in text, text[:500]
    assert response.headers["content-type"].startswith("application/json")


# ---------------------------------------------------------------------------------- fast: empty store
def test_health_on_empty_store(http0: httpx.Client) -> None:
    r = http0.get("/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "version": r.json()["version"], "db": "empty.duckdb", "events": 0, "documents": 0}


def test_code_text_over_limit_is_413(http0: httpx.Client) -> None:
    r = http0.post("/code", json={"text": "Ecuador thanked Peru. " * 200, "date": "2024-01-25"})
    assert r.status_code == 413
    assert "2,000" in r.json()["detail"]
    no_traceback(r)


def test_body_over_limit_is_413_by_content_length(http0: httpx.Client) -> None:
    r = http0.post("/code", content=b'{"text": "' + b"a" * 20_000 + b'", "date": "2024-01-25"}',
                   headers={"content-type": "application/json"})
    assert r.status_code == 413
    no_traceback(r)


def test_body_over_limit_is_413_when_streamed(http0: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * 1_000
        yield b'", "date": "2024-01-25"}'

    r = http0.post("/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    no_traceback(r)


@pytest.mark.parametrize("date", ["2024-02-30", "25/01/2024", "", "tomorrow"])
def test_code_bad_date_is_422(http0: httpx.Client, date: str) -> None:
    r = http0.post("/code", json={"text": "Ecuador thanked Peru.", "date": date})
    assert r.status_code == 422
    assert "date" in json.dumps(r.json()["detail"])
    no_traceback(r)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"text": "x"}', b'{"text": 5, "date": "2024-01-01"}', b"[]",
     b'{"text": "x", "date": "2024-01-01", "extra": 1}', b'{"text": "   ", "date": "2024-01-01"}'],
)
def test_code_bad_body_is_422(http0: httpx.Client, body: bytes) -> None:
    r = http0.post("/code", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422
    no_traceback(r)


@pytest.mark.parametrize(
    "query",
    ["limit=0", "offset=-1", "quad=7", "quad=x", "from=2024-13-01", "to=yesterday", "category=NOPE",
     "category=REJECT;DROP", "actor=" + "x" * 300],
)
def test_bad_filters_are_422(http0: httpx.Client, query: str) -> None:
    r = http0.get(f"/events?{query}")
    assert r.status_code == 422, r.text
    no_traceback(r)


def test_page_size_is_capped(http0: httpx.Client) -> None:
    r = http0.get("/events", params={"limit": 1000})
    assert r.status_code == 200
    assert r.json() == {"total": 0, "limit": 5, "offset": 0, "events": []}


def test_unexpected_error_is_500_without_traceback(http0: httpx.Client) -> None:
    r = http0.post("/code", json={"text": "Ecuador thanked Peru.", "date": "2024-01-25"})  # NoCoder raises
    assert r.status_code == 500
    assert r.json() == {"detail": "internal server error"}
    no_traceback(r)
    assert http0.get("/health").status_code == 200  # and the server goes on


def test_unknown_event_and_route_are_404(http0: httpx.Client) -> None:
    assert http0.get("/events/kd-does-not-exist").status_code == 404
    r = http0.get("/no/such/route")
    assert r.status_code == 404
    no_traceback(r)
    assert http0.get("/dyads/ECU/VEN/series", params={"by": "decade"}).status_code == 422


@pytest.mark.parametrize(
    "target",
    ["/static/../api.py", "/static/..%2fapi.py", "/static/%2e%2e/%2e%2e/store.py", "/static/%2e%2e%2f%2e%2e%2fstore.py",
     "/static/....//web/app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/vendor/../../app.py",
     "/../killdeer/api.py", "/static/..\\..\\api.py"],
)
def test_static_files_do_not_traverse(empty_server: RunningServer, target: str) -> None:
    status, body = raw_get(empty_server.port, target)
    assert status in (400, 404), (target, status)
    assert b"import" not in body and b"root:" not in body


def test_page_and_assets_are_served_same_origin(http0: httpx.Client) -> None:
    page = http0.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    import re

    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    local = [u for u in refs if u.startswith("/")]
    assert {"/static/app.js", "/static/style.css", "/static/vendor/topojson-client.min.js"} <= set(local)
    for url in local:
        assert http0.get(url).status_code == 200, url
    # only links to read elsewhere, nothing the page loads
    assert all(u.startswith(("/", "data:", "https://github.com/")) for u in refs), refs
    world = http0.get("/static/vendor/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150
    assert "Natural Earth" in http0.get("/static/vendor/LICENSES.txt").text
    js = http0.get("/static/app.js").text
    assert "http://" not in js.replace("http://www.w3.org/2000/svg", "") and "https://" not in js


def test_cors_is_closed_by_default(http0: httpx.Client) -> None:
    r = http0.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = http0.options("/code", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_origins_from_settings(tmp_path: Path) -> None:
    from killdeer.api import Settings, create_app
    from killdeer.store import Store

    db = tmp_path / "cors.duckdb"
    Store.open(db).close()
    running = start_server(create_app(db, coder=NoCoder(), settings=Settings(cors_origins=("http://localhost:3000",))))
    try:
        with httpx.Client(base_url=running.url) as client:
            ok = client.get("/health", headers={"Origin": "http://localhost:3000"})
            assert ok.headers["access-control-allow-origin"] == "http://localhost:3000"
            other = client.get("/health", headers={"Origin": "https://evil.example"})
            assert "access-control-allow-origin" not in other.headers
    finally:
        running.stop()


def test_openapi_lists_the_endpoints(http0: httpx.Client) -> None:
    spec = http0.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [("/code", "post"), ("/events", "get"), ("/events/{event_id}", "get"),
                         ("/dyads/{a}/{b}/series", "get"), ("/actors/top", "get"), ("/health", "get")]:
        assert method in paths[path], path
    params = {p["name"] for p in paths["/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "category", "quad", "from", "to", "place", "q", "limit", "offset"} <= params
    dyad = {p["name"] for p in paths["/dyads/{a}/{b}/series"]["get"]["parameters"]}
    assert {"a", "b", "by", "both", "from", "to", "category"} <= dyad and "actor" not in dyad
    docs = http0.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text


def test_missing_store_is_an_error(tmp_path: Path) -> None:
    from killdeer.api import create_app
    from killdeer.errors import StoreError

    with pytest.raises(StoreError, match="no event store"):
        create_app(tmp_path / "missing.duckdb")


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from killdeer.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for opt in ("--db", "--host", "--port", "--cors", "--max-text"):
        assert opt in result.output


def test_serve_command_builds_the_app(empty_server: RunningServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from killdeer.cli import app

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: calls.append((application, kw)))
    result = CliRunner().invoke(app, ["serve", "--db", str(empty_server.db), "--port", "8123", "--cors",
                                      "http://localhost:3000", "--max-text", "1234", "--page-size", "9"])
    assert result.exit_code == 0, result.output
    (application, kw), = calls
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8123
    settings = application.state.killdeer.settings
    assert settings.cors_origins == ("http://localhost:3000",)
    assert settings.max_text_chars == 1234 and settings.page_size_max == 9
    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "no event store" in missing.output


# ---------------------------------------------------------------------------------- slow: real store
@pytest.mark.slow
def test_health_counts_the_store(http: httpx.Client, server: RunningServer) -> None:
    body = http.get("/health").json()
    assert body["documents"] == 4
    assert body["events"] == sum(len(ev) for _, ev in server.coded.values())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_events_are_the_store_records(http: httpx.Client, server: RunningServer) -> None:
    from killdeer.store import Store

    with Store.open(server.db, read_only=True) as store:
        expected = store.events(actor="ECU", limit=5)
    body = http.get("/events", params={"actor": "ECU", "limit": 5}).json()
    assert body["events"] == json.loads(json.dumps(expected, default=str))
    assert body["limit"] == 5 and body["offset"] == 0 and body["total"] >= 5


@pytest.mark.slow
def test_filter_ecuador_venezuela(http: httpx.Client) -> None:
    body = http.get("/events", params={"actor": "ECU", "recipient": "VEN"}).json()
    assert body["total"] == len(body["events"]) >= 2
    cats = {e["event"] for e in body["events"]}
    assert "REJECT" in cats  # Noboa rejected Maduro's offer
    for e in body["events"]:
        assert any(a["country"] == "ECU" for a in e["actor"])
        assert any(r["country"] == "VEN" for r in e["recipient"])
    by_name = http.get("/events", params={"actor": "Noboa", "recipient": "Maduro"}).json()
    assert {e["id"] for e in by_name["events"]} <= {e["id"] for e in body["events"]}
    assert by_name["total"] >= 1


@pytest.mark.slow
def test_filters_category_quad_dates_place_text(http: httpx.Client) -> None:
    everything = http.get("/events", params={"limit": 7}).json()
    total = everything["total"]
    assert total > 7

    def ids(**params: Any) -> list[dict[str, Any]]:
        out, offset = [], 0
        while True:
            page = http.get("/events", params={**params, "limit": 7, "offset": offset}).json()
            out += page["events"]
            offset += 7
            if offset >= page["total"]:
                return out

    allev = ids()
    assert len(allev) == total and len({e["id"] for e in allev}) == total
    rej = ids(category="reject")
    assert rej and all(e["event"] == "REJECT" for e in rej)
    both = ids(category=["REJECT", "ACCUSE"])
    assert {e["event"] for e in both} == {"REJECT", "ACCUSE"}
    assert ids(category="REJECT,ACCUSE") == both
    q4 = ids(quad=3)
    assert q4 and all(e["quad_code"] == 3 for e in q4)
    feb = ids(**{"from": "2024-02-01", "to": "2024-02-29"})
    assert feb and all("2024-02-01" <= e["date"] <= "2024-02-29" for e in feb)
    assert {e["doc_id"] for e in feb} >= {"ven-accuses-ecu", "ecu-meets-ven"}
    month = ids(**{"from": "2024-02", "to": "2024-02"})
    assert {e["id"] for e in month} == {e["id"] for e in feb}
    cali = ids(place="Cali")
    assert cali and all(e["event_loc"]["name"] == "Cali" for e in cali)
    text = ids(q="airspace")
    assert text and all("airspace" in e["sentence"] for e in text)
    assert ids(q="100%") == []  # the user's wildcards are literal


@pytest.mark.slow
@pytest.mark.parametrize(
    "params",
    [{"actor": "ECU' OR '1'='1"}, {"actor": "x'); DROP TABLE events; --"}, {"q": "%"}, {"q": "_"},
     {"place": "' OR 1=1 --"}, {"recipient": "\\"}, {"q": "\"; SELECT 1; --"}],
)
def test_filters_are_bound_not_spliced(http: httpx.Client, params: dict[str, str]) -> None:
    r = http.get("/events", params=params)
    assert r.status_code == 200
    assert r.json()["total"] == 0
    assert http.get("/health").json()["events"] > 0  # nothing was dropped


@pytest.mark.slow
def test_event_detail_has_text_and_spans(http: httpx.Client, server: RunningServer) -> None:
    doc, events = server.coded["ecuador-noboa-2024-01-25"]  # type: ignore[attr-defined]
    reject = next(e for e in events if e.event == "REJECT")
    d = http.get(f"/events/{reject.id}").json()
    assert d["event"] == json.loads(json.dumps(reject.to_dict()))
    document = d["document"]
    assert document["text"] == doc.text and document["text_source"] == "store"
    assert document["passages"] == [{"start": 0, "end": len(doc.text), "text": doc.text}]
    assert [e["id"] for e in document["events"]] == [e.id for e in events]
    roles = {s["role"] for s in d["spans"]}
    assert {"actor", "recipient", "trigger", "date"} <= roles
    for s in d["spans"]:
        assert s["matches"] is True, s
        assert doc.text[s["start"]:s["end"]] == s["text"]
    actor = next(s for s in d["spans"] if s["role"] == "actor")
    assert actor["text"] == reject.actor[0].text
    date = next(s for s in d["spans"] if s["role"] == "date")
    assert date["text"].lower() == reject.date_text.lower()


@pytest.mark.slow
def test_event_detail_text_comes_from_the_store_for_every_input_format(http: httpx.Client, server: RunningServer) -> None:
    """The store keeps each document's text, so the evidence view works for JSONL/CSV/Parquet input too."""
    for key in ("andes-roundup", "ven-accuses-ecu"):
        doc, events = server.coded[key]  # type: ignore[attr-defined]
        assert events
        d = http.get(f"/events/{events[0].id}").json()
        assert d["document"]["text"] == doc.text and d["document"]["text_source"] == "store"
        for s in d["spans"]:
            assert s["matches"] is True, s
    _, jsonl_events = server.coded["ven-accuses-ecu"]  # type: ignore[attr-defined]
    d2 = http.get(f"/events/{jsonl_events[0].id}").json()
    assert d2["document"]["title"] == "Venezuela accuses Ecuador" and d2["document"]["source"] == "test-wire"


@pytest.mark.slow
def test_dyad_series(http: httpx.Client) -> None:
    body = http.get("/dyads/ECU/VEN/series", params={"by": "week"}).json()
    assert body["directed"] is True and body["by"] == "week"
    events = http.get("/events", params={"actor": "ECU", "recipient": "VEN", "limit": 7}).json()["events"]
    assert sum(r["events"] for r in body["series"]) == len(events)
    assert sum(r["event_scale"] for r in body["series"]) == pytest.approx(sum(e["event_scale"] or 0 for e in events))
    for r in body["series"]:
        assert r["events"] == r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"]
        assert r["period"] <= "2024-12-31"
    both = http.get("/dyads/ECU/VEN/series", params={"by": "month", "both": True}).json()
    assert both["directed"] is False
    assert sum(r["events"] for r in both["series"]) > sum(r["events"] for r in body["series"])
    assert all(r["period"].endswith("-01") for r in both["series"])
    feb = http.get("/dyads/VEN/ECU/series", params={"by": "day", "from": "2024-02-01"}).json()["series"]
    assert feb and all(r["period"] >= "2024-02-01" for r in feb)


@pytest.mark.slow
def test_top_actors(http: httpx.Client) -> None:
    body = http.get("/actors/top", params={"limit": 3}).json()
    assert body["role"] == "actor" and 1 <= len(body["actors"]) <= 3
    counts = [a["events"] for a in body["actors"]]
    assert counts == sorted(counts, reverse=True)
    ecu = http.get("/actors/top", params={"country": "ecu", "role": "recipient"}).json()["actors"]
    assert ecu and all(a["country"] == "ECU" for a in ecu)


@pytest.mark.slow
def test_map_points_and_network(http: httpx.Client) -> None:
    pts = http.get("/map/points").json()["points"]
    assert pts and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in pts)
    assert any(p["name"] == "Cali" for p in pts)
    total = http.get("/events", params={"limit": 1}).json()["total"]
    assert sum(p["events"] for p in pts) <= total
    only = http.get("/map/points", params={"place": "Cali"}).json()["points"]
    assert [p["name"] for p in only] == ["Cali"]
    net = http.get("/network").json()
    pairs = {(e["source"], e["target"]) for e in net["edges"]}
    assert ("ECU", "VEN") in pairs and ("VEN", "ECU") in pairs
    assert {n["id"] for n in net["nodes"]} >= {"ECU", "VEN"}
    names = http.get("/network", params={"by": "name", "actor": "ECU"}).json()
    assert names["edges"] and all(e["source"] != e["target"] for e in names["edges"])


@pytest.mark.slow
def test_code_returns_the_cli_records(http: httpx.Client, coder: Any) -> None:
    from killdeer.read import read_documents

    (doc,) = list(read_documents([SAMPLE]))
    r = http.post("/code", json={"text": doc.text, "date": "2024-01-25", "id": doc.id})
    assert r.status_code == 200
    body = r.json()
    expected = [e.to_dict() for e in coder.code_document(doc)]  # what `killdeer code` prints
    assert body["doc_id"] == doc.id and body["pub_date"] == "2024-01-25"
    assert body["n_events"] == len(expected) > 0
    assert body["events"] == json.loads(json.dumps(expected))
    schema_path = ROOT / "killdeer" / "data" / "event.schema.json"
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path.read_text("utf-8"))
    for rec in body["events"]:
        jsonschema.validate(rec, schema)
    default_id = http.post("/code", json={"text": "Ecuador thanked Peru on Monday.", "date": "2024-01-25T10:00:00Z"}).json()
    assert default_id["doc_id"] == "doc" and default_id["pub_date"] == "2024-01-25"


@pytest.mark.slow
def test_concurrent_requests(http: httpx.Client, server: RunningServer) -> None:
    paths = ["/events", "/map/points", "/network", "/dyads/ECU/VEN/series", "/actors/top", "/health"] * 4

    def get(path: str) -> int:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            return c.get(path).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(get, paths)) == {200}
