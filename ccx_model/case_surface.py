"""A response surface of the business case over its ranged assumptions.

Monte Carlo needs the case's monthly net for 10,000 draws; the full model (Erlang C
per interval for the starting centre and each lever, then the ledger) takes about
4 ms a draw, 40 s for 10,000. So the draws are not each run through the model:
the model is run exactly at a few dozen to a few hundred design points spread over
the ranges (a Latin hypercube, the plan, and each range's two ends), and
the monthly net — every month at once — is fitted there by least squares as a
polynomial of the assumptions (products of Legendre polynomials on each range
scaled to [−1, 1], up to a total degree that the number of ranges allows). NPV and
payback of every draw follow from its fitted monthly net.

Most of the model is a sum of products of assumptions (calls × share × conversion ×
margin), which such a polynomial represents exactly; staffing in whole agents and
whole people adds small steps that it smooths. The error is measured, never assumed:
``monte_carlo`` runs a sample of the actual draws through the full model and
compares (see ``Approximation``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations_with_replacement
from math import comb

import numpy as np
from numpy.polynomial import legendre

from .finance import FloatArray

#: At most this many polynomial terms: each costs about two exact runs of the model.
MAX_TERMS = 90
#: No single assumption needs more than a sixth-degree polynomial over its range.
MAX_DEGREE = 6


def degree_for(ranges: int) -> int:
    """The highest total degree whose number of terms stays within ``MAX_TERMS``
    (at least 1: a plane through the ranges).

    >>> [degree_for(k) for k in (1, 2, 3, 4, 6, 8, 12, 20)]
    [6, 6, 6, 4, 3, 2, 1, 1]
    """
    degree = 1
    while degree < MAX_DEGREE and comb(ranges + degree + 1, degree + 1) <= MAX_TERMS:
        degree += 1
    return degree


def exponents(ranges: int, degree: int) -> np.ndarray:
    """Every monomial of total degree ≤ ``degree`` in ``ranges`` variables, as exponents.

    >>> exponents(2, 2).tolist()
    [[0, 0], [1, 0], [0, 1], [2, 0], [1, 1], [0, 2]]
    """
    rows = [[0] * ranges]
    for total in range(1, degree + 1):
        for combo in combinations_with_replacement(range(ranges), total):
            row = [0] * ranges
            for variable in combo:
                row[variable] += 1
            rows.append(row)
    return np.array(rows, dtype=np.int64).reshape(len(rows), ranges)


def scaled(values: FloatArray, lows: FloatArray, highs: FloatArray) -> FloatArray:
    """Each range mapped to [−1, 1] (a range with no width to 0)."""
    width = np.where(highs > lows, highs - lows, 1.0)
    return np.asarray((2.0 * values - lows - highs) / width, dtype=np.float64)


def basis(u: FloatArray, powers: np.ndarray) -> FloatArray:
    """The design matrix: for each point, the product of Legendre polynomials."""
    points, ranges = u.shape
    degree = int(powers.max()) if powers.size else 0
    matrix = np.ones((points, powers.shape[0]))
    for j in range(ranges):
        table = legendre.legvander(u[:, j], degree)  # (points, degree + 1)
        matrix *= table[:, powers[:, j]]
    return matrix


@dataclass(frozen=True)
class Surface:
    """The fitted monthly net: ``net(values)`` gives one row per point, one column per month."""

    powers: np.ndarray
    coefficients: FloatArray  # (terms, months)
    lows: FloatArray
    highs: FloatArray

    @property
    def degree(self) -> int:
        return int(self.powers.sum(axis=1).max()) if self.powers.size else 0

    @property
    def terms(self) -> int:
        return int(self.powers.shape[0])

    def net(self, values: FloatArray) -> FloatArray:
        u = scaled(values, self.lows, self.highs)
        return np.asarray(basis(u, self.powers) @ self.coefficients, dtype=np.float64)


def fit(
    values: FloatArray, nets: FloatArray, lows: FloatArray, highs: FloatArray, degree: int
) -> Surface:
    """Least-squares fit of the monthly nets at ``values`` (one row per design point).

    >>> pts = np.array([[0.0], [0.5], [1.0], [0.25]])
    >>> nets = np.column_stack([3 + 2 * pts[:, 0], pts[:, 0] ** 2])
    >>> s = fit(pts, nets, np.array([0.0]), np.array([1.0]), 2)
    >>> np.allclose(s.net(np.array([[0.7]])), [[4.4, 0.49]])
    True
    """
    powers = exponents(values.shape[1], degree)
    u = scaled(values, lows, highs)
    coefficients, *_ = np.linalg.lstsq(basis(u, powers), nets, rcond=None)
    return Surface(powers, np.asarray(coefficients, dtype=np.float64), lows, highs)
