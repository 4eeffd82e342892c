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
from .problems import InputError, Problem

MAX_ROWS = 200_000
CALLS_MAX = 10_000_000.0
AHT_MIN, AHT_MAX = 1.0, 7_200.0


@dataclass(frozen=True)
class IntervalForecast:
    calls: FloatArray
    aht_seconds: FloatArray | None


def _number(cell: str) -> float | None:
    try:
        value = float(cell.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_interval_csv(text: str) -> IntervalForecast:
    """Parse a forecast; raises InputError naming every bad cell (up to 20).

    >>> read_interval_csv("calls,aht_seconds\\n100,180\\n0,200\\n").calls.tolist()
    [100.0, 0.0]
    """
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise InputError([Problem("(file)", "", "rule", detail="the CSV file is empty")])
    columns = [h.strip().lower() for h in header]
    if "calls" not in columns:
        raise InputError(
            [
                Problem(
                    "calls",
                    ", ".join(columns),
                    "rule",
                    detail="the CSV needs a 'calls' column (optional: 'aht_seconds'); "
                    f"found columns: {', '.join(columns) or 'none'}",
                )
            ]
        )
    calls_col = columns.index("calls")
    aht_col = columns.index("aht_seconds") if "aht_seconds" in columns else None

    calls: list[float] = []
    ahts: list[float] = []
    problems: list[Problem] = []
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(calls) >= MAX_ROWS:
            problems.append(Problem("(file)", "", "rule", detail=f"more than {MAX_ROWS} rows"))
            break
        cells = {"calls": calls_col} | ({"aht_seconds": aht_col} if aht_col is not None else {})
        for name, col in cells.items():
            cell = row[col] if col < len(row) else ""
            value = _number(cell)
            low, high = (0.0, CALLS_MAX) if name == "calls" else (AHT_MIN, AHT_MAX)
            if value is None or not low <= value <= high:
                problems.append(
                    Problem(
                        f"row {row_number}, column {name}",
                        cell,
                        "invalid",
                        detail=f"must be a number from {low:g} to {high:,.0f}",
                    )
                )
                value = 0.0
            (calls if name == "calls" else ahts).append(value)
        if len(problems) >= 20:
            break
    if problems:
        raise InputError(problems)
    if not calls:
        raise InputError([Problem("calls", "", "rule", detail="the CSV has no data rows")])
    return IntervalForecast(
        calls=np.asarray(calls, dtype=np.float64),
        aht_seconds=np.asarray(ahts, dtype=np.float64) if aht_col is not None else None,
    )
