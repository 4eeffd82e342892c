"""The Excel workbook, opened again with openpyxl: sheets, headers, numbers, formats.

Every number must be the model's own, as a number (not text) and to the cent: the
ledgers on the cash-flow sheet against ``build_case``, the staffing against the
evaluation's interval arrays, the yearly table against ``Case.yearly()``. The live
formulas are recalculated by LibreOffice and must give the model's figures too.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from dataclasses import replace
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ccx_export.ledger_sheet import _line_label
from ccx_export.workbook import PERCENT_FORMAT, build_workbook, staffing_rows
from ccx_model.assumption_words import assumptions, field_source, field_unit
from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.fields import ALL_FIELDS, BY_PATH, get_path
from ccx_model.i18n import t, texts
from ccx_model.kpis import format_kpi
from ccx_model.report import Report
from ccx_model.scenario import DAYS, Scenario
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
CENT = 0.005

SHEETS = {
    # The profit centre carries ranges and haircuts: it has a Risk sheet too.
    "en": ["Assumptions", "Staffing", "Cash flow", "Yearly", "Investments", "Risk"],
    "nl": ["Aannames", "Personeelsplanning", "Kasstroom", "Per jaar", "Investeringen", "Risico"],
}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


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


@cache
def recalculated(name: str, baseline: str | None, tmp: Path) -> Any:
    """The workbook as LibreOffice recalculates it (formulas' values readable)."""
    base = scenario(baseline) if baseline else None
    source = tmp / f"{name}-{baseline}.xlsx"
    source.write_bytes(build_workbook(scenario(name), "en", base))
    out = tmp / "calc"
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return load_workbook(out / source.name, data_only=True)


def row_of(sheet: Any, label: str) -> list[Any]:
    """The month values (column C on) of the last row labelled ``label``."""
    rows = [row for row in sheet.iter_rows(values_only=True) if row[0] == label]
    assert rows, label
    return list(rows[-1][2:])


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
            # The cash-flow sheet keeps its line names and kinds in view as well.
            assert sheet.freeze_panes == ("C2" if sheet.title == SHEETS[lang][2] else "A2")
            header = [cell for cell in sheet[1] if cell.value is not None]
            assert header and all(cell.font.b for cell in header)
        yearly = book[SHEETS[lang][3]]
        assert [c.value for c in yearly[1]] == [
            t("bc.col.year", lang),
            t("bc.col.benefits", lang),
            t("bc.col.costs", lang),
            t("bc.col.net", lang),
            t("bc.col.cumulative", lang),
        ]

    def test_columns_are_wide_enough_to_read(self) -> None:
        for sheet in opened("profit_centre").worksheets:
            for letter in "AB":
                assert sheet.column_dimensions[letter].width >= 8


class TestCashFlow:
    @pytest.mark.parametrize(
        ("name", "baseline"), [("profit_centre", None), ("outsourced", "pilot")]
    )
    def test_the_scenarios_ledger_is_written_line_by_line_to_the_cent(
        self, name: str, baseline: str | None
    ) -> None:
        case = build_case(scenario(name), scenario(baseline) if baseline else None)
        sheet = opened(name, "en", baseline)["Cash flow"]
        header = [c.value for c in sheet[1]][2:]
        assert header[: case.months.size] == case.months.tolist()
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        # The scenario's ledger comes first: one signed row per line, as numbers.
        for line in case.a.lines:
            written = next(row for row in rows if _is(row, line))  # the scenario's block is first
            values = written[2 : 2 + case.months.size]
            assert all(isinstance(v, float | int) and not isinstance(v, bool) for v in values)
            assert max(abs(v - e) for v, e in zip(values, line.signed, strict=True)) < CENT

    @pytest.mark.skipif(SOFFICE is None, reason="LibreOffice recalculates the formulas")
    @pytest.mark.parametrize(
        ("name", "baseline"), [("profit_centre", None), ("outsourced", "pilot")]
    )
    def test_recalculated_the_formulas_give_the_models_case_to_the_cent(
        self, name: str, baseline: str | None, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        case = build_case(scenario(name), scenario(baseline) if baseline else None)
        book = recalculated(name, baseline, tmp_path_factory.mktemp("calc"))
        sheet = book["Cash flow"]
        months = case.months.size
        net = row_of(sheet, t("xlsx.ledger.net_cash_flow", "en"))[:months]
        cumulative = row_of(sheet, t("xlsx.ledger.cumulative", "en"))[:months]
        assert max(abs(a - b) for a, b in zip(net, case.net_eur, strict=True)) < CENT
        assert max(abs(a - b) for a, b in zip(cumulative, case.cumulative_eur, strict=True)) < 0.05
        summary = {row[0]: row[1] for row in book["Yearly"].iter_rows(values_only=True) if row[0]}
        assert abs(summary[t("xlsx.npv", "en")] - case.npv_eur) < 0.01
        assert summary[t("xlsx.roi", "en")] == pytest.approx(case.roi, rel=1e-9)
        payback = summary[t("xlsx.payback_month", "en")]
        assert (payback if payback != "" else None) == case.payback_month
        irr = case.irr.annual_rate
        if irr is not None:
            assert summary[t("xlsx.irr", "en")] == pytest.approx(irr, rel=1e-6)
        yearly = body(book["Yearly"])
        for row, expected in zip(yearly, case.yearly(), strict=False):
            assert abs(row[3] - expected["net_eur"]) < 0.05
            assert abs(row[4] - expected["cumulative_eur"]) < 0.05

    def test_money_has_the_euro_format(self) -> None:
        sheet = opened("profit_centre")["Cash flow"]
        assert sheet["D3"].number_format.startswith("€")


def _is(row: tuple[Any, ...], line: Any) -> bool:
    """Whether a sheet row is ``line`` (by the label the sheet gives it)."""
    return row[0] == _line_label(line, "en")


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
    def test_benefits_and_costs_equal_the_case_and_net_is_a_live_formula(self) -> None:
        case = build_case(scenario("profit_centre"))
        sheet = opened("profit_centre")["Yearly"]
        rows = body(sheet)[: len(case.yearly())]
        for row, expected in zip(rows, case.yearly(), strict=True):
            assert row[0] == expected["year"]
            assert abs(row[1] - expected["benefits_eur"]) < CENT
            assert abs(row[2] - expected["costs_eur"]) < CENT
            assert str(row[3]).startswith("=SUM('Cash flow'!")
            assert str(row[4]).startswith("='Cash flow'!")

    def test_beside_the_live_kpis_stand_the_apps_figures(self) -> None:
        report = Report(scenario("profit_centre"))
        sheet = opened("profit_centre")["Yearly"]
        summary = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
        for key, kpi in (("xlsx.npv", "npv"), ("xlsx.irr", "irr"), ("xlsx.roi", "roi")):
            assert str(summary[t(key, "en")][1]).startswith("='Cash flow'!")
            assert summary[t(key, "en")][2] == format_kpi(report.kpi(kpi), "en")
        assert summary[t("xlsx.irr", "en")][2] == "over 100%"
        assert summary[t("xlsx.baseline", "en")][2] == t("bc.as_is", "en")

    def test_a_case_without_irr_or_payback_says_why_in_the_language(self) -> None:
        report = Report(scenario("baseline"))
        sheet = opened("baseline", "nl")["Per jaar"]
        summary = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
        assert summary[t("xlsx.irr", "nl")][2] == format_kpi(report.kpi("irr"), "nl")
        assert summary[t("xlsx.payback_month", "nl")][2] == format_kpi(report.kpi("payback"), "nl")
        texts_nl = [row[2] for row in sheet.iter_rows(values_only=True) if row[2]]
        assert t(report.kpi("irr").note, "nl") in texts_nl

    def test_a_named_baseline_is_named(self) -> None:
        sheet = opened("outsourced", "en", "baseline")["Yearly"]
        summary = {row[0]: row[2] for row in sheet.iter_rows(values_only=True) if row[0]}
        assert summary[t("xlsx.baseline", "en")] == scenario("baseline").name


class TestAssumptions:
    def test_every_field_is_listed_with_its_path_value_and_source(self) -> None:
        s = scenario("profit_centre")
        rows = body(opened("profit_centre")["Assumptions"])
        assert [row[2] for row in rows] == [spec.path for spec in ALL_FIELDS]
        data = s.model_dump()
        for row, spec in zip(rows, ALL_FIELDS, strict=True):
            group, label, _, value, _, source = row
            assert group and label == t(f"field.{spec.path}", "en")
            assert source == field_source(spec, "en")
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
