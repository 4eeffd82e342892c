"""The board pack's geometry and type, and where text wraps: the estimates that split a
table over slides before it overflows one and size every title and caption.

16:9 (13.333 × 7.5 in), titles at 28 pt, body text at 14 pt or more. Text widths are
estimated from Calibri's metrics (the theme's font; LibreOffice renders it with the
metric-compatible Carlito).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Geometry (inches) and type (points): 16:9, titles 28 pt, body 14 pt and up.
SLIDE_WIDTH_IN = 13.333
SLIDE_HEIGHT_IN = 7.5
MARGIN_IN = 0.5
CONTENT_WIDTH_IN = SLIDE_WIDTH_IN - 2 * MARGIN_IN
TITLE_TOP_IN = 0.3
FOOTER_TOP_IN = 7.05
CONTENT_BOTTOM_IN = 6.95
TITLE_PT = 28
FIGURE_PT = 22  # a number of the executive summary
BODY_PT = 14
FOOTER_PT = 11
# A table cell's default margins (PowerPoint's own, so no cell needs setting).
CELL_MARGIN_IN = 0.1  # left and right
CELL_PAD_IN = 0.05  # top and bottom
BAND_HEIGHT_IN = 4.6  # the title slide's band of colour
LINE_HEIGHT = 1.2  # a line of text is 1.2 × its font size high
# Advance widths of Calibri's glyphs in ems (from its metrics, 2048 units to the em,
# rounded); a lowercase letter not listed is 0.525, a capital 0.6. They estimate where
# text wraps, so a table is split over slides before it overflows one; the margin
# leaves room for another renderer's wrapping, bold is wider.
CHAR_WIDTHS_EM: dict[str, float] = {
    " ": 0.226,
    **dict.fromkeys("il.,;:'|!", 0.23),
    **dict.fromkeys("jft()[]/", 0.31),
    "r": 0.349,
    "s": 0.391,
    "z": 0.395,
    "c": 0.423,
    "x": 0.433,
    "v": 0.452,
    "y": 0.453,
    "k": 0.455,
    "g": 0.471,
    "a": 0.479,
    "e": 0.498,
    "w": 0.715,
    "m": 0.799,
    "%": 0.715,
    "-": 0.306,
    **dict.fromkeys("0123456789", 0.507),
    **dict.fromkeys("IJ", 0.3),
    **dict.fromkeys("MW", 0.87),
}
WIDTH_MARGIN = 1.04
BOLD_WIDTH = 1.05

ACCENT = "0B6E4F"
INK = "1F2933"
MUTED = "5F6B76"
TINT = "E3EFEA"
BAND = "F5F8F7"  # every other row of a table
WHITE = "FFFFFF"
# No style, no grid: every fill is set here, in the ccx colours.
PLAIN_TABLE_STYLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"


def text_width_em(text: str) -> float:
    """The width of ``text`` in ems, in Calibri (the theme's font), estimated.

    >>> round(text_width_em("Calls per month"), 2)
    6.44
    """
    return sum(CHAR_WIDTHS_EM.get(char, _default_width(char)) for char in text)


def _default_width(char: str) -> float:
    if char.isupper():
        return 0.6
    return 0.525 if char.islower() else 0.5


def text_lines(text: str, width_in: float, size_pt: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in a box ``width_in`` wide (greedy word wrap, estimated).

    >>> text_lines("a short label", 3.0, 14), text_lines("word " * 60, 3.0, 14)
    (1, 10)
    """
    room = width_in * 72 / size_pt / (WIDTH_MARGIN * (BOLD_WIDTH if bold else 1.0))
    space = CHAR_WIDTHS_EM[" "]
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            width = text_width_em(word)
            if used and used + space + width <= room:
                used += space + width
                continue
            if used:
                lines += 1
            # A word wider than the line breaks over several.
            extra = max(math.ceil(width / room) - 1, 0)
            lines += extra
            used = width - extra * room
    return lines


def title_height(title: str) -> float:
    lines = text_lines(title, CONTENT_WIDTH_IN, TITLE_PT, bold=True)
    return lines * TITLE_PT * LINE_HEIGHT / 72 + 0.15


def caption_height(caption: str) -> float:
    return text_lines(caption, CONTENT_WIDTH_IN, BODY_PT) * BODY_PT * LINE_HEIGHT / 72


def content_top(title: str, caption: str = "") -> float:
    """Where a slide's content starts, under its title, rule and caption."""
    top = TITLE_TOP_IN + title_height(title) + 0.08 + 0.2
    return top + caption_height(caption) + 0.15 if caption else top


@dataclass(frozen=True)
class TableLayout:
    """Column widths (inches) of a table; the first row is the header. A row of one
    cell is a heading: it spans the table and stays with the row after it."""

    widths: tuple[float, ...]
    size_pt: float = BODY_PT

    def row_height(self, cells: Sequence[str], bold: bool = False) -> float:
        """Estimated; a heading (one cell) is bold, as is the header (``bold``)."""
        widths = self.widths if len(cells) > 1 else (sum(self.widths),)
        lines = max(
            text_lines(cell, width - 2 * CELL_MARGIN_IN, self.size_pt, bold or len(cells) == 1)
            for cell, width in zip(cells, widths, strict=True)
        )
        return lines * self.size_pt * LINE_HEIGHT / 72 + 2 * CELL_PAD_IN + 0.02

    def pages(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        height: float,
        continued: str = "{heading}",
    ) -> list[list[Sequence[str]]]:
        """The rows split over as many tables as it takes, each at most ``height`` tall
        with the header repeated. A heading never ends a page; a page that starts in
        the middle of a heading's rows repeats it, written as ``continued``."""
        available = height - self.row_height(header, bold=True)
        pages: list[list[Sequence[str]]] = [[]]
        used = 0.0
        heading: Sequence[str] | None = None
        for i, row in enumerate(rows):
            needed = self.row_height(row)
            if len(row) == 1:
                heading = row
                if i + 1 < len(rows):
                    needed += self.row_height(rows[i + 1])
            if pages[-1] and used + needed > available:
                pages.append([])
                used = 0.0
                if heading is not None and heading is not row:
                    repeated = [continued.format(heading=heading[0])]
                    pages[-1].append(repeated)
                    used += self.row_height(repeated)
            pages[-1].append(row)
            used += self.row_height(row)
        return pages
