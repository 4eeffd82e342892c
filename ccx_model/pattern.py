"""Spread a monthly volume over a week of planning intervals.

Staffing is computed per interval and summed, never from a flat monthly average:
Erlang C is not linear, so peaks need more agents than the average suggests.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from .erlang import FloatArray
from .scenario import DAYS, DemandPattern

WEEKS_PER_MONTH = 52.0 / 12.0
MINUTES_PER_WEEK = 7 * 24 * 60


def intervals_per_week(interval_minutes: int) -> int:
    """Number of planning intervals in a week.

    >>> intervals_per_week(15)
    672
    """
    return MINUTES_PER_WEEK // interval_minutes


@dataclass(frozen=True)
class WeeklyLoad:
    """Calls and AHT per interval over one week, Monday 00:00 first."""

    interval_minutes: int
    calls: FloatArray
    aht_seconds: FloatArray

    @property
    def day_index(self) -> np.ndarray:
        per_day = len(self.calls) // 7
        return np.repeat(np.arange(7), per_day)

    @property
    def minute_of_day(self) -> np.ndarray:
        per_day = len(self.calls) // 7
        return np.tile(np.arange(per_day) * self.interval_minutes, 7)

    def labels(self) -> list[str]:
        """'mon 08:15'-style labels, one per interval."""
        return [
            f"{DAYS[d]} {m // 60:02d}:{m % 60:02d}"
            for d, m in zip(self.day_index, self.minute_of_day, strict=True)
        ]


def weekly_weights(pattern: DemandPattern, interval_minutes: int) -> FloatArray:
    """Arrival weights per interval of a week, summing to 1 (kept per pattern, read-only:
    every evaluation of a business case asks for the same ones)."""
    weights = _weekly_weights(pattern, interval_minutes)
    weights.flags.writeable = False
    return weights


@functools.lru_cache(maxsize=32)
def _weekly_weights(pattern: DemandPattern, interval_minutes: int) -> FloatArray:
    """Arrival weights per interval of a week, summing to 1.

    Each day gets its share; within the open hours, the share follows the hourly
    weights (an interval inside an hour gets that hour's weight; partly open
    intervals are weighted by the open fraction).

    >>> w = weekly_weights(DemandPattern(), 60)
    >>> round(float(w.sum()), 9), len(w)
    (1.0, 168)
    """
    if pattern.interval_calls is not None:
        shape = _resample(np.asarray(pattern.interval_calls, dtype=np.float64), interval_minutes)
        return np.asarray(shape / shape.sum(), dtype=np.float64)

    per_day = 24 * 60 // interval_minutes
    starts_h = np.arange(per_day) * interval_minutes / 60.0
    ends_h = starts_h + interval_minutes / 60.0
    hourly = np.asarray(pattern.hourly_weights, dtype=np.float64)
    hour_weight = hourly[np.minimum(starts_h.astype(int), 23)]
    weights = np.zeros(7 * per_day, dtype=np.float64)
    for day, (share, (open_h, close_h)) in enumerate(
        zip(pattern.day_shares, pattern.opening_hours, strict=True)
    ):
        open_fraction = np.clip(
            (np.minimum(ends_h, close_h) - np.maximum(starts_h, open_h)) * 60.0 / interval_minutes,
            0.0,
            1.0,
        )
        day_weights = hour_weight * open_fraction
        total = day_weights.sum()
        if share > 0 and total <= 0:
            raise ValueError(
                f"pattern.day_shares: {DAYS[day]} has {share:.0%} of the calls but no open hours "
                "with a positive hourly weight"
            )
        if total > 0:
            weights[day * per_day : (day + 1) * per_day] = share * day_weights / total
    return weights


def _resample(values: FloatArray, interval_minutes: int) -> FloatArray:
    """Re-bin an imported weekly series to the scenario's interval length (sums kept)."""
    n_target = intervals_per_week(interval_minutes)
    if len(values) == n_target:
        return values
    if len(values) % n_target == 0:  # finer input: add up
        return np.asarray(values.reshape(n_target, -1).sum(axis=1), dtype=np.float64)
    if n_target % len(values) == 0:  # coarser input: split evenly
        factor = n_target // len(values)
        return np.asarray(np.repeat(values / factor, factor), dtype=np.float64)
    raise ValueError(
        f"pattern.interval_calls: {len(values)} intervals do not divide a week of "
        f"{interval_minutes}-minute intervals ({n_target})"
    )


def weekly_load(
    pattern: DemandPattern,
    calls_per_month: float,
    aht_seconds: float,
    interval_minutes: int,
    extra_handle_seconds: float = 0.0,
) -> WeeklyLoad:
    """Calls and AHT per interval for an average week of the month's volume.

    ``extra_handle_seconds`` is added to every interval's AHT (offers, save attempts).
    """
    weights = weekly_weights(pattern, interval_minutes)
    calls = weights * calls_per_month / WEEKS_PER_MONTH
    if pattern.interval_aht_seconds is not None and pattern.interval_calls is not None:
        aht = _resample_aht(
            np.asarray(pattern.interval_aht_seconds, dtype=np.float64),
            np.asarray(pattern.interval_calls, dtype=np.float64),
            len(calls),
        )
    else:
        aht = np.full(calls.shape, float(aht_seconds))
    return WeeklyLoad(
        interval_minutes=interval_minutes, calls=calls, aht_seconds=aht + extra_handle_seconds
    )


def _resample_aht(aht_seconds: FloatArray, calls: FloatArray, n_target: int) -> FloatArray:
    """Re-bin imported AHT, weighted by calls so the workload Σ calls × AHT is kept.

    >>> _resample_aht(np.array([100.0, 300.0]), np.array([3.0, 1.0]), 1).tolist()
    [150.0]
    """
    if len(aht_seconds) == n_target:
        return aht_seconds
    if len(aht_seconds) % n_target == 0:  # finer input: call-weighted mean per bin
        workload = (aht_seconds * calls).reshape(n_target, -1).sum(axis=1)
        binned_calls = calls.reshape(n_target, -1).sum(axis=1)
        plain_mean = aht_seconds.reshape(n_target, -1).mean(axis=1)
        safe_calls = np.where(binned_calls > 0, binned_calls, 1.0)
        return np.asarray(
            np.where(binned_calls > 0, workload / safe_calls, plain_mean), dtype=np.float64
        )
    # Coarser input: each finer interval keeps its parent's AHT.
    return np.asarray(np.repeat(aht_seconds, n_target // len(aht_seconds)), dtype=np.float64)
