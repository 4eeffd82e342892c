"""The ``staffing`` command's output: one row per interval, and the totals.

Rows are built column by column from the result's arrays (``rounded`` is Python's
``round`` to the bit), so a year of intervals takes milliseconds.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ccx_model.staffing import IntervalStaffing

from .rounding import rounded


def _floats(values: Any) -> list[float]:
    return list(np.asarray(values, dtype=np.float64).tolist())


def _ints(values: Any) -> list[int]:
    return list(np.asarray(values).astype(np.int64).tolist())


def interval_rows(result: IntervalStaffing) -> list[dict[str, Any]]:
    """One dict per interval, in the order of the result's fields; an infinite ASA is None."""
    asa: list[float | None] = list(rounded(result.asa_seconds, 4))
    if not bool(np.isfinite(result.asa_seconds).all()):  # an unstable queue waits forever
        asa = [value if value is not None and math.isfinite(value) else None for value in asa]
    columns = (
        _floats(result.calls),
        _floats(result.aht_seconds),
        rounded(result.traffic_erlangs, 6),
        _ints(result.agents),
        rounded(result.service_level, 6),
        rounded(result.probability_of_waiting, 6),
        asa,
        rounded(result.occupancy, 6),
        _ints(result.scheduled_agents),
        np.asarray(result.stable, dtype=bool).tolist(),
    )
    # A dict display per row: three times faster than dict(zip(keys, values)).
    rows = [
        {
            "calls": calls,
            "aht_seconds": aht_seconds,
            "traffic_erlangs": traffic_erlangs,
            "agents": agents,
            "service_level": service_level,
            "probability_of_waiting": probability_of_waiting,
            "asa_seconds": asa_seconds,
            "occupancy": occupancy,
            "scheduled_agents": scheduled_agents,
            "stable": stable,
        }
        for (
            calls,
            aht_seconds,
            traffic_erlangs,
            agents,
            service_level,
            probability_of_waiting,
            asa_seconds,
            occupancy,
            scheduled_agents,
            stable,
        ) in zip(*columns, strict=True)
    ]
    if result.probability_of_abandonment is not None:  # Erlang A: callers hang up
        for row, share in zip(rows, rounded(result.probability_of_abandonment, 6), strict=True):
            row["probability_abandon"] = share
    return rows


def totals(result: IntervalStaffing, interval_minutes: float) -> dict[str, Any]:
    hours = interval_minutes / 60.0
    calls = float(result.calls.sum())
    weights = result.calls / calls if calls > 0 else np.zeros_like(result.calls)
    agent_hours = float(result.agents.sum()) * hours
    figures: dict[str, Any] = {
        "intervals": len(result),
        "calls": calls,
        "workload_hours": round(float(result.traffic_erlangs.sum()) * hours, 4),
        "agent_hours": round(agent_hours, 4),
        "scheduled_agent_hours": round(float(result.scheduled_agents.sum()) * hours, 4),
        "peak_agents": int(result.agents.max(initial=0)),
        "peak_scheduled_agents": int(result.scheduled_agents.max(initial=0)),
        "service_level": round(float(np.sum(weights * result.service_level)), 6),
        "unstable_intervals": int((~result.stable).sum()),
    }
    if result.probability_of_abandonment is not None:
        # Share of all offered calls that hang up (call-weighted over the intervals).
        figures["probability_abandon"] = round(
            float(np.sum(weights * result.probability_of_abandonment)), 6
        )
    return figures
