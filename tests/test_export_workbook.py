"""The Excel workbook, opened again with openpyxl: sheets, headers, numbers, formats.

Every number must be the model's own, as a number (not text) and to the cent: the
cash flows against ``build_business_case``, the staffing against the evaluation's
interval arrays, the yearly table against ``BusinessCase.yearly()``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from ccx_model.business_case import build_business_case
from openpyxl import load_workbook

from ccx_export.workbook import (
    EUR_FORMAT,
    PERCENT_FORMAT,
    assumptions,
    build_workbook,
    field_unit,
    staffing_rows,
)
from ccx_model.evaluate import evaluate
from ccx_model.fields import ALL_FIELDS, BY_PATH, get_path
from ccx_model.i18n import t, texts
from ccx_model.scenario import DAYS, Scenario
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
CENT = 0.005

SHEETS = {
    "en": ["Assumptions", "Staffing", "Cash flows", "Yearly", "Investments"],
    "nl": ["Aannames", "Personeelsplanning", "Kasstromen", "Per jaar", "Investeringen"],
}


@cache
def scenario(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def hourly(name: str) -> Scenario:
    """A scenario planned in 60-minute intervals."""
    s = scenario(name)
    return s.model_copy(update={"service": s.service.model_copy(update={"interval_minutes": 60})})


@cache
def opened(name: str, lang: str = "en", baseline: str | None = None) -> Any:
    base = scenario(baseline) if baseline else None
    return load_workbook(BytesIO(build_workbook(scenario(name), lang, base)))


def body(sheet: Any) -> list[tuple[Any, ...]]:
    """The rows under the header, up to the first empty row."""
    rows = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if all(value is None for value in row):
            break
        rows.append(row)
    return rows


class TestSheets:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_sheets_are_named_in_the_language(self, lang: str) -> None:
        assert opened("profit_centre", lang).sheetnames == SHEETS[lang]

    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_every_header_row_is_bold_frozen_and_in_the_language(self, lang: str) -> None:
        book = opened("profit_centre", lang)
        for sheet in book.worksheets:
            assert sheet.freeze_panes == "A2"
            header = [cell for cell in sheet[1] if cell.value is not None]
            assert header and all(cell.font.b for cell in header)
        cash_flows = book[SHEETS[lang][2]]
        assert [c.value for c in cash_flows[1]] == [
            t("xlsx.col.month", lang),
            t("bc.col.benefits", lang),
            t("bc.col.costs", lang),
            t("bc.col.net", lang),
            t("bc.col.cumulative", lang),
        ]

    def test_columns_are_wide_enough_to_read(self) -> None:
        for sheet in opened("profit_centre").worksheets:
            for letter in "ABCDE":
                assert sheet.column_dimensions[letter].width >= 8


class TestCashFlows:
    @pytest.mark.parametrize(
        ("name", "baseline"), [("profit_centre", None), ("outsourced", "baseline")]
    )
    def test_each_month_equals_the_business_case_to_the_cent(
        self, name: str, baseline: str | None
    ) -> None:
        case = build_business_case(scenario(name), scenario(baseline) if baseline else None)
        rows = body(opened(name, "en", baseline)["Cash flows"])
        assert len(rows) == case.months.size
        for row, month, benefits, costs, net, cumulative in zip(
            rows,
            case.months,
            case.benefits_eur,
            case.costs_eur,
            case.net_eur,
            case.cumulative_eur,
            strict=True,
        ):
            assert row[0] == month
            for value, expected in zip(row[1:], (benefits, costs, net, cumulative), strict=True):
                assert isinstance(value, float | int) and not isinstance(value, bool)
                assert abs(value - expected) < CENT

    def test_money_has_the_euro_format(self) -> None:
        sheet = opened("profit_centre")["Cash flows"]
        assert sheet["A2"].number_format == "General"
        for column in "BCDE":
            assert sheet[f"{column}2"].number_format == EUR_FORMAT


class TestStaffing:
    @pytest.mark.parametrize("make", [lambda: scenario("profit_centre"), lambda: hourly("pilot")])
    def test_one_row_per_interval_equal_to_the_models_arrays(self, make: Any) -> None:
        s = make()
        minutes = s.service.interval_minutes
        ev = evaluate(s)
        staffing = ev.staffing.intervals
        rows = body(load_workbook(BytesIO(build_workbook(s, "en")))["Staffing"])
        assert len(rows) == 7 * 24 * 60 // minutes
        columns = list(zip(*rows, strict=True))
        assert columns[0][0] == "Monday" and columns[0][-1] == "Sunday"
        assert [(time.hour * 60 + time.minute) for time in columns[1]] == list(
            ev.staffing.load.minute_of_day
        )
        for column, array in zip(
            columns[2:],
            (
                staffing.calls,
                staffing.aht_seconds,
                staffing.traffic_erlangs,
                staffing.agents,
                staffing.service_level,
                staffing.asa_seconds,
                staffing.occupancy,
                staffing.scheduled_agents,
            ),
            strict=True,
        ):
            for value, expected in zip(column, array.tolist(), strict=True):
                if math.isfinite(expected):
                    assert value == pytest.approx(expected, rel=1e-12, abs=1e-12)
                else:
                    assert value is None

    def test_an_infinite_wait_is_left_blank(self) -> None:
        ev = evaluate(scenario("baseline"))
        staffing = ev.staffing.intervals
        asa = staffing.asa_seconds.copy()
        asa[0] = math.inf
        broken = replace(
            ev, staffing=replace(ev.staffing, intervals=replace(staffing, asa_seconds=asa))
        )
        assert staffing_rows(broken)[0][7] is None

    def test_days_are_named_in_the_language(self) -> None:
        rows = body(opened("profit_centre", "nl")["Personeelsplanning"])
        assert [rows[0][0], rows[-1][0]] == [t(f"day.{DAYS[0]}", "nl"), t(f"day.{DAYS[-1]}", "nl")]
        assert rows[0][0] == "maandag"

    def test_shares_are_percentages_and_time_is_a_time(self) -> None:
        sheet = opened("profit_centre")["Staffing"]
        assert sheet["B2"].number_format == "hh:mm"
        assert sheet["G2"].number_format == PERCENT_FORMAT  # service level
        assert sheet["I2"].number_format == PERCENT_FORMAT  # occupancy


class TestYearly:
    def test_years_equal_the_business_case(self) -> None:
        case = build_business_case(scenario("profit_centre"))
        rows = body(opened("profit_centre")["Yearly"])
        assert len(rows) == len(case.yearly())
        for row, expected in zip(rows, case.yearly(), strict=True):
            assert row[0] == expected["year"]
            for value, key in zip(
                row[1:], ("benefits_eur", "costs_eur", "net_eur", "cumulative_eur"), strict=True
            ):
                assert abs(value - expected[key]) < CENT

    def test_summary_rows_hold_npv_irr_roi_and_payback(self) -> None:
        case = build_business_case(scenario("profit_centre"))
        sheet = opened("profit_centre")["Yearly"]
        summary = {row[0].value: row[1] for row in sheet.iter_rows(min_row=len(case.yearly()) + 3)}
        assert abs(summary["NPV"].value - case.npv_eur) < CENT
        assert summary["NPV"].number_format == EUR_FORMAT
        assert summary["IRR (per year)"].value == pytest.approx(case.irr.annual_rate)
        assert summary["IRR (per year)"].number_format == PERCENT_FORMAT
        assert summary["ROI"].value == pytest.approx(case.roi)
        assert summary["Payback month"].value == case.payback_month
        assert summary["Measured against"].value == t("bc.as_is", "en")

    def test_a_case_without_irr_or_payback_says_why_in_the_language(self) -> None:
        sheet = opened("baseline", "nl")["Per jaar"]
        summary = {row[0].value: row for row in sheet.iter_rows() if row[0].value}
        irr = summary["IRR (per jaar)"]
        assert irr[1].value == "n.v.t."
        assert irr[2].value.startswith("Geen IRR: geen verandering")
        payback = summary["Terugverdienmaand"]
        assert payback[1].value == "n.v.t."
        assert payback[2].value == "Verdient zich niet terug binnen 60 maanden"

    def test_a_named_baseline_is_named(self) -> None:
        sheet = opened("outsourced", "en", "baseline")["Yearly"]
        summary = {row[0].value: row[1].value for row in sheet.iter_rows() if row[0].value}
        assert summary["Measured against"] == scenario("baseline").name


class TestAssumptions:
    def test_every_field_is_listed_with_its_path_value_and_source(self) -> None:
        s = scenario("profit_centre")
        rows = body(opened("profit_centre")["Assumptions"])
        assert [row[2] for row in rows] == [spec.path for spec in ALL_FIELDS]
        data = s.model_dump()
        for row, spec in zip(rows, ALL_FIELDS, strict=True):
            group, label, _, value, _, source = row
            assert group and label == t(f"field.{spec.path}", "en")
            assert source == spec.description()
            expected = get_path(data, spec.path)
            if isinstance(expected, str):
                assert value == t(f"choice.{expected}", "en")
            elif expected is None:
                assert value is None
            else:
                assert value == expected

    def test_percentages_are_fractions_formatted_as_percent(self) -> None:
        sheet = opened("profit_centre")["Assumptions"]
        for row in sheet.iter_rows(min_row=2):
            path, value, unit = row[2].value, row[3], row[4].value
            spec = BY_PATH[path]
            if field_unit(spec) == "percent" and value.value is not None:
                assert value.number_format == PERCENT_FORMAT
                assert -1 <= value.value <= 5  # a fraction, not "35"
                assert unit == "%"

    def test_units_are_in_the_language(self) -> None:
        by_path = {row[2]: row for row in body(opened("profit_centre", "nl")["Aannames"])}
        assert by_path["demand.aht_seconds"][4] == "seconden"
        assert by_path["workforce.team_leader_cost_eur_per_year"][4] == "EUR"
        assert by_path["service.shrinkage"][5].startswith("Deel van de betaalde tijd")

    def test_rows_are_the_ones_the_deck_shows(self) -> None:
        rows = assumptions(scenario("profit_centre"), "nl")
        assert [row.path for row in rows] == [spec.path for spec in ALL_FIELDS]


class TestInvestments:
    def test_each_investment_is_a_row_of_numbers(self) -> None:
        items = scenario("profit_centre").business_case.investments
        rows = body(opened("profit_centre")["Investments"])
        assert rows == [
            (i.name, i.one_off_eur, i.month, i.recurring_eur_per_month, i.recurring_from_month)
            for i in items
        ]


def test_every_new_text_of_the_workbook_is_in_english_and_dutch() -> None:
    keys = [key for key in texts("en") if key.startswith("xlsx.")]
    assert len(keys) >= 41
    assert all(texts("nl").get(key) for key in keys)
