"""Scenario files and the Compare page in Chromium: upload, save, download, compare.

Each test opens a fresh page, so a fresh Streamlit session on the baseline. Expected
figures come from ``ccx_model`` for the same scenario. Waits are on what the user
sees, never sleeps.

The server runs from the project folder, so a save lands in the real ``scenarios/``
library: the saved file gets a unique name and is deleted when the test ends.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from app_tiles import tile_value
from playwright.sync_api import Browser, Locator, Page, expect

from ccx_app import state
from ccx_model.evaluate import evaluate
from ccx_model.fields import set_path
from ccx_model.i18n import t
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario, scenario_from_dict

from .ui import assert_no_exception, choose_option, metric_value, open_app, sidebar, wait_until_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "scenarios"  # where the app's server saves: state.SCENARIO_DIR
RESULTS_PATH = ROOT / "bench" / "results" / "browser.json"
KEEP_RUNS = 50  # browser.json keeps the latest runs only
COMPARE_TARGET_S = 1.0  # the target for 4 scenarios: reported, not asserted
COMPARE_BOUND_S = 10.0  # asserted: generous, so a slow CI machine still passes
# Scenarios are listed and labelled by their names (a board never reads file names).
NAMES = {
    "baseline.yaml": "Baseline",
    "pilot.yaml": "Pilot: cross-sell in one team",
    "profit_centre.yaml": "Full profit centre",
    "outsourced.yaml": "Outsourced",
}
DEFAULT_COLUMNS = ["KPI", "Baseline (baseline)", NAMES["pilot.yaml"], NAMES["profit_centre.yaml"]]


# ---------------------------------------------------------------- helpers


def bundled(name: str) -> Scenario:
    return load_scenario(state.SCENARIO_DIR / name)


def changed(scenario: Scenario, values: dict[str, Any]) -> Scenario:
    """``scenario`` with some fields (dotted paths, model units) set, validated again."""
    data = scenario.model_dump(mode="python")
    for path, value in values.items():
        set_path(data, path, value)
    return scenario_from_dict(data)


def expect_overview_of(page: Page, scenario: Scenario) -> None:
    """The Overview's headline tiles show ``scenario``'s figures, as the report has them."""
    report = Report(scenario)
    for key in ("annual_cost", "headcount", "cost_per_contact"):
        kpi = report.kpi(key)
        expect(metric_value(page, t(f"kpi.{key}", "en"))).to_have_text(tile_value(kpi, "en"))


def calls_per_month(page: Page) -> Locator:
    return sidebar(page).get_by_role("spinbutton", name="Calls per month", exact=True)


def enter_calls(page: Page, calls: int) -> None:
    field = calls_per_month(page)
    field.fill(str(calls))
    field.press("Enter")
    expect(field).to_have_value(str(calls))


def scenario_file_panel(page: Page) -> Locator:
    """The sidebar's 'Scenario file' expander, opened."""
    panel = (
        sidebar(page)
        .get_by_test_id("stExpander")
        .filter(has=page.get_by_text("Scenario file", exact=True))
    )
    uploader = panel.get_by_test_id("stFileUploader")
    # A rerun that redraws the sidebar just then can swallow the click: try again.
    for _ in range(3):
        if uploader.is_visible():
            break
        panel.get_by_text("Scenario file", exact=True).click()
        try:
            expect(uploader).to_be_visible(timeout=5_000)
        except AssertionError:
            continue
    expect(uploader).to_be_visible()
    return panel


def pick_scenario(page: Page, name: str) -> None:
    """Pick a library scenario, by the name the sidebar's Scenario box lists it under."""
    name = NAMES.get(name, name)
    picker = sidebar(page).get_by_role("combobox", name="Scenario", exact=True)
    choose_option(page, picker, page.get_by_role("option", name=name, exact=True))
    expect(picker).to_have_value(name)
    wait_until_idle(page)


def download_scenario(page: Page, folder: Path) -> tuple[Path, str]:
    """Click 'Download this scenario (YAML)'; the saved file and its suggested name."""
    button = scenario_file_panel(page).get_by_role(
        "button", name="Download this scenario (YAML)", exact=True
    )
    with page.expect_download() as info:
        button.click()
    download = info.value
    target = folder / "downloaded.yaml"
    download.save_as(target)
    return target, download.suggested_filename


# ---------------------------------------------------------------- the Compare page's clock

# In the browser: the first moment the Compare page's KPI table (the first dataframe)
# shows each number of header cells, on the page's own clock (performance.now(), which
# starts at the navigation), the moment of the last pointerdown (a pick), and the
# first KPI tile (the Overview's, for reference: what any page's first load costs).
_TABLE_PROBE = """
(() => {
  const probe = {columns: {}, pointerdown: null, tile: null};
  window.__ccxTable = probe;
  document.addEventListener('pointerdown', () => { probe.pointerdown = performance.now(); },
                            {capture: true});
  const look = () => {
    if (probe.tile === null && document.querySelector('[data-testid="stMetricValue"]')) {
      probe.tile = performance.now();
    }
    const table = document.querySelector('[data-testid="stDataFrame"]');
    if (!table) return;
    const count = table.querySelectorAll('th').length;
    if (count && probe.columns[count] === undefined) probe.columns[count] = performance.now();
  };
  new MutationObserver(look).observe(document, {subtree: true, childList: true});
})();
"""


def table(page: Page) -> Locator:
    """The Compare page's KPI table (the first dataframe; the others list assumptions)."""
    return page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first


def expect_columns(page: Page, columns: list[str]) -> None:
    expect(table(page)).to_be_visible()
    expect(table(page).locator("th")).to_have_text(columns)


def expect_charts_drawn(page: Page, at_least: int) -> None:
    """At least ``at_least`` charts on the page, each drawn."""
    charts = page.get_by_test_id("stMain").get_by_test_id("stVegaLiteChart")
    expect(charts.nth(at_least - 1)).to_be_visible()
    assert charts.count() >= at_least
    for i in range(at_least):  # drawn, not just placed: vega's SVG has its marks
        expect(charts.nth(i).locator("svg.marks .role-mark").first).to_be_attached()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _row(metric: str, seconds: float, note: str = "") -> dict[str, Any]:
    return {
        "benchmark": "browser test · Compare page",
        "metric": metric,
        "value": round(seconds, 4),
        "unit": "s",
        "target_max": COMPARE_TARGET_S,
        "fatal": False,
        "note": note,
        "status": "PASS" if seconds <= COMPARE_TARGET_S else "FAIL",
    }


def record_timings(rows: list[dict[str, Any]], browser_version: str) -> Path:
    """Append this run to bench/results/browser.json (rows shaped like bench.result.Row)."""
    run = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": "tests/browser/test_files_browser.py::test_compare_page_renders_and_is_timed",
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "chromium": browser_version,
        "packages": {name: _version(name) for name in ("ccx", "streamlit", "playwright")},
        "rows": rows,
    }
    document: dict[str, Any] = {"runs": []}
    if RESULTS_PATH.exists():
        try:
            loaded = json.loads(RESULTS_PATH.read_text(encoding="utf-8"))
            if isinstance(loaded, dict) and isinstance(loaded.get("runs"), list):
                document = loaded
        except json.JSONDecodeError:
            pass  # a damaged file is replaced, not fatal
    document["runs"] = [*document["runs"], run][-KEEP_RUNS:]
    document["latest"] = run
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    scratch = RESULTS_PATH.with_suffix(f".json.{uuid.uuid4().hex}.tmp")
    scratch.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    scratch.replace(RESULTS_PATH)
    return RESULTS_PATH


@pytest.fixture
def saved_name() -> Iterator[str]:
    """A name no library file has; its file is deleted afterwards, and must be gone."""
    name = f"zz-browser-test-{uuid.uuid4().hex[:12]}"
    path = LIBRARY / f"{name}.yaml"
    assert not path.exists()
    try:
        yield name
    finally:
        path.unlink(missing_ok=True)
        assert not path.exists()
        assert not list(LIBRARY.glob(f"*{name}*")), "the test left a file in scenarios/"


# ---------------------------------------------------------------- tests


def test_uploading_a_scenario_opens_its_figures(page: Page, app_url: str, tmp_path: Path) -> None:
    mine = changed(bundled("pilot.yaml"), {"demand.calls_per_month": 400_000})
    upload = tmp_path / "pilot-400k.yaml"
    upload.write_text(dump_scenario(mine), encoding="utf-8")

    open_app(page, app_url)
    expect_overview_of(page, bundled("baseline.yaml"))
    scenario_file_panel(page).locator("input[type=file]").set_input_files(upload)

    expect_overview_of(page, mine)
    expect(calls_per_month(page)).to_have_value("400000")
    expect(page.get_by_test_id("stMain")).to_contain_text(f"Scenario “{mine.name}”")
    wait_until_idle(page)
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    assert_no_exception(page)


def test_switching_language_keeps_the_scenario_under_its_dutch_name(
    page: Page, app_url: str
) -> None:
    # Streamlit keeps a select box's value as the text it showed; the picker's text
    # changes with the language, and the scenario must not.
    open_app(page, app_url)
    pick_scenario(page, "profit_centre.yaml")
    sidebar(page).get_by_text("Nederlands", exact=True).click()
    picker = sidebar(page).get_by_role("combobox", name="Scenario", exact=True)
    expect(picker).to_have_value("Volledig profitcenter")
    wait_until_idle(page)
    expect(page.get_by_test_id("stMain")).to_contain_text("Scenario “Volledig profitcenter”")
    report = Report(bundled("profit_centre.yaml"))
    annual = metric_value(page, t("kpi.annual_cost", "nl"))
    expect(annual).to_have_text(tile_value(report.kpi("annual_cost"), "nl"))
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    sidebar(page).get_by_text("English", exact=True).click()
    expect(picker).to_have_value("Full profit centre")
    wait_until_idle(page)
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    assert_no_exception(page)


def test_a_broken_upload_names_the_file_and_keeps_the_figures(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    broken = tmp_path / "typo.yaml"
    broken.write_text("name: Typo\ndemand:\n  calls_per_mnth: 400000\n", encoding="utf-8")

    open_app(page, app_url)
    scenario_file_panel(page).locator("input[type=file]").set_input_files(broken)

    alert = sidebar(page).get_by_test_id("stAlert")
    expect(alert).to_contain_text("The scenario file typo.yaml could not be opened:")
    expect(alert).to_contain_text("demand.calls_per_mnth: unknown field")
    wait_until_idle(page)
    expect_overview_of(page, bundled("baseline.yaml"))
    expect(calls_per_month(page)).to_have_value("330000")
    assert_no_exception(page)


def test_a_scenario_saved_to_the_library_reopens_with_the_same_figures(
    page: Page, app_url: str, saved_name: str
) -> None:
    edited = changed(bundled("baseline.yaml"), {"demand.calls_per_month": 400_000})
    saved_path = LIBRARY / f"{saved_name}.yaml"

    open_app(page, app_url)
    enter_calls(page, 400_000)
    expect_overview_of(page, edited)
    wait_until_idle(page)

    panel = scenario_file_panel(page)
    name_box = panel.get_by_role("textbox", name="Save in the library as", exact=True)
    name_box.fill(saved_name)
    name_box.press("Enter")
    wait_until_idle(page)
    panel.get_by_role("button", name="Save to the library", exact=True).click()
    expect(panel.get_by_test_id("stAlert")).to_have_text(f"Saved as {saved_name}.yaml.")
    wait_until_idle(page)
    assert saved_path.is_file()
    on_disk = load_scenario(saved_path)
    assert on_disk.name == saved_name
    assert on_disk.demand.calls_per_month == 400_000

    # Away to the baseline, then back to the saved file from the picker.
    picker = sidebar(page).get_by_role("combobox", name="Scenario", exact=True)
    expect(picker).to_have_value(saved_name)  # the scenario's name, as saved
    pick_scenario(page, "baseline.yaml")
    expect_overview_of(page, bundled("baseline.yaml"))
    pick_scenario(page, saved_name)
    expect_overview_of(page, on_disk)
    expect_overview_of(page, edited)  # the very figures shown before saving
    expect(calls_per_month(page)).to_have_value("400000")
    assert_no_exception(page)


def test_the_downloaded_scenario_reopens_as_the_scenario_shown(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    pilot = bundled("pilot.yaml")
    open_app(page, app_url)
    pick_scenario(page, "pilot.yaml")
    expect_overview_of(page, pilot)

    downloaded, suggested = download_scenario(page, tmp_path)
    assert suggested.endswith(".yaml"), suggested
    reopened = load_scenario(downloaded)
    assert reopened.name == pilot.name
    assert reopened.demand.calls_per_month == pilot.demand.calls_per_month
    assert evaluate(reopened).annual_cost_eur == pytest.approx(evaluate(pilot).annual_cost_eur)
    assert_no_exception(page)


def test_the_download_holds_the_last_edit(page: Page, app_url: str, tmp_path: Path) -> None:
    open_app(page, app_url)
    enter_calls(page, 400_000)
    expect_overview_of(page, changed(bundled("baseline.yaml"), {"demand.calls_per_month": 400_000}))
    wait_until_idle(page)

    downloaded, _ = download_scenario(page, tmp_path)
    assert load_scenario(downloaded).demand.calls_per_month == 400_000


def test_compare_page_renders_and_is_timed(page: Page, app_url: str) -> None:
    page.add_init_script(_TABLE_PROBE)
    # For reference: the same clock on the Overview, a page without the comparison.
    page.goto(app_url)
    page.wait_for_function("() => window.__ccxTable && window.__ccxTable.tile !== null")
    rows = [
        _row(
            "navigate to / → first KPI tile of the Overview (reference)",
            page.evaluate("window.__ccxTable.tile") / 1000,
            "What any first load costs (page, scripts, WebSocket, first run): not the "
            "Compare page's own work.",
        )
    ]
    wait_until_idle(page)
    for visit in ("first visit", "second visit"):
        page.goto(f"{app_url}/compare")
        page.wait_for_function("() => window.__ccxTable && window.__ccxTable.columns[4]")
        expect_columns(page, DEFAULT_COLUMNS)
        opened = page.evaluate("window.__ccxTable.columns[4]") / 1000
        rows.append(
            _row(
                f"navigate to /compare → KPI table with 3 scenarios ({visit})",
                opened,
                "In Chromium: performance.now() from the navigation's start to the KPI "
                "table's header cells appearing in the DOM (MutationObserver); the first "
                "visit may include the server's first run of the page.",
            )
        )
        expect(page.get_by_role("heading", name="Compare scenarios")).to_be_visible()
        # KPI bars, cumulative cash flows and one bridge per scenario but the baseline.
        expect_charts_drawn(page, 4)
        wait_until_idle(page)
        assert_no_exception(page)

    # A fourth scenario: from the pick to the table's fourth scenario column.
    pick = page.get_by_test_id("stMultiSelect").filter(has_text="Scenarios (2 to 4)")
    pick.get_by_role("combobox").click()
    option = page.get_by_role("option", name=NAMES["outsourced.yaml"], exact=True)
    expect(option).to_be_visible()
    page.evaluate("window.__ccxTable.pointerdown = null")
    option.click()
    page.wait_for_function("() => window.__ccxTable.columns[5]")
    expect_columns(page, [*DEFAULT_COLUMNS, NAMES["outsourced.yaml"]])
    probe = page.evaluate("window.__ccxTable")
    assert probe["pointerdown"] is not None, "the pick never reached the page"
    added = (probe["columns"]["5"] - probe["pointerdown"]) / 1000
    rows.append(
        _row(
            "add a 4th scenario → KPI table with 4 scenarios",
            added,
            "In Chromium: performance.now() from the pointerdown on the option to the "
            "table's fifth header cell appearing (MutationObserver).",
        )
    )
    page.keyboard.press("Escape")
    expect_charts_drawn(page, 5)
    wait_until_idle(page)
    assert_no_exception(page)

    path = record_timings(rows, page.context.browser.version)
    for row in rows:
        print(f"{row['metric']}: {row['value'] * 1000:.0f} ms (target ≤ 1 s: {row['status']})")
    print(f"recorded in {path}")
    for row in rows:
        assert row["value"] < COMPARE_BOUND_S, rows


def test_two_sessions_saving_one_name_at_once_cannot_both_succeed(
    browser: Browser, app_url: str, saved_name: str
) -> None:
    """Both sessions press Save at the same moment, without "replace": one saves, the
    other is told the name is taken, and the file holds the one that saved, whole."""
    pages = [
        browser.new_context(viewport={"width": 1400, "height": 1000}).new_page() for _ in range(2)
    ]
    calls = [400_000, 500_000]
    buttons, panels = [], []
    for page, value in zip(pages, calls, strict=True):
        open_app(page, app_url)
        enter_calls(page, value)
        wait_until_idle(page)
        panel = scenario_file_panel(page)
        name_box = panel.get_by_role("textbox", name="Save in the library as", exact=True)
        name_box.fill(saved_name)
        name_box.press("Enter")
        wait_until_idle(page)
        buttons.append(panel.get_by_role("button", name="Save to the library", exact=True))
        panels.append(panel)
    for button in buttons:  # as close together as the browser allows
        button.dispatch_event("click")
    # The panels as opened (toggling them again mid-rerun could close them).
    alerts = [panel.get_by_test_id("stAlert") for panel in panels]
    for alert in alerts:
        expect(alert).to_have_count(1)
        expect(alert).to_have_text(re.compile("Saved as|already exists"))
    for page in pages:  # read the messages once each session's run has settled
        wait_until_idle(page)
    for alert in alerts:
        expect(alert).to_have_text(re.compile("Saved as|already exists"))
    # textContent: the saving session's panel may have folded on the rerun that opened
    # the saved file (the message is kept, but hidden from innerText).
    texts = sorted((alert.text_content() or "").strip() for alert in alerts)
    saved = [t for t in texts if t.startswith("Saved as")]
    refused = [t for t in texts if "already exists" in t]
    assert len(saved) == 1 and len(refused) == 1, texts
    on_disk = load_scenario(LIBRARY / f"{saved_name}.yaml")
    assert on_disk.demand.calls_per_month in calls
    for page in pages:
        page.context.close()
