"""How each KPI of the cost and value centre is read from a :class:`report.Report`:
one small function per KPI, giving its figure and the inputs of its explanation (the
business-case KPIs are in ``case_kpis``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .kpis import KpiValue, Quantity

if TYPE_CHECKING:  # the report imports this module; the type is only for annotations
    from .report import Report


def _eur(value: float) -> Quantity:
    return Quantity(value, "eur")


def _count(value: float, decimals: int = 0) -> Quantity:
    return Quantity(value, "count", decimals)


def _share(value: float, decimals: int = 1) -> Quantity:
    return Quantity(value, "share", decimals)


def _annual_cost(r: Report) -> KpiValue:
    cost = r.evaluation.cost
    return KpiValue(
        "annual_cost",
        cost.total_eur,
        {
            "wages": _eur(cost.agent_wages_eur),
            "leaders": _eur(cost.team_leaders_eur),
            "overhead": _eur(cost.overhead_eur),
            "software": _eur(cost.software_eur),
            "attrition": _eur(cost.attrition_eur + cost.attrition_programme_eur),
            "selling": _eur(cost.commercial_direct_eur),
            "programmes": _eur(cost.quality_programme_eur + cost.recurring_investments_eur),
            "outsourcing": _eur(cost.outsourcing_eur),
            "digital": _eur(cost.digital_channels_eur),
        },
    )


def _service_cost(r: Report) -> tuple[float, float]:
    """(the cost of serving contacts: the annual cost less what selling adds, the
    service contacts: every contact but outbound's)."""
    selling = sum(e.cost_eur_per_year for e in r.selling_effects)
    ev = r.evaluation
    return ev.cost.total_eur - selling, ev.contacts_per_year - ev.outbound.reached_per_month * 12.0


def _cost_per_contact(r: Report) -> KpiValue:
    cost, contacts = _service_cost(r)
    selling = r.evaluation.cost.total_eur - cost
    return KpiValue(
        "cost_per_contact",
        cost / contacts if contacts > 0 else None,
        {"cost": _eur(cost), "contacts": _count(contacts), "selling": _eur(selling)},
    )


def _cost_per_fte(r: Report) -> KpiValue:
    ev = r.evaluation
    return KpiValue(
        "cost_per_fte",
        ev.cost_per_fte_eur,
        {"cost": _eur(ev.cost.total_eur), "fte": Quantity(ev.fte_including_provider, "fte", 1)},
    )


def _headcount(r: Report) -> KpiValue:
    ev, wf = r.evaluation, r.scenario.workforce
    return KpiValue(
        "headcount",
        ev.headcount,
        {
            "fte": Quantity(ev.fte, "fte", 1),
            "full_time": _count(wf.full_time_hours_per_week),
            "contract": _count(wf.average_contract_hours_per_week),
        },
        note="note.provider_heads" if ev.provider.calls_per_month > 0 else "",
        note_params={"heads": _count(ev.provider.heads_equivalent)},
    )


def _fte(r: Report) -> KpiValue:
    ev, s = r.evaluation, r.evaluation.staffing
    return KpiValue(
        "fte",
        ev.fte_including_provider,
        {
            "hours": _count(s.productive_hours_per_week),
            "shrinkage": _share(r.scenario.service.shrinkage, 0),
            "full_time": _count(r.scenario.workforce.full_time_hours_per_week),
            "inbound": Quantity(s.fte, "fte", 1),
            "outbound": Quantity(ev.outbound.fte, "fte", 1),
            "channels": Quantity(ev.channels.fte, "fte", 1),
            "provider": Quantity(ev.provider.fte_equivalent, "fte", 1),
        },
    )


def _provider_fte(r: Report) -> KpiValue:
    return KpiValue("provider_fte", r.evaluation.provider.fte_equivalent)


def _queue_model(r: Report) -> str:
    """How the queue is computed, in words (a text key): Erlang C, or Erlang A when
    callers hang up."""
    patient = r.scenario.service.average_patience_seconds is not None
    return "key:words.queue.erlang_a" if patient else "key:words.queue.erlang_c"


def _service_level(r: Report) -> KpiValue:
    return KpiValue(
        "service_level",
        r.evaluation.phone_service_level,
        {"answer": _count(r.scenario.service.answer_seconds), "model": _queue_model(r)},
    )


def _asa(r: Report) -> KpiValue:
    return KpiValue("asa", r.evaluation.phone_asa_seconds)


def _occupancy(r: Report) -> KpiValue:
    s = r.evaluation.staffing
    return KpiValue(
        "occupancy",
        s.occupancy,
        {
            "workload": _count(s.workload_erlang_hours_per_week),
            "hours": _count(s.productive_hours_per_week),
        },
    )


def _abandonment(r: Report) -> KpiValue:
    staffing, service = r.evaluation.staffing, r.scenario.service
    week = staffing.abandonment
    return KpiValue(
        "abandonment",
        week.share,
        {
            "patience": Quantity(service.average_patience_seconds or 0.0, "seconds"),
            "abandoned": _count(week.abandoned_per_week * 52.0),
            "callbacks": _count(week.callbacks_per_week * 52.0),
        },
    )


def _customers_lost_to_hang_ups(r: Report) -> KpiValue:
    service = r.evaluation.poor_service
    return KpiValue(
        "customers_lost_to_hang_ups",
        service.customers_lost_to_abandonment_per_year,
        {
            "abandoned": _count(service.abandoned_calls_per_year),
            "share": _share(r.scenario.service.abandon_churn_share),
        },
    )


def _peak_agents(r: Report) -> KpiValue:
    cap = r.scenario.service.max_occupancy
    return KpiValue(
        "peak_agents",
        r.evaluation.staffing.peak_agents,
        {"cap": _share(cap, 0) if cap else "—", "model": _queue_model(r)},
    )


def _workload(r: Report) -> KpiValue:
    return KpiValue("workload", r.evaluation.staffing.workload_erlang_hours_per_week)


def _contacts(r: Report) -> KpiValue:
    return KpiValue("contacts", r.evaluation.contacts_per_year)


def _leavers(r: Report) -> KpiValue:
    a = r.evaluation.attrition
    return KpiValue(
        "leavers",
        a.leavers_per_year,
        {"rate": _share(a.attrition_rate_per_year), "headcount": _count(a.headcount)},
    )


def _cost_per_leaver(r: Report) -> KpiValue:
    c = r.evaluation.attrition.cost_per_leaver
    return KpiValue(
        "cost_per_leaver",
        c.total_eur,
        {
            "recruitment": _eur(c.recruitment_eur),
            "training": _eur(c.training_wage_eur),
            "trainer": _eur(c.trainer_eur),
            "ramp": _eur(c.ramp_up_eur),
        },
    )


def _attrition_cost(r: Report) -> KpiValue:
    a = r.evaluation.attrition
    return KpiValue(
        "attrition_cost",
        a.annual_cost_eur,
        {"leavers": _count(a.leavers_per_year, 1), "per_leaver": _eur(a.cost_per_leaver.total_eur)},
    )


def _attrition_saving(r: Report) -> KpiValue:
    a = r.evaluation.attrition
    return KpiValue(
        "attrition_saving",
        a.saving_eur_per_year,
        {
            "before": _share(a.attrition_rate_per_year),
            "after": _share(a.reduced_rate_per_year),
            "headcount": _count(a.headcount),
            "per_leaver": _eur(a.cost_per_leaver.total_eur),
            "reading": f"key:choice.{a.drop_unit}",
        },
    )


def _saving_per_10_points(r: Report) -> KpiValue:
    a = r.evaluation.attrition
    return KpiValue(
        "saving_per_10_points",
        a.saving_per_10_points_eur,
        {"headcount": _count(a.headcount), "per_leaver": _eur(a.cost_per_leaver.total_eur)},
    )


def _repeat_contacts(r: Report) -> KpiValue:
    now, quality = r.poor_service, r.scenario.quality
    return KpiValue(
        "repeat_contacts",
        now.repeat_contacts_per_year,
        {
            "first": _count(now.first_contacts_per_year),
            "fcr": _share(quality.first_contact_resolution_target, 0),
            "repeats": _count(quality.repeat_contacts_per_unresolved, 2),
        },
    )


def _repeat_cost(r: Report) -> KpiValue:
    now = r.poor_service
    return KpiValue(
        "repeat_cost",
        now.repeat_cost_eur_per_year,
        {
            "cost": _eur(now.cost_eur_per_year),
            "cost_perfect": _eur(now.cost_if_resolved_eur_per_year),
        },
    )


def _customers_lost(r: Report) -> KpiValue:
    now, quality = r.poor_service, r.scenario.quality
    return KpiValue(
        "customers_lost",
        now.customers_lost_per_year,
        {
            "first": _count(now.first_contacts_per_year),
            "fcr": _share(quality.first_contact_resolution_target, 0),
            "churn": _share(quality.churn_share_of_unresolved),
        },
    )


def _lost_margin(r: Report) -> KpiValue:
    now, quality = r.evaluation.poor_service, r.scenario.quality
    return KpiValue(
        "lost_margin",
        now.lost_margin_eur_per_year,
        {
            "lost": _count(now.customers_lost_per_year),
            "margin": _eur(r.scenario.customers.margin_eur_per_year),
            "months": _count(quality.months_of_margin_lost),
        },
    )


def _cost_of_poor_service(r: Report) -> KpiValue:
    now = r.poor_service
    return KpiValue(
        "cost_of_poor_service",
        now.total_eur_per_year,
        {"repeat": _eur(now.repeat_cost_eur_per_year), "lost": _eur(now.lost_margin_eur_per_year)},
    )


def _avoidable_contacts(r: Report) -> KpiValue:
    costs = r.evaluation.failure_demand_costs()
    contacts = sum(x.contacts_per_year for x in costs.reasons)
    avoidable = sum(x.contacts_per_year for x in costs.reasons if x.avoidable)
    return KpiValue(
        "avoidable_contacts",
        avoidable / contacts if contacts else None,
        {"contacts": _count(avoidable), "total": _count(contacts)},
    )


def _avoidable_cost(r: Report) -> KpiValue:
    costs = r.evaluation.failure_demand_costs()
    return KpiValue(
        "avoidable_cost",
        costs.avoidable_cost_eur_per_year,
        {"cost": _eur(costs.total_cost_eur_per_year)},
    )


def _avoidable_cost_share(r: Report) -> KpiValue:
    costs = r.evaluation.failure_demand_costs()
    return KpiValue(
        "avoidable_cost_share",
        costs.avoidable_share,
        {
            "avoidable": _eur(costs.avoidable_cost_eur_per_year),
            "cost": _eur(costs.total_cost_eur_per_year),
        },
    )


def _cut_saving(r: Report) -> KpiValue:
    cuts = r.cut_effects()
    return KpiValue(
        "cut_saving",
        -sum(e.cost_eur_per_year for e in cuts),
        {"retained": _eur(sum(e.retained_margin_eur_per_year for e in cuts))},
    )


CENTRE_KPIS: dict[str, Callable[[Report], KpiValue]] = {
    "annual_cost": _annual_cost,
    "cost_per_contact": _cost_per_contact,
    "cost_per_fte": _cost_per_fte,
    "contacts": _contacts,
    "fte": _fte,
    "provider_fte": _provider_fte,
    "headcount": _headcount,
    "service_level": _service_level,
    "asa": _asa,
    "occupancy": _occupancy,
    "peak_agents": _peak_agents,
    "abandonment": _abandonment,
    "customers_lost_to_hang_ups": _customers_lost_to_hang_ups,
    "workload": _workload,
    "leavers": _leavers,
    "cost_per_leaver": _cost_per_leaver,
    "attrition_cost": _attrition_cost,
    "attrition_saving": _attrition_saving,
    "saving_per_10_points": _saving_per_10_points,
    "repeat_contacts": _repeat_contacts,
    "repeat_cost": _repeat_cost,
    "customers_lost": _customers_lost,
    "lost_margin": _lost_margin,
    "cost_of_poor_service": _cost_of_poor_service,
    "avoidable_contacts": _avoidable_contacts,
    "avoidable_cost": _avoidable_cost,
    "avoidable_cost_share": _avoidable_cost_share,
    "cut_saving": _cut_saving,
}
