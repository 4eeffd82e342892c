"""Chart builders for the Compare page: pure functions of a ``Comparison``."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ccx_model.compare import KPIS_BY_KEY, Comparison, format_kpi, kpi_label

from .charts import number_label_expr
from .texts import t

GROUPED_KPIS = ("annual_cost_eur", "revenue_eur", "net_result_eur", "fte")


def kpi_bars_chart(comparison: Comparison, lang: str = "en") -> alt.Chart:
    """Cost, revenue, net result and FTE of each scenario, one small chart per KPI."""
    panels = []
    labels = [s.label for s in comparison.columns]
    for key in GROUPED_KPIS:
        kpi = KPIS_BY_KEY[key]
        frame = pd.DataFrame(
            {
                "scenario": labels,
                "value": [float(s.kpis[key] or 0.0) for s in comparison.columns],
                "label": [format_kpi(kpi, s.kpis[key], lang) for s in comparison.columns],
            }
        )
        is_money = kpi.unit == "eur"
        panels.append(
            alt.Chart(frame, title=kpi_label(key, lang))
            .mark_bar()
            .encode(
                x=alt.X(
                    "scenario:N",
                    title=None,
                    sort=labels,
                    axis=alt.Axis(labelAngle=-30, labelLimit=160),
                ),
                y=alt.Y(
                    "value:Q",
                    title=None,
                    axis=alt.Axis(labelExpr=number_label_expr(lang)) if is_money else alt.Axis(),
                ),
                color=alt.Color("scenario:N", legend=None, sort=labels),
                tooltip=[
                    alt.Tooltip("scenario:N"),
                    alt.Tooltip("label:N", title=kpi_label(key, lang)),
                ],
            )
            .properties(width=220, height=220)
        )
    return alt.hconcat(*panels).properties(title=alt.Title(t("cmp.kpi_chart", lang)))


def cumulative_compare_chart(comparison: Comparison, lang: str = "en") -> alt.Chart:
    """The cumulative cash flow of every scenario against the baseline, on one chart."""
    frame = pd.DataFrame(comparison.cash_flow_rows())
    labels = [s.label for s in comparison.columns if not s.is_baseline]
    frame = frame[frame["label"].isin(labels)]
    return (
        alt.Chart(
            frame,
            title=alt.Title(
                t("cmp.cumulative_chart", lang), subtitle=t("cmp.cumulative_subtitle", lang)
            ),
        )
        .mark_line()
        .encode(
            x=alt.X("month:Q", title=t("bc.month", lang)),
            y=alt.Y(
                "cumulative_eur:Q",
                title=t("bc.cumulative", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color("label:N", title=None, sort=labels),
            tooltip=["label:N", "month:Q", alt.Tooltip("cumulative_eur:Q", format=",.0f")],
        )
        .properties(width="container", height=340)
    )
