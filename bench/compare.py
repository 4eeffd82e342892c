"""Interval-by-interval comparison of our staffing with pyworkforce's, with a diagnosis.

Both sides implement the same textbook Erlang C, so a differing agent count has one
of a few causes, which ``agent_mismatches`` and ``scheduled_mismatches`` name for
each mismatching interval:

- ``occupancy cap float noise``: A / cap lands a hair above a whole number
  (pyworkforce: 162 calls / 30 min × 3 min = 16.200000000000003 Erl, / 0.9 =
  18.000000000000004); we round off 1e-9 before the ceiling, pyworkforce does not
  and adds an agent.
- ``service level at the target``: the service level of the lower count is within
  1e-9 of the target, so the two float computations fall on different sides.
- ``pyworkforce search start``: pyworkforce starts at ``round(A + 1)`` and never
  returns fewer agents, even when fewer would meet the target.
- ``shrinkage ceiling float noise`` (scheduled agents): N / (1 − shrinkage) lands a
  hair above a whole number (21 / 0.7 = 30.000000000000004); pyworkforce adds one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ccx_model.erlang import FloatArray, IntArray, service_level

FLOAT_NOISE = 1e-9
UNEXPLAINED = "unexplained"


@dataclass(frozen=True)
class Mismatches:
    """Intervals where the two counts differ, and the likely cause of each."""

    compared: int
    positions: IntArray
    causes: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.positions)

    @property
    def unexplained(self) -> int:
        return self.causes.count(UNEXPLAINED)

    def summary(
        self,
        ours: IntArray,
        theirs: IntArray,
        traffic: FloatArray,
        label: Callable[[int], str] = str,
    ) -> str:
        """'2 of 14,192 differ: 2 occupancy cap float noise; e.g. …' (empty when none).

        ``label`` names the interval at a position of the compared arrays.
        """
        if not self.count:
            return ""
        tally = ", ".join(f"{n} {cause}" for cause, n in Counter(self.causes).most_common())
        first = int(self.positions[0])
        return (
            f"{self.count:,} of {self.compared:,} differ: {tally}; e.g. {label(first)} "
            f"(A = {traffic[first]:.6f} Erl): ccx {ours[first]}, pyworkforce {theirs[first]}"
        )


def _near_whole(values: FloatArray) -> np.ndarray:
    return np.asarray(np.abs(values - np.round(values)) < FLOAT_NOISE)


def _agent_cause(
    traffic: float,
    aht_seconds: float,
    ours: int,
    theirs: int,
    target: float,
    answer_seconds: float,
    max_occupancy: float | None,
) -> str:
    if max_occupancy is not None and _near_whole(np.asarray(traffic / max_occupancy)):
        return "occupancy cap float noise"
    fewer = min(ours, theirs)
    level = float(service_level(fewer, traffic, aht_seconds, answer_seconds))
    if abs(level - target) < FLOAT_NOISE:
        return "service level at the target"
    if theirs > ours and theirs == round(traffic + 1):
        return "pyworkforce search start"
    return UNEXPLAINED


def agent_mismatches(
    traffic: FloatArray,
    aht_seconds: FloatArray,
    ours: IntArray,
    theirs: IntArray,
    target: float,
    answer_seconds: float,
    max_occupancy: float | None,
) -> Mismatches:
    """Intervals where the agents on the phones differ, each with its likely cause."""
    positions = np.flatnonzero(ours != theirs)
    causes = tuple(
        _agent_cause(
            float(traffic[i]),
            float(aht_seconds[i]),
            int(ours[i]),
            int(theirs[i]),
            target,
            answer_seconds,
            max_occupancy,
        )
        for i in positions
    )
    return Mismatches(compared=len(ours), positions=positions, causes=causes)


def scheduled_mismatches(
    our_agents: IntArray,
    their_agents: IntArray,
    ours: IntArray,
    theirs: IntArray,
    shrinkage: float,
) -> Mismatches:
    """Intervals with equal agents but different scheduled agents, each with its cause."""
    same_agents = our_agents == their_agents
    positions = np.flatnonzero(same_agents & (ours != theirs))
    noisy = _near_whole(our_agents / (1.0 - shrinkage))
    causes = tuple(
        "shrinkage ceiling float noise" if noisy[i] and theirs[i] == ours[i] + 1 else UNEXPLAINED
        for i in positions
    )
    return Mismatches(compared=int(same_agents.sum()), positions=positions, causes=causes)
