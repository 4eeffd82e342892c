"""The Excel workbook: every assumption, the week of interval staffing, the business
case's ledgers with live formulas, the years — as numbers a finance team can
recalculate, not as text.

Sheets: assumptions (label, path, value, unit, source), staffing (one row per interval
of the week), cash flow (both ledgers line by line and month by month, the difference,
NPV, IRR, ROI and payback as formulas: ``ledger_sheet``), yearly (one row per year, its
net and cumulative as formulas over the cash-flow sheet, then the KPIs as the app shows
them), investments, for a pilot or a targeted scenario its Pilot sheet
(``pilot_sheet``), and for a scenario with ranges or haircuts the risk (``risk_sheet``).
Sheet names and headers are in the chosen language; values keep
full precision and only their number format rounds them.

The assumption rows are shared with the deck's appendix (``assumptions``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ccx_model.assumption_words import assumptions
from ccx_model.bundled_names import display_name
from ccx_model.evaluate import Evaluation
from ccx_model.i18n import t
from ccx_model.kpis import format_kpi
from ccx_model.report import Report
from ccx_model.scenario import DAYS, Scenario
from ccx_model.text import printable

from .ledger_sheet import SummaryCells, write_cash_flow_sheet
from .pilot_sheet import write_pilot_sheet
from .risk_sheet import write_risk_sheet

ACCENT = "0B6E4F"
EUR_FORMAT = "€ #,##0"
EUR_CENTS_FORMAT = "€ #,##0.00"
NUMBER_FORMAT = "#,##0.00"
ONE_DECIMAL_FORMAT = "#,##0.0"
PERCENT_FORMAT = "0.0%"
TIME_FORMAT = "hh:mm"


# The workbook.


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header key, width (characters), number format."""

    header_key: str
    width: float
    number_format: str | None = None


def build_workbook(scenario: Scenario, lang: str = "en", baseline: Scenario | None = None) -> bytes:
    """The workbook of ``scenario`` (business case against ``baseline``, default its
    own starting centre), as ``.xlsx`` bytes."""
    report = Report(scenario, baseline)
    book = Workbook()
    book.remove(book.active)
    _assumptions_sheet(book, scenario, lang)
    _staffing_sheet(book, report.evaluation, lang)
    cash_flow = book.create_sheet(t("xlsx.sheet.cash_flow", lang)[:31])
    cells = write_cash_flow_sheet(cash_flow, report.case, lang)
    yearly = _yearly_sheet(book, report, cash_flow.title, cells, lang)
    _investments_sheet(book, scenario, lang)
    if report.service_curve is not None:
        _service_curve_sheet(book, report, lang)
    if scenario.pilot is not None or scenario.targeting is not None:
        write_pilot_sheet(book.create_sheet(t("xlsx.sheet.pilot", lang)[:31]), report, lang)
    if scenario.ranges or not scenario.risk_adjustment.is_plan:
        write_risk_sheet(book.create_sheet(t("xlsx.sheet.risk", lang)[:31]), report, lang)
    book.properties.title = printable(f"{display_name(scenario.name, lang)} — ccx")
    book.properties.creator = "ccx"
    _text_stays_text(book, own={cash_flow.title: None, yearly.title: YEARLY_FORMULA_COLUMNS})
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """``sheet.append`` with every text made printable (a spreadsheet refuses control
    characters)."""
    sheet.append([printable(v) if isinstance(v, str) else v for v in values])


def _text_stays_text(book: Workbook, own: dict[str, frozenset[int] | None]) -> None:
    """Every text cell is text: openpyxl takes a text that starts with ``=`` for a
    formula (a scenario named ``=HYPERLINK(...)`` would run on opening the file), so
    each such cell is written as a string — except ccx's own formulas, in the columns
    ``own`` names per sheet (None: every column from C on: the cash-flow sheet, whose
    labels, a user's text among them, sit in columns A and B)."""
    for sheet in book.worksheets:
        if sheet.title not in own:
            columns: frozenset[int] | None = frozenset()
        else:
            columns = own[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                ours = cell.column > 2 if columns is None else cell.column in columns
                if cell.data_type == "f" and not ours:
                    cell.data_type = "s"


def _sheet(book: Workbook, name_key: str, lang: str, columns: Sequence[Column]) -> Worksheet:
    """A sheet with a bold header row on the accent colour, frozen, and column widths."""
    sheet = book.create_sheet(t(name_key, lang)[:31])
    _append(sheet, [t(c.header_key, lang) for c in columns])
    fill = PatternFill("solid", fgColor=ACCENT)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    sheet.row_dimensions[1].height = 32
    for i, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    sheet.freeze_panes = "A2"
    return sheet


def _format_rows(sheet: Worksheet, columns: Sequence[Column], first_row: int = 2) -> None:
    for row in sheet.iter_rows(min_row=first_row, max_col=len(columns)):
        for cell, column in zip(row, columns, strict=True):
            if column.number_format and isinstance(cell.value, int | float | time):
                cell.number_format = column.number_format


def _assumptions_sheet(book: Workbook, scenario: Scenario, lang: str) -> None:
    columns = (
        Column("xlsx.col.group", 30),
        Column("xlsx.col.assumption", 42),
        Column("xlsx.col.path", 44),
        Column("xlsx.col.value", 16),
        Column("xlsx.col.unit", 12),
        Column("xlsx.col.source", 100),
    )
    sheet = _sheet(book, "xlsx.sheet.assumptions", lang, columns)
    for row in assumptions(scenario, lang):
        value = row.value
        if isinstance(value, str):
            value = row.shown  # a choice, translated
        _append(sheet, [row.group, row.label, row.path, value, row.unit, row.source])
        cell = sheet.cell(sheet.max_row, 4)
        if row.is_percent and isinstance(value, int | float):
            cell.number_format = PERCENT_FORMAT
        elif row.unit == "EUR" and isinstance(value, int | float):
            cell.number_format = EUR_CENTS_FORMAT
        sheet.cell(sheet.max_row, 6).alignment = Alignment(wrap_text=True, vertical="top")


def _blank_if_infinite(values: Any) -> list[float | None]:
    """The values as floats, ``None`` (an empty cell) where not finite."""
    return [value if math.isfinite(value) else None for value in values.tolist()]


def staffing_rows(evaluation: Evaluation, lang: str = "en") -> list[list[Any]]:
    """One row per interval of the week, Monday 00:00 first: day, time, calls, AHT,
    Erlangs, agents, service level, ASA (None when infinite), occupancy, scheduled."""
    load, staffing = evaluation.staffing.load, evaluation.staffing.intervals
    days = [t(f"day.{day}", lang) for day in DAYS]
    rows = zip(
        [days[day] for day in load.day_index.tolist()],
        [time(minute // 60, minute % 60) for minute in load.minute_of_day.tolist()],
        staffing.calls.tolist(),
        staffing.aht_seconds.tolist(),
        staffing.traffic_erlangs.tolist(),
        staffing.agents.tolist(),
        _blank_if_infinite(staffing.service_level),
        _blank_if_infinite(staffing.asa_seconds),
        _blank_if_infinite(staffing.occupancy),
        staffing.scheduled_agents.tolist(),
        strict=True,
    )
    return [list(row) for row in rows]


def _staffing_sheet(book: Workbook, evaluation: Evaluation, lang: str) -> None:
    columns = (
        Column("xlsx.col.day", 13),
        Column("xlsx.col.time", 8, TIME_FORMAT),
        Column("xlsx.col.calls", 12, NUMBER_FORMAT),
        Column("xlsx.col.aht", 16, ONE_DECIMAL_FORMAT),
        Column("xlsx.col.erlangs", 14, NUMBER_FORMAT),
        Column("xlsx.col.agents", 14),
        Column("xlsx.col.service_level", 14, PERCENT_FORMAT),
        Column("xlsx.col.asa", 16, ONE_DECIMAL_FORMAT),
        Column("xlsx.col.occupancy", 14, PERCENT_FORMAT),
        Column("xlsx.col.scheduled", 18),
    )
    sheet = _sheet(book, "xlsx.sheet.staffing", lang, columns)
    for row in staffing_rows(evaluation, lang):
        _append(sheet, row)
    _format_rows(sheet, columns)
    sheet.auto_filter.ref = sheet.dimensions


# The yearly sheet's columns that hold ccx's formulas: the live KPIs (B), net and
# cumulative (D, E). A user's text (the scenario's name) goes in column C.
YEARLY_FORMULA_COLUMNS = frozenset({2, 4, 5})


def _yearly_sheet(
    book: Workbook, report: Report, cash_flow: str, cells: SummaryCells, lang: str
) -> Worksheet:
    """One row per year: benefits and costs (values, line by line as the case splits
    them), net and cumulative as formulas over the cash-flow sheet; then the KPIs as
    the app shows them, and the live NPV, IRR, ROI and payback beside them."""
    columns = (
        Column("bc.col.year", 26),
        Column("bc.col.benefits", 18, EUR_FORMAT),
        Column("bc.col.costs", 16, EUR_FORMAT),
        Column("bc.col.net", 16, EUR_FORMAT),
        Column("bc.col.cumulative", 16, EUR_FORMAT),
    )
    sheet = _sheet(book, "xlsx.sheet.yearly", lang, columns)
    quoted = "'" + cash_flow.replace("'", "''") + "'"
    months = cells.month_columns
    for row in report.case.yearly():
        first, last = months[int(row["first_month"])], months[int(row["last_month"])]
        _append(
            sheet,
            [
                int(row["year"]),
                row["benefits_eur"],
                row["costs_eur"],
                f"=SUM({quoted}!{first}{cells.net_row}:{last}{cells.net_row})",
                f"={quoted}!{last}{cells.cumulative_row}",
            ],
        )
    _format_rows(sheet, columns)
    case = report.case
    summary: list[tuple[str, Any, str | None, str]] = [
        ("xlsx.npv", f"={quoted}!{cells.npv}", EUR_FORMAT, format_kpi(report.kpi("npv"), lang)),
        ("xlsx.irr", f"={quoted}!{cells.irr}", PERCENT_FORMAT, format_kpi(report.kpi("irr"), lang)),
        ("xlsx.roi", f"={quoted}!{cells.roi}", PERCENT_FORMAT, format_kpi(report.kpi("roi"), lang)),
        (
            "xlsx.payback_month",
            f"={quoted}!{cells.payback}",
            None,
            format_kpi(report.kpi("payback"), lang),
        ),
        ("xlsx.discount_rate", case.discount_rate_per_year, PERCENT_FORMAT, ""),
        ("xlsx.horizon_months", case.horizon_months, None, ""),
    ]
    names = [
        ("xlsx.scenario", display_name(report.scenario.name, lang)),
        (
            "xlsx.baseline",
            t("bc.as_is", lang)
            if report.baseline is None
            else display_name(report.baseline.name, lang),
        ),
    ]
    irr_note = report.kpi("irr").note
    _append(sheet, [])
    _append(sheet, [t("xlsx.live", lang), None, t("xlsx.as_shown", lang)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for key, value, number_format, shown in summary:
        _append(sheet, [t(key, lang), value, shown or None])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        if number_format:
            sheet.cell(sheet.max_row, 2).number_format = number_format
    if irr_note:
        _append(sheet, [None, None, t(irr_note, lang)])
    for key, name in names:  # a user's text: in column C, never read as a formula
        _append(sheet, [t(key, lang), None, name])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    return sheet


def _investments_sheet(book: Workbook, scenario: Scenario, lang: str) -> None:
    columns = (
        Column("bc.col.name", 48),
        Column("bc.col.one_off", 16, EUR_FORMAT),
        Column("bc.col.month", 16),
        Column("bc.col.recurring", 16, EUR_FORMAT),
        Column("bc.col.from_month", 14),
    )
    sheet = _sheet(book, "xlsx.sheet.investments", lang, columns)
    for item in scenario.business_case.investments:
        _append(
            sheet,
            [
                display_name(item.name, lang),
                item.one_off_eur,
                item.month,
                item.recurring_eur_per_month,
                item.recurring_from_month,
            ],
        )
    _format_rows(sheet, columns)


def _service_curve_sheet(book: Workbook, report: Report, lang: str) -> None:
    """The service level that pays: per target, people, lost margin, total; the cheapest
    marked (with callers' patience only)."""
    curve = report.service_curve
    assert curve is not None
    columns = (
        Column("service.axis.target", 18, "0%"),
        Column("service.part.people", 20, EUR_FORMAT),
        Column("service.part.lost", 26, EUR_FORMAT),
        Column("service.axis.cost", 20, EUR_FORMAT),
        Column("xlsx.service.reached", 18, PERCENT_FORMAT),
        Column("kpi.abandonment", 18, PERCENT_FORMAT),
        Column("xlsx.service.cheapest", 14),
    )
    sheet = _sheet(book, "xlsx.sheet.service_curve", lang, columns)
    best = curve.best.target
    for point in curve.points:
        _append(
            sheet,
            [
                point.target,
                point.agents_cost_eur,
                point.lost_margin_eur,
                point.total_eur,
                point.service_level,
                point.abandonment,
                t("xlsx.service.cheapest_mark", lang) if point.target == best else "",
            ],
        )
    _format_rows(sheet, columns)
