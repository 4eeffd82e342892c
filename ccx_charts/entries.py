"""What every chart of the catalogue is: its key (the file name ``ccx-{key}.png`` on the
pages and in the exports), the entry a page or a slide takes, and the source line
under an exported chart."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccx_model.bundled_names import display_name
from ccx_model.compare import Comparison
from ccx_model.i18n import t
from ccx_model.report import Report

from .theme import AnyChart

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
SERVICE_COST = "service-cost"
TORNADO = "tornado"
NPV_SPREAD = "npv-spread"
PAYBACK_SPREAD = "payback-spread"
COMPARE_KPIS = "compare-kpis"
COMPARE_CUMULATIVE = "compare-cumulative"


@dataclass(frozen=True)
class ChartEntry:
    """One chart: its key (file name), its page, its message, the chart as drawn."""

    key: str
    page: str
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


def report_footnote(report: Report, lang: str) -> str:
    baseline = report.baseline
    name = display_name(report.scenario.name, lang)
    return footnote(name, lang, display_name(baseline.name, lang) if baseline is not None else None)


def bridge_key(label: str) -> str:
    """The key of a compared scenario's bridge.

    >>> bridge_key("profit_centre.yaml")
    'compare-bridge-profit-centre-yaml'
    """
    return "compare-bridge-" + (re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "scenario")
