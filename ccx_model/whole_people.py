"""What whole people add to a ledger, recomputed exactly from a few smooth figures.

A centre employs whole people: heads are the exact heads rounded up, team leaders
one per span of (whole) heads rounded up, and software, leavers and an attrition
programme are paid per whole head (``cost.annual_cost``). In a ledger (``ledger``)
the starting centre is paid in whole people from month 1, and what rounding the
full scenario adds on top follows the levers' progress (``whole_people_share``).

As a function of an assumption this is a saw-tooth (one more person, then none for a
while), which no smooth fit follows. Monte Carlo (``monte_carlo``) therefore fits
only the smooth rest of the case and the figures below (exact heads, span, costs per
head, the monthly profiles), and adds the saw-tooth back here, draw by draw, with the
same rounding as ``cost`` — so whole people are counted exactly in every draw.
"""

from __future__ import annotations

import numpy as np

from .cohorts import yearly_index
from .evaluate import Evaluation
from .finance import FloatArray
from .ledger import Ledger, whole_people_share
from .ledger_lines import LINES

#: The cost lines that whole people change, in the order of ``heads_figures``' costs.
PER_HEAD_LINES = ("software", "attrition", "attrition_programme")
ROUNDED_LINES = ("team_leaders", *PER_HEAD_LINES)
#: Figures per evaluation: exact heads, span, team leader cost, then each per-head cost.
FIGURES = 3 + len(PER_HEAD_LINES)
INDEXATIONS = ("wage", "price")


def heads_figures(evaluation: Evaluation) -> FloatArray:
    """The smooth figures that fix what whole people add to ``evaluation``'s cost."""
    scenario = evaluation.scenario
    workforce = scenario.workforce
    programme = scenario.attrition_programme
    attrition = evaluation.attrition
    return np.array(
        [
            evaluation.headcount_exact,
            workforce.agents_per_team_leader,
            workforce.team_leader_cost_eur_per_year,
            workforce.software_per_agent_eur_per_year,
            attrition.attrition_rate_per_year * attrition.cost_per_leaver.total_eur,
            programme.cost_eur_per_head_per_year if programme.enabled else 0.0,
        ]
    )


def rounding_eur(figures: FloatArray) -> FloatArray:
    """EUR per year whole people add, per line of ``ROUNDED_LINES`` (last axis), for
    any number of rows of ``heads_figures`` at once — ``cost``'s rounding exactly."""
    figures = np.asarray(figures, dtype=np.float64)
    exact, span, leader_cost = figures[..., 0], figures[..., 1], figures[..., 2]
    heads = np.ceil(np.round(exact, 9))
    leaders = np.ceil(np.round(heads / span, 9))
    gap = heads - exact
    parts = [(leaders - exact / span) * leader_cost]
    parts += [gap * figures[..., 3 + i] for i in range(len(PER_HEAD_LINES))]
    return np.stack(parts, axis=-1)


def profiles(ledger: Ledger) -> FloatArray:
    """Per month: (full scenario's share, starting centre's share) × (wage, price index) ÷ 12,
    as four rows — how a year of whole people's cost lands in the ledger's months."""
    months = ledger.months
    share = whole_people_share(ledger.attribution.effects, months)
    running = (months >= 1).astype(np.float64)
    inputs = ledger.scenario.business_case
    rows = []
    for part in (share, running - share):
        for rate in (inputs.wage_indexation_per_year, inputs.price_indexation_per_year):
            rows.append(part * yearly_index(rate, months) / 12.0)
    return np.array(rows)


def ledger_figures(ledger: Ledger) -> FloatArray:
    """Everything ``ledger_whole_people`` needs, flat: the full scenario's and the
    starting centre's figures, then the four monthly profiles. (The full scenario's
    people are those of every lever on: investments change no headcount.)"""
    attribution = ledger.attribution
    return np.concatenate(
        [
            heads_figures(attribution.full),
            heads_figures(attribution.start),
            profiles(ledger).ravel(),
        ]
    )


def ledger_whole_people(figures: FloatArray, months: int) -> FloatArray:
    """The ledger's net per month from whole people (a cost: ≤ 0 where people are added),
    for rows of ``ledger_figures`` (``months`` = the horizon + 1)."""
    figures = np.atleast_2d(np.asarray(figures, dtype=np.float64))
    full = rounding_eur(figures[:, :FIGURES])
    start = rounding_eur(figures[:, FIGURES : 2 * FIGURES])
    shapes = figures[:, 2 * FIGURES :].reshape(figures.shape[0], 4, months)
    net = np.zeros((figures.shape[0], months))
    for i, key in enumerate(ROUNDED_LINES):
        column = INDEXATIONS.index(LINES[key].indexation)
        # Whole people from the start centre run every month; the scenario's extra ones
        # follow its levers: start × (running − share) + full × share.
        net -= full[:, i : i + 1] * shapes[:, column]
        net -= start[:, i : i + 1] * shapes[:, 2 + column]
    return net
