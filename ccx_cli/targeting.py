"""``ccx rfm``, ``ccx pilot-size`` and ``ccx pilot-evaluate``: the customer base scored,
a pilot sized before it starts and judged after it ran.

A customer file is personal data: it is read from the given path into memory, scored,
and nothing of it is written anywhere but the output asked for.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from ccx_model.problems import InputError, Problem

from .output import fail

#: A flag's model field → the flag as typed.
_FLAGS = {
    "baseline_rate": "--baseline-rate",
    "target_rate": "--target-rate",
    "power": "--power",
    "alpha": "--alpha",
    "ratio": "--ratio",
    "control_offers": "--control-offers",
    "control_sales": "--control-sales",
    "pilot_offers": "--pilot-offers",
    "pilot_sales": "--pilot-sales",
    "confidence": "--confidence",
    # A rule across fields (sales above offers): the counts it is about.
    "(scenario)": "--control-sales / --pilot-sales",
}


def _refuse(exc: InputError, lang: str) -> None:
    """Exit 2 with each problem, the field named as the flag the user typed."""
    problems = [replace(p, field=_FLAGS.get(p.field, p.field)) for p in exc.problems]
    fail([p.message(lang) for p in problems])


def _number(flag: str, text: str | None, lang: str, whole: bool = False) -> Any:
    if text is None:
        return None
    try:
        return int(text) if whole else float(text)
    except ValueError:
        fail([Problem.rule(flag, "cli.not_a_number", text=text).message(lang)])


def run_rfm(args: argparse.Namespace) -> dict[str, Any] | str:
    """Score a customer file: per customer R, F, M and a segment; the segment table.

    Without ``--json`` only the segment table is printed: no customer appears on screen.
    """
    from ccx_model.rfm import rfm_from_csv
    from ccx_model.segment_words import rfm_text

    lang = args.lang
    as_of = None
    if args.as_of is not None:
        try:
            as_of = dt.date.fromisoformat(args.as_of)
        except ValueError:
            fail([Problem.rule("--as-of", "cli.as_of_not_date", date=args.as_of).message(lang)])
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = Problem.rule("(file)", "file.cannot_read", path=str(path), reason=exc.strerror)
        fail([problem.message(lang)])
    try:
        result = rfm_from_csv(data, as_of)
    except InputError as exc:
        fail([f"{args.file}: {m}" for m in exc.messages(lang)])
    if args.json or args.pretty:
        return result.to_dict(lang)
    return rfm_text(result, lang)


def run_pilot_size(args: argparse.Namespace) -> dict[str, Any] | str:
    """Contacts each group needs to detect the target conversion over the baseline."""
    from ccx_model.pilot import sample_size

    lang = args.lang
    try:
        size = sample_size(
            _number("--baseline-rate", args.baseline_rate, lang),
            _number("--target-rate", args.target_rate, lang),
            _number("--power", args.power, lang),
            _number("--alpha", args.alpha, lang),
            _number("--ratio", args.ratio, lang),
        )
    except InputError as exc:
        _refuse(exc, lang)
    if args.json or args.pretty:
        return size.to_dict()
    from ccx_model.pilot_words import sample_size_text

    return sample_size_text(size, lang)


def run_pilot_evaluate(args: argparse.Namespace) -> dict[str, Any] | str:
    """The pilot's conversion uplift over control: estimate, interval and p-value."""
    from ccx_model.pilot_evaluation import compare_conversion

    lang = args.lang
    try:
        found = compare_conversion(
            _number("--control-offers", args.control_offers, lang, whole=True),
            _number("--control-sales", args.control_sales, lang, whole=True),
            _number("--pilot-offers", args.pilot_offers, lang, whole=True),
            _number("--pilot-sales", args.pilot_sales, lang, whole=True),
            _number("--confidence", args.confidence, lang),
        )
    except InputError as exc:
        _refuse(exc, lang)
    if args.json or args.pretty:
        return found.to_dict()
    from ccx_model.pilot_words import uplift_text

    return uplift_text(found, lang)
