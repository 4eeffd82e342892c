"""The service level that pays: the yearly cost of each service-level target — people
and the customers lost to callers who hang up — with the cheapest target marked."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ccx_model.i18n import format_eur_compact, format_percent, t
from ccx_model.service_curve import ServiceCurve

from .business import TOTAL
from .theme import ACCENT, AnyChart, number_label_expr


def service_cost_chart(curve: ServiceCurve, lang: str = "en") -> AnyChart:
    """The total cost per year of each target as a line (people + customers lost, each
    in the tooltip), the cheapest target marked and labelled."""
    best = curve.best
    frame = pd.DataFrame(
        [
            {
                "target": p.target,
                "total": p.total_eur,
                "people": format_eur_compact(p.agents_cost_eur, lang),
                "lost": format_eur_compact(p.lost_margin_eur, lang),
                "label": format_eur_compact(p.total_eur, lang),
            }
            for p in curve.points
        ]
    )
    x = alt.X(
        "target:Q",
        title=t("service.axis.target", lang),
        axis=alt.Axis(format="%", values=[p.target for p in curve.points]),
        scale=alt.Scale(domain=[curve.points[0].target, curve.points[-1].target], nice=False),
    )
    line = (
        alt.Chart(frame)
        .mark_line(point=True, color=ACCENT, strokeWidth=3)
        .encode(
            x=x,
            y=alt.Y("total:Q", title=t("service.axis.cost", lang), scale=alt.Scale(zero=False), axis=alt.Axis(labelExpr=number_label_expr(lang))),
            tooltip=[
                alt.Tooltip("target:Q", format="%", title=t("service.axis.target", lang)),
                alt.Tooltip("people:N", title=t("service.part.people", lang)),
                alt.Tooltip("lost:N", title=t("service.part.lost", lang)),
                alt.Tooltip("label:N", title=t("service.axis.cost", lang)),
            ],
        )
    )  # fmt: skip
    labels = (
        alt.Chart(frame)
        .mark_text(dy=-12, fontSize=12, color="#1f1f1f")
        .encode(x=x, y="total:Q", text="label:N")
    )
    marker = pd.DataFrame([{"target": best.target, "text": t("service.cheapest", lang)}])
    rule = alt.Chart(marker).mark_rule(color=TOTAL, strokeDash=[6, 4]).encode(x="target:Q")
    note = (
        alt.Chart(marker)
        .mark_text(align="left", dx=6, dy=-8, color=TOTAL, fontWeight="bold")
        .encode(x="target:Q", y=alt.value(12), text="text:N")
    )
    return alt.layer(line, labels, rule, note).properties(
        title=alt.Title(
            service_cost_message(curve, lang),
            subtitle=t("service.subtitle", lang, patience=f"{curve.patience_seconds:g}"),
        ),
        width="container",
        height=320,
    )


def service_cost_message(curve: ServiceCurve, lang: str) -> str:
    best = curve.best
    return t(
        "service.message",
        lang,
        target=format_percent(best.target, lang, 0),
        total=format_eur_compact(best.total_eur, lang),
    )
