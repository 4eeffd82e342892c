"""Evaluate a scenario: staffing for a typical week, annual cost, attrition."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .attrition import AttritionResult, evaluate_attrition
from .channels import (
    ChannelsResult,
    chatbot_front_channel,
    evaluate_channels,
    phone_volume_adjustment,
)
from .cost import CostBreakdown, annual_cost, cost_per_contact_eur
from .failure_demand import (
    FailureDemandCosts,
    after_cuts,
    attribute_costs,
    remaining_share,
    remaining_workload_share,
)
from .limits import check_interval_traffic
from .outsourcing import (
    blended_first_contact_resolution,
    provider_cost_eur_per_year,
    quality_effect,
    retained_cost_eur_per_year,
)
from .pattern import WeeklyLoad, weekly_load, weekly_weights
from .quality import PoorService, calls_at_resolution, poor_service
from .revenue import (
    StreamResult,
    cross_sell_stream,
    extra_inbound_handle_seconds,
    outbound_stream,
    outbound_work,
    retention_stream,
)
from .scenario import Scenario
from .staffing import IntervalStaffing, required_staffing


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
        extra_inbound_handle_seconds(scenario.retention, scenario.cross_sell),
    )
    check_interval_traffic(
        load.calls * load.aht_seconds / (service.interval_minutes * 60.0),
        "demand.calls_per_month",
    )
    intervals = required_staffing(
        load.calls,
        load.aht_seconds,
        service.interval_minutes,
        service.service_level_target,
        service.answer_seconds,
        service.max_occupancy,
        service.shrinkage,
    )
    hours_per_interval = service.interval_minutes / 60.0
    productive_hours = float(intervals.agents.sum()) * hours_per_interval
    scheduled_hours = productive_hours / (1.0 - service.shrinkage)
    fte = scheduled_hours / workforce.full_time_hours_per_week
    headcount = math.ceil(
        round(
            fte * workforce.full_time_hours_per_week / workforce.average_contract_hours_per_week, 9
        )
    )
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
    work = outbound_work(scenario.outbound)
    per_week = 12.0 / 52.0
    scheduled = work.productive_hours * per_week / (1.0 - scenario.service.shrinkage)
    return OutboundStaffing(
        dialled_per_month=work.dialled,
        reached_per_month=work.reached,
        workload_hours_per_week=work.workload_hours * per_week,
        scheduled_hours_per_week=scheduled,
        fte=scheduled / scenario.workforce.full_time_hours_per_week,
    )


@dataclass(frozen=True)
class ProviderResult:
    """The outsourcing provider's share: its calls, the hours it bills, what it costs."""

    calls_per_month: float
    productive_hours_per_year: float
    first_contact_resolution: float
    fee_eur_per_year: float
    retained_eur_per_year: float


def provider_result(scenario: Scenario, calls_per_month: float) -> ProviderResult:
    """Price the provider's volume: its productive hours come from the same Erlang C
    staffing as in-house (same pattern, same service level)."""
    outsourcing = scenario.outsourcing
    hours = 0.0
    if calls_per_month > 0:
        hours = summarise_staffing(scenario, calls_per_month).productive_hours_per_week * 52.0
    return ProviderResult(
        calls_per_month=calls_per_month,
        productive_hours_per_year=hours,
        first_contact_resolution=quality_effect(
            outsourcing, scenario.quality.first_contact_resolution_target
        ),
        fee_eur_per_year=provider_cost_eur_per_year(outsourcing, hours, calls_per_month * 12.0),
        retained_eur_per_year=retained_cost_eur_per_year(outsourcing),
    )


@dataclass(frozen=True)
class Revenue:
    """External revenue (gross margin) by stream, and internal charge-back apart."""

    streams: tuple[StreamResult, ...]
    internal_charge_back_eur_per_year: float

    @property
    def total_eur(self) -> float:
        """External revenue only: the charge-back is a transfer inside the company."""
        return sum(s.margin_eur_per_year for s in self.streams)

    @property
    def direct_cost_eur(self) -> float:
        return sum(s.direct_cost_eur_per_year for s in self.streams)

    def by_name(self) -> dict[str, StreamResult]:
        return {s.name: s for s in self.streams}


@dataclass(frozen=True)
class ChannelCost:
    """A service channel's cost per year, with what it serves."""

    cost_eur_per_year: float
    contacts_per_year: float
    aht_seconds: float
    fte: float

    @property
    def cost_per_contact_eur(self) -> float:
        return (
            self.cost_eur_per_year / self.contacts_per_year if self.contacts_per_year > 0 else 0.0
        )


@dataclass(frozen=True)
class Evaluation:
    scenario: Scenario
    staffing: StaffingSummary
    outbound: OutboundStaffing
    cost: CostBreakdown
    attrition: AttritionResult
    revenue: Revenue
    poor_service: PoorService
    provider: ProviderResult
    channels: ChannelsResult
    contacts_per_year: float
    fte: float
    headcount: int

    def _failure_demand_dict(self) -> dict[str, object]:
        costs = self.failure_demand_costs()
        return {
            "avoidable_cost_eur": round(costs.avoidable_cost_eur_per_year, 2),
            "avoidable_share_of_cost": round(costs.avoidable_share, 6),
            "by_department_eur": {
                (name or "(not avoidable)"): round(value, 2)
                for name, value in costs.by_department().items()
            },
            "by_reason": [
                {
                    "reason": r.reason,
                    "department": r.department,
                    "channel": r.channel,
                    "avoidable": r.avoidable,
                    "contacts_per_year": round(r.contacts_per_year, 2),
                    "cost_eur": round(r.cost_eur_per_year, 2),
                }
                for r in costs.reasons
            ],
        }

    def channel_costs(self) -> dict[str, ChannelCost]:
        """The cost of serving each channel, its contacts and its handle time.

        Staff-related cost (wages, team leaders, overhead, software, attrition) is
        shared by FTE over the phone, chat, email, back office and outbound; outbound
        is selling, not service, and is left out here. The provider's fee belongs to
        the phone; the chatbot's and self-service's costs to the channel the bot
        fronts (self-service deflects phone calls).
        """
        cost, channels = self.cost, self.channels
        staff_cost = (
            cost.total_eur
            - cost.commercial_direct_eur
            - cost.quality_programme_eur
            - cost.outsourcing_eur
            - cost.digital_channels_eur
        )
        fte = {
            "phone": self.staffing.fte,
            "chat": channels.chat.fte,
            "email": channels.email.fte,
            "back_office": channels.back_office.fte,
        }
        per_fte = staff_cost / self.fte if self.fte > 0 else 0.0
        result = {name: per_fte * value for name, value in fte.items()}
        result["phone"] += cost.outsourcing_eur + channels.self_service.direct_cost_eur_per_year
        bot_front = chatbot_front_channel(self.scenario.channels)
        result[bot_front] += channels.chatbot.direct_cost_eur_per_year
        intervals = self.staffing.intervals
        phone_calls = float(intervals.calls.sum()) * 52.0
        phone_aht = (
            float((intervals.calls * intervals.aht_seconds).sum()) / float(intervals.calls.sum())
            if phone_calls > 0
            else self.scenario.demand.aht_seconds
        )
        settings = self.scenario.channels
        contacts = {
            "phone": phone_calls + self.provider.calls_per_month * 12.0,
            "chat": channels.chat.contacts_per_year,
            "email": channels.email.contacts_per_year,
            "back_office": channels.back_office.contacts_per_year,
        }
        aht = {
            "phone": phone_aht,
            "chat": settings.chat.aht_seconds,
            "email": settings.email.handle_seconds,
            "back_office": settings.back_office.handle_seconds,
        }
        return {
            name: ChannelCost(result[name], contacts[name], aht[name], fte[name])
            for name in fte
            if contacts[name] > 0 or result[name] > 0
        }

    @property
    def service_cost_eur(self) -> float:
        """The cost of serving contacts, over every service channel (selling left out)."""
        return sum(c.cost_eur_per_year for c in self.channel_costs().values())

    def failure_demand_costs(self) -> FailureDemandCosts:
        """The service cost per contact reason and causing department (parts add up)."""
        channels = self.channel_costs()
        demand = self.scenario.failure_demand
        return attribute_costs(
            after_cuts(demand.reasons, demand.cuts),
            {name: c.cost_eur_per_year for name, c in channels.items()},
            {name: c.contacts_per_year for name, c in channels.items()},
            {name: c.aht_seconds for name, c in channels.items()},
        )

    @property
    def net_result_eur(self) -> float:
        """External revenue − total cost per year (the centre as a profit centre)."""
        return self.revenue.total_eur - self.cost.total_eur

    @property
    def annual_cost_eur(self) -> float:
        return self.cost.total_eur

    @property
    def cost_per_contact_eur(self) -> float:
        return cost_per_contact_eur(self.cost.total_eur, self.contacts_per_year)

    @property
    def cost_per_fte_eur(self) -> float:
        return self.cost.total_eur / self.fte if self.fte > 0 else 0.0

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready summary (the CLI's ``evaluate --json``)."""
        s, a = self.staffing, self.attrition
        return {
            "scenario": self.scenario.name,
            "headcount": self.headcount,
            "fte": round(self.fte, 2),
            "inbound_fte": round(s.fte, 2),
            "outbound_fte": round(self.outbound.fte, 2),
            "productive_hours_per_week": round(s.productive_hours_per_week, 2),
            "scheduled_hours_per_week": round(s.scheduled_hours_per_week, 2),
            "peak_agents": s.peak_agents,
            "service_level": round(s.service_level, 4),
            "asa_seconds": round(s.asa_seconds, 2),
            "occupancy": round(s.occupancy, 4),
            "contacts_per_year": round(self.contacts_per_year, 2),
            "annual_cost_eur": round(self.annual_cost_eur, 2),
            "cost_per_contact_eur": round(self.cost_per_contact_eur, 4),
            "cost_per_fte_eur": round(self.cost_per_fte_eur, 2),
            "cost_breakdown_eur": {k: round(v, 2) for k, v in self.cost.parts().items()},
            "attrition": {
                "attrition_rate_per_year": a.attrition_rate_per_year,
                "leavers_per_year": round(a.leavers_per_year, 2),
                "cost_per_leaver_eur": round(a.cost_per_leaver.total_eur, 2),
                "cost_per_leaver_breakdown_eur": {
                    "recruitment": round(a.cost_per_leaver.recruitment_eur, 2),
                    "initial_training": round(a.cost_per_leaver.training_wage_eur, 2),
                    "trainer": round(a.cost_per_leaver.trainer_eur, 2),
                    "ramp_up": round(a.cost_per_leaver.ramp_up_eur, 2),
                },
                "annual_cost_eur": round(a.annual_cost_eur, 2),
                "drop": a.drop,
                "drop_unit": a.drop_unit,
                "reduced_rate_per_year": round(a.reduced_rate_per_year, 6),
                "saving_eur_per_year": round(a.saving_eur_per_year, 2),
                "saving_per_10_points_eur": round(a.saving_per_10_points_eur, 2),
            },
            "revenue": {
                **{
                    stream.name: {
                        "margin_eur": round(stream.margin_eur_per_year, 2),
                        "direct_cost_eur": round(stream.direct_cost_eur_per_year, 2),
                        "net_eur": round(stream.net_eur_per_year, 2),
                        "volumes_per_year": {
                            k: round(v, 2) for k, v in stream.volumes_per_year.items()
                        },
                    }
                    for stream in self.revenue.streams
                },
                "total_eur": round(self.revenue.total_eur, 2),
                "internal_charge_back_eur": round(
                    self.revenue.internal_charge_back_eur_per_year, 2
                ),
            },
            "net_result_eur": round(self.net_result_eur, 2),
            "outsourcing": {
                "enabled": self.scenario.outsourcing.active,
                "share_of_volume": self.scenario.outsourcing.share_of_volume
                if self.scenario.outsourcing.active
                else 0.0,
                "provider_calls_per_year": round(self.provider.calls_per_month * 12.0, 2),
                "provider_productive_hours_per_year": round(
                    self.provider.productive_hours_per_year, 2
                ),
                "provider_first_contact_resolution": round(
                    self.provider.first_contact_resolution, 6
                ),
                "provider_fee_eur": round(self.provider.fee_eur_per_year, 2),
                "retained_organisation_eur": round(self.provider.retained_eur_per_year, 2),
            },
            "channels": {
                name: {
                    "contacts_per_year": round(c.contacts_per_year, 2),
                    "fte": round(c.fte, 2),
                    "cost_eur": round(c.cost_eur_per_year, 2),
                    "cost_per_contact_eur": round(c.cost_per_contact_eur, 4),
                }
                for name, c in self.channel_costs().items()
            }
            | {
                "chatbot": {
                    "conversations_per_year": round(self.channels.chatbot.contacts_per_year, 2),
                    "cost_eur": round(self.channels.chatbot.direct_cost_eur_per_year, 2),
                },
                "self_service": {
                    "calls_avoided_per_year": round(
                        self.channels.self_service.contacts_per_year, 2
                    ),
                    "cost_eur": round(self.channels.self_service.direct_cost_eur_per_year, 2),
                },
            },
            "failure_demand": self._failure_demand_dict(),
            "poor_service": {
                "repeat_contacts_per_year": round(self.poor_service.repeat_contacts_per_year, 2),
                "customers_lost_per_year": round(self.poor_service.customers_lost_per_year, 2),
                "lost_margin_eur_per_year": round(self.poor_service.lost_margin_eur_per_year, 2),
            },
        }


def _charge_back_eur(scenario: Scenario, cost_eur: float, contacts: float, hours: float) -> float:
    """Internal revenue: the centre's cost plus its margin, charged per contact or per
    productive hour. Cost-plus on the total equals rate × volume for either basis."""
    if (
        not scenario.charge_back.enabled
        or (contacts if scenario.charge_back.basis == "contact" else hours) <= 0
    ):
        return 0.0
    return cost_eur * (1.0 + scenario.charge_back.margin)


def evaluate(scenario: Scenario) -> Evaluation:
    """Evaluate one scenario end to end (pure: same input, same output)."""
    service, workforce = scenario.service, scenario.workforce
    in_house_calls, provider_calls = phone_calls_per_month(scenario)
    channels = evaluate_channels(
        scenario.channels,
        in_house_calls,
        weekly_weights(scenario.pattern, service.interval_minutes),
        service.interval_minutes,
        service.shrinkage,
        workforce.full_time_hours_per_week,
    )
    staffing = summarise_staffing(scenario, channels.phone_calls_per_month)
    outbound = outbound_staffing(scenario)
    fte = staffing.fte + outbound.fte + channels.fte
    headcount = math.ceil(
        round(
            fte * workforce.full_time_hours_per_week / workforce.average_contract_hours_per_week, 9
        )
    )
    attrition = evaluate_attrition(
        scenario.attrition,
        headcount,
        workforce.loaded_hourly_wage_eur,
        workforce.average_contract_hours_per_week,
    )
    inbound_calls_per_year = channels.phone_calls_per_month * 12.0
    provider = provider_result(scenario, provider_calls)
    streams = (
        retention_stream(
            scenario.retention, inbound_calls_per_year, scenario.customers.margin_eur_per_year
        ),
        cross_sell_stream(scenario.cross_sell, inbound_calls_per_year),
        outbound_stream(scenario.outbound),
    )
    quality = scenario.quality
    quality_programme = quality.improvement_cost_eur_per_month * 12.0
    cost = annual_cost(
        workforce,
        fte,
        headcount,
        attrition.annual_cost_eur,
        commercial_direct_eur=sum(s.direct_cost_eur_per_year for s in streams),
        quality_programme_eur=quality_programme,
        outsourcing_eur=provider.fee_eur_per_year + provider.retained_eur_per_year,
        digital_channels_eur=channels.direct_cost_eur_per_year,
    )
    # Every contact the centre answers: live channels, the provider's calls, outbound
    # customers reached, and what the chatbot and self-service resolve on their own.
    contacts = (
        inbound_calls_per_year
        + provider_calls * 12.0
        + outbound.reached_per_month * 12.0
        + sum(c.contacts_per_year for c in channels.results if c.name != "chatbot")
        + channels.chatbot.contacts_per_year * scenario.channels.chatbot.containment_rate
    )
    hours = (
        staffing.productive_hours_per_week
        + outbound.scheduled_hours_per_week * (1 - scenario.service.shrinkage)
    ) * 52.0
    revenue = Revenue(streams, _charge_back_eur(scenario, cost.total_eur, contacts, hours))
    return Evaluation(
        scenario=scenario,
        staffing=staffing,
        outbound=outbound,
        cost=cost,
        attrition=attrition,
        revenue=revenue,
        # Fewer avoidable contacts also means fewer issues left unresolved: fewer repeats,
        # fewer customers lost.
        poor_service=poor_service(
            scenario.demand.calls_per_month * 12.0 * phone_cut_factors(scenario)[0],
            quality.model_copy(
                update={
                    "first_contact_resolution_target": blended_first_contact_resolution(
                        scenario.outsourcing, quality.first_contact_resolution_target
                    )
                }
            ),
            scenario.customers.margin_eur_per_year,
        ),
        provider=provider,
        channels=channels,
        contacts_per_year=contacts,
        fte=fte,
        headcount=headcount,
    )
