"""Evaluate a scenario: staffing for a typical week, annual cost, attrition."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .attrition import AttritionResult, evaluate_attrition
from .cost import CostBreakdown, annual_cost, cost_per_contact_eur
from .pattern import WeeklyLoad, weekly_load
from .scenario import Scenario
from .staffing import IntervalStaffing, required_staffing


@dataclass(frozen=True)
class StaffingSummary:
    """A week of interval staffing and what it means in FTE and heads."""

    load: WeeklyLoad
    intervals: IntervalStaffing
    productive_hours_per_week: float
    scheduled_hours_per_week: float
    fte: float
    headcount: int
    peak_agents: int
    peak_scheduled_agents: int
    service_level: float
    asa_seconds: float
    occupancy: float
    workload_erlang_hours_per_week: float


def summarise_staffing(scenario: Scenario) -> StaffingSummary:
    """Interval staffing → weekly hours → FTE → headcount.

    Scheduled hours = Σ agents × interval hours ÷ (1 − shrinkage); FTE = scheduled
    hours ÷ full-time hours; headcount = FTE × full-time ÷ average contract hours,
    rounded up to whole people.
    """
    service, workforce = scenario.service, scenario.workforce
    load = weekly_load(
        scenario.pattern,
        scenario.demand.calls_per_month,
        scenario.demand.aht_seconds,
        service.interval_minutes,
    )
    intervals = required_staffing(
        load.calls,
        load.aht_seconds,
        service.interval_minutes,
        service.service_level_target,
        service.answer_seconds,
        service.max_occupancy,
        service.shrinkage,
    )
    hours_per_interval = service.interval_minutes / 60.0
    productive_hours = float(intervals.agents.sum()) * hours_per_interval
    scheduled_hours = productive_hours / (1.0 - service.shrinkage)
    fte = scheduled_hours / workforce.full_time_hours_per_week
    headcount = math.ceil(
        round(
            fte * workforce.full_time_hours_per_week / workforce.average_contract_hours_per_week, 9
        )
    )
    calls_total = float(intervals.calls.sum())
    workload_hours = float(intervals.traffic_erlangs.sum()) * hours_per_interval
    # Call-weighted service level and ASA: what the average caller experiences.
    weights = intervals.calls / calls_total if calls_total > 0 else np.zeros_like(intervals.calls)
    return StaffingSummary(
        load=load,
        intervals=intervals,
        productive_hours_per_week=productive_hours,
        scheduled_hours_per_week=scheduled_hours,
        fte=fte,
        headcount=headcount,
        peak_agents=int(intervals.agents.max(initial=0)),
        peak_scheduled_agents=int(intervals.scheduled_agents.max(initial=0)),
        service_level=float(np.sum(weights * intervals.service_level)),
        asa_seconds=float(np.sum(weights * intervals.asa_seconds)),
        occupancy=workload_hours / productive_hours if productive_hours > 0 else 0.0,
        workload_erlang_hours_per_week=workload_hours,
    )


@dataclass(frozen=True)
class Evaluation:
    scenario: Scenario
    staffing: StaffingSummary
    cost: CostBreakdown
    attrition: AttritionResult
    contacts_per_year: float

    @property
    def annual_cost_eur(self) -> float:
        return self.cost.total_eur

    @property
    def cost_per_contact_eur(self) -> float:
        return cost_per_contact_eur(self.cost.total_eur, self.contacts_per_year)

    @property
    def cost_per_fte_eur(self) -> float:
        return self.cost.total_eur / self.staffing.fte if self.staffing.fte > 0 else 0.0

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready summary (the CLI's ``evaluate --json``)."""
        s, a = self.staffing, self.attrition
        return {
            "scenario": self.scenario.name,
            "headcount": s.headcount,
            "fte": round(s.fte, 2),
            "productive_hours_per_week": round(s.productive_hours_per_week, 2),
            "scheduled_hours_per_week": round(s.scheduled_hours_per_week, 2),
            "peak_agents": s.peak_agents,
            "service_level": round(s.service_level, 4),
            "asa_seconds": round(s.asa_seconds, 2),
            "occupancy": round(s.occupancy, 4),
            "contacts_per_year": round(self.contacts_per_year, 2),
            "annual_cost_eur": round(self.annual_cost_eur, 2),
            "cost_per_contact_eur": round(self.cost_per_contact_eur, 4),
            "cost_per_fte_eur": round(self.cost_per_fte_eur, 2),
            "cost_breakdown_eur": {k: round(v, 2) for k, v in self.cost.parts().items()},
            "attrition": {
                "attrition_rate_per_year": a.attrition_rate_per_year,
                "leavers_per_year": round(a.leavers_per_year, 2),
                "cost_per_leaver_eur": round(a.cost_per_leaver.total_eur, 2),
                "cost_per_leaver_breakdown_eur": {
                    "recruitment": round(a.cost_per_leaver.recruitment_eur, 2),
                    "initial_training": round(a.cost_per_leaver.training_wage_eur, 2),
                    "trainer": round(a.cost_per_leaver.trainer_eur, 2),
                    "ramp_up": round(a.cost_per_leaver.ramp_up_eur, 2),
                },
                "annual_cost_eur": round(a.annual_cost_eur, 2),
                "drop": a.drop,
                "drop_unit": a.drop_unit,
                "reduced_rate_per_year": round(a.reduced_rate_per_year, 6),
                "saving_eur_per_year": round(a.saving_eur_per_year, 2),
                "saving_per_10_points_eur": round(a.saving_per_10_points_eur, 2),
            },
        }


def evaluate(scenario: Scenario) -> Evaluation:
    """Evaluate one scenario end to end (pure: same input, same output)."""
    staffing = summarise_staffing(scenario)
    workforce = scenario.workforce
    attrition = evaluate_attrition(
        scenario.attrition,
        staffing.headcount,
        workforce.loaded_hourly_wage_eur,
        workforce.average_contract_hours_per_week,
    )
    cost = annual_cost(workforce, staffing.fte, staffing.headcount, attrition.annual_cost_eur)
    return Evaluation(
        scenario=scenario,
        staffing=staffing,
        cost=cost,
        attrition=attrition,
        contacts_per_year=scenario.demand.calls_per_month * 12.0,
    )
