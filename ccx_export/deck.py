"""The board pack: one scenario's business case as an editable PowerPoint deck.

Slides, in order: a title slide; an executive summary with the key numbers as text;
one slide per chart of ``catalogue.scenario_charts`` (the chart's message as the
slide's title, the picture below it); when other scenarios are given, the comparison
table (a real table: KPI rows × scenario columns, ``compare.kpi_table``) and the
comparison charts; then an appendix with every assumption, its value and its source,
and the investments. 16:9 (13.333 × 7.5 in), titles at 28 pt, body text at 14 pt or
more, the ccx accent colour.

Every word goes through the translation table: English or Dutch.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from itertools import groupby
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Inches, Pt

from ccx_app.texts import t
from ccx_model.business_case import BusinessCase, build_business_case
from ccx_model.compare import Comparison, compare_scenarios, kpi_table
from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.i18n import format_eur, format_number, format_percent
from ccx_model.scenario import Scenario

from .catalogue import comparison_charts, scenario_charts
from .charts import chart_png
from .workbook import assumptions, irr_text

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


@dataclass(frozen=True)
class Figure:
    """One number of the executive summary."""

    label: str
    value: str


def summary_figures(
    evaluation: Evaluation, case: BusinessCase, lang: str
) -> tuple[list[Figure], list[Figure]]:
    """(the centre per year, the business case): labels and values as the deck shows them."""
    irr, roi, payback = case.irr, case.roi, case.payback_month
    horizon = int(case.months.size - 1)
    benefits, costs = float(case.benefits_eur.sum()), float(case.costs_eur.sum())
    centre = [
        Figure(t("kpi.annual_cost", lang), format_eur(evaluation.annual_cost_eur, lang)),
        Figure(
            t("kpi.cost_per_contact", lang), format_eur(evaluation.cost_per_contact_eur, lang, 2)
        ),
        Figure(t("kpi.fte", lang), format_number(evaluation.fte, lang, 1)),
        Figure(t("kpi.headcount", lang), format_number(evaluation.headcount, lang)),
        Figure(t("kpi.revenue", lang), format_eur(evaluation.revenue.total_eur, lang)),
        Figure(t("kpi.net_result", lang), format_eur(evaluation.net_result_eur, lang)),
    ]
    business = [
        Figure(t("deck.benefits_total", lang), format_eur(benefits, lang)),
        Figure(t("deck.costs_total", lang), format_eur(costs, lang)),
        Figure(t("kpi.npv", lang), format_eur(case.npv_eur, lang)),
        Figure(
            t("kpi.irr", lang),
            t("bc.na", lang) if irr.annual_rate is None else format_percent(irr.annual_rate, lang),
        ),
        Figure(
            t("kpi.roi", lang), t("bc.na", lang) if roi is None else format_percent(roi, lang, 0)
        ),
        Figure(
            t("kpi.payback", lang),
            t("deck.payback_month", lang, month=payback)
            if payback is not None
            else t("deck.payback_never", lang, months=horizon),
        ),
    ]
    return centre, business


def build_deck(
    scenario: Scenario,
    lang: str = "en",
    baseline: Scenario | None = None,
    compare: Sequence[Scenario] | None = None,
    *,
    when: date | None = None,
) -> bytes:
    """The board pack of ``scenario`` as ``.pptx`` bytes.

    The business case is measured against ``baseline`` (default: the scenario as it is
    today, levers off). ``compare``: other scenarios to set beside it (1 to 3; against
    ``baseline``, or against ``scenario`` itself without one; ``CompareError`` for
    more). ``when``: the date on the title slide (default today).
    """
    evaluation = evaluate(scenario)
    case = build_business_case(scenario, baseline)
    # Compared first: too many scenarios fail here, before any chart is drawn.
    comparison = (
        compare_scenarios([scenario, *compare], baseline=baseline or scenario) if compare else None
    )
    deck = Presentation()
    deck.slide_width = Inches(SLIDE_WIDTH_IN)
    deck.slide_height = Inches(SLIDE_HEIGHT_IN)

    _title_slide(deck, scenario, lang, when or date.today())
    _summary_slide(deck, scenario, evaluation, case, lang, baseline)
    for chart in scenario_charts(scenario, lang, baseline=baseline):
        _chart_slide(deck, chart.title, chart_png(chart.chart))
    if comparison is not None:
        _comparison_slides(deck, comparison, lang)
        for chart in comparison_charts(comparison, lang):
            _chart_slide(deck, chart.title, chart_png(chart.chart))
    _appendix_slides(deck, scenario, lang)
    _investment_slides(deck, scenario, lang)
    _footers(deck, scenario)

    buffer = BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


# Building blocks.


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)  # type: ignore[no-untyped-call]


def _style(run: Any, size_pt: float, colour: str = INK, bold: bool = False) -> None:
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)


def _write(
    frame: Any,
    lines: Iterable[tuple[str, float, str, bool]],
    align: str = "left",
    space_after_pt: float = 0,
) -> None:
    """Replace a text frame's text by paragraphs of (text, size, colour, bold)."""
    frame.word_wrap = True
    for i, (text, size_pt, colour, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT}[align]
        paragraph.space_after = Pt(space_after_pt)
        run = paragraph.add_run()
        run.text = text
        _style(run, size_pt, colour, bold)


def _textbox(
    slide: Slide,
    box: tuple[float, float, float, float],
    lines: Iterable[tuple[str, float, str, bool]],
    align: str = "left",
    space_after_pt: float = 0,
) -> Any:
    shape = slide.shapes.add_textbox(*(Inches(v) for v in box))
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = 0
    _write(frame, lines, align, space_after_pt)
    return shape


def _rectangle(slide: Slide, box: tuple[float, float, float, float], colour: str) -> Any:
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *(Inches(v) for v in box))
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(colour)
    shape.line.fill.background()
    # Without the theme's shape style: no shadow, no outline, in any program.
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
    return shape


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


def _title_height(title: str) -> float:
    lines = text_lines(title, CONTENT_WIDTH_IN, TITLE_PT, bold=True)
    return lines * TITLE_PT * LINE_HEIGHT / 72 + 0.15


def _caption_height(caption: str) -> float:
    return text_lines(caption, CONTENT_WIDTH_IN, BODY_PT) * BODY_PT * LINE_HEIGHT / 72


def _content_top(title: str, caption: str = "") -> float:
    """Where a slide's content starts, under its title, rule and caption."""
    top = TITLE_TOP_IN + _title_height(title) + 0.08 + 0.2
    return top + _caption_height(caption) + 0.15 if caption else top


def _slide_with_title(deck: Any, title: str, caption: str = "") -> tuple[Slide, float]:
    """A slide with ``title`` in its title placeholder (editable, in the outline), a
    rule in the accent colour under it and an optional caption; returns the slide and
    where its content starts."""
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    height = _title_height(title)
    shape = slide.shapes.title
    shape.left, shape.top = Inches(MARGIN_IN), Inches(TITLE_TOP_IN)
    shape.width, shape.height = Inches(CONTENT_WIDTH_IN), Inches(height)
    frame = shape.text_frame
    frame.clear()
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    frame.margin_left = frame.margin_right = 0
    frame.margin_top = frame.margin_bottom = 0
    _write(frame, [(title, TITLE_PT, ACCENT, True)])
    rule_top = TITLE_TOP_IN + height + 0.08
    _rectangle(slide, (MARGIN_IN, rule_top, 1.2, 0.05), ACCENT)
    if caption:
        _textbox(
            slide,
            (MARGIN_IN, rule_top + 0.2, CONTENT_WIDTH_IN, _caption_height(caption)),
            [(caption, BODY_PT, MUTED, False)],
        )
    return slide, _content_top(title, caption)


def _footers(deck: Any, scenario: Scenario) -> None:
    """Page numbers and the scenario's name on every slide but the title slide."""
    for number, slide in enumerate(deck.slides, start=1):
        if number == 1:
            continue
        _textbox(
            slide,
            (MARGIN_IN, FOOTER_TOP_IN, 8.0, 0.3),
            [(f"ccx · {scenario.name}", FOOTER_PT, MUTED, False)],
        )
        _textbox(
            slide,
            (SLIDE_WIDTH_IN - MARGIN_IN - 1.0, FOOTER_TOP_IN, 1.0, 0.3),
            [(str(number), FOOTER_PT, MUTED, False)],
            align="right",
        )


# The slides.


def _long_date(day: date, lang: str) -> str:
    return f"{day.day} {t(f'deck.month.{day.month}', lang)} {day.year}"


def _title_slide(deck: Any, scenario: Scenario, lang: str, when: date) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[0])  # "Title Slide"
    band = _rectangle(slide, (0, 0, SLIDE_WIDTH_IN, BAND_HEIGHT_IN), ACCENT)
    # The band goes behind the placeholders (first in the shape tree after its header).
    tree = slide.shapes._spTree
    tree.remove(band._element)
    tree.insert(2, band._element)

    title, subtitle = slide.shapes.title, slide.placeholders[1]
    width = CONTENT_WIDTH_IN - 0.6
    name_height = text_lines(scenario.name, width, 44, bold=True) * 44 * LINE_HEIGHT / 72
    name_top = BAND_HEIGHT_IN - 0.45 - name_height
    for shape, box in (
        (title, (MARGIN_IN + 0.3, name_top, width, name_height)),
        (subtitle, (MARGIN_IN + 0.3, name_top - 0.6, width, 0.5)),
    ):
        shape.left, shape.top, shape.width, shape.height = (Inches(v) for v in box)
        frame = shape.text_frame
        frame.clear()
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    _write(title.text_frame, [(scenario.name, 44, WHITE, True)])
    _write(subtitle.text_frame, [(t("deck.business_case", lang), 24, WHITE, False)])

    below: list[tuple[str, float, str, bool]] = [(_long_date(when, lang), 20, INK, True)]
    if scenario.description:
        below.append((scenario.description, 16, MUTED, False))
    _textbox(slide, (MARGIN_IN + 0.3, BAND_HEIGHT_IN + 0.4, width, 1.9), below, space_after_pt=8)
    _textbox(
        slide,
        (MARGIN_IN + 0.3, FOOTER_TOP_IN, CONTENT_WIDTH_IN - 0.6, 0.3),
        [(t("deck.made_with", lang), FOOTER_PT, MUTED, False)],
    )


def _summary_slide(
    deck: Any,
    scenario: Scenario,
    evaluation: Evaluation,
    case: BusinessCase,
    lang: str,
    baseline: Scenario | None,
) -> None:
    years = scenario.business_case.horizon_years
    caption = t(
        "deck.summary_caption",
        lang,
        name=scenario.name,
        baseline=t("bc.as_is", lang) if baseline is None else f"“{baseline.name}”",
        years=years,
        rate=format_percent(case.discount_rate_per_year, lang),
    )
    slide, top = _slide_with_title(deck, t("deck.summary", lang), caption)
    centre, business = summary_figures(evaluation, case, lang)
    gap = 0.4
    width = (CONTENT_WIDTH_IN - gap) / 2
    height = CONTENT_BOTTOM_IN - top
    _figure_card(slide, (MARGIN_IN, top, width, height), t("deck.centre", lang), centre)
    note = irr_text(case, lang)
    _figure_card(
        slide,
        (MARGIN_IN + width + gap, top, width, height),
        t("deck.case", lang, years=years),
        business,
        note,
    )


def _figure_card(
    slide: Slide,
    box: tuple[float, float, float, float],
    heading: str,
    figures: Sequence[Figure],
    note: str = "",
) -> None:
    """A tinted card: a heading, then one row per figure, the label left and the value
    right; a value too long to sit beside its label goes on a line of its own."""
    left, top, width, height = box
    _rectangle(slide, box, TINT)
    _rectangle(slide, (left, top, width, 0.07), ACCENT)
    pad = 0.3
    inner = width - 2 * pad
    _textbox(slide, (left + pad, top + 0.2, inner, 0.45), [(heading, 20, ACCENT, True)])
    row_top, row_height = top + 0.75, 0.6
    label_width = inner * 0.5
    value_line = FIGURE_PT * LINE_HEIGHT / 72
    for figure in figures:
        label = (left + pad, row_top, label_width, row_height)
        _textbox(slide, label, [(figure.label, 16, INK, False)])
        if text_lines(figure.value, inner - label_width, FIGURE_PT, bold=True) == 1:
            value = (left + pad + label_width, row_top - 0.04, inner - label_width, row_height)
            row_top += row_height
        else:
            lines = text_lines(figure.value, inner, FIGURE_PT, bold=True)
            value = (left + pad, row_top + 0.3, inner, lines * value_line)
            row_top += 0.3 + lines * value_line + 0.2
        _textbox(slide, value, [(figure.value, FIGURE_PT, INK, True)], align="right")
    if note:
        _textbox(
            slide,
            (left + pad, row_top + 0.05, inner, top + height - row_top - 0.15),
            [(note, BODY_PT, MUTED, False)],
        )


def _chart_slide(deck: Any, title: str, png: bytes) -> None:
    """The chart's message as the title, the picture as large as the slide allows."""
    slide, top = _slide_with_title(deck, title)
    top -= 0.05
    box_height = CONTENT_BOTTOM_IN - top
    width_px, height_px = _png_size(png)
    height = min(box_height, CONTENT_WIDTH_IN * height_px / width_px)
    width = height * width_px / height_px
    picture = slide.shapes.add_picture(
        BytesIO(png),
        Inches((SLIDE_WIDTH_IN - width) / 2),
        Inches(top),
        Inches(width),
        Inches(height),
    )
    element: Any = picture._element
    element.nvPicPr.cNvPr.set("descr", title)  # alternative text, for a screen reader


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG header (IHDR)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG image")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


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


def _table(
    slide: Slide,
    top: float,
    layout: TableLayout,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    align: Sequence[str],
    muted_second_line: bool = False,
) -> Any:
    """A real table: header on the accent colour, rows banded, headings (rows of one
    cell) spanning the table on the tint. With ``muted_second_line`` a cell's text
    after a line break is muted (a change under its value)."""
    all_rows = [header, *rows]
    # A row's height is its minimum: PowerPoint grows it to fit its text. Rows at one
    # line's height are as tall as their text; the estimate only decides the pages.
    minimum = layout.row_height([""])
    columns = len(header)
    frame = slide.shapes.add_table(
        len(all_rows),
        columns,
        Inches(MARGIN_IN),
        Inches(top),
        Inches(sum(layout.widths)),
        Inches(minimum * len(all_rows)),
    )
    table = frame.table
    table.first_row, table.horz_banding = True, False
    properties: Any = table._tbl.tblPr  # python-pptx always writes a style id
    properties.find(qn("a:tableStyleId")).text = PLAIN_TABLE_STYLE
    for i, width in enumerate(layout.widths):
        table.columns[i].width = Inches(width)
    band = 0
    for r, row in enumerate(all_rows):
        table.rows[r].height = Inches(minimum)
        heading = r > 0 and len(row) == 1
        if heading:
            table.cell(r, 0).merge(table.cell(r, columns - 1))
            band = 0
        else:
            band += 1
        fill = ACCENT if r == 0 else TINT if heading else (BAND if band % 2 == 0 else WHITE)
        for c in range(columns):
            cell: Any = table.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(fill)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE if r == 0 or heading else MSO_ANCHOR.TOP
        for c, text in enumerate(row):
            if r == 0:
                lines = [(text, layout.size_pt, WHITE, True)]
            elif heading:
                lines = [(text, layout.size_pt, ACCENT, True)]
            elif muted_second_line and "\n" in text:
                value, change = text.split("\n", 1)
                lines = [
                    (value, layout.size_pt, INK, False),
                    (change, layout.size_pt, MUTED, False),
                ]
            else:
                lines = [(text, layout.size_pt, INK, False)]
            cell_frame = table.cell(r, c).text_frame
            cell_frame.text = ""
            _write(cell_frame, lines, "left" if heading else align[c])
    return table


def _table_slides(
    deck: Any,
    title: str,
    caption: str,
    layout: TableLayout,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    align: Sequence[str],
    muted_second_line: bool = False,
    continued: str = "{heading}",
) -> None:
    """A table over as many slides as it takes, the header repeated, "(2/3)" in the title."""
    # The title's length (and so its height) barely changes with the page number.
    top = _content_top(f"{title} (9/9)", caption)
    pages = layout.pages(header, rows, CONTENT_BOTTOM_IN - top, continued)
    for page, page_rows in enumerate(pages, start=1):
        numbered = title if len(pages) == 1 else f"{title} ({page}/{len(pages)})"
        slide, top = _slide_with_title(deck, numbered, caption)
        _table(slide, top, layout, header, page_rows, align, muted_second_line)


def _comparison_slides(deck: Any, comparison: Comparison, lang: str) -> None:
    """The KPI table: one row per KPI, one column per scenario, each value with its
    change against the baseline beneath it."""
    header, *rows = kpi_table(comparison, lang)
    # "EUR 1  Δ +EUR 2": the change goes on a line of its own, under the value.
    shown = [[cell.replace("  Δ ", "\nΔ ") for cell in row] for row in rows]
    first = 3.0
    others = len(header) - 1
    _table_slides(
        deck,
        t("deck.compare", lang),
        t("deck.compare_caption", lang, baseline=f"“{comparison.baseline.label}”"),
        TableLayout((first, *[(CONTENT_WIDTH_IN - first) / others] * others)),
        header,
        shown,
        ["left", *["right"] * others],
        muted_second_line=True,
    )


def _appendix_slides(deck: Any, scenario: Scenario, lang: str) -> None:
    """Every assumption, under its group's heading: label, value, source or rationale."""
    rows: list[list[str]] = []
    for group, members in groupby(assumptions(scenario, lang), key=lambda row: row.group):
        rows.append([group])
        rows.extend([row.label, row.shown, row.source] for row in members)
    _table_slides(
        deck,
        t("deck.appendix", lang),
        t("deck.appendix_caption", lang, name=scenario.name),
        TableLayout((3.8, 1.4, CONTENT_WIDTH_IN - 5.2)),
        [t(f"xlsx.col.{key}", lang) for key in ("assumption", "value", "source")],
        rows,
        ["left", "right", "left"],
        continued=t("deck.continued", lang),
    )


#: Investments listed one by one in the deck; the rest are summed on one row (a
#: board reads one slide, the workbook holds every line).
DECK_INVESTMENT_ROWS = 12


def _investment_slides(deck: Any, scenario: Scenario, lang: str) -> None:
    items = scenario.business_case.investments
    if not items:
        return
    shown, rest = items[:DECK_INVESTMENT_ROWS], items[DECK_INVESTMENT_ROWS:]
    rows = [
        [
            item.name,
            format_eur(item.one_off_eur, lang),
            format_number(item.month, lang),
            format_eur(item.recurring_eur_per_month, lang),
            format_number(item.recurring_from_month, lang),
        ]
        for item in shown
    ]
    if rest:
        rows.append(
            [
                t("deck.investments_more", lang, count=len(rest)),
                format_eur(sum(item.one_off_eur for item in rest), lang),
                "",
                format_eur(sum(item.recurring_eur_per_month for item in rest), lang),
                "",
            ]
        )
    _table_slides(
        deck,
        t("deck.investments", lang),
        t("deck.investments_caption", lang),
        TableLayout((CONTENT_WIDTH_IN - 8.4, 2.2, 2.0, 2.2, 2.0)),
        [
            t(f"bc.col.{key}", lang)
            for key in ("name", "one_off", "month", "recurring", "from_month")
        ],
        rows,
        ["left", "right", "right", "right", "right"],
    )
