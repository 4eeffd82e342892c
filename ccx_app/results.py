"""Model results the pages share, cached: the model is pure, so equal inputs share one result."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ccx_model.business_case import (
    SWITCHED_STREAMS,
    BusinessCase,
    build_business_case,
    levers,
    with_levers,
)
from ccx_model.compare import Comparison, compare_scenarios
from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.finance import payback_month
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario
from ccx_model.value import CostOfPoorService, cost_of_poor_service


@lru_cache(maxsize=256)
def evaluation(scenario: Scenario) -> Evaluation:
    return evaluate(scenario)


@lru_cache(maxsize=64)
def business_case(scenario: Scenario, baseline: Scenario | None = None) -> BusinessCase:
    return build_business_case(scenario, baseline)


@lru_cache(maxsize=64)
def poor_service(scenario: Scenario) -> CostOfPoorService:
    return cost_of_poor_service(scenario, evaluation(scenario))


@lru_cache(maxsize=16)
def comparison(
    scenarios: tuple[Scenario, ...],
    baseline: Scenario,
    labels: tuple[str, ...],
    baseline_label: str,
) -> Comparison:
    return compare_scenarios(list(scenarios), baseline, list(labels), baseline_label)


def library_scenario(name: str) -> Scenario | None:
    """A scenario from the library, or None if it does not open (the page then says so)."""
    from .state import SCENARIO_DIR

    path = SCENARIO_DIR / name
    try:
        return _load(str(path), path.stat().st_mtime_ns)
    except (InputError, OSError):
        return None


@lru_cache(maxsize=32)
def _load(path: str, modified_ns: int) -> Scenario:
    # The modification time is part of the key: a file saved again is read again.
    return load_scenario(path)


def without_selling(scenario: Scenario) -> Evaluation:
    """The scenario with every lever but retention, cross-sell and outbound."""
    kept = tuple(name for name in levers(scenario) if name not in SWITCHED_STREAMS)
    return evaluation(with_levers(scenario, kept))


SHIFT_SHARES = tuple(i / 10 for i in range(11))  # 0%, 10%, …, 100% of phone calls to chat


def chat_shift_sweep(scenario: Scenario) -> tuple[Evaluation, ...]:
    """The scenario again for each share of phone calls moved to chat (``SHIFT_SHARES``)."""
    channels = scenario.channels
    return tuple(
        evaluation(
            scenario.model_copy(
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


@dataclass(frozen=True)
class OutsourcingView:
    """The same centre in-house and outsourced, and the monthly difference between them."""

    in_house: Evaluation
    outsourced: Evaluation
    months: np.ndarray
    difference_eur: np.ndarray  # in-house − outsourced, per month (transition cost in month 0)
    saving_eur_per_year: float  # at full effect, margin lost to churn included
    churn_eur_per_year: float  # extra margin lost because the provider resolves less
    break_even_month: int | None


@lru_cache(maxsize=32)
def outsourcing_view(scenario: Scenario) -> OutsourcingView:
    outsourcing = scenario.outsourcing
    in_house = evaluation(
        scenario.model_copy(
            update={"outsourcing": outsourcing.model_copy(update={"enabled": False})}
        )
    )
    case = business_case(scenario)
    months = case.months
    # The outsourcing levers' monthly flows, less the transition cost paid now.
    difference = case.stream_net_eur["outsourcing"] + case.stream_net_eur["outsourcing_in_house"]
    difference = difference - np.where(months == 0, outsourcing.transition_cost_eur, 0.0)
    effects = [e for e in case.effects if e.name.startswith("outsourcing")]
    return OutsourcingView(
        in_house=in_house,
        outsourced=evaluation(scenario),
        months=months,
        difference_eur=difference,
        saving_eur_per_year=sum(e.net_eur_per_year for e in effects),
        churn_eur_per_year=-sum(e.retained_margin_eur_per_year for e in effects),
        break_even_month=payback_month(difference),
    )
