"""The board pack's building blocks: text in the ccx style, tinted shapes, a slide with
its title, a picture slide, a real table split over as many slides as it takes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Inches, Pt

from ccx_model.bundled_names import display_name
from ccx_model.scenario import Scenario

from .deck_layout import (
    ACCENT,
    BAND,
    BODY_PT,
    CONTENT_BOTTOM_IN,
    CONTENT_WIDTH_IN,
    FOOTER_PT,
    FOOTER_TOP_IN,
    INK,
    MARGIN_IN,
    MUTED,
    PLAIN_TABLE_STYLE,
    SLIDE_WIDTH_IN,
    TINT,
    TITLE_PT,
    TITLE_TOP_IN,
    WHITE,
    TableLayout,
    caption_height,
    content_top,
    title_height,
)


def _rgb(hex_colour: str) -> RGBColor:
    colour: RGBColor = RGBColor.from_string(hex_colour)  # type: ignore[no-untyped-call]
    return colour


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


def _slide_with_title(deck: Any, title: str, caption: str = "") -> tuple[Slide, float]:
    """A slide with ``title`` in its title placeholder (editable, in the outline), a
    rule in the accent colour under it and an optional caption; returns the slide and
    where its content starts."""
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    height = title_height(title)
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
            (MARGIN_IN, rule_top + 0.2, CONTENT_WIDTH_IN, caption_height(caption)),
            [(caption, BODY_PT, MUTED, False)],
        )
    return slide, content_top(title, caption)


def _footers(deck: Any, scenario: Scenario, lang: str) -> None:
    """Page numbers and the scenario's name on every slide but the title slide."""
    for number, slide in enumerate(deck.slides, start=1):
        if number == 1:
            continue
        _textbox(
            slide,
            (MARGIN_IN, FOOTER_TOP_IN, 8.0, 0.3),
            [(f"ccx · {display_name(scenario.name, lang)}", FOOTER_PT, MUTED, False)],
        )
        _textbox(
            slide,
            (SLIDE_WIDTH_IN - MARGIN_IN - 1.0, FOOTER_TOP_IN, 1.0, 0.3),
            [(str(number), FOOTER_PT, MUTED, False)],
            align="right",
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
    top = content_top(f"{title} (9/9)", caption)
    pages = layout.pages(header, rows, CONTENT_BOTTOM_IN - top, continued)
    for page, page_rows in enumerate(pages, start=1):
        numbered = title if len(pages) == 1 else f"{title} ({page}/{len(pages)})"
        slide, top = _slide_with_title(deck, numbered, caption)
        _table(slide, top, layout, header, page_rows, align, muted_second_line)
