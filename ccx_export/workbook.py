"""The Excel workbook: every assumption, the week of interval staffing, the monthly and
yearly cash flows — as numbers a finance team can recalculate, not as text.

Sheets: assumptions (label, path, value, unit, source), staffing (one row per interval
of the week), cash flows (one row per month, 0 = now), yearly (one row per year, then
NPV, IRR, ROI and payback), investments. Sheet names and headers are in the chosen
language; values keep full precision and only their number format rounds them.

The assumption rows are shared with the deck's appendix (``assumptions``): every field
the app's form shows (``ccx_app.fields``), under the form's group headings.
"""

from __future__ import annotations

import contextlib
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

from ccx_app.fields import GROUPS, PROFIT_GROUPS, FieldSpec, get_path
from ccx_app.texts import t
from ccx_model.business_case import BusinessCase, build_business_case
from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.i18n import format_short
from ccx_model.scenario import DAYS, Scenario
from ccx_model.text import printable

ACCENT = "0B6E4F"
EUR_FORMAT = "€ #,##0"
EUR_CENTS_FORMAT = "€ #,##0.00"
NUMBER_FORMAT = "#,##0.00"
ONE_DECIMAL_FORMAT = "#,##0.0"
PERCENT_FORMAT = "0.0%"
TIME_FORMAT = "hh:mm"


# Assumptions: shared with the deck's appendix.


@dataclass(frozen=True)
class Assumption:
    """One input of the scenario as an export shows it."""

    path: str
    group: str  # the heading the form shows it under
    label: str
    value: Any  # the model's own value: a fraction for a percentage, a bool for a switch
    shown: str  # written out for the language: "35%", "on", "330,000"
    unit: str  # "%", "EUR", "seconds", … ("" when the label says it all)
    is_percent: bool
    source: str  # the field's description (Dutch tooltip in Dutch)


# Tokens of a field name and the unit they stand for, the first match wins:
# ``team_leader_cost_eur_per_year`` is in EUR, ``ramp_up_months`` in months.
UNIT_TOKENS = (
    ("eur", "eur"),
    ("seconds", "seconds"),
    ("minutes", "minutes"),
    ("hours", "hours"),
    ("weeks", "weeks"),
    ("months", "months"),
    ("years", "years"),
)


def field_unit(spec: FieldSpec) -> str:
    """The unit key of a field (``xlsx.unit.<key>``), or "" for a count or a choice.

    >>> from ccx_app.fields import BY_PATH
    >>> [field_unit(BY_PATH[p]) for p in ("service.shrinkage", "demand.aht_seconds",
    ...  "workforce.team_leader_cost_eur_per_year", "workforce.agents_per_team_leader")]
    ['percent', 'seconds', 'eur', '']
    """
    if spec.scale == 100.0:
        return "percent"
    if spec.choices:
        return ""
    tokens = spec.path.rsplit(".", 1)[-1].split("_")
    return next((unit for token, unit in UNIT_TOKENS if token in tokens), "")


def show_value(spec: FieldSpec, value: Any, lang: str) -> str:
    """A field's value as the language writes it; shares as percentages.

    >>> from ccx_app.fields import BY_PATH
    >>> show_value(BY_PATH["service.shrinkage"], 0.35, "nl"), show_value(
    ...     BY_PATH["demand.calls_per_month"], 330000.0, "en")
    ('35%', '330,000')
    """
    if value is None:
        return t("xlsx.none", lang)
    if isinstance(value, bool):
        return t("xlsx.on" if value else "xlsx.off", lang)
    if isinstance(value, str):
        try:
            return t(f"choice.{value}", lang)
        except KeyError:
            return value
    if isinstance(value, int | float):
        if spec.scale == 100.0:
            return format_short(value * 100.0, lang) + "%"
        return format_short(float(value), lang)
    return str(value)


def field_source(spec: FieldSpec, lang: str) -> str:
    """Where the default comes from: the model's description (its Dutch tooltip in Dutch)."""
    try:
        return t(f"help.{spec.path}", lang)
    except KeyError:
        return spec.description()


def assumptions(scenario: Scenario, lang: str = "en") -> list[Assumption]:
    """Every input the app shows (``ccx_app.fields.ALL_FIELDS``), in the form's order,
    with the heading of its group."""
    data = scenario.model_dump()
    rows = []
    for group, specs in (*GROUPS.items(), *PROFIT_GROUPS.items()):
        for spec in specs:
            value = get_path(data, spec.path)
            unit = field_unit(spec)
            rows.append(
                Assumption(
                    path=spec.path,
                    group=_group_label(group, lang),
                    label=t(f"field.{spec.path}", lang),
                    value=value,
                    shown=show_value(spec, value, lang),
                    unit=t(f"xlsx.unit.{unit}", lang) if unit else "",
                    is_percent=unit == "percent",
                    source=field_source(spec, lang),
                )
            )
    return rows


def _group_label(group: str, lang: str) -> str:
    try:
        return t(f"group.{group}", lang)
    except KeyError:
        return group


def irr_text(case: BusinessCase, lang: str) -> str:
    """The reason a case has no IRR, in the language ("" when it has one)."""
    reason = case.irr.reason
    if not reason:
        return ""
    with contextlib.suppress(KeyError):  # a reason the table does not know yet
        reason = t(f"bc.irr_reason.{reason}", lang)
    return t("bc.irr_none", lang, reason=reason)


# The workbook.


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header key, width (characters), number format."""

    header_key: str
    width: float
    number_format: str | None = None


def build_workbook(scenario: Scenario, lang: str = "en", baseline: Scenario | None = None) -> bytes:
    """The workbook of ``scenario`` (business case against ``baseline``, default its
    as-is self), as ``.xlsx`` bytes."""
    evaluation = evaluate(scenario)
    case = build_business_case(scenario, baseline)
    book = Workbook()
    book.remove(book.active)
    _assumptions_sheet(book, scenario, lang)
    _staffing_sheet(book, evaluation, lang)
    _cash_flow_sheet(book, case, lang)
    _yearly_sheet(book, scenario, case, lang, baseline is None)
    _investments_sheet(book, scenario, lang)
    book.properties.title = printable(f"{scenario.name} — ccx")
    book.properties.creator = "ccx"
    _text_stays_text(book)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """``sheet.append`` with every text made printable (a spreadsheet refuses control
    characters)."""
    sheet.append([printable(v) if isinstance(v, str) else v for v in values])


def _text_stays_text(book: Workbook) -> None:
    """Every text cell is text: openpyxl takes a text that starts with ``=`` for a
    formula (a scenario named ``=HYPERLINK(...)`` would run on opening the file), so
    each such cell is written as a string. ccx writes no formulas of its own here."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
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


def _cash_flow_sheet(book: Workbook, case: BusinessCase, lang: str) -> None:
    columns = (
        Column("xlsx.col.month", 10),
        Column("bc.col.benefits", 16, EUR_FORMAT),
        Column("bc.col.costs", 16, EUR_FORMAT),
        Column("bc.col.net", 16, EUR_FORMAT),
        Column("bc.col.cumulative", 16, EUR_FORMAT),
    )
    sheet = _sheet(book, "xlsx.sheet.cash_flows", lang, columns)
    for month, benefits, costs, net, cumulative in zip(
        case.months.tolist(),
        case.benefits_eur.tolist(),
        case.costs_eur.tolist(),
        case.net_eur.tolist(),
        case.cumulative_eur.tolist(),
        strict=True,
    ):
        _append(sheet, [int(month), benefits, costs, net, cumulative])
    _format_rows(sheet, columns)


def _yearly_sheet(
    book: Workbook, scenario: Scenario, case: BusinessCase, lang: str, as_is: bool
) -> None:

    columns = (
        Column("bc.col.year", 26),
        Column("bc.col.benefits", 18, EUR_FORMAT),
        Column("bc.col.costs", 16, EUR_FORMAT),
        Column("bc.col.net", 16, EUR_FORMAT),
        Column("bc.col.cumulative", 16, EUR_FORMAT),
    )
    sheet = _sheet(book, "xlsx.sheet.yearly", lang, columns)
    for row in case.yearly():
        _append(
            sheet,
            [
                int(row["year"]),
                row["benefits_eur"],
                row["costs_eur"],
                row["net_eur"],
                row["cumulative_eur"],
            ],
        )
    _format_rows(sheet, columns)
    horizon = int(case.months.size - 1)
    irr, roi, payback = case.irr, case.roi, case.payback_month
    summary: list[tuple[str, Any, str | None, str]] = [
        ("xlsx.npv", case.npv_eur, EUR_FORMAT, ""),
        ("xlsx.irr", irr.annual_rate, PERCENT_FORMAT, irr_text(case, lang)),
        ("xlsx.roi", roi, PERCENT_FORMAT, ""),
        (
            "xlsx.payback_month",
            payback,
            None,
            "" if payback is not None else t("bc.cumulative_title_never", lang, months=horizon),
        ),
        ("xlsx.discount_rate", case.discount_rate_per_year, PERCENT_FORMAT, ""),
        ("xlsx.horizon_months", horizon, None, ""),
        ("xlsx.scenario", scenario.name, None, ""),
        ("xlsx.baseline", t("bc.as_is", lang) if as_is else case.baseline_name, None, ""),
    ]
    _append(sheet, [])
    for key, value, number_format, note in summary:
        shown = t("bc.na", lang) if value is None else value
        _append(sheet, [t(key, lang), shown, note or None])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        if number_format and value is not None:
            sheet.cell(sheet.max_row, 2).number_format = number_format


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
                item.name,
                item.one_off_eur,
                item.month,
                item.recurring_eur_per_month,
                item.recurring_from_month,
            ],
        )
    _format_rows(sheet, columns)
