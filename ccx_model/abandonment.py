"""Callers who hang up: Erlang A staffing per interval, the calls that come back and
the customers who do not.

With an average patience (``service.average_patience_seconds``) a scenario's queue
is Erlang A (``erlang_a``: Palm's M/M/N+M) instead of Erlang C: the fewest agents per
interval for the service level — of **all offered** calls, callers who hang up count
as not answered — within the occupancy cap and, if set, a highest share hanging up.
Without a patience nothing here runs, and every figure is Erlang C's as before.

Hanging up costs money two ways (``service``'s planning assumptions):

- a share of the callers who hang up call again (``abandon_callback_share``): they
  come back in the same interval as extra offered calls, staffed like any other.
  Offered = first calls ÷ (1 − P(abandon) × callback share), and P(abandon) depends
  on the offered calls: solved by fixed-point iteration (a few steps: the product is
  small and falls as agents are added);
- a share is lost as customers (``abandon_churn_share``), each costing the months of
  margin lost to churn (``quality.months_of_margin_lost``), like a customer lost over
  an unresolved issue: in the cost of poor service and in the ledger's margin lost.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

import numpy as np
import numpy.typing as npt

from .erlang_a import ErlangA, ErlangAStaffing, agents_for_target_a
from .finance import FloatArray
from .staffing import IntervalStaffing, scheduled_agents

#: Damped fixed-point steps for the calls that come back.
CALLBACK_STEPS = 6


@dataclass(frozen=True)
class Abandonment:
    """A week of callers who hang up (Erlang C: none)."""

    offered_calls_per_week: float
    abandoned_per_week: float
    callbacks_per_week: float

    @property
    def share(self) -> float:
        """Share of offered calls that hang up."""
        offered = self.offered_calls_per_week
        return self.abandoned_per_week / offered if offered > 0 else 0.0


NO_ABANDONMENT = Abandonment(0.0, 0.0, 0.0)


def erlang_a_staffing(
    calls: FloatArray,
    aht_seconds: FloatArray,
    interval_minutes: float,
    service_level_target: float,
    answer_seconds: float,
    max_occupancy: float | None,
    shrinkage: float,
    patience_seconds: float,
    max_abandonment: float | None,
) -> IntervalStaffing:
    """Erlang A staffing per interval, as ``staffing.required_staffing`` gives Erlang C's
    (kept per input: a business case staffs equal queues once)."""
    key = (
        calls.tobytes(),
        np.asarray(aht_seconds, dtype=np.float64).tobytes(),
        interval_minutes,
        service_level_target,
        answer_seconds,
        max_occupancy,
        shrinkage,
        patience_seconds,
        max_abandonment,
    )
    with _LOCK:
        if key in _KEPT:
            _KEPT.move_to_end(key)
            return _KEPT[key]
    found = agents_for_target_a(
        calls,
        aht_seconds,
        interval_minutes * 60.0,
        patience_seconds,
        answer_seconds,
        service_level_target,
        max_abandonment,
        max_occupancy,
    )
    result = interval_staffing(calls, aht_seconds, found, shrinkage)
    with _LOCK:
        _KEPT[key] = result
        while len(_KEPT) > 64:
            _KEPT.popitem(last=False)
    return result


def interval_staffing(
    calls: FloatArray, aht_seconds: npt.ArrayLike, found: ErlangA, shrinkage: float
) -> IntervalStaffing:
    """Erlang A's measures per interval as ``staffing.IntervalStaffing`` (the binding
    constraint where the agents were searched for, ``ErlangAStaffing``)."""
    aht = np.broadcast_to(np.asarray(aht_seconds, dtype=np.float64), calls.shape).copy()
    return IntervalStaffing(
        calls=calls,
        aht_seconds=aht,
        traffic_erlangs=found.traffic_erlangs,
        agents=found.agents,
        service_level=found.service_level,
        probability_of_waiting=found.probability_of_waiting,
        asa_seconds=found.asa_seconds,
        occupancy=found.occupancy,
        scheduled_agents=scheduled_agents(found.agents, shrinkage),
        stable=np.ones(calls.shape, dtype=bool),  # hanging up keeps every queue finite
        probability_of_abandonment=found.probability_of_abandonment,
        binding=found.binding if isinstance(found, ErlangAStaffing) else None,
    )


_KEPT: OrderedDict[tuple[object, ...], IntervalStaffing] = OrderedDict()
_LOCK = Lock()


def with_callbacks(
    first_calls: FloatArray, callback_share: float, staff: Callable[[FloatArray], IntervalStaffing]
) -> tuple[IntervalStaffing, Abandonment]:
    """Staff ``first_calls`` plus the callers who hang up and call again.

    The fixed point ``offered = first ÷ (1 − P(abandon) × share)`` is found by damped
    iteration (halfway to each new estimate): agents are whole, so P(abandon) steps as
    the load crosses an agent, and an undamped iteration can swing between two agent
    counts. Callbacks are then the share calling again of those who hang up in the
    final staffing; the calls staffed equal first calls + callbacks to within that
    step (within 2% of the callbacks on the bundled scenarios).

    >>> import numpy as np
    >>> def staff(calls):
    ...     return erlang_a_staffing(calls, np.full(calls.shape, 180.0), 30, 0.8, 20,
    ...                              0.9, 0.0, 60.0, None)
    >>> result, week = with_callbacks(np.array([100.0]), 0.5, staff)
    >>> round(week.share, 4), round(week.callbacks_per_week, 2), int(result.agents[0])
    (0.0903, 4.72, 12)
    """
    offered = first_calls
    result = staff(offered)
    for _ in range(CALLBACK_STEPS):
        assert result.probability_of_abandonment is not None
        target = first_calls / (1.0 - result.probability_of_abandonment * callback_share)
        offered = 0.5 * (offered + target)
        result = staff(offered)
    assert result.probability_of_abandonment is not None
    abandoned = float(np.sum(result.calls * result.probability_of_abandonment))
    return result, Abandonment(float(result.calls.sum()), abandoned, abandoned * callback_share)
