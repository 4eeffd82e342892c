"""Every chart the app draws, ready for slides: the same builders, the same model calls.

:func:`scenario_charts` lists the charts of one scenario's pages, :func:`comparison_charts`
those of the Compare page. Each comes with a key (its file name: ``ccx-{key}.png``, the
same as the page's download) and a title that states its message, for a slide's
headline ("Pays back in month 14"). The chart itself is what the page shows, in the
slides look, with the source footnote (:func:`footnote`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ccx_app import results
from ccx_app.charts import (
    ACCENT,
    cost_breakdown_chart,
    leaver_cost_chart,
    saving_curve_chart,
    service_level_curve_chart,
    week_staffing_chart,
)
from ccx_app.charts_business import (
    bridge_chart,
    cumulative_cash_flow_chart,
    cumulative_options_chart,
    department_cost_chart,
    option_parts_chart,
    poor_service_chart,
    shift_chart,
    stream_chart,
)
from ccx_app.charts_compare import cumulative_compare_chart, kpi_bars_chart
from ccx_app.texts import t
from ccx_model.bridge import Bridge, bridge
from ccx_model.business_case import SWITCHED_STREAMS, as_is
from ccx_model.compare import Comparison
from ccx_model.evaluate import Evaluation
from ccx_model.failure_demand import NO_DEPARTMENT, FailureDemandCosts
from ccx_model.i18n import format_eur, format_number, format_percent
from ccx_model.scenario import DAYS, Scenario

from .charts import AnyChart, slides_chart

# The key of each chart: its file name (ccx-{key}.png) here and on the pages.
COST_BREAKDOWN = "cost-breakdown"
WEEK_STAFFING = "week-staffing"
SERVICE_LEVEL_CURVE = "service-level-curve"
LEAVER_COST = "leaver-cost"
ATTRITION_SAVING = "attrition-saving"
DEPARTMENT_COST = "department-cost"
REVENUE_STREAMS = "revenue-streams"
POOR_SERVICE = "poor-service"
CUMULATIVE_CASH_FLOW = "cumulative-cash-flow"
BRIDGE = "bridge"
CHAT_SHIFT = "chat-shift"
OUTSOURCING_COST = "outsourcing-cost"
OUTSOURCING_CUMULATIVE = "outsourcing-cumulative"
COMPARE_KPIS = "compare-kpis"
COMPARE_CUMULATIVE = "compare-cumulative"

#: Shares of phone calls moved to chat that the Channels page sweeps.
SHIFT_SHARES = np.asarray(results.SHIFT_SHARES)


@dataclass(frozen=True)
class ExportChart:
    """One chart for a slide: its key (file name), its message, the slides chart."""

    key: str
    title: str
    chart: AnyChart


def footnote(scenario_name: str, lang: str, baseline_name: str | None = None) -> str:
    """The source line under a scenario's chart.

    >>> footnote("Baseline", "en")
    'Source: ccx, scenario “Baseline” · assumptions in the scenario file'
    """
    if baseline_name is None:
        return t("export.footnote", lang, scenario=scenario_name)
    return t("export.footnote_against", lang, scenario=scenario_name, baseline=baseline_name)


def comparison_footnote(comparison: Comparison, lang: str) -> str:
    """The source line under a Compare chart: every scenario and the baseline."""
    names = ", ".join(f"“{s.label}”" for s in comparison.scenarios if not s.is_baseline)
    return t("export.footnote_compare", lang, scenarios=names, baseline=comparison.baseline.label)


def bridge_key(label: str) -> str:
    """The key of a compared scenario's bridge.

    >>> bridge_key("profit_centre.yaml")
    'compare-bridge-profit-centre-yaml'
    """
    return "compare-bridge-" + (re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "scenario")


def scenario_charts(
    scenario: Scenario, lang: str, baseline: Scenario | None = None, *, accent: str = ACCENT
) -> list[ExportChart]:
    """Every chart the app draws for ``scenario``, in page order, ready for slides.

    ``baseline`` is the business case's (None: the scenario's own as-is centre), as
    chosen on the Business case page. Charts a page leaves out are left out here too:
    department costs without contact reasons, streams with none switched on, the chat
    shift with chat off, the outsourcing options with outsourcing off.
    """
    ev = results.evaluation(scenario)
    case = results.business_case(scenario, baseline)
    own_case = results.business_case(scenario)
    charts: list[tuple[str, str, AnyChart]] = [
        (COST_BREAKDOWN, _cost_message(ev, lang), cost_breakdown_chart(ev.cost, lang)),
        (WEEK_STAFFING, _week_message(ev, lang), week_staffing_chart(ev, lang)),
    ]
    charts.extend(_busiest_interval(scenario, ev, lang))
    attrition = ev.attrition
    charts += [
        (
            LEAVER_COST,
            t(
                "export.msg.leaver",
                lang,
                cost=format_eur(attrition.cost_per_leaver.total_eur, lang),
            ),
            leaver_cost_chart(attrition, lang),
        ),
        (
            ATTRITION_SAVING,
            t(
                "export.msg.attrition_saving",
                lang,
                before=format_percent(attrition.attrition_rate_per_year, lang),
                after=format_percent(attrition.reduced_rate_per_year, lang),
                saving=format_eur(attrition.saving_eur_per_year, lang),
            ),
            saving_curve_chart(attrition, lang),
        ),
    ]
    costs = ev.failure_demand_costs()
    if costs.reasons and any(r.reason for r in costs.reasons):
        charts.append(
            (DEPARTMENT_COST, _department_message(costs, lang), department_cost_chart(costs, lang))
        )
    if any(getattr(scenario, name).enabled for name in ("retention", "cross_sell", "outbound")):
        net = sum(e.net_eur_per_year for e in own_case.effects if e.name in SWITCHED_STREAMS)
        key = "export.msg.selling_earns" if net >= 0 else "export.msg.selling_costs"
        charts.append(
            (
                REVENUE_STREAMS,
                t(key, lang, net=format_eur(abs(net), lang)),
                stream_chart(own_case.effects, lang),
            )
        )
    now, today = results.poor_service(scenario), results.poor_service(as_is(scenario))
    charts.append(
        (
            POOR_SERVICE,
            t(
                "export.msg.poor_service",
                lang,
                now=format_eur(now.total_eur_per_year, lang),
                today=format_eur(today.total_eur_per_year, lang),
            ),
            poor_service_chart(today.parts(), now.parts(), lang),
        )
    )
    payback, horizon = case.payback_month, int(case.months[-1])
    steps = bridge(ev, case)
    charts += [
        (
            CUMULATIVE_CASH_FLOW,
            t("bc.cumulative_title_payback", lang, month=payback)
            if payback is not None
            else t("bc.cumulative_title_never", lang, months=horizon),
            cumulative_cash_flow_chart(case, lang),
        ),
        (BRIDGE, _bridge_message(steps, lang), bridge_chart(steps, lang)),
    ]
    if scenario.channels.chat.enabled:
        charts.append(_shift_entry(scenario, lang))
    if scenario.outsourcing.active:
        charts.extend(_outsourcing_entries(scenario, lang))
    note = footnote(scenario.name, lang, baseline.name if baseline is not None else None)
    return [
        ExportChart(key, title, slides_chart(chart, footnote=note, accent=accent))
        for key, title, chart in charts
    ]


def comparison_charts(
    comparison: Comparison, lang: str, *, accent: str = ACCENT
) -> list[ExportChart]:
    """The Compare page's charts, ready for slides: KPIs, cash flows, a bridge each."""
    columns = comparison.columns
    best = max(columns, key=lambda s: float(s.kpis["net_result_eur"] or 0.0))
    charts: list[tuple[str, str, AnyChart]] = [
        (
            COMPARE_KPIS,
            t(
                "export.msg.best_net_result",
                lang,
                scenario=best.label,
                amount=format_eur(float(best.kpis["net_result_eur"] or 0.0), lang),
            ),
            kpi_bars_chart(comparison, lang),
        )
    ]
    compared = [s for s in comparison.scenarios if not s.is_baseline]
    paybacks = [
        (s.business_case.payback_month, s.label)
        for s in compared
        if s.business_case.payback_month is not None
    ]
    horizon = max(int(s.business_case.months[-1]) for s in columns)
    charts.append(
        (
            COMPARE_CUMULATIVE,
            t("export.msg.first_payback", lang, scenario=min(paybacks)[1], month=min(paybacks)[0])
            if paybacks
            else t("export.msg.no_payback", lang, months=horizon),
            cumulative_compare_chart(comparison, lang),
        )
    )
    for s in compared:
        charts.append(
            (
                bridge_key(s.label),
                t(
                    "export.msg.compare_bridge",
                    lang,
                    scenario=s.label,
                    message=_bridge_message(s.bridge, lang),
                ),
                bridge_chart(s.bridge, lang, title=t("cmp.bridge_of", lang, scenario=s.label)),
            )
        )
    note = comparison_footnote(comparison, lang)
    return [
        ExportChart(key, title, slides_chart(chart, footnote=note, accent=accent))
        for key, title, chart in charts
    ]


# -- The pages' charts ----------------------------------------------------------------


def _interval_label(ev: Evaluation, index: int, lang: str) -> str:
    load = ev.staffing.load
    minute = int(load.minute_of_day[index])
    day = t(f"day.{DAYS[int(load.day_index[index])]}", lang)
    return f"{day} {minute // 60:02d}:{minute % 60:02d}"


def _cost_message(ev: Evaluation, lang: str) -> str:
    parts = ev.cost.parts()
    largest = max(parts, key=lambda name: parts[name])
    total = ev.cost.total_eur
    return t(
        "export.msg.cost",
        lang,
        part=t(f"cost.{largest}", lang),
        share=format_percent(parts[largest] / total if total else 0.0, lang, 0),
        total=format_eur(total, lang),
    )


def _week_message(ev: Evaluation, lang: str) -> str:
    agents = ev.staffing.intervals.agents
    peak = int(np.argmax(agents))
    if agents[peak] <= 0:
        return t("export.msg.no_agents", lang)
    return t(
        "export.msg.week",
        lang,
        agents=format_number(int(agents[peak]), lang),
        when=_interval_label(ev, peak, lang),
    )


def _busiest_interval(
    scenario: Scenario, ev: Evaluation, lang: str
) -> list[tuple[str, str, AnyChart]]:
    """The Staffing page's service-level curve, for the busiest interval (as it opens)."""
    intervals, service = ev.staffing.intervals, scenario.service
    if not np.any(intervals.calls > 0):
        return []
    busiest = int(np.argmax(intervals.calls))
    required = int(intervals.agents[busiest])
    chart = service_level_curve_chart(
        float(intervals.calls[busiest]),
        float(intervals.aht_seconds[busiest]),
        service.interval_minutes,
        service.answer_seconds,
        service.service_level_target,
        required,
        lang,
    )
    message = t(
        "export.msg.curve",
        lang,
        when=_interval_label(ev, busiest, lang),
        agents=format_number(required, lang),
        target=format_percent(service.service_level_target, lang, 0),
    )
    return [(SERVICE_LEVEL_CURVE, message, chart)]


def _department_message(costs: FailureDemandCosts, lang: str) -> str:
    by_department = costs.by_department()
    avoidable = {name: cost for name, cost in by_department.items() if name != NO_DEPARTMENT}
    if not avoidable:
        return t("fd.chart_subtitle", lang, share=format_percent(costs.avoidable_share, lang, 0))
    name = max(avoidable, key=lambda department: avoidable[department])
    return t("export.msg.department", lang, department=name, cost=format_eur(avoidable[name], lang))


def _bridge_message(steps: Bridge, lang: str) -> str:
    """What the levers do to the net result, from the baseline's cost (the first bar)."""
    change = steps.end_eur - steps.steps[0].amount_eur
    if abs(change) < 0.5:
        return t("export.msg.bridge_same", lang, net=format_eur(steps.end_eur, lang))
    key = "export.msg.bridge_up" if change > 0 else "export.msg.bridge_down"
    return t(key, lang, amount=format_eur(abs(change), lang))


def _shift_entry(scenario: Scenario, lang: str) -> tuple[str, str, AnyChart]:
    """The Channels page's sweep: the scenario again with each share moved to chat."""
    sweep = results.chat_shift_sweep(scenario)
    fte = [e.staffing.fte + e.channels.chat.fte for e in sweep]
    cost = [e.cost.total_eur for e in sweep]
    cheapest = int(np.argmin(cost))
    message = t(
        "export.msg.shift",
        lang,
        share=format_percent(float(SHIFT_SHARES[cheapest]), lang, 0),
        cost=format_eur(cost[cheapest], lang),
    )
    return CHAT_SHIFT, message, shift_chart(SHIFT_SHARES, fte, cost, lang)


def _outsourcing_entries(scenario: Scenario, lang: str) -> list[tuple[str, str, AnyChart]]:
    """The Outsourcing page's two charts: cost by part, cumulative cost of both options."""
    view = results.outsourcing_view(scenario)
    in_house, outsourced, months = view.in_house, view.outsourced, view.months
    difference, saving, break_even = (
        view.difference_eur,
        view.saving_eur_per_year,
        view.break_even_month,
    )
    in_house_label, outsourced_label = t("os.in_house", lang), t("os.outsourced", lang)
    in_house_cumulative = np.where(months >= 1, months * in_house.cost.total_eur / 12.0, 0.0)
    saves = "export.msg.outsourcing_saves" if saving >= 0 else "export.msg.outsourcing_costs"
    return [
        (
            OUTSOURCING_COST,
            t(saves, lang, amount=format_eur(abs(saving), lang)),
            option_parts_chart(
                {in_house_label: in_house.cost.parts(), outsourced_label: outsourced.cost.parts()},
                lang,
            ),
        ),
        (
            OUTSOURCING_CUMULATIVE,
            t("export.msg.break_even", lang, month=break_even)
            if break_even is not None
            else t("export.msg.no_break_even", lang, months=int(months[-1])),
            cumulative_options_chart(
                months,
                {
                    in_house_label: in_house_cumulative,
                    outsourced_label: in_house_cumulative - np.cumsum(difference),
                },
                break_even,
                lang,
            ),
        ),
    ]
