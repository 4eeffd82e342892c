"""The ``ccx`` command line: staffing and scenario evaluation for analysts and scripts.

Exit codes: 0 success, 2 bad input (with a message naming the field and the
allowed range on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .business_case import build_business_case
from .compare import (
    CompareError,
    Comparison,
    check_scenario_count,
    compare_scenarios,
    format_comparison,
)
from .erlang import FloatArray, traffic_erlangs
from .evaluate import evaluate
from .forecast_csv import read_interval_csv
from .i18n import format_number, translate
from .limits import MAX_TRAFFIC_ERLANGS
from .problems import InputError, problems_from_validation
from .scenario import Scenario
from .scenario_io import apply_overrides, load_scenario
from .staffing import IntervalStaffing, required_staffing, staffing_for_agents


class StaffingQuery(BaseModel):
    """The staffing command's inputs, validated like a scenario.

    Besides each flag's own range, the workload of one interval (calls × AHT ÷
    interval length) must not exceed ``MAX_TRAFFIC_ERLANGS``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    calls: float | None = Field(None, ge=0, le=10_000_000)
    interval_minutes: float = Field(ge=1, le=1_440)
    aht_seconds: float = Field(ge=1, le=7_200)
    answer_seconds: float = Field(ge=0, le=3_600)
    service_level: float | None = Field(None, gt=0, le=0.999)
    agents: int | None = Field(None, ge=0, le=1_000_000)
    max_occupancy: float | None = Field(None, gt=0, le=1)
    shrinkage: float = Field(0.0, ge=0, le=0.8)


def _fail(messages: Sequence[str]) -> NoReturn:
    for message in messages:
        print(f"ccx: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _interval_rows(result: IntervalStaffing) -> list[dict[str, Any]]:
    return [
        {
            "calls": float(result.calls[i]),
            "aht_seconds": float(result.aht_seconds[i]),
            "traffic_erlangs": round(float(result.traffic_erlangs[i]), 6),
            "agents": int(result.agents[i]),
            "service_level": round(float(result.service_level[i]), 6),
            "probability_of_waiting": round(float(result.probability_of_waiting[i]), 6),
            "asa_seconds": _finite_or_none(round(float(result.asa_seconds[i]), 4)),
            "occupancy": round(float(result.occupancy[i]), 6),
            "scheduled_agents": int(result.scheduled_agents[i]),
            "stable": bool(result.stable[i]),
        }
        for i in range(len(result))
    ]


def _totals(result: IntervalStaffing, interval_minutes: float) -> dict[str, Any]:
    hours = interval_minutes / 60.0
    calls = float(result.calls.sum())
    weights = result.calls / calls if calls > 0 else np.zeros_like(result.calls)
    agent_hours = float(result.agents.sum()) * hours
    return {
        "intervals": len(result),
        "calls": calls,
        "workload_hours": round(float(result.traffic_erlangs.sum()) * hours, 4),
        "agent_hours": round(agent_hours, 4),
        "scheduled_agent_hours": round(float(result.scheduled_agents.sum()) * hours, 4),
        "peak_agents": int(result.agents.max(initial=0)),
        "peak_scheduled_agents": int(result.scheduled_agents.max(initial=0)),
        "service_level": round(float(np.sum(weights * result.service_level)), 6),
        "unstable_intervals": int((~result.stable).sum()),
    }


def _run_staffing(args: argparse.Namespace) -> dict[str, Any]:
    lang = args.lang
    if (args.service_level is None) == (args.agents is None):
        _fail([translate("cli.target_or_agents", lang)])
    if args.intervals is None and args.calls is None:
        _fail([translate("cli.calls_or_intervals", lang)])
    try:
        query = StaffingQuery(
            calls=args.calls,
            interval_minutes=args.interval_minutes,
            aht_seconds=args.aht_seconds,
            answer_seconds=args.answer_seconds,
            service_level=args.service_level,
            agents=args.agents,
            max_occupancy=args.max_occupancy,
            shrinkage=args.shrinkage,
        )
    except ValidationError as exc:
        problems = problems_from_validation(exc, StaffingQuery)
        # Name the flag the user typed, not the Python field.
        flags = [replace(p, field="--" + p.field.replace("_", "-")) for p in problems]
        _fail([p.message(lang) for p in flags])

    if args.intervals is not None:
        path = args.intervals
        try:
            # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark.
            text = Path(path).read_text(encoding="utf-8-sig")
            forecast = read_interval_csv(text)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            _fail([f"--intervals: {translate('file.cannot_read', lang, path=path, reason=reason)}"])
        except UnicodeDecodeError:
            _fail([f"--intervals: {translate('file.named_not_utf8', lang, path=path)}"])
        except InputError as exc:
            _fail(exc.messages(lang))
        calls = forecast.calls
        aht: Any = forecast.aht_seconds if forecast.aht_seconds is not None else query.aht_seconds
        row_numbers: tuple[int, ...] | None = forecast.row_numbers
    else:
        calls = np.asarray([query.calls], dtype=np.float64)
        aht = query.aht_seconds
        row_numbers = None
    _check_traffic(calls, aht, query.interval_minutes, lang, row_numbers)

    if query.service_level is not None:
        result = required_staffing(
            calls,
            aht,
            query.interval_minutes,
            query.service_level,
            query.answer_seconds,
            query.max_occupancy,
            query.shrinkage,
        )
    else:
        result = staffing_for_agents(
            calls,
            aht,
            query.interval_minutes,
            query.agents or 0,
            query.answer_seconds,
            query.shrinkage,
        )
    rows = _interval_rows(result)
    if args.intervals is None:
        return rows[0]
    return {"intervals": rows, "totals": _totals(result, query.interval_minutes)}


def _check_traffic(
    calls: FloatArray,
    aht: Any,
    interval_minutes: float,
    lang: str,
    row_numbers: Sequence[int] | None = None,
) -> None:
    """Refuse an interval with more work than ``MAX_TRAFFIC_ERLANGS`` (see there why)."""
    traffic = traffic_erlangs(calls, aht, interval_minutes * 60.0)
    too_high = np.flatnonzero(traffic > MAX_TRAFFIC_ERLANGS)
    if not too_high.size:
        return
    limit = format_number(MAX_TRAFFIC_ERLANGS, lang)
    if row_numbers is None:
        shown = format_number(float(traffic[0]), lang)
        _fail([translate("cli.traffic_too_high", lang, traffic=shown, max_traffic=limit)])
    _fail(
        [
            translate(
                "cli.row_traffic_too_high",
                lang,
                row=row_numbers[i] if i < len(row_numbers) else i + 2,
                traffic=format_number(float(traffic[i]), lang),
                max_traffic=limit,
            )
            for i in too_high[:20].tolist()
        ]
    )


def _open(path: str, lang: str, overrides: list[str] | None = None) -> Scenario:
    try:
        scenario = load_scenario(path)
        return apply_overrides(scenario, overrides) if overrides else scenario
    except InputError as exc:
        _fail([f"{path}: {m}" for m in exc.messages(lang)])


def _run_evaluate(args: argparse.Namespace) -> dict[str, Any]:
    scenario = _open(args.scenario, args.lang, args.set)
    baseline = _open(args.baseline, args.lang) if args.baseline else None
    try:
        result = evaluate(scenario).to_dict()
        result["business_case"] = build_business_case(scenario, baseline).to_dict()
        return result
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        _fail([f"{args.scenario}: {exc}"])


def _run_compare(args: argparse.Namespace) -> Comparison:
    """Compare 2 to 4 scenario files; the baseline is --baseline or the first file."""
    lang, paths = args.lang, list(args.scenarios)
    try:
        check_scenario_count(len(paths))  # before opening any file
    except CompareError as exc:
        _fail([exc.message(lang)])
    scenarios = [_open(path, lang) for path in paths]
    # Columns are named by file; by the path the user typed where two names clash.
    names = [Path(path).name for path in paths]
    labels = [
        name if names.count(name) == 1 else path for name, path in zip(names, paths, strict=True)
    ]
    baseline_path = args.baseline or paths[0]
    if baseline_path in paths:
        baseline = scenarios[paths.index(baseline_path)]
    else:
        baseline = _open(baseline_path, lang)
    try:
        comparison = compare_scenarios(scenarios, baseline, labels, Path(baseline_path).name)
    except CompareError as exc:
        _fail([exc.message(lang)])
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        _fail([str(exc)])
    return comparison


EXPORT_FORMATS = ("png", "svg", "pptx", "xlsx")


def _run_export(args: argparse.Namespace) -> dict[str, Any]:
    """Write the export files; prints and returns the paths written."""
    formats = {f.strip().lower() for f in str(args.format).split(",") if f.strip()}
    unknown = sorted(formats - set(EXPORT_FORMATS))
    if unknown or not formats:
        _fail(
            [
                translate(
                    "cli.export_formats",
                    args.lang,
                    found=", ".join(unknown) or "-",
                    allowed=", ".join(EXPORT_FORMATS),
                )
            ]
        )
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", str(args.accent)):
        _fail([translate("cli.export_accent", args.lang, accent=args.accent)])
    scenario = _open(args.scenario, args.lang)
    compare = [_open(path, args.lang) for path in args.compare]
    baseline = _open(args.baseline, args.lang) if args.baseline else None
    try:
        # Imported here, by name: the exports pull in the chart and office libraries,
        # which the other commands do not need, and live outside the pure model.
        export_scenario_files = importlib.import_module("ccx_export.files").export_scenario_files
    except ImportError as exc:  # pragma: no cover - only without the app's dependencies
        _fail([f"exports need the full install (`make install`): {exc}"])
    try:
        written = export_scenario_files(
            scenario,
            formats,
            args.lang,
            Path(args.out),
            compare=compare or None,
            baseline=baseline,
            accent=args.accent,
        )
    except OSError as exc:
        _fail(
            [
                translate(
                    "cli.export_failed", args.lang, folder=args.out, reason=exc.strerror or str(exc)
                )
            ]
        )
    return {"written": [str(path) for path in written]}


def _print_human(data: dict[str, Any], indent: str = "") -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            _print_human(value, indent + "  ")
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            print(f"{indent}{key}:")
            for item in value:
                print(f"{indent}  {item}")
        elif isinstance(value, list):
            print(f"{indent}{key}: {len(value)} rows (use --json for all)")
        else:
            print(f"{indent}{key}: {value}")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        _fail([message])


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ccx", description="Contact-centre business case calculator.")
    parser.add_argument("--lang", choices=["en", "nl"], default="en", help="message language")
    # --lang is also accepted after the command (``ccx export X.yaml --lang nl``);
    # SUPPRESS keeps the command's copy from resetting a --lang given before it.
    language = _Parser(add_help=False)
    language.add_argument(
        "--lang", choices=["en", "nl"], default=argparse.SUPPRESS, help="message language"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    staffing = commands.add_parser(
        "staffing", help="Erlang C staffing for one or many intervals", parents=[language]
    )
    staffing.add_argument("--calls", help="calls offered in the interval")
    staffing.add_argument("--intervals", help="CSV with a 'calls' column (optional 'aht_seconds')")
    staffing.add_argument("--interval-minutes", required=True)
    staffing.add_argument("--aht-seconds", required=True)
    staffing.add_argument("--answer-seconds", required=True)
    staffing.add_argument("--service-level", help="target, e.g. 0.8 (exclusive with --agents)")
    staffing.add_argument("--agents", help="agents on the phones (exclusive with --service-level)")
    staffing.add_argument("--max-occupancy", help="e.g. 0.85")
    staffing.add_argument("--shrinkage", default=0.0, help="e.g. 0.3")
    staffing.add_argument("--json", action="store_true", help="print JSON")
    staffing.set_defaults(run=_run_staffing)

    evaluate_cmd = commands.add_parser(
        "evaluate", help="evaluate a scenario file", parents=[language]
    )
    evaluate_cmd.add_argument("scenario", help="scenario file (YAML or JSON)")
    evaluate_cmd.add_argument(
        "--set",
        action="append",
        metavar="PATH=VALUE",
        help="override a field, e.g. service.shrinkage=0.3",
    )
    evaluate_cmd.add_argument(
        "--baseline", help="scenario to measure the business case against (default: its own as-is)"
    )
    evaluate_cmd.add_argument("--json", action="store_true", help="print JSON")
    evaluate_cmd.set_defaults(run=_run_evaluate)

    compare = commands.add_parser(
        "compare", help="compare 2 to 4 scenario files side by side", parents=[language]
    )
    compare.add_argument("scenarios", nargs="+", help="scenario files (YAML or JSON), 2 to 4")
    compare.add_argument(
        "--baseline", help="scenario the others are measured against (default: the first file)"
    )
    compare.add_argument("--json", action="store_true", help="print JSON")
    compare.set_defaults(run=_run_compare)

    export = commands.add_parser(
        "export",
        help="write chart files, a PowerPoint board pack and an Excel workbook",
        parents=[language],
    )
    export.add_argument("scenario", help="scenario file (YAML or JSON)")
    export.add_argument(
        "--compare",
        nargs="+",
        default=[],
        metavar="FILE",
        help="scenarios for the comparison slide",
    )
    export.add_argument("--baseline", help="scenario the business case is measured against")
    export.add_argument(
        "--format", default="png,svg,pptx,xlsx", help="comma-separated: png, svg, pptx, xlsx"
    )
    export.add_argument("--out", default="ccx-export", help="folder to write the files to")
    export.add_argument(
        "--accent", default="#0B6E4F", help="accent colour of the chart files, e.g. '#C8102E'"
    )
    export.set_defaults(run=_run_export, json=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader stopped early (``ccx … | head``): not an error
        sys.stderr.close()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    result = args.run(args)
    if isinstance(result, Comparison):  # a table people read, or its JSON
        if not args.json:
            print(format_comparison(result, args.lang))
            return 0
        result = result.to_dict()
    if args.json:
        print(json.dumps(result, indent=2, allow_nan=False))
    else:
        _print_human(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
