"""Attrition: what a leaver costs and what less attrition saves.

Ziptone, “In vijf stappen van costcenter naar profitcenter”: a centre with 250 agents, 330,000 calls a month and 3 weeks of
full-time initial training saves roughly EUR 100,000 a year for every 10% less
attrition. Read as 10 percentage points (30% → 20%), that is 25 fewer leavers at
about EUR 4,000 each — the reading this model uses by default. The other reading,
10% relative (30% → 27%), is available through ``attrition_drop_unit``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .scenario import AttritionInputs


@dataclass(frozen=True)
class CostPerLeaver:
    """What replacing one leaver costs, by component (EUR)."""

    recruitment_eur: float
    training_wage_eur: float
    trainer_eur: float
    ramp_up_eur: float

    @property
    def total_eur(self) -> float:
        return self.recruitment_eur + self.training_wage_eur + self.trainer_eur + self.ramp_up_eur


def cost_per_leaver(
    inputs: AttritionInputs, loaded_hourly_wage_eur: float, contract_hours_per_week: float
) -> CostPerLeaver:
    """Cost of replacing one agent.

    - recruitment: a fixed cost per hire;
    - initial training: weeks × hours per week × the trainee's loaded wage;
    - trainer: weeks × hours per week × trainer cost ÷ trainees per class;
    - ramp-up: ramp weeks × contract hours × average productivity loss × wage.

    With the baseline defaults: 750 + 3·36·20 + 3·36·40/10 + 4·30·0.25·20.

    >>> c = cost_per_leaver(AttritionInputs(), 20, 30)
    >>> c.recruitment_eur, c.training_wage_eur, c.trainer_eur, c.ramp_up_eur, c.total_eur
    (750.0, 2160.0, 432.0, 600.0, 3942.0)
    """
    training_hours = inputs.initial_training_weeks * inputs.training_hours_per_week
    return CostPerLeaver(
        recruitment_eur=float(inputs.recruitment_cost_per_hire_eur),
        training_wage_eur=training_hours * loaded_hourly_wage_eur,
        trainer_eur=training_hours * inputs.trainer_cost_eur_per_hour / inputs.trainees_per_trainer,
        ramp_up_eur=inputs.ramp_up_weeks
        * contract_hours_per_week
        * inputs.ramp_up_productivity_loss
        * loaded_hourly_wage_eur,
    )


def reduced_attrition_rate(
    rate_per_year: float, drop: float, unit: Literal["points", "relative"]
) -> float:
    """Attrition after a drop, read as percentage points or as relative percent.

    >>> round(reduced_attrition_rate(0.30, 0.10, "points"), 4)
    0.2
    >>> round(reduced_attrition_rate(0.30, 0.10, "relative"), 4)
    0.27
    """
    if unit == "points":
        return max(rate_per_year - drop, 0.0)
    return rate_per_year * (1.0 - drop)


@dataclass(frozen=True)
class AttritionResult:
    headcount: float
    attrition_rate_per_year: float
    leavers_per_year: float
    cost_per_leaver: CostPerLeaver
    annual_cost_eur: float
    drop: float
    drop_unit: Literal["points", "relative"]
    reduced_rate_per_year: float
    leavers_avoided_per_year: float
    saving_eur_per_year: float
    saving_per_10_points_eur: float


def attrition_saving_eur(
    headcount: float, rate_per_year: float, reduced_rate_per_year: float, leaver_cost_eur: float
) -> float:
    """Annual saving: (rate − reduced rate) × headcount × cost per leaver.

    >>> round(attrition_saving_eur(250, 0.30, 0.20, 4000), 2)
    100000.0
    """
    return (rate_per_year - reduced_rate_per_year) * headcount * leaver_cost_eur


def evaluate_attrition(
    inputs: AttritionInputs,
    headcount: float,
    loaded_hourly_wage_eur: float,
    contract_hours_per_week: float,
) -> AttritionResult:
    per_leaver = cost_per_leaver(inputs, loaded_hourly_wage_eur, contract_hours_per_week)
    rate = inputs.attrition_rate_per_year
    reduced = reduced_attrition_rate(rate, inputs.attrition_drop, inputs.attrition_drop_unit)
    return AttritionResult(
        headcount=headcount,
        attrition_rate_per_year=rate,
        leavers_per_year=rate * headcount,
        cost_per_leaver=per_leaver,
        annual_cost_eur=rate * headcount * per_leaver.total_eur,
        drop=inputs.attrition_drop,
        drop_unit=inputs.attrition_drop_unit,
        reduced_rate_per_year=reduced,
        leavers_avoided_per_year=(rate - reduced) * headcount,
        saving_eur_per_year=attrition_saving_eur(headcount, rate, reduced, per_leaver.total_eur),
        saving_per_10_points_eur=attrition_saving_eur(
            headcount, rate, max(rate - 0.10, 0.0), per_leaver.total_eur
        ),
    )
