"""Cost-centre KPIs: what the centre costs a year, per contact and per FTE.

The annual cost is kept by line — the lines of the business case's monthly ledger
(``ledger_lines``) — so every page, slide and sheet adds up the same parts. The
familiar groups (commercial direct costs, outsourcing, digital channels) are sums of
lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from .centre_inputs import Workforce

WEEKS_PER_YEAR = 52.0


@dataclass(frozen=True)
class CostBreakdown:
    """Annual cost of the centre by line (EUR per year).

    ``team_leaders`` is the number of team leaders: whole people, or a fraction in
    the exact variant the business case uses to attribute levers (see ``annual_cost``).
    """

    agent_wages_eur: float
    team_leaders_eur: float
    overhead_eur: float
    software_eur: float
    attrition_eur: float
    team_leaders: float
    retention_offers_eur: float = 0.0
    sales_incentives_eur: float = 0.0
    outbound_fixed_eur: float = 0.0
    quality_programme_eur: float = 0.0
    digital_usage_eur: float = 0.0
    digital_platforms_eur: float = 0.0
    provider_fee_eur: float = 0.0
    retained_organisation_eur: float = 0.0
    stranded_overhead_eur: float = 0.0
    attrition_programme_eur: float = 0.0
    recurring_investments_eur: float = 0.0

    def lines(self) -> dict[str, float]:
        """Ledger line key → EUR per year (see ``ledger_lines.LINES``); they add up to
        ``total_eur``."""
        return {
            f.name.removesuffix("_eur"): float(getattr(self, f.name))
            for f in fields(self)
            if f.name.endswith("_eur")
        }

    @property
    def total_eur(self) -> float:
        return float(sum(self.lines().values()))

    @property
    def commercial_direct_eur(self) -> float:
        """Direct costs of selling and saving: offers, incentives, dialler and compliance."""
        return self.retention_offers_eur + self.sales_incentives_eur + self.outbound_fixed_eur

    @property
    def outsourcing_eur(self) -> float:
        """The provider's fee, the retained organisation and overhead left behind."""
        return self.provider_fee_eur + self.retained_organisation_eur + self.stranded_overhead_eur

    @property
    def digital_channels_eur(self) -> float:
        return self.digital_usage_eur + self.digital_platforms_eur

    def parts(self) -> dict[str, float]:
        """Component name → EUR per year, grouped for a chart; they add up to ``total_eur``."""
        return {
            "agent_wages": self.agent_wages_eur,
            "team_leaders": self.team_leaders_eur,
            "overhead": self.overhead_eur,
            "software": self.software_eur,
            "attrition": self.attrition_eur + self.attrition_programme_eur,
            "commercial_direct": self.commercial_direct_eur,
            "quality_programme": self.quality_programme_eur + self.recurring_investments_eur,
            "outsourcing": self.outsourcing_eur,
            "digital_channels": self.digital_channels_eur,
        }


def headcount_for(fte: float, workforce: Workforce, exact: bool = False) -> float:
    """Heads for ``fte``: ``FTE × full-time ÷ contract hours``, rounded up to whole people
    (unless ``exact``; float noise is rounded away before the ceiling).

    >>> headcount_for(10, Workforce()), headcount_for(10, Workforce(), exact=True)
    (12, 12.0)
    """
    heads = fte * workforce.full_time_hours_per_week / workforce.average_contract_hours_per_week
    return heads if exact else math.ceil(round(heads, 9))


def annual_cost(
    workforce: Workforce,
    fte: float,
    headcount: float,
    attrition_cost_eur: float,
    exact: bool = False,
    **other_lines_eur: float,
) -> CostBreakdown:
    """Annual cost: agent wages (FTE × full-time hours × 52 × loaded wage), team
    leaders (one per N agents, rounded up to whole people), overhead per FTE, software
    per agent, the replacement cost of leavers, plus ``other_lines_eur`` (the direct
    costs of selling, a quality programme, channels, a provider …, named as the
    fields of ``CostBreakdown`` without ``_eur``).

    ``exact`` counts fractional team leaders (headcount ÷ span) — with a fractional
    headcount, the exact variant the business case uses to say what each lever adds
    before rounding to whole people.

    >>> c = annual_cost(Workforce(), fte=10, headcount=12, attrition_cost_eur=0)
    >>> c.agent_wages_eur, c.team_leaders, c.total_eur
    (374400.0, 1, 488800.0)
    >>> annual_cost(Workforce(), fte=10, headcount=12, attrition_cost_eur=0, exact=True).team_leaders
    0.8
    """
    span = headcount / workforce.agents_per_team_leader
    team_leaders = span if exact else math.ceil(round(span, 9))
    return CostBreakdown(
        agent_wages_eur=fte
        * workforce.full_time_hours_per_week
        * WEEKS_PER_YEAR
        * workforce.loaded_hourly_wage_eur,
        team_leaders_eur=team_leaders * workforce.team_leader_cost_eur_per_year,
        overhead_eur=fte * workforce.overhead_per_fte_eur_per_year,
        software_eur=headcount * workforce.software_per_agent_eur_per_year,
        attrition_eur=attrition_cost_eur,
        team_leaders=team_leaders,
        **{f"{name}_eur": value for name, value in other_lines_eur.items()},
    )


def cost_per_contact_eur(total_cost_eur: float, contacts_per_year: float) -> float:
    """Annual cost divided by the contacts handled in a year.

    >>> cost_per_contact_eur(1_000_000, 400_000)
    2.5
    """
    return total_cost_eur / contacts_per_year if contacts_per_year > 0 else 0.0
