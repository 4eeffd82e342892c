"""Read an interval forecast from CSV: a ``calls`` column, optionally ``aht_seconds``.

Other columns (a date, a time label) are allowed and ignored. Every problem is
named with its row and column; nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

import numpy as np

from .erlang import FloatArray
from .problems import Bounds, InputError, Problem

MAX_ROWS = 200_000
CALLS_MAX = 10_000_000.0
AHT_MIN, AHT_MAX = 1.0, 7_200.0
AHT_BOUNDS = Bounds(AHT_MIN, False, AHT_MAX, False)
BOM = "\ufeff"


@dataclass(frozen=True)
class IntervalForecast:
    calls: FloatArray
    aht_seconds: FloatArray | None
    # Where each interval stands in the file (the header is row 1; blank rows are skipped).
    row_numbers: tuple[int, ...] = ()


def _number(cell: str) -> float | None:
    try:
        value = float(cell.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_interval_csv(text: str) -> IntervalForecast:
    """Parse a forecast; raises InputError naming every bad cell (up to 20).

    A leading byte-order mark (Excel's "CSV UTF-8" writes one) is ignored.

    >>> read_interval_csv("\\ufeffcalls,aht_seconds\\n100,180\\n0,200\\n").calls.tolist()
    [100.0, 0.0]
    """
    text = text.removeprefix(BOM)
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise InputError([Problem.rule("(file)", "csv.empty")])
    columns = [h.strip().lower() for h in header]
    if "calls" not in columns:
        found = ", ".join(columns)
        no_column = (
            Problem.rule("calls", "csv.no_calls_column", found, columns=found)
            if found
            else Problem.rule("calls", "csv.no_calls_column", found, columns_key="csv.no_columns")
        )
        raise InputError([no_column])
    calls_col = columns.index("calls")
    aht_col = columns.index("aht_seconds") if "aht_seconds" in columns else None
    cells = {"calls": calls_col} | ({"aht_seconds": aht_col} if aht_col is not None else {})
    ranges = {"calls": Bounds(0.0, False, CALLS_MAX, False), "aht_seconds": AHT_BOUNDS}

    calls: list[float] = []
    ahts: list[float] = []
    row_numbers: list[int] = []
    problems: list[Problem] = []
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(calls) >= MAX_ROWS:
            problems.append(Problem.rule("(file)", "csv.too_many_rows", max_rows=MAX_ROWS))
            break
        for name, col in cells.items():
            cell = row[col] if col < len(row) else ""
            value = _number(cell)
            bounds = ranges[name]
            if value is None or not _within(value, bounds):
                problems.append(
                    Problem(
                        f"row {row_number}, column {name}",
                        cell,
                        "invalid",
                        bounds=bounds,
                        params={"row": row_number, "column": name},
                        field_key="csv.cell",
                    )
                )
                value = 0.0
            (calls if name == "calls" else ahts).append(value)
        row_numbers.append(row_number)
        if len(problems) >= 20:
            break
    if problems:
        raise InputError(problems)
    if not calls:
        raise InputError([Problem.rule("calls", "csv.no_rows")])
    return IntervalForecast(
        calls=np.asarray(calls, dtype=np.float64),
        aht_seconds=np.asarray(ahts, dtype=np.float64) if aht_col is not None else None,
        row_numbers=tuple(row_numbers),
    )


def _within(value: float, bounds: Bounds) -> bool:
    low = -math.inf if bounds.low is None else bounds.low
    high = math.inf if bounds.high is None else bounds.high
    return low <= value <= high
