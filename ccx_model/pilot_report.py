"""A pilot scenario's plan and, once it has actuals, its result and decision.

A pilot scenario's levers describe the pilot group only (``scenarios/pilot.yaml``:
one team's share of the calls), so the model's cross-sell offers per week *are* the
pilot group's: ``offers per week = cross-sell offers per year ÷ 52``. The sample size
(``pilot.plan_pilot``) is given the centre's eligible contacts per week, that figure
÷ the group's share; the control's contacts are those of the control share at the
same rate (a control that makes no offers is compared on the conversion the pilot
must beat: ``baseline_conversion``). With weekly actuals stored in the section, the
evaluation (``pilot_evaluation``) judges each criterion and applies the rule.

``pilot_evaluation`` needs scipy's t distribution: it is imported only when a pilot
has actuals, so a scenario without them loads no statistics library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cost import WEEKS_PER_YEAR
from .evaluate import Evaluation
from .pilot import Pilot, PilotPlan, plan_pilot
from .scenario import Scenario

if TYPE_CHECKING:
    from .pilot_evaluation import PilotEvaluation


def pilot_offers_per_week(evaluation: Evaluation) -> float:
    """The pilot group's cross-sell offers per week (the scenario describes the group)."""
    stream = evaluation.revenue.by_name().get("cross_sell")
    offers = 0.0 if stream is None else stream.volumes_per_year.get("offers", 0.0)
    return offers / WEEKS_PER_YEAR


@dataclass(frozen=True)
class PilotReport:
    """What the pilot needs before it starts, and what it showed."""

    pilot: Pilot
    offers_per_week: float
    plan: PilotPlan
    result: PilotEvaluation | None

    @property
    def per_group(self) -> int:
        return self.plan.size.per_group

    @property
    def weeks_needed(self) -> int | None:
        return self.plan.weeks_needed

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "design": self.pilot.model_dump(mode="json", exclude={"actuals", "note"}),
            "note": self.pilot.note,
            "offers_per_week": self.offers_per_week,
            "plan": self.plan.to_dict(lang),
            "result": None if self.result is None else self.result.to_dict(lang),
        }


def pilot_report(scenario: Scenario, evaluation: Evaluation) -> PilotReport | None:
    """The pilot's plan and result (None when the scenario is not a pilot)."""
    pilot = scenario.pilot
    if pilot is None:
        return None
    offers = pilot_offers_per_week(evaluation)
    plan = plan_pilot(pilot, offers / pilot.group_share)
    result = None
    if pilot.actuals is not None:
        from .pilot_evaluation import evaluate_pilot

        result = evaluate_pilot(pilot, pilot.actuals)
    return PilotReport(pilot, offers, plan, result)
