"""pyworkforce 0.5.1, the open-source peer, staffing the same intervals one by one.

Semantics of ``pyworkforce.queuing.ErlangC`` (read from its source, 0.5.1):

- ``aht``, ``asa`` and ``interval`` are in **minutes** (its docstring); only the
  ratios matter: traffic = transactions / interval × aht, and the service level is
  ``1 − C·exp(−(N − A) · asa / aht)``. So ``asa`` is the *answer-time target* of
  the service level (our ``answer_seconds``), not an average speed of answer.
- ``required_positions`` searches N upwards from ``round(A + 1)`` until the service
  level reaches the target (``≥``, as ours); if A / N then exceeds
  ``max_occupancy`` it takes ``ceil(A / max_occupancy)`` agents (our cap, too).
  ``raw_positions`` are our ``agents``; ``positions = ceil(raw / (1 − shrinkage))``
  are our ``scheduled_agents``.
- It rejects zero transactions and a zero answer time, and has no "no cap" option:
  ``max_occupancy=1.0`` is the same, as a stable queue always has A / N < 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ccx_model.erlang import FloatArray, IntArray

SECONDS_PER_MINUTE = 60.0


@dataclass(frozen=True)
class PeerStaffing:
    """pyworkforce's answer per interval (busy intervals only)."""

    agents: IntArray
    scheduled_agents: IntArray


def require_pyworkforce() -> Any:
    """pyworkforce's ``ErlangC`` class; importing it costs seconds, so do it before timing."""
    try:
        from pyworkforce.queuing import ErlangC
    except ImportError as error:
        raise SystemExit(
            "The staffing benchmark compares with pyworkforce 0.5.1, which is not installed: "
            "run `make bench` (it installs requirements-bench.lock) or "
            "`pip install -e '.[bench]'`."
        ) from error
    return ErlangC


def pyworkforce_staffing(
    calls: FloatArray,
    aht_seconds: FloatArray,
    interval_minutes: float,
    service_level_target: float,
    answer_seconds: float,
    max_occupancy: float | None,
    shrinkage: float,
) -> PeerStaffing:
    """Agents per interval from pyworkforce; every interval must have calls."""
    erlang_c = require_pyworkforce()
    cap = 1.0 if max_occupancy is None else max_occupancy
    agents = np.empty(len(calls), dtype=np.int64)
    scheduled = np.empty(len(calls), dtype=np.int64)
    # A per-interval Python loop is the only way pyworkforce offers (MultiErlangC runs
    # the same loop in joblib workers, over a parameter grid rather than a series).
    for i, (interval_calls, interval_aht_seconds) in enumerate(
        zip(calls.tolist(), aht_seconds.tolist(), strict=True)
    ):
        queue = erlang_c(
            transactions=interval_calls,
            aht=interval_aht_seconds / SECONDS_PER_MINUTE,
            asa=answer_seconds / SECONDS_PER_MINUTE,
            interval=interval_minutes,
            shrinkage=shrinkage,
        )
        positions = queue.required_positions(service_level=service_level_target, max_occupancy=cap)
        agents[i] = positions["raw_positions"]
        scheduled[i] = positions["positions"]
    return PeerStaffing(agents=agents, scheduled_agents=scheduled)
