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

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .attribution import LeverEffect
from .case import Case, build_case
from .case_kpis import CASE_KPIS
from .draws import DEFAULT_DRAWS
from .evaluate import Evaluation, evaluate
from .finance import FloatArray, npv_eur, payback_month
from .kpis import KpiValue
from .levers import CUT_PREFIX, SELLING
from .monte_carlo import Simulation, simulate
from .pilot_kpis import PILOT_KPIS
from .pilot_report import PilotReport, pilot_report
from .report_kpis import CENTRE_KPIS
from .risk import BreakEven, Tornado, break_even, tornado
from .risk_adjustment import AdjustedCase, risk_adjusted
from .risk_kpis import RISK_KPIS
from .scenario import Scenario
from .service_curve import ServiceCurve, service_level_curve
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
    # With callers' patience (Erlang A): who hangs up, and the customers it costs.
    "staffing_abandonment": ("abandonment", "customers_lost_to_hang_ups"),
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
    "targeting": ("targeted_share", "targeted_conversion"),
    "pilot": ("pilot_per_group", "pilot_weeks_needed"),
    "risk": ("npv_p10", "npv_p50", "npv_p90", "probability_npv_positive", "payback_p50"),
    "risk_adjusted": ("risk_adjusted_npv", "risk_adjusted_roi", "risk_adjusted_payback"),
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

BUILDERS = CENTRE_KPIS | CASE_KPIS | RISK_KPIS | PILOT_KPIS

SHIFT_SHARES = tuple(i / 10 for i in range(11))  # 0%, 10%, …, 100% of phone calls to chat


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
        *,
        draws: int = DEFAULT_DRAWS,
        seed: int = 0,
    ) -> None:
        self.scenario = scenario
        self.baseline = baseline
        self.horizon_months = horizon_months
        self.draws = draws  # Monte Carlo draws of the scenario's ranges, and their seed
        self.seed = seed

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

    @cached_property
    def simulation(self) -> Simulation:
        """The scenario's ranges drawn at once (``monte_carlo``); the plan without ranges."""
        return simulate(self.scenario, self.baseline, self.draws, self.seed)

    @cached_property
    def tornado(self) -> Tornado:
        """Each range at its ends, one at a time (``risk.tornado``)."""
        return tornado(self.scenario, self.baseline)

    @cached_property
    def break_evens(self) -> tuple[BreakEven, ...]:
        """Each ranged assumption's value at which NPV is zero (``risk.break_even``)."""
        return tuple(break_even(self.scenario, r.path, self.baseline) for r in self.scenario.ranges)

    @cached_property
    def service_curve(self) -> ServiceCurve | None:
        """The yearly cost of each service-level target (with callers' patience only)."""
        if self.scenario.service.average_patience_seconds is None:
            return None
        return service_level_curve(self.scenario)

    @cached_property
    def risk_adjusted(self) -> AdjustedCase:
        """The case with the scenario's haircuts (Forrester TEI's risk adjustment)."""
        return risk_adjusted(self.case, self.scenario.risk_adjustment)

    @cached_property
    def pilot(self) -> PilotReport | None:
        """A pilot's plan and, with actuals, its decision (``pilot_report``)."""
        return pilot_report(self.scenario, self.evaluation)

    # ---------------------------------------------------------------- KPIs

    def kpi(self, key: str) -> KpiValue:
        return BUILDERS[key](self)

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
        churn = effect.lost_margin_eur_per_year if effect is not None else 0.0
        # The saving is the difference of the two annual costs the page shows (whole
        # people on both sides) less the churn, so the three tiles add up; the lever's
        # own effect in the ledger counts fractional people (see ``attribution``).
        saving = in_house.cost.total_eur - self.evaluation.cost.total_eur - churn
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
