"""The profit-centre, value and business-case pages, driven headless with ``AppTest``.

Every figure a tile shows is compared with what ``ccx_model`` computes for the same
scenario, formatted the way the page formats it, so no number here is typed in by
hand. Each test starts from a fresh session with the baseline scenario open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_tiles import page_helps, page_tiles, tile_value
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Metric

from ccx_app import state
from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.fields import BY_PATH, PROFIT_GROUPS, set_path
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.levers import SELLING
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario, scenario_from_dict
from ccx_model.value import cost_of_poor_service

ROOT = Path(__file__).resolve().parent.parent  # the project: app.py lives here
APP = ROOT / "app.py"
PAGES = {
    "overview": "ccx_app/pages/overview.py",
    "profit": "ccx_app/pages/profit.py",
    "value": "ccx_app/pages/value.py",
    "business_case": "ccx_app/pages/business_case.py",
}
NEW_PAGES = ("profit", "value", "business_case")
SCENARIOS = ("baseline.yaml", "pilot.yaml", "profit_centre.yaml")
# The first run imports the charting stack; later runs take well under a second.
TIMEOUT_S = 30


# ---------------------------------------------------------------- helpers


def start(page: str = "profit", scenario: str = "baseline.yaml", lang: str = "en") -> AppTest:
    """A fresh session of the app with ``scenario`` open, on ``page``, in ``lang``."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
    if scenario != state.DEFAULT_SCENARIO:
        at.selectbox(key="scenario_file").set_value(scenario).run()
    at.switch_page(PAGES[page]).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    assert_no_exception(at)
    return at


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def tiles(at: AppTest) -> dict[str, Metric]:
    """Metric label -> the metric element; the first wins where a label repeats."""
    shown: dict[str, Metric] = {}
    for metric in at.metric:
        shown.setdefault(metric.label, metric)
    return shown


def metrics(at: AppTest) -> dict[str, str]:
    """Metric label -> shown value."""
    return {label: metric.value for label, metric in tiles(at).items()}


def help_text(metric: Metric) -> str:
    return str(metric.proto.help)


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def amount(shown: str) -> float:
    """'€1,368,576' / '-€9,113,784' / '3.1' (English format) as a number."""
    sign = -1.0 if shown.startswith("-") else 1.0
    return sign * float(shown.lstrip("-").removeprefix("€").replace(",", ""))


def bundled(name: str) -> Scenario:
    return load_scenario(state.SCENARIO_DIR / name)


def changed(scenario: Scenario, values: dict[str, Any]) -> Scenario:
    """``scenario`` with some fields (dotted paths, model units) set, validated again."""
    data = scenario.model_dump(mode="python")
    for path, value in values.items():
        set_path(data, path, value)
    return scenario_from_dict(data)


def profit_inputs(at: AppTest) -> dict[str, object]:
    """The value of every input drawn on the current page from ``PROFIT_GROUPS``."""
    keys = {spec.key for group in PROFIT_GROUPS.values() for spec in group}
    widgets = [*at.toggle, *at.number_input, *at.selectbox, *at.radio]
    return {w.key: w.value for w in widgets if w.key in keys}


def shown_input(path: str, scenario: Scenario) -> object:
    """What the form shows for ``path`` of ``scenario`` (percentages for shares)."""
    value: Any = scenario.model_dump(mode="python")
    for part in path.split("."):
        value = value[part]
    return BY_PATH[path].to_display(value)


# ------------------------------------------------- what the model says a page shows


def expected_tiles(
    page: str, scenario: Scenario, lang: str, baseline: Scenario | None = None
) -> dict[str, str]:
    """KPI label -> value: the report's figures as the page must write them."""
    report = Report(scenario, baseline)
    shown = page_tiles(report, page, lang)
    if page == "value":  # the sum of the four, on a row of its own
        kpi = report.kpi("cost_of_poor_service")
        shown[t("kpi.cost_of_poor_service", lang)] = tile_value(kpi, lang)
    return shown


def expected_help_parts(page: str, scenario: Scenario, lang: str) -> dict[str, tuple[str, ...]]:
    """KPI label -> figures its explanation must quote, computed by the model itself."""
    if page == "profit":
        ev = evaluate(scenario)
        streams = ev.revenue.by_name()
        return {
            t("kpi.gross_margin", lang): tuple(
                format_eur(streams[name].margin_eur_per_year, lang) for name in SELLING
            ),
            t("kpi.net_result", lang): (
                format_eur(ev.revenue.total_eur, lang),
                format_eur(ev.cost.total_eur, lang),
            ),
        }
    if page == "value":
        quality = scenario.quality
        poor = cost_of_poor_service(scenario)
        fcr = format_percent(quality.first_contact_resolution_target, lang, 0)
        first = format_number(poor.first_contacts_per_year, lang)
        return {
            t("kpi.repeat_contacts", lang): (
                first,
                fcr,
                format_number(quality.repeat_contacts_per_unresolved, lang, 2),
            ),
            t("kpi.customers_lost", lang): (
                first,
                fcr,
                format_percent(quality.churn_share_of_unresolved, lang),
            ),
        }
    months = str(scenario.business_case.horizon_months)
    rate = format_percent(scenario.business_case.discount_rate_per_year, lang)
    return {t("kpi.npv", lang): (rate, months)}


# ---------------------------------------------------------------- tests


class TestPagesRender:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    @pytest.mark.parametrize("scenario", SCENARIOS)
    @pytest.mark.parametrize("page", NEW_PAGES)
    def test_page_shows_the_models_figures(self, page: str, scenario: str, lang: str) -> None:
        at = start(page, scenario, lang)
        title = {"profit": "profit.title", "value": "value.title", "business_case": "bc.title"}
        assert at.title[0].value == t(title[page], lang)
        assert metrics(at) == expected_tiles(page, bundled(scenario), lang)
        assert not errors(at)
        assert not warnings(at)

    @pytest.mark.parametrize("scenario", state.bundled_scenarios())
    @pytest.mark.parametrize("page", NEW_PAGES)
    def test_every_bundled_scenario_opens_on_every_new_page(self, page: str, scenario: str) -> None:
        at = start(page, scenario)
        assert at.title[0].value
        assert len(at.metric) >= 4
        assert all(m.value for m in at.metric)
        assert not errors(at)

    @pytest.mark.parametrize("scenario", SCENARIOS)
    def test_the_yearly_table_has_a_row_per_year_of_the_models_figures(self, scenario: str) -> None:
        at = start("business_case", scenario)
        opened = bundled(scenario)
        rows = build_case(opened).yearly()
        table = at.dataframe[0].value
        assert len(table) == (opened.business_case.horizon_months + 11) // 12
        # Each year says which months it covers (month 0, the outlay, is in year 1).
        assert table["Year"].tolist() == [
            f"Year {row['year']} (months {row['first_month']}–{row['last_month']})" for row in rows
        ]
        assert table["Benefits"].tolist() == [format_eur(row["benefits_eur"]) for row in rows]
        assert table["Net"].tolist() == [format_eur(row["net_eur"]) for row in rows]
        assert table["Cumulative"].tolist() == [format_eur(row["cumulative_eur"]) for row in rows]


class TestEveryKpiExplainsHowItIsComputed:
    @pytest.mark.parametrize("page", NEW_PAGES)
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_every_tile_has_a_help_text(self, page: str, lang: str) -> None:
        at = start(page, "profit_centre.yaml", lang)
        missing = [label for label, metric in tiles(at).items() if not help_text(metric).strip()]
        assert not missing, f"tiles without an explanation: {missing}"

    @pytest.mark.parametrize("lang", ["en", "nl"])
    @pytest.mark.parametrize("scenario", SCENARIOS)
    @pytest.mark.parametrize("page", NEW_PAGES)
    def test_the_explanation_quotes_the_figures_it_is_computed_from(
        self, page: str, scenario: str, lang: str
    ) -> None:
        at = start(page, scenario, lang)
        shown = tiles(at)
        for label, parts in expected_help_parts(page, bundled(scenario), lang).items():
            explanation = help_text(shown[label])
            for part in parts:
                assert part in explanation, (label, part, explanation)

    @pytest.mark.parametrize("lang", ["en", "nl"])
    @pytest.mark.parametrize("page", NEW_PAGES)
    def test_each_help_is_the_reports_explanation(self, page: str, lang: str) -> None:
        at = start(page, "profit_centre.yaml", lang)
        expected = page_helps(Report(bundled("profit_centre.yaml")), page, lang)
        shown = tiles(at)
        for label, text in expected.items():
            assert help_text(shown[label]) == text, label

    def test_the_npv_explanation_follows_the_horizon_and_the_discount_rate(self) -> None:
        at = start("business_case", "profit_centre.yaml")
        at.selectbox(key="in.business_case.horizon_months").set_value(36).run()
        at.number_input(key="in.business_case.discount_rate_per_year").set_value(12.5).run()
        assert_no_exception(at)
        explanation = help_text(tiles(at)["NPV"])
        assert "12.5%" in explanation
        assert "m = 0…36" in explanation
        assert "12.5%" in at.caption[0].value


class TestZeroCase:
    """The baseline switches no lever on: nothing is earned, nothing is invested."""

    def test_profit_page_says_no_stream_is_switched_on(self) -> None:
        at = start("profit")
        assert [i.value for i in at.info] == [t("profit.no_streams", "en")]
        shown = metrics(at)
        assert shown["Gross margin per year"] == "€0"
        assert shown["Extra FTE for selling"] == "0.0"

    @pytest.mark.parametrize("scenario", ["pilot.yaml", "profit_centre.yaml"])
    def test_profit_page_says_nothing_of_the_kind_when_a_stream_is_on(self, scenario: str) -> None:
        at = start("profit", scenario)
        assert not at.info

    def test_business_case_never_pays_back_and_says_why_there_is_no_irr(self) -> None:
        at = start("business_case")
        case = build_case(bundled("baseline.yaml"))
        assert case.payback_month is None
        assert case.irr.annual_rate is None
        shown = metrics(at)
        assert shown["Payback"] == "not within 60 months"
        # Against itself the case is zero: the tiles say why there is no IRR or ROI.
        assert shown["IRR (per year)"] == "n/a (no change)"
        assert shown["ROI"] == "n/a (no costs)"
        assert shown["NPV"] == "€0" == format_eur(case.npv_eur)

    def test_the_zero_case_speaks_dutch_too(self) -> None:
        at = start("business_case", lang="nl")
        shown = metrics(at)
        assert shown["Terugverdientijd"] == "niet binnen 60 maanden"
        assert shown["IRR (per jaar)"].startswith("n.v.t.")
        irr = next(m for m in at.metric if m.label == "IRR (per jaar)")
        assert help_text(irr).strip()

    @pytest.mark.parametrize(
        "scenario",
        ["baseline.yaml", "failure_demand_halved.yaml", "outsourced.yaml"],
    )
    def test_without_a_stream_selling_costs_nothing_and_needs_no_one(self, scenario: str) -> None:
        opened = bundled(scenario)
        assert not any(getattr(opened, name).enabled for name in SELLING)
        at = start("profit", scenario)
        assert [i.value for i in at.info] == [t("profit.no_streams", "en")]
        shown = metrics(at)
        assert shown["Gross margin per year"] == "€0"
        assert shown["Cost of selling per year"] == "€0"
        assert shown["Extra FTE for selling"] == "0.0"


class TestCrossSellOnTheProfitPage:
    def test_switching_cross_sell_on_earns_revenue_and_needs_sellers(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        assert_no_exception(at)
        assert not at.info  # a stream is on now
        shown = metrics(at)
        assert amount(shown["Gross margin per year"]) > 0
        assert amount(shown["Extra FTE for selling"]) > 0
        expected = changed(bundled("baseline.yaml"), {"cross_sell.enabled": True})
        assert shown == expected_tiles("profit", expected, "en")

    def test_higher_conversion_raises_revenue(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        before = amount(metrics(at)["Gross margin per year"])
        at.number_input(key="in.cross_sell.conversion_rate").set_value(12.0).run()
        assert_no_exception(at)
        shown = metrics(at)
        assert amount(shown["Gross margin per year"]) > before
        expected = changed(
            bundled("baseline.yaml"),
            {"cross_sell.enabled": True, "cross_sell.conversion_rate": 0.12},
        )
        assert shown == expected_tiles("profit", expected, "en")

    def test_conversion_above_100_is_named_with_its_range_and_the_figures_stay(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        at.number_input(key="in.cross_sell.conversion_rate").set_value(12.0).run()
        last_valid = metrics(at)
        at.number_input(key="in.cross_sell.conversion_rate").set_value(150.0).run()
        assert_no_exception(at)
        assert [e for e in errors(at) if "Conversion (%)" in e and "0 to 100" in e], errors(at)
        assert len(errors(at)) == 1
        assert any("last valid inputs" in w for w in warnings(at))
        assert metrics(at) == last_valid
        # The bad value stays in its box, so it can be corrected.
        assert at.number_input(key="in.cross_sell.conversion_rate").value == 150.0

    def test_correcting_the_conversion_clears_the_message(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        at.number_input(key="in.cross_sell.conversion_rate").set_value(150.0).run()
        at.number_input(key="in.cross_sell.conversion_rate").set_value(10.0).run()
        assert not errors(at)
        assert not warnings(at)
        expected = changed(
            bundled("baseline.yaml"),
            {"cross_sell.enabled": True, "cross_sell.conversion_rate": 0.10},
        )
        assert metrics(at) == expected_tiles("profit", expected, "en")


class TestPageInputsSurviveNavigation:
    def test_a_profit_input_still_drives_the_business_case_after_another_page(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        at.number_input(key="in.cross_sell.conversion_rate").set_value(12.0).run()
        at.switch_page(PAGES["overview"]).run()
        assert_no_exception(at)
        at.switch_page(PAGES["business_case"]).run()
        assert_no_exception(at)
        expected = changed(
            bundled("baseline.yaml"),
            {"cross_sell.enabled": True, "cross_sell.conversion_rate": 0.12},
        )
        assert metrics(at) == expected_tiles("business_case", expected, "en")
        assert (
            metrics(at)["NPV"]
            != expected_tiles("business_case", bundled("baseline.yaml"), "en")["NPV"]
        )

        at.switch_page(PAGES["profit"]).run()
        assert at.toggle(key="in.cross_sell.enabled").value is True
        assert at.number_input(key="in.cross_sell.conversion_rate").value == 12.0

    def test_business_case_and_value_inputs_survive_a_round_trip(self) -> None:
        at = start("business_case", "profit_centre.yaml")
        at.selectbox(key="in.business_case.horizon_months").set_value(84).run()
        at.number_input(key="in.business_case.discount_rate_per_year").set_value(10.0).run()
        at.switch_page(PAGES["value"]).run()
        at.number_input(key="in.quality.first_contact_resolution_target").set_value(85.0).run()
        at.switch_page(PAGES["overview"]).run()
        at.switch_page(PAGES["business_case"]).run()
        assert_no_exception(at)
        assert at.selectbox(key="in.business_case.horizon_months").value == 84
        assert at.number_input(key="in.business_case.discount_rate_per_year").value == 10.0
        expected = changed(
            bundled("profit_centre.yaml"),
            {
                "business_case.horizon_months": 84,
                "business_case.discount_rate_per_year": 0.10,
                "quality.first_contact_resolution_target": 0.85,
            },
        )
        assert metrics(at) == expected_tiles("business_case", expected, "en")
        at.switch_page(PAGES["value"]).run()
        assert at.number_input(key="in.quality.first_contact_resolution_target").value == 85.0

    def test_a_profit_input_survives_a_language_switch(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        at.radio(key="lang").set_value("nl").run()
        assert_no_exception(at)
        assert at.toggle(key="in.cross_sell.enabled").value is True
        expected = changed(bundled("baseline.yaml"), {"cross_sell.enabled": True})
        assert metrics(at) == expected_tiles("profit", expected, "nl")


class TestBusinessCaseHorizon:
    def test_a_ten_year_horizon_has_ten_rows_in_the_yearly_table(self) -> None:
        at = start("business_case", "profit_centre.yaml")
        at.selectbox(key="in.business_case.horizon_months").set_value(120).run()
        assert_no_exception(at)
        table = at.dataframe[0].value
        assert len(table) == 10
        assert table["Year"].tolist()[-1] == "Year 10 (months 109–120)"
        expected = changed(bundled("profit_centre.yaml"), {"business_case.horizon_months": 120})
        assert metrics(at) == expected_tiles("business_case", expected, "en")
        assert "m = 0…120" in help_text(tiles(at)["NPV"])

    def test_the_zero_case_over_ten_years_never_pays_back_within_120_months(self) -> None:
        at = start("business_case")
        at.selectbox(key="in.business_case.horizon_months").set_value(120).run()
        assert len(at.dataframe[0].value) == 10
        assert metrics(at)["Payback"] == "not within 120 months"


class TestBusinessCaseBaseline:
    def test_measured_against_a_library_scenario_the_tiles_follow_the_model(self) -> None:
        at = start("business_case", "profit_centre.yaml")
        at.selectbox(key="bc_baseline").set_value("baseline.yaml").run()
        assert_no_exception(at)
        case = build_case(bundled("profit_centre.yaml"), bundled("baseline.yaml"))
        shown = metrics(at)
        assert shown == expected_tiles(
            "business_case", bundled("profit_centre.yaml"), "en", bundled("baseline.yaml")
        )
        assert shown["ROI"] == format_percent(case.roi or 0.0, "en", 0)
        # Named by the scenario's name, never its file.
        assert "“Baseline”" in at.caption[0].value
        assert "baseline.yaml" not in at.caption[0].value
        assert len(at.dataframe[0].value) == 5


class TestReset:
    def test_reset_restores_the_profit_value_and_business_case_inputs(self) -> None:
        at = start("profit", "profit_centre.yaml")
        opened = bundled("profit_centre.yaml")
        at.toggle(key="in.cross_sell.enabled").set_value(False).run()
        at.number_input(key="in.outbound.conversion_rate").set_value(20.0).run()
        at.switch_page(PAGES["value"]).run()
        at.number_input(key="in.quality.first_contact_resolution_target").set_value(90.0).run()
        at.switch_page(PAGES["business_case"]).run()
        at.selectbox(key="in.business_case.horizon_months").set_value(24).run()
        at.number_input(key="in.business_case.discount_rate_per_year").set_value(15.0).run()
        assert metrics(at) != expected_tiles("business_case", opened, "en")

        at.button(key="reset").click().run()
        assert_no_exception(at)
        assert metrics(at) == expected_tiles("business_case", opened, "en")
        assert at.selectbox(key="in.business_case.horizon_months").value == 60
        for path in ("business_case.horizon_months", "business_case.discount_rate_per_year"):
            assert profit_inputs(at)[f"in.{path}"] == shown_input(path, opened)

        at.switch_page(PAGES["value"]).run()
        path = "quality.first_contact_resolution_target"
        assert profit_inputs(at)[f"in.{path}"] == shown_input(path, opened)
        at.switch_page(PAGES["profit"]).run()
        assert metrics(at) == expected_tiles("profit", opened, "en")
        for key, value in profit_inputs(at).items():
            assert value == shown_input(key.removeprefix("in."), opened), key

    def test_reset_after_switching_a_stream_on_brings_back_the_zero_case(self) -> None:
        at = start("profit")
        at.toggle(key="in.cross_sell.enabled").set_value(True).run()
        at.number_input(key="in.cross_sell.conversion_rate").set_value(150.0).run()
        assert errors(at)
        at.button(key="reset").click().run()
        assert_no_exception(at)
        assert not errors(at)
        assert at.toggle(key="in.cross_sell.enabled").value is False
        opened = bundled("baseline.yaml")
        assert at.number_input(key="in.cross_sell.conversion_rate").value == shown_input(
            "cross_sell.conversion_rate", opened
        )
        assert metrics(at) == expected_tiles("profit", opened, "en")
        assert [i.value for i in at.info] == [t("profit.no_streams", "en")]
