"""The board pack: one scenario's business case as an editable PowerPoint deck that can
go to the board unedited.

Slides, in order: the title (the scenario's name and description); the executive
summary (the recommendation and the ask — the scenario's own words, or written from
the figures — the centre per year and the business case); the cash flow year by year;
with targeting, the segments chosen; for a pilot, its design, criteria as numbers,
what it measured and the decision; one slide per chart of ``ccx_charts.catalogue``
(its message as the title); with other scenarios, the comparison table and charts;
then the appendix: the assumptions that differ from ccx's documented baseline or
belong to a lever that is on, and the investments. Layout and text measurement are
in ``deck_layout``, building blocks in ``deck_shapes``. Every word goes through the
catalogues: English or Dutch.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.slide import Slide
from pptx.util import Inches

from ccx_charts.catalogue import (
    comparison_charts,
    comparison_footnote,
    report_footnote,
    risk_charts,
    scenario_charts,
)
from ccx_model.bundled_names import display_name
from ccx_model.compare import compared_with_baseline
from ccx_model.i18n import format_eur, format_percent, t
from ccx_model.kpis import format_kpi
from ccx_model.report import Report
from ccx_model.scenario import Scenario

from .charts import chart_png, slides_chart
from .deck_layout import (
    ACCENT,
    BAND_HEIGHT_IN,
    BODY_PT,
    CONTENT_BOTTOM_IN,
    CONTENT_WIDTH_IN,
    FIGURE_PT,
    FOOTER_PT,
    FOOTER_TOP_IN,
    INK,
    LINE_HEIGHT,
    MARGIN_IN,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    TINT,
    WHITE,
    TableLayout,
    text_lines,
    text_width_em,
)
from .deck_pilot import pilot_slides, targeting_slide
from .deck_shapes import (
    _chart_slide,
    _footers,
    _rectangle,
    _slide_with_title,
    _table_slides,
    _textbox,
    _write,
)
from .deck_tables import appendix_slides, believe_slides, comparison_slides, investment_slides

__all__ = ["TableLayout", "build_deck", "summary_figures", "text_lines", "text_width_em"]


@dataclass(frozen=True)
class Figure:
    """One number of the executive summary."""

    label: str
    value: str


#: The executive summary's figures: the centre per year, then the business case.
CENTRE_FIGURES = ("annual_cost", "cost_per_contact", "fte", "gross_margin", "net_result")
CASE_FIGURES = ("npv", "payback", "roi", "irr", "net_per_year")


def summary_figures(report: Report, lang: str) -> tuple[list[Figure], list[Figure]]:
    """(the centre per year, the business case): labels and values as the deck shows them,
    from the report's KPIs (the same figures and formats as the app's tiles)."""

    def figures(keys: Sequence[str]) -> list[Figure]:
        return [Figure(t(f"kpi.{key}", lang), format_kpi(report.kpi(key), lang)) for key in keys]

    return figures(CENTRE_FIGURES), figures(CASE_FIGURES)


def recommendation(report: Report, lang: str) -> str:
    """The scenario's own recommendation, or one written from its figures."""
    own = report.scenario.business_case.recommendation.strip()
    if own:
        return own
    case = report.case
    months, npv = case.horizon_months, format_eur(case.npv_eur, lang)
    if case.npv_eur > 0 and case.payback_month is not None:
        return t(
            "deck.recommend.go",
            lang,
            name=display_name(report.scenario.name, lang),
            npv=npv,
            months=months,
            payback=case.payback_month,
        )
    name = display_name(report.scenario.name, lang)
    return t("deck.recommend.stop", lang, name=name, npv=npv, months=months)


def ask(report: Report, lang: str) -> str:
    """The scenario's own ask, or the money the case needs: one-off and running."""
    own = report.scenario.business_case.ask.strip()
    if own:
        return own
    inputs = report.scenario.business_case
    one_off = sum(item.one_off_eur for item in inputs.investments)
    one_off += sum(cut.one_off_cost_eur for cut in report.scenario.failure_demand.cuts)
    if report.scenario.outsourcing.active:
        one_off += report.scenario.outsourcing.transition_cost_eur
    monthly = sum(item.recurring_eur_per_month for item in inputs.investments)
    if one_off <= 0 and monthly <= 0:
        return t("deck.ask.none", lang)
    return t(
        "deck.ask.money",
        lang,
        one_off=format_eur(one_off, lang),
        monthly=format_eur(monthly, lang),
    )


def build_deck(
    scenario: Scenario,
    lang: str = "en",
    baseline: Scenario | None = None,
    compare: Sequence[Scenario] | None = None,
    *,
    when: date | None = None,
) -> bytes:
    """The board pack of ``scenario`` as ``.pptx`` bytes.

    The business case is measured against ``baseline`` (default: the scenario's own
    starting centre, levers off). ``compare``: other scenarios to set beside it (1 to
    3; against ``baseline``, or against ``scenario`` itself without one;
    ``CompareError`` for more). ``when``: the date on the title slide (default today).
    """
    report = Report(scenario, baseline)
    # Compared first: too many scenarios fail here, before any chart is drawn.
    comparison = compared_with_baseline(scenario, compare, baseline, lang) if compare else None
    deck = Presentation()
    deck.slide_width = Inches(SLIDE_WIDTH_IN)
    deck.slide_height = Inches(SLIDE_HEIGHT_IN)

    _title_slide(deck, scenario, lang, when or date.today())
    _summary_slide(deck, report, lang)
    _cash_flow_slide(deck, report, lang)
    targeting_slide(deck, report, lang)
    pilot_slides(deck, report, lang)
    note = report_footnote(report, lang)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The draws, the tornado and the break-even values (some 2 s of model runs) are
        # made while the other charts are drawn, which waits on the renderer's process.
        risk = pool.submit(_risk_figures, report) if scenario.ranges else None
        for entry in scenario_charts(report, lang, risk=False):
            _chart_slide(deck, entry.title, chart_png(slides_chart(entry.chart, footnote=note)))
        if risk is not None:
            risk.result()
    for entry in risk_charts(report, lang):
        _chart_slide(deck, entry.title, chart_png(slides_chart(entry.chart, footnote=note)))
    believe_slides(deck, report, lang)
    if comparison is not None:
        comparison_slides(deck, comparison, lang)
        note = comparison_footnote(comparison, lang)
        for entry in comparison_charts(comparison, lang):
            _chart_slide(deck, entry.title, chart_png(slides_chart(entry.chart, footnote=note)))
    appendix_slides(deck, scenario, lang)
    investment_slides(deck, scenario, lang)
    _footers(deck, scenario, lang)

    buffer = BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _risk_figures(report: Report) -> None:
    """Everything the Risk slides read, computed once into the report's caches."""
    _ = report.simulation, report.tornado, report.break_evens


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
    name = display_name(scenario.name, lang)
    name_height = text_lines(name, width, 44, bold=True) * 44 * LINE_HEIGHT / 72
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
    _write(title.text_frame, [(name, 44, WHITE, True)])
    _write(subtitle.text_frame, [(t("deck.business_case", lang), 24, WHITE, False)])

    below: list[tuple[str, float, str, bool]] = [(_long_date(when, lang), 20, INK, True)]
    if scenario.description:
        below.append((display_name(scenario.description, lang), 16, MUTED, False))
    _textbox(slide, (MARGIN_IN + 0.3, BAND_HEIGHT_IN + 0.4, width, 1.9), below, space_after_pt=8)
    _textbox(
        slide,
        (MARGIN_IN + 0.3, FOOTER_TOP_IN, CONTENT_WIDTH_IN - 0.6, 0.3),
        [(t("deck.made_with", lang), FOOTER_PT, MUTED, False)],
    )


def _summary_slide(deck: Any, report: Report, lang: str) -> None:
    """The recommendation and the ask on top, then two cards: the centre per year and
    the business case over its horizon."""
    scenario, baseline, case = report.scenario, report.baseline, report.case
    months = case.horizon_months
    caption = t(
        "deck.summary_caption",
        lang,
        name=display_name(scenario.name, lang),
        baseline=t("bc.as_is", lang)
        if baseline is None
        else f"“{display_name(baseline.name, lang)}”",
        months=months,
        rate=format_percent(case.discount_rate_per_year, lang),
    )
    slide, top = _slide_with_title(deck, t("deck.summary", lang), caption)
    lines = [
        (t("deck.recommendation", lang), BODY_PT, ACCENT, True),
        (recommendation(report, lang), 16, INK, False),
        (t("deck.ask", lang), BODY_PT, ACCENT, True),
        (ask(report, lang), 16, INK, False),
    ]
    used = sum(
        text_lines(text, CONTENT_WIDTH_IN - 0.4, size, bold) * size * LINE_HEIGHT / 72
        for text, size, _, bold in lines
    )
    band_height = used + 0.45
    _rectangle(slide, (MARGIN_IN, top, CONTENT_WIDTH_IN, band_height), TINT)
    _textbox(
        slide,
        (MARGIN_IN + 0.2, top + 0.12, CONTENT_WIDTH_IN - 0.4, band_height - 0.2),
        lines,
        space_after_pt=2,
    )
    top += band_height + 0.2
    centre, business = summary_figures(report, lang)
    gap = 0.4
    width = (CONTENT_WIDTH_IN - gap) / 2
    height = CONTENT_BOTTOM_IN - top
    _figure_card(slide, (MARGIN_IN, top, width, height), t("deck.centre", lang), centre)
    irr = report.kpi("irr")
    _figure_card(
        slide,
        (MARGIN_IN + width + gap, top, width, height),
        t("deck.case", lang, months=months),
        business,
        t(irr.note + ".brief", lang) if irr.note else "",
    )


def _figure_card(
    slide: Slide,
    box: tuple[float, float, float, float],
    heading: str,
    figures: Sequence[Figure],
    note: str = "",
) -> None:
    """A card: a heading, then one row per figure, the label left and the value right."""
    left, top, width, height = box
    _rectangle(slide, (left, top, width, 0.06), ACCENT)
    pad = 0.1
    inner = width - 2 * pad
    _textbox(slide, (left + pad, top + 0.12, inner, 0.4), [(heading, 18, ACCENT, True)])
    row_top = top + 0.55
    rows_room = height - 0.55 - (0.45 if note else 0.0)
    row_height = min(0.48, rows_room / max(len(figures), 1))
    label_width = inner * 0.55
    for figure in figures:
        _textbox(
            slide,
            (left + pad, row_top + 0.04, label_width, row_height),
            [(figure.label, 15, INK, False)],
        )
        value_width = inner - label_width
        _textbox(
            slide,
            (left + pad + label_width, row_top, value_width, row_height),
            [(figure.value, _figure_size(figure.value, value_width), INK, True)],
            align="right",
        )
        row_top += row_height
    if note:
        # 14 pt like all body text: a board reads the note from across the table.
        _textbox(slide, (left + pad, row_top + 0.02, inner, 0.45), [(note, 14, MUTED, False)])


def _figure_size(value: str, width_in: float) -> float:
    """The figure's size: FIGURE_PT − 2, smaller (down to 14 pt) when a value in words
    ("niet binnen 6 maanden") would not fit its box on one line."""
    size = FIGURE_PT - 2.0
    while size > 14.0 and text_lines(value, width_in, size, bold=True) > 1:
        size -= 1.0
    return size


def _cash_flow_slide(deck: Any, report: Report, lang: str) -> None:
    """The business case year by year: benefits, costs, net and the cumulative."""
    case = report.case
    rows = [
        [
            t(
                "bc.year_months",
                lang,
                year=row["year"],
                first=int(row["first_month"]),
                last=int(row["last_month"]),
            ),
            format_eur(row["benefits_eur"], lang),
            format_eur(row["costs_eur"], lang),
            format_eur(row["net_eur"], lang),
            format_eur(row["cumulative_eur"], lang),
        ]
        for row in case.yearly()
    ]
    rows.append(
        [
            t("deck.total", lang),
            format_eur(sum(r["benefits_eur"] for r in case.yearly()), lang),
            format_eur(sum(r["costs_eur"] for r in case.yearly()), lang),
            format_eur(float(case.net_eur.sum()), lang),
            "",
        ]
    )
    first = 3.6
    rest = (CONTENT_WIDTH_IN - first) / 4
    _table_slides(
        deck,
        t("deck.cash_flow", lang, months=case.horizon_months),
        t("deck.cash_flow_caption", lang),
        TableLayout((first, rest, rest, rest, rest)),
        [t(f"bc.col.{key}", lang) for key in ("year", "benefits", "costs", "net", "cumulative")],
        rows,
        ["left", "right", "right", "right", "right"],
    )
