"""``ccx evaluate``, ``compare``, ``risk`` and ``breakeven``: scenario files in, figures out."""

from __future__ import annotations

import argparse
from typing import Any

from ccx_model.bundled_names import display_name
from ccx_model.case import build_case, case_dict
from ccx_model.compare import CompareError, check_scenario_count, compare_scenarios
from ccx_model.compare_table import format_comparison
from ccx_model.problems import Bounds, InputError, Problem
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import apply_overrides, load_scenario

from .output import fail


def open_scenario(path: str, lang: str, overrides: list[str] | None = None) -> Scenario:
    """The scenario in ``path`` with ``overrides`` applied; exit 2 naming each problem."""
    try:
        scenario = load_scenario(path)
        return apply_overrides(scenario, overrides) if overrides else scenario
    except InputError as exc:
        fail([f"{path}: {m}" for m in exc.messages(lang)])


def run_evaluate(args: argparse.Namespace) -> dict[str, Any]:
    scenario = open_scenario(args.scenario, args.lang, args.set)
    baseline = open_scenario(args.baseline, args.lang) if args.baseline else None
    try:
        case = build_case(scenario, baseline)
        result = case.a.attribution.full.to_dict()
        result["business_case"] = case_dict(case)
        if scenario.pilot is not None:  # its plan and, with weekly results, the decision
            from ccx_model.pilot_report import pilot_report

            report = pilot_report(scenario, case.a.attribution.full)
            result["pilot"] = None if report is None else report.to_dict(args.lang)
        if scenario.targeting is not None:  # the chosen segments and the inputs they set
            from ccx_model.targeted import targeting_dict

            result["targeting"] = targeting_dict(scenario, args.lang)
        return result
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        fail([f"{args.scenario}: {exc}"])


def run_compare(args: argparse.Namespace) -> dict[str, Any] | str:
    """Compare 2 to 4 scenario files; the baseline is --baseline or the first file.

    The comparison as data for JSON, or as the table people read.
    """
    lang, paths = args.lang, list(args.scenarios)
    try:
        check_scenario_count(len(paths))  # before opening any file
    except CompareError as exc:
        fail([exc.message(lang)])
    scenarios = [open_scenario(path, lang) for path in paths]
    baseline_path = args.baseline or paths[0]
    if baseline_path in paths:
        baseline = scenarios[paths.index(baseline_path)]
    else:
        baseline = open_scenario(baseline_path, lang)
    try:
        # Columns are named by the scenarios' names (numbered where two are the same):
        # as stored in JSON, a bundled one in the reader's language in the table.
        words = not (args.json or args.pretty)
        comparison = compare_scenarios(
            scenarios,
            baseline,
            [display_name(s.name, lang) for s in scenarios] if words else None,
            display_name(baseline.name, lang) if words else None,
        )
    except CompareError as exc:
        fail([exc.message(lang)])
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        fail([str(exc)])
    if args.json or args.pretty:
        return comparison.to_dict()
    return format_comparison(comparison, lang)


def run_risk(args: argparse.Namespace) -> dict[str, Any]:
    """The plan, the tornado of the scenario's ranges and the break-even values."""
    from ccx_model.draws import MAX_DRAWS
    from ccx_model.monte_carlo import monte_carlo_dict, simulate
    from ccx_model.risk import risk_dict
    from ccx_model.risk_adjustment import risk_adjusted_dict
    from ccx_model.value_range import is_numeric_field

    scenario = open_scenario(args.scenario, args.lang)
    baseline = open_scenario(args.baseline, args.lang) if args.baseline else None
    unknown = [path for path in args.break_even if not is_numeric_field(scenario, path)]
    if unknown:
        problems = [
            Problem.rule("--break-even", "rule.range_not_a_number", path=p) for p in unknown
        ]
        fail(InputError(problems).messages(args.lang))
    draws = _whole_flag("--draws", args.draws, 1, MAX_DRAWS, args.lang)
    seed = _whole_flag("--seed", args.seed, 0, 2**32 - 1, args.lang)
    try:
        figures = risk_dict(scenario, baseline, tuple(args.break_even))
        simulation = simulate(
            scenario, baseline, draws, seed, method="exact" if args.exact else "auto"
        )
    except ValueError as exc:
        fail([f"{args.scenario}: {exc}"])
    adjusted = risk_adjusted_dict(build_case(scenario, baseline), scenario.risk_adjustment)
    return monte_carlo_dict(simulation) | figures | {"risk_adjusted": adjusted}


def _whole_flag(flag: str, text: str, low: int, high: int, lang: str) -> int:
    """A whole-number flag in ``low`` … ``high``, or exit 2 naming it and its range."""
    try:
        value = int(str(text).replace("_", ""))
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        problem = Problem(flag, text, "range", bounds=Bounds(low, False, high, False))
        fail(InputError([problem]).messages(lang))
    return value


def run_breakeven(args: argparse.Namespace) -> dict[str, Any]:
    """Where one assumption makes the NPV zero, the rest as planned."""
    from ccx_model.risk import (
        break_even,
        break_even_dict,
        payback_break_even,
        payback_break_even_dict,
    )
    from ccx_model.value_range import is_numeric_field

    scenario = open_scenario(args.scenario, args.lang)
    baseline = open_scenario(args.baseline, args.lang) if args.baseline else None
    if not is_numeric_field(scenario, args.field):
        problem = Problem.rule("--field", "rule.range_not_a_number", path=args.field)
        fail(InputError([problem]).messages(args.lang))
    month = None
    if args.payback_month is not None:
        horizon = scenario.business_case.horizon_months
        month = _whole_flag("--payback-month", args.payback_month, 1, horizon, args.lang)
    try:
        if month is not None:
            return payback_break_even_dict(
                payback_break_even(scenario, args.field, month, baseline), scenario, baseline
            )
        return break_even_dict(break_even(scenario, args.field, baseline), scenario, baseline)
    except ValueError as exc:
        fail([f"{args.scenario}: {exc}"])


def run_service_curve(args: argparse.Namespace) -> dict[str, Any]:
    """The yearly cost of each service-level target, and the cheapest."""
    from ccx_model.service_curve import NoPatienceError, curve_dict, service_level_curve

    overrides = []
    if args.patience_seconds is not None:
        overrides = [f"service.average_patience_seconds={args.patience_seconds}"]
    scenario = open_scenario(args.scenario, args.lang, overrides)
    try:
        return curve_dict(service_level_curve(scenario))
    except NoPatienceError:
        problem = Problem.rule("service.average_patience_seconds", "rule.curve_needs_patience")
        fail(InputError([problem]).messages(args.lang))
