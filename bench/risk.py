"""Benchmarks of "what if we are wrong?" on the bundled profit centre.

- 10,000 Monte Carlo draws of its six ranges (one moves staffing: the offer's handle
  time), cold (no kept evaluation): target ≤ 2 s; the fit's measured error against
  the full model is reported beside it (must stay ≤ 0.1% of NPV);
- a tornado of 20 assumptions (each ±20% of its value, inside its allowed values),
  40 full-model runs: target ≤ 1 s;
- one break-even value (the pilot's cross-sell conversion at which NPV = 0; the profit
  centre's NPV stays positive at any conversion): target ≤ 0.5 s.
"""

from __future__ import annotations

from pathlib import Path

from ccx_model.monte_carlo import Simulation, simulate
from ccx_model.problems import field_bounds
from ccx_model.risk import BreakEven, break_even, tornado
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario
from ccx_model.value_range import ValueRange, _field

from .result import Row
from .timing import clear_model_caches, time_repeated

SCENARIO = Path(__file__).resolve().parent.parent / "scenarios" / "profit_centre.yaml"

TWENTY = (
    "cross_sell.conversion_rate",
    "cross_sell.eligible_share",
    "cross_sell.offer_rate",
    "cross_sell.margin_per_sale_eur",
    "cross_sell.cancellation_rate",
    "cross_sell.offer_handle_seconds",
    "customers.margin_eur_per_year",
    "retention.save_rate",
    "retention.leave_intent_share",
    "retention.months_retained",
    "retention.save_offer_cost_eur",
    "outbound.conversion_rate",
    "outbound.reach_rate",
    "outbound.list_size_per_month",
    "outbound.margin_per_sale_eur",
    "quality.churn_share_of_unresolved",
    "quality.improvement_cost_eur_per_month",
    "demand.calls_per_month",
    "workforce.loaded_hourly_wage_eur",
    "service.shrinkage",
)


def twenty_ranges(scenario: Scenario) -> Scenario:
    """Each of ``TWENTY`` ±20% of its value, kept inside its allowed values."""
    ranges = []
    for path in TWENTY:
        found = _field(scenario, path)
        assert found is not None, path
        value, info = found
        bounds = field_bounds(info)
        low, high = value * 0.8, value * 1.2
        if bounds.high is not None:
            high = min(high, bounds.high * (1 - 1e-9))
        ranges.append(ValueRange(path=path, low=low, high=high))
    return scenario.model_copy(update={"ranges": tuple(ranges)})


def risk_runs() -> list[Row]:
    scenario = load_scenario(SCENARIO)
    rows: list[Row] = []

    def monte_carlo() -> Simulation:
        clear_model_caches()
        return simulate(scenario, count=10_000, seed=0)

    timing, result = time_repeated(monte_carlo, 3)
    name = "Monte Carlo: 10,000 draws of the profit centre's 6 ranges"
    error = result.approximation
    rows += [
        Row(name, "median", timing.median_seconds, "s", target_max=2.0),
        Row(name, "full-model runs", error.exact_runs, "runs"),
        Row(
            name,
            "error of P10/P50/P90/mean vs full model",
            error.share(error.figures_error_eur) * 100,
            "% of NPV",
            target_max=0.1,
            note=f"{error.checked} draws run both ways",
        ),
        Row(name, "largest error of one draw", error.share(error.max_error_eur) * 100, "% of NPV"),
    ]

    wide = twenty_ranges(scenario)

    def twenty() -> object:
        clear_model_caches()
        return tornado(wide)

    timing, _ = time_repeated(twenty, 3)
    rows.append(
        Row("tornado of 20 assumptions", "median", timing.median_seconds, "s", target_max=1.0)
    )

    pilot = load_scenario(SCENARIO.with_name("pilot.yaml"))

    def one_break_even() -> BreakEven:
        clear_model_caches()
        return break_even(pilot, "cross_sell.conversion_rate")

    timing, found = time_repeated(one_break_even, 5)
    rows += [
        Row("break-even of one assumption", "median", timing.median_seconds, "s", target_max=0.5),
        Row(
            "break-even of one assumption",
            "pilot's cross-sell conversion at NPV 0",
            found.value or 0,
            "",
        ),
    ]
    return rows
