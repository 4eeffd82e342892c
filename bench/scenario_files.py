"""Benchmarks of scenario files (issue 5): opening and validating, and comparing.

- Open and validate the bundled profit-centre file (read, YAML, migrate, validate):
  target ≤ 20 ms.
- Compare four bundled scenarios against the baseline in process (evaluations,
  business cases, assumption diffs, bridges): the model part of the Compare page,
  whose browser target is ≤ 1 s.
"""

from __future__ import annotations

from pathlib import Path

from ccx_model.compare import compare_scenarios
from ccx_model.scenario_io import load_scenario

from .result import Row
from .timing import clear_model_caches, time_repeated

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
COMPARED = ("pilot.yaml", "profit_centre.yaml", "failure_demand_halved.yaml", "outsourced.yaml")


def open_scenario_file() -> list[Row]:
    name = "open and validate profit_centre.yaml"
    timing, _ = time_repeated(lambda: load_scenario(SCENARIOS / "profit_centre.yaml"), 50)
    return [
        Row(name, "best", timing.best_seconds, "s", note=f"{timing.repeats} runs after 1 warm-up"),
        Row(name, "median", timing.median_seconds, "s", target_max=0.020),
    ]


def compare_four() -> list[Row]:
    name = "compare 4 scenarios against the baseline (model)"
    baseline = load_scenario(SCENARIOS / "baseline.yaml")
    scenarios = [load_scenario(SCENARIOS / f) for f in COMPARED]

    def run() -> object:
        clear_model_caches()  # the app keeps ledgers and evaluations: time the work
        return compare_scenarios(scenarios, baseline)

    timing, _ = time_repeated(run, 5)
    return [
        Row(name, "best", timing.best_seconds, "s", note=f"{timing.repeats} runs after 1 warm-up"),
        Row(name, "median", timing.median_seconds, "s", target_max=1.0),
    ]
