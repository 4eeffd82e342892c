"""No KPI is cut off: every tile's figure and label fit at 1280x720 and at 1920x1080, on every
page, in English and Dutch, for the scenario with the largest figures (the profit
centre). A tile shows a compact amount where the exact one would not fit, with the
exact amount in its help."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from ccx_app import journey
from ccx_model.i18n import t

from .ui import choose_option

pytestmark = pytest.mark.browser

SIZES = [(1280, 720), (1920, 1080)]

# Every element inside a tile's figure or label whose text is wider than its box (what
# the browser would end with "…").
CUT_OFF = """
() => [...document.querySelectorAll(
        '[data-testid="stMetricValue"], [data-testid="stMetricValue"] *, '
        + '[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *')]
    .filter(el => el.scrollWidth > el.clientWidth + 1)
    .map(el => el.innerText)
"""


def _open(page: Page, url: str, lang: str) -> None:
    page.goto(url)
    page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
    sidebar = page.get_by_test_id("stSidebar")
    picker = sidebar.get_by_role("combobox", name="Scenario", exact=True)
    option = page.get_by_role("option", name="Full profit centre", exact=True)
    choose_option(page, picker, option)
    expect(page.get_by_text("Scenario “Full profit centre”")).to_be_visible()
    if lang == "nl":
        sidebar.get_by_text("Nederlands", exact=True).click()
        page.wait_for_timeout(500)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_kpi_tile_is_cut_off(
    browser: Browser, app_url: str, width: int, height: int, lang: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    _open(page, app_url, lang)
    cut: dict[str, list[str]] = {}
    tiles = 0
    sidebar = page.get_by_test_id("stSidebar")
    for spec in journey.PAGES:
        if spec.name == "compare":
            continue  # a table, not tiles
        # By the menu, as a director does: the session (and the scenario) stay.
        sidebar.get_by_role("link", name=t(f"page.{spec.name}", lang), exact=True).click()
        path = "/" if spec is journey.PAGES[0] else f"/{spec.url}"
        page.wait_for_function(f"location.pathname.endsWith('{path}')")
        # The page's run has replaced the last page's elements (some pages have no
        # tiles: Outsourcing while it is off), then the tiles lay out with their fonts.
        page.wait_for_timeout(500)
        expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=60_000)
        page.wait_for_timeout(300)
        tiles += page.get_by_test_id("stMetricValue").count()
        found = page.evaluate(CUT_OFF)
        if found:
            cut[spec.name] = found
    context.close()
    assert cut == {}
    assert tiles >= 30  # the check looked at the tiles of every page with tiles
