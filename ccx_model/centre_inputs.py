"""The centre's own inputs: its contact volume, the service it promises (and how
callers behave in the queue) and its workforce. Part of ``scenario.Scenario``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import FrozenModel
from .problems import rule_error

_Frozen = FrozenModel


class Demand(_Frozen):
    """Inbound contact volume and how long each contact takes."""

    calls_per_month: float = Field(
        330_000,
        ge=1,
        le=100_000_000,
        description="Inbound calls offered per month (Ziptone, “In vijf stappen van costcenter naar profitcenter”: 330,000).",
    )
    aht_seconds: float = Field(
        205,
        ge=10,
        le=7_200,
        description=(
            "Average handle time per call in seconds: talk + hold + after-call work. "
            "Default 205 s: calibrated so the baseline needs the 250 agents in Ziptone, “In vijf stappen van costcenter naar profitcenter”."
        ),
    )


class ServiceTarget(_Frozen):
    """The service level the centre promises, and limits on how hard agents work."""

    service_level_target: float = Field(
        0.80,
        gt=0.0,
        le=0.999,
        description="Share of calls to answer within the answer time, e.g. 0.80 for 80/20.",
    )
    answer_seconds: float = Field(
        20,
        ge=0,
        le=3_600,
        description="Answer-time target in seconds, e.g. 20 for 80% in 20 s.",
    )
    max_occupancy: float | None = Field(
        0.90,
        ge=0.5,
        le=1.0,
        description=(
            "Highest share of logged-in time an agent may spend handling calls; "
            "empty for no cap. 0.90 is a common ceiling against burn-out (industry practice)."
        ),
    )
    shrinkage: float = Field(
        0.35,
        ge=0.0,
        le=0.8,
        description=(
            "Share of paid time not available for calls: breaks, holidays, sickness, "
            "training, meetings. 35% is a typical Dutch figure (industry benchmarks 30–40%)."
        ),
    )
    interval_minutes: Literal[15, 30, 60] = Field(
        15, description="Length of a planning interval in minutes (15, 30 or 60)."
    )
    # Erlang A (callers hang up): empty patience = Erlang C, so every existing file
    # keeps its numbers.
    average_patience_seconds: float | None = Field(
        None,
        gt=0.0,
        le=3_600.0,
        description=(
            "Average time a caller waits before hanging up, in seconds; empty for Erlang C "
            "(nobody hangs up). Read it from your telephone system: abandoned calls' wait "
            "÷ share abandoned is a common estimate."
        ),
    )
    max_abandonment: float | None = Field(
        None,
        gt=0.0,
        le=1.0,
        description="Highest share of calls allowed to hang up (with a patience); empty for none.",
    )
    abandon_callback_share: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Share of callers who hang up and call again (a planning assumption, not a "
            "published figure: read it from your repeat-caller report). They are staffed "
            "as extra calls."
        ),
    )
    abandon_churn_share: float = Field(
        0.01,
        ge=0.0,
        le=1.0,
        description=(
            "Share of callers who hang up and are lost as customers (a planning "
            "assumption: compare the churn of customers whose call was abandoned). Each "
            "costs the months of margin lost to churn (quality)."
        ),
    )


class Workforce(_Frozen):
    """Contracts, wages and the cost of running a seat."""

    full_time_hours_per_week: float = Field(
        36,
        ge=10,
        le=60,
        description="Paid hours in a full-time week (36 h in many Dutch collective agreements).",
    )
    average_contract_hours_per_week: float = Field(
        30,
        ge=4,
        le=60,
        description=(
            "Average contract hours per agent; fewer than full time means more heads per FTE. "
            "Default 30 h: contact centres employ many part-timers."
        ),
    )
    loaded_hourly_wage_eur: float = Field(
        20,
        ge=1,
        le=500,
        description=(
            "Agent cost per paid hour including holiday pay and employer charges "
            "(default EUR 20: a Dutch agent's gross wage of about EUR 15 plus ~35%)."
        ),
    )
    agents_per_team_leader: float = Field(
        15, ge=1, le=100, description="Agents (headcount) per team leader."
    )
    team_leader_cost_eur_per_year: float = Field(
        60_000,
        ge=0,
        le=1_000_000,
        description="Loaded annual cost of one team leader.",
    )
    overhead_per_fte_eur_per_year: float = Field(
        4_000,
        ge=0,
        le=200_000,
        description="Facilities, workplace and management overhead per FTE per year.",
    )
    software_per_agent_eur_per_year: float = Field(
        1_200,
        ge=0,
        le=100_000,
        description="Telephony, CRM and workforce-management licences per agent (named user).",
    )

    @model_validator(mode="after")
    def _contract_within_full_time(self) -> Workforce:
        if self.average_contract_hours_per_week > self.full_time_hours_per_week:
            raise rule_error(
                "contract_hours_above_full_time",
                contract_field="average_contract_hours_per_week",
                full_time_field="full_time_hours_per_week",
            )
        return self
