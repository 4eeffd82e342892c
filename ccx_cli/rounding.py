"""Python's ``round(x, ndigits)`` over a whole array, to the last bit.

numpy's ``round`` scales, rounds to an integer and scales back; Python rounds the
exact binary value to the nearest decimal (half to even). The two pick a different
last digit only when ``x · 10^ndigits`` lies within rounding error of a half, so
those elements (and non-finite or huge ones) are rounded by Python; the rest take the
scaled result, which is then the same float (an integer divided by a power of ten is
the float nearest that decimal, which is what Python returns).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

_EXACT = 2.0**52  # from here on every float is a whole number
_MARGIN = 2.0**-50  # relative: 8 × the error of one multiplication


def rounded(values: npt.ArrayLike, ndigits: int) -> list[float]:
    """``[round(float(v), ndigits) for v in values]``, vectorised.

    >>> rounded([2.675, 0.125, 1 / 3, float("inf")], 2)
    [2.67, 0.12, 0.33, inf]
    """
    x = np.asarray(values, dtype=np.float64).ravel()
    scale = 10.0**ndigits
    with np.errstate(over="ignore", invalid="ignore"):
        scaled = x * scale
        result: list[float] = (np.rint(scaled) / scale).tolist()
        size = np.abs(scaled)
        to_half = np.abs(scaled - np.floor(scaled) - 0.5)
        # NaN compares False, so non-finite values land among the unsure ones.
        sure = (size < _EXACT) & (to_half > size * _MARGIN)
    for i in np.flatnonzero(~sure).tolist():
        result[i] = round(float(x[i]), ndigits)
    return result
