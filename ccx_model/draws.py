"""Random draws of a scenario's ranges, reproducible from a seed.

Each range is drawn on its own (no correlation between assumptions):

- **triangular** (the default): low, the scenario's value as the mode, high;
- **PERT**: the same three points as a Beta distribution weighted toward the value,
  ``α = 1 + 4 (value − low) / (high − low)``, ``β = 1 + 4 (high − value) / (high − low)``
  (mean ``(low + 4·value + high) / 6``);
- **uniform**: every value between low and high equally likely.

A draw must be a valid scenario: a value outside the field's allowed range is moved
to the nearest allowed value and counted (ranges are checked to lie inside the
allowed values, so this only happens at an open bound), and a whole-number field
(months, agents) is rounded — the same as ``ccx evaluate --set`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .finance import FloatArray
from .problems import field_bounds
from .scenario import Scenario
from .value_range import ValueRange, _field

#: The number of draws when none is asked for.
DEFAULT_DRAWS = 10_000
#: At most this many draws (a million draws of twenty ranges is 160 MB of numbers).
MAX_DRAWS = 1_000_000


@dataclass(frozen=True)
class Draws:
    """``values[i, j]`` is draw ``i`` of range ``j`` (``paths[j]``), in model units."""

    paths: tuple[str, ...]
    planned: FloatArray  # the scenario's own value of each path
    lows: FloatArray
    highs: FloatArray
    values: FloatArray
    whole: tuple[bool, ...]  # whether a path holds a whole number
    clipped: dict[str, int]  # draws moved inside a field's allowed values, per path

    @property
    def count(self) -> int:
        return int(self.values.shape[0])


def _one(item: ValueRange, mode: float, size: int, rng: np.random.Generator) -> FloatArray:
    low, high = item.low, item.high
    if high <= low:
        return np.full(size, float(low))
    if item.distribution == "uniform":
        return rng.uniform(low, high, size)
    if item.distribution == "pert":
        alpha = 1.0 + 4.0 * (mode - low) / (high - low)
        beta = 1.0 + 4.0 * (high - mode) / (high - low)
        return low + (high - low) * rng.beta(alpha, beta, size)
    return rng.triangular(low, min(max(mode, low), high), high, size)


def draw(scenario: Scenario, count: int = DEFAULT_DRAWS, seed: int = 0) -> Draws:
    """``count`` draws of every range of ``scenario`` at once (same seed, same draws).

    >>> from .value_range import ValueRange
    >>> s = Scenario().model_copy(update={"ranges": (
    ...     ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.10),)})
    >>> d = draw(s, 1000, seed=1)
    >>> d.values.shape, bool((d.values >= 0.04).all() and (d.values <= 0.10).all())
    ((1000, 1), True)
    >>> bool((draw(s, 1000, seed=1).values == d.values).all())
    True
    """
    if not 1 <= count <= MAX_DRAWS:
        raise ValueError(f"draws: {count} is not allowed; allowed: 1 to {MAX_DRAWS}")
    rng = np.random.default_rng(seed)
    paths, planned, lows, highs, whole, columns = [], [], [], [], [], []
    clipped: dict[str, int] = {}
    for item in scenario.ranges:
        found = _field(scenario, item.path)
        assert found is not None  # the scenario's rules checked every path
        value, info = found
        column = _one(item, float(value), count, rng)
        bounds = field_bounds(info)
        low = -np.inf if bounds.low is None else float(bounds.low)
        high = np.inf if bounds.high is None else float(bounds.high)
        if bounds.low_open:
            low = np.nextafter(low, np.inf)
        if bounds.high_open:
            high = np.nextafter(high, -np.inf)
        outside = (column < low) | (column > high)
        clipped[item.path] = int(outside.sum())
        column = np.clip(column, low, high)
        is_whole = isinstance(value, int)
        if is_whole:
            column = np.round(column)
        paths.append(item.path)
        planned.append(float(value))
        lows.append(item.low)
        highs.append(item.high)
        whole.append(is_whole)
        columns.append(column)
    values = np.column_stack(columns) if columns else np.zeros((count, 0))
    return Draws(
        tuple(paths),
        np.array(planned, dtype=np.float64),
        np.array(lows, dtype=np.float64),
        np.array(highs, dtype=np.float64),
        values.astype(np.float64),
        tuple(whole),
        clipped,
    )
