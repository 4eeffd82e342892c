"""The outsourcing provider's share of the phones: its calls, its service, what it costs.

The provider's productive hours come from the same Erlang C staffing as in-house
(same pattern, same service target), so its service level and answer time are the
model's, and its "FTE equivalent" is what the same calls would take in-house:
productive hours ÷ (1 − shrinkage) ÷ full-time hours. A fully outsourced centre
therefore never reads 0 FTE or a 0% service level: those are the provider's.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cost import headcount_for
from .outsourcing import provider_cost_eur_per_year, quality_effect, retained_cost_eur_per_year
from .scenario import Scenario
from .staffing_summary import summarise_staffing


@dataclass(frozen=True)
class ProviderResult:
    """The provider's share at full effect (0 everywhere when nothing is outsourced)."""

    calls_per_month: float
    productive_hours_per_year: float
    first_contact_resolution: float
    fee_eur_per_year: float
    retained_eur_per_year: float
    service_level: float = 0.0
    asa_seconds: float = 0.0
    fte_equivalent: float = 0.0
    heads_equivalent: float = 0.0


def provider_result(scenario: Scenario, calls_per_month: float) -> ProviderResult:
    """Price and staff the provider's volume (see the module's conventions)."""
    outsourcing = scenario.outsourcing
    first_contact_resolution = quality_effect(
        outsourcing, scenario.quality.first_contact_resolution_target
    )
    if calls_per_month <= 0:
        return ProviderResult(
            calls_per_month=0.0,
            productive_hours_per_year=0.0,
            first_contact_resolution=first_contact_resolution,
            fee_eur_per_year=provider_cost_eur_per_year(outsourcing, 0.0, 0.0),
            retained_eur_per_year=retained_cost_eur_per_year(outsourcing),
        )
    staffing = summarise_staffing(scenario, calls_per_month)
    hours = staffing.productive_hours_per_week * 52.0
    return ProviderResult(
        calls_per_month=calls_per_month,
        productive_hours_per_year=hours,
        first_contact_resolution=first_contact_resolution,
        fee_eur_per_year=provider_cost_eur_per_year(outsourcing, hours, calls_per_month * 12.0),
        retained_eur_per_year=retained_cost_eur_per_year(outsourcing),
        service_level=staffing.service_level,
        asa_seconds=staffing.asa_seconds,
        fte_equivalent=staffing.fte,
        heads_equivalent=headcount_for(staffing.fte, scenario.workforce, exact=True),
    )
