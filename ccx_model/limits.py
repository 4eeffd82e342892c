"""Limits on the work one evaluation may take, so no input can pin the server.

Erlang C needs about A + √A agents for A Erlangs, and the agent search walks the
Erlang B recurrence up to that count: the time grows with the traffic of the busiest
interval. Every field has an upper bound, but their product (calls × handle time,
all in one interval) can still ask for hundreds of millions of Erlangs. So the
traffic of each interval is limited here, as the ``staffing`` command does: 100,000
Erlangs (100,000 agents busy all interval) is far above any one contact centre and
keeps the worst scenario inside the limits within the evaluation budget (measured
in ``make bench``: "worst corner").
"""

from __future__ import annotations

import numpy as np

from .erlang import ArrayLike

MAX_TRAFFIC_ERLANGS = 100_000.0


def check_interval_traffic(traffic_erlangs: ArrayLike, field: str) -> None:
    """Refuse intervals above ``MAX_TRAFFIC_ERLANGS``, naming ``field`` (the input to lower).

    >>> check_interval_traffic([10.0, 2e5], "demand.calls_per_month")
    Traceback (most recent call last):
    ...
    ccx_model.problems.InputError: demand.calls_per_month: the busiest interval holds 200,000 Erlangs of work (calls × handle time ÷ interval length); at most 100,000 per interval can be staffed: lower the volume or the handle time.
    """
    # Imported here: the limit itself is read by ``ccx staffing``, which loads no pydantic.
    from .problems import InputError, Problem

    traffic = np.asarray(traffic_erlangs, dtype=np.float64)
    if traffic.size == 0:
        return
    busiest = float(np.max(traffic))
    if busiest > MAX_TRAFFIC_ERLANGS:
        raise InputError(
            [
                Problem.rule(
                    field,
                    "rule.traffic_too_high",
                    traffic=float(round(busiest)),
                    max_traffic=MAX_TRAFFIC_ERLANGS,
                )
            ]
        )
