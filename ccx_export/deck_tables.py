"""The board pack's table slides: the comparison of scenarios, the assumptions that
matter and the investments (tables paged by ``deck_shapes._table_slides``)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from ccx_model.compare import Comparison
from ccx_model.compare_table import kpi_table
from ccx_model.i18n import format_eur, format_number, t
from ccx_model.scenario import Scenario

from .assumptions import Assumption, assumptions, shown_in_appendix
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
    if not rows:
        return
    _table_slides(
        deck,
        t("deck.appendix", lang),
        t("deck.appendix_caption_differs", lang, name=scenario.name),
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
