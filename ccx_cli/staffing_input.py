"""The ``staffing`` command's flags, checked against their ranges.

The ranges are written once, here. A flag given as a plain number (digits, at most
one decimal point: ``0.8``, ``180``) within its range is read directly; anything else
(``1e3``, `` 5``, ``-1``, text, a value out of range) goes to the pydantic model in
``staffing_query``, which accepts what it accepts and words every refusal. So pydantic
is loaded only when it has something to say, and a well-formed command starts faster.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, fields
from typing import Any

_DECIMAL = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_WHOLE = re.compile(r"0|[1-9][0-9]*")
_LONGEST = 30  # characters read directly; longer numbers go through pydantic


@dataclass(frozen=True)
class FlagRange:
    """``low ≤ value ≤ high`` (``low < value`` when ``low_open``)."""

    low: float
    high: float
    low_open: bool = False
    integer: bool = False
    optional: bool = True

    def allows(self, value: float) -> bool:
        above_low = value > self.low if self.low_open else value >= self.low
        return above_low and value <= self.high


# Besides each flag's own range, the workload of one interval (calls × AHT ÷ interval
# length) must not exceed ``ccx_model.limits.MAX_TRAFFIC_ERLANGS`` (``staffing``).
RANGES: dict[str, FlagRange] = {
    "calls": FlagRange(0, 10_000_000),
    "interval_minutes": FlagRange(1, 1_440, optional=False),
    "aht_seconds": FlagRange(1, 7_200, optional=False),
    "answer_seconds": FlagRange(0, 3_600, optional=False),
    "service_level": FlagRange(0, 0.999, low_open=True),
    "agents": FlagRange(0, 1_000_000, integer=True),
    "max_occupancy": FlagRange(0, 1, low_open=True),
    "shrinkage": FlagRange(0, 0.8, optional=False),
    "patience_seconds": FlagRange(0, 3_600, low_open=True),
    "max_abandon": FlagRange(0, 1, low_open=True),
}


@dataclass(frozen=True)
class StaffingInputs:
    """The flags as numbers, each within its range."""

    calls: float | None
    interval_minutes: float
    aht_seconds: float
    answer_seconds: float
    service_level: float | None
    agents: int | None
    max_occupancy: float | None
    shrinkage: float
    patience_seconds: float | None = None
    max_abandon: float | None = None


def flag_values(args: argparse.Namespace) -> dict[str, Any]:
    """The staffing flags as typed (strings; the shrinkage default is 0.0)."""
    return {field.name: getattr(args, field.name) for field in fields(StaffingInputs)}


def plain_inputs(values: dict[str, Any]) -> StaffingInputs | None:
    """The inputs if every flag is absent where allowed or a plain number in range.

    >>> plain_inputs({"calls": "100", "interval_minutes": "30", "aht_seconds": "180",
    ...     "answer_seconds": "20", "service_level": "0.8", "agents": None,
    ...     "max_occupancy": None, "shrinkage": 0.0, "patience_seconds": None,
    ...     "max_abandon": None}).calls
    100.0
    """
    checked: dict[str, Any] = {}
    for name, flag in RANGES.items():
        value = values[name]
        if value is None and flag.optional:
            checked[name] = None
            continue
        number = _plain_number(value, flag.integer)
        if number is None or not flag.allows(number):
            return None
        checked[name] = number
    return StaffingInputs(**checked)


def _plain_number(value: Any, integer: bool) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if integer else float(value)
    if isinstance(value, float):
        return None if integer else value
    if not isinstance(value, str) or len(value) > _LONGEST:
        return None
    if integer:
        return int(value) if _WHOLE.fullmatch(value) else None
    return float(value) if _DECIMAL.fullmatch(value) else None


def staffing_inputs(args: argparse.Namespace) -> StaffingInputs:
    """The checked inputs; exit 2 naming each flag out of range (as ``--flag-name``)."""
    values = flag_values(args)
    inputs = plain_inputs(values)
    if inputs is not None:
        return inputs
    from .staffing_query import validated_inputs

    return validated_inputs(values, args.lang)
