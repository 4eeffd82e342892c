"""Margin earned when it is earned: monthly cohorts, and yearly indexation steps.

A customer saved (or lost) in month c earns (or stops earning) a month's margin in
each of the months that follow, for as many months as the scenario says; a sale
with a contract earns its margin over the contract's months. Months after the
horizon do not count. Each such pattern is a *kernel* — the share of a cohort's
monthly amount falling in the month ``j`` months after the cohort's month — and a
line is the cohorts convolved with it.
"""

from __future__ import annotations

import numpy as np

from .finance import FloatArray


def months_after_kernel(months: float, length: int) -> FloatArray:
    """Shares for months c+1 … c+months (a fractional last month counts in part).

    >>> months_after_kernel(2.5, 5).tolist()
    [0.0, 1.0, 1.0, 0.5, 0.0]
    """
    j = np.arange(length, dtype=np.float64)
    return np.asarray(np.clip(months - (j - 1.0), 0.0, 1.0) * (j >= 1), dtype=np.float64)


def contract_kernel(months: float, length: int) -> FloatArray:
    """A sale's margin over its contract: all in month c without one, else an equal
    part in each of months c … c+months−1 (a fractional last month in part).

    >>> contract_kernel(0, 3).tolist(), contract_kernel(2, 4).tolist()
    ([1.0, 0.0, 0.0], [0.5, 0.5, 0.0, 0.0])
    """
    j = np.arange(length, dtype=np.float64)
    if months <= 0:
        return np.asarray(j == 0, dtype=np.float64)
    return np.asarray(np.clip(months - j, 0.0, 1.0) / months, dtype=np.float64)


def spread(cohorts: FloatArray, kernel: FloatArray) -> FloatArray:
    """Each month's total from every cohort up to it (truncated at the last month).

    >>> spread(np.array([0.0, 10.0, 10.0, 0.0]), months_after_kernel(2, 4)).tolist()
    [0.0, 0.0, 10.0, 20.0]
    """
    return np.asarray(np.convolve(cohorts, kernel)[: cohorts.size], dtype=np.float64)


def yearly_index(rate_per_year: float, months: np.ndarray) -> FloatArray:
    """Indexation factor per month: 1 in months 1–12, (1 + rate) in 13–24, …; month 0
    (payments now) is 1.

    >>> yearly_index(0.1, np.arange(26))[[0, 1, 12, 13, 25]].round(4).tolist()
    [1.0, 1.0, 1.0, 1.1, 1.21]
    """
    years = np.maximum(months - 1, 0) // 12
    return np.asarray((1.0 + rate_per_year) ** years, dtype=np.float64)
