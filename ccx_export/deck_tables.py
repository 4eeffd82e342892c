"""The board pack's table slides: the comparison of scenarios, the assumptions that
matter and the investments (tables paged by ``deck_shapes._table_slides``)."""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from ccx_model.assumption_words import Assumption, assumptions, show_range, shown_in_appendix
from ccx_model.bundled_names import display_name
from ccx_model.compare import Comparison
from ccx_model.compare_table import kpi_table
from ccx_model.fields import field_name, get_path, shown_value
from ccx_model.i18n import format_eur, format_number, has_text, t
from ccx_model.report import Report
from ccx_model.risk_words import in_tornado_order, rising
from ccx_model.scenario import Scenario

from .deck_layout import CONTENT_WIDTH_IN, TableLayout
from .deck_shapes import _table_slides


def comparison_slides(deck: Any, comparison: Comparison, lang: str) -> None:
    """The KPI table: one row per KPI, one column per scenario, each value with its
    change against the baseline beneath it."""
    header, *rows = kpi_table(comparison, lang)
    # "€1  Δ +€2": the change goes on a line of its own, under the value.
    shown = [[cell.replace("  Δ ", "\nΔ ") for cell in row] for row in rows]
    first = 3.0
    others = len(header) - 1
    _table_slides(
        deck,
        t("deck.compare", lang),
        t("deck.compare_caption", lang, baseline=f"“{comparison.baseline.label}”")
        + " "
        + t("compare.horizon_note", lang, months=comparison.horizon_months),
        TableLayout((first, *[(CONTENT_WIDTH_IN - first) / others] * others)),
        header,
        shown,
        ["left", *["right"] * others],
        muted_second_line=True,
    )


def believe_slides(deck: Any, report: Report, lang: str) -> None:
    """What the board has to believe: for each ranged assumption, the plan, its range
    and the value at which NPV is zero (or that the NPV keeps its sign anywhere in its
    allowed values), in tornado order; the sentences of ``risk_words`` beneath."""
    scenario = report.scenario
    if not scenario.ranges:
        return
    by_path = {found.path: found for found in report.break_evens}
    ranges = {item.path: item for item in scenario.ranges}
    rows = []
    for bar in report.tornado.bars:
        found, item = by_path[bar.path], ranges[bar.path]
        rows.append(
            [
                field_name(bar.path, lang),
                shown_value(bar.path, found.planned, lang),
                show_range(bar.path, item.model_dump(exclude={"path"}), lang),
                t(f"risk.cell.{found.reason}", lang)
                if found.value is None
                else shown_value(bar.path, found.value, lang),
            ]
        )
    _table_slides(
        deck,
        t("risk.believe", lang),
        believe_caption(report, lang),
        TableLayout((5.2, 1.2, 2.2, CONTENT_WIDTH_IN - 8.6)),
        [t(f"risk.col.{key}", lang) for key in ("assumption", "plan", "range", "break_even")],
        rows,
        ["left", "right", "right", "right"],
        continued=t("deck.continued", lang),
    )


#: Break-even values said in the caption (the table lists them all).
CAPTION_TURNS = 2


def believe_caption(report: Report, lang: str) -> str:
    """The table's message in a board's words: the assumptions whose break-even value
    lies in their allowed values, most swing first ("The NPV stays positive as long as
    … stays above 3.1% (plan 8%)"), then how many keep it positive anywhere."""
    up = rising(report.tornado)
    found = in_tornado_order(report.tornado, report.break_evens)
    turns = [b for b in found if b.value is not None]
    lines = [
        t(
            "deck.believe.above" if up.get(b.path, True) else "deck.believe.below",
            lang,
            field=field_name(b.path, lang, unit=False),
            value=with_unit(b.path, b.value, lang),
            plan=with_unit(b.path, b.planned, lang),
        )
        for b in turns[:CAPTION_TURNS]
        if b.value is not None
    ]
    positive = sum(1 for b in found if b.reason == "always_positive")
    if not turns:
        lines.append(t("risk.believe.robust", lang))
    elif positive:
        lines.append(t("deck.believe.others_positive", lang, count=positive))
    return " ".join(lines)


def with_unit(path: str, value: float, lang: str) -> str:
    """A value with the unit the form's label gives it: "8%", "838 s", "240 EUR".

    >>> with_unit("cross_sell.offer_handle_seconds", 838.2, "en")
    '838 s'
    """
    shown = shown_value(path, value, lang)
    label = t(f"field.{path}", lang) if has_text(f"field.{path}") else ""
    unit = re.search(r"\(([^)]*)\)$", label)
    if unit is None or shown.endswith("%"):
        return shown
    return f"{shown} {unit.group(1)}"


def range_rows(scenario: Scenario, lang: str) -> list[list[str]]:
    """The appendix's ranges: a heading row, then per range the assumption, its low and
    high end and how it is drawn (the plan as the most likely value)."""
    if not scenario.ranges:
        return []
    rows = [[t("deck.appendix_ranges", lang)]]
    for item in scenario.ranges:
        planned = get_path(scenario.model_dump(), item.path)
        note = (
            t("deck.range_note.uniform", lang)
            if item.distribution == "uniform"
            else t(
                "deck.range_note",
                lang,
                distribution=t(f"risk.distribution.{item.distribution}", lang),
                plan=with_unit(item.path, planned, lang),
            )
        )
        shown = show_range(item.path, {"low": item.low, "high": item.high}, lang)
        rows.append([field_name(item.path, lang), shown, note])
    return rows


def appendix_slides(deck: Any, scenario: Scenario, lang: str) -> None:
    """The assumptions the board needs: those that differ from ccx's documented
    baseline, and every setting of a lever that is on; the rest is in the workbook."""
    rows: list[list[str]] = []
    chosen: list[Assumption] = [
        row for row in assumptions(scenario, lang) if shown_in_appendix(scenario, row)
    ]
    for group, members in groupby(chosen, key=lambda row: row.group):
        rows.append([group])
        rows.extend([row.label, row.shown, row.source] for row in members)
    rows += range_rows(scenario, lang)
    if not rows:
        return
    _table_slides(
        deck,
        t("deck.appendix", lang),
        t("deck.appendix_caption_differs", lang, name=display_name(scenario.name, lang)),
        TableLayout((3.8, 1.4, CONTENT_WIDTH_IN - 5.2)),
        [t(f"xlsx.col.{key}", lang) for key in ("assumption", "value", "source")],
        rows,
        ["left", "right", "left"],
        continued=t("deck.continued", lang),
    )


#: Investments listed one by one in the deck; the rest are summed on one row (a
#: board reads one slide, the workbook holds every line).
DECK_INVESTMENT_ROWS = 12


def investment_slides(deck: Any, scenario: Scenario, lang: str) -> None:
    items = scenario.business_case.investments
    if not items:
        return
    shown, rest = items[:DECK_INVESTMENT_ROWS], items[DECK_INVESTMENT_ROWS:]
    rows = [
        [
            display_name(item.name, lang),
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
