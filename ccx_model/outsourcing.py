"""Outsourcing (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”): the phone volume to a provider, a customer owner kept in-house.

TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009” advises handing customer contact to a specialist provider, but keeping
someone in the company who owns it: a CCO with real authority, and the people who
steer the provider. Providers' quality and proactivity still lag, and attrition in
outsourcing runs far higher than in-house (DOMAIN.md). This module turns that into
numbers a board can trace, comparing two options for the same centre:

- **in-house**: the centre as the in-house evaluation costs it;
- **outsourced**: the provider's fee for its share of the phone volume, the retained
  organisation (customer owner/CCO, vendor managers, quality monitoring), the
  in-house cost of the share not outsourced, and what the provider's lower
  first-contact resolution adds (repeat contacts it bills, customers who leave).

The functions are pure and take numbers the in-house evaluation has already
computed, never a ``Scenario``, so the scenario can hold an ``Outsourcing`` input
without a circular import.

Assumptions (each also stated where it is used):

1. **What the provider bills per hour.** The provider bills *productive* hours:
   agents logged in to take calls, handling or waiting for the next one — the hours
   the in-house Erlang C model already gives (agents per interval × interval
   length, after the occupancy cap, before shrinkage). The provider needs the same
   logged-in hours to meet the same service level for the same calls; its
   shrinkage, training, attrition and margin are inside its price. So there is no
   separate "productive share" input.
2. **Volume.** Hours and contacts are the *inbound phone* figures of the in-house
   evaluation at the scenario's own first-contact resolution. The provider's lower
   resolution causes extra repeat contacts, scaled with ``quality``'s rule
   ``calls = first × (1 + (1 − FCR) × repeats per unresolved)``; per-hour billing
   scales hours in proportion to contacts (Erlang C's economies of scale ignored).
3. **The share not outsourced** costs its share of the in-house cost parts that
   move with volume (agent wages, team leaders, overhead, software, attrition):
   linear scaling, again without Erlang C's economies of scale. The caller may
   pass an exact figure instead (an in-house evaluation at the remaining volume).
   Other parts (commercial direct costs, a quality programme) stay as they are.
4. **Share 0 or not enabled = no outsourcing.** No fee, no retained organisation,
   no transition cost: the outsourced option equals the in-house option.
   Whenever outsourcing is active (enabled and a share above 0) the retained
   organisation is always counted (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”: the customer owner stays), and at
   least one retained FTE is required.
5. **Transition.** The transition cost is paid in month 0. The provider's share
   grows linearly, reaching its full share in month ``transition_months``
   (``m ÷ T``; 0 = full share from month 1), and it bills for what it handles.
   The in-house team stays at full size through the transition months 1..T — it
   hands over, trains the provider's agents and stands by (Dutch notice periods of
   one to four months also rule out releasing people earlier) — and from month
   T + 1 only the remaining share's cost runs. The retained organisation is paid
   from month 1.
6. **Provider quality.** ``first_contact_resolution_delta`` is the provider's
   resolution minus the in-house resolution, set directly by the user (from
   references, a pilot, or the contract's KPIs). Provider attrition is *not* a
   separate cost (the provider's price carries it) and is not multiplied into the
   resolution automatically, to avoid counting it twice;
   ``resolution_delta_from_attrition`` turns the attrition gap into a suggested
   delta by an illustrative rule of thumb the app can show next to the input.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field

from .base import FrozenModel


class Outsourcing(FrozenModel):
    """Handing (a share of) the phone volume to an outsourcing provider (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”)."""

    enabled: bool = Field(False, description="Outsource phone contacts in this scenario.")
    share_of_volume: float = Field(
        1.0,
        ge=0.0,
        le=1.0,
        description="Share of the phone volume the provider handles (1.0 = all; 0 = none).",
    )
    pricing: Literal["per_productive_hour", "per_contact"] = Field(
        "per_productive_hour",
        description=(
            "How the provider charges: per productive hour (agents logged in to take calls) "
            "or per handled contact."
        ),
    )
    price_per_productive_hour_eur: float = Field(
        32,
        ge=0,
        le=1_000,
        description=(
            "Provider's price per productive agent hour (illustrative EUR 32: a Dutch-market "
            "onshore/nearshore rate; replace it with the quoted price)."
        ),
    )
    price_per_contact_eur: float = Field(
        2.10,
        ge=0,
        le=1_000,
        description=(
            "Provider's price per handled contact (illustrative EUR 2.10: about the same "
            "as EUR 32 per productive hour at the baseline's 205 s handle time)."
        ),
    )
    transition_cost_eur: float = Field(
        150_000,
        ge=0,
        le=1_000_000_000,
        description=(
            "One-off cost of moving to the provider: tender, knowledge transfer, training the "
            "provider's agents, systems links, project team (illustrative EUR 150,000)."
        ),
    )
    transition_months: int = Field(
        4,
        ge=0,
        le=24,
        description=(
            "Months until the provider handles its full share (linear move). Meanwhile the "
            "in-house team stays at full size in parallel."
        ),
    )
    retained_management_fte: float = Field(
        3,
        ge=1,
        le=1_000,
        description=(
            "FTE kept in-house to own customer contact: the customer owner (CCO) and vendor "
            "managers. At least 1: someone must know what happens to your customers (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”)."
        ),
    )
    retained_cost_eur_per_fte_year: float = Field(
        85_000,
        ge=0,
        le=1_000_000,
        description="Loaded annual cost of one retained FTE (illustrative EUR 85,000).",
    )
    quality_monitoring_eur_per_month: float = Field(
        6_000,
        ge=0,
        le=10_000_000,
        description=(
            "Monthly cost of checking the provider: call listening, audits, mystery calls, "
            "reporting (illustrative EUR 6,000)."
        ),
    )
    stranded_overhead_share: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Share of the in-house overhead that stays after the team leaves: leases, "
            "buildings and contracts that run on (illustrative 0.5; 1 = a lease that runs for "
            "the whole horizon)."
        ),
    )
    redundancy_cost_eur_per_head: float = Field(
        3_000,
        ge=0,
        le=1_000_000,
        description=(
            "One-off cost per agent who leaves or moves to the provider, paid when the "
            "transition ends: statutory transition payment, notice, transfer costs "
            "(illustrative EUR 3,000: about a third of a month's wage per year of service "
            "for three years, plus costs)."
        ),
    )
    provider_attrition_rate_per_year: float = Field(
        0.60,
        ge=0.0,
        le=3.0,
        description=(
            "Provider's agent attrition per year (0.60 = 60%; far higher in outsourcing than "
            "in-house). Its cost is in the provider's price; its effect on your customers is "
            "through the resolution difference."
        ),
    )
    first_contact_resolution_delta: float = Field(
        -0.03,
        ge=-1.0,
        le=1.0,
        description=(
            "Provider's first-contact resolution minus yours (−0.03 = 3 points worse): less "
            "experienced agents through high attrition. Lower resolution means more repeat "
            "calls and more customers who leave."
        ),
    )

    @property
    def active(self) -> bool:
        """Outsourcing happens only when enabled and the provider takes some volume."""
        return self.enabled and self.share_of_volume > 0.0


def provider_cost_eur_per_year(
    inputs: Outsourcing, productive_hours_per_year: float, contacts_per_year: float
) -> float:
    """The provider's annual fee for the volume it handles.

    ``fee = price per productive hour × the provider's productive hours`` or
    ``fee = price per contact × the provider's contacts``; 0 when outsourcing is not
    active. The hours are what Erlang C needs for the provider's own calls
    (assumption 1), so a smaller share keeps fewer economies of scale.

    >>> on = Outsourcing(enabled=True, share_of_volume=0.5)
    >>> provider_cost_eur_per_year(on, 10_000, 60_000)
    320000.0
    >>> per_contact = on.model_copy(update={"pricing": "per_contact"})
    >>> round(provider_cost_eur_per_year(per_contact, 10_000, 60_000), 2)
    126000.0
    >>> provider_cost_eur_per_year(Outsourcing(), 10_000, 60_000)
    0.0
    """
    _check_volume(productive_hours_per_year, contacts_per_year)
    if not inputs.active:
        return 0.0
    if inputs.pricing == "per_productive_hour":
        return float(inputs.price_per_productive_hour_eur * productive_hours_per_year)
    return float(inputs.price_per_contact_eur * contacts_per_year)


def retained_cost_eur_per_year(inputs: Outsourcing) -> float:
    """The retained organisation: ``FTE × cost per FTE + 12 × quality monitoring``.

    Counted whenever outsourcing is active, whatever the share (TOTE-M, Giarte and Nyenrode, “Sourcing Customer Management 2009”: the
    customer owner stays); 0 when it is not.

    >>> retained_cost_eur_per_year(Outsourcing(enabled=True))
    327000.0
    >>> retained_cost_eur_per_year(Outsourcing(enabled=True, share_of_volume=0.0))
    0.0
    """
    if not inputs.active:
        return 0.0
    return float(
        inputs.retained_management_fte * inputs.retained_cost_eur_per_fte_year
        + 12.0 * inputs.quality_monitoring_eur_per_month
    )


def quality_effect(inputs: Outsourcing, first_contact_resolution: float) -> float:
    """First-contact resolution on the outsourced share: ``clip(FCR + delta, 0, 1)``.

    ``first_contact_resolution`` is the in-house resolution in the scenario. When
    outsourcing is not active nothing is outsourced, and the in-house resolution is
    returned unchanged.

    >>> round(quality_effect(Outsourcing(enabled=True), 0.75), 4)
    0.72
    >>> quality_effect(Outsourcing(enabled=True), 0.01), quality_effect(Outsourcing(), 0.75)
    (0.0, 0.75)
    """
    _check_share("first_contact_resolution", first_contact_resolution)
    if not inputs.active:
        return first_contact_resolution
    return float(
        min(max(first_contact_resolution + inputs.first_contact_resolution_delta, 0.0), 1.0)
    )


def blended_first_contact_resolution(inputs: Outsourcing, first_contact_resolution: float) -> float:
    """Resolution over all phone contacts: ``(1 − share) × FCR + share × provider FCR``.

    Repeats and churn are linear in ``1 − FCR`` (``quality``), so feeding this into
    ``quality.poor_service`` gives exactly the share-weighted cost of poor service.

    >>> half = Outsourcing(enabled=True, share_of_volume=0.5)
    >>> round(blended_first_contact_resolution(half, 0.75), 4)
    0.735
    """
    provider = quality_effect(inputs, first_contact_resolution)
    share = inputs.share_of_volume if inputs.active else 0.0
    return float((1.0 - share) * first_contact_resolution + share * provider)


def resolution_delta_from_attrition(
    in_house_attrition_rate_per_year: float,
    provider_attrition_rate_per_year: float,
    resolution_points_per_attrition_point: float = 0.10,
) -> float:
    """A suggested resolution delta from the attrition gap: ``−k × (provider − in-house)``.

    An illustrative rule of thumb, not a published figure: every point of extra
    attrition costs ``k`` points of first-contact resolution (default 0.1: 30%
    in-house vs 60% at the provider → 3 points worse, the default delta). The model
    itself uses only ``first_contact_resolution_delta``; this is a hint beside it.

    >>> round(resolution_delta_from_attrition(0.30, 0.60), 4)
    -0.03
    """
    _check_non_negative("in_house_attrition_rate_per_year", in_house_attrition_rate_per_year)
    _check_non_negative("provider_attrition_rate_per_year", provider_attrition_rate_per_year)
    gap = provider_attrition_rate_per_year - in_house_attrition_rate_per_year
    return float(-resolution_points_per_attrition_point * gap)


def _check_non_negative(name: str, value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number ≥ 0, got {value!r}")


def _check_share(name: str, value: float) -> None:
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value!r}")


def _check_volume(productive_hours_per_year: float, contacts_per_year: float) -> None:
    _check_non_negative("productive_hours_per_year", productive_hours_per_year)
    _check_non_negative("contacts_per_year", contacts_per_year)
