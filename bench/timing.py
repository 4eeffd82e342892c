"""Wall-clock timing: one warm-up, then best and median of several repeats."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    """Seconds per call over ``repeats`` timed calls (after the warm-up)."""

    best_seconds: float
    median_seconds: float
    repeats: int


def time_repeated(
    call: Callable[[], T],
    repeats: int,
    warmups: int = 1,
    setup: Callable[[], object] | None = None,
) -> tuple[Timing, T]:
    """Time ``call`` with ``time.perf_counter``; also return the last call's result.

    The warm-up pays for imports, caches and first-touch allocations, which a user
    of the running app does not pay again. Best is the least disturbed run; median
    is what a user typically waits. ``setup`` runs before every call, untimed (say,
    ``clear_model_caches``, so that each call computes instead of finding its result).
    """
    if repeats < 1:
        raise ValueError("repeats must be at least 1")
    for _ in range(warmups):
        if setup is not None:
            setup()
        call()
    samples_seconds: list[float] = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        result = call()
        samples_seconds.append(time.perf_counter() - start)
    timing = Timing(
        best_seconds=min(samples_seconds),
        median_seconds=statistics.median(samples_seconds),
        repeats=repeats,
    )
    return timing, result


def clear_model_caches() -> None:
    """Forget every kept evaluation, ledger and staffed load, so a run times the work,
    not a hit (the app keeps them between reruns; a changed input misses them)."""
    from ccx_model import abandonment, channel_staffing, staffing
    from ccx_model.evaluate import evaluate
    from ccx_model.ledger import build_ledger

    build_ledger.cache_clear()
    evaluate.cache_clear()
    # Equal loads are staffed once (Erlang C and Erlang A): a repeat would time a lookup.
    staffing._REQUIRED.clear()
    abandonment._KEPT.clear()
    channel_staffing._response_agents_needed_once.cache_clear()
