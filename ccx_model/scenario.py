"""Scenario inputs: frozen pydantic models, every field with its unit, range and meaning.

The ``description`` of each field is written for a contact-centre director: the app
shows it as the tooltip of the input. Defaults are the baseline cost centre of
Ziptone, “In vijf stappen van costcenter naar profitcenter” (250 agents, 330,000 inbound calls a month, 3 weeks of full-time initial
training); each default that does not come from the source articles says where it comes from.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema, model_validator

from .base import FrozenModel, Line, Paragraph
from .centre_inputs import Demand as Demand
from .centre_inputs import ServiceTarget as ServiceTarget
from .centre_inputs import Workforce as Workforce
from .channels import Channels
from .commercial import (
    BusinessCaseInputs,
    ChargeBack,
    CrossSell,
    Customers,
    Outbound,
    Quality,
    Retention,
)
from .failure_demand import FailureDemand
from .outsourcing import Outsourcing
from .pilot import Pilot
from .problems import rule_error
from .risk_adjustment import RiskAdjustment
from .targeting import Targeting
from .value_range import (
    RANGES_SCHEMA,
    ValueRange,
    check_ranges,
    ranges_from_file,
    ranges_to_file,
)

SCHEMA_VERSION = 4  # see migrations.py for what each version added

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Share = Annotated[float, Field(ge=0.0, le=1.0)]
# Bounds of the weekly pattern's values: as the CSV interval forecast allows, and far
# above any real centre (a weight is relative: only its ratio to the others counts).
HourlyWeight = Annotated[float, Field(ge=0.0, le=1_000_000.0)]
IntervalCalls = Annotated[float, Field(ge=0.0, le=10_000_000.0)]
IntervalAht = Annotated[float, Field(ge=1.0, le=7_200.0)]


_Frozen = FrozenModel


class AttritionInputs(_Frozen):
    """Agents who leave and what replacing each of them costs."""

    attrition_rate_per_year: float = Field(
        0.30,
        ge=0.0,
        le=3.0,
        description=(
            "Leavers per year as a share of headcount (0.30 = 30%). "
            "Typical in-house 20–35%, far higher in outsourcing."
        ),
    )
    recruitment_cost_per_hire_eur: float = Field(
        750,
        ge=0,
        le=100_000,
        description="Advertising, screening and interview time per new agent.",
    )
    initial_training_weeks: float = Field(
        3,
        ge=0,
        le=52,
        description="Weeks of initial training (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 3 weeks full-time).",
    )
    training_hours_per_week: float = Field(
        36,
        ge=0,
        le=60,
        description="Paid training hours per week (full-time: Ziptone, “In vijf stappen van costcenter naar profitcenter”).",
    )
    trainees_per_trainer: float = Field(
        10, ge=1, le=100, description="New agents one trainer teaches at once (class size)."
    )
    trainer_cost_eur_per_hour: float = Field(
        40, ge=0, le=1_000, description="Loaded cost of a trainer per hour."
    )
    ramp_up_weeks: float = Field(
        4,
        ge=0,
        le=52,
        description="Weeks after training before a new agent is fully productive.",
    )
    ramp_up_productivity_loss: float = Field(
        0.25,
        ge=0.0,
        le=1.0,
        description="Average productivity lost during ramp-up (0.25 = works at 75% on average).",
    )
    attrition_drop: float = Field(
        0.10,
        ge=0.0,
        le=1.0,
        description="The reduction in attrition whose saving is shown (0.10 = 10).",
    )
    attrition_drop_unit: Literal["points", "relative"] = Field(
        "points",
        description=(
            "How to read the reduction: 'points' = percentage points of annual attrition "
            "(30% → 20%), 'relative' = percent of today's rate (30% → 27%)."
        ),
    )


class AttritionProgramme(_Frozen):
    """A lever of the business case: an engagement programme that lowers attrition.

    Fewer leavers mean less spent on recruiting, training and ramping up new agents
    (the Attrition page's cost per leaver). The programme has a running cost per
    agent; its effect starts in its start month and grows over its ramp-up.
    (The Attrition page's "what if attrition were N points lower" stays a what-if.)
    """

    enabled: bool = Field(False, description="Run an attrition programme in this scenario.")
    attrition_drop: float = Field(
        0.05,
        ge=0.0,
        le=1.0,
        description="How much the programme lowers attrition, at full effect (0.05 = 5).",
    )
    attrition_drop_unit: Literal["points", "relative"] = Field(
        "points",
        description=(
            "How to read the drop: 'points' = percentage points of annual attrition, "
            "'relative' = percent of today's rate."
        ),
    )
    cost_eur_per_head_per_year: float = Field(
        300,
        ge=0,
        le=100_000,
        description=(
            "Running cost per agent per year: coaching, recognition, career paths, "
            "surveys (illustrative EUR 300)."
        ),
    )
    start_month: int = Field(
        1, ge=1, le=120, description="First month of effect and of the running cost."
    )
    ramp_up_months: float = Field(
        6,
        ge=0,
        le=60,
        description="Months until attrition is down by the full drop (linear; 0 = at once).",
    )


def _default_day_shares() -> tuple[float, float, float, float, float, float, float]:
    # Monday is busiest, Sunday closed: a common Dutch service-centre week.
    return (0.22, 0.19, 0.18, 0.17, 0.16, 0.08, 0.0)


def _default_opening_hours() -> tuple[tuple[float, float], ...]:
    return ((8, 20), (8, 20), (8, 20), (8, 20), (8, 20), (9, 17), (0, 0))


def _default_hourly_weights() -> tuple[float, ...]:
    # Morning peak around 10:00, a dip at lunch and a smaller afternoon peak.
    return (
        0, 0, 0, 0, 0, 0, 0, 0,
        0.8, 1.2, 1.3, 1.2, 1.0, 0.9, 1.05, 1.1,
        1.0, 0.9, 0.7, 0.55, 0, 0, 0, 0,
    )  # fmt: skip


class DemandPattern(_Frozen):
    """How the monthly volume spreads over a week of intervals."""

    day_shares: tuple[Share, Share, Share, Share, Share, Share, Share] = Field(
        default_factory=_default_day_shares,
        description="Share of the weekly volume per day, Monday to Sunday (sums to 1).",
    )
    opening_hours: tuple[tuple[float, float], ...] = Field(
        default_factory=_default_opening_hours,
        description="Opening and closing hour per day, Monday to Sunday (e.g. 8 and 20).",
    )
    hourly_weights: tuple[HourlyWeight, ...] = Field(
        default_factory=_default_hourly_weights,
        description="Relative call arrival weight per hour of the day (24 values, 0 to 24 h).",
    )
    interval_calls: tuple[IntervalCalls, ...] | None = Field(
        None,
        description=(
            "An imported weekly interval forecast (calls per interval, Monday 00:00 on); "
            "when set it replaces the day shares and hourly weights as the weekly shape."
        ),
    )
    interval_aht_seconds: tuple[IntervalAht, ...] | None = Field(
        None, description="Optional AHT per interval from the imported forecast."
    )

    @model_validator(mode="after")
    def _consistent(self) -> DemandPattern:
        if len(self.opening_hours) != 7:
            raise rule_error("opening_hours_days")
        for day, (open_hour, close_hour) in zip(DAYS, self.opening_hours, strict=True):
            if not (0 <= open_hour <= close_hour <= 24):
                raise rule_error(
                    "opening_hours_order",
                    day_key=f"day.{day}",
                    open_hour=float(open_hour),
                    close_hour=float(close_hour),
                )
        if len(self.hourly_weights) != 24 or min(self.hourly_weights) < 0:
            raise rule_error("hourly_weights")
        if self.interval_calls is None:
            if abs(sum(self.day_shares) - 1.0) > 1e-6:
                raise rule_error("day_shares_sum", total=round(sum(self.day_shares), 4))
            for day, share, hours in zip(DAYS, self.day_shares, self.opening_hours, strict=True):
                if share > 0 and not _open_with_calls(hours, self.hourly_weights):
                    raise rule_error(
                        "day_without_open_hours", day_key=f"day.{day}", share=round(share * 100, 1)
                    )
        else:
            if min(self.interval_calls) < 0 or sum(self.interval_calls) <= 0:
                raise rule_error("interval_calls")
            if self.interval_aht_seconds is not None and (
                len(self.interval_aht_seconds) != len(self.interval_calls)
                or min(self.interval_aht_seconds) <= 0
            ):
                raise rule_error("interval_aht")
        return self


def _open_with_calls(hours: tuple[float, float], hourly_weights: tuple[float, ...]) -> bool:
    """Whether some open part of the day falls in an hour with a positive weight.

    The same test ``pattern.weekly_weights`` applies interval by interval: an hour
    counts if it overlaps the opening hours for a positive time.
    """
    open_hour, close_hour = hours
    return any(
        weight > 0 and min(hour + 1, close_hour) > max(hour, open_hour)
        for hour, weight in enumerate(hourly_weights)
    )


class Scenario(_Frozen):
    """A complete set of assumptions for one contact centre scenario."""

    schema_version: Literal[4] = Field(4, description="Scenario file format version.")
    name: Line = Field("Baseline", min_length=1, max_length=120, description="Scenario name.")
    description: Paragraph = Field(
        "", max_length=4_000, description="What this scenario is and why."
    )
    demand: Demand = Field(default_factory=Demand)
    service: ServiceTarget = Field(default_factory=ServiceTarget)
    pattern: DemandPattern = Field(default_factory=DemandPattern)
    workforce: Workforce = Field(default_factory=Workforce)
    attrition: AttritionInputs = Field(default_factory=AttritionInputs)
    attrition_programme: AttritionProgramme = Field(default_factory=AttritionProgramme)
    customers: Customers = Field(default_factory=Customers)
    quality: Quality = Field(default_factory=Quality)
    retention: Retention = Field(default_factory=Retention)
    cross_sell: CrossSell = Field(default_factory=CrossSell)
    outbound: Outbound = Field(default_factory=Outbound)
    charge_back: ChargeBack = Field(default_factory=ChargeBack)
    failure_demand: FailureDemand = Field(default_factory=FailureDemand)
    channels: Channels = Field(default_factory=Channels)
    outsourcing: Outsourcing = Field(default_factory=Outsourcing)
    business_case: BusinessCaseInputs = Field(default_factory=BusinessCaseInputs)
    targeting: Targeting | None = Field(
        None,
        description="The RFM segments cross-sell and outbound are aimed at, with the "
        "figures measured on the customer file (aggregates only, never a customer).",
    )
    pilot: Pilot | None = Field(
        None,
        description="This scenario is a pilot: its group, duration, control, success "
        "criteria as numbers and the decision rule; its levers describe the pilot group.",
    )
    risk_adjustment: RiskAdjustment = Field(
        default_factory=RiskAdjustment,
        description="Haircuts on benefits and a cost risk for the risk-adjusted view.",
    )
    # Read and written as {path: {low, high, distribution}}; a tuple in memory so a
    # scenario stays hashable (its ledger is cached).
    ranges: Annotated[
        tuple[ValueRange, ...],
        BeforeValidator(ranges_from_file),
        PlainSerializer(ranges_to_file),
        WithJsonSchema(RANGES_SCHEMA),
    ] = Field(
        (),
        description="Ranges on assumptions for the risk view: the low and high end of a "
        "numeric field (its likely value is the scenario's own).",
    )

    @model_validator(mode="after")
    def _ranges_fit(self) -> Scenario:
        check_ranges(self, self.ranges)
        return self

    @model_validator(mode="after")
    def _targeting_chosen(self) -> Scenario:
        # A targeting section aims cross-sell and outbound at its segments: none chosen
        # would offer nothing to anyone, which is switching them off, not targeting.
        if self.targeting is not None and not self.targeting.segments:
            raise rule_error("targeting_no_segments")
        return self

    @model_validator(mode="after")
    def _pilot_within_horizon(self) -> Scenario:
        # The business case of a pilot covers the pilot: a pilot longer than its case
        # would decide on months the case does not count.
        pilot, months = self.pilot, self.business_case.horizon_months
        if pilot is not None and pilot.duration_weeks * 12 / 52 > months + 1e-9:
            raise rule_error("pilot_longer_than_horizon", weeks=pilot.duration_weeks, months=months)
        return self
