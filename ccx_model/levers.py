"""The levers of a scenario: what it changes against its own starting centre, and when.

A scenario's *starting centre* (``as_is``) is the same centre with every lever off:
today's first-contact resolution and no quality programme, no failure-demand cuts,
no attrition programme, no retention, cross-sell or outbound, everything in-house,
and none of the scenario's investments (they are what building the levers costs).
Everything else a scenario says (volumes, wages, channels, service targets) is its
starting centre.

The levers are switched on one at a time in one fixed, documented order — the order
a centre builds them in: first fix the service (first-contact resolution, then each
department's failure demand, by department name), then the people (attrition), then
sell (retention, cross-sell, outbound), then decide who runs the phones
(outsourcing). Each lever is charged with exactly what it adds at its step, so the
parts add up to the whole, Erlang C's non-linearity included. The order does not
depend on how a file lists its cuts. What whole people add (team leaders and heads
rounded up) is kept apart as its own part: see ``attribution``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .scenario import Scenario

SELLING = ("retention", "cross_sell", "outbound")
CUT_PREFIX = "failure_demand:"

Timing = Literal["volume", "fixed"]


def levers(scenario: Scenario) -> tuple[str, ...]:
    """The scenario's levers in the order they are switched on.

    >>> levers(Scenario())
    ('quality',)
    """
    cuts = sorted(CUT_PREFIX + cut.department for cut in scenario.failure_demand.cuts)
    programme = ("attrition_programme",) if scenario.attrition_programme.enabled else ()
    selling = tuple(name for name in SELLING if getattr(scenario, name).enabled)
    outsourcing = ("outsourcing",) if scenario.outsourcing.active else ()
    return ("quality", *cuts, *programme, *selling, *outsourcing)


def as_is(scenario: Scenario) -> Scenario:
    """The scenario's own starting centre: every lever off."""
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
            "business_case": scenario.business_case.model_copy(update={"investments": ()}),
            "outsourcing": scenario.outsourcing.model_copy(update={"enabled": False}),
            "attrition_programme": scenario.attrition_programme.model_copy(
                update={"enabled": False}
            ),
            **{
                name: getattr(scenario, name).model_copy(update={"enabled": False})
                for name in SELLING
            },
        }
    )


def with_levers(scenario: Scenario, on: tuple[str, ...]) -> Scenario:
    """The starting centre with the named levers of ``scenario`` switched back on."""
    base = as_is(scenario)
    update: dict[str, object] = {
        name: getattr(scenario, name) for name in on if not name.startswith(CUT_PREFIX)
    }
    cuts = tuple(c for c in scenario.failure_demand.cuts if CUT_PREFIX + c.department in on)
    update["failure_demand"] = scenario.failure_demand.model_copy(update={"cuts": cuts})
    return base.model_copy(update=update)


@dataclass(frozen=True)
class LeverTiming:
    """When a lever acts: from ``start_month``; its volume-driven effects grow linearly
    over ``ramp_up_months`` (at once without); its fixed costs are paid in full from
    the start month.

    Outsourcing acts differently (see ``outsourcing``): the provider's share grows
    over the transition months, the retained organisation is paid from month 1, and
    the in-house team stays whole until the transition is over (double running).
    """

    start_month: int
    ramp_up_months: float


def timing(scenario: Scenario, lever: str) -> LeverTiming:
    """A lever's timing as the scenario sets it.

    >>> timing(Scenario(), "quality")
    LeverTiming(start_month=1, ramp_up_months=0.0)
    """
    if lever.startswith(CUT_PREFIX):
        department = lever.removeprefix(CUT_PREFIX)
        cut = next(c for c in scenario.failure_demand.cuts if c.department == department)
        return LeverTiming(max(cut.from_month, 1), 0.0)
    if lever == "outsourcing":
        return LeverTiming(1, float(scenario.outsourcing.transition_months))
    inputs = getattr(scenario, lever)
    return LeverTiming(int(inputs.start_month), float(inputs.ramp_up_months))
