"""From a pilot's measured figures to the scenario of scaling it up, in one call.

The pilot scenario's levers describe the pilot group (``pilot_report``); the scale-up
gives every team the same lever, with what the pilot measured instead of what was
hoped:

- **eligible share** = the pilot scenario's ÷ the group's share (capped at 100%): the
  same offers, now on every team's calls;
- **conversion** = the measured conversion ÷ the targeting's lift ``L`` (1 without
  targeting), so the model — which multiplies by ``L`` — computes the measured figure
  again; **cancellation rate** = the measured one;
- **offer handle time** = the measured extra seconds per pilot-group call ÷ the
  offers per pilot-group call (eligible share ÷ group share × offer rate): the cost of
  an offer as the pilot saw it;
- **ranges** for the risk view from the pilot's confidence intervals (conversion,
  cancellations, offer handle time), triangular around the measured value; a range on
  the same field from the pilot scenario is replaced;
- the horizon becomes ``horizon_months`` (default 60), the pilot section goes (the
  scale-up is not a pilot), the name says what it is. The pilot's investments are kept
  as they were: a scale-up has investments of its own, which the description says.

A figure the pilot did not measure (no handle times reported, no sales to cancel)
keeps the pilot scenario's value, with no range.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from .bundled_names import display_name
from .i18n import format_percent, translate
from .problems import InputError, Problem, problems_from_validation
from .scenario import Scenario
from .targeted import cross_sell_inputs
from .targeting import conversion_multiplier
from .value_range import ValueRange

if TYPE_CHECKING:
    from .pilot_evaluation import PilotEvaluation

DEFAULT_HORIZON_MONTHS = 60
MAX_OFFER_SECONDS = 3_600.0  # CrossSell.offer_handle_seconds' upper bound


def offers_per_group_call(scenario: Scenario) -> float:
    """Offers per call of the pilot group: targeted eligible share ÷ group share × offer rate."""
    pilot = scenario.pilot
    if pilot is None:
        raise InputError([Problem.rule("pilot", "scale_up.not_a_pilot")])
    inputs = cross_sell_inputs(scenario)
    return min(1.0, inputs.eligible_share / pilot.group_share) * inputs.offer_rate


def _range(path: str, low: float, value: float, high: float, top: float) -> ValueRange | None:
    low, high = max(0.0, min(low, value)), min(top, max(high, value))
    return ValueRange(path=path, low=low, high=high) if high > low else None


def scale_up_scenario(
    pilot_scenario: Scenario,
    result: PilotEvaluation,
    *,
    horizon_months: int = DEFAULT_HORIZON_MONTHS,
    lang: str = "en",
) -> Scenario:
    """The scale-up scenario built from ``result``, the pilot's evaluation.

    Raises InputError when the scenario is not a pilot or its pilot made no offers.
    """
    pilot = pilot_scenario.pilot
    if pilot is None:
        raise InputError([Problem.rule("pilot", "scale_up.not_a_pilot")])
    if result.conversion is None:
        raise InputError([Problem.rule("pilot.actuals", "scale_up.no_offers")])
    lift = (
        1.0 if pilot_scenario.targeting is None else conversion_multiplier(pilot_scenario.targeting)
    )
    lift = lift if lift > 0 else 1.0
    cross_sell = pilot_scenario.cross_sell
    per_call = offers_per_group_call(pilot_scenario)
    conversion = result.conversion
    update: dict[str, Any] = {
        "enabled": True,
        "eligible_share": min(1.0, cross_sell.eligible_share / pilot.group_share),
        "conversion_rate": min(1.0, conversion.estimate / lift),
    }
    ranges: dict[str, ValueRange | None] = {
        "cross_sell.conversion_rate": _range(
            "cross_sell.conversion_rate",
            conversion.low / lift,
            update["conversion_rate"],
            conversion.high / lift,
            1.0,
        )
    }
    cancel = result.cancellation_rate
    if cancel is not None:
        update["cancellation_rate"] = cancel.estimate
        ranges["cross_sell.cancellation_rate"] = _range(
            "cross_sell.cancellation_rate", cancel.low, cancel.estimate, cancel.high, 1.0
        )
    aht = result.aht_increase_seconds
    if aht is not None and per_call > 0:
        seconds = min(MAX_OFFER_SECONDS, max(0.0, aht.estimate / per_call))
        update["offer_handle_seconds"] = seconds
        ranges["cross_sell.offer_handle_seconds"] = _range(
            "cross_sell.offer_handle_seconds",
            aht.low / per_call,
            seconds,
            aht.high / per_call,
            MAX_OFFER_SECONDS,
        )
    data = pilot_scenario.model_dump(mode="python")
    data["cross_sell"] = data["cross_sell"] | update
    data["pilot"] = None
    data["business_case"]["horizon_months"] = horizon_months
    kept = [r.model_dump() for r in pilot_scenario.ranges if r.path not in ranges]
    data["ranges"] = kept + [r.model_dump() for r in ranges.values() if r is not None]
    # Written in ``lang``: a bundled pilot by its name in that language.
    pilot_name = display_name(pilot_scenario.name, lang)
    data["name"] = translate("scale_up.name", lang, name=pilot_name)[:120]
    data["description"] = translate(
        "scale_up.description",
        lang,
        name=pilot_name,
        weeks=result.weeks,
        conversion=format_percent(conversion.estimate, lang, 1),
        low=format_percent(conversion.low, lang, 1),
        high=format_percent(conversion.high, lang, 1),
        share=format_percent(update["eligible_share"], lang, 1),
        decision=translate(f"pilot.decision.{result.decision}", lang),
    )[:4_000]
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, Scenario)) from None
