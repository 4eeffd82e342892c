"""How the KPIs of targeting and of a pilot are read from a :class:`report.Report`.

Targeting (``targeting``): the share of customers targeted and the conversion the
model computes with for them. A pilot (``pilot_report``): the offers each group needs
and the weeks that takes at the pilot group's volume. Without the section the figure
is n/a, and the note says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kpis import KpiValue, Quantity
from .report_kpis import _count, _share
from .targeted import cross_sell_inputs
from .targeting import conversion_multiplier, targeted_share

if TYPE_CHECKING:  # the report imports this module; the type is only for annotations
    from .report import Report


def _targeted_share(r: Report) -> KpiValue:
    targeting = r.scenario.targeting
    if targeting is None:
        return KpiValue("targeted_share", None, note="note.no_targeting")
    chosen = sum(s.share for s in targeting.segments)
    return KpiValue(
        "targeted_share",
        targeted_share(targeting),
        {"chosen": _share(chosen), "segments": _count(len(targeting.segments))},
    )


def _targeted_conversion(r: Report) -> KpiValue:
    targeting = r.scenario.targeting
    if targeting is None:
        return KpiValue("targeted_conversion", None, note="note.no_targeting")
    return KpiValue(
        "targeted_conversion",
        cross_sell_inputs(r.scenario).conversion_rate,
        {
            "entered": _share(r.scenario.cross_sell.conversion_rate),
            "lift": Quantity(conversion_multiplier(targeting), "count", 2),
        },
    )


def _pilot_per_group(r: Report) -> KpiValue:
    pilot = r.pilot
    if pilot is None:
        return KpiValue("pilot_per_group", None, note="note.no_pilot")
    query = pilot.plan.size.query
    return KpiValue(
        "pilot_per_group",
        pilot.per_group,
        {
            "baseline": _share(query.baseline_rate),
            "target": _share(query.target_rate),
            "power": _share(query.power, 0),
            "alpha": _share(query.alpha, 0),
        },
    )


def _pilot_weeks_needed(r: Report) -> KpiValue:
    pilot = r.pilot
    if pilot is None:
        return KpiValue("pilot_weeks_needed", None, note="note.no_pilot")
    if pilot.weeks_needed is None:
        return KpiValue("pilot_weeks_needed", None, note="note.pilot_no_offers")
    return KpiValue(
        "pilot_weeks_needed",
        pilot.weeks_needed,
        {
            "offers": _count(pilot.offers_per_week),
            "per_group": _count(pilot.per_group),
            "duration": Quantity(pilot.pilot.duration_weeks, "weeks"),
        },
    )


PILOT_KPIS = {
    "targeted_share": _targeted_share,
    "targeted_conversion": _targeted_conversion,
    "pilot_per_group": _pilot_per_group,
    "pilot_weeks_needed": _pilot_weeks_needed,
}
