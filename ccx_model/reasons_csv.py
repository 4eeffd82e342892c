"""Import and export the contact-reason table as CSV.

Columns: ``reason``, ``share`` (a fraction of the channel's contacts, 0.12 = 12%),
``avoidable`` (true/false), ``department``, ``channel`` (phone, chat, email,
back_office) and ``aht_seconds`` (empty = the channel's average). ``reason`` and
``share`` are required; an unknown column is refused so a typo is never ignored.
Every cell is validated like the form, and every problem is reported with its row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from .failure_demand import ContactReason
from .problems import InputError, Problem, problems_from_validation

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
                r.reason,
                repr(r.share),  # shortest text that reads back as exactly the same float
                "true" if r.avoidable else "false",
                r.department,
                r.channel,
                "" if r.aht_seconds is None else repr(r.aht_seconds),
            ]
        )
    return out.getvalue()


def _cell(column: str, text: str) -> Any:
    value = text.strip()
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
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return value
    return value


def reasons_from_csv(text: str) -> tuple[ContactReason, ...]:
    """Parse a reason table; raises InputError naming every problem with its row.

    >>> [r.reason for r in reasons_from_csv("reason,share\\nA,0.4\\nB,0.6\\n")]
    ['A', 'B']
    """
    text = text.removeprefix("\ufeff")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip().lower() for h in next(reader, [])]
    if not header:
        raise InputError([Problem.rule("(file)", "csv.empty")])
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
    reasons: list[ContactReason] = []
    problems: list[Problem] = []
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(reasons) + len(problems) >= MAX_ROWS:
            problems.append(Problem.rule("(file)", "csv.too_many_rows", max_rows=MAX_ROWS))
            break
        data = {column: _cell(column, cell) for column, cell in zip(header, row, strict=False)}
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
