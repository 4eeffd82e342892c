"""Read an interval forecast from CSV: a ``calls`` column, optionally ``aht_seconds``.

Other columns (a date, a time label) are allowed and ignored. Every problem is
named with its row and column; nothing is guessed (see ``csv_table``).
"""

from __future__ import annotations

import math

import numpy as np

from .csv_table import CellPlace, decimal_mark, read_csv_table, read_number
from .forecast import AHT_MAX, AHT_MIN, CALLS_MAX, MAX_ROWS, IntervalForecast
from .problems import Bounds, InputError, Problem

__all__ = ["AHT_MAX", "AHT_MIN", "CALLS_MAX", "MAX_ROWS", "IntervalForecast", "read_interval_csv"]

AHT_BOUNDS = Bounds(AHT_MIN, False, AHT_MAX, False)


def read_interval_csv(text: str) -> IntervalForecast:
    """Parse a forecast; raises InputError naming every bad cell (up to 20).

    Columns and decimals are read by ``csv_table`` (a Dutch file with ``;`` and
    decimal commas reads as it is; an ambiguous number is refused, not guessed). A
    leading byte-order mark (Excel's "CSV UTF-8" writes one) is ignored.

    >>> read_interval_csv("\\ufeffcalls,aht_seconds\\n100,180\\n0,200\\n").calls.tolist()
    [100.0, 0.0]
    >>> read_interval_csv("calls\\n12,5\\n13,5\\n").calls.tolist()
    [12.5, 13.5]
    """
    table = read_csv_table(text)
    columns = table.header
    if "calls" not in columns:
        found = ", ".join(columns)
        no_column = (
            Problem.rule("calls", "csv.no_calls_column", found, columns=found)
            if found
            else Problem.rule("calls", "csv.no_calls_column", found, columns_key="csv.no_columns")
        )
        raise InputError([no_column])
    cells = {"calls": columns.index("calls")}
    if "aht_seconds" in columns:
        cells["aht_seconds"] = columns.index("aht_seconds")
    ranges = {"calls": Bounds(0.0, False, CALLS_MAX, False), "aht_seconds": AHT_BOUNDS}
    if len(table.rows) > MAX_ROWS:
        raise InputError([Problem.rule("(file)", "csv.too_many_rows", max_rows=MAX_ROWS)])

    def cell(row: list[str], col: int) -> str:
        return row[col] if col < len(row) else ""

    mark = decimal_mark(
        [
            (CellPlace(number, name), cell(row, col))
            for number, row in table.rows
            for name, col in cells.items()
        ]
    )
    values: dict[str, list[float]] = {name: [] for name in cells}
    problems: list[Problem] = []
    for row_number, row in table.rows:
        for name, col in cells.items():
            text_cell = cell(row, col)
            value = read_number(text_cell, mark)
            bounds = ranges[name]
            if value is None or not _within(value, bounds):
                problems.append(
                    Problem(
                        f"row {row_number}, column {name}",
                        text_cell,
                        "invalid",
                        bounds=bounds,
                        params={"row": row_number, "column": name},
                        field_key="csv.cell",
                    )
                )
                value = 0.0
            values[name].append(value)
        if len(problems) >= 20:
            break
    if problems:
        raise InputError(problems)
    if not values["calls"]:
        raise InputError([Problem.rule("calls", "csv.no_rows")])
    return IntervalForecast(
        calls=np.asarray(values["calls"], dtype=np.float64),
        aht_seconds=np.asarray(values["aht_seconds"], dtype=np.float64)
        if "aht_seconds" in values
        else None,
        row_numbers=tuple(number for number, _ in table.rows),
    )


def _within(value: float, bounds: Bounds) -> bool:
    low = -math.inf if bounds.low is None else bounds.low
    high = math.inf if bounds.high is None else bounds.high
    return low <= value <= high
