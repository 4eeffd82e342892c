"""Targeting feeds the model: chosen RFM segments → eligible share, list size, conversion.

A scenario stores a ``Targeting``: the segment names chosen and the aggregated
figures measured on the customer file (share of customers, consent share, lift,
customers) — never a customer. The functions below turn it into the inputs of
``CrossSell`` and ``Outbound``:

- targeted share ``T = Σ_s share_s × consent_s`` (``consent_s = 1`` where the file
  had no consent column);
- conversion multiplier ``L = Σ_s w_s·lift_s / Σ_s w_s`` with ``w_s = share_s ×
  consent_s``; ``lift_s`` is the measured lift where the file had past responses,
  else the lift the director entered (``entered_lift``, default 1 = no better than
  average). Targeted conversion = ``min(1, base conversion × L)``;
- cross-sell ``eligible_share = T × offer_allowed_share`` — assuming calls come from
  customers in proportion to their numbers (each customer equally likely to call),
  with ``offer_allowed_share`` the share of those calls where an offer fits (issue
  solved, right moment);
- outbound ``list_size_per_month = customers × Σ_s share_s × calls per customer per
  year ÷ 12``, and ``opt_out_share = 1 − T / Σ_s share_s``: the list holds the chosen
  segments, ``Outbound.opt_out_share`` removes those without consent, so consent is
  never counted twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from .base import FrozenModel
from .i18n import has_text, translate
from .problems import rule_error

if TYPE_CHECKING:  # the table needs pandas; a scenario (which holds a Targeting) does not
    from .segment_table import SegmentRow

SHARE_TOLERANCE = 1e-9


def segment_name(segment: str, lang: str = "en") -> str:
    """An RFM segment's name for people; a segment ccx does not name (a file's own
    grouping, typed by hand) stays as it is.

    >>> segment_name("cant_lose"), segment_name("champions", "nl"), segment_name("Zakelijk")
    ("Can't lose them", 'Kampioenen', 'Zakelijk')
    """
    key = f"rfm.segment.{segment}"
    return translate(key, lang) if has_text(key) else segment


class SegmentFigures(FrozenModel):
    """What was measured on one chosen segment."""

    segment: str = Field(min_length=1, max_length=120, description="Segment name (key).")
    customers: int = Field(ge=0, le=1_000_000_000, description="Customers in the segment.")
    share: float = Field(ge=0.0, le=1.0, description="Share of all scored customers.")
    consent_share: float | None = Field(
        None, ge=0.0, le=1.0, description="Share with consent (None: no consent column)."
    )
    lift: float | None = Field(
        None,
        ge=0.0,
        le=1_000.0,
        description="Response rate over the average (None: no past responses measured).",
    )
    lift_ci_low: float | None = Field(None, ge=0.0, le=1_000.0)
    lift_ci_high: float | None = Field(None, ge=0.0, le=1_000.0)


class Targeting(FrozenModel):
    """The chosen segments with their figures; aggregates only."""

    segments: tuple[SegmentFigures, ...] = Field(
        (), max_length=200, description="The chosen segments."
    )
    customers_scored: int = Field(
        0, ge=0, le=1_000_000_000, description="Customers in the file the shares refer to."
    )
    entered_lift: float = Field(
        1.0,
        ge=0.0,
        le=20.0,
        description="Conversion multiplier where no past response was measured (1 = average).",
    )
    as_of: dt.date | None = Field(None, description="As-of date of the RFM scores.")
    customer_base: int | None = Field(
        None,
        ge=1,
        le=1_000_000_000,
        description="Customers of the whole base the shares apply to (needed for outbound: "
        "the list is drawn from it); empty when only cross-sell is targeted.",
    )
    outbound_calls_per_customer_per_year: float = Field(
        1.0,
        gt=0.0,
        le=52.0,
        description="Outbound calls each targeted customer gets a year (1 = once a year).",
    )
    levers: tuple[Literal["cross_sell", "outbound"], ...] = Field(
        ("cross_sell", "outbound"),
        min_length=1,
        max_length=2,
        description="The levers aimed at the chosen segments: cross-sell on their calls, "
        "outbound calling them, or both; a lever not named keeps its figures as entered.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Targeting:
        names = [s.segment for s in self.segments]
        for name in names:
            if names.count(name) > 1:
                raise rule_error("targeting_duplicate_segment", segment=name)
        if len(set(self.levers)) != len(self.levers):
            raise rule_error("targeting_lever_twice")
        total = sum(s.share for s in self.segments)
        if total > 1.0 + SHARE_TOLERANCE:
            raise rule_error("targeting_shares_sum", total=round(total, 6))
        scored = self.customers_scored
        for s in self.segments:
            if scored and s.customers > scored:
                raise rule_error(
                    "targeting_customers_above_scored", segment=s.segment, scored=scored
                )
        return self


def targeting_from(
    rows: Sequence[SegmentRow],
    chosen: Iterable[str],
    entered_lift: float = 1.0,
    as_of: dt.date | None = None,
) -> Targeting:
    """A ``Targeting`` from a segment table and the names chosen (unknown names refused).

    >>> from .segment_table import SegmentRow
    >>> rows = (SegmentRow("a", 30, 0.3, 50.0, 0.5), SegmentRow("b", 70, 0.7, 20.0, 1.0))
    >>> t = targeting_from(rows, ["a"])
    >>> t.segments[0].share, t.customers_scored
    (0.3, 100)
    """
    by_name = {row.segment: row for row in rows}
    picked = list(dict.fromkeys(chosen))
    unknown = [name for name in picked if name not in by_name]
    if unknown:
        raise ValueError(f"unknown segments: {', '.join(unknown)}")
    figures = []
    for name in picked:
        row = by_name[name]
        lift = row.lift
        figures.append(
            SegmentFigures(
                segment=name,
                customers=row.customers,
                share=row.share,
                consent_share=row.consent_share,
                lift=None if lift is None else lift.estimate,
                lift_ci_low=None if lift is None else lift.low,
                lift_ci_high=None if lift is None else lift.high,
            )
        )
    return Targeting(
        segments=tuple(figures),
        customers_scored=sum(row.customers for row in rows),
        entered_lift=entered_lift,
        as_of=as_of,
    )


def _weight(s: SegmentFigures) -> float:
    return s.share * (1.0 if s.consent_share is None else s.consent_share)


def targeted_share(targeting: Targeting) -> float:
    """Share of all customers who are in a chosen segment and may be offered something.

    >>> t = Targeting(segments=(SegmentFigures(segment="a", customers=3, share=0.3, consent_share=0.5),))
    >>> targeted_share(t)
    0.15
    """
    return sum(_weight(s) for s in targeting.segments)


def conversion_multiplier(targeting: Targeting) -> float:
    """Weighted lift of the targeted customers (1.0 when none are targeted).

    >>> a = SegmentFigures(segment="a", customers=1, share=0.2, lift=2.0)
    >>> b = SegmentFigures(segment="b", customers=1, share=0.2)
    >>> conversion_multiplier(Targeting(segments=(a, b), entered_lift=1.5))
    1.75
    """
    total = targeted_share(targeting)
    if total <= 0.0:
        return 1.0
    lifted = sum(
        _weight(s) * (targeting.entered_lift if s.lift is None else s.lift)
        for s in targeting.segments
    )
    return lifted / total


def targeted_conversion(targeting: Targeting, base_rate: float) -> float:
    """``min(1, base_rate × conversion_multiplier)``."""
    return min(1.0, base_rate * conversion_multiplier(targeting))


def eligible_share(targeting: Targeting, offer_allowed_share: float = 1.0) -> float:
    """``CrossSell.eligible_share``: targeted share × share of their calls fit for an offer."""
    if not 0.0 <= offer_allowed_share <= 1.0:
        raise ValueError("offer_allowed_share must be between 0 and 1")
    return min(1.0, targeted_share(targeting) * offer_allowed_share)


def list_size_per_month(
    targeting: Targeting, customers: float, calls_per_customer_per_year: float = 1.0
) -> float:
    """``Outbound.list_size_per_month`` for a base of ``customers`` (consent not applied:
    see ``opt_out_share``).

    >>> t = Targeting(segments=(SegmentFigures(segment="a", customers=3, share=0.3, consent_share=0.5),))
    >>> list_size_per_month(t, 120_000), opt_out_share(t)
    (3000.0, 0.5)
    """
    if customers < 0 or calls_per_customer_per_year < 0:
        raise ValueError("customers and calls per customer must be 0 or more")
    chosen = sum(s.share for s in targeting.segments)
    return customers * chosen * calls_per_customer_per_year / 12.0


def opt_out_share(targeting: Targeting) -> float | None:
    """``Outbound.opt_out_share``: share of the list without consent (None: not measured)."""
    if all(s.consent_share is None for s in targeting.segments):
        return None
    chosen = sum(s.share for s in targeting.segments)
    if chosen <= 0.0:
        return 0.0
    return max(0.0, 1.0 - targeted_share(targeting) / chosen)
