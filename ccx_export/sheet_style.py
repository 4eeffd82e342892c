"""The look of the workbook's report sheets (Risk, Pilot): a title bar, headings, table
headers in the accent colour, numbers as numbers with their format."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

ACCENT = "0B6E4F"
EUR = "€ #,##0"
PERCENT = "0.0%"
NUMBER = "#,##0.####"


def heading(sheet: Worksheet, text: str) -> None:
    sheet.append([])
    sheet.append([text])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=13, color=ACCENT)


def header(sheet: Worksheet, labels: list[str]) -> None:
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=ACCENT)
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def row(sheet: Worksheet, values: list[Any], formats: list[str | None]) -> None:
    sheet.append(values)
    for cell, number_format in zip(sheet[sheet.max_row], formats, strict=False):
        if number_format and isinstance(cell.value, int | float):
            cell.number_format = number_format
