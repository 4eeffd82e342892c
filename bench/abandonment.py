"""Benchmark: callers who hang up — the baseline evaluated with Erlang A (patience
120 s: 672 intervals, the callers who call again solved as a fixed point), and its
service-level curve (ten targets), with nothing kept between runs."""

from __future__ import annotations

from pathlib import Path

from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.scenario_io import apply_overrides, load_scenario
from ccx_model.service_curve import ServiceCurve, service_level_curve

from . import timing
from .result import Row

SCENARIO = Path(__file__).resolve().parent.parent / "scenarios" / "baseline.yaml"


def _cold() -> None:
    timing.clear_model_caches()


def erlang_a_runs() -> list[Row]:
    scenario = apply_overrides(load_scenario(SCENARIO), ["service.average_patience_seconds=120"])

    def one() -> Evaluation:
        _cold()
        return evaluate(scenario)

    def curve() -> ServiceCurve:
        _cold()
        return service_level_curve(scenario)

    one_timing, ev = timing.time_repeated(one, 5)
    curve_timing, found = timing.time_repeated(curve, 3)
    name = "Erlang A: the baseline with a patience of 120 s"
    return [
        Row(name, "evaluate, median", one_timing.median_seconds, "s", target_max=0.5),
        Row(name, "share hanging up", ev.staffing.abandonment.share * 100, "%"),
        Row(name, "service-level curve (10 targets), median", curve_timing.median_seconds, "s"),
        Row(name, "cheapest target", found.best.target * 100, "%"),
    ]
