"""The message a chart's slide states as its headline ("Agent wages are 76% of
€10,264,741"), written from the model's figures in the reader's language."""

from __future__ import annotations

import numpy as np

from ccx_model.bundled_names import display_name
from ccx_model.evaluate import Evaluation
from ccx_model.failure_demand import NO_DEPARTMENT, FailureDemandCosts
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.scenario import DAYS


def interval_label(ev: Evaluation, index: int, lang: str) -> str:
    load = ev.staffing.load
    minute = int(load.minute_of_day[index])
    day = t(f"day.{DAYS[int(load.day_index[index])]}", lang)
    return f"{day} {minute // 60:02d}:{minute % 60:02d}"


def cost_message(ev: Evaluation, lang: str) -> str:
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


def week_message(ev: Evaluation, lang: str) -> str:
    agents = ev.staffing.intervals.agents
    peak = int(np.argmax(agents))
    if agents[peak] <= 0:
        return t("export.msg.no_agents", lang)
    return t(
        "export.msg.week",
        lang,
        agents=format_number(int(agents[peak]), lang),
        when=interval_label(ev, peak, lang),
    )


def department_message(costs: FailureDemandCosts, lang: str) -> str:
    by_department = costs.by_department()
    avoidable = {name: cost for name, cost in by_department.items() if name != NO_DEPARTMENT}
    if not avoidable:
        return t("fd.chart_subtitle", lang, share=format_percent(costs.avoidable_share, lang, 0))
    name = max(avoidable, key=lambda department: avoidable[department])
    return t(
        "export.msg.department",
        lang,
        department=display_name(name, lang),
        cost=format_eur(avoidable[name], lang),
    )


def bridge_message(steps: tuple[object, ...], lang: str) -> str:
    """What the scenario changes in the result per year, against the baseline."""
    start, end = steps[0].amount_eur, steps[-1].amount_eur  # type: ignore[attr-defined]
    change = end - start
    if abs(change) < 0.5:
        return t("export.msg.bridge_same", lang, net=format_eur(end, lang))
    key = "export.msg.bridge_up" if change > 0 else "export.msg.bridge_down"
    return t(key, lang, amount=format_eur(abs(change), lang))
