"""Profit-centre revenue streams (Ziptone, “In vijf stappen van costcenter naar profitcenter”), at full effect, per year.

Revenue is counted as gross margin: what a sale or a kept customer adds to profit
before the centre's own costs. Each stream also carries its direct costs
(incentives, save offers, dialler, compliance); the agent time it takes is not here
— it flows through staffing (Erlang C for inbound offers, workload for outbound) and
shows up in the centre's cost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .commercial import CrossSell, Outbound, Retention

SECONDS_PER_HOUR = 3600.0


@dataclass(frozen=True)
class StreamResult:
    """One revenue stream per year at full effect."""

    name: str
    margin_eur_per_year: float
    direct_cost_eur_per_year: float
    volumes_per_year: dict[str, float] = field(default_factory=dict)
    fixed_cost_eur_per_year: float = 0.0  # the part of the direct cost that is not per sale

    @property
    def net_eur_per_year(self) -> float:
        return self.margin_eur_per_year - self.direct_cost_eur_per_year


def retention_stream(
    inputs: Retention, calls_per_year: float, customer_margin_eur: float
) -> StreamResult:
    """Saves = calls × leave-intent share × save rate; margin = saves × annual margin ×
    months retained ÷ 12; cost = saves × offer cost.

    >>> r = retention_stream(Retention(enabled=True), 1_000_000, 240)
    >>> r.volumes_per_year["saves"], r.margin_eur_per_year, r.direct_cost_eur_per_year
    (2000.0, 480000.0, 50000.0)
    """
    if not inputs.enabled:
        return StreamResult("retention", 0.0, 0.0, {"saves": 0.0})
    attempts = calls_per_year * inputs.leave_intent_share
    saves = attempts * inputs.save_rate
    margin = saves * customer_margin_eur * inputs.months_retained / 12.0
    return StreamResult(
        "retention",
        margin,
        saves * inputs.save_offer_cost_eur,
        {"save_attempts": attempts, "saves": saves},
    )


def cross_sell_stream(inputs: CrossSell, calls_per_year: float) -> StreamResult:
    """Offers = calls × eligible × offer rate; sales = offers × conversion; kept sales =
    sales × (1 − cancellations); margin and incentives on kept sales.

    >>> r = cross_sell_stream(CrossSell(enabled=True), 1_000_000)
    >>> round(r.volumes_per_year["kept_sales"]), round(r.margin_eur_per_year)
    (5760, 345600)
    """
    if not inputs.enabled:
        return StreamResult("cross_sell", 0.0, 0.0, {"offers": 0.0, "kept_sales": 0.0})
    offers = calls_per_year * inputs.eligible_share * inputs.offer_rate
    sales = offers * inputs.conversion_rate
    kept = sales * (1.0 - inputs.cancellation_rate)
    return StreamResult(
        "cross_sell",
        kept * inputs.margin_per_sale_eur,
        kept * inputs.incentive_per_sale_eur,
        {"offers": offers, "sales": sales, "kept_sales": kept},
    )


def extra_inbound_handle_seconds(retention: Retention, cross_sell: CrossSell) -> float:
    """Extra handle time per inbound call, on average, that selling and saving add.

    >>> round(extra_inbound_handle_seconds(Retention(enabled=True), CrossSell(enabled=True)), 6)
    4.1
    """
    extra = 0.0
    if retention.enabled:
        extra += retention.leave_intent_share * retention.extra_handle_seconds
    if cross_sell.enabled:
        extra += cross_sell.eligible_share * cross_sell.offer_rate * cross_sell.offer_handle_seconds
    return extra


@dataclass(frozen=True)
class OutboundWork:
    """Outbound calls and the agent time they take, per month."""

    dialled: float
    reached: float
    workload_hours: float
    productive_hours: float


def outbound_work(inputs: Outbound) -> OutboundWork:
    """Workload = reached × handle time + unreached × attempt time; productive agent
    hours = workload ÷ occupancy (dialler pacing leaves idle time).

    >>> w = outbound_work(Outbound(enabled=True))
    >>> round(w.reached), round(w.workload_hours, 1)
    (3060, 296.6)
    """
    if not inputs.enabled:
        return OutboundWork(0.0, 0.0, 0.0, 0.0)
    dialled = inputs.list_size_per_month * (1.0 - inputs.opt_out_share)
    reached = dialled * inputs.reach_rate
    workload = (
        reached * inputs.handle_seconds_per_reached
        + (dialled - reached) * inputs.seconds_per_unreached_attempt
    ) / SECONDS_PER_HOUR
    return OutboundWork(dialled, reached, workload, workload / inputs.occupancy)


def outbound_stream(inputs: Outbound) -> StreamResult:
    """Sales = reached × conversion; kept = sales × (1 − cancellations); direct cost =
    incentives + dialler + compliance (agent hours are staffed and costed separately).
    """
    if not inputs.enabled:
        return StreamResult("outbound", 0.0, 0.0, {"reached": 0.0, "kept_sales": 0.0})
    work = outbound_work(inputs)
    sales = work.reached * inputs.conversion_rate * 12.0
    kept = sales * (1.0 - inputs.cancellation_rate)
    fixed = (inputs.dialler_cost_eur_per_month + inputs.compliance_cost_eur_per_month) * 12.0
    return StreamResult(
        "outbound",
        kept * inputs.margin_per_sale_eur,
        kept * inputs.incentive_per_sale_eur + fixed,
        {
            "dialled": work.dialled * 12.0,
            "reached": work.reached * 12.0,
            "sales": sales,
            "kept_sales": kept,
        },
        fixed_cost_eur_per_year=fixed,
    )
