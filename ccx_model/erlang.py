"""Erlang B and Erlang C queueing formulas, numerically stable and vectorised.

No factorials and no powers of the traffic: Erlang B is built with the classic
recurrence ``B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))``, whose every step is a
ratio of positive numbers in [0, 1]. It cannot overflow and it loses no precision,
whatever the traffic (checked against 50-digit arithmetic at 10,000 Erlangs in the
tests). Erlang C follows from Erlang B exactly:
``C = N·B / (N − A·(1 − B))`` for N > A.

All functions take numpy arrays (one value per interval) and broadcast. A queue
with N ≤ A agents is unstable: every caller waits and the queue grows without bound.
That is a valid answer, not an error: probability of waiting 1, service level 0,
ASA infinite. Nothing here returns NaN for valid input.

Reference: Call Centre Helper, "Erlang C formula – made simple" (worked example
below); Cooper, *Introduction to Queueing Theory* (1981), ch. 3.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from .erlang_search import agents_and_blocking

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
ArrayLike = npt.ArrayLike


def traffic_erlangs(
    calls: ArrayLike, aht_seconds: ArrayLike, interval_seconds: float
) -> FloatArray:
    """Offered workload in Erlangs: ``calls × AHT / interval length``.

    >>> float(traffic_erlangs(100, 180, 1800))
    10.0
    """
    calls_arr = np.asarray(calls, dtype=np.float64)
    aht_arr = np.asarray(aht_seconds, dtype=np.float64)
    return np.asarray(calls_arr * aht_arr / float(interval_seconds), dtype=np.float64)


def _erlang_b_float(agents: int, traffic: float) -> float:
    """The Erlang B recurrence for one interval, in plain Python floats.

    The very same IEEE operations as the vectorised loop (so the very same result),
    without numpy's per-call overhead, which dominates on one-element arrays. Once
    B reaches 0 it stays 0 (``A·0 / (n + 0) = 0``), so the loop stops there.
    """
    blocking = 1.0
    for n in range(1, agents + 1):
        a_b = traffic * blocking
        blocking = a_b / (n + a_b)
        if blocking == 0.0:
            break
    return blocking


def erlang_b(agents: ArrayLike, traffic: ArrayLike) -> FloatArray:
    """Erlang B blocking probability for ``agents`` servers and ``traffic`` Erlangs.

    Recurrence over n = 1..N, vectorised over intervals: each interval leaves the
    loop at its own N, or as soon as its blocking has underflowed to 0 (it would
    stay 0). One interval runs in plain floats. Cost: O(max N) steps.

    >>> round(float(erlang_b(14, 10.0)), 6)
    0.056819
    """
    agents_arr, traffic_arr = np.broadcast_arrays(
        np.asarray(agents, dtype=np.int64), np.asarray(traffic, dtype=np.float64)
    )
    shape = agents_arr.shape
    if agents_arr.size == 1:
        traffic_one = float(traffic_arr.flat[0])
        if 0.0 <= traffic_one < math.inf:  # NaN and negative input keep numpy's semantics
            value = _erlang_b_float(int(agents_arr.flat[0]), traffic_one)
            return np.full(shape, value, dtype=np.float64)
    flat_agents, flat_traffic = agents_arr.ravel(), traffic_arr.ravel()
    blocking = np.ones(flat_agents.shape, dtype=np.float64)
    # The intervals still in the recurrence, fewest agents first: those that reach
    # their own N at step n are then a prefix of the arrays.
    live = np.flatnonzero(flat_agents >= 1)
    live = live[np.argsort(flat_agents[live], kind="stable")]
    n_live, a_live = flat_agents[live], flat_traffic[live]
    b_live = np.ones(live.shape, dtype=np.float64)
    n = 0
    while live.size:
        n += 1
        a_b = a_live * b_live
        b_live = a_b / (n + a_b)
        done = int(np.searchsorted(n_live, n, side="right"))
        if done:
            blocking[live[:done]] = b_live[:done]
            live, n_live, a_live, b_live = live[done:], n_live[done:], a_live[done:], b_live[done:]
        if n % 64 == 0:
            underflowed = b_live == 0.0
            if underflowed.any():
                blocking[live[underflowed]] = 0.0
                keep = ~underflowed
                live, n_live, a_live, b_live = live[keep], n_live[keep], a_live[keep], b_live[keep]
    return blocking.reshape(shape)


def erlang_c_from_b(agents: ArrayLike, traffic: ArrayLike, blocking: ArrayLike) -> FloatArray:
    """Probability of waiting (Erlang C) from Erlang B; 1.0 where N ≤ A (unstable).

    >>> round(float(erlang_c_from_b(14, 10.0, erlang_b(14, 10.0))), 4)
    0.1741
    """
    n = np.asarray(agents, dtype=np.float64)
    a = np.asarray(traffic, dtype=np.float64)
    b = np.asarray(blocking, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        wait = n * b / (n - a * (1.0 - b))
    wait = _replaced(wait, ~(n > a), 1.0)
    # Zero traffic: nobody ever waits (B = 0 for N ≥ 1, and N = 0 serves nobody).
    wait = _replaced(wait, a <= 0.0, 0.0)
    return np.asarray(np.clip(wait, 0.0, 1.0), dtype=np.float64)


def _replaced(values: FloatArray, where: npt.NDArray[np.bool_], value: float) -> FloatArray:
    """``np.where(where, value, values)``; no pass at all when nothing is replaced.

    The formulas here are computed for every interval and then overwritten where they
    do not apply (unstable, no traffic), which is cheaper than masking them first when,
    as usual, they apply almost everywhere. ``values`` has the broadcast shape.
    """
    if where.any():
        return np.asarray(np.where(where, value, values), dtype=np.float64)
    return values


def erlang_c(agents: ArrayLike, traffic: ArrayLike) -> FloatArray:
    """Erlang C: probability that a contact has to wait, for N agents and A Erlangs.

    >>> round(float(erlang_c(14, 10.0)), 4)
    0.1741
    """
    return erlang_c_from_b(agents, traffic, erlang_b(agents, traffic))


def service_level_from_c(
    agents: ArrayLike,
    traffic: ArrayLike,
    wait_probability: ArrayLike,
    aht_seconds: ArrayLike,
    answer_seconds: ArrayLike,
) -> FloatArray:
    """Share answered within the target time: ``1 − C·exp(−(N − A)·T / AHT)``; 0 if unstable."""
    n = np.asarray(agents, dtype=np.float64)
    a = np.asarray(traffic, dtype=np.float64)
    c = np.asarray(wait_probability, dtype=np.float64)
    aht = np.asarray(aht_seconds, dtype=np.float64)
    target = np.asarray(answer_seconds, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        level = 1.0 - c * np.exp(-(n - a) * target / aht)
    level = _replaced(level, ~(n > a), 0.0)
    level = _replaced(level, a <= 0.0, 1.0)
    return np.asarray(np.clip(level, 0.0, 1.0), dtype=np.float64)


def service_level(
    agents: ArrayLike, traffic: ArrayLike, aht_seconds: ArrayLike, answer_seconds: ArrayLike
) -> FloatArray:
    """Service level (share answered within ``answer_seconds``) for N agents.

    Call Centre Helper's example: 10 Erlangs, 14 agents, AHT 180 s, 20 s target.

    >>> round(float(service_level(14, 10.0, 180, 20)), 3)
    0.888
    """
    c = erlang_c(agents, traffic)
    return service_level_from_c(agents, traffic, c, aht_seconds, answer_seconds)


def average_speed_of_answer(
    agents: ArrayLike, traffic: ArrayLike, wait_probability: ArrayLike, aht_seconds: ArrayLike
) -> FloatArray:
    """ASA in seconds: ``C·AHT / (N − A)``; infinite when the queue is unstable.

    >>> round(float(average_speed_of_answer(14, 10.0, erlang_c(14, 10.0), 180)), 1)
    7.8
    """
    n = np.asarray(agents, dtype=np.float64)
    a = np.asarray(traffic, dtype=np.float64)
    c = np.asarray(wait_probability, dtype=np.float64)
    aht = np.asarray(aht_seconds, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        asa = c * aht / (n - a)
    asa = _replaced(asa, ~(n > a), np.inf)
    return _replaced(asa, a <= 0.0, 0.0)


def occupancy(agents: ArrayLike, traffic: ArrayLike) -> FloatArray:
    """Agent occupancy ``A / N``, capped at 1 (an unstable queue keeps everyone busy).

    Zero agents facing calls count as fully occupied (1), zero calls as idle (0).

    >>> round(float(occupancy(14, 10.0)), 3), float(occupancy(0, 5.0)), float(occupancy(0, 0.0))
    (0.714, 1.0, 0.0)
    """
    n = np.asarray(agents, dtype=np.float64)
    a = np.asarray(traffic, dtype=np.float64)
    # No agents for a busy interval is the most unstable queue of all: fully occupied,
    # like every other N ≤ A. No agents and no calls is idle: 0.
    with np.errstate(divide="ignore", invalid="ignore"):
        occ = a / n
    idle = ~(n > 0)
    if idle.any():
        occ = np.where(idle, np.where(a > 0.0, 1.0, 0.0), occ)
    return np.asarray(np.clip(occ, 0.0, 1.0), dtype=np.float64)


def agents_for_service_level(
    traffic: ArrayLike,
    aht_seconds: ArrayLike,
    answer_seconds: ArrayLike,
    target_service_level: ArrayLike,
) -> IntArray:
    """Fewest agents per interval whose service level meets the target.

    The answer is the first N = ⌊A⌋ + 1, ⌊A⌋ + 2, … (the stable ones) whose
    ``service_level`` reaches the target. ``erlang_search`` finds it without trying
    them all: each distinct load once, from a square-root-staffing warm start, with
    the Erlang B recurrence run unchecked up to there (see that module). Zero traffic
    needs zero agents; a target of 100% stops where the shortfall is below double
    precision (``ValueError`` if it cannot be met at all).

    >>> agents_for_service_level([10.0, 0.0], 180, 20, 0.8).tolist()
    [14, 0]
    """
    agents, _ = agents_and_blocking(traffic, aht_seconds, answer_seconds, target_service_level)
    return agents
