"""The workbook's cash-flow sheet: both ledgers line by line, month by month, and the
business case as live Excel formulas over them.

A finance partner changes a cell (a month's wages, an investment) and sees the case
move: the difference per line, the net cash flow, the cumulative, NPV, IRR, ROI and
payback are formulas, not values. Layout (one column per month, month 0 first):

- row 1: "Month" and the month numbers 0 … H;
- the scenario's ledger: one row per line, signed (+ adds to the result, − counts
  against it), then its net (``SUM``);
- the baseline's ledger, the same way;
- the difference per line (scenario − baseline, a formula per cell), its total over
  the horizon in the last column, then the net cash flow (``SUM`` of the differences)
  and the cumulative;
- the summary: discount rate (a value), monthly rate, NPV (month 0 plus ``NPV`` of
  months 1 … H at the monthly rate), IRR (``(1 + IRR)^12 − 1``), benefits and costs
  (``SUMIF`` of the line totals above and below zero), ROI and the payback month.

The internal charge-back is listed but left out of the nets (a transfer inside the
company). LibreOffice's recalculation of this sheet equals the model to the cent (a
test recalculates it with ``soffice --convert-to xlsx``).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ccx_model.bundled_names import display_name
from ccx_model.case import Case
from ccx_model.i18n import t
from ccx_model.ledger import Ledger, LedgerLine
from ccx_model.text import printable

EUR_FORMAT = "€ #,##0"
EUR_CENTS_FORMAT = "€ #,##0.00"
PERCENT_FORMAT = "0.0%"
FIRST_MONTH_COLUMN = 3  # A: line, B: kind, C: month 0
HEADING_FILL = "E6F0EC"


@dataclass(frozen=True)
class SummaryCells:
    """Where the summary's formulas are (cell references on the cash-flow sheet)."""

    npv: str
    irr: str
    roi: str
    payback: str
    benefits: str
    costs: str
    net_row: int
    cumulative_row: int
    month_columns: tuple[str, ...]


def _line_label(line: LedgerLine, lang: str) -> str:
    """A ledger line's name: an investment's own name; a fix by its department, a
    bundled one in ``lang``."""
    if line.key.startswith("investment:"):
        return printable(f"{t('line.investment', lang)}: {display_name(line.name, lang)}")
    if line.key.startswith("fix:"):
        return printable(f"{t('line.fix', lang)}: {display_name(line.name, lang)}")
    return t(f"line.{line.key}", lang)


def write_cash_flow_sheet(sheet: Worksheet, case: Case, lang: str) -> SummaryCells:
    """Fill ``sheet`` (empty) with the ledgers and the case's formulas, in ``lang``."""

    def label(key: str) -> str:
        return t(key, lang)

    months = [int(m) for m in case.months]
    columns = [get_column_letter(FIRST_MONTH_COLUMN + i) for i in range(len(months))]
    first, last = columns[0], columns[-1]
    total_column = get_column_letter(FIRST_MONTH_COLUMN + len(months))
    bold = Font(bold=True)

    sheet.cell(1, 1, label("xlsx.ledger.line")).font = bold
    sheet.cell(1, 2, label("xlsx.ledger.kind")).font = bold
    for i, month in enumerate(months):
        sheet.cell(1, FIRST_MONTH_COLUMN + i, month).font = bold
    sheet.cell(1, FIRST_MONTH_COLUMN + len(months), label("xlsx.ledger.total")).font = bold
    sheet.freeze_panes = sheet.cell(2, FIRST_MONTH_COLUMN)
    row = 2

    def heading(text: str) -> None:
        nonlocal row
        cell = sheet.cell(row, 1, printable(text))
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADING_FILL)
        row += 1

    def ledger_block(ledger: Ledger, title: str) -> tuple[dict[str, int], int]:
        """The ledger's lines; returns {line key: row} and the row of its net."""
        nonlocal row
        heading(title)
        rows: dict[str, int] = {}
        counted: list[int] = []
        for line in ledger.lines:
            sheet.cell(row, 1, _line_label(line, lang))
            sheet.cell(row, 2, label(f"xlsx.kind.{line.line.kind}"))
            for i, value in enumerate(line.signed.tolist()):
                sheet.cell(row, FIRST_MONTH_COLUMN + i, float(value)).number_format = EUR_FORMAT
            rows[line.key] = row
            if line.line.kind != "internal":
                counted.append(row)
            row += 1
        sheet.cell(row, 1, label("xlsx.ledger.net")).font = bold
        for column in columns:
            refs = ",".join(f"{column}{r}" for r in counted) or "0"
            cell = sheet.cell(row, columns.index(column) + FIRST_MONTH_COLUMN, f"=SUM({refs})")
            cell.number_format, cell.font = EUR_FORMAT, bold
        net = row
        row += 2
        return rows, net

    a_rows, _ = ledger_block(
        case.a, label("xlsx.ledger.scenario") + f" “{display_name(case.scenario.name, lang)}”"
    )
    b_rows, _ = ledger_block(
        case.b, label("xlsx.ledger.baseline") + f" “{display_name(case.baseline.name, lang)}”"
    )

    heading(label("xlsx.ledger.difference"))
    difference_rows: list[int] = []
    for difference in case.differences:
        a_row, b_row = a_rows.get(difference.key), b_rows.get(difference.key)
        template = case.a.line(difference.key) or case.b.line(difference.key)
        assert template is not None
        sheet.cell(row, 1, _line_label(template, lang))
        sheet.cell(row, 2, label(f"xlsx.kind.{difference.line.kind}"))
        for i, column in enumerate(columns):
            mine = f"{column}{a_row}" if a_row else "0"
            theirs = f"{column}{b_row}" if b_row else "0"
            cell = sheet.cell(row, FIRST_MONTH_COLUMN + i, f"={mine}-{theirs}")
            cell.number_format = EUR_FORMAT
        total = sheet.cell(row, FIRST_MONTH_COLUMN + len(months), f"=SUM({first}{row}:{last}{row})")
        total.number_format = EUR_FORMAT
        if difference.line.kind != "internal":
            difference_rows.append(row)
        row += 1

    net_row, cumulative_row = row, row + 1
    sheet.cell(net_row, 1, label("xlsx.ledger.net_cash_flow")).font = bold
    sheet.cell(cumulative_row, 1, label("xlsx.ledger.cumulative")).font = bold
    for i, column in enumerate(columns):
        refs = ",".join(f"{column}{r}" for r in difference_rows) or "0"
        cell = sheet.cell(net_row, FIRST_MONTH_COLUMN + i, f"=SUM({refs})")
        cell.number_format, cell.font = EUR_FORMAT, bold
        running = (
            f"={column}{net_row}"
            if i == 0
            else f"={columns[i - 1]}{cumulative_row}+{column}{net_row}"
        )
        sheet.cell(cumulative_row, FIRST_MONTH_COLUMN + i, running).number_format = EUR_FORMAT
    row = cumulative_row + 2

    totals = (
        f"{total_column}{difference_rows[0]}:{total_column}{difference_rows[-1]}"
        if difference_rows
        else None
    )
    net = f"{first}{net_row}:{last}{net_row}"
    cumulative = f"{first}{cumulative_row}:{last}{cumulative_row}"
    month_numbers = f"{first}1:{last}1"
    later = f"{columns[1]}{net_row}:{last}{net_row}" if len(columns) > 1 else None

    def summary(key: str, formula: str | float, number_format: str | None = None) -> str:
        nonlocal row
        sheet.cell(row, 1, label(key)).font = bold
        cell = sheet.cell(row, FIRST_MONTH_COLUMN, formula)
        if number_format:
            cell.number_format = number_format
        reference = f"{get_column_letter(FIRST_MONTH_COLUMN)}{row}"
        row += 1
        return reference

    rate = summary("xlsx.discount_rate", case.discount_rate_per_year, PERCENT_FORMAT)
    monthly = summary("xlsx.ledger.monthly_rate", f"=(1+{rate})^(1/12)-1", "0.0000%")
    npv = summary(
        "xlsx.npv",
        f"={first}{net_row}+NPV({monthly},{later})" if later else f"={first}{net_row}",
        EUR_CENTS_FORMAT,
    )
    # The model's own monthly IRR as the starting guess, so the spreadsheet's search
    # finds the same root where there are several.
    found = case.irr.annual_rate
    guess = (1.0 + found) ** (1.0 / 12.0) - 1.0 if found is not None and found > -1 else 0.01
    irr = summary(
        "xlsx.ledger.irr_raw", f'=IFERROR((1+IRR({net},{guess!r}))^12-1,"")', PERCENT_FORMAT
    )
    benefits = summary(
        "xlsx.ledger.benefits", f'=SUMIF({totals},">0")' if totals else 0.0, EUR_CENTS_FORMAT
    )
    costs = summary(
        "xlsx.ledger.costs", f'=-SUMIF({totals},"<0")' if totals else 0.0, EUR_CENTS_FORMAT
    )
    roi = summary("xlsx.roi", f'=IF({costs}>0,({benefits}-{costs})/{costs},"")', PERCENT_FORMAT)
    # The first month from which the cumulative stays at or above zero: one after the
    # last month below zero; none when the last month is below zero or nothing changes.
    payback = summary(
        "xlsx.payback_month",
        f'=IF(SUMPRODUCT(ABS({net}))=0,"",IF({last}{cumulative_row}<0,"",'
        f'IF(COUNTIF({cumulative},"<0")=0,0,SUMPRODUCT(MAX(({cumulative}<0)*{month_numbers}))+1)))',
    )
    sheet.column_dimensions["A"].width = 46
    sheet.column_dimensions["B"].width = 12
    for column in (*columns, total_column):
        sheet.column_dimensions[column].width = 13
    sheet.cell(1, 1).alignment = Alignment(vertical="center")
    return SummaryCells(
        npv=npv,
        irr=irr,
        roi=roi,
        payback=payback,
        benefits=benefits,
        costs=costs,
        net_row=net_row,
        cumulative_row=cumulative_row,
        month_columns=tuple(columns),
    )
