"""``ccx evaluate`` and ``ccx compare``: scenario files in, figures out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ccx_model.business_case import build_business_case
from ccx_model.compare import (
    CompareError,
    check_scenario_count,
    compare_scenarios,
    format_comparison,
)
from ccx_model.evaluate import evaluate
from ccx_model.problems import InputError
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
        result = evaluate(scenario).to_dict()
        result["business_case"] = build_business_case(scenario, baseline).to_dict()
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
    # Columns are named by file; by the path the user typed where two names clash.
    names = [Path(path).name for path in paths]
    labels = [
        name if names.count(name) == 1 else path for name, path in zip(names, paths, strict=True)
    ]
    baseline_path = args.baseline or paths[0]
    if baseline_path in paths:
        baseline = scenarios[paths.index(baseline_path)]
    else:
        baseline = open_scenario(baseline_path, lang)
    try:
        comparison = compare_scenarios(scenarios, baseline, labels, Path(baseline_path).name)
    except CompareError as exc:
        fail([exc.message(lang)])
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        fail([str(exc)])
    if args.json or args.pretty:
        return comparison.to_dict()
    return format_comparison(comparison, lang)
