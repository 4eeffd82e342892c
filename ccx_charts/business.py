"""Chart builders for the profit centre, the value centre and the business case.

Pure functions from model results to ``alt.Chart`` (no Streamlit), in the ccx theme.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from ccx_model.attribution import LeverEffect
from ccx_model.bundled_names import display_name
from ccx_model.case import BridgeStep, Case
from ccx_model.failure_demand import NO_DEPARTMENT, FailureDemandCosts
from ccx_model.i18n import format_eur, format_eur_compact, format_percent, t
from ccx_model.levers import CUT_PREFIX, SELLING

from .theme import PALETTE, AnyChart, number_label_expr

POSITIVE, NEGATIVE, TOTAL = PALETTE[0], PALETTE[3], PALETTE[2]


def stream_label(name: str, lang: str) -> str:
    """A lever's name for people: "Retention", "Fix: Billing" …"""
    if name.startswith(CUT_PREFIX):
        department = display_name(name.removeprefix(CUT_PREFIX), lang)
        return t("stream.failure_demand", lang, department=department)
    return t(f"stream.{name}", lang)


def stream_chart(effects: tuple[LeverEffect, ...], lang: str = "en") -> AnyChart:
    """Margin and cost of each commercial stream, side by side (per year)."""
    rows = []
    for effect in effects:
        if effect.name not in SELLING:
            continue
        for measure, value in (
            ("margin", effect.margin_eur_per_year),
            ("cost", effect.cost_eur_per_year),
        ):
            rows.append(
                {
                    "stream": stream_label(effect.name, lang),
                    "measure": t(f"measure.{measure}", lang),
                    "eur": value,
                    "label": format_eur(value, lang),
                }
            )
    frame = pd.DataFrame(rows)
    return (
        alt.Chart(frame, title=alt.Title(t("profit.revenue_chart", lang)))
        .mark_bar()
        .encode(
            x=alt.X(
                "stream:N",
                title=None,
                axis=alt.Axis(labelAngle=0),
                sort=[stream_label(e.name, lang) for e in effects],
            ),
            xOffset=alt.XOffset(
                "measure:N", sort=[t("measure.margin", lang), t("measure.cost", lang)]
            ),
            y=alt.Y(
                "eur:Q",
                title=t("chart.eur_per_year", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color(
                "measure:N",
                title=None,
                scale=alt.Scale(range=[POSITIVE, NEGATIVE]),
                sort=[t("measure.margin", lang), t("measure.cost", lang)],
            ),
            tooltip=[
                alt.Tooltip("stream:N"),
                alt.Tooltip("measure:N"),
                alt.Tooltip("label:N", title="EUR"),
            ],
        )
        .properties(width="container", height=320)
    )


def cumulative_cash_flow_chart(case: Case, lang: str = "en") -> AnyChart:
    """Cumulative net cash flow by month, with the payback month marked."""
    months = case.months
    cumulative = case.cumulative_eur
    frame = pd.DataFrame(
        {
            "month": months,
            "cumulative": cumulative,
            "label": [format_eur(v, lang) for v in cumulative],
        }
    )
    payback = case.payback_month
    horizon = int(months[-1])
    title = (
        t("bc.cumulative_title_payback", lang, month=payback)
        if payback is not None
        else t("bc.cumulative_title_never", lang, months=horizon)
    )
    line = (
        alt.Chart(frame)
        .mark_area(line={"color": POSITIVE}, color=alt.Gradient(  # type: ignore[no-untyped-call]
            gradient="linear",
            stops=[alt.GradientStop(color="#ffffff", offset=0), alt.GradientStop(color="#cfe7dc", offset=1)],
            x1=1, x2=1, y1=1, y2=0,
        ), opacity=0.8)
        .encode(
            x=alt.X("month:Q", title=t("bc.month", lang), scale=alt.Scale(domain=[0, horizon], nice=False)),
            y=alt.Y("cumulative:Q", title=t("bc.cumulative", lang), axis=alt.Axis(labelExpr=number_label_expr(lang))),
            tooltip=[alt.Tooltip("month:Q", title=t("bc.month", lang)), alt.Tooltip("label:N", title=t("bc.cumulative", lang))],
        )
    )  # fmt: skip
    zero = alt.Chart(pd.DataFrame({"y": [0.0]})).mark_rule(color="#555").encode(y="y:Q")
    return alt.layer(line, zero, *month_marker(payback, lang)).properties(
        title=alt.Title(title, subtitle=t("bc.cumulative_chart", lang)),
        width="container",
        height=320,
    )


def month_marker(month: int | None, lang: str) -> list[alt.Chart]:
    """A dashed rule and a label at a payback or break-even month (nothing if None)."""
    if month is None:
        return []
    marker = pd.DataFrame({"month": [month], "text": [t("bc.payback_month", lang, month=month)]})
    return [
        alt.Chart(marker).mark_rule(color=NEGATIVE, strokeDash=[6, 4]).encode(x="month:Q"),
        alt.Chart(marker)
        .mark_text(align="left", dx=6, dy=-8, color=NEGATIVE, fontWeight="bold")
        .encode(x="month:Q", y=alt.value(12), text="text:N"),
    ]


def bridge_label(key: str, lang: str) -> str:
    """A bridge step's name for people."""
    if key in ("baseline", "starting_centre", "rounding", "recurring_investments", "scenario"):
        return t(f"bridge.{key}", lang)
    return stream_label(key, lang)


def bridge_chart(
    steps: tuple[BridgeStep, ...],
    lang: str = "en",
    title: str | None = None,
    total_colour: str = TOTAL,
) -> AnyChart:
    """The bridge as a waterfall of the change per year: from 0 (the baseline) each
    step floats from the running total, and the last bar is the whole change. Every
    bar carries its amount; steps without effect are left out (the bars still add
    up). The baseline's and the scenario's levels are in the subtitle, so the levers
    are not slivers beside a bar of millions. ``total_colour`` paints the whole
    change (on Compare: the scenario's own colour, as in the other charts)."""
    start, end = steps[0].amount_eur, steps[-1].amount_eur
    rows, running = [], 0.0
    for order, step in enumerate(steps[1:-1], start=1):
        if abs(step.amount_eur) < 0.5:
            continue
        rows.append(
            {
                "order": order,
                "step": bridge_label(step.key, lang),
                "start": running,
                "end": running + step.amount_eur,
                "colour": "up" if step.amount_eur >= 0 else "down",
                "label": ("+" if step.amount_eur >= 0 else "")
                + format_eur_compact(step.amount_eur, lang),
                "exact": format_eur(step.amount_eur, lang),
            }
        )
        running += step.amount_eur
    change = end - start
    rows.append(
        {
            "order": len(steps),
            "step": t("bridge.change", lang),
            "start": 0.0,
            "end": change,
            "colour": "total",
            "label": ("+" if change >= 0 else "") + format_eur_compact(change, lang),
            "exact": format_eur(change, lang),
        }
    )
    frame = pd.DataFrame(rows)
    frame["middle"] = (frame["start"] + frame["end"]) / 2.0
    subtitle = t(
        "bridge.levels",
        lang,
        baseline=format_eur_compact(start, lang),
        scenario=format_eur_compact(end, lang),
    )
    by_order = alt.SortField("order")
    bars = (
        alt.Chart(frame)
        .mark_bar(size=26)
        .encode(
            y=alt.Y("step:N", sort=by_order, title=None, axis=alt.Axis(labelLimit=320)),
            x=alt.X(
                "start:Q",
                title=t("bridge.axis", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            x2="end:Q",
            color=alt.Color(
                "colour:N",
                legend=None,
                scale=alt.Scale(
                    domain=["total", "up", "down"], range=[total_colour, POSITIVE, NEGATIVE]
                ),
            ),
            tooltip=[
                alt.Tooltip("step:N", title=t("bridge.step", lang)),
                alt.Tooltip("exact:N", title=t("chart.eur_per_year", lang)),
            ],
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", dx=6, fontWeight="bold", color="#1f1f1f")
        .encode(
            y=alt.Y("step:N", sort=by_order),
            x=alt.X("max_end:Q"),
            text="label:N",
        )
        .transform_calculate(max_end="max(datum.start, datum.end)")
    )
    zero = alt.Chart(pd.DataFrame({"x": [0.0]})).mark_rule(color="#555").encode(x="x:Q")
    return alt.layer(bars, labels, zero).properties(
        title=alt.Title(title or t("bc.bridge", lang), subtitle=subtitle),
        width="container",
        height=alt.Step(40),
    )


def poor_service_chart(
    today: dict[str, float], scenario: dict[str, float], lang: str = "en"
) -> AnyChart:
    """The cost of poor service (repeat contacts, customers lost), today and in the scenario."""
    rows = []
    for when, parts in ((t("value.today", lang), today), (t("value.scenario", lang), scenario)):
        for part, value in parts.items():
            rows.append(
                {
                    "when": when,
                    "part": t(f"value.part.{part}", lang),
                    "eur": value,
                    "label": format_eur(value, lang),
                }
            )
    frame = pd.DataFrame(rows)
    return (
        alt.Chart(frame, title=alt.Title(t("value.chart", lang)))
        .mark_bar()
        .encode(
            y=alt.Y("when:N", title=None, sort=[t("value.today", lang), t("value.scenario", lang)]),
            x=alt.X(
                "eur:Q",
                stack="zero",
                title=t("chart.eur_per_year", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color("part:N", title=None),
            tooltip=[alt.Tooltip("part:N"), alt.Tooltip("label:N", title="EUR")],
        )
        .properties(width="container", height=alt.Step(48))
    )


def department_cost_chart(costs: FailureDemandCosts, lang: str = "en") -> AnyChart:
    """The polluter pays: service cost per causing department, largest first."""
    rows = [
        {
            "department": display_name(name, lang) or t("fd.not_avoidable", lang),
            "kind": t(
                "fd.kind.unavoidable" if name == NO_DEPARTMENT else "fd.kind.avoidable", lang
            ),
            "eur": value,
            "label": format_eur(value, lang),
        }
        for name, value in costs.by_department().items()
    ]
    frame = pd.DataFrame(rows, columns=["department", "kind", "eur", "label"])
    subtitle = t("fd.chart_subtitle", lang, share=format_percent(costs.avoidable_share, lang, 0))
    return (
        alt.Chart(frame, title=alt.Title(t("fd.chart", lang), subtitle=subtitle))
        .mark_bar()
        .encode(
            y=alt.Y("department:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X(
                "eur:Q",
                title=t("chart.eur_per_year", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color(
                "kind:N",
                title=None,
                scale=alt.Scale(
                    domain=[t("fd.kind.avoidable", lang), t("fd.kind.unavoidable", lang)],
                    range=[NEGATIVE, "#9a9a9a"],
                ),
            ),
            tooltip=[
                alt.Tooltip("department:N", title=t("fd.department", lang)),
                alt.Tooltip("label:N", title="EUR"),
            ],
        )
        .properties(width="container", height=alt.Step(34))
    )


def option_parts_chart(parts_by_option: dict[str, dict[str, float]], lang: str = "en") -> AnyChart:
    """Annual cost of two options side by side, stacked by component."""
    rows = [
        {
            "option": option,
            "part": t(f"cost.{part}", lang),
            "eur": value,
            "label": format_eur(value, lang),
        }
        for option, parts in parts_by_option.items()
        for part, value in parts.items()
        if value != 0.0
    ]
    frame = pd.DataFrame(rows, columns=["option", "part", "eur", "label"])
    return (
        alt.Chart(frame, title=alt.Title(t("os.parts_chart", lang)))
        .mark_bar()
        .encode(
            y=alt.Y("option:N", title=None, sort=list(parts_by_option)),
            x=alt.X(
                "eur:Q",
                stack="zero",
                title=t("chart.eur_per_year", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color("part:N", title=None),
            tooltip=[
                alt.Tooltip("option:N", title=t("os.option", lang)),
                alt.Tooltip("part:N"),
                alt.Tooltip("label:N", title="EUR"),
            ],
        )
        .properties(width="container", height=alt.Step(48))
    )


def cumulative_options_chart(
    months: Any, cumulative_by_option: dict[str, Any], break_even: int | None, lang: str = "en"
) -> AnyChart:
    """Cumulative cost of each option by month, with the break-even month marked."""
    rows = [
        {"month": int(m), "option": option, "eur": float(v), "label": format_eur(float(v), lang)}
        for option, values in cumulative_by_option.items()
        for m, v in zip(months, values, strict=True)
    ]
    frame = pd.DataFrame(rows)
    lines = (
        alt.Chart(frame)
        .mark_line()
        .encode(
            x=alt.X("month:Q", title=t("bc.month", lang)),
            y=alt.Y(
                "eur:Q",
                title=t("bc.cumulative", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            color=alt.Color("option:N", title=None, sort=list(cumulative_by_option)),
            tooltip=[
                alt.Tooltip("option:N", title=t("os.option", lang)),
                alt.Tooltip("month:Q"),
                alt.Tooltip("label:N", title="EUR"),
            ],
        )
    )
    return alt.layer(lines, *month_marker(break_even, lang)).properties(
        title=alt.Title(t("os.cumulative_chart", lang)), width="container", height=320
    )


def shift_chart(shares: Any, fte: Any, cost_eur: Any, lang: str = "en") -> AnyChart:
    """FTE and annual cost against the share of phone calls moved to chat (two panels)."""
    frame = pd.DataFrame(
        {
            "share": [float(s) * 100.0 for s in shares],
            "fte": [float(v) for v in fte],
            "cost": [float(v) for v in cost_eur],
            "cost_label": [format_eur(float(v), lang) for v in cost_eur],
        }
    )
    x = alt.X("share:Q", title=t("ch.shift_axis", lang))
    fte_panel = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("fte:Q", title=t("ch.measure.fte", lang), scale=alt.Scale(zero=False)),
            tooltip=["share:Q", alt.Tooltip("fte:Q", format=".1f")],
        )
        .properties(width="container", height=220)
    )
    cost_panel = (
        alt.Chart(frame)
        .mark_line(point=True, color=PALETTE[2])
        .encode(
            x=x,
            y=alt.Y(
                "cost:Q",
                title=t("ch.measure.cost", lang),
                scale=alt.Scale(zero=False),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            tooltip=["share:Q", alt.Tooltip("cost_label:N", title="EUR")],
        )
        .properties(width="container", height=220)
    )
    return alt.vconcat(fte_panel, cost_panel).properties(
        title=alt.Title(t("ch.shift_chart", lang), subtitle=t("ch.shift_subtitle", lang))
    )
