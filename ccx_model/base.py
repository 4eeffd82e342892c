"""The base of every input model: frozen, strict, finite."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class FrozenModel(BaseModel):
    """Immutable, rejects unknown keys (a typo must not be silently ignored) and NaN/inf."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_default=True, allow_inf_nan=False
    )
