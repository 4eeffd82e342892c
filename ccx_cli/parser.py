"""The arguments of every ``ccx`` command (argparse only: ``ccx --help`` loads no model)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from .output import fail

LANGUAGES = ["en", "nl"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        fail([message])


def _json_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="print JSON (compact, one line)")
    command.add_argument(
        "--pretty", action="store_true", help="print JSON indented by 2 spaces (implies --json)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ccx", description="Contact-centre business case calculator.")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="message language")
    # --lang is also accepted after the command (``ccx export X.yaml --lang nl``);
    # SUPPRESS keeps the command's copy from resetting a --lang given before it.
    language = _Parser(add_help=False)
    language.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="message language"
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
    staffing.add_argument(
        "--patience-seconds",
        help="callers' average patience: Erlang A (callers hang up) instead of Erlang C",
    )
    staffing.add_argument(
        "--max-abandon", help="with --patience-seconds: highest share hanging up, e.g. 0.05"
    )
    _json_flags(staffing)

    evaluate = commands.add_parser("evaluate", help="evaluate a scenario file", parents=[language])
    evaluate.add_argument("scenario", help="scenario file (YAML or JSON)")
    evaluate.add_argument(
        "--set",
        action="append",
        metavar="PATH=VALUE",
        help="override a field, e.g. service.shrinkage=0.3",
    )
    evaluate.add_argument(
        "--baseline", help="scenario to measure the business case against (default: its own as-is)"
    )
    _json_flags(evaluate)

    compare = commands.add_parser(
        "compare", help="compare 2 to 4 scenario files side by side", parents=[language]
    )
    compare.add_argument("scenarios", nargs="+", help="scenario files (YAML or JSON), 2 to 4")
    compare.add_argument(
        "--baseline", help="scenario the others are measured against (default: the first file)"
    )
    _json_flags(compare)

    risk = commands.add_parser(
        "risk",
        help="what if we are wrong: the tornado of the scenario's ranges and break-even values",
        parents=[language],
    )
    risk.add_argument("scenario", help="scenario file (YAML or JSON) with a 'ranges' section")
    risk.add_argument(
        "--baseline", help="scenario to measure the business case against (default: its own as-is)"
    )
    risk.add_argument(
        "--break-even",
        action="append",
        default=[],
        metavar="PATH",
        help="also find where the NPV is zero for this numeric field, e.g. cross_sell.conversion_rate",
    )
    risk.add_argument(
        "--draws", default="10000", metavar="N", help="Monte Carlo draws (1 to 1,000,000)"
    )
    risk.add_argument(
        "--seed",
        default="0",
        metavar="S",
        help="starting number of the draws: the same number gives the same figures",
    )
    risk.add_argument(
        "--exact",
        action="store_true",
        help="run every draw through the full model (about 4 ms a draw) instead of the fitted one",
    )
    _json_flags(risk)

    curve = commands.add_parser(
        "service-level-curve",
        help="what each service-level target costs in people and in customers who hang up",
        parents=[language],
    )
    curve.add_argument("scenario", help="scenario file (YAML or JSON)")
    curve.add_argument(
        "--patience-seconds",
        help="callers' average patience (default: the scenario's service.average_patience_seconds)",
    )
    _json_flags(curve)

    rfm = commands.add_parser(
        "rfm",
        help="score a customer file (transactions or customers) by recency, frequency, money",
        parents=[language],
    )
    rfm.add_argument("file", help="CSV: customer id, date, amount (or per-customer totals)")
    rfm.add_argument("--as-of", help="the day recency is counted to, YYYY-MM-DD")
    _json_flags(rfm)

    size = commands.add_parser(
        "pilot-size",
        help="contacts a pilot and its control need to detect a conversion uplift",
        parents=[language],
    )
    size.add_argument("--baseline-rate", required=True, help="control conversion, e.g. 0.06")
    size.add_argument("--target-rate", required=True, help="pilot conversion to detect, e.g. 0.08")
    size.add_argument("--power", default="0.8", help="power (default 0.8)")
    size.add_argument("--alpha", default="0.05", help="two-sided significance (default 0.05)")
    size.add_argument("--ratio", default="1", help="control contacts per pilot contact")
    _json_flags(size)

    judge = commands.add_parser(
        "pilot-evaluate",
        help="the pilot's conversion uplift over control, its interval and p-value",
        parents=[language],
    )
    for flag in ("--control-offers", "--control-sales", "--pilot-offers", "--pilot-sales"):
        judge.add_argument(flag, required=True)
    judge.add_argument("--confidence", default="0.95", help="of the interval (default 0.95)")
    _json_flags(judge)

    breakeven = commands.add_parser(
        "breakeven",
        help="the value of one assumption at which the business case's NPV is zero",
        parents=[language],
    )
    breakeven.add_argument("scenario", help="scenario file (YAML or JSON)")
    breakeven.add_argument(
        "--field", required=True, metavar="PATH", help="a numeric field, e.g. retention.save_rate"
    )
    breakeven.add_argument(
        "--payback-month",
        metavar="N",
        help="find the value at which the case pays back in month N instead of NPV = 0",
    )
    breakeven.add_argument(
        "--baseline", help="scenario to measure the business case against (default: its own as-is)"
    )
    _json_flags(breakeven)

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
    export.set_defaults(json=False, pretty=False)
    return parser
