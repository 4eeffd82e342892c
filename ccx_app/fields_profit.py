"""Inputs of the profit-centre, value and business-case pages, grouped as on those pages.

``choices=(False, True)`` marks an on/off switch (drawn as a toggle).
"""

from __future__ import annotations

from .fields import PERCENT, FieldSpec

SWITCH = (False, True)
MONEY = {"step": 10.0}

PROFIT_GROUPS: dict[str, tuple[FieldSpec, ...]] = {
    "customers": (FieldSpec("customers.margin_eur_per_year", **MONEY),),
    "retention": (
        FieldSpec("retention.enabled", choices=SWITCH),
        FieldSpec("retention.leave_intent_share", **PERCENT),
        FieldSpec("retention.save_rate", **PERCENT),
        FieldSpec("retention.months_retained"),
        FieldSpec("retention.save_offer_cost_eur", **MONEY),
        FieldSpec("retention.extra_handle_seconds", step=5),
        FieldSpec("retention.ramp_up_months"),
    ),
    "cross_sell": (
        FieldSpec("cross_sell.enabled", choices=SWITCH),
        FieldSpec("cross_sell.eligible_share", **PERCENT),
        FieldSpec("cross_sell.offer_rate", **PERCENT),
        FieldSpec("cross_sell.conversion_rate", **PERCENT),
        FieldSpec("cross_sell.margin_per_sale_eur", **MONEY),
        FieldSpec("cross_sell.cancellation_rate", **PERCENT),
        FieldSpec("cross_sell.incentive_per_sale_eur", step=1.0),
        FieldSpec("cross_sell.offer_handle_seconds", step=5),
        FieldSpec("cross_sell.ramp_up_months"),
    ),
    "outbound": (
        FieldSpec("outbound.enabled", choices=SWITCH),
        FieldSpec("outbound.list_size_per_month", step=500),
        FieldSpec("outbound.opt_out_share", **PERCENT),
        FieldSpec("outbound.reach_rate", **PERCENT),
        FieldSpec("outbound.conversion_rate", **PERCENT),
        FieldSpec("outbound.margin_per_sale_eur", **MONEY),
        FieldSpec("outbound.cancellation_rate", **PERCENT),
        FieldSpec("outbound.incentive_per_sale_eur", step=1.0),
        FieldSpec("outbound.handle_seconds_per_reached", step=10),
        FieldSpec("outbound.seconds_per_unreached_attempt", step=5),
        FieldSpec("outbound.occupancy", **PERCENT),
        FieldSpec("outbound.dialler_cost_eur_per_month", step=100),
        FieldSpec("outbound.compliance_cost_eur_per_month", step=100),
        FieldSpec("outbound.ramp_up_months"),
    ),
    "charge_back": (
        FieldSpec("charge_back.enabled", choices=SWITCH),
        FieldSpec("charge_back.basis", choices=("contact", "hour")),
        FieldSpec("charge_back.margin", **PERCENT),
    ),
    "quality": (
        FieldSpec("quality.first_contact_resolution", **PERCENT),
        FieldSpec("quality.first_contact_resolution_target", **PERCENT),
        FieldSpec("quality.repeat_contacts_per_unresolved", step=0.1, decimals=2),
        FieldSpec("quality.churn_share_of_unresolved", **PERCENT),
        FieldSpec("quality.months_of_margin_lost"),
        FieldSpec("quality.improvement_cost_eur_per_month", step=500),
        FieldSpec("quality.ramp_up_months"),
    ),
    "business_case": (
        FieldSpec("business_case.horizon_years", choices=tuple(range(1, 11))),
        FieldSpec("business_case.discount_rate_per_year", **PERCENT),
    ),
}
