"""The explorer page in a real headless Chromium (Debian's /usr/bin/chromium via Playwright).

One server per module (the store of ``test_api.py``: the sample article and three more, coded
by the real Coder). Screenshots go to a temporary folder, or to ``$KILLDEER_SCREENSHOT_DIR``
when set (``docs/screenshots/explorer.png`` was made that way).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; CI's .ci/run installs it)", allow_module_level=True)
pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from test_api import SAMPLE, build_store, start_server  # noqa: E402  (same folder; pytest puts it on sys.path)

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("KILLDEER_SCREENSHOT_DIR")
    if target:
        path = Path(target)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Iterator[Any]:
    from killdeer.api import create_app

    work = tmp_path_factory.mktemp("browser")
    db = work / "events.duckdb"
    build_store(db, coder, work)
    running = start_server(create_app(db, coder=coder))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context: Any, site: Any) -> Iterator[Any]:
    page = browser_context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    outside: list[str] = []
    page.on("request", lambda req: outside.append(req.url) if not req.url.startswith((site.url, "data:")) else None)
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    page.close()
    assert outside == [], f"the page fetched from elsewhere: {outside}"
    assert errors == [], errors


def ready(page: Any) -> None:
    page.wait_for_selector("body[data-ready='1']")


def api(site: Any, path: str, **params: Any) -> Any:
    with httpx.Client(base_url=site.url, timeout=30) as client:
        r = client.get(path, params=params)
        r.raise_for_status()
        return r.json()


def highlighted(page: Any, span_id: str) -> str:
    """The article text under every <mark> that belongs to one span (marks split where spans overlap)."""
    return page.eval_on_selector_all(
        f'#article mark[data-spans~="{span_id}"]', "els => els.map(e => e.textContent).join('')"
    )


def test_page_loads_every_view(page: Any, site: Any, shots: Path) -> None:
    page.goto(site.url + "/")
    ready(page)
    health = api(site, "/health")
    assert f"{health['events']} events from {health['documents']} documents" in page.inner_text("#status")
    rows = page.locator("#events-table tbody tr[data-id]")
    assert rows.count() == min(50, health["events"])
    assert page.locator("#map-svg path.country").count() > 150
    assert page.locator("#map-svg circle.marker").count() == len(api(site, "/map/points")["points"])
    assert page.locator("#network-svg path.edge").count() > 0
    assert "Set an actor and a recipient" in page.inner_text("#timeline")
    assert page.locator("select[name=category] option").count() == 17  # "any" + 16 PLOVER categories
    page.screenshot(path=str(shots / "overview.png"), full_page=True)

    # clicking a map marker filters the events to that place
    page.locator('#map-svg circle.marker[data-place="Cali"]').dispatch_event("click")
    ready(page)
    assert "place=Cali" in page.url
    places = page.locator("#events-table tbody tr[data-id] td:nth-child(5)").all_inner_texts()
    assert places and all(p.startswith("Cali") for p in places)


def test_filter_dyad_and_read_the_evidence(page: Any, site: Any, shots: Path) -> None:
    page.goto(site.url + "/")
    ready(page)
    page.fill("input[name=actor]", "ECU")
    page.fill("input[name=recipient]", "VEN")
    page.click("#apply")
    ready(page)
    assert "actor=ECU" in page.url and "recipient=VEN" in page.url
    expected = api(site, "/events", actor="ECU", recipient="VEN")["events"]
    rows = page.locator("#events-table tbody tr[data-id]")
    assert [rows.nth(i).get_attribute("data-id") for i in range(rows.count())] == [e["id"] for e in expected]
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert "ECU" in cells[2] and "VEN" in cells[3]

    # the dyad timeline: one bar per week, signed by the summed score
    series = api(site, "/dyads/ECU/VEN/series", by="week")["series"]
    bars = page.locator("#timeline-svg rect[data-period]")
    assert bars.count() >= len(series)
    for r in series:
        bar = page.locator(f'#timeline-svg rect[data-period="{r["period"]}"]')
        assert bar.get_attribute("class") == ("bar-pos" if r["event_scale"] >= 0 else "bar-neg")

    # open the REJECT event and check its evidence highlight
    reject = next(e for e in expected if e["event"] == "REJECT")
    page.click(f'#events-table tbody tr[data-id="{reject["id"]}"]')
    page.wait_for_selector(f'#article[data-event="{reject["id"]}"] mark')
    assert highlighted(page, "actor-0") == reject["actor"][0]["text"]
    assert highlighted(page, "recipient-0") == reject["recipient"][0]["text"]
    assert highlighted(page, "trigger-0") == reject["event_text"]
    assert highlighted(page, "date-0").lower() == reject["date_text"].lower()
    if reject["event_loc"] and reject["event_loc"]["start"] is not None:
        assert highlighted(page, "place-0") == reject["event_loc"]["text"]
    assert "event=" in page.url
    article = page.inner_text("#article")
    assert "Thanks, but no thanks" in article  # the whole article, not just the sentence
    page.locator("#event-view").screenshot(path=str(shots / "evidence.png"))
    page.screenshot(path=str(shots / "explorer.png"), full_page=True)

    # a deep link reopens the same view
    page.goto(page.url)
    page.wait_for_selector(f'#article[data-event="{reject["id"]}"] mark')
    assert page.input_value("input[name=actor]") == "ECU"
    assert highlighted(page, "actor-0") == reject["actor"][0]["text"]


def test_paste_an_article_and_see_its_events(page: Any, site: Any, coder: Any, shots: Path) -> None:
    from killdeer.read import read_documents

    (doc,) = list(read_documents([SAMPLE]))
    expected = [e.to_dict() for e in coder.code(doc.text, date="2024-01-25")]
    page.goto(site.url + "/")
    ready(page)
    page.fill("#code-form textarea[name=text]", SAMPLE.read_text("utf-8"))  # with its " date ..." header
    page.click("#code-submit")
    page.wait_for_selector("#code-summary")
    assert page.input_value("#code-form input[name=date]") == "2024-01-25"
    rows = page.locator("#code-table tbody tr")
    assert rows.count() == len(expected) > 0
    assert f"{len(expected)} events coded" in page.inner_text("#code-summary")
    cats = [rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())]
    assert cats == [e["event"] for e in expected]
    i = cats.index("REJECT")
    rows.nth(i).click()
    page.wait_for_selector(f'#article[data-event="{expected[i]["id"]}"] mark')
    assert highlighted(page, "actor-0") == expected[i]["actor"][0]["text"]
    assert highlighted(page, "trigger-0") == expected[i]["event_text"]
    page.screenshot(path=str(shots / "pasted.png"), full_page=True)


def test_bad_paste_shows_the_error(page: Any, site: Any) -> None:
    page.goto(site.url + "/")
    ready(page)
    page.fill("#code-form textarea[name=text]", "Ecuador thanked Peru.")
    page.evaluate("document.querySelector('#code-form input[name=date]').value = ''")
    page.evaluate("document.querySelector('#code-form input[name=date]').removeAttribute('required')")
    page.click("#code-submit")
    page.wait_for_selector("#code-result .error")
    assert "date" in page.inner_text("#code-result .error")
    page.errors.clear()  # the browser logs the 422 response as a console error


def test_phone_width(browser_context: Any, site: Any, shots: Path) -> None:
    page = browser_context.new_page()
    try:
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(site.url + "/?actor=ECU&recipient=VEN")
        ready(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"page is {width}px wide on a 390px screen"
        assert not page.locator("#events-table th.opt").first.is_visible()
        first = page.locator("#events-table tbody tr[data-id]").first
        first.click()
        page.wait_for_selector("#article mark")
        box = page.locator("#event-view").bounding_box()
        assert box is not None and box["width"] <= 390
        page.screenshot(path=str(shots / "phone.png"), full_page=True)
    finally:
        page.close()


def test_screenshots_were_written(shots: Path) -> None:
    names = {p.name for p in shots.glob("*.png")}
    assert {"overview.png", "explorer.png", "evidence.png", "pasted.png", "phone.png"} <= names
    for p in shots.glob("*.png"):
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 5_000, p
    json.dumps(sorted(names))
