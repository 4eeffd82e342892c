"""One CSV reader for every upload: the separator from the header, numbers read as written.

Spreadsheets write CSV in the reader's locale. A Dutch Excel separates columns with
``;`` and writes ``12,5`` for twelve and a half and ``1.234`` for one thousand two
hundred and thirty-four; an English one writes ``,`` between columns and ``12.5``
and ``1,234``. Nothing here is guessed:

- **Columns.** The separator is the one the header line uses (``;``, tab or ``,``,
  in that order of preference); a header with none of them is a one-column file
  (so ``calls`` over ``12,5`` is twelve and a half, not two columns).
- **Numbers.** Each number cell is read with a decimal comma and with a decimal
  point. Most cells allow one reading only (``12,5``, ``0.25``, ``1.234,5``) or read
  the same either way (``1234``); the file's decimal mark is the one those cells
  agree on, and then ``1.234`` in a file with ``12,5`` elsewhere is 1234. A cell
  that could be either (``1,234`` in a file that says nothing else) is refused with
  both readings, as are cells that contradict each other. Grouped numbers are read
  with Babel's ``parse_decimal`` in strict mode (groups of three, as written).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from babel.numbers import NumberFormatError, parse_decimal

from .problems import InputError, Problem

DecimalMark = Literal[".", ","]
BOM = "\ufeff"
SEPARATORS = (";", "\t", ",")
ONE_COLUMN = "\x1f"  # the ASCII unit separator
_LOCALE = {".": "en_US", ",": "nl_NL"}

_PLAIN = re.compile(r"^[-+]?\d+$")
# One separator: digits, the mark, digits. Three digits after it, and one to three
# before it not starting with a zero, can also be a thousands group.
_ONE_MARK = re.compile(r"^([-+]?)(\d+)([.,])(\d+)$")
_GROUPED = re.compile(r"^[-+]?[1-9]\d{0,2}([.,]\d{3})+$")


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header (trimmed, lower case) and its non-blank rows with their
    row number in the file (the header is row 1)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def read_csv_table(text: str) -> CsvTable:
    """The header and rows of ``text`` (a leading byte-order mark is ignored).

    >>> read_csv_table("calls\\n12,5\\n\\n13,5\\n").rows
    [(2, ['12,5']), (4, ['13,5'])]
    >>> read_csv_table("calls;aht_seconds\\n12,5;180\\n").rows
    [(2, ['12,5', '180'])]
    """
    text = text.removeprefix(BOM)
    first_line = text.split("\n", 1)[0]
    # A header without a separator is one column: split on a character no file holds.
    separator = next((s for s in SEPARATORS if s in first_line), ONE_COLUMN)
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    header = [h.strip().lower() for h in next(reader, [])]
    if not any(header):
        raise InputError([Problem.rule("(file)", "csv.empty")])
    rows = [
        (number, row)
        for number, row in enumerate(reader, start=2)
        if any(cell.strip() for cell in row)
    ]
    return CsvTable(header, rows)


def readings(cell: str) -> dict[DecimalMark, float]:
    """The number ``cell`` means with each decimal mark (absent where it is not one).

    >>> readings("12,5"), readings("1.234"), readings("1234")
    ({',': 12.5}, {'.': 1.234, ',': 1234.0}, {'.': 1234.0, ',': 1234.0})
    >>> readings("1.234,5"), readings("abc"), readings("0.123")
    ({',': 1234.5}, {}, {'.': 0.123})
    """
    text = cell.strip()
    if _PLAIN.match(text):
        value = float(text)
        return {".": value, ",": value}
    found = _ONE_MARK.match(text)
    if found is not None:
        sign, whole, mark, fraction = found.groups()
        result: dict[DecimalMark, float] = {
            "." if mark == "." else ",": float(f"{sign}{whole}.{fraction}")
        }
        if _GROUPED.match(text):  # also a thousands group: 1.234 = 1234 with a comma mark
            result["," if mark == "." else "."] = float(f"{sign}{whole}{fraction}")
        return dict(sorted(result.items(), key=lambda item: item[0] != "."))
    found_marks: dict[DecimalMark, float] = {}
    marks: tuple[DecimalMark, ...] = (".", ",")
    for mark in marks:
        number = _babel(text, mark)
        if number is not None:
            found_marks[mark] = number
    return found_marks


def _babel(text: str, mark: DecimalMark) -> float | None:
    try:
        value = parse_decimal(text, locale=_LOCALE[mark], strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None
    return float(value) if isinstance(value, Decimal) and value.is_finite() else None


@dataclass(frozen=True)
class CellPlace:
    row: int
    column: str


def decimal_mark(cells: list[tuple[CellPlace, str]]) -> DecimalMark | None:
    """The decimal mark ``cells`` agree on; None if every cell reads the same either
    way. Raises InputError on a cell that could be read both ways (and nothing else
    decides) or on cells that contradict each other.
    """
    seen: dict[DecimalMark, tuple[CellPlace, str]] = {}
    ambiguous: tuple[CellPlace, str, dict[DecimalMark, float]] | None = None
    for place, cell in cells:
        options = readings(cell)
        if len(options) == 1:
            mark = next(iter(options))
            seen.setdefault(mark, (place, cell))
        elif len(options) == 2 and options["."] != options[","] and ambiguous is None:
            ambiguous = (place, cell, options)
    if len(seen) == 2:
        (place_a, cell_a), (place_b, cell_b) = seen["."], seen[","]
        raise InputError(
            [
                Problem(
                    _name(place_b),
                    cell_b,
                    "rule",
                    key="csv.mixed_decimals",
                    params={
                        "cell": cell_b,
                        "other": cell_a,
                        "other_row": place_a.row,
                        "row": place_b.row,
                        "column": place_b.column,
                    },
                    field_key="csv.cell",
                )
            ]
        )
    if seen:
        return next(iter(seen))
    if ambiguous is not None:
        place, cell, options = ambiguous
        raise InputError(
            [
                Problem(
                    _name(place),
                    cell,
                    "rule",
                    key="csv.ambiguous_number",
                    params={
                        "cell": cell,
                        "point_plain": options["."],
                        "comma_plain": options[","],
                        "row": place.row,
                        "column": place.column,
                    },
                    field_key="csv.cell",
                )
            ]
        )
    return None


def read_number(cell: str, mark: DecimalMark | None) -> float | None:
    """The number in ``cell`` with the file's decimal mark; None if it is not one.

    >>> read_number("1.234", ","), read_number("1.234", "."), read_number("x", ".")
    (1234.0, 1.234, None)
    """
    options = readings(cell)
    if mark is None:
        return next(iter(options.values()), None)
    return options.get(mark)


def _name(place: CellPlace) -> str:
    return f"row {place.row}, column {place.column}"
