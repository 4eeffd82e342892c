"""The bridge (waterfall) from a baseline's annual cost to a scenario's net result.

Built on the business case's sequential attribution, so the bars add up exactly:
start = −baseline cost; the change in cost of everything that is not a lever; revenue
the as-is centre already earns; one bar per lever (margin − cost); end = the
scenario's net result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .business_case import BusinessCase
from .evaluate import Evaluation


@dataclass(frozen=True)
class BridgeStep:
    """One bar of the bridge: its signed contribution to the net result per year.

    ``kind`` is ``start`` (minus the baseline's annual cost), ``step`` (a change) or
    ``end`` (the scenario's net result, the sum of all before it). A lever's step
    carries the margin it adds and the cost it adds: amount = margin − cost.
    """

    key: str
    kind: Literal["start", "step", "end"]
    amount_eur: float
    margin_eur: float = 0.0
    cost_eur: float = 0.0


@dataclass(frozen=True)
class Bridge:
    """From the baseline's annual cost to the scenario's net result, by lever.

    Steps: start = −baseline cost; ``other_cost_change`` = −(what the scenario's
    as-is centre costs more than the baseline); ``other_revenue`` = the revenue the
    as-is centre earns (only when not zero: every stream off earns nothing); then each
    lever in the business case's order (margin − cost, sequential attribution); end =
    the scenario's net result. The retained margin of better resolution is not
    revenue and so not in the bridge (it is in the business case and ``lost_margin_eur``).
    """

    steps: tuple[BridgeStep, ...]

    @property
    def end_eur(self) -> float:
        return self.steps[-1].amount_eur

    def rows(self) -> list[dict[str, object]]:
        """JSON-ready bars, to the cent: ``from_eur`` → ``to_eur`` for a waterfall.

        Each running level is rounded and each step is the difference of two rounded
        levels, so the rounded steps add up exactly to the rounded end.
        """
        levels = [0]
        running = 0.0
        for step in self.steps[:-1]:
            running += step.amount_eur
            levels.append(round(running * 100))
        end_cents = round(self.end_eur * 100)
        levels[-1] = end_cents  # equal but for float noise: the end is the net result
        rows: list[dict[str, object]] = []
        for i, step in enumerate(self.steps[:-1]):
            amount_cents = levels[i + 1] - levels[i]
            margin_cents = round(step.margin_eur * 100)
            rows.append(
                {
                    "key": step.key,
                    "kind": step.kind,
                    "amount_eur": amount_cents / 100,
                    "margin_eur": margin_cents / 100,
                    # amount = margin − cost, to the cent
                    "cost_eur": (margin_cents - amount_cents) / 100,
                    "from_eur": levels[i] / 100,
                    "to_eur": levels[i + 1] / 100,
                }
            )
        rows.append(
            {
                "key": self.steps[-1].key,
                "kind": "end",
                "amount_eur": end_cents / 100,
                "margin_eur": 0.0,
                "cost_eur": 0.0,
                "from_eur": 0.0,
                "to_eur": end_cents / 100,
            }
        )
        return rows


def bridge(evaluation: Evaluation, case: BusinessCase) -> Bridge:
    """The bridge of a scenario's evaluation and its business case against the baseline.

    The business case attributes the scenario's cost as baseline cost + other change +
    Σ lever costs and its revenue as as-is revenue + Σ lever margins, so the steps add
    up to the net result (to rounding).
    """
    lever_margin = sum(e.margin_eur_per_year for e in case.effects)
    other_revenue = evaluation.revenue.total_eur - lever_margin
    steps = [
        BridgeStep(
            "baseline_cost",
            "start",
            -case.baseline_cost_eur_per_year,
            cost_eur=case.baseline_cost_eur_per_year,
        ),
        BridgeStep(
            "other_cost_change",
            "step",
            -case.other_cost_change_eur_per_year,
            cost_eur=case.other_cost_change_eur_per_year,
        ),
    ]
    if abs(other_revenue) >= 0.005:
        steps.append(BridgeStep("other_revenue", "step", other_revenue, margin_eur=other_revenue))
    steps.extend(
        BridgeStep(
            e.name,
            "step",
            e.margin_eur_per_year - e.cost_eur_per_year,
            margin_eur=e.margin_eur_per_year,
            cost_eur=e.cost_eur_per_year,
        )
        for e in case.effects
    )
    steps.append(BridgeStep("net_result", "end", evaluation.net_result_eur))
    return Bridge(tuple(steps))
