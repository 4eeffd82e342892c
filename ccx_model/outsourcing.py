"""Outsourcing (seed 004): the phone volume to a provider, a customer owner kept in-house.

Seed 004 advises handing customer contact to a specialist provider, but keeping
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
   organisation is always counted (seed 004: the customer owner stays), and at
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
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt
from pydantic import Field

from .base import FrozenModel
from .finance import FloatArray, npv_eur, payback_month

#: In-house cost parts (names of ``CostBreakdown.parts()``) that move with the volume.
VOLUME_PARTS = ("agent_wages", "team_leaders", "overhead", "software", "attrition")


class Outsourcing(FrozenModel):
    """Handing (a share of) the phone volume to an outsourcing provider (seed 004)."""

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
        3.10,
        ge=0,
        le=1_000,
        description="Provider's price per handled contact (illustrative EUR 3.10).",
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
            "managers. At least 1: someone must know what happens to your customers (seed 004)."
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
    """The provider's annual fee for its share of the in-house volume.

    ``fee = price per productive hour × productive hours × share`` or
    ``fee = price per contact × contacts × share``; 0 when outsourcing is not active.
    Hours and contacts are the in-house inbound phone figures (assumption 1).

    >>> on = Outsourcing(enabled=True, share_of_volume=0.5)
    >>> provider_cost_eur_per_year(on, 10_000, 60_000)
    160000.0
    >>> per_contact = on.model_copy(update={"pricing": "per_contact"})
    >>> round(provider_cost_eur_per_year(per_contact, 10_000, 60_000), 2)
    93000.0
    >>> provider_cost_eur_per_year(Outsourcing(), 10_000, 60_000)
    0.0
    """
    _check_volume(productive_hours_per_year, contacts_per_year)
    if not inputs.active:
        return 0.0
    if inputs.pricing == "per_productive_hour":
        volume_fee = inputs.price_per_productive_hour_eur * productive_hours_per_year
    else:
        volume_fee = inputs.price_per_contact_eur * contacts_per_year
    return float(volume_fee * inputs.share_of_volume)


def retained_cost_eur_per_year(inputs: Outsourcing) -> float:
    """The retained organisation: ``FTE × cost per FTE + 12 × quality monitoring``.

    Counted whenever outsourcing is active, whatever the share (seed 004: the
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


def repeat_volume_factor(
    first_contact_resolution: float,
    provider_first_contact_resolution: float,
    repeat_contacts_per_unresolved: float,
) -> float:
    """Provider's contacts per in-house contact for the same issues.

    ``(1 + (1 − FCR_provider) × r) ÷ (1 + (1 − FCR) × r)``, with ``r`` the extra
    contacts an unresolved issue causes — the rule of ``quality.calls_at_resolution``.

    >>> round(repeat_volume_factor(0.75, 0.72, 1.0), 6)
    1.024
    >>> repeat_volume_factor(0.75, 0.72, 0.0)
    1.0
    """
    _check_share("first_contact_resolution", first_contact_resolution)
    _check_share("provider_first_contact_resolution", provider_first_contact_resolution)
    _check_non_negative("repeat_contacts_per_unresolved", repeat_contacts_per_unresolved)
    r = repeat_contacts_per_unresolved
    return float(
        (1.0 + (1.0 - provider_first_contact_resolution) * r)
        / (1.0 + (1.0 - first_contact_resolution) * r)
    )


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


class HasParts(Protocol):
    """Anything with named annual cost parts, such as ``cost.CostBreakdown``."""

    def parts(self) -> dict[str, float]: ...


def _read_only(values: npt.ArrayLike) -> FloatArray:
    array = np.array(values, dtype=np.float64)
    array.flags.writeable = False
    return array


@dataclass(frozen=True)
class OutsourcingComparison:
    """In-house against outsourced: annual cost by part and monthly cash flows.

    Cash flows are monthly, month 0 = now; negative = money out. ``difference_eur``
    is outsourced minus in-house: positive when outsourcing costs less.
    ``double_running_eur`` is what the transition pays twice: the provider's fee
    (repeats included) in the months 1..T when the in-house team is still full size.
    """

    active: bool
    pricing: str
    share_of_volume: float
    first_contact_resolution: float
    provider_first_contact_resolution: float
    in_house_parts_eur_per_year: Mapping[str, float]
    outsourced_parts_eur_per_year: Mapping[str, float]
    transition_cost_eur: float
    transition_months: int
    double_running_eur: float
    months: npt.NDArray[np.int64]
    in_house_cash_flow_eur: FloatArray
    outsourced_cash_flow_eur: FloatArray
    discount_rate_per_year: float

    @property
    def in_house_eur_per_year(self) -> float:
        return float(sum(self.in_house_parts_eur_per_year.values()))

    @property
    def outsourced_eur_per_year(self) -> float:
        return float(sum(self.outsourced_parts_eur_per_year.values()))

    @property
    def saving_eur_per_year(self) -> float:
        """In-house minus outsourced, once the transition is over (positive = cheaper)."""
        return self.in_house_eur_per_year - self.outsourced_eur_per_year

    @property
    def difference_eur(self) -> FloatArray:
        return _read_only(self.outsourced_cash_flow_eur - self.in_house_cash_flow_eur)

    @property
    def cumulative_difference_eur(self) -> FloatArray:
        return _read_only(np.cumsum(self.difference_eur))

    @property
    def npv_difference_eur(self) -> float:
        return npv_eur(self.discount_rate_per_year, self.difference_eur)

    @property
    def break_even_month(self) -> int | None:
        """First month from which outsourcing's cumulative saving stays ≥ 0; ``None``
        when it never does within the horizon or when nothing is outsourced."""
        return payback_month(self.difference_eur) if self.active else None

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready summary."""

        def rounded(values: FloatArray) -> list[float]:
            return [round(float(v), 2) for v in values]

        return {
            "active": self.active,
            "pricing": self.pricing,
            "share_of_volume": self.share_of_volume,
            "first_contact_resolution": round(self.first_contact_resolution, 6),
            "provider_first_contact_resolution": round(self.provider_first_contact_resolution, 6),
            "in_house_eur_per_year": {
                "parts": {k: round(v, 2) for k, v in self.in_house_parts_eur_per_year.items()},
                "total": round(self.in_house_eur_per_year, 2),
            },
            "outsourced_eur_per_year": {
                "parts": {k: round(v, 2) for k, v in self.outsourced_parts_eur_per_year.items()},
                "total": round(self.outsourced_eur_per_year, 2),
            },
            "saving_eur_per_year": round(self.saving_eur_per_year, 2),
            "transition_cost_eur": round(self.transition_cost_eur, 2),
            "transition_months": self.transition_months,
            "double_running_eur": round(self.double_running_eur, 2),
            "horizon_months": int(self.months.size - 1),
            "discount_rate_per_year": self.discount_rate_per_year,
            "npv_difference_eur": round(self.npv_difference_eur, 2),
            "break_even_month": self.break_even_month,
            "monthly": {
                "in_house_eur": rounded(self.in_house_cash_flow_eur),
                "outsourced_eur": rounded(self.outsourced_cash_flow_eur),
                "difference_eur": rounded(self.difference_eur),
                "cumulative_difference_eur": rounded(self.cumulative_difference_eur),
            },
        }


def transition_progress(months: npt.ArrayLike, transition_months: int) -> FloatArray:
    """Share of the provider's full share it handles per month: 0 in month 0, then
    ``min(m ÷ T, 1)``; with ``T = 0`` the full share from month 1.

    >>> transition_progress(np.arange(6), 4).tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0, 1.0]
    >>> transition_progress(np.arange(3), 0).tolist()
    [0.0, 1.0, 1.0]
    """
    m = np.asarray(months, dtype=np.float64)
    if transition_months <= 0:
        return np.where(m >= 1, 1.0, 0.0)
    return np.asarray(np.clip(m / transition_months, 0.0, 1.0), dtype=np.float64)


def compare_in_house_vs_provider(
    inputs: Outsourcing,
    in_house_cost: Mapping[str, float] | HasParts,
    productive_hours_per_year: float,
    contacts_per_year: float,
    *,
    first_contact_resolution: float,
    repeat_contacts_per_unresolved: float,
    lost_margin_in_house_eur_per_year: float,
    lost_margin_provider_eur_per_year: float,
    horizon_months: int,
    discount_rate_per_year: float,
    remaining_in_house_cost_eur_per_year: float | None = None,
) -> OutsourcingComparison:
    """Annual cost and monthly cash flows of the centre in-house and outsourced.

    Outsourced annual parts, at full share (``s`` = share of volume):

    - ``provider_fee`` = ``provider_cost_eur_per_year`` (in-house volume × price × s);
    - ``extra_repeat_contacts`` = fee × (``repeat_volume_factor`` − 1): the repeats the
      provider's resolution adds, billed too (negative if it resolves better);
    - ``retained_organisation`` = ``retained_cost_eur_per_year``;
    - ``remaining_in_house`` = (1 − s) × the in-house ``VOLUME_PARTS``, or the given
      ``remaining_in_house_cost_eur_per_year``;
    - ``unchanged_in_house`` = the other in-house parts, untouched;
    - ``extra_lost_margin`` = s × (lost margin at provider resolution − at in-house
      resolution), both for the whole volume (``quality.poor_service``).

    Monthly: in-house ``−total ÷ 12`` from month 1; outsourced ``−transition cost`` in
    month 0, then ``−(progress × (fee + repeats + lost margin) + retained + unchanged
    + in-house volume) ÷ 12``, the in-house volume cost in full in months 1..T and the
    remaining share's after (module assumption 5).

    >>> c = compare_in_house_vs_provider(
    ...     Outsourcing(enabled=True, transition_months=0, transition_cost_eur=0),
    ...     {"agent_wages": 600_000.0, "overhead": 60_000.0},
    ...     20_000, 100_000,
    ...     first_contact_resolution=0.75, repeat_contacts_per_unresolved=0.0,
    ...     lost_margin_in_house_eur_per_year=0.0, lost_margin_provider_eur_per_year=0.0,
    ...     horizon_months=12, discount_rate_per_year=0.0,
    ... )
    >>> c.outsourced_parts_eur_per_year["provider_fee"], c.saving_eur_per_year
    (640000.0, -307000.0)
    """
    _check_volume(productive_hours_per_year, contacts_per_year)
    _check_share("first_contact_resolution", first_contact_resolution)
    _check_non_negative("repeat_contacts_per_unresolved", repeat_contacts_per_unresolved)
    _check_non_negative("lost_margin_in_house_eur_per_year", lost_margin_in_house_eur_per_year)
    _check_non_negative("lost_margin_provider_eur_per_year", lost_margin_provider_eur_per_year)
    if (
        isinstance(horizon_months, bool)
        or not isinstance(horizon_months, int)
        or horizon_months < 1
    ):
        raise ValueError(f"horizon_months must be a whole number ≥ 1, got {horizon_months!r}")
    if not math.isfinite(discount_rate_per_year) or discount_rate_per_year <= -1.0:
        raise ValueError(f"discount_rate_per_year must exceed −1, got {discount_rate_per_year!r}")

    in_house_parts = dict(
        in_house_cost if isinstance(in_house_cost, Mapping) else in_house_cost.parts()
    )
    for name, value in in_house_parts.items():
        _check_non_negative(f"in-house cost part {name!r}", value)
    volume_eur = sum(v for k, v in in_house_parts.items() if k in VOLUME_PARTS)
    unchanged_eur = sum(v for k, v in in_house_parts.items() if k not in VOLUME_PARTS)

    active = inputs.active
    share = inputs.share_of_volume if active else 0.0
    provider_resolution = quality_effect(inputs, first_contact_resolution)
    if remaining_in_house_cost_eur_per_year is None or not active:
        remaining_eur = (1.0 - share) * volume_eur
    else:
        _check_non_negative(
            "remaining_in_house_cost_eur_per_year", remaining_in_house_cost_eur_per_year
        )
        remaining_eur = remaining_in_house_cost_eur_per_year

    fee_eur = provider_cost_eur_per_year(inputs, productive_hours_per_year, contacts_per_year)
    factor = repeat_volume_factor(
        first_contact_resolution, provider_resolution, repeat_contacts_per_unresolved
    )
    lost_margin_gap = lost_margin_provider_eur_per_year - lost_margin_in_house_eur_per_year
    outsourced_parts = {
        "provider_fee": fee_eur,
        "extra_repeat_contacts": fee_eur * (factor - 1.0),
        "retained_organisation": retained_cost_eur_per_year(inputs),
        "remaining_in_house": remaining_eur,
        "unchanged_in_house": unchanged_eur,
        "extra_lost_margin": share * lost_margin_gap if active else 0.0,
    }

    months = np.arange(horizon_months + 1, dtype=np.int64)
    after_month_0 = np.where(months >= 1, 1.0, 0.0)
    in_house_total = sum(in_house_parts.values())
    in_house_flow = -in_house_total / 12.0 * after_month_0

    transition_months = inputs.transition_months if active else 0
    progress = transition_progress(months, transition_months)
    moving_eur = (
        outsourced_parts["provider_fee"]
        + outsourced_parts["extra_repeat_contacts"]
        + outsourced_parts["extra_lost_margin"]
    )
    in_transition = (months >= 1) & (months <= transition_months)
    in_house_volume = np.where(in_transition, volume_eur, remaining_eur) * after_month_0
    outsourced_flow = (
        -(
            progress * moving_eur
            + (outsourced_parts["retained_organisation"] + unchanged_eur) * after_month_0
            + in_house_volume
        )
        / 12.0
    )
    transition_cost = inputs.transition_cost_eur if active else 0.0
    outsourced_flow[0] -= transition_cost
    # Paid twice: the provider's fee for volume a full-size in-house team is still paid for.
    billed_eur = outsourced_parts["provider_fee"] + outsourced_parts["extra_repeat_contacts"]
    double_running = float(np.sum(progress[in_transition]) * billed_eur / 12.0)

    return OutsourcingComparison(
        active=active,
        pricing=inputs.pricing,
        share_of_volume=inputs.share_of_volume,
        first_contact_resolution=first_contact_resolution,
        provider_first_contact_resolution=provider_resolution,
        in_house_parts_eur_per_year=MappingProxyType(
            {k: float(v) for k, v in in_house_parts.items()}
        ),
        outsourced_parts_eur_per_year=MappingProxyType(
            {k: float(v) for k, v in outsourced_parts.items()}
        ),
        transition_cost_eur=float(transition_cost),
        transition_months=transition_months,
        double_running_eur=double_running,
        months=months,
        in_house_cash_flow_eur=_read_only(in_house_flow),
        outsourced_cash_flow_eur=_read_only(outsourced_flow),
        discount_rate_per_year=discount_rate_per_year,
    )


def _check_non_negative(name: str, value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number ≥ 0, got {value!r}")


def _check_share(name: str, value: float) -> None:
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value!r}")


def _check_volume(productive_hours_per_year: float, contacts_per_year: float) -> None:
    _check_non_negative("productive_hours_per_year", productive_hours_per_year)
    _check_non_negative("contacts_per_year", contacts_per_year)
