"""Evaluate a scenario at full effect: staffing for a typical week, the annual cost by
line, gross margin by stream, the cost of poor service, the provider's share.

Everything here is a year at full effect — every lever of the scenario working as
set. How the business case phases it in month by month is ``ledger``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from .attrition import AttritionResult, evaluate_attrition, reduced_attrition_rate
from .channel_costs import ChannelCost, channel_costs, failure_demand_costs
from .channels import ChannelsResult, evaluate_channels
from .cost import CostBreakdown, annual_cost, cost_per_contact_eur, headcount_for
from .failure_demand import FailureDemandCosts
from .outsourcing import blended_first_contact_resolution
from .pattern import weekly_weights
from .provider import ProviderResult, provider_result
from .quality import PoorService, poor_service, with_abandonment
from .revenue import StreamResult, cross_sell_stream, outbound_stream, retention_stream
from .scenario import Scenario
from .staffing_summary import (
    OutboundStaffing,
    StaffingSummary,
    outbound_staffing,
    phone_calls_per_month,
    phone_cut_factors,
    summarise_staffing,
)
from .targeted import cross_sell_inputs, outbound_inputs

__all__ = [
    "ChannelCost",
    "Evaluation",
    "OutboundStaffing",
    "Revenue",
    "StaffingSummary",
    "evaluate",
    "summarise_staffing",
]


@dataclass(frozen=True)
class Revenue:
    """External gross margin by stream, and the internal charge-back apart."""

    streams: tuple[StreamResult, ...]
    internal_charge_back_eur_per_year: float

    @property
    def total_eur(self) -> float:
        """External gross margin only: the charge-back is a transfer inside the company."""
        return sum(s.margin_eur_per_year for s in self.streams)

    @property
    def direct_cost_eur(self) -> float:
        return sum(s.direct_cost_eur_per_year for s in self.streams)

    def by_name(self) -> dict[str, StreamResult]:
        return {s.name: s for s in self.streams}


@dataclass(frozen=True)
class Evaluation:
    """One scenario at full effect. ``cost`` counts whole people (team leaders, heads);
    ``cost_exact`` the same centre with fractional ones, which the business case uses
    to say what each lever adds before rounding to whole people."""

    scenario: Scenario
    staffing: StaffingSummary
    outbound: OutboundStaffing
    cost: CostBreakdown
    cost_exact: CostBreakdown
    attrition: AttritionResult
    revenue: Revenue
    poor_service: PoorService
    provider: ProviderResult
    channels: ChannelsResult
    contacts_per_year: float
    fte: float
    headcount: int
    headcount_exact: float

    @cached_property
    def _channel_costs(self) -> dict[str, ChannelCost]:
        return channel_costs(self)

    def channel_costs(self) -> dict[str, ChannelCost]:
        """The cost of serving each channel, its contacts and handle time (``channel_costs``)."""
        return self._channel_costs

    @property
    def service_cost_eur(self) -> float:
        """The cost of serving contacts, over every service channel (selling left out)."""
        return sum(c.cost_eur_per_year for c in self.channel_costs().values())

    def failure_demand_costs(self) -> FailureDemandCosts:
        """The service cost per contact reason and causing department (parts add up)."""
        return failure_demand_costs(self)

    @property
    def net_result_eur(self) -> float:
        """External gross margin − total cost per year (the centre as a profit centre)."""
        return self.revenue.total_eur - self.cost.total_eur

    @property
    def annual_cost_eur(self) -> float:
        return self.cost.total_eur

    @property
    def cost_per_contact_eur(self) -> float:
        return cost_per_contact_eur(self.cost.total_eur, self.contacts_per_year)

    @property
    def cost_per_fte_eur(self) -> float:
        fte = self.fte_including_provider
        return self.cost.total_eur / fte if fte > 0 else 0.0

    @property
    def fte_including_provider(self) -> float:
        """In-house FTE plus the provider's FTE equivalent for the calls it takes."""
        return self.fte + self.provider.fte_equivalent

    @property
    def phone_service_level(self) -> float:
        """Call-weighted service level over the in-house and the provider's calls."""
        return self._phone_weighted(self.staffing.service_level, self.provider.service_level)

    @property
    def phone_asa_seconds(self) -> float:
        """Call-weighted average speed of answer over in-house and provider calls."""
        return self._phone_weighted(self.staffing.asa_seconds, self.provider.asa_seconds)

    def _phone_weighted(self, in_house: float, provider: float) -> float:
        own = float(self.staffing.intervals.calls.sum()) * 52.0 / 12.0
        theirs = self.provider.calls_per_month
        if own + theirs <= 0:
            return in_house
        return (own * in_house + theirs * provider) / (own + theirs)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready summary (the CLI's ``evaluate --json``)."""
        from .evaluation_json import evaluation_dict

        return evaluation_dict(self)


def _charge_back_eur(scenario: Scenario, cost_eur: float, contacts: float, hours: float) -> float:
    """Internal revenue: the centre's cost plus its margin, charged per contact or per
    productive hour. Cost-plus on the total equals rate × volume for either basis."""
    if (
        not scenario.charge_back.enabled
        or (contacts if scenario.charge_back.basis == "contact" else hours) <= 0
    ):
        return 0.0
    return cost_eur * (1.0 + scenario.charge_back.margin)


def _attrition_inputs(scenario: Scenario) -> Scenario:
    """The scenario with its attrition programme's drop applied to the attrition rate."""
    programme = scenario.attrition_programme
    if not programme.enabled:
        return scenario
    attrition = scenario.attrition
    rate = reduced_attrition_rate(
        attrition.attrition_rate_per_year, programme.attrition_drop, programme.attrition_drop_unit
    )
    return scenario.model_copy(
        update={"attrition": attrition.model_copy(update={"attrition_rate_per_year": rate})}
    )


@lru_cache(maxsize=128)
def evaluate(scenario: Scenario) -> Evaluation:
    """Evaluate one scenario end to end (pure: same input, same output, so the result is
    kept: a business case evaluates its baseline's starting centre again, and a risk
    run the same centre for many draws)."""
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
    headcount = int(headcount_for(fte, workforce))
    headcount_exact = headcount_for(fte, workforce, exact=True)
    attrition_scenario = _attrition_inputs(scenario)
    attrition = evaluate_attrition(
        attrition_scenario.attrition,
        headcount,
        workforce.loaded_hourly_wage_eur,
        workforce.average_contract_hours_per_week,
    )
    provider = provider_result(scenario, provider_calls)
    # The provider sells and saves too (its hours include every offer's handle time):
    # the streams run on every inbound phone call, in-house and at the provider.
    inbound_calls_per_year = (channels.phone_calls_per_month + provider.calls_per_month) * 12.0
    streams = (
        retention_stream(
            scenario.retention, inbound_calls_per_year, scenario.customers.margin_eur_per_year
        ),
        cross_sell_stream(cross_sell_inputs(scenario), inbound_calls_per_year),
        outbound_stream(outbound_inputs(scenario)),
    )
    by_name = {s.name: s for s in streams}
    programme = scenario.attrition_programme
    outsourcing = scenario.outsourcing
    bot = scenario.channels.chatbot
    bot_platform = bot.platform_cost_eur_per_month * 12.0 if bot.enabled else 0.0
    other_lines = {
        "retention_offers": by_name["retention"].direct_cost_eur_per_year,
        "sales_incentives": by_name["cross_sell"].direct_cost_eur_per_year
        + by_name["outbound"].direct_cost_eur_per_year
        - by_name["outbound"].fixed_cost_eur_per_year,
        "outbound_fixed": by_name["outbound"].fixed_cost_eur_per_year,
        "quality_programme": scenario.quality.improvement_cost_eur_per_month * 12.0,
        "digital_usage": channels.chatbot.direct_cost_eur_per_year - bot_platform,
        "digital_platforms": bot_platform + channels.self_service.direct_cost_eur_per_year,
        "provider_fee": provider.fee_eur_per_year,
        "retained_organisation": provider.retained_eur_per_year,
        # Overhead of the outsourced work that runs on (leases, buildings).
        "stranded_overhead": outsourcing.stranded_overhead_share
        * workforce.overhead_per_fte_eur_per_year
        * provider.fte_equivalent
        if outsourcing.active
        else 0.0,
        "recurring_investments": 12.0
        * sum(item.recurring_eur_per_month for item in scenario.business_case.investments),
    }

    def cost_of(heads: float, exact: bool) -> CostBreakdown:
        leavers_cost = (
            attrition.attrition_rate_per_year * heads * attrition.cost_per_leaver.total_eur
            if exact
            else attrition.annual_cost_eur
        )
        lines = other_lines | {
            "attrition_programme": programme.cost_eur_per_head_per_year * heads
            if programme.enabled
            else 0.0
        }
        return annual_cost(workforce, fte, heads, leavers_cost, exact=exact, **lines)

    cost = cost_of(headcount, exact=False)
    cost_exact = cost_of(headcount_exact, exact=True)
    # Every contact the centre answers: live channels, the provider's calls, outbound
    # customers reached, and what the chatbot and self-service resolve on their own.
    contacts = (
        channels.phone_calls_per_month * 12.0
        + provider.calls_per_month * 12.0
        + outbound.reached_per_month * 12.0
        + sum(c.contacts_per_year for c in channels.results if c.name != "chatbot")
        + channels.chatbot.contacts_per_year * scenario.channels.chatbot.containment_rate
    )
    hours = (
        staffing.productive_hours_per_week
        + outbound.scheduled_hours_per_week * (1 - scenario.service.shrinkage)
    ) * 52.0
    revenue = Revenue(streams, _charge_back_eur(scenario, cost.total_eur, contacts, hours))
    quality = scenario.quality
    return Evaluation(
        scenario=scenario,
        staffing=staffing,
        outbound=outbound,
        cost=cost,
        cost_exact=cost_exact,
        attrition=attrition,
        revenue=revenue,
        # Fewer avoidable contacts also means fewer issues left unresolved: fewer repeats,
        # fewer customers lost.
        poor_service=with_abandonment(
            poor_service(
                scenario.demand.calls_per_month * 12.0 * phone_cut_factors(scenario)[0],
                quality.model_copy(
                    update={
                        "first_contact_resolution_target": blended_first_contact_resolution(
                            outsourcing, quality.first_contact_resolution_target
                        )
                    }
                ),
                scenario.customers.margin_eur_per_year,
            ),
            staffing.abandonment.abandoned_per_week * 52.0,
            scenario.service.abandon_churn_share,
            quality,
            scenario.customers.margin_eur_per_year,
        ),
        provider=provider,
        channels=channels,
        contacts_per_year=contacts,
        fte=fte,
        headcount=headcount,
        headcount_exact=headcount_exact,
    )
