"""An interval forecast, its limits, and a fast reader for plain forecast files.

``read_plain_interval_csv`` reads the common file at numpy speed: ASCII, no quotes,
numbers of digits with at most one decimal point between digits, every row complete,
values within range. It returns None for anything else, and the caller then reads
the file with the exact reader, ``forecast_csv.read_interval_csv``, which accepts
every file this one does with the same numbers (``tests/test_forecast_fast.py``
checks it on generated files) and names every problem by row and column.

This module imports numpy only: the ``ccx staffing`` command reads a year of
intervals without loading the CSV table reader, Babel or pydantic.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

import numpy as np

from .erlang import FloatArray

MAX_ROWS = 200_000
CALLS_MAX = 10_000_000.0
AHT_MIN, AHT_MAX = 1.0, 7_200.0

# As ``csv_table``: the separator is the first of these the header holds, else none.
_SEPARATORS = (";", "\t", ",")
_ONE_COLUMN = "\x1f"
# A cell whose decimal point could also be a thousands separator (1.234): it does not
# tell the file's decimal mark (``csv_table.readings``).
_GROUPED = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_DIGITS = frozenset(b"0123456789")


@dataclass(frozen=True)
class IntervalForecast:
    calls: FloatArray
    aht_seconds: FloatArray | None
    # Where each interval stands in the file (the header is row 1; blank rows are skipped).
    row_numbers: tuple[int, ...] = ()


def read_plain_interval_csv(text: str) -> IntervalForecast | None:
    """The forecast in ``text`` if it is a plain file, else None (read it exactly).

    >>> read_plain_interval_csv("calls,aht_seconds\\n100,180\\n0.5,200\\n").calls.tolist()
    [100.0, 0.5]
    >>> read_plain_interval_csv("calls\\n12,5\\n") is None  # a decimal comma: not plain
    True
    """
    text = text.removeprefix("\ufeff")
    # Quotes change how a line splits, and a carriage return or NUL how the csv module
    # reads it; non-ASCII digits read as numbers. Such files go to the exact reader.
    if not text.isascii() or '"' in text or "\r" in text or "\x00" in text:
        return None
    header_line, _, body = text.partition("\n")
    separator = next((s for s in _SEPARATORS if s in header_line), _ONE_COLUMN)
    header = [name.strip().lower() for name in header_line.split(separator)]
    body = body.rstrip("\n")
    if "calls" not in header or not body or "\n\n" in body:
        return None  # no calls column, no rows or a blank row: the exact reader says
    rows = body.count("\n") + 1
    if rows > MAX_ROWS:
        return None
    wanted = [header.index("calls")]
    if "aht_seconds" in header:
        wanted.append(header.index("aht_seconds"))
    picked = _number_text(body, separator, len(header), wanted)
    if picked is None or not _plain_numbers(picked[0], separator):
        return None
    numbers, positions = picked
    try:
        with warnings.catch_warnings():
            # A line of tabs is whitespace to loadtxt: skipped with a warning. The
            # shape check below sends such a file to the exact reader.
            warnings.simplefilter("ignore", UserWarning)
            table = np.loadtxt(
                io.StringIO(numbers),
                delimiter=separator,
                comments=None,
                dtype=np.float64,
                ndmin=2,
            )
    except ValueError:  # an empty cell, a row of another length, "1.2.3"
        return None
    if table.shape != (rows, len(positions)):  # every row read, each cell once
        return None
    calls = np.ascontiguousarray(table[:, positions[0]])
    aht = np.ascontiguousarray(table[:, positions[1]]) if len(positions) == 2 else None
    if not bool(np.all((calls >= 0.0) & (calls <= CALLS_MAX))):
        return None
    if aht is not None and not bool(np.all((aht >= AHT_MIN) & (aht <= AHT_MAX))):
        return None
    return IntervalForecast(calls=calls, aht_seconds=aht, row_numbers=tuple(range(2, rows + 2)))


def _number_text(
    body: str, separator: str, columns: int, wanted: list[int]
) -> tuple[str, list[int]] | None:
    """The cells of the ``wanted`` columns, one row per line, and where each wanted
    column stands in them; None if a row is too short to hold them all."""
    if sorted(wanted) == list(range(columns)):
        return body, wanted  # the file holds only the columns read (the common case)
    picked = []
    last = max(wanted)
    for line in body.split("\n"):
        cells = line.split(separator)
        if len(cells) <= last:
            return None
        picked.append(separator.join(cells[i] for i in wanted))
    return "\n".join(picked), list(range(len(wanted)))


def _plain_numbers(numbers: str, separator: str) -> bool:
    """Only digits, decimal points between digits, separators and line ends; and the
    decimal mark is a point that some cell shows, or no cell has one."""
    data = np.frombuffer(numbers.encode("ascii"), dtype=np.uint8)
    allowed = np.zeros(256, dtype=bool)
    allowed[list(_DIGITS)] = True
    allowed[[ord("."), ord("\n"), ord(separator)]] = True
    if not bool(allowed[data].all()):
        return False
    points = np.flatnonzero(data == ord("."))
    if points.size == 0:
        return True  # whole numbers read the same with either mark
    digit = np.zeros(256, dtype=bool)
    digit[list(_DIGITS)] = True
    inside = (points > 0) & (points < data.size - 1)
    if not bool(inside.all()) or not bool(
        (digit[data[points - 1]] & digit[data[points + 1]]).all()
    ):
        return False
    # A cell like 1.234 alone could be 1234 with a decimal comma: the exact reader
    # refuses a file whose only decimals are such cells; one other decimal decides.
    cell = re.compile(rf"[^{re.escape(separator)}\n]*\.[^{re.escape(separator)}\n]*")
    return any(_GROUPED.fullmatch(found.group()) is None for found in cell.finditer(numbers))
