"""A pilot's weekly results as CSV: one row per group and week, read and written.

Columns (English or Dutch names, any order): ``group`` (pilot / control; ``groep``:
pilot / controle), ``week``, ``offers`` (``aanbiedingen``), ``sales`` (``verkopen``),
``cancellations`` (``annuleringen``), and where measured ``aht_seconds``
(``gesprekstijd_seconden``), ``fcr_percent`` (``fcr_procent``, 0–100) and ``nps``.
``group``, ``week``, ``offers`` and ``sales`` are required; an unknown column is
refused so a typo is never ignored. Numbers are read as the file writes them (decimal
comma or point, ``csv_table``); every cell is checked like the Pilot page's table and
every problem is named with its row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from .csv_table import CellPlace, decimal_mark, read_csv_table, read_number
from .pilot_actuals import PilotActuals, WeekActuals
from .problems import InputError, Problem, problems_from_validation

COLUMNS = (
    "group",
    "week",
    "offers",
    "sales",
    "cancellations",
    "aht_seconds",
    "fcr_percent",
    "nps",
)
REQUIRED = ("group", "week", "offers", "sales")
DUTCH = {
    "groep": "group",
    "aanbiedingen": "offers",
    "verkopen": "sales",
    "annuleringen": "cancellations",
    "gesprekstijd_seconden": "aht_seconds",
    "fcr_procent": "fcr_percent",
}
GROUPS = {"pilot": "pilot", "control": "control", "controle": "control"}
MAX_ROWS = 2 * 520  # two groups, ten years of weeks


def actuals_to_csv(actuals: PilotActuals | None) -> str:
    """The results as a CSV the reader opens again (a header only when there are none).

    >>> print(actuals_to_csv(None).strip())
    group,week,offers,sales,cancellations,aht_seconds,fcr_percent,nps
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    groups = () if actuals is None else (("pilot", actuals.pilot), ("control", actuals.control))
    for group, weeks in groups:
        for w in weeks:
            fcr = None if w.fcr is None else w.fcr * 100.0
            writer.writerow(
                [group, w.week, w.offers, w.sales, w.cancellations]
                # Every digit a float holds: the file reads back as the same results.
                + ["" if v is None else repr(float(v)) for v in (w.aht_seconds, fcr, w.nps)]
            )
    return out.getvalue()


def _both(column: str) -> str:
    """A column by its English and Dutch name: "offers (aanbiedingen)", "week"."""
    dutch = next((d for d, c in DUTCH.items() if c == column), None)
    return f"{column} ({dutch})" if dutch else column


def _value(column: str, text: str, mark: Any) -> Any:
    value = text.strip()
    if column == "group":
        return value
    if value == "" and column in ("cancellations", "aht_seconds", "fcr_percent", "nps"):
        return None
    number = read_number(value, mark)
    if number is None:
        return value  # the model names it as not a number
    if column in ("week", "offers", "sales", "cancellations") and float(number).is_integer():
        return int(number)
    return number


def _in_cell(problem: Problem, row: int, column: str) -> Problem:
    """The problem named by its row and column, as the file shows them (a rule between
    cells of the row, such as sales above offers, by its row)."""
    if column.startswith("("):
        return replace(
            problem, field=f"row {row}", field_key="csv.row", params={**problem.params, "row": row}
        )
    return replace(
        problem,
        field=f"row {row}, column {column}",
        field_key="csv.cell",
        params={**problem.params, "row": row, "column": column},
    )


def actuals_from_csv(text: str) -> PilotActuals | None:
    """Parse weekly results; raises InputError naming every problem with its row.

    >>> a = actuals_from_csv("groep;week;aanbiedingen;verkopen\\npilot;1;500;40\\ncontrole;1;0;0\\n")
    >>> a.pilot[0].sales, len(a.control)
    (40, 1)
    """
    table = read_csv_table(text)
    header = [DUTCH.get(h, h) for h in table.header]
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        # Which column is wrong, by the name the file gives it; every name in both
        # languages, since the reader's language is not the file's.
        unknown_as_written = [h for h, c in zip(table.header, header, strict=True) if c in unknown]
        raise InputError(
            [
                Problem.rule(
                    "(file)",
                    "csv.pilot_columns_named",
                    unknown=", ".join(unknown_as_written) or "—",
                    missing=", ".join(_both(c) for c in missing) or "—",
                    expected=", ".join(_both(c) for c in COLUMNS),
                )
            ]
        )
    if len(table.rows) > MAX_ROWS:
        raise InputError([Problem.rule("(file)", "csv.too_many_rows", max_rows=MAX_ROWS)])
    numbers = [i for i, column in enumerate(header) if column != "group"]
    mark = decimal_mark(
        [
            (CellPlace(number, header[i]), row[i])
            for number, row in table.rows
            for i in numbers
            if i < len(row) and row[i].strip()
        ]
    )
    groups: dict[str, list[WeekActuals]] = {"pilot": [], "control": []}
    problems: list[Problem] = []
    for row_number, row in table.rows:
        data = {c: _value(c, cell, mark) for c, cell in zip(header, row, strict=False)}
        data = {c: v for c, v in data.items() if v is not None}  # empty: not measured
        group = GROUPS.get(str(data.pop("group", "")).lower())
        if group is None:
            column = table.header[header.index("group")]
            problems.append(_in_cell(Problem.rule("group", "csv.pilot_group"), row_number, column))
            continue
        fcr = data.pop("fcr_percent", None)
        if isinstance(fcr, float | int):
            data["fcr"] = fcr / 100.0
        elif fcr is not None:
            data["fcr"] = fcr
        try:
            groups[group].append(WeekActuals.model_validate(data))
        except ValidationError as exc:
            problems += [
                _in_cell(p, row_number, p.field) for p in problems_from_validation(exc, WeekActuals)
            ]
    if problems:
        raise InputError(problems)
    if not groups["pilot"]:
        return None
    try:
        return PilotActuals(pilot=tuple(groups["pilot"]), control=tuple(groups["control"]))
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, PilotActuals)) from None
