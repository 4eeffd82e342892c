"""The staffing flags as a pydantic model: what it accepts, and every refusal worded.

Loaded only for flags that are not plain numbers within range (``staffing_input``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ccx_model.problems import problems_from_validation

from .output import fail
from .staffing_input import RANGES, StaffingInputs

_R = RANGES


class StaffingQuery(BaseModel):
    """The staffing command's inputs, validated like a scenario (ranges: ``RANGES``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    calls: float | None = Field(None, ge=_R["calls"].low, le=_R["calls"].high)
    interval_minutes: float = Field(ge=_R["interval_minutes"].low, le=_R["interval_minutes"].high)
    aht_seconds: float = Field(ge=_R["aht_seconds"].low, le=_R["aht_seconds"].high)
    answer_seconds: float = Field(ge=_R["answer_seconds"].low, le=_R["answer_seconds"].high)
    service_level: float | None = Field(
        None, gt=_R["service_level"].low, le=_R["service_level"].high
    )
    agents: int | None = Field(None, ge=_R["agents"].low, le=_R["agents"].high)
    max_occupancy: float | None = Field(
        None, gt=_R["max_occupancy"].low, le=_R["max_occupancy"].high
    )
    shrinkage: float = Field(0.0, ge=_R["shrinkage"].low, le=_R["shrinkage"].high)
    patience_seconds: float | None = Field(
        None, gt=_R["patience_seconds"].low, le=_R["patience_seconds"].high
    )
    max_abandon: float | None = Field(None, gt=_R["max_abandon"].low, le=_R["max_abandon"].high)


def validated_inputs(values: dict[str, Any], lang: str) -> StaffingInputs:
    """``values`` read by the model; exit 2 with one message per flag it refuses."""
    try:
        query = StaffingQuery(**values)
    except ValidationError as exc:
        problems = problems_from_validation(exc, StaffingQuery)
        # Name the flag the user typed, not the Python field.
        flags = [replace(p, field="--" + p.field.replace("_", "-")) for p in problems]
        fail([p.message(lang) for p in flags])
    return StaffingInputs(**query.model_dump())
