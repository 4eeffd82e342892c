"""Every chart of every page, with the message a slide states — one list for the app and
the exports.

:func:`scenario_charts` lists the charts of one scenario's pages (from its
``Report``), :func:`comparison_charts` those of the Compare page. Each entry has a key
(its file name, ``ccx-{key}.png``, the same as the page's download), the page it is
on, a title that states its message for a slide's headline ("Pays back in month 14"),
and the chart as the page draws it. Pages draw their entries; the exports put the
slides look on them. Charts a page leaves out are left out here too.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ccx_model.compare import Comparison
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.levers import SELLING
from ccx_model.report import SHIFT_SHARES, Report
from ccx_model.what_binds import interval_binding

from .business import (
    bridge_chart,
    cumulative_cash_flow_chart,
    cumulative_options_chart,
    department_cost_chart,
    option_parts_chart,
    poor_service_chart,
    shift_chart,
    stream_chart,
)
from .centre import (
    cost_breakdown_chart,
    leaver_cost_chart,
    saving_curve_chart,
    service_level_curve_chart,
    week_staffing_chart,
)
from .compare import cumulative_compare_chart, kpi_bars_chart, scenario_colour_map
from .entries import (
    ATTRITION_SAVING,
    BRIDGE,
    CHAT_SHIFT,
    COMPARE_CUMULATIVE,
    COMPARE_KPIS,
    COST_BREAKDOWN,
    CUMULATIVE_CASH_FLOW,
    DEPARTMENT_COST,
    LEAVER_COST,
    NPV_SPREAD,
    OUTSOURCING_COST,
    OUTSOURCING_CUMULATIVE,
    PAYBACK_SPREAD,
    POOR_SERVICE,
    REVENUE_STREAMS,
    SERVICE_COST,
    SERVICE_LEVEL_CURVE,
    TORNADO,
    WEEK_STAFFING,
    ChartEntry,
    bridge_key,
    comparison_footnote,
    footnote,
    report_footnote,
)
from .messages import (
    bridge_message,
    cost_message,
    department_message,
    interval_label,
    week_message,
)
from .risk import (
    npv_distribution_chart,
    npv_spread_message,
    payback_distribution_chart,
    payback_spread_message,
    tornado_chart,
    tornado_message,
)
from .service import service_cost_chart, service_cost_message

__all__ = [
    "ATTRITION_SAVING",
    "BRIDGE",
    "CHAT_SHIFT",
    "COMPARE_CUMULATIVE",
    "COMPARE_KPIS",
    "COST_BREAKDOWN",
    "CUMULATIVE_CASH_FLOW",
    "DEPARTMENT_COST",
    "LEAVER_COST",
    "NPV_SPREAD",
    "OUTSOURCING_COST",
    "OUTSOURCING_CUMULATIVE",
    "PAYBACK_SPREAD",
    "POOR_SERVICE",
    "REVENUE_STREAMS",
    "SERVICE_COST",
    "SERVICE_LEVEL_CURVE",
    "TORNADO",
    "WEEK_STAFFING",
    "ChartEntry",
    "bridge_key",
    "comparison_charts",
    "comparison_footnote",
    "footnote",
    "page_charts",
    "report_footnote",
    "risk_charts",
    "scenario_charts",
]


def scenario_charts(report: Report, lang: str, *, risk: bool = True) -> list[ChartEntry]:
    """Every chart the app draws for the report's scenario, in page order (``risk=False``:
    all but the Risk page's, which need the Monte Carlo draws: :func:`risk_charts`)."""
    return [
        entry
        for page, build in _builders(report, lang)
        if risk or page != "risk"
        for entry in build()
    ]


def _builders(report: Report, lang: str) -> list[tuple[str, Callable[[], list[ChartEntry]]]]:
    """Each page's charts as a builder, in page order: a page draws only its own."""
    return [
        ("overview", lambda: [_cost_entry(report, lang)]),
        ("staffing", lambda: [_week_entry(report, lang), *_busiest_interval(report, lang)]),
        ("attrition", lambda: _attrition_entries(report, lang)),
        ("failure_demand", lambda: _failure_demand_entries(report, lang)),
        ("channels", lambda: _channel_entries(report, lang)),
        (
            "outsourcing",
            lambda: (
                _outsourcing_entries(report, lang) if report.scenario.outsourcing.active else []
            ),
        ),
        ("profit", lambda: _profit_entries(report, lang)),
        ("value", lambda: [_poor_service_entry(report, lang)]),
        ("business_case", lambda: _business_case_entries(report, lang)),
        ("value", lambda: _service_cost_entries(report, lang)),
        ("risk", lambda: risk_charts(report, lang)),
    ]


def _cost_entry(report: Report, lang: str) -> ChartEntry:
    ev = report.evaluation
    return ChartEntry(
        COST_BREAKDOWN, "overview", cost_message(ev, lang), cost_breakdown_chart(ev.cost, lang)
    )


def _week_entry(report: Report, lang: str) -> ChartEntry:
    ev = report.evaluation
    return ChartEntry(
        WEEK_STAFFING, "staffing", week_message(ev, lang), week_staffing_chart(ev, lang)
    )


def _attrition_entries(report: Report, lang: str) -> list[ChartEntry]:
    attrition = report.evaluation.attrition
    return [
        ChartEntry(
            LEAVER_COST,
            "attrition",
            t(
                "export.msg.leaver",
                lang,
                cost=format_eur(attrition.cost_per_leaver.total_eur, lang),
            ),
            leaver_cost_chart(attrition, lang),
        ),
        ChartEntry(
            ATTRITION_SAVING,
            "attrition",
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


def _failure_demand_entries(report: Report, lang: str) -> list[ChartEntry]:
    costs = report.evaluation.failure_demand_costs()
    if not (costs.reasons and any(r.reason for r in costs.reasons)):
        return []
    return [
        ChartEntry(
            DEPARTMENT_COST,
            "failure_demand",
            department_message(costs, lang),
            department_cost_chart(costs, lang),
        )
    ]


def _channel_entries(report: Report, lang: str) -> list[ChartEntry]:
    return [_shift_entry(report, lang)] if report.scenario.channels.chat.enabled else []


def _profit_entries(report: Report, lang: str) -> list[ChartEntry]:
    if not any(getattr(report.scenario, name).enabled for name in SELLING):
        return []
    net = sum(e.net_eur_per_year for e in report.selling_effects)
    key = "export.msg.selling_earns" if net >= 0 else "export.msg.selling_costs"
    return [
        ChartEntry(
            REVENUE_STREAMS,
            "profit",
            t(key, lang, net=format_eur(abs(net), lang)),
            stream_chart(report.case.effects, lang),
        )
    ]


def _poor_service_entry(report: Report, lang: str) -> ChartEntry:
    now, today = report.poor_service, report.starting_poor_service
    return ChartEntry(
        POOR_SERVICE,
        "value",
        t(
            "export.msg.poor_service",
            lang,
            now=format_eur(now.total_eur_per_year, lang),
            today=format_eur(today.total_eur_per_year, lang),
        ),
        poor_service_chart(today.parts(), now.parts(), lang),
    )


def _business_case_entries(report: Report, lang: str) -> list[ChartEntry]:
    case = report.case
    payback, horizon = case.payback_month, case.horizon_months
    steps = case.bridge()
    return [
        ChartEntry(
            CUMULATIVE_CASH_FLOW,
            "business_case",
            t("bc.cumulative_title_payback", lang, month=payback)
            if payback is not None
            else t("bc.cumulative_title_never", lang, months=horizon),
            cumulative_cash_flow_chart(case, lang),
        ),
        ChartEntry(BRIDGE, "business_case", bridge_message(steps, lang), bridge_chart(steps, lang)),
    ]


def _service_cost_entries(report: Report, lang: str) -> list[ChartEntry]:
    curve = report.service_curve
    if curve is None:
        return []
    return [
        ChartEntry(
            SERVICE_COST,
            "value",
            service_cost_message(curve, lang),
            service_cost_chart(curve, lang),
        )
    ]


def risk_charts(report: Report, lang: str) -> list[ChartEntry]:
    """The Risk page's charts (a scenario with ranges; none without): the tornado, the
    spread of NPV over the draws and when they pay back."""
    if not report.scenario.ranges:
        return []
    shape, run = report.tornado, report.simulation
    return [
        ChartEntry(TORNADO, "risk", tornado_message(shape, lang), tornado_chart(shape, lang)),
        ChartEntry(
            NPV_SPREAD, "risk", npv_spread_message(run, lang), npv_distribution_chart(run, lang)
        ),
        ChartEntry(
            PAYBACK_SPREAD,
            "risk",
            payback_spread_message(run, lang),
            payback_distribution_chart(run, lang),
        ),
    ]


def page_charts(report: Report, page: str, lang: str) -> dict[str, ChartEntry]:
    """The charts of one page, by key (only that page's are drawn: a page's run does not
    pay for the others' charts, nor for the risk draws)."""
    return {e.key: e for name, build in _builders(report, lang) if name == page for e in build()}


def comparison_charts(comparison: Comparison, lang: str) -> list[ChartEntry]:
    """The Compare page's charts: KPIs, cash flows, a bridge per compared scenario."""
    columns = comparison.columns
    best = max(columns, key=lambda s: float(s.value("npv") or 0.0))
    entries = [
        ChartEntry(
            COMPARE_KPIS,
            "compare",
            t(
                "export.msg.best_npv",
                lang,
                scenario=best.label,
                amount=format_eur(float(best.value("npv") or 0.0), lang),
            ),
            kpi_bars_chart(comparison, lang),
        )
    ]
    compared = [s for s in comparison.scenarios if not s.is_baseline]
    paybacks = [
        (s.case.payback_month, s.label) for s in compared if s.case.payback_month is not None
    ]
    entries.append(
        ChartEntry(
            COMPARE_CUMULATIVE,
            "compare",
            t("export.msg.first_payback", lang, scenario=min(paybacks)[1], month=min(paybacks)[0])
            if paybacks
            else t("export.msg.no_payback", lang, months=comparison.horizon_months),
            cumulative_compare_chart(comparison, lang),
        )
    )
    colours = scenario_colour_map(comparison)
    for s in compared:
        steps = s.case.bridge()
        entries.append(
            ChartEntry(
                bridge_key(s.label),
                "compare",
                t(
                    "export.msg.compare_bridge",
                    lang,
                    scenario=s.label,
                    message=bridge_message(steps, lang),
                ),
                bridge_chart(
                    steps,
                    lang,
                    title=t("cmp.bridge_of", lang, scenario=s.label),
                    total_colour=colours[s.label],
                ),
            )
        )
    return entries


def _busiest_interval(report: Report, lang: str) -> list[ChartEntry]:
    """The Staffing page's service-level curve, for the busiest interval (as it opens)."""
    ev, service = report.evaluation, report.scenario.service
    intervals = ev.staffing.intervals
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
    # Say what sets the agents: "reach the target" only where the target does.
    binds, alone = interval_binding(ev, busiest)
    params = {
        "when": interval_label(ev, busiest, lang),
        "agents": format_number(required, lang),
        "target": format_percent(service.service_level_target, lang, 0),
        "alone": format_number(alone, lang),
        "cap": format_percent(service.max_occupancy or 1.0, lang, 0),
        "limit": format_percent(service.max_abandonment or 0.0, lang, 0),
    }
    key = "export.msg.curve" if binds == "target" else f"export.msg.curve_{binds}"
    message = t(key, lang, **params)
    return [ChartEntry(SERVICE_LEVEL_CURVE, "staffing", message, chart)]


def _shift_entry(report: Report, lang: str) -> ChartEntry:
    """The Channels page's sweep: the scenario again with each share moved to chat."""
    sweep = report.chat_shift
    fte = [e.staffing.fte + e.channels.chat.fte for e in sweep]
    cost = [e.cost.total_eur for e in sweep]
    cheapest = int(np.argmin(cost))
    message = t(
        "export.msg.shift",
        lang,
        share=format_percent(float(SHIFT_SHARES[cheapest]), lang, 0),
        cost=format_eur(cost[cheapest], lang),
    )
    return ChartEntry(CHAT_SHIFT, "channels", message, shift_chart(SHIFT_SHARES, fte, cost, lang))


def _outsourcing_entries(report: Report, lang: str) -> list[ChartEntry]:
    """The Outsourcing page's two charts: cost by part, cumulative cost of both options."""
    view = report.outsourcing
    in_house_label, outsourced_label = t("os.in_house", lang), t("os.outsourced", lang)
    saves = (
        "export.msg.outsourcing_saves"
        if view.saving_eur_per_year >= 0
        else "export.msg.outsourcing_costs"
    )
    break_even = view.break_even_month
    return [
        ChartEntry(
            OUTSOURCING_COST,
            "outsourcing",
            t(saves, lang, amount=format_eur(abs(view.saving_eur_per_year), lang)),
            option_parts_chart(
                {
                    in_house_label: view.in_house.cost.parts(),
                    outsourced_label: view.outsourced.cost.parts(),
                },
                lang,
            ),
        ),
        ChartEntry(
            OUTSOURCING_CUMULATIVE,
            "outsourcing",
            t("export.msg.break_even", lang, month=break_even)
            if break_even is not None
            else t("export.msg.no_break_even", lang, months=int(view.months[-1])),
            cumulative_options_chart(
                view.months,
                {
                    in_house_label: view.in_house_cumulative_eur,
                    outsourced_label: view.outsourced_cumulative_eur,
                },
                break_even,
                lang,
            ),
        ),
    ]
