"""Fuzzing the HTTP API with hypothesis (issue 9).

Random query strings for ``GET /events`` (every filter, unknown keys, repeated keys, control
characters, SQL, huge numbers), random JSON and raw bodies for ``POST /code`` and random paths:
never a 5xx, never a stack trace, errors as ``{"detail": ...}`` JSON, pages within the cap and
consistent with the filters, and the store unchanged.

Most tests use a stub coder (validation and limits only, fast); the ``slow`` one sends hostile
texts to the real coder.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
pytest.importorskip("killdeer.web.app")

from fastapi.testclient import TestClient  # noqa: E402

from killdeer.api import Settings, create_app  # noqa: E402

_N = int(os.environ.get("KILLDEER_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_N or 80,
    deadline=None,
    derandomize=not _N,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
TRACE = re.compile(r"Traceback|File \"|\.py\", line|duckdb\.|CatalogException|BinderException|ParserException")
LIMITS = Settings(max_body_bytes=20_000, max_text_chars=5_000, page_size_max=20, page_size_default=5)
FILTER_KEYS = ["actor", "recipient", "place", "q", "category", "from", "to", "quad", "limit", "offset"]
CATEGORIES = ["REJECT", "CONSULT", "ASSAULT", "AGREE", "reject", "REJECT,CONSULT", "NOPE", ""]
SQL = ["' OR 1=1 --", "'; DROP TABLE events; --", "%", "_", "\\", "\x00", "?", "$1", "1) OR (1=1"]


class StubCoder:
    def code(self, text: str, date: str, doc_id: str = "doc") -> list:
        return []


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    from test_security import build_store  # same directory (pytest puts it on sys.path)

    return build_store(tmp_path_factory.mktemp("fuzzapi") / "events.duckdb")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path, coder=StubCoder(), settings=LIMITS), raise_server_exceptions=False) as c:
        yield c


def check(resp) -> dict | list | None:
    assert resp.status_code < 500, f"{resp.status_code} {resp.request.method} {resp.request.url}: {resp.text[:300]}"
    assert not TRACE.search(resp.text), resp.text[:500]
    if resp.headers.get("content-type", "").startswith("application/json"):
        body = resp.json()
        if resp.status_code >= 400:
            assert isinstance(body, dict) and "detail" in body
        return body
    return None


values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(SQL + CATEGORIES + ["2024", "2024-01", "2024-01-15", "2024-02-30", "9999-12", "0000", "ECU", "VEN"]),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["1", "2", "3", "4", "0", "5", "-1", "1.5", "1e3", "nan", "inf"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
)
params = st.lists(st.tuples(st.one_of(st.sampled_from(FILTER_KEYS), st.text(max_size=8)), values), max_size=8)


@FUZZ
@given(query=params)
def test_events_random_filters(client, query):
    body = check(client.get("/events", params=query))
    given_keys = {k for k, _ in query}
    if body is None or not isinstance(body, dict) or "events" not in body:
        return
    assert 1 <= body["limit"] <= LIMITS.page_size_max
    assert len(body["events"]) <= body["limit"]
    assert body["total"] >= len(body["events"])
    cats = {p.strip().upper() for k, v in query if k == "category" for p in v.split(",") if p.strip()}
    quads = {int(v) for k, v in query if k == "quad" and v.strip().lstrip("+-").isdigit()}
    for ev in body["events"]:
        assert ev["id"] and ev["doc_id"]
        if cats:
            assert ev["event"] in cats
        if quads:
            assert ev["quad_code"] in quads
    if "offset" not in given_keys and "limit" not in given_keys:
        assert body["offset"] == 0


@FUZZ
@given(query=params, path=st.sampled_from(["/map/points", "/network", "/actors/top", "/dyads/ECU/VEN/series"]))
def test_other_query_routes_random_filters(client, query, path):
    check(client.get(path, params=query))


@FUZZ
@given(seg=st.one_of(st.text(max_size=40), st.sampled_from(SQL)), prefix=st.sampled_from(["/events/", "/static/", "/dyads/", "/"]))
def test_random_paths(client, seg, prefix):
    from urllib.parse import quote

    resp = client.get(prefix + quote(seg, safe=""))
    check(resp)
    if prefix == "/static/" and resp.status_code == 200:
        assert "root:" not in resp.text


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=50)),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
    max_leaves=6,
)
bodies = st.one_of(
    st.fixed_dictionaries(
        {"text": st.one_of(st.text(max_size=200), json_values, st.just("x" * 5001)),
         "date": st.one_of(st.sampled_from(["2024-01-25", "2024-02-30", "9999-12-31", "", "x"]), json_values)},
        optional={"id": st.one_of(st.text(max_size=300), json_values), "extra": json_values},
    ),
    json_values,
)


@FUZZ
@given(body=bodies)
def test_code_random_json_bodies(client, body):
    resp = client.post("/code", content=json.dumps(body).encode(), headers={"content-type": "application/json"})
    check(resp)
    assert resp.status_code in (200, 413, 422), resp.text[:300]


@FUZZ
@given(raw=st.binary(max_size=30_000), ctype=st.sampled_from(["application/json", "text/plain", "multipart/form-data",
                                                                 "application/x-www-form-urlencoded", ""]))
def test_code_random_raw_bodies(client, raw, ctype):
    headers = {"content-type": ctype} if ctype else {}
    resp = client.post("/code", content=raw, headers=headers)
    check(resp)
    assert 400 <= resp.status_code < 500 or resp.status_code == 200


@pytest.mark.slow
@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(alphabet=st.characters(categories=["Cs", "Lo", "So", "Cc", "Zs"]), min_size=1, max_size=50),
    st.sampled_from(["Ecuador rejected Venezuela's offer \ud83d.", "!!!", "1 2 3", "\u202e Noboa rejected Maduro."]),
), date=st.sampled_from(["2024-01-25", "1900-01-01", "9999-12-31", "0001-01-01"]))
def test_code_real_coder_never_5xx(store_path, coder, text, date):
    with TestClient(create_app(store_path, coder=coder, settings=LIMITS), raise_server_exceptions=False) as c:
        body = json.dumps({"text": text + " Noboa rejected the offer tomorrow.", "date": date}).encode("ascii")
        resp = c.post("/code", content=body, headers={"content-type": "application/json"})
        check(resp)
        assert resp.status_code in (200, 422)
