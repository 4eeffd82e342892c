"""Cost-centre KPIs: what the centre costs a year, per contact and per FTE."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .scenario import Workforce

WEEKS_PER_YEAR = 52.0


@dataclass(frozen=True)
class CostBreakdown:
    """Annual cost of the centre by component (EUR per year)."""

    agent_wages_eur: float
    team_leaders_eur: float
    overhead_eur: float
    software_eur: float
    attrition_eur: float
    team_leaders: int
    commercial_direct_eur: float = 0.0
    quality_programme_eur: float = 0.0
    outsourcing_eur: float = 0.0
    digital_channels_eur: float = 0.0

    @property
    def total_eur(self) -> float:
        return (
            self.agent_wages_eur
            + self.team_leaders_eur
            + self.overhead_eur
            + self.software_eur
            + self.attrition_eur
            + self.commercial_direct_eur
            + self.quality_programme_eur
            + self.outsourcing_eur
            + self.digital_channels_eur
        )

    def parts(self) -> dict[str, float]:
        """Component name → EUR per year; the parts add up to ``total_eur``."""
        return {
            "agent_wages": self.agent_wages_eur,
            "team_leaders": self.team_leaders_eur,
            "overhead": self.overhead_eur,
            "software": self.software_eur,
            "attrition": self.attrition_eur,
            "commercial_direct": self.commercial_direct_eur,
            "quality_programme": self.quality_programme_eur,
            "outsourcing": self.outsourcing_eur,
            "digital_channels": self.digital_channels_eur,
        }


def annual_cost(
    workforce: Workforce,
    fte: float,
    headcount: float,
    attrition_cost_eur: float,
    commercial_direct_eur: float = 0.0,
    quality_programme_eur: float = 0.0,
    outsourcing_eur: float = 0.0,
    digital_channels_eur: float = 0.0,
) -> CostBreakdown:
    """Annual cost: agent wages (FTE × full-time hours × 52 × loaded wage), team
    leaders (one per N agents, rounded up), overhead per FTE, software per agent,
    the replacement cost of leavers, and the direct costs of selling (incentives,
    save offers, dialler, compliance) and of a quality programme.

    >>> c = annual_cost(Workforce(), fte=10, headcount=12, attrition_cost_eur=0)
    >>> c.agent_wages_eur, c.team_leaders, c.total_eur
    (374400.0, 1, 488800.0)
    """
    team_leaders = math.ceil(round(headcount / workforce.agents_per_team_leader, 9))
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
        commercial_direct_eur=commercial_direct_eur,
        quality_programme_eur=quality_programme_eur,
        outsourcing_eur=outsourcing_eur,
        digital_channels_eur=digital_channels_eur,
    )


def cost_per_contact_eur(total_cost_eur: float, contacts_per_year: float) -> float:
    """Annual cost divided by the contacts handled in a year.

    >>> cost_per_contact_eur(1_000_000, 400_000)
    2.5
    """
    return total_cost_eur / contacts_per_year if contacts_per_year > 0 else 0.0
