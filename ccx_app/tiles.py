"""KPI tiles: a page's figures from the report, as the KPI registry writes them.

A tile shows the figure (money in compact units when the exact amount would not fit
a tile at 1280 pixels, e.g. "€15.1M"), and its help says how it is computed, with
its own inputs, and the exact amount.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ccx_model.i18n import t
from ccx_model.kpis import KpiValue, explain_kpi, format_kpi, format_kpi_compact

PER_ROW = 4
LONGEST_EXACT = 11  # characters a tile shows in full at 1280 pixels wide, four a row


def kpi_tile(column: st.delta_generator.DeltaGenerator, kpi: KpiValue, lang: str) -> None:
    exact = format_kpi(kpi, lang)
    shown = exact if len(exact) <= LONGEST_EXACT else format_kpi_compact(kpi, lang)
    help_text = explain_kpi(kpi, lang)
    if shown != exact:
        help_text += "\n\n" + t("tile.exact", lang, value=exact)
    column.metric(t(f"kpi.{kpi.key}", lang), shown, help=help_text)


def kpi_tiles(kpis: Sequence[KpiValue], lang: str, per_row: int = PER_ROW) -> None:
    """The tiles, ``per_row`` to a row."""
    for first in range(0, len(kpis), per_row):
        for column, kpi in zip(st.columns(per_row), kpis[first : first + per_row], strict=False):
            kpi_tile(column, kpi, lang)
