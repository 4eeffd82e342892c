"""What each lever adds at full effect: the scenario evaluated step by step.

The starting centre is evaluated, then the levers are switched on one at a time in
``levers``' fixed order, and each is charged with exactly what changes at its step:
every cost line, every stream's margin and volumes, the customers lost over
unresolved issues, the FTE. The steps are counted with fractional team leaders and
heads (``Evaluation.cost_exact``), so a lever is not charged a whole team leader
because it happens to cross a span boundary; what rounding to whole people adds is
one part of its own (``rounding``). Starting centre + every lever + rounding = the
scenario, line by line, to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .evaluate import Evaluation, evaluate
from .ledger_lines import COST_LINES
from .levers import LeverTiming, as_is, levers, timing, with_levers
from .scenario import Scenario

STREAMS = ("retention", "cross_sell", "outbound")


@dataclass(frozen=True)
class LeverEffect:
    """What one lever adds per year at full effect (before rounding to whole people)."""

    name: str
    timing: LeverTiming
    lines: dict[str, float]  # cost line → EUR per year
    margins: dict[str, float]  # stream → gross margin per year (steady state)
    saves_per_year: float = 0.0
    kept_sales_per_year: dict[str, float] = field(default_factory=dict)
    customers_lost_per_year: float = 0.0  # negative: fewer customers lost
    lost_margin_eur_per_year: float = 0.0  # steady state, negative: margin kept
    fte: float = 0.0
    heads_released: float = 0.0  # in-house people who leave (outsourcing)

    @property
    def cost_eur_per_year(self) -> float:
        return sum(self.lines.values())

    @property
    def margin_eur_per_year(self) -> float:
        return sum(self.margins.values())

    @property
    def retained_margin_eur_per_year(self) -> float:
        """Margin no longer lost to churn (positive when fewer customers leave)."""
        return -self.lost_margin_eur_per_year

    @property
    def net_eur_per_year(self) -> float:
        """Gross margin + margin kept − cost: the lever's part of the result per year."""
        return self.margin_eur_per_year - self.cost_eur_per_year - self.lost_margin_eur_per_year


@dataclass(frozen=True)
class Attribution:
    """The starting centre, the scenario, and the steps between them."""

    start: Evaluation
    full: Evaluation
    effects: tuple[LeverEffect, ...]
    rounding: dict[str, float]  # cost line → EUR per year from whole people

    @property
    def rounding_eur_per_year(self) -> float:
        return sum(self.rounding.values())

    def effect(self, name: str) -> LeverEffect | None:
        return next((e for e in self.effects if e.name == name), None)


def _running_lines(evaluation: Evaluation, exact: bool) -> dict[str, float]:
    lines = (evaluation.cost_exact if exact else evaluation.cost).lines()
    return {key: lines[key] for key in COST_LINES}


def _step(name: str, scenario: Scenario, before: Evaluation, after: Evaluation) -> LeverEffect:
    old, new = _running_lines(before, exact=True), _running_lines(after, exact=True)
    old_streams, new_streams = before.revenue.by_name(), after.revenue.by_name()
    volumes = {s: new_streams[s].volumes_per_year for s in STREAMS}
    old_volumes = {s: old_streams[s].volumes_per_year for s in STREAMS}
    released = 0.0
    if name == "outsourcing":
        released = max(before.headcount_exact - after.headcount_exact, 0.0)
    return LeverEffect(
        name=name,
        timing=timing(scenario, name),
        lines={key: new[key] - old[key] for key in COST_LINES},
        margins={
            s: new_streams[s].margin_eur_per_year - old_streams[s].margin_eur_per_year
            for s in STREAMS
        },
        saves_per_year=volumes["retention"].get("saves", 0.0)
        - old_volumes["retention"].get("saves", 0.0),
        kept_sales_per_year={
            s: volumes[s].get("kept_sales", 0.0) - old_volumes[s].get("kept_sales", 0.0)
            for s in ("cross_sell", "outbound")
        },
        customers_lost_per_year=after.poor_service.customers_lost_per_year
        - before.poor_service.customers_lost_per_year,
        lost_margin_eur_per_year=after.poor_service.lost_margin_eur_per_year
        - before.poor_service.lost_margin_eur_per_year,
        fte=after.fte_including_provider - before.fte_including_provider,
        heads_released=released,
    )


def attribute(scenario: Scenario) -> Attribution:
    """Evaluate the starting centre and each lever's step (one evaluation per lever)."""
    order = levers(scenario)
    steps = [evaluate(as_is(scenario))]
    for i in range(1, len(order) + 1):
        steps.append(evaluate(with_levers(scenario, order[:i])))
    effects = tuple(_step(name, scenario, steps[i], steps[i + 1]) for i, name in enumerate(order))
    start, last = steps[0], steps[-1]
    rounded_full, exact_full = _running_lines(last, False), _running_lines(last, True)
    rounded_start, exact_start = _running_lines(start, False), _running_lines(start, True)
    rounding = {
        key: (rounded_full[key] - exact_full[key]) - (rounded_start[key] - exact_start[key])
        for key in COST_LINES
    }
    # Every lever on is the scenario but for its investments (kept out of the steps:
    # the ledger pays them as entered); the scenario itself counts their running cost.
    full = evaluate(scenario) if scenario.business_case.investments else last
    return Attribution(start=start, full=full, effects=effects, rounding=rounding)
