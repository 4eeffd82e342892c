"""Chart builders for the Compare page: pure functions of a ``Comparison``.

Every scenario keeps one colour in every chart: the colour of its column (the
baseline first), from the ccx palette.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ccx_model.compare import Comparison
from ccx_model.i18n import t
from ccx_model.kpis import format_kpi

from .theme import PALETTE, AnyChart, number_label_expr

GROUPED_KPIS = ("npv", "net_per_year", "annual_cost", "gross_margin")


def scenario_colour_map(comparison: Comparison) -> dict[str, str]:
    """Each column's colour by its label: the baseline first, then the order given.

    At most ``MAX_SCENARIOS`` + 1 columns, fewer than the palette's colours, so no
    two scenarios of a comparison share a colour.
    """
    return {s.label: PALETTE[i % len(PALETTE)] for i, s in enumerate(comparison.columns)}


def scenario_colours(comparison: Comparison) -> alt.Scale:
    """One colour per column, the same in every chart of the comparison."""
    colours = scenario_colour_map(comparison)
    return alt.Scale(domain=list(colours), range=list(colours.values()))


def kpi_bars_chart(comparison: Comparison, lang: str = "en") -> AnyChart:
    """The decision figures of each scenario, one small chart per KPI, with values."""
    panels = []
    labels = [s.label for s in comparison.columns]
    colours = scenario_colours(comparison)
    for key in GROUPED_KPIS:
        frame = pd.DataFrame(
            {
                "scenario": labels,
                "value": [float(s.value(key) or 0.0) for s in comparison.columns],
                "label": [format_kpi(s.kpis[key], lang) for s in comparison.columns],
            }
        )
        title = t(f"kpi.{key}", lang)
        bars = (
            alt.Chart(frame)
            .mark_bar()
            .encode(
                y=alt.Y("scenario:N", title=None, sort=labels, axis=alt.Axis(labelLimit=180)),
                x=alt.X("value:Q", title=None, axis=alt.Axis(labelExpr=number_label_expr(lang))),
                color=alt.Color("scenario:N", legend=None, scale=colours),
                tooltip=[alt.Tooltip("scenario:N"), alt.Tooltip("label:N", title=title)],
            )
        )
        text = (
            alt.Chart(frame)
            .mark_text(align="left", dx=4, fontSize=11)
            .encode(y=alt.Y("scenario:N", sort=labels), x="value:Q", text="label:N")
        )
        panels.append(alt.layer(bars, text).properties(title=title, width=260, height=alt.Step(28)))
    return alt.vconcat(alt.hconcat(*panels[:2]), alt.hconcat(*panels[2:])).properties(
        title=alt.Title(t("cmp.kpi_chart", lang))
    )


def cumulative_compare_chart(comparison: Comparison, lang: str = "en") -> AnyChart:
    """The cumulative cash flow of every scenario against the baseline, on one chart."""
    frame = pd.DataFrame(comparison.cash_flow_rows())
    labels = [s.label for s in comparison.columns if not s.is_baseline]
    frame = frame[frame["label"].isin(labels)]
    subtitle = t("cmp.cumulative_subtitle_months", lang, months=comparison.horizon_months)
    return (
        alt.Chart(frame, title=alt.Title(t("cmp.cumulative_chart", lang), subtitle=subtitle))
        .mark_line()
        .encode(
            x=alt.X("month:Q", title=t("bc.month", lang)),
            y=alt.Y(
                "cumulative_eur:Q",
                title=t("bc.cumulative", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color("label:N", title=None, scale=scenario_colours(comparison)),
            tooltip=["label:N", "month:Q", alt.Tooltip("cumulative_eur:Q", format=",.0f")],
        )
        .properties(width="container", height=340)
    )
