"""``ccx``: parse the arguments, run the command asked for, print its result.

Each command's module is imported only when that command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from .output import print_human, write_json
from .parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader stopped early (``ccx … | head``): not an error
        sys.stderr.close()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    result = run(args)
    if isinstance(result, str):  # a table people read (``ccx compare``)
        print(result)
    elif args.json or args.pretty:
        write_json(result, pretty=args.pretty)
    else:
        print_human(result)
    return 0


def run(args: argparse.Namespace) -> dict[str, Any] | str:
    """The result of the command in ``args``: data to print, or text as it is printed."""
    if args.command == "staffing":
        from .staffing import run_staffing

        return run_staffing(args)
    if args.command == "evaluate":
        from .scenarios import run_evaluate

        return run_evaluate(args)
    if args.command == "compare":
        from .scenarios import run_compare

        return run_compare(args)
    if args.command == "risk":
        from .scenarios import run_risk

        return run_risk(args)
    if args.command in ("rfm", "pilot-size", "pilot-evaluate"):
        from . import targeting

        runner = {
            "rfm": targeting.run_rfm,
            "pilot-size": targeting.run_pilot_size,
            "pilot-evaluate": targeting.run_pilot_evaluate,
        }[args.command]
        return runner(args)
    if args.command == "service-level-curve":
        from .scenarios import run_service_curve

        return run_service_curve(args)
    if args.command == "breakeven":
        from .scenarios import run_breakeven

        return run_breakeven(args)
    from .export import run_export

    return run_export(args)


if __name__ == "__main__":
    raise SystemExit(main())
