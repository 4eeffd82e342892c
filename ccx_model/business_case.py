"""The multi-year business case: a scenario against a baseline, month by month.

How a scenario's change is split into parts (each with its own ramp-up):
the scenario's *as-is* version has every stream off and today's resolution; the
levers are then switched on one at a time — quality, retention, cross-sell,
outbound — and each is charged with exactly the cost it adds at that step
(sequential attribution). The parts therefore add up to the whole, Erlang C's
non-linearity included. Whatever else differs from the chosen baseline (other
assumptions) applies in full from month 1.

Cash-flow convention: monthly, month 0 = now (one-off investments due now), months
1..12·years carry the operating difference; NPV discounts month m by
(1 + annual rate)^(m/12), month 0 undiscounted. See ``finance``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .evaluate import Evaluation, evaluate
from .finance import FloatArray, IrrResult, irr, npv_eur, payback_month, roi
from .scenario import Scenario

SWITCHED_STREAMS = ("retention", "cross_sell", "outbound")
CUT_PREFIX = "failure_demand:"


def levers(scenario: Scenario) -> tuple[str, ...]:
    """The scenario's levers in the order they are switched on: resolution, each
    department's failure-demand cut, then the commercial streams."""
    cuts = tuple(CUT_PREFIX + cut.department for cut in scenario.failure_demand.cuts)
    outsourcing = ("outsourcing",) if scenario.outsourcing.active else ()
    return ("quality", *cuts, *SWITCHED_STREAMS, *outsourcing)


def as_is(scenario: Scenario) -> Scenario:
    """The scenario's own starting point: no streams, no cuts, today's resolution, in-house."""
    quality = scenario.quality.model_copy(
        update={
            "first_contact_resolution_target": scenario.quality.first_contact_resolution,
            "improvement_cost_eur_per_month": 0.0,
        }
    )
    return scenario.model_copy(
        update={
            "quality": quality,
            "failure_demand": scenario.failure_demand.model_copy(update={"cuts": ()}),
            "outsourcing": scenario.outsourcing.model_copy(update={"enabled": False}),
            **{
                name: getattr(scenario, name).model_copy(update={"enabled": False})
                for name in SWITCHED_STREAMS
            },
        }
    )


def with_levers(scenario: Scenario, on: tuple[str, ...]) -> Scenario:
    """The as-is scenario with the named levers of ``scenario`` switched back on."""
    base = as_is(scenario)
    update: dict[str, object] = {
        name: getattr(scenario, name) for name in on if not name.startswith(CUT_PREFIX)
    }
    cuts = tuple(c for c in scenario.failure_demand.cuts if CUT_PREFIX + c.department in on)
    update["failure_demand"] = scenario.failure_demand.model_copy(update={"cuts": cuts})
    return base.model_copy(update=update)


def _timing(scenario: Scenario, lever: str) -> tuple[float, int]:
    """(ramp-up months, first month of effect) of a lever."""
    if lever.startswith(CUT_PREFIX):
        cut = next(c for c in scenario.failure_demand.cuts if CUT_PREFIX + c.department == lever)
        return 0.0, max(cut.from_month, 1)
    if lever == "outsourcing":
        return float(scenario.outsourcing.transition_months), 1
    return float(getattr(scenario, lever).ramp_up_months), 1


@dataclass(frozen=True)
class StreamEffect:
    """What one lever adds per year at full effect."""

    name: str
    margin_eur_per_year: float  # external revenue (gross margin)
    retained_margin_eur_per_year: float  # churn avoided by better resolution
    cost_eur_per_year: float  # everything it adds to cost: staff via Erlang C, direct costs
    ramp_up_months: float
    start_month: int = 1

    @property
    def net_eur_per_year(self) -> float:
        return self.margin_eur_per_year + self.retained_margin_eur_per_year - self.cost_eur_per_year


@dataclass(frozen=True)
class BusinessCase:
    """Monthly cash flows (months 0..12·years) of the scenario against the baseline."""

    months: np.ndarray
    effects: tuple[StreamEffect, ...]
    baseline_cost_eur_per_year: float
    other_cost_change_eur_per_year: float
    investments_eur: FloatArray  # one-off and recurring, per month (positive = spent)
    benefits_eur: FloatArray  # per month, positive
    costs_eur: FloatArray  # per month, positive (investments included)
    stream_net_eur: dict[str, FloatArray]
    discount_rate_per_year: float
    baseline_name: str

    @property
    def net_eur(self) -> FloatArray:
        return self.benefits_eur - self.costs_eur

    @property
    def cumulative_eur(self) -> FloatArray:
        return np.cumsum(self.net_eur)

    @property
    def npv_eur(self) -> float:
        return npv_eur(self.discount_rate_per_year, self.net_eur)

    @property
    def irr(self) -> IrrResult:
        return irr(self.net_eur)

    @property
    def roi(self) -> float | None:
        return roi(float(self.benefits_eur.sum()), float(self.costs_eur.sum()))

    @property
    def payback_month(self) -> int | None:
        return payback_month(self.net_eur)

    def yearly(self) -> list[dict[str, float]]:
        """Net benefit per year (month 0 counted in year 1)."""
        rows = []
        years = int((self.months.size - 1) // 12)
        for year in range(1, years + 1):
            start = 0 if year == 1 else (year - 1) * 12 + 1
            window = slice(start, year * 12 + 1)
            rows.append(
                {
                    "year": year,
                    "benefits_eur": float(self.benefits_eur[window].sum()),
                    "costs_eur": float(self.costs_eur[window].sum()),
                    "net_eur": float(self.net_eur[window].sum()),
                    "cumulative_eur": float(self.cumulative_eur[year * 12]),
                }
            )
        return rows

    def to_dict(self) -> dict[str, object]:
        result = self.irr
        return {
            "baseline": self.baseline_name,
            "horizon_months": int(self.months.size - 1),
            "discount_rate_per_year": self.discount_rate_per_year,
            "npv_eur": round(self.npv_eur, 2),
            "irr": None if result.annual_rate is None else round(result.annual_rate, 6),
            "irr_reason": result.reason,
            "roi": None if self.roi is None else round(self.roi, 6),
            "payback_month": self.payback_month,
            "streams": {
                e.name: {
                    "margin_eur_per_year": round(e.margin_eur_per_year, 2),
                    "retained_margin_eur_per_year": round(e.retained_margin_eur_per_year, 2),
                    "cost_eur_per_year": round(e.cost_eur_per_year, 2),
                    "net_eur_per_year": round(e.net_eur_per_year, 2),
                    "ramp_up_months": e.ramp_up_months,
                    "start_month": e.start_month,
                }
                for e in self.effects
            },
            "other_cost_change_eur_per_year": round(self.other_cost_change_eur_per_year, 2),
            "investments_eur": round(float(self.investments_eur.sum()), 2),
            "yearly": [{k: round(v, 2) for k, v in row.items()} for row in self.yearly()],
        }


def ramp(months: np.ndarray, ramp_up_months: float, start_month: int = 1) -> FloatArray:
    """Share of full effect per month: 0 before ``start_month``, then linear to 1 over
    the ramp-up (at once without one).

    >>> ramp(np.arange(5), 4).tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0]
    >>> ramp(np.arange(5), 0, start_month=3).tolist()
    [0.0, 0.0, 0.0, 1.0, 1.0]
    """
    started = months >= max(start_month, 1)
    if ramp_up_months <= 0:
        return np.where(started, 1.0, 0.0)
    progress = (months - max(start_month, 1) + 1) / ramp_up_months
    return np.asarray(np.where(started, np.clip(progress, 0.0, 1.0), 0.0), dtype=np.float64)


def stream_effects(scenario: Scenario) -> tuple[tuple[StreamEffect, ...], Evaluation]:
    """Each lever's margin and cost by sequential attribution; also the as-is evaluation."""
    order = levers(scenario)
    steps: list[Evaluation] = [evaluate(as_is(scenario))]
    for i in range(1, len(order) + 1):
        steps.append(evaluate(with_levers(scenario, order[:i])))
    effects = []
    for i, name in enumerate(order):
        before, after = steps[i], steps[i + 1]
        retained = (
            before.poor_service.lost_margin_eur_per_year
            - after.poor_service.lost_margin_eur_per_year
        )
        ramp_up_months, start_month = _timing(scenario, name)
        effect = StreamEffect(
            name=name,
            margin_eur_per_year=after.revenue.total_eur - before.revenue.total_eur,
            retained_margin_eur_per_year=retained,
            cost_eur_per_year=after.cost.total_eur - before.cost.total_eur,
            ramp_up_months=ramp_up_months,
            start_month=start_month,
        )
        effects.extend(
            _double_running(effect, before, after) if name == "outsourcing" else [effect]
        )
    return tuple(effects), steps[0]


def _double_running(
    effect: StreamEffect, before: Evaluation, after: Evaluation
) -> list[StreamEffect]:
    """Split outsourcing in two: the provider and retained organisation phase in over
    the transition, while the in-house team stays at full size until it is over
    (hand-over, training the provider, notice periods) and is released after."""
    provider_cost = after.cost.outsourcing_eur - before.cost.outsourcing_eur
    transition = int(effect.ramp_up_months)
    return [
        replace(effect, cost_eur_per_year=provider_cost),
        StreamEffect(
            name="outsourcing_in_house",
            margin_eur_per_year=0.0,
            retained_margin_eur_per_year=0.0,
            cost_eur_per_year=effect.cost_eur_per_year - provider_cost,
            ramp_up_months=0.0,
            start_month=transition + 1,
        ),
    ]


def investment_flows(scenario: Scenario, months: np.ndarray) -> FloatArray:
    """One-off and recurring investments per month."""
    flows = np.zeros(months.size, dtype=np.float64)
    for item in scenario.business_case.investments:
        if item.month < months.size:
            flows[item.month] += item.one_off_eur
        flows += np.where(
            months >= max(item.recurring_from_month, 0), item.recurring_eur_per_month, 0.0
        )
    # The one-off costs of fixing a cause of failure demand, and of moving to an
    # outsourcing provider, are paid now.
    flows[0] += sum(cut.one_off_cost_eur for cut in scenario.failure_demand.cuts)
    if scenario.outsourcing.active:
        flows[0] += scenario.outsourcing.transition_cost_eur
    return flows


def build_business_case(scenario: Scenario, baseline: Scenario | None = None) -> BusinessCase:
    """Monthly cash flows of ``scenario`` against ``baseline`` (default: its as-is self)."""
    inputs = scenario.business_case
    months = np.arange(inputs.horizon_years * 12 + 1)
    effects, as_is_evaluation = stream_effects(scenario)
    baseline_evaluation = as_is_evaluation if baseline is None else evaluate(baseline)
    other_change = as_is_evaluation.cost.total_eur - baseline_evaluation.cost.total_eur
    other_revenue = as_is_evaluation.revenue.total_eur - baseline_evaluation.revenue.total_eur
    # Churn the as-is centre avoids (or adds) compared with the baseline's.
    other_retained = (
        baseline_evaluation.poor_service.lost_margin_eur_per_year
        - as_is_evaluation.poor_service.lost_margin_eur_per_year
    )

    benefits = np.zeros(months.size)
    costs = np.zeros(months.size)
    stream_net: dict[str, FloatArray] = {}
    for effect in effects:
        share = ramp(months, effect.ramp_up_months, effect.start_month) / 12.0
        gain = (effect.margin_eur_per_year + effect.retained_margin_eur_per_year) * share
        cost = effect.cost_eur_per_year * share
        # A saving (negative cost) is a benefit; a loss of margin is a cost.
        benefits += np.maximum(gain, 0.0) + np.maximum(-cost, 0.0)
        costs += np.maximum(cost, 0.0) + np.maximum(-gain, 0.0)
        stream_net[effect.name] = gain - cost
    from_month_1 = np.where(months >= 1, 1.0 / 12.0, 0.0)
    other = (other_revenue + other_retained - other_change) * from_month_1
    benefits += np.maximum(other, 0.0)
    costs += np.maximum(-other, 0.0)
    stream_net["other"] = other
    invest = investment_flows(scenario, months)
    costs += invest
    return BusinessCase(
        months=months,
        effects=effects,
        baseline_cost_eur_per_year=baseline_evaluation.cost.total_eur,
        other_cost_change_eur_per_year=other_change,
        investments_eur=invest,
        benefits_eur=benefits,
        costs_eur=costs,
        stream_net_eur=stream_net,
        discount_rate_per_year=inputs.discount_rate_per_year,
        baseline_name=(baseline or as_is(scenario)).name
        if baseline
        else f"{scenario.name} (as is)",
    )
