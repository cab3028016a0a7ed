"""Bounded HTTP load test of ``killdeer serve``, from a second process on loopback.

    python -m bench.load_test --db events.duckdb                 # starts the server itself
    python -m bench.load_test --url http://127.0.0.1:8000        # an already running server
    python -m bench.load_test --db events.duckdb --requests 2000 --concurrency 16 --json

Without ``--url`` it starts ``killdeer serve --db DB`` on a free 127.0.0.1 port as a child
process, waits for ``/health``, runs the load from this process, and stops the server it
started (by its pid). The load is bounded: ``--requests`` in total, ``--concurrency`` at a
time, and ``--max-seconds`` wall clock. The mix (weights in ``MIX``): event searches with
every filter, single events, map/network/top-actor aggregates, health, hostile requests
(SQL-injection strings in every filter, oversized bodies, unknown categories) and, if
``--code-fraction`` > 0, small ``POST /code`` calls.

Reported per endpoint and overall: count, status classes, p50/p90/p99/max latency (ms),
connection errors, and throughput. Exit status 1 when any response was a 5xx or a request
failed to connect (the CI check); ``--json`` prints the report as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE events; --",
    "ECU') UNION SELECT * FROM documents --",
    "%' AND 1=0 UNION SELECT NULL --",
    "\\'; DELETE FROM documents WHERE ''='",
    "_%_%",
    '"; COPY events TO \'kd-x.csv\'; --',
]
ACTORS = ["ECU", "VEN", "USA", "Noboa", "Maduro", "president", "police", "KEN", "CHN"]
CATEGORIES = ["REJECT", "CONSULT", "ACCUSE", "ASSAULT", "AID", "COERCE", "THREATEN", "AGREE", "REQUEST"]
TEXTS = [
    "Ecuador's president Daniel Noboa rejected the offer made by Venezuelan president Nicolás Maduro on Tuesday.",
    "Kenyan President William Ruto arrived in Beijing on Tuesday for a three-day state visit.",
    "Rebels attacked a police convoy near Kidal on Monday, the army said.",
]


@dataclass
class Result:
    name: str
    status: int | None  # None: connection error / timeout
    ms: float
    error: str | None = None


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, r: Result) -> None:
        with self.lock:
            self.results.append(r)

    def summary(self) -> dict[str, Any]:
        by: dict[str, list[Result]] = defaultdict(list)
        for r in self.results:
            by[r.name].append(r)
        out: dict[str, Any] = {"overall": _stats(self.results, self.seconds), "endpoints": {}}
        for name in sorted(by):
            out["endpoints"][name] = _stats(by[name], None)
        out["errors"] = sorted({f"{r.name}: {r.error}" for r in self.results if r.error})[:20]
        return out


def _pct(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return 0.0
    k = min(len(sorted_ms) - 1, max(0, round(p / 100 * (len(sorted_ms) - 1))))
    return round(sorted_ms[k], 1)


def _stats(results: list[Result], seconds: float | None) -> dict[str, Any]:
    ms = sorted(r.ms for r in results if r.status is not None)
    classes: dict[str, int] = defaultdict(int)
    for r in results:
        classes["conn_error" if r.status is None else f"{r.status // 100}xx"] += 1
    s: dict[str, Any] = {
        "requests": len(results),
        "status": dict(sorted(classes.items())),
        "p50_ms": _pct(ms, 50),
        "p90_ms": _pct(ms, 90),
        "p99_ms": _pct(ms, 99),
        "max_ms": round(ms[-1], 1) if ms else 0.0,
        "mean_ms": round(statistics.fmean(ms), 1) if ms else 0.0,
    }
    if seconds:
        s["seconds"] = round(seconds, 2)
        s["requests_per_s"] = round(len(results) / seconds, 1)
    return s


# ----------------------------------------------------------------------------- the request mix
def _events(rng: random.Random, c: httpx.Client) -> tuple[str, httpx.Response]:
    params: list[tuple[str, str]] = []
    for key, values in (("actor", ACTORS), ("recipient", ACTORS), ("category", CATEGORIES),
                        ("quad", ["1", "2", "3", "4"]), ("place", ["ECU", "Quito", "Kidal"]),
                        ("q", ["offer", "attack", "visit"]), ("from", ["2024", "2024-01", "2023-12-31"]),
                        ("to", ["2024-12", "2025", "2024-01-31"])):
        if rng.random() < 0.2:
            params.append((key, rng.choice(values)))
    params.append(("limit", str(rng.choice([1, 10, 50, 100000]))))
    params.append(("offset", str(rng.choice([0, 0, 5, 1000]))))
    return "GET /events", c.get("/events", params=params)


def _injection(rng: random.Random, c: httpx.Client) -> tuple[str, httpx.Response]:
    key = rng.choice(["actor", "recipient", "place", "q", "category", "from", "to", "quad", "limit", "offset"])
    return "GET /events (hostile)", c.get("/events", params={key: rng.choice(INJECTIONS)})


def _event_one(rng: random.Random, c: httpx.Client, ids: list[str]) -> tuple[str, httpx.Response]:
    eid = rng.choice(ids) if ids and rng.random() < 0.8 else rng.choice(["kd-nope", "' OR '1'='1", "..%2F..%2Fetc"])
    return "GET /events/{id}", c.get(f"/events/{eid}")


def _aggregate(rng: random.Random, c: httpx.Client) -> tuple[str, httpx.Response]:
    path = rng.choice(["/map/points", "/network", "/actors/top", "/health", "/meta", "/dyads/ECU/VEN/series"])
    return f"GET {path}", c.get(path)


def _code(rng: random.Random, c: httpx.Client) -> tuple[str, httpx.Response]:
    return "POST /code", c.post("/code", json={"text": rng.choice(TEXTS), "date": "2024-01-25"})


def _too_big(rng: random.Random, c: httpx.Client, max_body: int) -> tuple[str, httpx.Response]:
    body = json.dumps({"text": "x" * (max_body + 10), "date": "2024-01-25"})
    return "POST /code (too big)", c.post("/code", content=body, headers={"content-type": "application/json"})


# ----------------------------------------------------------------------------- server process
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, extra: list[str] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "killdeer.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
           "--port", str(port), *(extra or [])]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(url: str, proc: subprocess.Popen | None, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}): {proc.stderr.read()[-2000:] if proc.stderr else ''}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server at {url} not ready after {timeout:.0f}s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)


# ----------------------------------------------------------------------------- the run
def run_load(url: str, *, requests: int, concurrency: int, max_seconds: float, code_fraction: float,
             seed: int = 1, max_body: int = 1_000_000, timeout: float = 60.0) -> Report:
    rng0 = random.Random(seed)
    with httpx.Client(base_url=url, timeout=timeout) as c:
        ids = [e["id"] for e in c.get("/events", params={"limit": 200}).json().get("events", [])]
    mix = [("events", 0.45), ("injection", 0.15), ("one", 0.15), ("aggregate", 0.15), ("too_big", 0.02),
           ("code", code_fraction)]
    names = [m for m, _ in mix]
    weights = [w for _, w in mix]
    plan = [rng0.choices(names, weights)[0] for _ in range(requests)]
    report = Report()
    deadline = time.monotonic() + max_seconds
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "c"):
            local.c = httpx.Client(base_url=url, timeout=timeout)
        return local.c

    def one(i: int) -> None:
        if time.monotonic() > deadline:
            return
        rng = random.Random(seed * 1_000_003 + i)
        kind = plan[i]
        c = client()
        t0 = time.perf_counter()
        name = kind
        try:
            if kind == "events":
                name, resp = _events(rng, c)
            elif kind == "injection":
                name, resp = _injection(rng, c)
            elif kind == "one":
                name, resp = _event_one(rng, c, ids)
            elif kind == "aggregate":
                name, resp = _aggregate(rng, c)
            elif kind == "too_big":
                name, resp = _too_big(rng, c, max_body)
            else:
                name, resp = _code(rng, c)
            ms = (time.perf_counter() - t0) * 1000
            err = None
            if resp.status_code >= 500:
                err = f"{resp.status_code} {resp.text[:200]}"
            report.add(Result(name, resp.status_code, ms, err))
        except httpx.HTTPError as exc:
            report.add(Result(name, None, (time.perf_counter() - t0) * 1000, f"{type(exc).__name__}: {exc}"))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests)))
    report.seconds = time.perf_counter() - t0
    return report


def _print_table(summary: dict[str, Any]) -> None:
    rows = [("overall", summary["overall"])] + list(summary["endpoints"].items())
    print(f"{'endpoint':<28} {'n':>6} {'p50':>8} {'p90':>8} {'p99':>8} {'max':>8}  status")
    for name, s in rows:
        print(f"{name:<28} {s['requests']:>6} {s['p50_ms']:>8} {s['p90_ms']:>8} {s['p99_ms']:>8} {s['max_ms']:>8}  "
              f"{s['status']}")
    o = summary["overall"]
    print(f"\n{o['requests']} requests in {o.get('seconds', 0)} s ({o.get('requests_per_s', 0)}/s); latencies in ms")
    for e in summary["errors"]:
        print(f"error: {e}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="event store: start `killdeer serve --db DB` on a free loopback port")
    where.add_argument("--url", help="an already running server, e.g. http://127.0.0.1:8000")
    ap.add_argument("--requests", type=int, default=500, help="total requests (default 500)")
    ap.add_argument("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    ap.add_argument("--max-seconds", type=float, default=120, help="stop issuing requests after this (default 120)")
    ap.add_argument("--code-fraction", type=float, default=0.0, help="weight of POST /code calls (default 0)")
    ap.add_argument("--max-body", type=int, default=1_000_000, help="the server's body limit (for the 413 probe)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)

    proc = None
    url = args.url
    try:
        if url is None:
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            extra = ["--warm"] if args.code_fraction > 0 else []
            proc = start_server(args.db, port, extra)
        wait_ready(url.rstrip("/"), proc)
        report = run_load(url.rstrip("/"), requests=args.requests, concurrency=args.concurrency,
                          max_seconds=args.max_seconds, code_fraction=args.code_fraction, seed=args.seed,
                          max_body=args.max_body)
        if proc is not None:
            alive = proc.poll() is None
        else:
            alive = True
    finally:
        if proc is not None:
            stop_server(proc)
    summary = report.summary()
    summary["server_alive_after"] = alive
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        _print_table(summary)
    status = summary["overall"]["status"]
    return 1 if status.get("5xx") or status.get("conn_error") or not alive else 0


if __name__ == "__main__":
    sys.exit(main())
