"""Hostile requests against the HTTP API (issue 9).

* request body and text-length limits answer 413 (before the body is parsed);
* SQL injection through every filter of ``GET /events`` (and the other query routes) is data:
  no 5xx, no rows it should not match, the store intact afterwards;
* no path traversal out of ``/static`` (raw request lines against a real server: HTTP clients
  normalise ``..`` away, browsers and curl ``--path-as-is`` do not);
* no stack trace in any error response;
* CORS closed by default: no ``Access-Control-Allow-Origin`` for a foreign Origin;
* a bounded concurrent load test from a second process on loopback: zero 5xx.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from killdeer.store import Store  # noqa: E402
from killdeer.types import Document, Entity, Event, Location  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

web = pytest.importorskip("killdeer.web.app")
from killdeer.api import Settings, create_app  # noqa: E402

TRACE = re.compile(r"Traceback|File \"|\.py\", line|duckdb\.|CatalogException|BinderException|ParserException")

INJECTIONS = [
    "' OR 1=1 --",
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    "ECU'); DELETE FROM documents; --",
    "x' UNION SELECT id, doc_id FROM events --",
    "1; ATTACH 'kd-evil.duckdb' AS evil; --",
    "'; COPY events TO 'kd-leak.csv'; --",
    "\\'; DROP TABLE entities; --",
    "%",
    "_",
    "%%%%",
    "\\",
    "' || (SELECT count(*) FROM documents) || '",
    "\x00",
    "ECU\x00' OR 1=1",
    "$1",
    "?",
    "${jndi:ldap://x}",
    "<script>alert(1)</script>",
    "🙂' OR 1=1 --",
    "a" * 199,
]
FILTERS = ["actor", "recipient", "place", "q", "category", "from", "to", "quad", "limit", "offset"]


# ----------------------------------------------------------------------------- a small store
def _entity(text: str, name: str, country: str, sector: str, start: int) -> Entity:
    return Entity(text=text, start=start, end=start + len(text), name=name, country=country, sector=sector,
                  sectors=[sector], resolved_by="dictionary")


def build_store(path: Path, n_docs: int = 30) -> Path:
    """A store of synthetic events (no spaCy model needed): REJECT/CONSULT/ASSAULT among ECU, VEN, USA, KEN."""
    pairs = [("ECU", "VEN", "Noboa", "Maduro"), ("VEN", "ECU", "Maduro", "Noboa"), ("USA", "ECU", "Biden", "Noboa"),
             ("KEN", "CHN", "Ruto", "Xi Jinping")]
    cats = [("REJECT", 3, -4.0), ("CONSULT", 1, 1.0), ("ASSAULT", 4, -9.0)]
    with Store.open(path) as store:
        for i in range(n_docs):
            a, r, an, rn = pairs[i % len(pairs)]
            cat, quad, scale = cats[i % len(cats)]
            day = dt.date(2024, 1, 1) + dt.timedelta(days=i)
            sentence = f"{an} of {a} met {rn} of {r} and the talks {cat.lower()} on day {i}."
            doc = Document(id=f"doc-{i:03d}", date=day, text=sentence, source=f"wire-{i % 3}",
                           url=f"https://news.example/{i}")
            events = [
                Event(
                    id=f"kd-{hashlib.sha1(f'{i}-{k}'.encode()).hexdigest()[:20]}", doc_id=doc.id,
                    pub_date=day.isoformat(), date=day.isoformat(), date_precision="day", event=cat, mode=[],
                    context=["diplomatic"], actor=[_entity(an, an, a, "GOV", 0)],
                    recipient=[_entity(rn, rn, r, "GOV", sentence.index(rn))], event_text="met",
                    event_start=sentence.index("met"), event_end=sentence.index("met") + 3, sentence=sentence,
                    sentence_start=0, sentence_end=len(sentence), sentence_index=0, quad_code=quad,
                    event_scale=scale, confidence=0.8, coder={"name": "killdeer", "version": "test"},
                    event_loc=Location(name="Quito", country="ECU", lat=-0.22, lon=-78.5, precision="city"),
                )
                for k in range(1 + i % 2)
            ]
            store.write(doc, events, coder_version="test")
    return path


def fingerprint(path: Path) -> dict[str, object]:
    """Table list, row counts and a content hash of every table."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        out: dict[str, object] = {"tables": tables}
        for t in tables:
            rows = con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall()
            out[t] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


class StubCoder:
    """Stands in for :class:`Coder` where only validation and limits are tested."""

    calls = 0

    def code(self, text: str, date: str, doc_id: str = "doc") -> list:
        StubCoder.calls += 1
        return []


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("sec") / "events.duckdb")


SMALL = Settings(max_body_bytes=20_000, max_text_chars=5_000, page_size_max=20, page_size_default=5)


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path, coder=StubCoder(), settings=SMALL), raise_server_exceptions=False) as c:
        yield c


def assert_clean_error(resp) -> None:
    """An error answer: JSON with a 'detail', and nothing of a stack trace or of the SQL engine."""
    assert resp.status_code < 500, f"{resp.status_code}: {resp.text[:300]}"
    assert not TRACE.search(resp.text), resp.text[:500]
    if resp.status_code >= 400:
        assert "detail" in resp.json()


# ----------------------------------------------------------------------------- limits (413)
def test_body_over_the_limit_is_413_before_parsing(client):
    body = json.dumps({"text": "x" * 30_000, "date": "2024-01-25"})
    before = StubCoder.calls
    resp = client.post("/code", content=body, headers={"content-type": "application/json"})
    assert resp.status_code == 413 and "20,000" in resp.json()["detail"]
    assert StubCoder.calls == before
    assert_clean_error(resp)


def test_chunked_body_over_the_limit_is_413(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 1000
        yield b'", "date": "2024-01-25"}'

    resp = client.post("/code", content=chunks(), headers={"content-type": "application/json"})
    assert resp.status_code == 413
    assert_clean_error(resp)


def test_text_over_the_limit_is_413(client):
    resp = client.post("/code", json={"text": "Ecuador rejected it. " * 300, "date": "2024-01-25"})
    assert resp.status_code == 413 and "5,000" in resp.json()["detail"]
    assert_clean_error(resp)
    ok = client.post("/code", json={"text": "Ecuador rejected it.", "date": "2024-01-25"})
    assert ok.status_code == 200


@pytest.mark.parametrize("length", ["abc", "-1", "1e9", "99999999999999999999999"])
def test_bad_content_length_is_a_4xx(client, length):
    resp = client.post("/code", content=b"{}", headers={"content-type": "application/json", "content-length": length})
    assert 400 <= resp.status_code < 500
    assert_clean_error(resp)


@pytest.mark.parametrize("body", [
    b"", b"null", b"[]", b"{", b'{"text": 5, "date": "2024-01-25"}', b'{"text": "x", "date": ["2024"]}',
    b'{"text": "x", "date": "2024-02-30"}', b'{"text": "x", "date": "2024-01-25", "extra": 1}',
    b'{"text": "   ", "date": "2024-01-25"}', b'{"text": "x", "date": "2024-01-25", "id": "' + b"i" * 300 + b'"}',
    b"\xff\xfe\x00", b'{"text": "x", "date": "2024-01-25"}' * 2, b'{"text": "' + b"[" * 5000 + b'", "date": 1}',
    b"[" * 10_000,
])
def test_malformed_code_bodies_are_4xx_without_trace(client, body):
    resp = client.post("/code", content=body, headers={"content-type": "application/json"})
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text[:300])
    assert_clean_error(resp)


def test_page_size_is_capped(client):
    resp = client.get("/events", params={"limit": 10**12})
    assert resp.status_code == 200
    page = resp.json()
    assert page["limit"] == SMALL.page_size_max and len(page["events"]) <= SMALL.page_size_max
    assert client.get("/events").json()["limit"] == SMALL.page_size_default
    for bad in ("0", "-1", "x", "1e3"):
        assert_clean_error(client.get("/events", params={"limit": bad}))


# ----------------------------------------------------------------------------- SQL injection
@pytest.mark.parametrize("key", FILTERS)
def test_sql_injection_in_every_events_filter_is_data(client, store_path, key):
    before = fingerprint(store_path)
    total = client.get("/events").json()["total"]
    for value in INJECTIONS:
        resp = client.get("/events", params={key: value})
        assert_clean_error(resp)
        if resp.status_code == 200:
            page = resp.json()
            if key in ("actor", "recipient", "place", "q") and value not in ("_",):
                # no stored name, country, place or sentence contains these strings
                assert page["total"] == 0, f"{key}={value!r} matched {page['total']} of {total} events"
            assert page["total"] <= total
    assert fingerprint(store_path) == before, "the store changed"


def test_sql_injection_in_paths_and_other_routes(client, store_path):
    before = fingerprint(store_path)
    for value in INJECTIONS:
        for path, params in [
            (f"/events/{value}", {}),
            (f"/dyads/{value}/ECU/series", {}),
            ("/dyads/ECU/VEN/series", {"by": value}),
            ("/actors/top", {"country": value[:10]}),
            ("/actors/top", {"role": value}),
            ("/map/points", {"actor": value, "place": value}),
            ("/network", {"recipient": value, "by": value}),
            ("/network", {"q": value}),
        ]:
            resp = client.get(path.replace("\x00", "%00"), params=params)
            assert_clean_error(resp)
    assert fingerprint(store_path) == before, "the store changed"
    assert not Path("kd-leak.csv").exists() and not Path("kd-evil.duckdb").exists()  # relative to the server cwd


def test_like_wildcards_are_literal(client):
    total = client.get("/events").json()["total"]
    assert total > 0
    assert client.get("/events", params={"q": "%"}).json()["total"] == 0
    assert client.get("/events", params={"q": "____"}).json()["total"] == 0
    assert client.get("/events", params={"actor": "Nob%"}).json()["total"] == 0
    assert client.get("/events", params={"actor": "Noboa"}).json()["total"] > 0  # the filter does work


# ----------------------------------------------------------------------------- errors & CORS
@pytest.mark.parametrize("method,path", [
    ("GET", "/nope"), ("GET", "/events/kd-missing"), ("DELETE", "/events"), ("PUT", "/code"),
    ("GET", "/events?quad=9"), ("GET", "/events?category=NOPE"), ("GET", "/events?from=2024-13"),
    ("GET", "/events?to=9999-12"), ("GET", "/events?offset=99999999999"), ("GET", "/dyads/ECU/VEN/series?by=hour"),
    ("GET", "/events?quad=99999999999999999999999"), ("GET", "/events?category=" + "A" * 5000),
])
def test_error_responses_carry_no_stack_trace(client, method, path):
    resp = client.request(method, path)
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text[:200])
    assert_clean_error(resp)


def test_cors_closed_by_default(client):
    evil = {"Origin": "https://evil.example"}
    resp = client.get("/events", headers=evil)
    assert "access-control-allow-origin" not in resp.headers
    pre = client.options("/code", headers={**evil, "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "content-type"})
    assert "access-control-allow-origin" not in pre.headers
    assert "access-control-allow-credentials" not in pre.headers


def test_cors_allows_only_the_configured_origins(store_path):
    settings = Settings(cors_origins=("http://localhost:3000",))
    with TestClient(create_app(store_path, coder=StubCoder(), settings=settings)) as c:
        ok = c.get("/events", headers={"Origin": "http://localhost:3000"})
        assert ok.headers.get("access-control-allow-origin") == "http://localhost:3000"
        bad = c.get("/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in bad.headers
        assert bad.headers.get("access-control-allow-origin") != "*"


def test_security_headers(client):
    resp = client.get("/")
    assert resp.headers.get("x-content-type-options") == "nosniff"
    assert "frame-ancestors 'none'" in resp.headers.get("content-security-policy", "")


# ----------------------------------------------------------------------------- hostile texts (real coder)
@pytest.mark.slow
@pytest.mark.parametrize("text,date", [
    ("Ecuador's president Daniel Noboa rejected the offer \ud800 made by Nicolás Maduro.", "2024-01-25"),
    ("\udfff", "2024-01-25"),
    ("Ecuador's president Daniel Noboa rejected the offer made by Nicolás Maduro tomorrow.", "9999-12-31"),
    ("Ecuador's president Daniel Noboa rejected the offer made by Nicolás Maduro yesterday.", "0001-01-01"),
    ("Ecuador's president\x00 Daniel Noboa rejected the offer.", "2024-01-25"),
    ("مرحبا 🙂 \u202e Noboa rejected Maduro's offer.", "2024-01-25"),
    ("." * 4000, "2024-01-25"),
])
def test_hostile_texts_never_5xx(store_path, coder, text, date):
    with TestClient(create_app(store_path, coder=coder, settings=SMALL), raise_server_exceptions=False) as c:
        body = json.dumps({"text": text, "date": date}).encode("ascii")  # \\ud800 travels as a JSON escape
        resp = c.post("/code", content=body, headers={"content-type": "application/json"})
        assert resp.status_code in (200, 422), (resp.status_code, resp.text[:300])
        assert_clean_error(resp)


# ----------------------------------------------------------------------------- a real server
def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """One HTTP/1.1 request with the target sent exactly as given (no client-side normalisation)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


TRAVERSALS = [
    "/static/../../etc/passwd",
    "/static/../../../../../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/....//....//....//etc/passwd",
    "/static/..%5c..%5c..%5c..%5cetc%5cpasswd",
    "/static/vendor/../../../../../../etc/passwd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/..%c0%af..%c0%af..%c0%afetc/passwd",
    "/static/../app.py",
    "/static/../../web/app.py",
    "/static/../settings.py",
    "/static/%2e%2e/app.py",
    "/static/..%2fapp.py",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/docs/../../../../etc/passwd",
]


@pytest.fixture(scope="module")
def server(store_path):
    from bench.load_test import _free_port, start_server, stop_server, wait_ready

    port = _free_port()
    proc = start_server(store_path, port)
    try:
        wait_ready(f"http://127.0.0.1:{port}", proc, timeout=90)
        yield port
    finally:
        stop_server(proc)


@pytest.mark.slow
@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_path_traversal_from_static(server, target):
    status, body = _raw_get(server, target)
    assert b"root:" not in body and b"import " not in body and b"def create_app" not in body, (status, body[:200])
    assert status in (400, 404, 405), (status, body[:200])
    assert not TRACE.search(body.decode("utf-8", "replace"))


@pytest.mark.slow
def test_static_files_still_served(server):
    status, body = _raw_get(server, "/static/app.js")
    assert status == 200 and body


@pytest.mark.slow
def test_load_test_from_a_second_process_has_no_5xx(store_path):
    before = fingerprint(store_path)
    proc = subprocess.run(
        [sys.executable, "-m", "bench.load_test", "--db", str(store_path), "--requests", "300", "--concurrency", "8",
         "--max-seconds", "90", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=240,
    )
    report = json.loads(proc.stdout)
    status = report["overall"]["status"]
    assert not status.get("5xx") and not status.get("conn_error"), report["errors"]
    assert report["server_alive_after"]
    assert report["overall"]["requests"] >= 250  # bounded by --max-seconds only on a very slow machine
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert fingerprint(store_path) == before
