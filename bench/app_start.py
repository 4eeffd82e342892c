"""A fast start: from opening the app's address to the first KPI tile drawn.

Starts the app as ``make run`` does, then in Debian's Chromium (1440x900) measures the
first visitor (nothing imported or cached in the server yet) and new browser sessions
after it (each a fresh browser context: no cookies, no session state)."""

from __future__ import annotations

import statistics
import time

from ccx_app.server import CHROMIUM, CHROMIUM_ARGS, running_app

from .result import Row

FIRST_VISITOR_TARGET = 4.0
NEW_SESSION_TARGET = 1.5
NEW_SESSIONS = 5


def _first_kpi(browser: object, url: str) -> float:
    context = browser.new_context(viewport={"width": 1440, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stMetricValue"]', timeout=120_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def first_kpi() -> list[Row]:
    from playwright.sync_api import sync_playwright

    with running_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        first = _first_kpi(browser, url)
        later = [_first_kpi(browser, url) for _ in range(NEW_SESSIONS)]
        browser.close()
    name = "browser · open → first KPI"
    return [
        Row(name, "first visitor", first, "s", FIRST_VISITOR_TARGET),
        Row(
            name,
            f"new session (median of {NEW_SESSIONS})",
            statistics.median(later),
            "s",
            NEW_SESSION_TARGET,
        ),
        Row(name, "new session (worst)", max(later), "s"),
    ]
