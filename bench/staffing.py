"""Benchmark: a year of interval staffing, ccx against pyworkforce 0.5.1; and Erlang A.

ccx staffs all 35,040 intervals in one vectorised call; pyworkforce staffs the busy
ones (it rejects zero calls) one Python call at a time. Both run on the same
intervals and the same service settings (the baseline scenario's), once with the
baseline occupancy cap and once without (pyworkforce ``max_occupancy=1.0``), and
every interval's agent count is compared.

pyworkforce is timed on the full year when a warm-up on its first busy intervals
predicts that it fits in ``PEER_BUDGET_SECONDS``; otherwise on the first busy
intervals that fit, and the year's time is extrapolated (the row's note says so).

The same year is then staffed with Erlang A (``ccx_model.erlang_a``, callers hang up
after ``PATIENCE_SECONDS`` on average): no peer, a target of one second for the year.
Its agents are checked on ``ERLANG_A_SAMPLE`` busy intervals drawn with a fixed seed
against a plain search: N = 0, 1, 2, … measured with ``erlang_a`` until the target,
the abandonment cap and the occupancy cap all hold (no bisection, no warm start).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ccx_model.erlang import IntArray, traffic_erlangs
from ccx_model.erlang_a import ErlangAStaffing, agents_for_target_a, erlang_a
from ccx_model.scenario import Scenario, ServiceTarget
from ccx_model.staffing import IntervalStaffing, required_staffing

from .compare import agent_mismatches, scheduled_mismatches
from .peer import PeerStaffing, pyworkforce_staffing, require_pyworkforce
from .result import Row
from .timing import Timing, clear_model_caches, time_repeated
from .year import YearLoad, interval_label, year_of_intervals

NAME = "staffing year"
TARGET_MEDIAN_SECONDS = 0.25
TARGET_SPEED_RATIO = 200.0  # the goal for a year of identical agent counts
CCX_REPEATS = 51  # a few milliseconds each: enough runs for a steady median
PEER_BUDGET_SECONDS = 120.0
PEER_MAX_REPEATS = 3
PEER_SAMPLE_INTERVALS = 500

ERLANG_A_NAME = "staffing year, Erlang A"
ERLANG_A_TARGET_SECONDS = 1.0
ERLANG_A_REPEATS = 5
# The scenario has no patience yet: 3 minutes is a common average for inbound service
# lines (callers who reach the queue); the abandonment cap is the usual 5%.
PATIENCE_SECONDS = 180.0
MAX_ABANDONMENT = 0.05
ERLANG_A_SAMPLE = 500
ERLANG_A_SAMPLE_SEED = 15


@dataclass(frozen=True)
class PeerRun:
    """pyworkforce's answers on ``intervals`` (indices into the year) and its time.

    ``year_timing`` is for all busy intervals: measured, or extrapolated from the
    intervals timed (``note`` says which).
    """

    intervals: IntArray
    staffing: PeerStaffing
    year_timing: Timing
    note: str


def _ccx_staffing(
    year: YearLoad, service: ServiceTarget, max_occupancy: float | None
) -> IntervalStaffing:
    return required_staffing(
        year.calls,
        year.aht_seconds,
        year.interval_minutes,
        service.service_level_target,
        service.answer_seconds,
        max_occupancy,
        service.shrinkage,
    )


def _peer_staffing(
    year: YearLoad, intervals: IntArray, service: ServiceTarget, max_occupancy: float | None
) -> PeerStaffing:
    return pyworkforce_staffing(
        year.calls[intervals],
        year.aht_seconds[intervals],
        year.interval_minutes,
        service.service_level_target,
        service.answer_seconds,
        max_occupancy,
        service.shrinkage,
    )


def _run_peer(year: YearLoad, service: ServiceTarget, max_occupancy: float | None) -> PeerRun:
    busy = year.busy
    # The warm-up on the first busy intervals also predicts the time of the full year.
    sample = busy[:PEER_SAMPLE_INTERVALS]
    start = time.perf_counter()
    _peer_staffing(year, sample, service, max_occupancy)
    predicted_seconds = (time.perf_counter() - start) * len(busy) / len(sample)

    if predicted_seconds <= PEER_BUDGET_SECONDS:
        intervals = busy
        repeats = max(1, min(PEER_MAX_REPEATS, int(PEER_BUDGET_SECONDS // predicted_seconds)))
        note = f"full year ({len(busy):,} busy intervals), median of {repeats} run(s)"
    else:
        share = PEER_BUDGET_SECONDS / predicted_seconds
        intervals, repeats = busy[: max(1, int(len(busy) * share))], 1
        note = (
            f"timed on the first {len(intervals):,} of {len(busy):,} busy intervals "
            "and extrapolated to the full year"
        )
    timing, staffing = time_repeated(
        lambda: _peer_staffing(year, intervals, service, max_occupancy), repeats, warmups=0
    )
    to_year = len(busy) / len(intervals)
    year_timing = Timing(timing.best_seconds * to_year, timing.median_seconds * to_year, repeats)
    return PeerRun(intervals=intervals, staffing=staffing, year_timing=year_timing, note=note)


def _timing_rows(name: str, ccx: Timing, peer: PeerRun, intervals: int) -> list[Row]:
    return [
        Row(
            name,
            "ccx required_staffing, best",
            ccx.best_seconds,
            "s",
            note=f"{ccx.repeats} runs after 1 warm-up, {intervals:,} intervals",
        ),
        Row(
            name,
            "ccx required_staffing, median",
            ccx.median_seconds,
            "s",
            target_max=TARGET_MEDIAN_SECONDS,
        ),
        Row(name, "pyworkforce, best", peer.year_timing.best_seconds, "s"),
        Row(name, "pyworkforce, median", peer.year_timing.median_seconds, "s", note=peer.note),
        Row(
            name,
            "speed ratio pyworkforce / ccx (medians)",
            peer.year_timing.median_seconds / ccx.median_seconds,
            "x",
            target_min=TARGET_SPEED_RATIO,
        ),
    ]


def _comparison_rows(
    name: str,
    ours: IntervalStaffing,
    peer: PeerRun,
    service: ServiceTarget,
    max_occupancy: float | None,
) -> list[Row]:
    compared = peer.intervals
    our_agents, our_scheduled = ours.agents[compared], ours.scheduled_agents[compared]
    their_agents, their_scheduled = peer.staffing.agents, peer.staffing.scheduled_agents
    traffic = ours.traffic_erlangs[compared]
    agents = agent_mismatches(
        traffic,
        ours.aht_seconds[compared],
        our_agents,
        their_agents,
        service.service_level_target,
        service.answer_seconds,
        max_occupancy,
    )
    scheduled = scheduled_mismatches(
        our_agents, their_agents, our_scheduled, their_scheduled, service.shrinkage
    )

    def label(position: int) -> str:
        return interval_label(int(compared[position]))

    return [
        Row(name, "intervals compared", len(compared), "count"),
        Row(
            name,
            "agent mismatches",
            agents.count,
            "count",
            target_max=0,
            fatal=True,
            note=agents.summary(our_agents, their_agents, traffic, label),
        ),
        # A scheduled-agent difference that is only pyworkforce's float-noise ceiling
        # is reported, but does not fail the run: our count is the right one.
        Row(
            name,
            "scheduled-agent mismatches (same agents)",
            scheduled.count,
            "count",
            target_max=0,
            fatal=scheduled.unexplained > 0,
            note=scheduled.summary(our_scheduled, their_scheduled, traffic, label),
        ),
    ]


def _case_rows(
    year: YearLoad, service: ServiceTarget, label: str, max_occupancy: float | None
) -> list[Row]:
    name = f"{NAME} · {label}"
    # required_staffing keeps what it staffed: each run starts without it, as a new
    # forecast does, so the work is timed and not the lookup of the last result.
    ccx_timing, ours = time_repeated(
        lambda: _ccx_staffing(year, service, max_occupancy),
        CCX_REPEATS,
        setup=clear_model_caches,
    )
    peer = _run_peer(year, service, max_occupancy)
    return [
        *_timing_rows(name, ccx_timing, peer, len(year)),
        *_comparison_rows(name, ours, peer, service, max_occupancy),
    ]


def _occupancy_cases(service: ServiceTarget) -> list[tuple[str, float | None]]:
    """The baseline cap, then no cap (the same case when the baseline has none)."""
    if service.max_occupancy is None:
        return [("no occupancy cap", None)]
    return [
        (f"occupancy cap {service.max_occupancy:.0%}", service.max_occupancy),
        ("no occupancy cap", None),
    ]


def _erlang_a_by_counting(year: YearLoad, intervals: IntArray, service: ServiceTarget) -> IntArray:
    """The fewest agents meeting every Erlang A constraint on ``intervals``, found by
    trying N = 0, 1, 2, … with ``erlang_a``'s measures (all sampled intervals at once)."""
    calls, aht = year.calls[intervals], year.aht_seconds[intervals]
    found = np.full(intervals.size, -1, dtype=np.int64)
    n = 0
    while (found < 0).any():
        measures = erlang_a(
            calls,
            aht,
            year.interval_minutes * 60.0,
            np.full(intervals.size, n),
            PATIENCE_SECONDS,
            service.answer_seconds,
        )
        met = (measures.service_level >= service.service_level_target) & (
            measures.probability_of_abandonment <= MAX_ABANDONMENT
        )
        if service.max_occupancy is not None:
            met &= measures.occupancy <= service.max_occupancy
        found[(found < 0) & met] = n
        n += 1
    return found


def _erlang_a_rows(year: YearLoad, service: ServiceTarget, erlang_c_agents: int) -> list[Row]:
    def staff() -> ErlangAStaffing:
        return agents_for_target_a(
            year.calls,
            year.aht_seconds,
            year.interval_minutes * 60.0,
            PATIENCE_SECONDS,
            service.answer_seconds,
            service.service_level_target,
            MAX_ABANDONMENT,
            service.max_occupancy,
        )

    timing, staffed = time_repeated(staff, ERLANG_A_REPEATS)
    rng = np.random.default_rng(ERLANG_A_SAMPLE_SEED)
    sample = np.sort(rng.choice(year.busy, size=ERLANG_A_SAMPLE, replace=False))
    counted = _erlang_a_by_counting(year, sample, service)
    differ = np.flatnonzero(staffed.agents[sample] != counted)
    first = (
        ""
        if not differ.size
        else f"; first: {interval_label(int(sample[differ[0]]))}, "
        f"{int(staffed.agents[sample[differ[0]]])} against {int(counted[differ[0]])}"
    )
    busy = staffed.binding != "none"
    binding = ", ".join(
        f"{name} {int((staffed.binding == name).sum()):,}"
        for name in ("target", "abandonment", "occupancy")
    )
    cap = "none" if service.max_occupancy is None else f"{service.max_occupancy:.0%}"
    return [
        Row(
            ERLANG_A_NAME,
            "ccx agents_for_target_a, best",
            timing.best_seconds,
            "s",
            note=(
                f"{timing.repeats} runs after 1 warm-up, {len(year):,} intervals; patience "
                f"{PATIENCE_SECONDS:.0f} s, target {service.service_level_target:.0%} of all "
                f"calls in {service.answer_seconds:.0f} s, abandonment ≤ {MAX_ABANDONMENT:.0%}, "
                f"occupancy cap {cap}"
            ),
        ),
        Row(
            ERLANG_A_NAME,
            "ccx agents_for_target_a, median",
            timing.median_seconds,
            "s",
            target_max=ERLANG_A_TARGET_SECONDS,
        ),
        Row(
            ERLANG_A_NAME,
            f"agent mismatches with a plain search ({ERLANG_A_SAMPLE} sampled busy intervals)",
            differ.size,
            "count",
            target_max=0,
            fatal=True,
            note=(
                f"intervals drawn with seed {ERLANG_A_SAMPLE_SEED}; N = 0, 1, 2, … measured "
                f"with erlang_a until every constraint holds{first}"
            ),
        ),
        Row(
            ERLANG_A_NAME,
            "agent-intervals, Erlang A against Erlang C (same cap)",
            (float(staffed.agents.sum()) / erlang_c_agents - 1.0) * 100.0,
            "%",
            note=f"binding constraint per busy interval: {binding}",
        ),
        Row(
            ERLANG_A_NAME,
            "calls hanging up (call-weighted)",
            float(
                np.sum(staffed.probability_of_abandonment[busy] * year.calls[busy])
                / year.calls[busy].sum()
            )
            * 100.0,
            "%",
        ),
    ]


def staffing_year() -> list[Row]:
    """Staff a deterministic year of the baseline scenario with ccx and pyworkforce."""
    require_pyworkforce()  # fail fast, and keep its import out of the timings
    scenario = Scenario()
    year = year_of_intervals(scenario)
    traffic = traffic_erlangs(year.calls, year.aht_seconds, year.interval_minutes * 60.0)
    rows = [
        Row(NAME, "intervals (365 days × 96)", len(year), "count"),
        Row(NAME, "busy intervals (calls > 0)", len(year.busy), "count"),
        Row(NAME, "peak traffic", float(traffic.max()), "Erl"),
    ]
    for label, max_occupancy in _occupancy_cases(scenario.service):
        rows.extend(_case_rows(year, scenario.service, label, max_occupancy))
    erlang_c = _ccx_staffing(year, scenario.service, scenario.service.max_occupancy)
    rows.extend(_erlang_a_rows(year, scenario.service, int(erlang_c.agents.sum())))
    return rows
