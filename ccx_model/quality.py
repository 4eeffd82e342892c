"""Value centre: what unresolved contacts cost — repeat calls and customers who leave.

Today's volume includes the repeats that today's first-contact resolution (FCR)
causes: ``calls = first × (1 + (1 − FCR) × repeats per unresolved issue)``. A
scenario with a different FCR changes the repeats, and so the volume staffed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .commercial import Quality


def first_contacts(calls: float, quality: Quality) -> float:
    """Issues behind today's volume: ``calls ÷ (1 + (1 − FCR) × r)``.

    >>> first_contacts(125_000, Quality(first_contact_resolution=0.75))
    100000.0
    """
    return calls / (
        1.0 + (1.0 - quality.first_contact_resolution) * quality.repeat_contacts_per_unresolved
    )


def calls_at_resolution(calls_today: float, quality: Quality, resolution: float) -> float:
    """Volume when FCR is ``resolution``: ``first × (1 + (1 − FCR) × r)``.

    >>> calls_at_resolution(125_000, Quality(), 0.95)
    105000.0
    """
    return first_contacts(calls_today, quality) * (
        1.0 + (1.0 - resolution) * quality.repeat_contacts_per_unresolved
    )


@dataclass(frozen=True)
class PoorService:
    """The cost of poor service per year, at the scenario's resolution."""

    first_contacts_per_year: float
    repeat_contacts_per_year: float
    customers_lost_per_year: float  # over unresolved issues and, with Erlang A, hang-ups
    lost_margin_eur_per_year: float
    abandoned_calls_per_year: float = 0.0  # Erlang A: offered calls that hang up
    customers_lost_to_abandonment_per_year: float = 0.0  # part of customers_lost_per_year


def with_abandonment(
    service: PoorService,
    abandoned_calls_per_year: float,
    churn_share: float,
    quality: Quality,
    margin_eur_per_year: float,
) -> PoorService:
    """``service`` with the customers lost by callers who hang up added: each costs the
    months of margin a lost customer costs (``abandonment``).

    >>> p = with_abandonment(poor_service(1_250_000, Quality(), 240), 10_000, 0.01, Quality(), 240)
    >>> p.customers_lost_to_abandonment_per_year, p.customers_lost_per_year
    (100.0, 5100.0)
    """
    lost = abandoned_calls_per_year * churn_share
    margin = lost * margin_eur_per_year * quality.months_of_margin_lost / 12.0
    return PoorService(
        first_contacts_per_year=service.first_contacts_per_year,
        repeat_contacts_per_year=service.repeat_contacts_per_year,
        customers_lost_per_year=service.customers_lost_per_year + lost,
        lost_margin_eur_per_year=service.lost_margin_eur_per_year + margin,
        abandoned_calls_per_year=abandoned_calls_per_year,
        customers_lost_to_abandonment_per_year=lost,
    )


def poor_service(
    calls_today_per_year: float, quality: Quality, margin_eur_per_year: float
) -> PoorService:
    """Repeats and churn at the target resolution; a lost customer costs
    ``months_of_margin_lost`` months of margin.

    >>> p = poor_service(1_250_000, Quality(), 240)
    >>> p.repeat_contacts_per_year, p.customers_lost_per_year, p.lost_margin_eur_per_year
    (250000.0, 5000.0, 1200000.0)
    """
    first = first_contacts(calls_today_per_year, quality)
    unresolved = first * (1.0 - quality.first_contact_resolution_target)
    lost = unresolved * quality.churn_share_of_unresolved
    return PoorService(
        first_contacts_per_year=first,
        repeat_contacts_per_year=unresolved * quality.repeat_contacts_per_unresolved,
        customers_lost_per_year=lost,
        lost_margin_eur_per_year=lost * margin_eur_per_year * quality.months_of_margin_lost / 12.0,
    )
