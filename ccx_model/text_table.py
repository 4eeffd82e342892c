"""Rows of cells as aligned text, for the command line: the first column to the left,
the others (figures) to the right, two spaces between columns.
"""

from __future__ import annotations

from collections.abc import Sequence


def aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """One line per row, each column as wide as its widest cell.

    >>> aligned([["Segment", "Customers"], ["Champions", "1,204"]])
    ['Segment    Customers', 'Champions      1,204']
    """
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
