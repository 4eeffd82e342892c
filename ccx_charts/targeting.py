"""The customer base by RFM: the recency × frequency grid with its customer counts, and
the size of each named segment (the chosen ones in the accent colour). Aggregates only:
counts per cell and per segment, never a customer."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import altair as alt
import pandas as pd

from ccx_model.i18n import format_number, format_percent, t
from ccx_model.segment_table import SegmentRow

from .theme import ACCENT, AnyChart

OTHER = "#B8C4BE"


def rf_grid_chart(grid: Sequence[Sequence[int]], lang: str = "en") -> AnyChart:
    """Customers per recency score (rows, 5 = bought most recently) and frequency score
    (columns, 5 = buys most often), each cell labelled with its count."""
    total = sum(sum(row) for row in grid) or 1
    frame = pd.DataFrame(
        [
            {
                "r": r + 1,
                "f": f + 1,
                "customers": count,
                "label": format_number(count, lang),
                "share": format_percent(count / total, lang, 1),
            }
            for r, row in enumerate(grid)
            for f, count in enumerate(row)
        ]
    )
    x = alt.X("f:O", title=t("targeting.axis.frequency", lang), axis=alt.Axis(labelAngle=0))
    y = alt.Y("r:O", title=t("targeting.axis.recency", lang), sort="descending")
    cells = (
        alt.Chart(frame)
        .mark_rect()
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "customers:Q",
                scale=alt.Scale(range=["#F1F6F4", ACCENT]),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("r:O", title=t("targeting.axis.recency", lang)),
                alt.Tooltip("f:O", title=t("targeting.axis.frequency", lang)),
                alt.Tooltip("label:N", title=t("targeting.col.customers", lang)),
                alt.Tooltip("share:N", title=t("targeting.col.share", lang)),
            ],
        )
    )
    top = max(frame["customers"].max(), 1)
    labels = (
        alt.Chart(frame)
        .mark_text(fontSize=13)
        .encode(
            x=x,
            y=y,
            text="label:N",
            color=alt.condition(
                alt.datum.customers > top * 0.55, alt.value("white"), alt.value("#1f1f1f")
            ),
        )
    )
    return (cells + labels).properties(
        title=t("targeting.chart.grid", lang), width="container", height=alt.Step(52)
    )


def segment_size_chart(
    rows: Sequence[SegmentRow], chosen: Collection[str], lang: str = "en"
) -> AnyChart:
    """Customers per segment, largest first, the chosen segments highlighted."""
    frame = pd.DataFrame(
        [
            {
                "segment": row.name(lang),
                "customers": row.customers,
                "label": f"{format_number(row.customers, lang)} ({format_percent(row.share, lang, 0)})",
                "chosen": row.segment in chosen,
            }
            for row in rows
        ]
    )
    y = alt.Y("segment:N", title=None, sort="-x", axis=alt.Axis(labelLimit=220))
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            # Headroom on the right for the labels ("1,234 (12%)") beside the longest bar.
            x=alt.X(
                "customers:Q",
                title=t("targeting.col.customers", lang),
                scale=alt.Scale(domain=[0, max(1, max(r.customers for r in rows)) * 1.3]),
            ),
            y=y,
            color=alt.condition(alt.datum.chosen, alt.value(ACCENT), alt.value(OTHER)),
            tooltip=[
                alt.Tooltip("segment:N", title=t("targeting.col.segment", lang)),
                alt.Tooltip("label:N", title=t("targeting.col.customers", lang)),
            ],
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", dx=4, color="#1f1f1f")
        .encode(x="customers:Q", y=y, text="label:N")
    )
    return (bars + labels).properties(
        title=t("targeting.chart.segments", lang), width="container", height=alt.Step(26)
    )
