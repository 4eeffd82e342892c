"""Charts of the cost centre: cost, staffing through the week, the service-level curve,
attrition. Pure functions from model results to ``alt.Chart``.

The app, the exports and the tests render the very same charts. No Streamlit here.
Numbers on axes are formatted for the language with a Vega label expression,
because Streamlit's chart element cannot set a Vega format locale.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ccx_model.attrition import AttritionResult, attrition_saving_eur, reduced_attrition_rate
from ccx_model.cost import CostBreakdown
from ccx_model.erlang import service_level, traffic_erlangs
from ccx_model.evaluate import Evaluation
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.scenario import DAYS

from .theme import PALETTE, AnyChart, number_label_expr


def percent_label_expr(lang: str) -> str:
    base = "format(datum.value * 100, '.0f') + '%'"
    return base


def _hour_of_week_axis(lang: str) -> alt.Axis:
    names = [t(f"day.{d}", lang)[:2].capitalize() for d in DAYS]
    labels = "[" + ", ".join(f"'{n}'" for n in names) + "]"
    return alt.Axis(
        values=list(range(0, 169, 24)),
        labelExpr=f"datum.value < 168 ? {labels}[floor(datum.value / 24)] : ''",
        labelAlign="left",
        title=None,
        grid=True,
    )


def week_staffing_chart(evaluation: Evaluation, lang: str = "en") -> AnyChart:
    """Agents on the phones and scheduled agents per interval through the week."""
    load, staffing = evaluation.staffing.load, evaluation.staffing.intervals
    hours = load.day_index * 24 + load.minute_of_day / 60.0
    labels = [
        f"{t(f'day.{DAYS[d]}', lang)} {m // 60:02d}:{m % 60:02d}"
        for d, m in zip(load.day_index, load.minute_of_day, strict=True)
    ]
    on_phones, scheduled = t("chart.on_phones", lang), t("chart.scheduled", lang)
    frame = pd.DataFrame(
        {
            "hour": np.concatenate([hours, hours]),
            "agents": np.concatenate([staffing.agents, staffing.scheduled_agents]),
            "series": [on_phones] * len(hours) + [scheduled] * len(hours),
            "when": labels + labels,
            "calls": np.concatenate([np.round(staffing.calls, 1)] * 2),
        }
    )
    return (
        alt.Chart(frame, title=alt.Title(t("staffing.week_chart", lang)))
        .mark_line(interpolate="step-after")
        .encode(
            x=alt.X(
                "hour:Q",
                axis=_hour_of_week_axis(lang),
                scale=alt.Scale(domain=[0, 168], nice=False),
            ),
            y=alt.Y("agents:Q", title=t("chart.agents", lang)),
            color=alt.Color("series:N", title=None, sort=[on_phones, scheduled]),
            tooltip=[
                alt.Tooltip("when:N", title=t("chart.time", lang)),
                alt.Tooltip("series:N", title=t("chart.series", lang)),
                alt.Tooltip("agents:Q", title=t("chart.agents", lang)),
                alt.Tooltip("calls:Q", title="calls"),
            ],
        )
        .properties(width="container", height=320)
    )


def service_level_curve_chart(
    calls: float,
    aht_seconds: float,
    interval_minutes: float,
    answer_seconds: float,
    target: float,
    required_agents: int,
    lang: str = "en",
) -> AnyChart:
    """Service level against the number of agents for one interval, with the target."""
    traffic = float(traffic_erlangs(calls, aht_seconds, interval_minutes * 60.0))
    low = max(int(np.floor(traffic)), 0)
    high = max(required_agents + max(5, int(0.3 * required_agents)), low + 10)
    agents = np.arange(low, high + 1)
    levels = service_level(agents, traffic, aht_seconds, answer_seconds)
    frame = pd.DataFrame(
        {
            "agents": agents,
            "service_level": levels,
            "label": [format_percent(float(x), lang) for x in levels],
        }
    )
    line = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("agents:Q", title=t("chart.agents", lang), scale=alt.Scale(zero=False)),
            y=alt.Y(
                "service_level:Q",
                title=t("chart.service_level", lang),
                axis=alt.Axis(labelExpr=percent_label_expr(lang)),
                scale=alt.Scale(domain=[0, 1]),
            ),
            tooltip=[
                alt.Tooltip("agents:Q", title=t("chart.agents", lang)),
                alt.Tooltip("label:N", title=t("chart.service_level", lang)),
            ],
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"target": [target]}))
        .mark_rule(strokeDash=[6, 4], color=PALETTE[1])
        .encode(y="target:Q")
    )
    marker = (
        alt.Chart(pd.DataFrame({"agents": [required_agents]}))
        .mark_rule(color=PALETTE[3])
        .encode(x="agents:Q")
    )
    subtitle = f"{format_number(traffic, lang, 1)} Erlang · {t('chart.target', lang)} {format_percent(target, lang, 0)} → {required_agents} {t('chart.agents', lang).lower()}"
    return (line + rule + marker).properties(
        title=alt.Title(t("staffing.curve_title", lang), subtitle=subtitle),
        width="container",
        height=300,
    )


def _horizontal_eur_bars(frame: pd.DataFrame, title: str, subtitle: str, lang: str) -> AnyChart:
    return (
        alt.Chart(frame, title=alt.Title(title, subtitle=subtitle))
        .mark_bar()
        .encode(
            y=alt.Y("component:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X(
                "eur:Q",
                title=t("chart.eur", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            tooltip=[
                alt.Tooltip("component:N", title=t("chart.component", lang)),
                alt.Tooltip("label:N", title=t("chart.eur", lang)),
            ],
        )
        .properties(width="container", height=alt.Step(36))
    )


def cost_breakdown_chart(cost: CostBreakdown, lang: str = "en") -> AnyChart:
    """Annual cost by component, largest first (components of zero left out)."""
    parts = {k: v for k, v in cost.parts().items() if v != 0.0}
    frame = pd.DataFrame(
        {
            "component": [t(f"cost.{k}", lang) for k in parts],
            "eur": list(parts.values()),
            "label": [format_eur(v, lang) for v in parts.values()],
        }
    )
    return _horizontal_eur_bars(
        frame,
        t("overview.cost_breakdown", lang),
        f"{t('kpi.annual_cost', lang)}: {format_eur(cost.total_eur, lang)}",
        lang,
    )


def leaver_cost_chart(attrition: AttritionResult, lang: str = "en") -> AnyChart:
    """The cost of one leaver, by component."""
    c = attrition.cost_per_leaver
    parts = {
        "recruitment": c.recruitment_eur,
        "initial_training": c.training_wage_eur,
        "trainer": c.trainer_eur,
        "ramp_up": c.ramp_up_eur,
    }
    frame = pd.DataFrame(
        {
            "component": [t(f"attrition.part.{k}", lang) for k in parts],
            "eur": list(parts.values()),
            "label": [format_eur(v, lang) for v in parts.values()],
        }
    )
    return _horizontal_eur_bars(
        frame,
        t("attrition.breakdown", lang),
        f"{t('kpi.cost_per_leaver', lang)}: {format_eur(c.total_eur, lang)}",
        lang,
    )


def saving_curve_chart(attrition: AttritionResult, lang: str = "en") -> AnyChart:
    """Annual saving against the size of the attrition drop, in the chosen reading."""
    unit = attrition.drop_unit
    rate, headcount = attrition.attrition_rate_per_year, attrition.headcount
    top = rate if unit == "points" else 1.0
    drops = np.linspace(0.0, max(top, 1e-9), 41)
    savings = [
        attrition_saving_eur(
            headcount,
            rate,
            reduced_attrition_rate(rate, float(d), unit),
            attrition.cost_per_leaver.total_eur,
        )
        for d in drops
    ]
    frame = pd.DataFrame(
        {
            "drop": drops * 100.0,
            "saving": savings,
            "label": [format_eur(s, lang) for s in savings],
        }
    )
    x_title = t(
        "chart.attrition_drop_points" if unit == "points" else "chart.attrition_drop_relative", lang
    )
    line = (
        alt.Chart(frame)
        .mark_line()
        .encode(
            x=alt.X("drop:Q", title=x_title),
            y=alt.Y(
                "saving:Q",
                title=t("chart.saving", lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang)),
            ),
            tooltip=[
                alt.Tooltip("drop:Q", title=x_title, format=".1f"),
                alt.Tooltip("label:N", title=t("chart.saving", lang)),
            ],
        )
    )
    chosen = pd.DataFrame(
        {
            "drop": [attrition.drop * 100.0],
            "saving": [attrition.saving_eur_per_year],
            "label": [format_eur(attrition.saving_eur_per_year, lang)],
        }
    )
    point = (
        alt.Chart(chosen)
        .mark_point(size=120, filled=True, color=PALETTE[3])
        .encode(x="drop:Q", y="saving:Q", tooltip=["label:N"])
    )
    subtitle = (
        f"{t('kpi.attrition_saving', lang)}: {format_eur(attrition.saving_eur_per_year, lang)}"
    )
    return (line + point).properties(
        title=alt.Title(t("attrition.saving_curve", lang), subtitle=subtitle),
        width="container",
        height=300,
    )
