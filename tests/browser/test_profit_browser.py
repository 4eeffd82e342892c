"""The profit-centre scenario in Chromium: the business case and the profit centre pages.

Each test opens a fresh page, so a fresh Streamlit session on the baseline; the
scenario is then picked in the sidebar, as a user would. Expected figures come from
``ccx_model`` for the same scenario. Waits are on what the user sees, never sleeps.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from app_tiles import tile_value
from playwright.sync_api import Locator, Page, expect

from ccx_app import state
from ccx_model.evaluate import evaluate
from ccx_model.fields import set_path
from ccx_model.i18n import format_eur
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario, scenario_from_dict

from .ui import assert_no_exception, choose_option, main, metric_value, sidebar, wait_until_idle

pytestmark = pytest.mark.browser

SCENARIO = "profit_centre.yaml"
SCENARIO_NAME = "Full profit centre"
EN_EUR = re.compile(r"^-?€\d{1,3}(,\d{3})*$")  # €11,832,659
PERCENT = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?%$")  # 381%
MONTH = re.compile(r"^month \d+$")


# ---------------------------------------------------------------- helpers


def profit_centre(values: dict[str, Any] | None = None) -> Scenario:
    """The bundled profit-centre scenario, with some fields (dotted paths) changed."""
    scenario = load_scenario(state.SCENARIO_DIR / SCENARIO)
    data = scenario.model_dump(mode="python")
    for path, value in (values or {}).items():
        set_path(data, path, value)
    return scenario_from_dict(data)


def open_profit_centre(page: Page, app_url: str) -> None:
    """Open the app and pick the profit-centre scenario in the sidebar."""
    page.goto(app_url)
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    wait_until_idle(page)
    picker = sidebar(page).get_by_role("combobox", name="Scenario", exact=True)
    # Listed by the scenario's name, never its file.
    choose_option(page, picker, page.get_by_role("option", name=SCENARIO_NAME, exact=True))
    expect(picker).to_have_value(SCENARIO_NAME)
    # Opened, not just picked: the Overview shows the profit centre's annual cost.
    annual_cost = format_eur(evaluate(profit_centre()).annual_cost_eur)
    expect(metric_value(page, "Annual cost")).to_have_text(annual_cost)
    wait_until_idle(page)


def go_to(page: Page, link: str, url: str, heading: str) -> None:
    """Follow a page link in the sidebar and wait for the page's title."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=link, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/{url}(\?draft=[\w-]+)?$"))  # a draft token may follow
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    wait_until_idle(page)


def enter_number(field: Locator, value: str) -> None:
    field.fill(value)
    field.press("Enter")


# ---------------------------------------------------------------- tests


def test_business_case_of_the_profit_centre(page: Page, app_url: str) -> None:
    report = Report(profit_centre())
    assert report.case.payback_month is not None, "the bundled profit centre is meant to pay back"

    open_profit_centre(page, app_url)
    go_to(page, "Business case", "business-case", "The business case")

    npv = metric_value(page, "NPV")
    expect(npv).to_have_text(EN_EUR)
    expect(npv).to_have_text(tile_value(report.kpi("npv"), "en"))
    # An IRR above 100% a year is no figure for a board: the tile says so.
    expect(metric_value(page, "IRR (per year)")).to_have_text("over 100%")
    expect(metric_value(page, "ROI")).to_have_text(PERCENT)
    expect(metric_value(page, "Payback")).to_have_text(MONTH)
    expect(metric_value(page, "Payback")).to_have_text(f"month {report.case.payback_month}")

    # The cumulative cash flow and the bridge, drawn (vega's SVG has its marks).
    charts = main(page).get_by_test_id("stVegaLiteChart")
    expect(charts.nth(1)).to_be_visible()
    assert charts.count() >= 2
    for i in range(2):
        expect(charts.nth(i).locator("svg.marks .role-mark").first).to_be_attached()
    assert_no_exception(page)

    # A higher discount rate lowers the NPV of a case that pays back.
    rate = main(page).get_by_role("spinbutton", name="Discount rate per year (%)", exact=True)
    expect(rate).to_have_value("8.0")
    enter_number(rate, "20")
    expected = Report(profit_centre({"business_case.discount_rate_per_year": 0.2}))
    expect(npv).to_have_text(tile_value(expected.kpi("npv"), "en"))
    assert expected.case.npv_eur < report.case.npv_eur
    wait_until_idle(page)
    assert_no_exception(page)


def test_switching_cross_sell_off_lowers_the_gross_margin(page: Page, app_url: str) -> None:
    with_cross_sell = evaluate(profit_centre()).revenue.total_eur
    without = evaluate(profit_centre({"cross_sell.enabled": False})).revenue.total_eur
    assert without < with_cross_sell

    open_profit_centre(page, app_url)
    go_to(page, "Profit centre", "profit", "The profit centre: what selling earns")
    margin = metric_value(page, "Gross margin per year")
    expect(margin).to_have_text(format_eur(with_cross_sell))

    main(page).get_by_text("Cross- and upsell on service calls", exact=True).click()
    switch = main(page).get_by_role("switch", name="Offer products on service calls", exact=True)
    expect(switch).to_be_checked()
    # As a user does: click the switch's label (its input sits under the drawn track).
    main(page).get_by_text("Offer products on service calls", exact=True).click()
    expect(switch).not_to_be_checked()
    expect(margin).to_have_text(format_eur(without))
    wait_until_idle(page)
    assert_no_exception(page)
