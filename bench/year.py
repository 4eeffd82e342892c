"""A deterministic year of 15-minute intervals built from a scenario's weekly load.

The weekly shape (``ccx_model.pattern.weekly_load``) is tiled over 52 weeks + 1 day
(365 days × 96 = 35,040 intervals, the year starting on a Monday), then multiplied by
a yearly season (busiest mid-January, quietest mid-July) and by mean-one log-normal
noise per interval from ``numpy.random.default_rng(seed)``. Same seed, same year.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccx_model.erlang import FloatArray
from ccx_model.pattern import weekly_load
from ccx_model.scenario import DAYS, Scenario

INTERVAL_MINUTES = 15
DAYS_PER_YEAR = 365
INTERVALS_PER_DAY = 24 * 60 // INTERVAL_MINUTES
INTERVALS_PER_YEAR = DAYS_PER_YEAR * INTERVALS_PER_DAY  # 35,040
SEED = 20_240_101
# Winter is busier than summer in most Dutch service centres; ±15% is a plausible swing.
SEASONAL_AMPLITUDE = 0.15
BUSIEST_DAY_OF_YEAR = 15
# Interval-to-interval forecast noise: a coefficient of variation of about 10%.
NOISE_SIGMA = 0.10


@dataclass(frozen=True)
class YearLoad:
    """Calls and AHT per interval over a year, Monday 1 January 00:00 first."""

    interval_minutes: int
    calls: FloatArray
    aht_seconds: FloatArray

    @property
    def busy(self) -> np.ndarray:
        """Indices of the intervals with calls (the centre is open)."""
        return np.flatnonzero(self.calls > 0.0)

    def __len__(self) -> int:
        return len(self.calls)


def seasonal_multiplier(day_of_year: np.ndarray) -> FloatArray:
    """``1 + amplitude · cos(2π (day − busiest day) / 365)``: one swing per year."""
    phase = 2.0 * np.pi * (day_of_year - BUSIEST_DAY_OF_YEAR) / DAYS_PER_YEAR
    return np.asarray(1.0 + SEASONAL_AMPLITUDE * np.cos(phase), dtype=np.float64)


def year_of_intervals(scenario: Scenario, seed: int = SEED) -> YearLoad:
    """The scenario's week over a whole year, with season and seeded noise."""
    week = weekly_load(
        scenario.pattern,
        scenario.demand.calls_per_month,
        scenario.demand.aht_seconds,
        INTERVAL_MINUTES,
    )
    # np.resize repeats the week and cuts it after 52 weeks and one Monday.
    calls = np.resize(week.calls, INTERVALS_PER_YEAR)
    aht_seconds = np.resize(week.aht_seconds, INTERVALS_PER_YEAR)
    day_of_year = np.arange(INTERVALS_PER_YEAR) // INTERVALS_PER_DAY
    rng = np.random.default_rng(seed)
    # mean = −σ²/2 makes the log-normal multiplier average exactly 1.
    noise = rng.lognormal(mean=-(NOISE_SIGMA**2) / 2.0, sigma=NOISE_SIGMA, size=INTERVALS_PER_YEAR)
    return YearLoad(
        interval_minutes=INTERVAL_MINUTES,
        calls=calls * seasonal_multiplier(day_of_year) * noise,
        aht_seconds=aht_seconds,
    )


def interval_label(index: int) -> str:
    """Where an interval of the year falls: day of the year, weekday and start time.

    >>> interval_label(99)
    'day 2 (tue) 00:45'
    """
    day, slot = divmod(index, INTERVALS_PER_DAY)
    minute = slot * INTERVAL_MINUTES
    return f"day {day + 1} ({DAYS[day % 7]}) {minute // 60:02d}:{minute % 60:02d}"
