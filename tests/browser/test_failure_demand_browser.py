"""The failure-demand page in Chromium: KPIs, the department chart, editing the reason table.

Each test opens a fresh page, so a fresh Streamlit session on the baseline scenario
(nine phone reasons, 46% avoidable). Expected figures come from ``ccx_model`` for the
same table, formatted with ``ccx_model.i18n``; waits are on what the user sees.

The reason table is a glide-data-grid: a canvas with an accessible table behind it
(``td#glide-cell-<column>-<row>``, columns counted from 1, ``aria-selected`` on the
selected cell). A cell is selected with a click on the canvas and the arrow keys;
Space toggles a checkbox; Enter opens a text cell's editor (``input.gdg-input``) and
commits it.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from ccx_app import state
from ccx_model.bundled_names import display_name
from ccx_model.evaluate import evaluate
from ccx_model.failure_demand import ContactReason, FailureDemandCosts, normalised
from ccx_model.i18n import format_eur, format_percent, t
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

from .ui import assert_no_exception, metric_value, wait_until_idle

pytestmark = pytest.mark.browser

PATH = "failure-demand"
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}
# Columns of the reason table as the grid numbers them (the row marker is not one).
REASON, SHARE, AVOIDABLE = 1, 2, 3
# Streamlit's data editor draws a 35 px header and 35 px rows; the row marker (a
# checkbox for deleting rows) takes the first ~32 px, so x = 100 is inside "Reason".
HEADER_PX, ROW_PX, REASON_X_PX = 35, 35, 100


# ---------------------------------------------------------------- the model's figures


def baseline() -> Scenario:
    return load_scenario(state.SCENARIO_DIR / state.DEFAULT_SCENARIO)


def with_reasons(scenario: Scenario, reasons: tuple[ContactReason, ...]) -> Scenario:
    demand = scenario.failure_demand.model_copy(update={"reasons": reasons})
    return scenario.model_copy(update={"failure_demand": demand})


def costs_of(scenario: Scenario) -> FailureDemandCosts:
    return evaluate(scenario).failure_demand_costs()


def department_labels(costs: FailureDemandCosts, lang: str) -> set[str]:
    """The chart's bars: one per causing department, plus the unavoidable bucket."""
    return {
        display_name(name, lang) or t("fd.not_avoidable", lang) for name in costs.by_department()
    }


def subtitle(costs: FailureDemandCosts, lang: str) -> str:
    return t("fd.chart_subtitle", lang, share=format_percent(costs.avoidable_share, lang, 0))


# ---------------------------------------------------------------- helpers


def chart(page: Page) -> Locator:
    return page.get_by_test_id("stVegaLiteChart")


def chart_text(page: Page, text: str) -> Locator:
    """The chart's SVG text elements reading exactly ``text`` (axis labels, titles)."""
    return (
        chart(page)
        .locator("svg.marks text")
        .filter(has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))
    )


def expect_chart_shows(page: Page, costs: FailureDemandCosts, lang: str) -> None:
    """The department chart is drawn for ``costs``: its subtitle and one bar label each."""
    expect(chart(page)).to_have_count(1)
    expect(chart_text(page, subtitle(costs, lang))).to_have_count(1)
    for label in department_labels(costs, lang):
        expect(chart_text(page, label)).to_have_count(1)


def expect_kpis(page: Page, costs: FailureDemandCosts, lang: str) -> None:
    """The avoidable-cost tiles show the model's figures for ``costs``."""
    expect(metric_value(page, t("kpi.avoidable_cost", lang))).to_have_text(
        format_eur(costs.avoidable_cost_eur_per_year, lang)
    )
    expect(metric_value(page, t("kpi.avoidable_cost_share", lang))).to_have_text(
        format_percent(costs.avoidable_share, lang, 0)
    )


def open_page(page: Page, lang: str = "en") -> None:
    """Open the failure-demand page and wait until its chart is drawn."""
    page.goto(f"/{PATH}")
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    wait_until_idle(page)
    if lang != "en":
        page.get_by_test_id("stSidebar").get_by_text(LANGUAGE_NAMES[lang], exact=True).click()
        expect(page.get_by_role("heading", name=t("fd.title", lang))).to_be_visible()
        wait_until_idle(page)
    expect(chart(page).locator("svg.marks")).to_be_visible()


def reason_table(page: Page, lang: str = "en") -> Locator:
    """The reason editor (the cut editor below it is a grid too); it shows a bundled
    reason in the reader's language."""
    first_reason = display_name(baseline().failure_demand.reasons[0].reason, lang)
    return page.get_by_test_id("stDataFrame").filter(
        has=page.locator(f"#glide-cell-{REASON}-0", has_text=first_reason)
    )


def select_cell(page: Page, grid: Locator, column: int, row: int) -> None:
    """Click the row's first cell on the canvas, then arrow right to ``column``."""
    first = grid.locator(f"#glide-cell-{REASON}-{row}")
    for _ in range(3):  # a click that lands while the layout still moves is retried
        grid.scroll_into_view_if_needed()
        box = grid.get_by_test_id("data-grid-canvas").bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + REASON_X_PX, box["y"] + HEADER_PX + ROW_PX * (row + 0.5))
        try:
            expect(first).to_have_attribute("aria-selected", "true", timeout=3_000)
            break
        except AssertionError:
            continue
    expect(first).to_have_attribute("aria-selected", "true")
    for _ in range(column - REASON):
        page.keyboard.press("ArrowRight")
    expect(grid.locator(f"#glide-cell-{column}-{row}")).to_have_attribute("aria-selected", "true")


def type_into_cell(page: Page, grid: Locator, column: int, row: int, text: str) -> None:
    """Open the cell's editor with Enter, replace its text, commit with Enter."""
    select_cell(page, grid, column, row)
    page.keyboard.press("Enter")
    editor = page.locator("#portal .gdg-clip-region input.gdg-input")
    expect(editor).to_be_visible()
    editor.fill(text)
    editor.press("Enter")
    expect(editor).to_have_count(0)


# ---------------------------------------------------------------- tests


def test_the_page_shows_the_models_kpis_and_cost_per_department(page: Page) -> None:
    open_page(page)
    costs = costs_of(baseline())
    expect(page.get_by_role("heading", name=t("fd.title", "en"))).to_be_visible()
    expect_kpis(page, costs, "en")
    contacts = sum(r.contacts_per_year for r in costs.reasons)
    avoidable = sum(r.contacts_per_year for r in costs.reasons if r.avoidable)
    expect(metric_value(page, t("kpi.avoidable_contacts", "en"))).to_have_text(
        format_percent(avoidable / contacts, "en", 0)
    )
    expect(metric_value(page, t("kpi.cut_saving", "en"))).to_have_text(format_eur(0.0))
    expect_chart_shows(page, costs, "en")
    expect(chart(page).locator("svg.marks .role-mark").first).to_be_attached()
    assert_no_exception(page)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_unticking_avoidable_moves_the_cost_out_of_the_department(page: Page, lang: str) -> None:
    open_page(page, lang)
    scenario = baseline()
    reasons = scenario.failure_demand.reasons
    before = costs_of(scenario)
    expect_kpis(page, before, lang)
    untick = reasons[0]  # "Where is my order?", caused by Logistics
    assert untick.avoidable
    shown = display_name(untick.department, lang)  # "Logistiek" in Dutch
    expect(chart_text(page, shown)).to_have_count(1)

    select_cell(page, reason_table(page, lang), AVOIDABLE, 0)
    page.keyboard.press("Space")  # toggles the checkbox

    edited = (untick.model_copy(update={"avoidable": False}), *reasons[1:])
    after = costs_of(with_reasons(scenario, edited))
    assert after.avoidable_cost_eur_per_year < before.avoidable_cost_eur_per_year
    expect_kpis(page, after, lang)
    # The department no longer has a bar; its cost joined the unavoidable one.
    assert untick.department not in after.by_department()
    expect(chart_text(page, shown)).to_have_count(0)
    expect_chart_shows(page, after, lang)
    wait_until_idle(page)
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    assert_no_exception(page)


def test_shares_off_100_percent_warn_and_normalising_fixes_them(page: Page) -> None:
    open_page(page)
    scenario = baseline()
    reasons = scenario.failure_demand.reasons
    before = costs_of(scenario)
    new_share = 30.0  # percent, instead of 14: the phone reasons add up to 116%

    type_into_cell(page, reason_table(page), SHARE, 0, f"{new_share:g}")

    edited = (reasons[0].model_copy(update={"share": new_share / 100.0}), *reasons[1:])
    total = sum(r.share for r in edited)
    warning = t("fd.shares_off", "en", channel="phone", total=f"{total * 100:.1f}")
    expect(page.get_by_text(warning, exact=True)).to_be_visible()
    normalise = page.get_by_role("button", name=t("fd.normalise", "en"))
    expect(normalise).to_be_visible()
    # An invalid table never replaces the last valid one: the figures stay.
    expect_kpis(page, before, "en")
    expect_chart_shows(page, before, "en")

    normalise.click()

    expect(page.get_by_text(warning, exact=True)).to_have_count(0)
    expect(normalise).to_have_count(0)
    after = costs_of(with_reasons(scenario, normalised(edited)))
    assert after.avoidable_cost_eur_per_year > before.avoidable_cost_eur_per_year
    expect_kpis(page, after, "en")
    expect_chart_shows(page, after, "en")
    wait_until_idle(page)
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    assert_no_exception(page)
