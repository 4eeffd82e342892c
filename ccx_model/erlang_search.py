"""The Erlang C agent search: the fewest agents per interval that meet a service level.

``erlang.agents_for_service_level`` and ``staffing.required_staffing`` call
``agents_and_blocking``; it returns the same agents as trying N = 1, 2, … in turn,
and the Erlang B value there, bit for bit what ``erlang.erlang_b`` returns (every B
comes from the same recurrence ``B(n) = A·B(n−1) / (n + A·B(n−1))`` from B(0) = 1,
in the same IEEE operations), so a caller needs no second pass to measure the
service. Four things make it fast:

1. **Identical loads are solved once.** With one handle time, answer time and target
   for all intervals, each distinct traffic is staffed once; with one of them per
   interval, each distinct (traffic, that one) pair. Sorting by traffic also keeps
   the masks of the later steps in long runs, which numpy handles much faster.
2. **A warm start.** Halfin & Whitt's square-root staffing: with N = A + β√A, the
   probability of waiting tends to ``C(β) = [1 + β·Φ(β)/φ(β)]⁻¹`` (Halfin & Whitt,
   "Heavy-traffic limits for queues with many exponential servers", *Operations
   Research* 29 (1981) 567–588), so the service level ``1 − C·e^{−(N−A)·T/AHT}`` is
   about ``1 − C(β)·e^{−β·s}`` with ``s = √A·T/AHT``. β solves
   ``log(1 + β·Φ(β)/φ(β)) + β·s = −log(1 − target)``; for each target it is tabulated
   once on 129 points of ``s/(1 + s)`` and interpolated. The start is
   ``N₀ = max(⌊A⌋ + 1, ⌊A + β√A⌋, occupancy floor)``. On 100,000 random intervals
   (0.05–2,000 Erlangs, AHT 30–1,200 s, answer time 0–300 s, nine targets from 5% to
   99%) the answer was N₀ (24%), N₀ + 1 (55%), N₀ + 2 (20%) or N₀ + 3 (0.3%).
3. **Erlang B to N₀ − 1 without checks.** Sorted by N₀, the intervals still climbing
   at step n are a suffix of the arrays: three in-place ufuncs on views per step; the
   last few climbers finish in plain floats.
4. **A few checked steps**, each interval at its own N from N₀ up, until its service
   level meets the target. An interval that meets it at a warm start N₀ is checked
   at N₀ − 1 too: meeting it there as well means the estimate overshot (never seen
   in the measurement above), and that interval is searched again from ⌊A⌋ + 1.

The decision at each N is the very expression ``agents_for_service_level`` always
used (``1 − C·exp(−(N − A)·T/AHT) ≥ target``, C from B). Skipping the N below N₀ − 1
relies on the service level rising with N, which it does (Erlang C falls with N), also
in floating point except within a few ulps of 100%: targets that close to 100% get no
warm start. So the result does not depend on the warm start; only the time does.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_ERFC = np.frompyfunc(math.erfc, 1, 1)
# Points of u = s / (1 + s) in [0, 1] on which β(s) is tabulated for one target.
_TABLE_POINTS = 129
# β beyond 8 would mean a target within 1e-14 of 100%: 8 keeps the start low (safe).
_BETA_MAX = 8.0
_BISECTIONS = 52
# With more distinct targets than this the warm start is skipped (search from ⌊A⌋ + 1).
_MAX_TABLES = 16
# No warm start for targets within 1e-9 of 100% (−log(1e-9) ≈ 20.7): there the float
# service level can stall at 1.0, and only the plain search from ⌊A⌋ + 1 is exact.
_MAX_LOG_LATE = 20.0
# Climbers left at which plain floats beat numpy's per-call cost.
_FLOAT_TAIL = 8


def _halfin_whitt_excess(beta: FloatArray, s: FloatArray, log_late: float) -> FloatArray:
    """``log(1 + β·Φ(β)/φ(β)) + β·s + log(1 − target)``: increasing in β, 0 at the answer."""
    # Φ(β) = erfc(−β/√2)/2, element by element: the table has only 128 points.
    normal_cdf = np.asarray(_ERFC(-beta / math.sqrt(2.0)), dtype=np.float64) / 2.0
    mills = normal_cdf * math.sqrt(2.0 * math.pi) * np.exp(0.5 * beta * beta)
    return np.asarray(np.log1p(beta * mills) + beta * s - log_late, dtype=np.float64)


@functools.lru_cache(maxsize=64)
def _beta_table(log_late: float) -> tuple[FloatArray, FloatArray]:
    """β on the grid u = s/(1 + s) = 0 … 1 for one target, by bisection (β = 0 at s = ∞).

    >>> u, beta = _beta_table(-math.log(1 - 0.8))
    >>> round(float(beta[0]), 3), float(beta[-1])
    (1.062, 0.0)
    """
    u = np.linspace(0.0, 1.0, _TABLE_POINTS)
    s = u[:-1] / (1.0 - u[:-1])
    low, high = np.zeros(s.shape), np.full(s.shape, _BETA_MAX)
    for _ in range(_BISECTIONS):
        middle = 0.5 * (low + high)
        above = _halfin_whitt_excess(middle, s, log_late) > 0.0
        high = np.where(above, middle, high)
        low = np.where(above, low, middle)
    return u, np.append(low, 0.0)


def _warm_start(
    traffic: FloatArray, aht: FloatArray, answer: FloatArray, target: FloatArray
) -> IntArray:
    """``⌊A + β√A⌋`` per interval; 0 where β is not available (no warm start).

    ``aht``, ``answer`` and ``target`` are per interval or 0-d (one for all).

    >>> _warm_start(np.array([10.0, 0.5]), np.array(180.0), np.array(20.0), np.array(0.8))
    array([12,  1])
    """
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_late = -np.log1p(-target)
    distinct = [float(log_late)] if log_late.ndim == 0 else np.unique(log_late).tolist()
    usable = [v for v in distinct if 0.0 < v <= _MAX_LOG_LATE]
    if not usable or len(usable) > _MAX_TABLES:
        return np.zeros(traffic.shape, dtype=np.int64)
    root = np.sqrt(traffic)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        ratio = answer / aht
        s = root * ratio
        # s/(1+s) maps [0, ∞] onto [0, 1]. A negative answer time gets the start of 0 s,
        # lower than it needs (safe); NaN gets β = 0, so no warm start.
        u = s / (1.0 + s)
        if ratio.ndim or not 0.0 <= float(ratio) < math.inf:
            u = np.where(np.isnan(u), 1.0, np.clip(u, 0.0, 1.0))
    beta = np.zeros(traffic.shape)
    for value in usable:
        grid, table = _beta_table(value)
        at_value = np.interp(u, grid, table)
        beta = at_value if log_late.ndim == 0 else np.where(log_late == value, at_value, beta)
    return np.floor(traffic + beta * root).astype(np.int64)


#: From this traffic on, the recurrence starts below the traffic instead of at n = 1
#: (``_blocking_from_below``): a centre's interval holds far less.
LARGE_TRAFFIC = 5_000.0
_START_SIGMAS = 6.0


def _blocking_from_below(traffic: FloatArray, agents: IntArray) -> FloatArray:
    """Erlang B for large traffic: the recurrence from n₀ = A − 6√A instead of from 1.

    B(n₀) = P(X = n₀) ÷ P(X ≤ n₀) for X ~ Poisson(A) (``scipy.special.pdtr`` for the
    sum). Below the traffic the recurrence shrinks a relative error in its start by a
    factor n ÷ (n + A·B(n−1)) < 1 at every step — by about e^−15 over the 6√A steps to
    A — so the answer is the recurrence's own (checked against 50-digit arithmetic in
    the tests), in some 10√A steps instead of A + √A: 100,000 Erlangs take about 3,200.
    """
    from scipy.special import gammaln, pdtr

    start = np.floor(traffic - _START_SIGMAS * np.sqrt(traffic)).astype(np.int64)
    # Fewer agents than the start (a queue far from stable): from n = 1, B(0) = 1.
    start = np.where((start > agents) | (start < 0), 0, start)
    with np.errstate(under="ignore", divide="ignore", invalid="ignore"):
        log_pmf = start * np.log(traffic) - traffic - gammaln(start + 1.0)
        b = np.exp(log_pmf) / pdtr(start, traffic)
    b = np.where(start == 0, 1.0, b)
    steps = agents - start
    order = np.argsort(steps, kind="stable")
    steps, start, a, b = steps[order], start[order], traffic[order], b[order]
    first = np.searchsorted(steps, np.arange(1, int(steps.max(initial=0)) + 1), side="left")
    for k, begin in enumerate(first.tolist(), start=1):
        a_s, b_s = a[begin:], b[begin:]
        a_b = a_s * b_s
        b[begin:] = a_b / (start[begin:] + k + a_b)
    result = np.empty_like(b)
    result[order] = b
    return result


def blocking_at(traffic: FloatArray, agents: IntArray, ascending: bool = False) -> FloatArray:
    """Erlang B at ``agents`` (≥ 0) per interval: ``erlang.erlang_b``'s recurrence, same bits
    (from ``LARGE_TRAFFIC`` Erlangs on, started below the traffic: ``_blocking_from_below``).

    Sorted by agents (``ascending``: they already are), the intervals still climbing at
    step n are a suffix of the arrays, so each step is three in-place ufuncs on views.
    The last few climbers, where numpy's per-call cost would dominate, finish in floats.

    >>> blocking_at(np.array([10.0, 10.0, 3.0]), np.array([14, 0, 1])).round(6).tolist()
    [0.056819, 1.0, 0.75]
    """
    top = int(agents.max(initial=0))
    if top <= 0:
        return np.ones(traffic.shape, dtype=np.float64)
    large = traffic >= LARGE_TRAFFIC
    if large.any():
        blocking = np.empty(traffic.shape, dtype=np.float64)
        blocking[large] = _blocking_from_below(traffic[large], agents[large])
        small = ~large
        if small.any():
            blocking[small] = blocking_at(traffic[small], agents[small], ascending)
        return blocking
    if ascending:
        order, n_sorted, a = None, agents, traffic
    else:
        # A stable radix sort on 16-bit keys is several times faster than a general sort.
        keys = agents.astype(np.int16) if top < 2**15 else agents
        order = np.argsort(keys, kind="stable")
        n_sorted, a = agents[order], traffic[order]
    b = np.ones(a.shape, dtype=np.float64)
    denominator = np.empty_like(a)
    # first[n - 1] = the first sorted position with agents ≥ n.
    first = np.cumsum(np.bincount(n_sorted, minlength=top + 1)).tolist()
    size = a.size
    for n in range(1, top + 1):
        start = first[n - 1]
        if size - start <= _FLOAT_TAIL:
            _finish_in_floats(a, b, n_sorted, start, n)
            break
        a_s, b_s, d_s = a[start:], b[start:], denominator[start:]
        np.multiply(a_s, b_s, out=b_s)  # A·B(n−1), in B's place
        np.add(b_s, n, out=d_s)
        np.divide(b_s, d_s, out=b_s)
    if order is None:
        return b
    blocking = np.empty_like(b)
    blocking[order] = b
    return blocking


def _finish_in_floats(a: FloatArray, b: FloatArray, agents: IntArray, start: int, n: int) -> None:
    """Steps n … agents[i] for the intervals from ``start`` on, in plain floats, in place."""
    for i in range(start, a.size):
        a_one, b_one = float(a[i]), float(b[i])
        for k in range(n, int(agents[i]) + 1):
            a_b = a_one * b_one
            b_one = a_b / (k + a_b)
        b[i] = b_one


def _take(values: FloatArray, keep: npt.NDArray[np.bool_] | IntArray) -> FloatArray:
    """``values[keep]``, or ``values`` itself when it is one value for all (0-d)."""
    return values if values.ndim == 0 else values[keep]


def _meets_target(
    n: FloatArray,
    a: FloatArray,
    b: FloatArray,
    aht: FloatArray,
    answer: FloatArray,
    target: FloatArray,
) -> npt.NDArray[np.bool_]:
    """Stable (N > A) and ``1 − C·exp(−(N − A)·T/AHT) ≥ target``, C = N·B / (N − A·(1 − B)).

    The expressions of the original linear search, operation for operation (``(N−A)·(−T)``
    is ``−(N−A)·T`` exactly), so every decision is the same; unstable intervals, whose C
    is meaningless, are masked out. N is a float array: the same values, no conversions.
    """
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        gap = n - a
        c = n * b / (n - a * (1.0 - b))
        level = 1.0 - c * np.exp(gap * -answer / aht)
    return np.asarray((gap > 0.0) & (level >= target))


def _search(
    a: FloatArray,
    aht: FloatArray,
    answer: FloatArray,
    target: FloatArray,
    floor: IntArray | None = None,
    warm: bool = True,
    ascending: bool = False,
) -> tuple[IntArray, FloatArray]:
    """Fewest agents (at least ``floor``), and B there, for traffic > 0.

    Parameters per row or 0-d. ``ascending``: the traffic is sorted and the parameters
    are 0-d, so the starts ascend too (made so where interpolation wobbles, by
    lowering: always safe). Above the floor the service level is checked as in a
    linear search; at the floor itself, meeting the target means the answer is the
    floor (the service level rises with N, so the first N that meets it is lower).
    """
    lowest = np.floor(a).astype(np.int64) + 1  # the first stable N
    if floor is not None:
        lowest = np.maximum(lowest, floor)
    start = lowest
    if warm:
        estimate = _warm_start(a, aht, answer, target)
        if ascending:
            estimate = np.minimum.accumulate(estimate[::-1])[::-1]
        start = np.maximum(estimate, lowest)
    below = blocking_at(a, start - 1, ascending)
    # Square-root staffing needs about A + 3.3·√A agents even for 99.9% in 0 s;
    # this bound is far above that and only guards against a target of 100%.
    peak = float(a.max(initial=0.0))
    n_limit = max(math.ceil(peak + 20.0 * math.sqrt(peak) + 200), int(lowest.max(initial=0)))
    agents = np.empty(a.shape, dtype=np.int64)
    blocking = np.empty(a.shape, dtype=np.float64)
    start_f = start.astype(np.float64)
    a_b = a * below
    at_start = a_b / (start_f + a_b)
    met = _meets_target(start_f, a, at_start, aht, answer, target)
    # Meeting the target at a warm start above the lowest allowed N: the answer, unless
    # N₀ − 1 meets it too (the estimate overshot: searched again from the lowest N).
    overshot = np.zeros(a.shape, dtype=np.bool_)
    if met.any():
        guarded = np.flatnonzero(met & (start > lowest))
        if guarded.size:
            overshot[guarded] = _meets_target(
                start_f[guarded] - 1.0,
                a[guarded],
                below[guarded],
                *(_take(x, guarded) for x in (aht, answer, target)),
            )
        found = met & ~overshot
        agents[found], blocking[found] = start[found], at_start[found]
        keep = ~met
        pending, n, a_p, b = np.flatnonzero(keep), start_f[keep], a[keep], at_start[keep]
        aht_p, answer_p, target_p = (_take(x, keep) for x in (aht, answer, target))
    else:  # as usual when the warm start is a little low: nothing to drop yet
        pending, n, a_p, b = np.arange(a.size), start_f, a, at_start
        aht_p, answer_p, target_p = aht, answer, target
    highest = int(start.max(initial=0))
    while pending.size:
        n = n + 1.0
        highest += 1
        if highest > n_limit and int(n.max()) > n_limit:
            raise ValueError("service-level target cannot be met: it must be below 100%")
        a_b = a_p * b
        b = a_b / (n + a_b)
        met = _meets_target(n, a_p, b, aht_p, answer_p, target_p)
        if met.any():
            agents[pending[met]] = n[met]
            blocking[pending[met]] = b[met]
            keep = ~met
            pending, n, a_p, b = pending[keep], n[keep], a_p[keep], b[keep]
            aht_p, answer_p, target_p = (_take(x, keep) for x in (aht_p, answer_p, target_p))
    if overshot.any():
        agents[overshot], blocking[overshot] = _search(
            a[overshot],
            _take(aht, overshot),
            _take(answer, overshot),
            _take(target, overshot),
            floor=None if floor is None else floor[overshot],
            warm=False,
        )
    return agents, blocking


def occupancy_floor(traffic: FloatArray, max_occupancy: float) -> IntArray:
    """Fewest agents with ``A / N ≤ max_occupancy``: ``⌈A / cap⌉``, float noise rounded off.

    >>> occupancy_floor(np.array([10.0, 16.2, 0.0]), 0.9).tolist()
    [12, 18, 0]
    """
    if not max_occupancy > 0.0:
        raise ValueError("max_occupancy must be above 0")
    # 16.2 / 0.9 is 18.000000000000004: round off 1e-9 before the ceiling.
    return np.ceil(np.round(traffic / max_occupancy, 9)).astype(np.int64)


def _uniform_or_rows(values: FloatArray, rows: IntArray) -> FloatArray:
    """``values[rows]``, or one 0-d value when those rows all hold the same value."""
    if values.ndim == 0:
        return values
    picked = values[rows]
    if picked.size and bool((picked == picked[0]).all()):
        return np.asarray(picked[0], dtype=np.float64)
    return picked


def _one_or_all(values: npt.ArrayLike, shape: tuple[int, ...]) -> FloatArray:
    """0-d when one value serves every interval, else the values flattened to ``shape``."""
    array = np.asarray(values, dtype=np.float64)
    if array.size == 1:
        return np.asarray(array.reshape(()), dtype=np.float64)
    return np.broadcast_to(array, shape).ravel()


def _distinct_sorted(values: FloatArray) -> tuple[FloatArray, IntArray, IntArray | None]:
    """The distinct values ascending, the sorting order, and for each sorted value its
    place among the distinct ones (None when all are distinct: the identity).

    >>> distinct, order, place = _distinct_sorted(np.array([3.0, 1.0, 3.0]))
    >>> distinct.tolist(), order.tolist(), place.tolist()
    ([1.0, 3.0], [1, 0, 2], [0, 1, 1])
    """
    order = np.argsort(values)
    ordered = values[order]
    new = np.empty(ordered.shape, dtype=np.bool_)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    if new.all():
        return ordered, order, None
    return ordered[new], order, np.cumsum(new) - 1


@dataclass(frozen=True)
class BusyStaffing:
    """The intervals with traffic (``rows`` of the flattened input, in no particular
    order), their agents and Erlang B there; every other interval has no agents (B = 1)."""

    rows: IntArray
    agents: IntArray
    blocking: FloatArray


def busy_agents_and_blocking(
    traffic: FloatArray,
    aht_seconds: FloatArray,
    answer_seconds: npt.ArrayLike,
    target_service_level: npt.ArrayLike,
    max_occupancy: float | None = None,
) -> BusyStaffing:
    """``agents_and_blocking`` for 1-D traffic, on the intervals with traffic only.

    >>> busy = busy_agents_and_blocking(np.array([0.0, 10.0]), np.array([180.0, 180.0]), 20, 0.8)
    >>> busy.rows.tolist(), busy.agents.tolist()
    ([1], [14])
    """
    if max_occupancy is not None and not max_occupancy > 0.0:
        raise ValueError("max_occupancy must be above 0")
    shape = traffic.shape
    aht, answer, target = (
        _one_or_all(x, shape) for x in (aht_seconds, answer_seconds, target_service_level)
    )
    # Zero (or no) traffic needs no agents, and a cap on A / N asks for none either.
    rows = np.flatnonzero(traffic > 0.0)
    if not rows.size:
        return BusyStaffing(rows, np.zeros(0, dtype=np.int64), np.ones(0, dtype=np.float64))
    a_busy = traffic[rows]
    params = [_uniform_or_rows(x, rows) for x in (aht, answer, target)]
    varying = [k for k, x in enumerate(params) if x.ndim]
    if not varying:  # the rows in the order of their traffic, each distinct one solved once
        distinct, order, place = _distinct_sorted(a_busy)
        floor = None if max_occupancy is None else occupancy_floor(distinct, max_occupancy)
        aht_d, answer_d, target_d = params
        found, at = _search(distinct, aht_d, answer_d, target_d, floor, ascending=True)
        if place is not None:
            found, at = found[place], at[place]
        return BusyStaffing(rows[order], found, at)
    if len(varying) == 1:
        # (traffic, the one varying parameter) as a complex number: np.unique sorts
        # complex lexicographically, so each distinct pair is solved once.
        k = varying[0]
        pairs, inverse = np.unique(a_busy + 1j * params[k], return_inverse=True, equal_nan=False)
        params[k] = np.ascontiguousarray(pairs.imag)
        distinct = np.ascontiguousarray(pairs.real)
    else:  # a multi-column sort rarely pays: every row is searched
        distinct, inverse = a_busy, np.arange(rows.size)
    floor = None if max_occupancy is None else occupancy_floor(distinct, max_occupancy)
    aht_d, answer_d, target_d = params
    found, at = _search(distinct, aht_d, answer_d, target_d, floor)
    return BusyStaffing(rows, found[inverse], at[inverse])


def agents_and_blocking(
    traffic: npt.ArrayLike,
    aht_seconds: npt.ArrayLike,
    answer_seconds: npt.ArrayLike,
    target_service_level: npt.ArrayLike,
    max_occupancy: float | None = None,
) -> tuple[IntArray, FloatArray]:
    """Fewest agents meeting the target (and the occupancy cap), and Erlang B there.

    The agents are ``max(agents_for_service_level(...), occupancy_floor(A, cap))``;
    the blocking is ``erlang.erlang_b(agents, traffic)``, to the bit. Zero traffic
    needs no agents.

    >>> agents, blocking = agents_and_blocking([10.0, 0.0, 10.0], 180, 20, 0.8)
    >>> agents.tolist(), blocking.round(6).tolist()
    ([14, 0, 14], [0.056819, 1.0, 0.056819])
    >>> agents, blocking = agents_and_blocking([10.0, 0.0], 180, 20, 0.8, max_occupancy=0.7)
    >>> agents.tolist(), blocking.round(6).tolist()
    ([15, 0], [0.036497, 1.0])
    """
    traffic_arr = np.asarray(traffic, dtype=np.float64)
    inputs = [np.asarray(x) for x in (aht_seconds, answer_seconds, target_service_level)]
    shape = np.broadcast_shapes(traffic_arr.shape, *(x.shape for x in inputs))
    a_flat = np.broadcast_to(traffic_arr, shape).ravel()
    aht, answer, target = (_one_or_all(x, shape) for x in inputs)
    busy = busy_agents_and_blocking(a_flat, aht, answer, target, max_occupancy)
    agents = np.zeros(a_flat.shape, dtype=np.int64)
    blocking = np.ones(a_flat.shape, dtype=np.float64)
    agents[busy.rows], blocking[busy.rows] = busy.agents, busy.blocking
    return agents.reshape(shape), blocking.reshape(shape)
