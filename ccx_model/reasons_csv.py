"""Import and export the contact-reason table as CSV.

Columns: ``reason``, ``share`` (a fraction of the channel's contacts, 0.12 = 12%),
``avoidable`` (true/false), ``department``, ``channel`` (phone, chat, email,
back_office) and ``aht_seconds`` (empty = the channel's average). ``reason`` and
``share`` are required; an unknown column is refused so a typo is never ignored.
Every cell is validated like the form, and every problem is reported with its row.
A text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is
written with a leading single quote (OWASP's advice against CSV injection) and read
back without it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from .csv_table import CellPlace, DecimalMark, decimal_mark, read_csv_table, read_number
from .failure_demand import ContactReason
from .problems import InputError, Problem, problems_from_validation
from .text import from_spreadsheet_text, spreadsheet_text

COLUMNS = ("reason", "share", "avoidable", "department", "channel", "aht_seconds")
REQUIRED = ("reason", "share")
MAX_ROWS = 500
TRUE_WORDS = {"true", "yes", "ja", "1", "y", "j", "x"}
FALSE_WORDS = {"false", "no", "nee", "0", "n", ""}


def reasons_to_csv(reasons: tuple[ContactReason, ...]) -> str:
    """The table as CSV, in the column order above.

    >>> print(reasons_to_csv((ContactReason(reason="Invoice", share=0.5, avoidable=True, department="Billing"),)))
    reason,share,avoidable,department,channel,aht_seconds
    Invoice,0.5,true,Billing,phone,
    <BLANKLINE>
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in reasons:
        writer.writerow(
            [
                spreadsheet_text(r.reason),
                repr(r.share),  # shortest text that reads back as exactly the same float
                "true" if r.avoidable else "false",
                spreadsheet_text(r.department),
                r.channel,
                "" if r.aht_seconds is None else repr(r.aht_seconds),
            ]
        )
    return out.getvalue()


def _cell(column: str, text: str, mark: DecimalMark | None) -> Any:
    value = text.strip()
    if column in ("reason", "department"):
        return from_spreadsheet_text(value)
    if column == "avoidable":
        lowered = value.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        return value  # pydantic names it as not a boolean
    if column in ("share", "aht_seconds"):
        if value == "" and column == "aht_seconds":
            return None
        number = read_number(value, mark)
        return value if number is None else number
    return value


def reasons_from_csv(text: str) -> tuple[ContactReason, ...]:
    """Parse a reason table; raises InputError naming every problem with its row.

    >>> [r.reason for r in reasons_from_csv("reason,share\\nA,0.4\\nB,0.6\\n")]
    ['A', 'B']
    """
    table = read_csv_table(text)
    header = table.header
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        raise InputError(
            [
                Problem.rule(
                    "(file)",
                    "csv.reason_columns",
                    found=", ".join(header),
                    expected=", ".join(COLUMNS),
                )
            ]
        )
    if len(table.rows) > MAX_ROWS:
        raise InputError([Problem.rule("(file)", "csv.too_many_rows", max_rows=MAX_ROWS)])
    numbers = [i for i, column in enumerate(header) if column in ("share", "aht_seconds")]
    mark = decimal_mark(
        [
            (CellPlace(number, header[i]), row[i])
            for number, row in table.rows
            for i in numbers
            if i < len(row) and row[i].strip()
        ]
    )
    reasons: list[ContactReason] = []
    problems: list[Problem] = []
    for row_number, row in table.rows:
        data = {
            column: _cell(column, cell, mark) for column, cell in zip(header, row, strict=False)
        }
        try:
            reasons.append(ContactReason.model_validate(data))
        except ValidationError as exc:
            problems += [
                replace(
                    p,
                    field=f"row {row_number}, column {p.field}",
                    field_key="csv.cell",
                    params={**p.params, "row": row_number, "column": p.field},
                )
                for p in problems_from_validation(exc, ContactReason)
            ]
    if problems:
        raise InputError(problems)
    if not reasons:
        raise InputError([Problem.rule("(file)", "csv.no_rows")])
    return tuple(reasons)
