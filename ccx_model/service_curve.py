"""The service level that pays: what each service-level target costs a year in people
and in customers lost to callers who hang up; the cheapest target marked.

For each target the whole scenario is evaluated again (Erlang A per interval, the
callers who call back staffed, the occupancy cap and any abandonment limit kept):

- ``agents_cost_eur``: the people of the centre — agent wages, team leaders, overhead,
  software and the cost of replacing leavers, for whole people (``cost``);
- ``lost_margin_eur``: customers lost by callers who hang up, each costing the months
  of margin lost to churn (``abandonment``);
- ``total_eur``: the sum. A higher target needs more agents and loses fewer customers;
  the cheapest target is where one more point of service costs more than it keeps.

Without a patience nobody hangs up (Erlang C), so every lower target is cheaper and
the curve says nothing: it needs ``service.average_patience_seconds``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .evaluate import evaluate
from .scenario import Scenario

#: The targets the curve is drawn at: 50% to 95% in steps of 5 points.
TARGETS = tuple(round(0.50 + 0.05 * i, 2) for i in range(10))
PEOPLE_LINES = ("agent_wages", "team_leaders", "overhead", "software", "attrition")


@dataclass(frozen=True)
class ServicePoint:
    target: float
    agents_cost_eur: float
    lost_margin_eur: float
    service_level: float  # reached, of all offered calls (at least the target)
    abandonment: float  # share of offered calls that hang up
    fte: float

    @property
    def total_eur(self) -> float:
        return self.agents_cost_eur + self.lost_margin_eur


@dataclass(frozen=True)
class ServiceCurve:
    patience_seconds: float
    points: tuple[ServicePoint, ...]

    @property
    def best(self) -> ServicePoint:
        """The cheapest target (the lower one on a tie)."""
        return min(self.points, key=lambda p: (round(p.total_eur, 2), p.target))


class NoPatienceError(ValueError):
    """The scenario has no callers' patience: nobody hangs up, the curve says nothing."""


def service_level_curve(scenario: Scenario, targets: tuple[float, ...] = TARGETS) -> ServiceCurve:
    """The yearly cost of each target (see the module docstring)."""
    patience = scenario.service.average_patience_seconds
    if patience is None:
        raise NoPatienceError("service.average_patience_seconds")
    points = []
    for target in targets:
        varied = scenario.model_copy(
            update={"service": scenario.service.model_copy(update={"service_level_target": target})}
        )
        ev = evaluate(varied)
        lines = ev.cost.lines()
        lost = ev.poor_service.customers_lost_to_abandonment_per_year
        quality = scenario.quality
        points.append(
            ServicePoint(
                target=target,
                agents_cost_eur=sum(lines[key] for key in PEOPLE_LINES),
                lost_margin_eur=lost
                * scenario.customers.margin_eur_per_year
                * quality.months_of_margin_lost
                / 12.0,
                service_level=ev.staffing.service_level,
                abandonment=ev.staffing.abandonment.share,
                fte=ev.fte,
            )
        )
    return ServiceCurve(patience, tuple(points))


def curve_dict(curve: ServiceCurve) -> dict[str, Any]:
    """JSON-ready (``ccx service-level-curve``)."""
    return {
        "patience_seconds": curve.patience_seconds,
        "curve": [
            {
                "target": p.target,
                "agents_cost_eur": round(p.agents_cost_eur, 2),
                "lost_margin_eur": round(p.lost_margin_eur, 2),
                "total_eur": round(p.total_eur, 2),
                "service_level": round(p.service_level, 6),
                "abandonment": round(p.abandonment, 6),
                "fte": round(p.fte, 2),
            }
            for p in curve.points
        ],
        "best_target": curve.best.target,
    }
