"""The director's journey in Chromium, end to end, and no lost work on a refresh.

- **The journey:** from the baseline, a director names the scenario, switches on
  cross-sell on the Profit centre page, reads the business case, looks at the risk,
  saves the scenario to the library, compares it with the baseline and takes the
  board pack and the workbook away. The files are opened and must carry the
  scenario's name and the report's NPV. Expected figures come from ``ccx_model``.
- **A refresh (F5)** keeps the change, says the work was restored, and still marks
  it as unsaved.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_tiles import tile_value
from openpyxl import load_workbook
from playwright.sync_api import Page, expect
from pptx import Presentation

from ccx_model.i18n import t
from ccx_model.kpis import format_kpi
from ccx_model.report import Report

from . import test_files_browser as files
from . import ui

pytestmark = pytest.mark.browser


@pytest.fixture
def saved_name() -> Iterator[str]:
    name = f"journey-{uuid.uuid4().hex[:8]}"
    yield name
    (files.LIBRARY / f"{name}.yaml").unlink(missing_ok=True)


def go_to(page: Page, label: str) -> None:
    ui.sidebar(page).get_by_role("link", name=label, exact=True).click()
    page.wait_for_timeout(300)
    ui.wait_until_idle(page)


def download(page: Page, prepare: str, kind: str, tmp_path: Path) -> bytes:
    page.get_by_role("button", name=prepare).click()
    button = page.get_by_role("button", name=t(f"office.{kind}", "en"), exact=True)
    expect(button).to_be_visible(timeout=120_000)
    with page.expect_download(timeout=120_000) as info:
        button.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target.read_bytes()


def test_from_the_baseline_to_the_board_pack(
    page: Page, app_url: str, saved_name: str, tmp_path: Path
) -> None:
    ui.open_app(page, app_url)

    # 1. Name the scenario: the deck's title.
    panel = (
        ui.sidebar(page)
        .get_by_test_id("stExpander")
        .filter(has=page.get_by_text(t("doc.title", "en"), exact=True))
    )
    panel.get_by_text(t("doc.title", "en"), exact=True).click()
    name_box = panel.get_by_role("textbox", name=t("words.name", "en"), exact=True)
    name_box.fill(saved_name)
    name_box.press("Enter")
    ui.wait_until_idle(page)

    # 2. Sell on service calls (Profit centre page).
    go_to(page, t("page.profit", "en"))
    switch = page.get_by_text(t("field.cross_sell.enabled", "en"), exact=True)
    if not switch.is_visible():
        page.get_by_text(t("group.cross_sell", "en"), exact=True).click()
    switch.click()
    ui.wait_until_idle(page)
    expected = files.changed(
        files.bundled("baseline.yaml"), {"name": saved_name, "cross_sell.enabled": True}
    )
    report = Report(expected)

    # 3. The business case shows the report's NPV; the change is marked unsaved.
    go_to(page, t("page.business_case", "en"))
    npv = report.kpi("npv")
    expect(ui.metric_value(page, t("kpi.npv", "en"))).to_have_text(tile_value(npv, "en"))
    expect(ui.sidebar(page).get_by_text("Unsaved changes:")).to_be_visible()

    # 4. The risk page answers (no ranges yet: the plan) without an error.
    go_to(page, t("page.risk", "en"))
    expect(page.get_by_text(t("risk.no_ranges", "en"))).to_be_visible()
    ui.assert_no_exception(page)

    # 5. Save to the library.
    file_panel = files.scenario_file_panel(page)
    box = file_panel.get_by_role("textbox", name="Save in the library as", exact=True)
    box.fill(saved_name)
    box.press("Enter")
    ui.wait_until_idle(page)
    file_panel.get_by_role("button", name="Save to the library", exact=True).click()
    expect(file_panel.get_by_test_id("stAlert")).to_have_text(f"Saved as {saved_name}.yaml.")
    on_disk = files.load_scenario(files.LIBRARY / f"{saved_name}.yaml")
    assert on_disk.cross_sell.enabled and on_disk.name == saved_name

    # 6. Compare it with the baseline: its column carries its name.
    go_to(page, t("page.compare", "en"))
    picker = page.get_by_test_id("stMultiSelect").first
    picker.click()
    page.keyboard.type(saved_name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    ui.wait_until_idle(page)
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    # Its bridge is drawn, titled with its name (a chart's words are its image's name).
    bridge = t("cmp.bridge_of", "en", scenario=saved_name)
    page.wait_for_function(
        "name => [...document.querySelectorAll('[aria-label]')]"
        ".some(e => e.getAttribute('aria-label').includes(name))",
        arg=bridge,
        timeout=30_000,
    )

    # 7. The board pack and the workbook: the name, and the report's NPV.
    go_to(page, t("page.business_case", "en"))
    deck = Presentation(
        io.BytesIO(download(page, t("office.prepare_deck", "en"), "deck", tmp_path))
    )
    words = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    cells = [
        cell.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    ]
    assert saved_name in words
    assert any(format_kpi(npv, "en") in text for text in words + cells)  # the summary's NPV
    book = load_workbook(
        io.BytesIO(download(page, t("office.prepare_workbook", "en"), "workbook", tmp_path))
    )
    assert book.properties.title.startswith(saved_name)
    ui.assert_no_exception(page)


def test_a_refresh_keeps_the_change_and_marks_it_unsaved(page: Page, app_url: str) -> None:
    ui.open_app(page, app_url)
    files.enter_calls(page, 400_000)
    ui.wait_until_idle(page)
    expected = files.changed(files.bundled("baseline.yaml"), {"demand.calls_per_month": 400_000})
    files.expect_overview_of(page, expected)
    page.wait_for_function("location.search.includes('draft=')")
    page.wait_for_timeout(500)  # the draft is written at the end of the run

    page.reload()
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    ui.wait_until_idle(page)
    expect(files.calls_per_month(page)).to_have_value("400000")
    files.expect_overview_of(page, expected)
    expect(page.get_by_text(t("draft.restored", "en"))).to_be_visible()
    expect(ui.sidebar(page).get_by_text("Unsaved changes:")).to_be_visible()
    ui.assert_no_exception(page)
