"""The cost of serving each channel, and of each contact reason and causing department.

Staff-related cost (wages, team leaders, overhead, software, attrition and an
attrition programme) is shared by FTE over the phone, chat, email, back office and
outbound; outbound is selling, not service, and is left out here. The provider's
fee (and what outsourcing leaves behind) belongs to the phone; the chatbot's and
self-service's costs to the channel they front (self-service deflects phone calls).
Direct costs of selling, a quality programme and recurring investments are no
channel's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .channels import chatbot_front_channel
from .failure_demand import FailureDemandCosts, after_cuts, attribute_costs

if TYPE_CHECKING:
    from .evaluate import Evaluation


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


def channel_costs(evaluation: Evaluation) -> dict[str, ChannelCost]:
    """The cost of serving each channel, its contacts and its handle time."""
    cost, channels = evaluation.cost, evaluation.channels
    staff_cost = (
        cost.total_eur
        - cost.commercial_direct_eur
        - cost.quality_programme_eur
        - cost.outsourcing_eur
        - cost.digital_channels_eur
        - cost.recurring_investments_eur
    )
    fte = {
        "phone": evaluation.staffing.fte,
        "chat": channels.chat.fte,
        "email": channels.email.fte,
        "back_office": channels.back_office.fte,
    }
    per_fte = staff_cost / evaluation.fte if evaluation.fte > 0 else 0.0
    result = {name: per_fte * value for name, value in fte.items()}
    result["phone"] += cost.outsourcing_eur + channels.self_service.direct_cost_eur_per_year
    bot_front = chatbot_front_channel(evaluation.scenario.channels)
    result[bot_front] += channels.chatbot.direct_cost_eur_per_year
    intervals = evaluation.staffing.intervals
    phone_calls = float(intervals.calls.sum()) * 52.0
    phone_aht = (
        float((intervals.calls * intervals.aht_seconds).sum()) / float(intervals.calls.sum())
        if phone_calls > 0
        else evaluation.scenario.demand.aht_seconds
    )
    settings = evaluation.scenario.channels
    contacts = {
        "phone": phone_calls + evaluation.provider.calls_per_month * 12.0,
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


def failure_demand_costs(evaluation: Evaluation) -> FailureDemandCosts:
    """The service cost per contact reason and causing department (parts add up)."""
    channels = evaluation.channel_costs()
    demand = evaluation.scenario.failure_demand
    return attribute_costs(
        after_cuts(demand.reasons, demand.cuts),
        {name: c.cost_eur_per_year for name, c in channels.items()},
        {name: c.contacts_per_year for name, c in channels.items()},
        {name: c.aht_seconds for name, c in channels.items()},
    )
