"""Failure demand: which department causes which share of the centre's cost.

Klantcontact.nl, “‘Van cost center naar profit center’. Klopt dat wel?” and Ziptone, “Wat zit er in het afvoerputje?”: customers call because of unclear websites, error messages,
broken processes and late suppliers. "The polluter pays" here means making the cost
visible, not a cash charge-back.

The reason table splits each channel's contacts into reasons (shares per channel add
up to 100%). A reason's cost is its channel's cost shared out by workload — contacts
× handle time — so a long avoidable call weighs more than a quick one; the channel's
cost itself comes from the staffing model (Erlang C per interval), not from a flat
cost per contact. What cutting avoidable contacts really saves is computed by
re-running the staffing model on the smaller volume (see ``business_case``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from pydantic import Field, model_validator

from .base import SMALLEST_NUMBER, FrozenModel, Line
from .problems import rule_error

Channel = Literal["phone", "chat", "email", "back_office"]
NO_DEPARTMENT = ""  # unavoidable demand: the reason customers come to the centre at all
SHARE_TOLERANCE = 0.001


class ContactReason(FrozenModel):
    """One reason customers contact the centre."""

    reason: Line = Field(min_length=1, max_length=120, description="Why the customer contacts us.")
    share: float = Field(
        ge=0.0, le=1.0, description="Share of its channel's contacts with this reason (0.12 = 12%)."
    )
    avoidable: bool = Field(
        False, description="Failure demand: the contact would not happen if the cause were fixed."
    )
    department: Line = Field(
        NO_DEPARTMENT,
        max_length=60,
        description="Department or supplier that causes the contact (IT, billing, logistics …).",
    )
    channel: Channel = Field("phone", description="Channel the contacts arrive in.")
    aht_seconds: float | None = Field(
        None, ge=10, le=7_200, description="Handle time if it differs from the channel's average."
    )


class FailureDemandCut(FrozenModel):
    """A lever: fix a department's cause and cut its avoidable contacts."""

    department: Line = Field(
        min_length=1, max_length=60, description="Department that fixes its cause."
    )
    cut_share: float = Field(
        0.5, ge=0.0, le=1.0, description="Share of that department's avoidable contacts removed."
    )
    from_month: int = Field(
        3, ge=0, le=120, description="Month from which the cut takes full effect."
    )
    one_off_cost_eur: float = Field(
        0, ge=0, le=1_000_000_000, description="One-off cost of the fix (paid in month 0)."
    )


class FailureDemand(FrozenModel):
    """The contact-reason table and the cuts of this scenario."""

    reasons: tuple[ContactReason, ...] = Field(
        (),
        max_length=500,
        description="Contact reasons per channel; each channel's shares add up to 100% "
        "(at most 500 reasons).",
    )
    cuts: tuple[FailureDemandCut, ...] = Field(
        (),
        max_length=20,
        description="Departments that fix their cause, and by how much (at most 20: each is "
        "a lever of the business case, evaluated through the staffing model).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> FailureDemand:
        for channel, total in channel_share_totals(self.reasons).items():
            if abs(total - 1.0) > SHARE_TOLERANCE:
                raise rule_error(
                    "reason_shares_sum", channel=channel, total=round(total * 100.0, 2)
                )
        causing = {r.department for r in self.reasons if r.avoidable}
        for cut in self.cuts:
            if cut.department not in causing:
                raise rule_error("cut_unknown_department", department=cut.department)
        return self


def channel_share_totals(reasons: tuple[ContactReason, ...]) -> dict[str, float]:
    """Sum of the reason shares per channel.

    >>> channel_share_totals((ContactReason(reason="a", share=0.6), ContactReason(reason="b", share=0.3)))
    {'phone': 0.8999999999999999}
    """
    totals: dict[str, float] = defaultdict(float)
    for reason in reasons:
        totals[reason.channel] += reason.share
    return dict(totals)


def normalised(reasons: tuple[ContactReason, ...]) -> tuple[ContactReason, ...]:
    """The same reasons with each channel's shares scaled to add up to 100%.

    >>> [r.share for r in normalised((ContactReason(reason="a", share=0.3), ContactReason(reason="b", share=0.3)))]
    [0.5, 0.5]
    """
    totals = channel_share_totals(reasons)
    scaled = [r.share / totals[r.channel] if totals[r.channel] > 0 else r.share for r in reasons]
    # A share scaled below what a file may hold (``base.SMALLEST_NUMBER``) is 0: a saved
    # scenario must open again.
    scaled = [0.0 if share < SMALLEST_NUMBER else share for share in scaled]
    return tuple(
        r.model_copy(update={"share": share}) for r, share in zip(reasons, scaled, strict=True)
    )


def remaining_share(
    reasons: tuple[ContactReason, ...], cuts: tuple[FailureDemandCut, ...], channel: str
) -> float:
    """Share of a channel's volume left after the cuts (at full effect).

    >>> reasons = (ContactReason(reason="bill", share=0.4, avoidable=True, department="Billing"),
    ...            ContactReason(reason="other", share=0.6))
    >>> remaining_share(reasons, (FailureDemandCut(department="Billing", cut_share=0.5),), "phone")
    0.8
    """
    cut_by_department = {c.department: c.cut_share for c in cuts}
    removed = sum(
        r.share * cut_by_department.get(r.department, 0.0)
        for r in reasons
        if r.channel == channel and r.avoidable
    )
    return max(0.0, 1.0 - removed)


def after_cuts(
    reasons: tuple[ContactReason, ...], cuts: tuple[FailureDemandCut, ...]
) -> tuple[ContactReason, ...]:
    """The reason mix once the cuts are in effect: cut reasons shrink, and each
    channel's shares are re-normalised over the contacts that remain.

    >>> reasons = (ContactReason(reason="bill", share=0.4, avoidable=True, department="Billing"),
    ...            ContactReason(reason="other", share=0.6))
    >>> [round(r.share, 4) for r in after_cuts(reasons, (FailureDemandCut(department="Billing", cut_share=0.5),))]
    [0.25, 0.75]
    """
    if not cuts:
        return reasons
    cut_by_department = {c.department: c.cut_share for c in cuts}
    kept = tuple(
        r.model_copy(update={"share": r.share * (1.0 - cut_by_department.get(r.department, 0.0))})
        if r.avoidable
        else r
        for r in reasons
    )
    return normalised(kept)


def remaining_workload_share(
    reasons: tuple[ContactReason, ...],
    cuts: tuple[FailureDemandCut, ...],
    channel: str,
    channel_aht_seconds: float,
) -> float:
    """Share of a channel's workload (contacts × handle time) left after the cuts.

    >>> reasons = (ContactReason(reason="bill", share=0.5, avoidable=True, department="Billing", aht_seconds=300),
    ...            ContactReason(reason="other", share=0.5))
    >>> remaining_workload_share(reasons, (FailureDemandCut(department="Billing", cut_share=1.0),), "phone", 100)
    0.25
    """
    cut_by_department = {c.department: c.cut_share for c in cuts}
    mine = [r for r in reasons if r.channel == channel]
    weights = [
        r.share * (r.aht_seconds if r.aht_seconds is not None else channel_aht_seconds)
        for r in mine
    ]
    total = sum(weights)
    if total <= 0:
        return 1.0
    removed = sum(
        w * cut_by_department.get(r.department, 0.0)
        for r, w in zip(mine, weights, strict=True)
        if r.avoidable
    )
    return max(0.0, 1.0 - removed / total)


@dataclass(frozen=True)
class ReasonCost:
    reason: str
    department: str
    channel: str
    avoidable: bool
    contacts_per_year: float
    workload_hours_per_year: float
    cost_eur_per_year: float


@dataclass(frozen=True)
class FailureDemandCosts:
    """Cost per reason and per department; the parts add up to the channels' cost."""

    reasons: tuple[ReasonCost, ...]
    total_cost_eur_per_year: float

    def by_department(self) -> dict[str, float]:
        """Cost per causing department (unavoidable demand under ``NO_DEPARTMENT``)."""
        totals: dict[str, float] = defaultdict(float)
        for r in self.reasons:
            totals[r.department if r.avoidable else NO_DEPARTMENT] += r.cost_eur_per_year
        return dict(sorted(totals.items(), key=lambda item: -item[1]))

    @property
    def avoidable_cost_eur_per_year(self) -> float:
        return sum(r.cost_eur_per_year for r in self.reasons if r.avoidable)

    @property
    def avoidable_share(self) -> float:
        total = self.total_cost_eur_per_year
        return self.avoidable_cost_eur_per_year / total if total > 0 else 0.0


def attribute_costs(
    reasons: tuple[ContactReason, ...],
    channel_cost_eur_per_year: dict[str, float],
    channel_contacts_per_year: dict[str, float],
    channel_aht_seconds: dict[str, float],
) -> FailureDemandCosts:
    """Share each channel's cost out over its reasons by workload (contacts × AHT).

    Channels without reasons keep their cost under "unattributed" (reason ``""``), so
    the parts always add up to the total.

    >>> reasons = (ContactReason(reason="bill", share=0.5, avoidable=True, department="Billing", aht_seconds=400),
    ...            ContactReason(reason="order", share=0.5))
    >>> costs = attribute_costs(reasons, {"phone": 1000.0}, {"phone": 100.0}, {"phone": 200.0})
    >>> [round(r.cost_eur_per_year, 2) for r in costs.reasons]
    [666.67, 333.33]
    >>> {k: round(v, 2) for k, v in costs.by_department().items()}
    {'Billing': 666.67, '': 333.33}
    """
    rows: list[ReasonCost] = []
    for channel, channel_cost in channel_cost_eur_per_year.items():
        mine = [r for r in reasons if r.channel == channel]
        contacts = channel_contacts_per_year.get(channel, 0.0)
        if not mine or channel_cost == 0.0:
            if channel_cost != 0.0:
                rows.append(
                    ReasonCost("", NO_DEPARTMENT, channel, False, contacts, 0.0, channel_cost)
                )
            continue
        default_aht = channel_aht_seconds.get(channel, 0.0)
        workloads = [
            r.share
            * contacts
            * (r.aht_seconds if r.aht_seconds is not None else default_aht)
            / 3600.0
            for r in mine
        ]
        total_workload = sum(workloads)
        for r, workload in zip(mine, workloads, strict=True):
            weight = workload / total_workload if total_workload > 0 else r.share
            rows.append(
                ReasonCost(
                    reason=r.reason,
                    department=r.department,
                    channel=channel,
                    avoidable=r.avoidable,
                    contacts_per_year=r.share * contacts,
                    workload_hours_per_year=workload,
                    cost_eur_per_year=channel_cost * weight,
                )
            )
    return FailureDemandCosts(tuple(rows), sum(channel_cost_eur_per_year.values()))
