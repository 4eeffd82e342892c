"""The pilot in Chromium: its weekly results read from a CSV decide it, and the
scale-up scenario opens in one click, with the figures the model computes."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_tiles import tile_value
from playwright.sync_api import Page, expect
from test_pilot_section import ACTUALS, with_actuals

from ccx_model.i18n import t
from ccx_model.pilot_csv import actuals_to_csv
from ccx_model.report import Report
from ccx_model.scale_up import scale_up_scenario

from . import test_files_browser as files
from . import ui

pytestmark = pytest.mark.browser


def test_results_from_a_file_decide_and_the_scale_up_opens(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "pilot-results.csv"
    path.write_text(actuals_to_csv(ACTUALS), encoding="utf-8")
    pilot = with_actuals(files.bundled("pilot.yaml"))
    result = Report(pilot).pilot.result  # type: ignore[union-attr]
    assert result is not None and result.decision == "scale"

    ui.open_app(page, app_url)
    files.pick_scenario(page, "pilot.yaml")
    ui.sidebar(page).get_by_role("link", name=t("page.pilot", "en"), exact=True).click()
    ui.wait_until_idle(page)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(str(path))
    decided = t("pilot.decision_after", "en", weeks=12, decision=t("pilot.decision.scale", "en"))
    expect(main.get_by_text(decided)).to_be_visible(timeout=60_000)
    expect(main.get_by_text(t("pilot.uploaded", "en", weeks=12, file=path.name))).to_be_visible()
    ui.assert_no_exception(page)

    main.get_by_role("button", name=t("pilot.scale_up", "en")).click()
    ui.wait_until_idle(page)
    expect(main.get_by_text(t("pilot.scaled_up", "en"))).to_be_visible()
    # The page shows the scale-up's case, not "this is not a pilot".
    expect(main.get_by_text(t("pilot.not_a_pilot", "en"))).to_have_count(0)
    up = scale_up_scenario(pilot, result)
    npv = Report(up).kpi("npv")
    expect(ui.metric_value(page, t("kpi.npv", "en"))).to_have_text(tile_value(npv, "en"))
    main.get_by_role("link", name=t("pilot.to_business_case", "en")).click()
    ui.wait_until_idle(page)
    expect(page.get_by_role("heading", name=t("bc.title", "en"))).to_be_visible()
    expect(ui.metric_value(page, t("kpi.npv", "en"))).to_have_text(tile_value(npv, "en"))
