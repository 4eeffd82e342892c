"""The cost of poor service (CustomerFirst, “Weg met Calimero!”: the centre is always a value centre).

Two parts, per year: what the repeat contacts cost the centre — the difference,
through Erlang C, between the centre as it is and the same centre resolving every
issue at the first contact — and the margin of the customers who leave over an
unresolved issue.
"""

from __future__ import annotations

from dataclasses import dataclass

from .evaluate import Evaluation, evaluate
from .scenario import Scenario


@dataclass(frozen=True)
class CostOfPoorService:
    first_contacts_per_year: float
    repeat_contacts_per_year: float
    repeat_cost_eur_per_year: float
    customers_lost_per_year: float
    lost_margin_eur_per_year: float
    cost_eur_per_year: float  # of the centre with these repeats
    cost_if_resolved_eur_per_year: float  # of the same centre at 100% first-contact resolution

    @property
    def total_eur_per_year(self) -> float:
        return self.repeat_cost_eur_per_year + self.lost_margin_eur_per_year

    def parts(self) -> dict[str, float]:
        return {
            "repeat_cost": self.repeat_cost_eur_per_year,
            "lost_margin": self.lost_margin_eur_per_year,
        }


def resolved_at_first_contact(scenario: Scenario) -> Scenario:
    """The same scenario with every issue resolved at the first contact."""
    quality = scenario.quality.model_copy(update={"first_contact_resolution_target": 1.0})
    return scenario.model_copy(update={"quality": quality})


def cost_of_poor_service(
    scenario: Scenario, evaluation: Evaluation | None = None
) -> CostOfPoorService:
    """Repeat-contact cost (through Erlang C) and lost margin at the scenario's resolution."""
    actual = evaluation if evaluation is not None else evaluate(scenario)
    perfect = evaluate(resolved_at_first_contact(scenario))
    poor = actual.poor_service
    return CostOfPoorService(
        first_contacts_per_year=poor.first_contacts_per_year,
        repeat_contacts_per_year=poor.repeat_contacts_per_year,
        repeat_cost_eur_per_year=actual.cost.total_eur - perfect.cost.total_eur,
        customers_lost_per_year=poor.customers_lost_per_year,
        lost_margin_eur_per_year=poor.lost_margin_eur_per_year,
        cost_eur_per_year=actual.cost.total_eur,
        cost_if_resolved_eur_per_year=perfect.cost.total_eur,
    )
