"""Staffing for a typical week: the phone volume after every lever, Erlang C per
interval, weekly hours, FTE and heads; outbound as workload.

The phone volume is today's, less the avoidable calls a scenario cuts, re-scaled for
its first-contact resolution; an outsourcing provider takes its share; self-service,
the shift to chat and a chatbot then take theirs (``channels``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .abandonment import NO_ABANDONMENT, Abandonment, erlang_a_staffing, with_callbacks
from .channels import phone_volume_adjustment
from .cost import headcount_for
from .failure_demand import remaining_share, remaining_workload_share
from .limits import check_interval_traffic
from .outsourcing import quality_effect
from .pattern import WeeklyLoad, weekly_load
from .quality import calls_at_resolution
from .revenue import extra_inbound_handle_seconds, outbound_work
from .scenario import Scenario
from .staffing import IntervalStaffing, required_staffing
from .targeted import cross_sell_inputs, outbound_inputs


@dataclass(frozen=True)
class StaffingSummary:
    """A week of interval staffing and what it means in FTE and heads."""

    load: WeeklyLoad
    intervals: IntervalStaffing
    productive_hours_per_week: float
    scheduled_hours_per_week: float
    fte: float
    headcount: int
    peak_agents: int
    peak_scheduled_agents: int
    service_level: float
    asa_seconds: float
    occupancy: float
    workload_erlang_hours_per_week: float
    # Callers who hang up (Erlang A, with a patience); none under Erlang C.
    abandonment: Abandonment = NO_ABANDONMENT


def phone_cut_factors(scenario: Scenario) -> tuple[float, float]:
    """(contacts, handle time) multipliers from the scenario's failure-demand cuts.

    Cutting a reason with long calls removes more workload than its share of
    contacts: the remaining calls' average handle time changes accordingly.
    """
    demand = scenario.failure_demand
    if not demand.cuts:
        return 1.0, 1.0
    contacts = remaining_share(demand.reasons, demand.cuts, "phone")
    workload = remaining_workload_share(
        demand.reasons, demand.cuts, "phone", scenario.demand.aht_seconds
    )
    return contacts, (workload / contacts if contacts > 0 else 1.0)


def phone_calls_per_month(scenario: Scenario) -> tuple[float, float]:
    """(in-house, provider) phone calls per month.

    Today's calls, less the avoidable calls the scenario cuts, re-scaled for the
    first-contact resolution (fewer unresolved issues, fewer repeats). An outsourcing
    provider takes its share of the issues and resolves them at its own rate.
    """
    quality, outsourcing = scenario.quality, scenario.outsourcing
    contacts_factor, _ = phone_cut_factors(scenario)
    calls = scenario.demand.calls_per_month * contacts_factor
    resolution = quality.first_contact_resolution_target
    share = outsourcing.share_of_volume if outsourcing.active else 0.0
    in_house = (1.0 - share) * calls_at_resolution(calls, quality, resolution)
    provider_resolution = quality_effect(outsourcing, resolution)
    provider = share * calls_at_resolution(calls, quality, provider_resolution)
    return in_house, provider


def inbound_calls_per_month(scenario: Scenario) -> float:
    """In-house inbound phone calls per month: ``phone_calls_per_month``'s in-house
    calls, less what self-service, the shift to chat and the chatbot take away (plus
    the chatbot's escalations to the phone)."""
    phone, _ = phone_volume_adjustment(scenario.channels, phone_calls_per_month(scenario)[0])
    return phone


def summarise_staffing(scenario: Scenario, calls_per_month: float | None = None) -> StaffingSummary:
    """Interval staffing → weekly hours → FTE → headcount, for the in-house calls (or
    ``calls_per_month``, e.g. a provider's, with the same pattern and targets).

    The volume is today's, corrected for the scenario's first-contact resolution; the
    handle time includes what selling and saving add to every call. Scheduled hours =
    Σ agents × interval hours ÷ (1 − shrinkage); FTE = scheduled hours ÷ full-time
    hours; headcount = FTE × full-time ÷ average contract hours, rounded up.
    """
    service, workforce = scenario.service, scenario.workforce
    load = weekly_load(
        scenario.pattern,
        inbound_calls_per_month(scenario) if calls_per_month is None else calls_per_month,
        scenario.demand.aht_seconds * phone_cut_factors(scenario)[1],
        service.interval_minutes,
        extra_inbound_handle_seconds(scenario.retention, cross_sell_inputs(scenario)),
    )
    check_interval_traffic(
        load.calls * load.aht_seconds / (service.interval_minutes * 60.0),
        "demand.calls_per_month",
    )
    abandonment = NO_ABANDONMENT
    patience = service.average_patience_seconds
    if patience is None:
        intervals = required_staffing(
            load.calls,
            load.aht_seconds,
            service.interval_minutes,
            service.service_level_target,
            service.answer_seconds,
            service.max_occupancy,
            service.shrinkage,
        )
    else:

        def staff(calls: np.ndarray) -> IntervalStaffing:
            return erlang_a_staffing(
                calls,
                load.aht_seconds,
                service.interval_minutes,
                service.service_level_target,
                service.answer_seconds,
                service.max_occupancy,
                service.shrinkage,
                patience,
                service.max_abandonment,
            )

        intervals, abandonment = with_callbacks(load.calls, service.abandon_callback_share, staff)
    hours_per_interval = service.interval_minutes / 60.0
    productive_hours = float(intervals.agents.sum()) * hours_per_interval
    scheduled_hours = productive_hours / (1.0 - service.shrinkage)
    fte = scheduled_hours / workforce.full_time_hours_per_week
    headcount = int(headcount_for(fte, workforce))
    calls_total = float(intervals.calls.sum())
    workload_hours = float(intervals.traffic_erlangs.sum()) * hours_per_interval
    # Call-weighted service level and ASA: what the average caller experiences.
    weights = intervals.calls / calls_total if calls_total > 0 else np.zeros_like(intervals.calls)
    return StaffingSummary(
        load=load,
        intervals=intervals,
        productive_hours_per_week=productive_hours,
        scheduled_hours_per_week=scheduled_hours,
        fte=fte,
        headcount=headcount,
        peak_agents=int(intervals.agents.max(initial=0)),
        peak_scheduled_agents=int(intervals.scheduled_agents.max(initial=0)),
        service_level=float(np.sum(weights * intervals.service_level)),
        asa_seconds=float(np.sum(weights * intervals.asa_seconds)),
        occupancy=workload_hours / productive_hours if productive_hours > 0 else 0.0,
        workload_erlang_hours_per_week=workload_hours,
        abandonment=abandonment,
    )


@dataclass(frozen=True)
class OutboundStaffing:
    """Agents for outbound campaigns: workload, not a queue."""

    dialled_per_month: float
    reached_per_month: float
    workload_hours_per_week: float
    scheduled_hours_per_week: float
    fte: float


def outbound_staffing(scenario: Scenario) -> OutboundStaffing:
    """Outbound productive hours ÷ (1 − shrinkage) → scheduled hours → FTE."""
    work = outbound_work(outbound_inputs(scenario))
    per_week = 12.0 / 52.0
    scheduled = work.productive_hours * per_week / (1.0 - scenario.service.shrinkage)
    return OutboundStaffing(
        dialled_per_month=work.dialled,
        reached_per_month=work.reached,
        workload_hours_per_week=work.workload_hours * per_week,
        scheduled_hours_per_week=scheduled,
        fte=scheduled / scenario.workforce.full_time_hours_per_week,
    )
