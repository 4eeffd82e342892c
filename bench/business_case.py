"""Benchmark: the full profit-centre evaluation with a 10-year monthly business case.

What the app reruns when an input of the profit-centre scenario changes: the
evaluation plus the business case (the as-is scenario and one evaluation per lever,
for the sequential attribution, then 121 months of cash flows). Target: median
≤ 50 ms.
"""

from __future__ import annotations

from pathlib import Path

from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.scenario_io import apply_overrides, load_scenario

from .result import Row
from .timing import clear_model_caches, time_repeated

NAME = "evaluate profit centre + 10-year business case"
TARGET_MEDIAN_SECONDS = 0.050
REPEATS = 30
SCENARIO = Path(__file__).resolve().parent.parent / "scenarios" / "profit_centre.yaml"


def evaluate_business_case() -> list[Row]:
    scenario = apply_overrides(load_scenario(SCENARIO), ["business_case.horizon_months=120"])

    def run() -> float:
        clear_model_caches()  # the app keeps ledgers and evaluations: time the work
        evaluate(scenario)
        return build_case(scenario).npv_eur

    timing, npv = time_repeated(run, REPEATS)
    return [
        Row(NAME, "best", timing.best_seconds, "s", note=f"{timing.repeats} runs after 1 warm-up"),
        Row(NAME, "median", timing.median_seconds, "s", target_max=TARGET_MEDIAN_SECONDS),
        Row(NAME, "NPV (sanity)", npv, "EUR"),
    ]
