"""What every browser test does with the app: find a tile, wait for a run, pick an option.

One copy of each, so a fix for a timing race (a rerun that redraws a box just as a test
clicks it) reaches every test at once.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError


def metric_value(page: Page, label: str) -> Locator:
    """The value of the KPI tile whose label is exactly ``label`` (the first, if several)."""
    tile = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").filter(
            has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
        )
    )
    return tile.first.get_by_test_id("stMetricValue")


def sidebar(page: Page) -> Locator:
    return page.get_by_test_id("stSidebar")


def main(page: Page) -> Locator:
    return page.get_by_test_id("stMain")


def wait_until_idle(page: Page) -> None:
    """The script has finished its run: the running indicator is gone."""
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden()


def assert_no_exception(page: Page) -> None:
    expect(page.get_by_test_id("stException")).to_have_count(0)


def open_app(page: Page, app_url: str, path: str = "") -> None:
    """Open a page of the app and wait for its first complete render."""
    page.goto(f"{app_url}/{path}")
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    wait_until_idle(page)


def choose_option(page: Page, box: Locator, option: Locator) -> None:
    """Open the list of ``box`` (a select box or multiselect) and click ``option``."""
    # A rerun that redraws the box just then closes its list again, or detaches the
    # option between finding it and clicking it: wait for the run, open it once more.
    for attempt in range(4):
        wait_until_idle(page)
        box.click()
        try:
            expect(option).to_be_visible(timeout=5_000)
            option.click(timeout=5_000)
            return
        except (AssertionError, PlaywrightTimeoutError):
            if attempt == 3:
                raise
            page.keyboard.press("Escape")
