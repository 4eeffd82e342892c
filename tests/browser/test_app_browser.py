"""The app in Chromium: first render, input → KPI (timed), language, bad input, pages.

Each test opens a fresh page, so a fresh Streamlit session on the baseline scenario
(330,000 calls a month, 250 people). Waits are on what the user sees (a tile's text,
an alert), never fixed sleeps.
"""

from __future__ import annotations

import json
import platform
import re
import statistics
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from ccx_model.i18n import format_eur_compact

from .ui import assert_no_exception, metric_value, open_app, sidebar, wait_until_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
RESULTS_PATH = ROOT / "bench" / "results" / "browser.json"
KEEP_RUNS = 50  # browser.json keeps the latest runs only

BASELINE_CALLS = "330000"
BASELINE_HEADCOUNT = "250"
BASELINE_ANNUAL_COST = "€10,231,274"
LATENCY_TARGET_S = 0.5  # the target, reported, not asserted
LATENCY_BOUND_S = 5.0  # asserted: generous, so a slow CI machine still passes
EN_EUR = re.compile(r"^€\d{1,3}(,\d{3})+$")  # €10,231,274
# A Dutch annual cost is too long for a tile: compact, the exact amount in its help.
NL_EUR_COMPACT = re.compile(r"^€ \d+,\d mln$")  # € 10,2 mln


# ---------------------------------------------------------------- helpers


def number_input(page: Page, label: str) -> Locator:
    return page.get_by_role("spinbutton", name=label, exact=True)


def enter_number(page: Page, label: str, value: str) -> None:
    """Type a value into a sidebar number input and commit it with Enter."""
    field = number_input(page, label)
    field.fill(value)
    field.press("Enter")


def dutch_compact(amount: str) -> str:
    """'€12,365,498' → '€ 12,4 mln' (as a Dutch tile writes it)."""
    return format_eur_compact(float(amount.removeprefix("€").replace(",", "")), "nl")


# In the browser: note when Enter goes down and when each watched tile's text first
# differs from what it showed before. performance.now() on both ends, so the figure
# is the app's latency, not Playwright's round trips.
_INSTALL_PROBE = """
(labels) => {
  const read = (label) => {
    for (const tile of document.querySelectorAll('[data-testid="stMetric"]')) {
      const name = tile.querySelector('[data-testid="stMetricLabel"]');
      if (name && name.innerText.trim() === label) {
        const value = tile.querySelector('[data-testid="stMetricValue"]');
        return value ? value.innerText.trim() : null;
      }
    }
    return null;
  };
  const probe = {enter: null, before: {}, changed: {}, after: {}};
  for (const label of labels) probe.before[label] = read(label);
  window.__ccxProbe = probe;
  if (!window.__ccxKeyListener) {
    window.__ccxKeyListener = true;
    document.addEventListener('keydown', (event) => {
      const p = window.__ccxProbe;
      if (event.key === 'Enter' && p && p.enter === null) p.enter = performance.now();
    }, {capture: true});
  }
  const observer = new MutationObserver(() => {
    const now = performance.now();
    for (const label of labels) {
      if (probe.changed[label] !== undefined) continue;
      const value = read(label);
      if (value !== null && value !== probe.before[label]) {
        probe.changed[label] = now;
        probe.after[label] = value;
      }
    }
    if (labels.every((label) => probe.changed[label] !== undefined)) observer.disconnect();
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""


def timed_change(page: Page, label: str, value: str, watch: list[str]) -> dict:
    """Commit ``value`` in input ``label``; seconds from Enter to each ``watch`` tile changing."""
    field = number_input(page, label)
    field.fill(value)  # not committed yet: a number input commits on Enter or blur
    page.evaluate(_INSTALL_PROBE, watch)
    field.press("Enter")
    page.wait_for_function(
        "(labels) => labels.every((l) => window.__ccxProbe.changed[l] !== undefined)",
        arg=watch,
        timeout=30_000,
    )
    probe = page.evaluate("window.__ccxProbe")
    assert probe["enter"] is not None, "the Enter key never reached the page"
    wait_until_idle(page)
    return {
        "value": value,
        "seconds": {name: (probe["changed"][name] - probe["enter"]) / 1000 for name in watch},
        "before": probe["before"],
        "after": probe["after"],
    }


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def record_latency(rows: list[dict], samples: list[dict], browser_version: str) -> Path:
    """Append this run to bench/results/browser.json (rows shaped like bench.result.Row)."""
    run = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": "tests/browser/test_app_browser.py::test_input_change_updates_kpis",
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "chromium": browser_version,
        "packages": {name: _version(name) for name in ("ccx", "streamlit", "playwright")},
        "rows": rows,
        "samples": samples,
    }
    document: dict = {"runs": []}
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
    scratch = RESULTS_PATH.with_suffix(".json.tmp")
    scratch.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    scratch.replace(RESULTS_PATH)
    return RESULTS_PATH


def _row(metric: str, seconds: float, note: str = "") -> dict:
    status = "PASS" if seconds <= LATENCY_TARGET_S else "FAIL"
    return {
        "benchmark": "browser test · input → KPI",
        "metric": metric,
        "value": round(seconds, 4),
        "unit": "s",
        "target_max": LATENCY_TARGET_S,
        "fatal": False,
        "note": note,
        "status": status,
    }


# ---------------------------------------------------------------- tests


def test_app_loads_on_the_baseline(page: Page, app_url: str) -> None:
    open_app(page, app_url)

    expect(page.get_by_role("heading", name="The centre today: what it costs")).to_be_visible()
    expect(metric_value(page, "Headcount")).to_have_text(BASELINE_HEADCOUNT)
    expect(metric_value(page, "Annual cost")).to_have_text(EN_EUR)
    expect(metric_value(page, "Annual cost")).to_have_text(BASELINE_ANNUAL_COST)
    expect(metric_value(page, "Cost per contact")).to_have_text(re.compile(r"^€\d+\.\d{2}$"))
    expect(number_input(page, "Calls per month")).to_have_value(BASELINE_CALLS)
    expect(page.get_by_test_id("stAlert")).to_have_count(0)  # the baseline is valid
    assert_no_exception(page)


def test_input_change_updates_kpis(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    expect(metric_value(page, "Headcount")).to_have_text(BASELINE_HEADCOUNT)
    watch = ["Annual cost", "Headcount"]

    # The change first, then more volumes the server has not computed yet.
    samples = [timed_change(page, "Calls per month", "400000", watch)]
    first = samples[0]
    assert first["before"] == {"Annual cost": BASELINE_ANNUAL_COST, "Headcount": "250"}
    assert EN_EUR.match(first["after"]["Annual cost"]), first["after"]
    assert int(first["after"]["Headcount"].replace(",", "")) > 250, first["after"]
    for volume in ("455000", "372000"):
        samples.append(timed_change(page, "Calls per month", volume, watch))

    # The tiles settle on the figures of the last input, and nothing broke on the way.
    expect(number_input(page, "Calls per month")).to_have_value("372000")
    expect(metric_value(page, "Annual cost")).to_have_text(samples[-1]["after"]["Annual cost"])
    assert_no_exception(page)

    to_cost = [s["seconds"]["Annual cost"] for s in samples]
    to_headcount = [s["seconds"]["Headcount"] for s in samples]
    both = [max(a, h) for a, h in zip(to_cost, to_headcount, strict=True)]
    rows = [
        _row(
            "Enter → Annual cost changes (330,000 → 400,000 calls)",
            to_cost[0],
            "In Chromium: performance.now() from the keydown of Enter to the tile's text "
            "changing in the DOM (MutationObserver).",
        ),
        _row("Enter → Headcount changes (330,000 → 400,000 calls)", to_headcount[0]),
        _row(f"Enter → both tiles changed, median of {len(both)}", statistics.median(both)),
        _row(f"Enter → both tiles changed, worst of {len(both)}", max(both)),
    ]
    path = record_latency(rows, samples, page.context.browser.version)
    for row in rows:
        print(f"{row['metric']}: {row['value'] * 1000:.0f} ms (target ≤ 500 ms: {row['status']})")
    print(f"recorded in {path}")

    for seconds in both:
        assert seconds < LATENCY_BOUND_S, f"input → KPI took {seconds:.2f} s: {samples}"


def test_language_switch(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    # An edited input must survive the switch in both directions.
    enter_number(page, "Calls per month", "400000")
    expect(metric_value(page, "Headcount")).not_to_have_text(BASELINE_HEADCOUNT)
    wait_until_idle(page)
    english_cost = metric_value(page, "Annual cost").inner_text().strip()
    english_headcount = metric_value(page, "Headcount").inner_text().strip()
    assert EN_EUR.match(english_cost), english_cost

    sidebar(page).get_by_text("Nederlands", exact=True).click()
    expect(metric_value(page, "Jaarkosten")).to_have_text(NL_EUR_COMPACT)
    expect(metric_value(page, "Jaarkosten")).to_have_text(dutch_compact(english_cost))
    expect(metric_value(page, "Aantal medewerkers")).to_have_text(english_headcount)
    expect(metric_value(page, "Kosten per contact")).to_have_text(re.compile(r"^€ \d+,\d{2}$"))
    expect(page.get_by_role("heading", name="Het centrum vandaag: wat het kost")).to_be_visible()
    expect(sidebar(page).get_by_text("Aannames", exact=True)).to_be_visible()
    expect(number_input(page, "Gesprekken per maand")).to_have_value("400000")
    expect(page.get_by_test_id("stMetricLabel").filter(has_text="Annual cost")).to_have_count(0)
    assert_no_exception(page)

    sidebar(page).get_by_text("English", exact=True).click()
    expect(metric_value(page, "Annual cost")).to_have_text(english_cost)
    expect(metric_value(page, "Headcount")).to_have_text(english_headcount)
    expect(number_input(page, "Calls per month")).to_have_value("400000")
    expect(page.get_by_test_id("stMetricLabel").filter(has_text="Jaarkosten")).to_have_count(0)
    assert_no_exception(page)


def test_bad_input_shows_a_message_not_a_traceback(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    sidebar(page).get_by_text("Service level and shrinkage", exact=True).click()
    shrinkage = number_input(page, "Shrinkage (%)")
    expect(shrinkage).to_have_value(re.compile(r"^35(\.0)?$"))
    answer_within = number_input(page, "Answer within (s)")
    answer_before = answer_within.input_value()

    enter_number(page, "Shrinkage (%)", "100")
    error = page.get_by_test_id("stAlert").filter(has_text="Shrinkage (%)")
    expect(error).to_have_count(1)
    expect(error).to_contain_text(re.compile(r"\b100(\.0)?\b"))  # the value typed
    expect(error).to_contain_text(re.compile(r"\b0(\.0)? to 80(\.0)?\b"))  # the allowed range
    expect(page.get_by_test_id("stAlert").filter(has_text="last valid inputs")).to_have_count(1)
    wait_until_idle(page)
    assert_no_exception(page)

    # The figures stay those of the last valid inputs; no input was reset.
    expect(metric_value(page, "Annual cost")).to_have_text(BASELINE_ANNUAL_COST)
    expect(metric_value(page, "Headcount")).to_have_text(BASELINE_HEADCOUNT)
    expect(number_input(page, "Calls per month")).to_have_value(BASELINE_CALLS)
    expect(answer_within).to_have_value(answer_before)
    expect(shrinkage).to_have_value(re.compile(r"^100(\.0)?$"))  # the user's entry is kept

    # Correcting the input clears the message.
    enter_number(page, "Shrinkage (%)", "35")
    expect(page.get_by_test_id("stAlert")).to_have_count(0)
    expect(metric_value(page, "Annual cost")).to_have_text(BASELINE_ANNUAL_COST)
    assert_no_exception(page)


PAGES = {
    "overview": ("", "The centre today: what it costs", 1, {"Headcount": "250"}),
    "staffing": ("staffing", "Staffing with Erlang C", 2, {"Headcount": "250"}),
    "attrition": ("attrition", "What attrition costs", 2, {"Saving per year": "€98,550"}),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_with_charts(page: Page, app_url: str, name: str) -> None:
    path, title, charts, metrics = PAGES[name]
    open_app(page, app_url, path)

    expect(page.get_by_role("heading", name=title)).to_be_visible()
    for label, value in metrics.items():
        expect(metric_value(page, label)).to_have_text(value)
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart).to_have_count(charts)
    for i in range(charts):  # drawn, not just placed: vega's SVG has its marks
        expect(chart.nth(i).locator("svg.marks")).to_be_visible()
        expect(chart.nth(i).locator("svg.marks .role-mark").first).to_be_attached()
    assert_no_exception(page)


def test_sidebar_navigation_keeps_the_inputs(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    enter_number(page, "Calls per month", "400000")
    expect(metric_value(page, "Headcount")).not_to_have_text(BASELINE_HEADCOUNT)
    wait_until_idle(page)
    headcount = metric_value(page, "Headcount").inner_text().strip()

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Staffing").click()
    expect(page).to_have_url(re.compile(r"/staffing(\?draft=[\w-]+)?$"))  # a draft token may follow
    expect(page.get_by_role("heading", name="Staffing with Erlang C")).to_be_visible()
    expect(metric_value(page, "Headcount")).to_have_text(headcount)
    expect(number_input(page, "Calls per month")).to_have_value("400000")
    assert_no_exception(page)


def test_reverse_calculator_warns_when_the_queue_is_unstable(page: Page, app_url: str) -> None:
    open_app(page, app_url, "staffing")
    expect(page.get_by_role("heading", name="What N agents deliver")).to_be_visible()
    agents = number_input(page, "Agents on the phones")
    expect(agents).to_have_value(re.compile(r"^\d+$"))
    staffed = int(agents.input_value())
    assert staffed > 50, f"the busiest interval should need more than 50 agents, got {staffed}"
    expect(metric_value(page, "P(wait)")).not_to_have_text("100.0%")

    enter_number(page, "Agents on the phones", "50")
    warning = page.get_by_test_id("stAlert").filter(has_text="unstable")
    expect(warning).to_have_count(1)
    expect(warning).to_contain_text("With 50 agents")
    expect(warning).to_contain_text(re.compile(r"\d+(\.\d)? Erlangs"))
    expect(metric_value(page, "P(wait)")).to_have_text("100.0%")
    wait_until_idle(page)
    assert_no_exception(page)
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(2)

    # Back to the staffed number: stable again, the warning goes.
    enter_number(page, "Agents on the phones", str(staffed))
    expect(warning).to_have_count(0)
    expect(metric_value(page, "P(wait)")).not_to_have_text("100.0%")
    assert_no_exception(page)
