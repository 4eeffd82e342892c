"""One monthly ledger per scenario: every cash line, month by month, over a horizon.

Month 0 is now and holds only payments made now (one-off investments due now, the
one-off cost of fixing failure demand, an outsourcing transition); months 1 … H are
the running months. A line is the scenario's starting centre plus each lever phased
in by its timing (``levers.LeverTiming``; ``ledger_lines`` says which lines follow
volume and which are fixed), indexed yearly (``cohorts.yearly_index``):

- running costs: the starting centre's cost from month 1, plus each lever's change
  from its start month — fixed costs in full, volume-driven ones along the ramp-up;
  what rounding to whole people adds follows the levers' FTE-weighted progress;
- gross margin: retention saves as monthly cohorts that earn a month's margin for
  each month retained; sales in the month sold, or over their contract;
- margin lost to churn: customers lost each month (from month 1) stop earning for
  the months the scenario says; a lever that resolves more loses fewer;
- outsourcing: the provider's fee grows over the transition, the retained
  organisation is paid from month 1, the in-house team stays whole through the
  transition and is released after it (its redundancy cost paid then), and the
  stranded share of its overhead runs on;
- investments: each one its own line, one-off in its month and recurring from its
  first month, as entered (not indexed);
- internal charge-back: shown apart, never in the result.

Nothing after the horizon counts. The business case of A against B is the
difference of their ledgers (``case``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .attribution import Attribution, LeverEffect, attribute
from .cohorts import contract_kernel, months_after_kernel, spread, yearly_index
from .finance import FloatArray
from .ledger_lines import CHARGE_BACK, COST_LINES, LINES, LOST_MARGIN, LineDef
from .levers import CUT_PREFIX
from .scenario import Scenario


@dataclass(frozen=True)
class LedgerLine:
    """One line: EUR per month (positive amounts; ``line.sign`` says which way it counts).

    ``key`` names a running line (``ledger_lines.LINES``) or a one-off: ``investment:N``,
    ``fix:<department>``, ``transition``, ``redundancy``; ``name`` is what a one-off
    is called (an investment's own name, a department).
    """

    key: str
    line: LineDef
    values: FloatArray
    name: str = ""

    @property
    def signed(self) -> FloatArray:
        return self.line.sign * self.values


@dataclass(frozen=True)
class Ledger:
    scenario: Scenario
    months: np.ndarray
    lines: tuple[LedgerLine, ...]
    attribution: Attribution
    lever_net: dict[str, FloatArray]  # each lever's part of the result, per month

    def line(self, key: str) -> LedgerLine | None:
        return next((line for line in self.lines if line.key == key), None)

    @property
    def net_eur(self) -> FloatArray:
        """Gross margin − costs − margin lost, per month (the charge-back left out)."""
        total = np.zeros(self.months.size)
        for line in self.lines:
            if line.line.kind != "internal":
                total += line.signed
        return total

    def total(self, kind: str) -> FloatArray:
        total = np.zeros(self.months.size)
        for line in self.lines:
            if line.line.kind == kind:
                total += line.values
        return total


def ramp_share(months: np.ndarray, start_month: int, ramp_up_months: float) -> FloatArray:
    """Share of full effect per month: 0 before ``start_month``, then linear to 1 over
    the ramp-up (at once without one).

    >>> ramp_share(np.arange(6), 2, 3).round(4).tolist()
    [0.0, 0.0, 0.3333, 0.6667, 1.0, 1.0]
    """
    started = months >= max(start_month, 1)
    if ramp_up_months <= 0:
        return np.where(started, 1.0, 0.0)
    progress = (months - max(start_month, 1) + 1) / ramp_up_months
    return np.asarray(np.where(started, np.clip(progress, 0.0, 1.0), 0.0), dtype=np.float64)


def line_share(effect: LeverEffect, key: str, months: np.ndarray) -> FloatArray:
    """How much of a lever's change in line ``key`` counts in each month."""
    start, ramp = effect.timing.start_month, effect.timing.ramp_up_months
    if effect.name == "outsourcing":
        transition = round(ramp)
        if key == "provider_fee":  # the provider's share grows over the transition
            return ramp_share(months, 1, ramp)
        if key == "retained_organisation":  # the customer owner is there from month 1
            return ramp_share(months, 1, 0)
        return ramp_share(months, transition + 1, 0)  # the in-house team leaves after it
    if LINES[key].timing == "fixed":
        return ramp_share(months, start, 0)
    return ramp_share(months, start, ramp)


def volume_share(effect: LeverEffect, months: np.ndarray) -> FloatArray:
    """The lever's progress on calls, saves and sales (the provider's share for outsourcing)."""
    return line_share(
        effect, "provider_fee" if effect.name == "outsourcing" else "agent_wages", months
    )


def whole_people_share(effects: tuple[LeverEffect, ...], months: np.ndarray) -> FloatArray:
    """How much of what whole people add counts in each month: the levers' progress on
    agents' hours, weighted by the FTE each moves (every running month without any)."""
    weights = np.array([abs(e.fte) for e in effects])
    if weights.sum() <= 0:
        return np.asarray(months >= 1, dtype=np.float64)
    total = np.zeros(months.size)
    for weight, effect in zip(weights, effects, strict=True):
        total += weight * line_share(effect, "agent_wages", months)
    return np.asarray(total / weights.sum(), dtype=np.float64)


@lru_cache(maxsize=64)
def build_ledger(scenario: Scenario, horizon_months: int | None = None) -> Ledger:
    """The scenario's ledger over ``horizon_months`` (default: the scenario's own)."""
    inputs = scenario.business_case
    horizon = inputs.horizon_months if horizon_months is None else horizon_months
    months = np.arange(horizon + 1)
    running = months >= 1
    attribution = attribute(scenario)
    effects = attribution.effects
    index = {
        "wage": yearly_index(inputs.wage_indexation_per_year, months),
        "price": yearly_index(inputs.price_indexation_per_year, months),
        "none": np.ones(months.size),
    }
    shares = {e.name: {key: line_share(e, key, months) for key in COST_LINES} for e in effects}
    volume = {e.name: volume_share(e, months) for e in effects}
    rounding_share = whole_people_share(effects, months)
    lever_net = {e.name: np.zeros(months.size) for e in effects}
    lines: list[LedgerLine] = []

    start_lines = attribution.start.cost.lines()
    for key in COST_LINES:
        definition = LINES[key]
        factor = index[definition.indexation] / 12.0
        values = start_lines[key] * running * factor
        for effect in effects:
            part = effect.lines[key] * shares[effect.name][key] * factor
            values = values + part
            lever_net[effect.name] -= part
        values = values + attribution.rounding[key] * rounding_share * factor
        lines.append(LedgerLine(key, definition, values))

    lines += _margin_lines(scenario, effects, volume, months, index["price"], lever_net)
    lines.append(_lost_margin(scenario, attribution, volume, months, index["price"], lever_net))
    if scenario.charge_back.enabled:
        costs = sum(
            (line.values for line in lines if line.line.kind == "cost"), np.zeros(months.size)
        )
        recurring = _recurring_investments(scenario, months)
        charged = (costs + recurring) * (1.0 + scenario.charge_back.margin)
        lines.append(LedgerLine(CHARGE_BACK.key, CHARGE_BACK, charged))
    lines += _one_off_lines(scenario, attribution, months, lever_net)
    return Ledger(scenario, months, tuple(lines), attribution, lever_net)


def _margin_lines(
    scenario: Scenario,
    effects: tuple[LeverEffect, ...],
    volume: dict[str, FloatArray],
    months: np.ndarray,
    price: FloatArray,
    lever_net: dict[str, FloatArray],
) -> list[LedgerLine]:
    """Retention saves as cohorts over the months retained; sales over their contract."""
    size = months.size
    margin_per_month = scenario.customers.margin_eur_per_year / 12.0
    retained = months_after_kernel(scenario.retention.months_retained, size)
    kernels = {
        "cross_sell": contract_kernel(scenario.cross_sell.contract_months, size),
        "outbound": contract_kernel(scenario.outbound.contract_months, size),
    }
    per_sale = {
        "cross_sell": scenario.cross_sell.margin_per_sale_eur,
        "outbound": scenario.outbound.margin_per_sale_eur,
    }
    totals = {stream: np.zeros(size) for stream in ("retention", "cross_sell", "outbound")}
    for effect in effects:
        saves = effect.saves_per_year / 12.0 * volume[effect.name]
        part = spread(saves, retained) * margin_per_month * price
        for stream in ("cross_sell", "outbound"):
            sales = effect.kept_sales_per_year.get(stream, 0.0) / 12.0 * volume[effect.name]
            earned = spread(sales * per_sale[stream], kernels[stream]) * price
            totals[stream] += earned
            lever_net[effect.name] += earned
        totals["retention"] += part
        lever_net[effect.name] += part
    return [
        LedgerLine(f"{stream}_margin", LINES[f"{stream}_margin"], values)
        for stream, values in totals.items()
    ]


def _lost_margin(
    scenario: Scenario,
    attribution: Attribution,
    volume: dict[str, FloatArray],
    months: np.ndarray,
    price: FloatArray,
    lever_net: dict[str, FloatArray],
) -> LedgerLine:
    """Customers lost from month 1, each no longer earning for the months it would have."""
    kernel = months_after_kernel(scenario.quality.months_of_margin_lost, months.size)
    margin_per_month = scenario.customers.margin_eur_per_year / 12.0
    running = (months >= 1).astype(np.float64)
    lost = attribution.start.poor_service.customers_lost_per_year / 12.0 * running
    values = spread(lost, kernel) * margin_per_month * price
    for effect in attribution.effects:
        cohort = effect.customers_lost_per_year / 12.0 * volume[effect.name]
        part = spread(cohort, kernel) * margin_per_month * price
        values = values + part
        lever_net[effect.name] -= part
    return LedgerLine(LOST_MARGIN.key, LOST_MARGIN, values)


def _recurring_investments(scenario: Scenario, months: np.ndarray) -> FloatArray:
    values = np.zeros(months.size)
    for item in scenario.business_case.investments:
        values += np.where(
            months >= max(item.recurring_from_month, 0), item.recurring_eur_per_month, 0.0
        )
    return values


def _one_off_lines(
    scenario: Scenario,
    attribution: Attribution,
    months: np.ndarray,
    lever_net: dict[str, FloatArray],
) -> list[LedgerLine]:
    """Investments (one line each), failure-demand fixes, the outsourcing transition and
    the redundancy of the people who leave when it ends."""
    one_off = LineDef("one_off", "cost", "fixed", "none")
    lines = []
    for number, item in enumerate(scenario.business_case.investments, start=1):
        values = np.where(
            months >= max(item.recurring_from_month, 0), item.recurring_eur_per_month, 0.0
        )
        if item.month < months.size:
            values[item.month] += item.one_off_eur
        lines.append(LedgerLine(f"investment:{number}", one_off, values, item.name))
    for cut in sorted(scenario.failure_demand.cuts, key=lambda c: c.department):
        values = np.zeros(months.size)
        values[0] = cut.one_off_cost_eur
        lines.append(LedgerLine(f"fix:{cut.department}", one_off, values, cut.department))
        lever = CUT_PREFIX + cut.department
        if lever in lever_net:
            lever_net[lever] -= values
    outsourcing = attribution.effect("outsourcing")
    if outsourcing is not None:
        inputs = scenario.outsourcing
        transition = np.zeros(months.size)
        transition[0] = inputs.transition_cost_eur
        redundancy = np.zeros(months.size)
        release = round(outsourcing.timing.ramp_up_months) + 1
        if release < months.size:
            redundancy[release] = outsourcing.heads_released * inputs.redundancy_cost_eur_per_head
        lines.append(LedgerLine("transition", one_off, transition))
        lines.append(LedgerLine("redundancy", one_off, redundancy))
        lever_net["outsourcing"] -= transition + redundancy
    return lines
