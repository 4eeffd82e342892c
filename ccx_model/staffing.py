"""Staffing per interval: workload → agents (Erlang C, occupancy cap) → scheduled agents.

Two directions:
- ``required_staffing``: the fewest agents that meet a service-level target, then
  raised to respect a maximum occupancy, then grossed up for shrinkage.
- ``staffing_for_agents``: what N agents deliver — service level, ASA, probability
  of waiting and occupancy.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from . import erlang
from .erlang import ArrayLike, FloatArray, IntArray
from .erlang_search import busy_agents_and_blocking


@dataclass(frozen=True)
class IntervalStaffing:
    """Results per interval (numpy arrays of equal length)."""

    calls: FloatArray
    aht_seconds: FloatArray
    traffic_erlangs: FloatArray
    agents: IntArray
    service_level: FloatArray
    probability_of_waiting: FloatArray
    asa_seconds: FloatArray
    occupancy: FloatArray
    scheduled_agents: IntArray
    stable: np.ndarray
    # Erlang A only (callers hang up): the share of offered calls that hang up, and
    # which constraint set each interval's agents ("target", "occupancy", "abandonment").
    probability_of_abandonment: FloatArray | None = None
    binding: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.calls)


def scheduled_agents(agents: ArrayLike, shrinkage: float) -> IntArray:
    """Agents to schedule so that ``agents`` are on the phones after shrinkage.

    ``ceil(N / (1 − shrinkage))``. Call Centre Helper: 14 agents, 30% shrinkage → 20.

    >>> scheduled_agents([14], 0.30).tolist()
    [20]
    """
    if not 0.0 <= shrinkage < 1.0:
        raise ValueError("shrinkage must be at least 0 and below 1")
    needed = np.asarray(agents, dtype=np.float64) / (1.0 - shrinkage)
    # Round away float noise (14 / 0.7 = 20.000000000000004) before taking the ceiling.
    return np.ceil(np.round(needed, 9)).astype(np.int64)


def _measure(
    calls: FloatArray,
    aht: FloatArray,
    traffic: FloatArray,
    agents: IntArray,
    answer_seconds: float,
    shrinkage: float,
    blocking: FloatArray | None = None,
) -> IntervalStaffing:
    """The service ``agents`` deliver; ``blocking`` is ``erlang_b(agents, traffic)`` if known."""
    if blocking is None:
        blocking = erlang.erlang_b(agents, traffic)
    rows = np.flatnonzero((traffic > 0.0) | (agents != 0) | np.isnan(traffic))
    return _measure_rows(
        calls, aht, traffic, agents, answer_seconds, shrinkage, rows, blocking[rows]
    )


def _measure_rows(
    calls: FloatArray,
    aht: FloatArray,
    traffic: FloatArray,
    agents: IntArray,
    answer_seconds: float,
    shrinkage: float,
    rows: IntArray,
    blocking: FloatArray,
) -> IntervalStaffing:
    """``_measure`` given the ``rows`` that are not quiet and Erlang B at those rows.

    ``rows`` may come in any order, except when they are every interval: then in order.

    Quiet intervals (no traffic, no agents) have known measures — nobody waits, full
    service level, ASA 0, occupancy 0 — so the formulas run on the other rows only.
    """
    every = rows.size == traffic.size
    n, a, h = (x if every else x[rows] for x in (agents, traffic, aht))
    wait = erlang.erlang_c_from_b(n, a, blocking)

    def spread(values: FloatArray, quiet: float) -> FloatArray:
        if every:
            return values
        full = np.full(traffic.shape, quiet, dtype=np.float64)
        full[rows] = values
        return full

    scheduled = np.zeros(agents.shape, dtype=np.int64)
    scheduled[rows] = scheduled_agents(n, shrinkage)
    return IntervalStaffing(
        calls=calls,
        aht_seconds=aht,
        traffic_erlangs=traffic,
        agents=agents,
        service_level=spread(erlang.service_level_from_c(n, a, wait, h, answer_seconds), 1.0),
        probability_of_waiting=spread(wait, 0.0),
        asa_seconds=spread(erlang.average_speed_of_answer(n, a, wait, h), 0.0),
        occupancy=spread(erlang.occupancy(n, a), 0.0),
        scheduled_agents=scheduled,
        stable=(agents > traffic) | (traffic <= 0.0),
    )


def _as_arrays(calls: ArrayLike, aht_seconds: ArrayLike) -> tuple[FloatArray, FloatArray]:
    calls_arr = np.atleast_1d(np.asarray(calls, dtype=np.float64))
    aht_arr = np.broadcast_to(np.asarray(aht_seconds, dtype=np.float64), calls_arr.shape).copy()
    return calls_arr, aht_arr


def required_staffing(
    calls: ArrayLike,
    aht_seconds: ArrayLike,
    interval_minutes: float,
    service_level_target: float,
    answer_seconds: float,
    max_occupancy: float | None = None,
    shrinkage: float = 0.0,
) -> IntervalStaffing:
    """Agents needed per interval for the service-level target (and occupancy cap).

    Call Centre Helper's worked example: 100 calls in 30 min, AHT 180 s, 80/20,
    30% shrinkage.

    >>> r = required_staffing([100], 180, 30, 0.8, 20, shrinkage=0.3)
    >>> int(r.agents[0]), round(float(r.service_level[0]), 3), int(r.scheduled_agents[0])
    (14, 0.888, 20)
    """
    calls_arr, aht_arr = _as_arrays(calls, aht_seconds)
    key = (
        calls_arr.tobytes(),
        aht_arr.tobytes(),
        float(interval_minutes),
        float(service_level_target),
        float(answer_seconds),
        None if max_occupancy is None else float(max_occupancy),
        float(shrinkage),
    )
    with _REQUIRED_LOCK:
        cached = _REQUIRED.get(key)
        if cached is not None:
            _REQUIRED.move_to_end(key)
            return cached
    result = _read_only(
        _required(
            calls_arr,
            aht_arr,
            interval_minutes,
            service_level_target,
            answer_seconds,
            max_occupancy,
            shrinkage,
        )
    )
    with _REQUIRED_LOCK:
        _REQUIRED[key] = result
        if len(_REQUIRED) > _REQUIRED_SIZE:
            _REQUIRED.popitem(last=False)
    return result


# The business case evaluates a scenario once per lever, and most levers leave some
# queue as it was (chat, the provider's calls): equal loads are staffed once. The
# cached results are read-only, so no caller can change another's.
_REQUIRED: OrderedDict[tuple[object, ...], IntervalStaffing] = OrderedDict()
_REQUIRED_SIZE = 128
_REQUIRED_LOCK = threading.Lock()


def _read_only(result: IntervalStaffing) -> IntervalStaffing:
    for value in vars(result).values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
    return result


def _required(
    calls_arr: FloatArray,
    aht_arr: FloatArray,
    interval_minutes: float,
    service_level_target: float,
    answer_seconds: float,
    max_occupancy: float | None,
    shrinkage: float,
) -> IntervalStaffing:
    traffic = erlang.traffic_erlangs(calls_arr, aht_arr, interval_minutes * 60.0)
    # max(Erlang C's agents, the fewest with A / N ≤ cap), and Erlang B there.
    busy = busy_agents_and_blocking(
        traffic, aht_arr, answer_seconds, service_level_target, max_occupancy
    )
    agents = np.zeros(traffic.shape, dtype=np.int64)
    agents[busy.rows] = busy.agents
    # The measures run on the busy rows, unless NaN traffic needs them too (or all are busy).
    if busy.rows.size == traffic.size or np.isnan(traffic).any():
        blocking = np.ones(traffic.shape, dtype=np.float64)
        blocking[busy.rows] = busy.blocking
        return _measure(calls_arr, aht_arr, traffic, agents, answer_seconds, shrinkage, blocking)
    return _measure_rows(
        calls_arr, aht_arr, traffic, agents, answer_seconds, shrinkage, busy.rows, busy.blocking
    )


def staffing_for_agents(
    calls: ArrayLike,
    aht_seconds: ArrayLike,
    interval_minutes: float,
    agents: ArrayLike,
    answer_seconds: float,
    shrinkage: float = 0.0,
) -> IntervalStaffing:
    """Service delivered by a given number of agents per interval.

    >>> r = staffing_for_agents([100], 180, 30, [14], 20)
    >>> round(float(r.probability_of_waiting[0]), 3), round(float(r.asa_seconds[0]), 1)
    (0.174, 7.8)
    """
    calls_arr, aht_arr = _as_arrays(calls, aht_seconds)
    agents_arr = np.broadcast_to(np.asarray(agents, dtype=np.int64), calls_arr.shape).copy()
    traffic = erlang.traffic_erlangs(calls_arr, aht_arr, interval_minutes * 60.0)
    return _measure(calls_arr, aht_arr, traffic, agents_arr, answer_seconds, shrinkage)
