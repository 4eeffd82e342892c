"""The report of a scenario: every figure the app, the board pack, the workbook, Compare
and the command line show, computed once, here.

``Report(scenario, baseline)`` holds the evaluation at full effect, the business case
against the baseline (default: the scenario's own starting centre) and every KPI of
``kpis.KPIS`` with the inputs of its explanation. Views that need more evaluations
(the cost of poor service, the outsourcing comparison, the chat shift) are computed
when first asked. The layers above only lay out: a page's tiles are
``report.tiles(page)``, a slide's figures ``report.kpi(key)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .attribution import LeverEffect
from .case import Case, build_case
from .evaluate import Evaluation, evaluate
from .finance import FloatArray, irr_display, npv_eur, payback_month
from .kpis import KpiValue, Quantity
from .levers import CUT_PREFIX, SELLING
from .scenario import Scenario
from .value import CostOfPoorService, cost_of_poor_service

#: The tiles of each page, in the order they are shown.
PAGE_TILES: dict[str, tuple[str, ...]] = {
    "overview": (
        "annual_cost",
        "cost_per_contact",
        "cost_per_fte",
        "headcount",
        "fte",
        "service_level",
        "attrition_cost",
        "saving_per_10_points",
    ),
    "staffing": (
        "fte",
        "headcount",
        "peak_agents",
        "workload",
        "service_level",
        "asa",
        "occupancy",
    ),
    "attrition": ("leavers", "cost_per_leaver", "attrition_cost", "attrition_saving"),
    "failure_demand": (
        "avoidable_contacts",
        "avoidable_cost",
        "avoidable_cost_share",
        "cut_saving",
    ),
    "profit": ("gross_margin", "cost_of_selling", "selling_fte", "net_result"),
    "value": ("repeat_contacts", "repeat_cost", "customers_lost", "lost_margin"),
    "outsourcing": ("os_in_house", "os_outsourced", "os_saving", "os_break_even"),
    "business_case": ("npv", "irr", "roi", "payback"),
}

#: The rows of Compare and of the deck's comparison, in order.
COMPARE_KPIS = (
    "npv",
    "payback",
    "roi",
    "irr",
    "net_per_year",
    "annual_cost",
    "cost_per_contact",
    "contacts",
    "fte",
    "headcount",
    "service_level",
    "asa",
    "gross_margin",
    "net_result",
    "attrition_cost",
    "lost_margin",
    "horizon",
)

SHIFT_SHARES = tuple(i / 10 for i in range(11))  # 0%, 10%, …, 100% of phone calls to chat


def _eur(value: float) -> Quantity:
    return Quantity(value, "eur")


def _count(value: float, decimals: int = 0) -> Quantity:
    return Quantity(value, "count", decimals)


def _share(value: float, decimals: int = 1) -> Quantity:
    return Quantity(value, "share", decimals)


@dataclass(frozen=True)
class OutsourcingView:
    """The same centre in-house and outsourced, and the monthly difference between them."""

    in_house: Evaluation
    outsourced: Evaluation
    months: np.ndarray
    difference_eur: FloatArray  # in-house − outsourced, per month (what outsourcing saves)
    saving_eur_per_year: float  # at full effect, margin lost to churn included
    churn_eur_per_year: float  # extra margin lost because the provider resolves less
    break_even_month: int | None
    npv_eur: float
    in_house_cumulative_eur: FloatArray  # what running it in-house costs, cumulatively
    outsourced_cumulative_eur: FloatArray  # the same with the provider (transition included)


class Report:
    """Every figure of one scenario (against a baseline). Pure and cacheable: equal
    inputs give an equal report."""

    def __init__(
        self,
        scenario: Scenario,
        baseline: Scenario | None = None,
        horizon_months: int | None = None,
    ) -> None:
        self.scenario = scenario
        self.baseline = baseline
        self.horizon_months = horizon_months

    @cached_property
    def case(self) -> Case:
        return build_case(self.scenario, self.baseline, self.horizon_months)

    @property
    def evaluation(self) -> Evaluation:
        return self.case.a.attribution.full

    @cached_property
    def poor_service(self) -> CostOfPoorService:
        return cost_of_poor_service(self.scenario, self.evaluation)

    @cached_property
    def starting_poor_service(self) -> CostOfPoorService:
        start = self.case.a.attribution.start
        return cost_of_poor_service(start.scenario, start)

    # ---------------------------------------------------------------- KPIs

    def kpi(self, key: str) -> KpiValue:
        return _BUILDERS[key](self)

    def tiles(self, page: str) -> list[KpiValue]:
        return [self.kpi(key) for key in PAGE_TILES[page]]

    @cached_property
    def selling_effects(self) -> tuple[LeverEffect, ...]:
        return tuple(e for e in self.case.effects if e.name in SELLING)

    # ---------------------------------------------------------------- views

    @cached_property
    def outsourcing(self) -> OutsourcingView:
        scenario = self.scenario
        in_house = evaluate(
            scenario.model_copy(
                update={"outsourcing": scenario.outsourcing.model_copy(update={"enabled": False})}
            )
        )
        ledger = self.case.a
        # Outsourcing's part of the result, month by month: what it saves (transition
        # and redundancy included), positive when the provider is cheaper.
        difference = ledger.lever_net.get("outsourcing", np.zeros(ledger.months.size))
        effect = ledger.attribution.effect("outsourcing")
        saving = effect.net_eur_per_year if effect is not None else 0.0
        churn = effect.lost_margin_eur_per_year if effect is not None else 0.0
        outsourced_cost = np.cumsum(-ledger.net_eur)
        return OutsourcingView(
            in_house=in_house,
            outsourced=self.evaluation,
            months=ledger.months,
            difference_eur=difference,
            saving_eur_per_year=saving,
            churn_eur_per_year=churn,
            break_even_month=payback_month(difference),
            npv_eur=npv_eur(scenario.business_case.discount_rate_per_year, difference),
            in_house_cumulative_eur=outsourced_cost + np.cumsum(difference),
            outsourced_cumulative_eur=outsourced_cost,
        )

    @cached_property
    def chat_shift(self) -> tuple[Evaluation, ...]:
        """The scenario again for each share of phone calls moved to chat (``SHIFT_SHARES``)."""
        channels = self.scenario.channels
        return tuple(
            evaluate(
                self.scenario.model_copy(
                    update={
                        "channels": channels.model_copy(
                            update={
                                "shift": channels.shift.model_copy(
                                    update={"share_of_phone_to_chat": share}
                                )
                            }
                        )
                    }
                )
            )
            for share in SHIFT_SHARES
        )

    def cut_effects(self) -> list[LeverEffect]:
        return [e for e in self.case.effects if e.name.startswith(CUT_PREFIX)]


# -------------------------------------------------------------------- the builders


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


def _service_level(r: Report) -> KpiValue:
    return KpiValue(
        "service_level",
        r.evaluation.phone_service_level,
        {"answer": _count(r.scenario.service.answer_seconds)},
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


def _peak_agents(r: Report) -> KpiValue:
    cap = r.scenario.service.max_occupancy
    return KpiValue(
        "peak_agents",
        r.evaluation.staffing.peak_agents,
        {"cap": _share(cap, 0) if cap else "—"},
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


def _gross_margin(r: Report) -> KpiValue:
    streams = r.evaluation.revenue.by_name()
    return KpiValue(
        "gross_margin",
        r.evaluation.revenue.total_eur,
        {name: _eur(streams[name].margin_eur_per_year) for name in SELLING},
    )


def _cost_of_selling(r: Report) -> KpiValue:
    total = sum(e.cost_eur_per_year for e in r.selling_effects)
    direct = r.evaluation.cost.commercial_direct_eur
    return KpiValue(
        "cost_of_selling", total, {"staff": _eur(total - direct), "direct": _eur(direct)}
    )


def _selling_fte(r: Report) -> KpiValue:
    selling = sum(e.fte for e in r.selling_effects)
    fte = r.evaluation.fte_including_provider
    return KpiValue(
        "selling_fte",
        selling,
        {"fte": Quantity(fte, "fte", 1), "base_fte": Quantity(fte - selling, "fte", 1)},
    )


def _net_result(r: Report) -> KpiValue:
    ev = r.evaluation
    return KpiValue(
        "net_result",
        ev.net_result_eur,
        {"margin": _eur(ev.revenue.total_eur), "cost": _eur(ev.cost.total_eur)},
    )


def _os_in_house(r: Report) -> KpiValue:
    cost = r.outsourcing.in_house.cost.total_eur
    return KpiValue("os_in_house", cost, {"cost": _eur(cost)})


def _os_outsourced(r: Report) -> KpiValue:
    view = r.outsourcing
    ev, provider = view.outsourced, view.outsourced.provider
    return KpiValue(
        "os_outsourced",
        ev.cost.total_eur,
        {
            "fee": _eur(provider.fee_eur_per_year),
            "hours": _count(provider.productive_hours_per_year),
            "contacts": _count(provider.calls_per_month * 12),
            "retained": _eur(provider.retained_eur_per_year),
            "stranded": _eur(ev.cost.stranded_overhead_eur),
            "rest": _eur(ev.cost.total_eur - ev.cost.outsourcing_eur),
        },
    )


def _os_saving(r: Report) -> KpiValue:
    view = r.outsourcing
    return KpiValue("os_saving", view.saving_eur_per_year, {"churn": _eur(view.churn_eur_per_year)})


def _os_break_even(r: Report) -> KpiValue:
    view, outsourcing = r.outsourcing, r.scenario.outsourcing
    horizon = int(view.months[-1])
    return KpiValue(
        "os_break_even",
        view.break_even_month,
        {
            "transition": _eur(outsourcing.transition_cost_eur),
            "months": _count(outsourcing.transition_months),
        },
        note="" if view.break_even_month is not None else "note.never",
        note_params={"months": _count(horizon)},
    )


def _os_npv(r: Report) -> KpiValue:
    rate = r.scenario.business_case.discount_rate_per_year
    return KpiValue(
        "os_npv",
        r.outsourcing.npv_eur,
        {"rate": _share(rate), "months": _count(int(r.outsourcing.months[-1]))},
    )


def _npv(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "npv",
        case.npv_eur,
        {"rate": _share(case.discount_rate_per_year), "months": _count(case.horizon_months)},
    )


def _irr(r: Report) -> KpiValue:
    shown = irr_display(r.case.irr)
    note = "" if shown.rate is not None else "note.irr." + _IRR_NOTES.get(shown.reason, "none")
    return KpiValue("irr", shown.rate, note=note, raw=shown.raw)


_IRR_NOTES = {
    "no change: every cash flow is zero": "no_change",
    "no investment: every cash flow is a gain": "no_investment",
    "no return: every cash flow is a cost": "no_return",
    "the net present value never reaches zero: the case never breaks even": "never_breaks_even",
    "above 100% a year: a small outlay next to large benefits; look at NPV and payback": "above_limit",
}


def _roi(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "roi",
        case.roi,
        {
            "benefits": _eur(case.benefits_eur),
            "costs": _eur(case.costs_eur),
            "months": _count(case.horizon_months),
        },
        note="" if case.roi is not None else "note.roi_no_cost",
    )


def _payback(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "payback",
        case.payback_month,
        note="" if case.payback_month is not None else "note.never",
        note_params={"months": _count(case.horizon_months)},
    )


def _net_per_year(r: Report) -> KpiValue:
    case = r.case
    years = case.horizon_months / 12.0
    return KpiValue(
        "net_per_year",
        float(case.net_eur.sum()) / years,
        {"total": _eur(float(case.net_eur.sum())), "months": _count(case.horizon_months)},
    )


def _horizon(r: Report) -> KpiValue:
    """The scenario's own horizon (a comparison may measure over a longer, common one)."""
    return KpiValue("horizon", r.scenario.business_case.horizon_months)


_BUILDERS: dict[str, Callable[[Report], KpiValue]] = {
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
    "gross_margin": _gross_margin,
    "cost_of_selling": _cost_of_selling,
    "selling_fte": _selling_fte,
    "net_result": _net_result,
    "os_in_house": _os_in_house,
    "os_outsourced": _os_outsourced,
    "os_saving": _os_saving,
    "os_break_even": _os_break_even,
    "os_npv": _os_npv,
    "npv": _npv,
    "irr": _irr,
    "roi": _roi,
    "payback": _payback,
    "net_per_year": _net_per_year,
    "horizon": _horizon,
}
