"""Which scenario fields the app shows as inputs, grouped, and how (unit, scale, step).

Shares are stored as fractions (0.35) but typed as percentages (35): ``scale``
converts. Labels and Dutch tooltips live in ``texts``; the English tooltip is the
field's own description in ``ccx_model.scenario`` (one source for both).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from ccx_model.i18n import format_number, has_text, t
from ccx_model.problems import Bounds, field_bounds, field_info
from ccx_model.scenario import Scenario


@dataclass(frozen=True)
class FieldSpec:
    path: str
    scale: float = 1.0
    step: float = 1.0
    decimals: int = 0
    choices: tuple[Any, ...] = ()
    optional: bool = False
    # An optional field that is empty by default: the value its box starts with when
    # switched on (a patience of 120 s), so a tick never shows an empty input.
    suggested: float | None = None

    @property
    def key(self) -> str:
        """Session-state key of the widget."""
        return "in." + self.path

    @property
    def loc(self) -> tuple[str, ...]:
        return tuple(self.path.split("."))

    def to_display(self, value: Any) -> Any:
        if value is None or self.choices:
            return value
        shown = value * self.scale
        return round(shown, 6) if self.decimals else shown

    def from_display(self, shown: Any) -> Any:
        if shown is None or self.choices:
            return shown
        if self.scale == 1:
            return shown
        # 99.9 / 100 is 0.9990000000000001 in floats, above a bound of 0.999: twelve
        # decimals are far finer than any input and round that noise away.
        return round(shown / self.scale, 12)

    def display_bounds(self) -> tuple[float | None, float | None]:
        bounds = self.shown_bounds()
        return bounds.low, bounds.high

    def shown_bounds(self) -> Bounds:
        """The field's range as the form shows it (percentages for shares), open ends kept."""
        bounds = field_bounds(field_info(Scenario, self.loc))
        return replace(
            bounds,
            low=None if bounds.low is None else bounds.low * self.scale,
            high=None if bounds.high is None else bounds.high * self.scale,
        )

    def description(self) -> str:
        info = field_info(Scenario, self.loc)
        return str(getattr(info, "description", "") or "")


def percent(path: str, optional: bool = False) -> FieldSpec:
    """A share stored as a fraction (0.35) and typed as a percentage (35)."""
    return FieldSpec(path, scale=100.0, step=1.0, decimals=1, optional=optional)


GROUPS: dict[str, tuple[FieldSpec, ...]] = {
    "demand": (
        FieldSpec("demand.calls_per_month", step=1_000),
        FieldSpec("demand.aht_seconds", step=5),
    ),
    "service": (
        percent("service.service_level_target"),
        FieldSpec("service.answer_seconds", step=5),
        percent("service.max_occupancy", optional=True),
        percent("service.shrinkage"),
        FieldSpec("service.interval_minutes", choices=(15, 30, 60)),
        FieldSpec("service.average_patience_seconds", step=10, optional=True, suggested=120.0),
        FieldSpec(
            "service.max_abandonment",
            scale=100.0,
            step=1.0,
            decimals=1,
            optional=True,
            suggested=0.05,
        ),
        percent("service.abandon_callback_share"),
        percent("service.abandon_churn_share"),
    ),
    "workforce": (
        FieldSpec("workforce.full_time_hours_per_week"),
        FieldSpec("workforce.average_contract_hours_per_week"),
        FieldSpec("workforce.loaded_hourly_wage_eur", step=0.5, decimals=2),
        FieldSpec("workforce.agents_per_team_leader"),
        FieldSpec("workforce.team_leader_cost_eur_per_year", step=1_000),
        FieldSpec("workforce.overhead_per_fte_eur_per_year", step=100),
        FieldSpec("workforce.software_per_agent_eur_per_year", step=50),
    ),
    "attrition": (
        percent("attrition.attrition_rate_per_year"),
        FieldSpec("attrition.recruitment_cost_per_hire_eur", step=50),
        FieldSpec("attrition.initial_training_weeks", step=0.5, decimals=1),
        FieldSpec("attrition.training_hours_per_week"),
        FieldSpec("attrition.trainees_per_trainer"),
        FieldSpec("attrition.trainer_cost_eur_per_hour", step=1, decimals=2),
        FieldSpec("attrition.ramp_up_weeks", step=0.5, decimals=1),
        percent("attrition.ramp_up_productivity_loss"),
        percent("attrition.attrition_drop"),
        FieldSpec("attrition.attrition_drop_unit", choices=("points", "relative")),
    ),
}

# Inputs drawn on the profit-centre, value and business-case pages.
# ``choices=(False, True)`` marks an on/off switch.
SWITCH = (False, True)
# A pilot's months, then whole years up to ten.
HORIZONS = (6, 9, *range(12, 121, 12))

PROFIT_GROUPS: dict[str, tuple[FieldSpec, ...]] = {
    "customers": (FieldSpec("customers.margin_eur_per_year", step=10.0),),
    "retention": (
        FieldSpec("retention.enabled", choices=SWITCH),
        percent("retention.leave_intent_share"),
        percent("retention.save_rate"),
        FieldSpec("retention.months_retained"),
        FieldSpec("retention.save_offer_cost_eur", step=10.0),
        FieldSpec("retention.extra_handle_seconds", step=5),
        FieldSpec("retention.start_month"),
        FieldSpec("retention.ramp_up_months"),
    ),
    "cross_sell": (
        FieldSpec("cross_sell.enabled", choices=SWITCH),
        percent("cross_sell.eligible_share"),
        percent("cross_sell.offer_rate"),
        percent("cross_sell.conversion_rate"),
        FieldSpec("cross_sell.margin_per_sale_eur", step=10.0),
        percent("cross_sell.cancellation_rate"),
        FieldSpec("cross_sell.incentive_per_sale_eur", step=1.0),
        FieldSpec("cross_sell.offer_handle_seconds", step=5),
        FieldSpec("cross_sell.contract_months"),
        FieldSpec("cross_sell.start_month"),
        FieldSpec("cross_sell.ramp_up_months"),
    ),
    "outbound": (
        FieldSpec("outbound.enabled", choices=SWITCH),
        FieldSpec("outbound.list_size_per_month", step=500),
        percent("outbound.opt_out_share"),
        percent("outbound.reach_rate"),
        percent("outbound.conversion_rate"),
        FieldSpec("outbound.margin_per_sale_eur", step=10.0),
        percent("outbound.cancellation_rate"),
        FieldSpec("outbound.incentive_per_sale_eur", step=1.0),
        FieldSpec("outbound.handle_seconds_per_reached", step=10),
        FieldSpec("outbound.seconds_per_unreached_attempt", step=5),
        percent("outbound.occupancy"),
        FieldSpec("outbound.dialler_cost_eur_per_month", step=100),
        FieldSpec("outbound.compliance_cost_eur_per_month", step=100),
        FieldSpec("outbound.contract_months"),
        FieldSpec("outbound.start_month"),
        FieldSpec("outbound.ramp_up_months"),
    ),
    "charge_back": (
        FieldSpec("charge_back.enabled", choices=SWITCH),
        FieldSpec("charge_back.basis", choices=("contact", "hour")),
        percent("charge_back.margin"),
    ),
    "quality": (
        percent("quality.first_contact_resolution"),
        percent("quality.first_contact_resolution_target"),
        FieldSpec("quality.repeat_contacts_per_unresolved", step=0.1, decimals=2),
        percent("quality.churn_share_of_unresolved"),
        FieldSpec("quality.months_of_margin_lost"),
        FieldSpec("quality.improvement_cost_eur_per_month", step=500),
        FieldSpec("quality.start_month"),
        FieldSpec("quality.ramp_up_months"),
    ),
    "channels.chat": (
        FieldSpec("channels.chat.enabled", choices=SWITCH),
        FieldSpec("channels.chat.contacts_per_month", step=1_000),
        FieldSpec("channels.chat.aht_seconds", step=10),
        FieldSpec("channels.chat.concurrency", step=0.5, decimals=1),
        percent("channels.chat.service_level_target"),
        FieldSpec("channels.chat.answer_seconds", step=5),
        percent("channels.chat.max_occupancy"),
    ),
    **{
        f"channels.{kind}": (
            FieldSpec(f"channels.{kind}.enabled", choices=SWITCH),
            FieldSpec(f"channels.{kind}.contacts_per_month", step=500),
            FieldSpec(f"channels.{kind}.handle_seconds", step=10),
            FieldSpec(f"channels.{kind}.response_hours"),
            percent(f"channels.{kind}.utilisation"),
        )
        for kind in ("email", "back_office")
    },
    "channels.chatbot": (
        FieldSpec("channels.chatbot.enabled", choices=SWITCH),
        FieldSpec("channels.chatbot.conversations_per_month", step=1_000),
        FieldSpec("channels.chatbot.cost_per_conversation_eur", step=0.05, decimals=2),
        FieldSpec("channels.chatbot.platform_cost_eur_per_month", step=100),
        percent("channels.chatbot.containment_rate"),
        FieldSpec("channels.chatbot.escalation_channel", choices=("chat", "phone")),
    ),
    "channels.self_service": (
        FieldSpec("channels.self_service.enabled", choices=SWITCH),
        percent("channels.self_service.deflection_rate"),
        FieldSpec("channels.self_service.platform_cost_eur_per_month", step=100),
    ),
    "channels.shift": (percent("channels.shift.share_of_phone_to_chat"),),
    "outsourcing": (
        FieldSpec("outsourcing.enabled", choices=SWITCH),
        percent("outsourcing.share_of_volume"),
        FieldSpec("outsourcing.pricing", choices=("per_productive_hour", "per_contact")),
        FieldSpec("outsourcing.price_per_productive_hour_eur", step=0.5, decimals=2),
        FieldSpec("outsourcing.price_per_contact_eur", step=0.05, decimals=2),
        FieldSpec("outsourcing.transition_cost_eur", step=5_000),
        FieldSpec("outsourcing.transition_months"),
        FieldSpec("outsourcing.retained_management_fte", step=0.5, decimals=1),
        FieldSpec("outsourcing.retained_cost_eur_per_fte_year", step=1_000),
        FieldSpec("outsourcing.quality_monitoring_eur_per_month", step=500),
        percent("outsourcing.stranded_overhead_share"),
        FieldSpec("outsourcing.redundancy_cost_eur_per_head", step=500),
        percent("outsourcing.provider_attrition_rate_per_year"),
        percent("outsourcing.first_contact_resolution_delta"),
    ),
    "attrition_programme": (
        FieldSpec("attrition_programme.enabled", choices=SWITCH),
        percent("attrition_programme.attrition_drop"),
        FieldSpec("attrition_programme.attrition_drop_unit", choices=("points", "relative")),
        FieldSpec("attrition_programme.cost_eur_per_head_per_year", step=50),
        FieldSpec("attrition_programme.start_month"),
        FieldSpec("attrition_programme.ramp_up_months"),
    ),
    "business_case": (
        FieldSpec("business_case.horizon_months", choices=HORIZONS),
        percent("business_case.discount_rate_per_year"),
        percent("business_case.wage_indexation_per_year"),
        percent("business_case.price_indexation_per_year"),
    ),
    "risk_adjustment": (
        percent("risk_adjustment.retention"),
        percent("risk_adjustment.cross_sell"),
        percent("risk_adjustment.outbound"),
        percent("risk_adjustment.service"),
        percent("risk_adjustment.costs"),
    ),
}

ALL_FIELDS: tuple[FieldSpec, ...] = tuple(
    spec for groups in (GROUPS, PROFIT_GROUPS) for group in groups.values() for spec in group
)
BY_PATH: dict[str, FieldSpec] = {spec.path: spec for spec in ALL_FIELDS}
GROUP_OF: dict[str, str] = {
    spec.path: group for group, specs in (*GROUPS.items(), *PROFIT_GROUPS.items()) for spec in specs
}


def field_name(path: str, lang: str, unit: bool = True) -> str:
    """A field as the form names it, with its group: "Retention · Save rate (%)" (the
    dotted path where the form does not show it).

    >>> field_name("retention.save_rate", "nl")
    'Retentie · Behoudpercentage (%)'
    """
    if path not in BY_PATH or not has_text(f"field.{path}"):
        return path
    group = GROUP_OF[path]
    label = t(f"group.{group}", lang) if has_text(f"group.{group}") else group
    name = t(f"field.{path}", lang)
    if not unit:  # a headline: "Retention · Save rate", not "… Save rate (%)"
        name = re.sub(r"\s*\([^)]*\)$", "", name)
    return f"{label} · {name}"


def shown_value(path: str, value: float, lang: str, digits: int = 2) -> str:
    """A value of a numeric field to ``digits`` significant figures, as the form shows
    it: shares as percentages ("6.2%"), others as numbers ("121", "0.85").

    >>> shown_value("cross_sell.conversion_rate", 0.062051, "en"), shown_value(
    ...     "cross_sell.offer_handle_seconds", 121.34, "nl")
    ('6.2%', '121')
    """
    spec = BY_PATH.get(path, FieldSpec(path))
    shown = spec.to_display(value)
    size = abs(shown)
    decimals = 0 if size == 0 else max(0, digits - 1 - math.floor(math.log10(size)))
    if float(round(shown, decimals)).is_integer():
        decimals = 0  # "6 months", "4%", not "6.0", "4.0%"
    text = format_number(round(shown, decimals), lang, decimals)
    return text + "%" if spec.scale == 100.0 else text


def get_path(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        node = node[part]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[part]
    node[last] = value
