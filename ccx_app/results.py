"""Model results the pages share, cached: the model is pure, so equal inputs share one result."""

from __future__ import annotations

from functools import lru_cache

from ccx_model.business_case import (
    SWITCHED_STREAMS,
    BusinessCase,
    build_business_case,
    levers,
    with_levers,
)
from ccx_model.compare import Comparison, compare_scenarios
from ccx_model.evaluate import Evaluation, evaluate
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
