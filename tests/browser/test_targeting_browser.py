"""Targeting in Chromium: upload a customer file (a Dutch Excel export), pick a segment,
and see cross-sell's eligible share and the business case's NPV change — to the
figures the model computes from the same file and the same choice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Page, expect

from ccx_model.i18n import format_day, format_percent, t
from ccx_model.kpis import format_kpi
from ccx_model.report import Report
from ccx_model.rfm import rfm_from_csv
from ccx_model.targeted import cross_sell_inputs
from ccx_model.targeting import targeting_from

from . import test_files_browser as files
from . import ui

pytestmark = pytest.mark.browser


def customer_file() -> bytes:
    """400 customers over two years, as Excel writes it in Dutch: semicolons, decimal
    commas, dd-mm-yyyy; consent and a past response per row. Seeded, no real data."""
    rng = np.random.default_rng(14)
    lines = ["klantnummer;datum;bedrag;toestemming;respons"]
    start = dt.date(2024, 1, 1)
    for customer in range(1, 401):
        for _ in range(int(rng.integers(1, 12))):
            day = start + dt.timedelta(days=int(rng.integers(0, 730)))
            amount = f"{rng.gamma(2.0, 40.0):.2f}".replace(".", ",")
            consent = "ja" if customer % 4 else "nee"
            response = "ja" if rng.random() < 0.1 + customer / 4_000 else "nee"
            lines.append(f"K{customer:04d};{day:%d-%m-%Y};{amount};{consent};{response}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_upload_pick_a_segment_and_see_the_case_move(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    data = customer_file()
    path = tmp_path / "klanten.csv"
    path.write_bytes(data)
    ui.open_app(page, app_url)
    files.pick_scenario(page, "profit_centre.yaml")
    before = Report(files.bundled("profit_centre.yaml"))

    ui.sidebar(page).get_by_role("link", name=t("page.targeting", "en"), exact=True).click()
    ui.wait_until_idle(page)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(str(path))
    result = rfm_from_csv(data)
    scored = t(
        "targeting.scored",
        "en",
        customers=f"{len(result.customers):,}",
        as_of=format_day(result.as_of, "en"),
    )
    expect(page.get_by_text(scored)).to_be_visible(timeout=60_000)
    ui.wait_until_idle(page)
    ui.assert_no_exception(page)

    champions = t("rfm.segment.champions", "en")
    chooser = main.get_by_test_id("stMultiSelect").filter(has_text=t("targeting.choose", "en"))
    ui.choose_option(page, chooser, page.get_by_role("option", name=champions, exact=True))
    page.keyboard.press("Escape")
    expect(chooser).to_contain_text(champions)
    ui.wait_until_idle(page)
    page.get_by_role("button", name=t("targeting.apply", "en"), exact=True).click()
    ui.wait_until_idle(page)
    ui.assert_no_exception(page)

    targeting = targeting_from(result.segments, ["champions"], 1.0, result.as_of)
    targeting = targeting.model_copy(update={"customer_base": len(result.customers)})
    after = files.bundled("profit_centre.yaml").model_copy(update={"targeting": targeting})
    report = Report(after)
    eligible = format_percent(cross_sell_inputs(after).eligible_share, "en", 2)
    npv = format_kpi(report.kpi("npv"), "en")
    assert npv != format_kpi(before.kpi("npv"), "en")  # targeting moves the case
    text = main.get_by_test_id("stMarkdown").filter(has_text="Cross-sell now offers on")
    expect(text).to_contain_text(eligible)
    expect(text).to_contain_text(npv)
    shown = ui.metric_value(page, t("kpi.targeted_share", "en"))
    expect(shown).to_have_text(format_kpi(report.kpi("targeted_share"), "en"))

    # Away to another page and back: the scores, the choice and the as-of date are there
    # still (Streamlit empties the uploader when its page is left; the session keeps it).
    ui.sidebar(page).get_by_role("link", name=t("page.overview", "en"), exact=True).click()
    ui.wait_until_idle(page)
    ui.sidebar(page).get_by_role("link", name=t("page.targeting", "en"), exact=True).click()
    ui.wait_until_idle(page)
    expect(page.get_by_text(scored)).to_be_visible()
    expect(main.get_by_text(t("targeting.kept", "en", name="klanten.csv"))).to_be_visible()
    expect(chooser).to_contain_text(champions)
    ui.assert_no_exception(page)
    # Any click on the page keeps it (a rerun with the uploader still empty).
    page.get_by_role("button", name=t("targeting.apply", "en"), exact=True).click()
    ui.wait_until_idle(page)
    expect(page.get_by_text(scored)).to_be_visible()
    expect(main.get_by_text(t("targeting.kept", "en", name="klanten.csv"))).to_be_visible()
    # Forgotten on request: the scores go, the scenario keeps its targeting.
    main.get_by_role("button", name=t("targeting.forget", "en"), exact=True).click()
    ui.wait_until_idle(page)
    expect(page.get_by_text(scored)).to_have_count(0)
    expect(shown).to_have_text(format_kpi(report.kpi("targeted_share"), "en"))


def test_a_bad_cell_is_named_and_the_columns_can_be_checked(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    lines = customer_file().decode("utf-8").splitlines()
    lines[2] = "K0001;31-02-2024;10,00;ja;nee"  # no 31 February
    path = tmp_path / "klanten.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ui.open_app(page, app_url)
    ui.sidebar(page).get_by_role("link", name=t("page.targeting", "en"), exact=True).click()
    ui.wait_until_idle(page)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(str(path))
    error = main.get_by_test_id("stAlertContentError")
    expect(error.first).to_contain_text("row 3, column datum", timeout=60_000)
    # With the file unread, the columns are open to check: the first rows as they are.
    preview = main.get_by_test_id("stExpander").filter(has_text=t("targeting.columns", "en"))
    expect(preview.get_by_test_id("stDataFrame")).to_be_visible()
    ui.assert_no_exception(page)
    expect(main.get_by_test_id("stMetric")).to_have_count(0)
