"""In the browser: an input change → the KPI tiles show the new figure.

Starts the app, opens it in Debian's Chromium, types a new monthly volume into the
sidebar and measures from the Enter key to the Headcount tile showing the new value
(what a director waits for). Repeated with alternating values.
"""

from __future__ import annotations

import statistics
import time

from ccx_app.server import CHROMIUM, CHROMIUM_ARGS, running_app

from .result import Row

TARGET_SECONDS = 0.5
VOLUMES = (400_000, 330_000, 450_000, 300_000, 380_000, 330_000, 420_000, 350_000)


def _headcount(page: object) -> str:
    tile = page.locator('[data-testid="stMetric"]', has_text="Headcount")  # type: ignore[attr-defined]
    return str(tile.locator('[data-testid="stMetricValue"]').inner_text())


def input_to_kpi() -> list[Row]:
    from playwright.sync_api import sync_playwright

    latencies: list[float] = []
    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
        field = page.get_by_role("spinbutton", name="Calls per month")
        for volume in VOLUMES:
            before = _headcount(page)
            field.fill(str(volume))
            start = time.perf_counter()
            field.press("Enter")
            deadline = start + 10.0
            while _headcount(page) == before and time.perf_counter() < deadline:
                page.wait_for_timeout(5)
            latencies.append(time.perf_counter() - start)
        browser.close()
    name = "browser · input → KPI"
    return [
        Row(name, "changes measured", len(latencies), "count"),
        Row(name, "best", min(latencies), "s"),
        Row(name, "median", statistics.median(latencies), "s", TARGET_SECONDS),
        Row(name, "worst", max(latencies), "s"),
    ]


def compare_page() -> list[Row]:
    """Open the Compare page (3 default scenarios), then add a 4th and wait for the rerun."""
    from playwright.sync_api import sync_playwright

    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
        opens = []
        for _ in range(2):  # the first visit also loads the browser code of the data grid
            page.get_by_role("link", name="Overview").click()
            page.wait_for_selector('[data-testid="stMetricValue"]', timeout=30_000)
            start = time.perf_counter()
            page.get_by_role("link", name="Compare").click()
            page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)
            page.wait_for_function(
                "document.querySelectorAll('[data-testid=\"stVegaLiteChart\"]').length >= 4",
                timeout=30_000,
            )
            opens.append(time.perf_counter() - start)
        page.get_by_test_id("stMultiSelect").first.click()
        page.keyboard.type("outsourced")
        start = time.perf_counter()
        page.keyboard.press("Enter")
        # Done when the 4th scenario's bridge is drawn: KPI bars + cash flows + 3 bridges.
        page.wait_for_function(
            "document.querySelectorAll('[data-testid=\"stVegaLiteChart\"]').length >= 5",
            timeout=30_000,
        )
        four = time.perf_counter() - start
        browser.close()
    name = "browser · Compare page"
    return [
        Row(name, "first visit, 3 scenarios (click → table and charts)", opens[0], "s"),
        Row(name, "next visit, 3 scenarios", opens[1], "s", TARGET_COMPARE_SECONDS),
        Row(name, "add a 4th scenario (Enter → rerun done)", four, "s", TARGET_COMPARE_SECONDS),
    ]


TARGET_COMPARE_SECONDS = 1.0


TARGET_RISK_SECONDS = 2.0


def _pick_profit_centre(page: object) -> None:
    sidebar = page.get_by_test_id("stSidebar")  # type: ignore[attr-defined]
    sidebar.get_by_role("combobox", name="Scenario", exact=True).click()
    page.get_by_role("option", name="Full profit centre", exact=True).click()  # type: ignore[attr-defined]
    page.get_by_text("Scenario “Full profit centre”").wait_for(timeout=30_000)  # type: ignore[attr-defined]


def risk_page() -> list[Row]:
    """The Risk page of the profit centre (6 ranges, 10,000 draws): click → the P10 tile
    and the tornado table drawn, first with nothing kept (the Monte Carlo, the tornado
    and six break-even values computed), then after a haircut changes (kept draws)."""
    from playwright.sync_api import sync_playwright

    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
        _pick_profit_centre(page)
        start = time.perf_counter()
        page.get_by_test_id("stSidebar").get_by_role("link", name="Risk", exact=True).click()
        page.get_by_text("NPV, P10").wait_for(timeout=60_000)
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=60_000)
        page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=60_000)
        first = time.perf_counter() - start
        tile = page.locator('[data-testid="stMetric"]', has_text="Risk-adjusted NPV")
        before = tile.locator('[data-testid="stMetricValue"]').inner_text()
        field = page.get_by_role("spinbutton", name="Savings haircut (%)")
        field.fill("25")
        start = time.perf_counter()
        field.press("Enter")
        deadline = start + 30.0
        while (
            tile.locator('[data-testid="stMetricValue"]').inner_text() == before
            and time.perf_counter() < deadline
        ):
            page.wait_for_timeout(5)
        haircut = time.perf_counter() - start
        browser.close()
    name = "browser · Risk page (profit centre, 10,000 draws)"
    return [
        Row(
            name, "open, nothing kept (click → tiles and tornado)", first, "s", TARGET_RISK_SECONDS
        ),
        Row(
            name, "a haircut changes (Enter → risk-adjusted NPV)", haircut, "s", TARGET_RISK_SECONDS
        ),
    ]
