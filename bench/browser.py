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
