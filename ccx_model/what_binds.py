"""What sets the number of agents, and whether the staffing handle time is the one the
contact reasons add up to.

- **What binds:** per open interval, the service-level target, the occupancy cap or
  (Erlang A) the highest share hanging up — the one that needs the most agents. For
  Erlang C the target alone is staffed again without the cap: where the cap needs
  more agents, the cap binds. A page then says "118 agents at the peak: the 90%
  occupancy cap binds in 176 of 272 open intervals; the target alone needs 113".
- **Handle time:** the phone reasons' weighted handle time (each reason's own, or
  the staffing one where a reason has none) against ``demand.aht_seconds``; more
  than ``AHT_TOLERANCE`` apart is flagged, and the page offers the table's figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .erlang import IntArray
from .evaluate import Evaluation
from .staffing import required_staffing

#: Staffing and contact-reason handle times this far apart (relative) are flagged.
AHT_TOLERANCE = 0.03


@dataclass(frozen=True)
class Binding:
    open_intervals: int
    target: int  # intervals where the service-level target sets the agents
    occupancy: int  # … the occupancy cap
    abandonment: int  # … the highest share hanging up (Erlang A)
    peak_agents: int
    peak_agents_target_only: int  # at the same peak, for the target alone

    @property
    def cap_binds(self) -> bool:
        return self.occupancy > 0


def what_binds(evaluation: Evaluation) -> Binding:
    """Per open interval, which constraint sets the in-house phone agents."""
    scenario = evaluation.scenario
    intervals = evaluation.staffing.intervals
    service = scenario.service
    open_rows = intervals.calls > 0
    peak = int(intervals.agents.max(initial=0))
    if intervals.binding is not None:  # Erlang A: the search says which
        binding = intervals.binding[open_rows]
        alone = _target_only(evaluation)
        return Binding(
            int(open_rows.sum()),
            int((binding == "target").sum()),
            int((binding == "occupancy").sum()),
            int((binding == "abandonment").sum()),
            peak,
            alone,
        )
    if service.max_occupancy is None:
        count = int(open_rows.sum())
        return Binding(count, count, 0, 0, peak, peak)
    target_only = _target_only_c(evaluation)
    capped = (intervals.agents > target_only) & open_rows
    return Binding(
        int(open_rows.sum()),
        int(open_rows.sum() - capped.sum()),
        int(capped.sum()),
        0,
        peak,
        int(target_only[int(np.argmax(intervals.agents))]) if intervals.agents.size else 0,
    )


def _target_only_c(evaluation: Evaluation, rows: slice = slice(None)) -> IntArray:
    """Erlang C: the agents the service-level target alone needs (no occupancy cap)."""
    intervals, service = evaluation.staffing.intervals, evaluation.scenario.service
    return required_staffing(
        intervals.calls[rows],
        intervals.aht_seconds[rows],
        service.interval_minutes,
        service.service_level_target,
        service.answer_seconds,
        None,
    ).agents


def _target_only(evaluation: Evaluation, index: int | None = None) -> int:
    """Erlang A: the agents the target alone needs in the peak interval (or ``index``)."""
    from .erlang_a import agents_for_target_a

    intervals, service = evaluation.staffing.intervals, evaluation.scenario.service
    assert service.average_patience_seconds is not None
    peak = int(np.argmax(intervals.agents)) if index is None else index
    found = agents_for_target_a(
        intervals.calls[peak : peak + 1],
        intervals.aht_seconds[peak : peak + 1],
        service.interval_minutes * 60.0,
        service.average_patience_seconds,
        service.answer_seconds,
        service.service_level_target,
    )
    return int(found.agents[0])


def interval_binding(evaluation: Evaluation, index: int) -> tuple[str, int]:
    """What sets the agents of one interval ("target", "occupancy" or "abandonment"),
    and the agents the service-level target alone needs there.

    >>> from .scenario import Scenario
    >>> from .evaluate import evaluate
    >>> ev = evaluate(Scenario())
    >>> busiest = int(np.argmax(ev.staffing.intervals.calls))
    >>> interval_binding(ev, busiest), int(ev.staffing.intervals.agents[busiest])
    (('occupancy', 113), 118)
    """
    intervals, service = evaluation.staffing.intervals, evaluation.scenario.service
    agents = int(intervals.agents[index])
    if intervals.binding is not None:  # Erlang A: the search says which
        return str(intervals.binding[index]), _target_only(evaluation, index)
    if service.max_occupancy is None:
        return "target", agents
    target_agents = int(_target_only_c(evaluation, slice(index, index + 1))[0])
    return ("occupancy" if agents > target_agents else "target"), target_agents


@dataclass(frozen=True)
class HandleTimeCheck:
    staffing_aht_seconds: float
    reasons_aht_seconds: float

    @property
    def difference(self) -> float:
        """(reasons − staffing) ÷ staffing."""
        return self.reasons_aht_seconds / self.staffing_aht_seconds - 1.0

    @property
    def flagged(self) -> bool:
        return abs(self.difference) > AHT_TOLERANCE


def handle_time_check(evaluation: Evaluation) -> HandleTimeCheck | None:
    """The phone reasons' weighted handle time against the staffing one (None without
    phone reasons)."""
    scenario = evaluation.scenario
    reasons = [r for r in scenario.failure_demand.reasons if r.channel == "phone"]
    total = sum(r.share for r in reasons)
    if not reasons or total <= 0:
        return None
    staffing = scenario.demand.aht_seconds
    weighted = (
        sum(r.share * (r.aht_seconds if r.aht_seconds is not None else staffing) for r in reasons)
        / total
    )
    return HandleTimeCheck(staffing, weighted)
