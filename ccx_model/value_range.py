"""Ranges on assumptions: "conversion is 8%, but somewhere between 4% and 10%".

A scenario file holds them as a mapping from a numeric field's dotted path to its low
and high ends (the likely value is the scenario's own) and a distribution for Monte
Carlo draws (triangular by default, PERT or uniform)::

    ranges:
      cross_sell.conversion_rate: {low: 0.04, high: 0.10}
      customers.margin_eur_per_year: {low: 180, high: 300, distribution: pert}

In memory they are a tuple of ``ValueRange`` (a scenario stays hashable, so its
ledger can be cached); they are read from and written as the mapping above. Each
range must name a numeric field, hold the scenario's value (low ≤ value ≤ high) and
stay inside the field's allowed bounds; the rules name the path, in EN and NL.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import BaseModel, Field

from .base import FrozenModel
from .problems import field_bounds, rule_error

#: A board reads a tornado of a dozen bars; fifty is far more than any case needs.
MAX_RANGES = 50

Distribution = Literal["triangular", "pert", "uniform"]


class ValueRange(FrozenModel):
    """The low and high ends of one assumption (model units: shares as fractions)."""

    path: str = Field(min_length=3, max_length=120, description="Dotted path of the field.")
    low: float = Field(description="The low end (as the field is stored: 0.04 for 4%).")
    high: float = Field(description="The high end.")
    distribution: Distribution = Field(
        "triangular",
        description="How Monte Carlo draws it: triangular (low, value, high), "
        "PERT (the same ends, weighted to the value) or uniform.",
    )


#: The JSON Schema of the file form (a mapping), for ``schema/scenario.schema.json``.
RANGES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "maxProperties": MAX_RANGES,
    "description": "Ranges on numeric assumptions: {dotted.path: {low, high, distribution}}.",
    "additionalProperties": {
        "type": "object",
        "required": ["low", "high"],
        "additionalProperties": False,
        "properties": {
            "low": {"type": "number"},
            "high": {"type": "number"},
            "distribution": {"enum": ["triangular", "pert", "uniform"]},
        },
    },
}


def ranges_from_file(value: Any) -> Any:
    """The file's mapping as ``ValueRange`` items (a list of items is taken as it is).

    >>> ranges_from_file({"cross_sell.conversion_rate": {"low": 0.04, "high": 0.1}})
    ({'path': 'cross_sell.conversion_rate', 'low': 0.04, 'high': 0.1},)
    """
    if isinstance(value, dict):
        if len(value) > MAX_RANGES:
            raise rule_error("range_too_many", count=len(value), most=MAX_RANGES)
        return tuple(
            {"path": path, **spec} if isinstance(spec, dict) else {"path": path, "low": spec}
            for path, spec in value.items()
        )
    return value


def ranges_to_file(ranges: tuple[ValueRange, ...]) -> dict[str, dict[str, Any]]:
    """The mapping a file holds (the distribution only where it is not the default)."""
    written: dict[str, dict[str, Any]] = {}
    for item in ranges:
        spec: dict[str, Any] = {"low": item.low, "high": item.high}
        if item.distribution != "triangular":
            spec["distribution"] = item.distribution
        written[item.path] = spec
    return written


def _field(model: BaseModel, path: str) -> tuple[Any, Any] | None:
    """(value, FieldInfo) of a dotted path into a model, or None if there is none."""
    node: Any = model
    info = None
    for part in path.split("."):
        fields = type(node).model_fields if isinstance(node, BaseModel) else None
        if fields is None or part not in fields:
            return None
        info = fields[part]
        node = getattr(node, part)
    return node, info


def is_numeric_field(scenario: BaseModel, path: str) -> bool:
    """Whether ``path`` names a number of ``scenario`` that a range can vary."""
    found = _field(scenario, path)
    return (
        found is not None and not isinstance(found[0], bool) and isinstance(found[0], int | float)
    )


def check_ranges(scenario: BaseModel, ranges: tuple[ValueRange, ...]) -> None:
    """Raise a rule error naming the first range that does not fit ``scenario``."""
    seen: set[str] = set()
    for item in ranges:
        if item.path in seen:
            raise rule_error("range_twice", path=item.path)
        seen.add(item.path)
        found = _field(scenario, item.path)
        if found is None or found[0] is None:
            raise rule_error("range_unknown_path", path=item.path)
        value, info = found
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise rule_error("range_not_a_number", path=item.path)
        if not item.low <= value <= item.high:
            raise rule_error(
                "range_order", path=item.path, low=item.low, value=value, high=item.high
            )
        bounds = field_bounds(info)
        too_low = bounds.low is not None and (
            item.low < bounds.low or (bounds.low_open and item.low <= bounds.low)
        )
        too_high = bounds.high is not None and (
            item.high > bounds.high or (bounds.high_open and item.high >= bounds.high)
        )
        if too_low or too_high:
            low = "−∞" if bounds.low is None else f"{bounds.low:g}"
            high = "∞" if bounds.high is None else f"{bounds.high:g}"
            raise rule_error("range_outside", path=item.path, low=low, high=high)
        if not (math.isfinite(item.low) and math.isfinite(item.high)):
            raise rule_error("range_not_a_number", path=item.path)
