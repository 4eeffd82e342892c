"""The business case of a scenario against a baseline: the difference of their ledgers.

``case(A, B) = ledger(A) − ledger(B)``, line by line and month by month, over A's
horizon (or the one asked for). Any scenario can be the baseline (by default A's
own starting centre); A against itself is exactly zero; both sides' investments and
levers count, each with its own timing; swapping A and B flips every sign.

Conventions (stated in the README and the app):
- monthly cash flows, month 0 = now (payments made now), months 1 … H running;
- NPV at the scenario's nominal annual discount rate, month m discounted by
  ``(1 + r)^(m/12)``, month 0 not discounted (``finance.npv_eur``);
- a line's difference over a period counts as a *benefit* when it adds to the result
  (more margin, less cost, less margin lost) and as a *cost* otherwise; ROI =
  (benefits − costs) ÷ costs over the horizon. Lines, not labels, decide: the same
  euro entered as a running cost or as a recurring investment is a cost either way;
- payback: the first month from which the cumulative difference stays at or above 0;
- IRR of the monthly differences, annualised, shown only where it means something
  (``finance.irr_display``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from .attribution import LeverEffect
from .evaluate import Evaluation
from .finance import FloatArray, IrrResult, irr, npv_eur, payback_month
from .ledger import Ledger, build_ledger
from .ledger_lines import LINES, LineDef
from .levers import as_is
from .scenario import Scenario


@dataclass(frozen=True)
class LineDifference:
    """One ledger line of A against B: its contribution to the result per month
    (positive = better for A)."""

    key: str
    line: LineDef
    name: str
    a: FloatArray
    b: FloatArray

    @property
    def contribution(self) -> FloatArray:
        return np.asarray(self.line.sign * (self.a - self.b), dtype=np.float64)


@dataclass(frozen=True)
class BridgeStep:
    """One bar of the bridge: a level (``start``/``end``) or a change (``step``), per year."""

    key: str
    kind: str
    amount_eur: float


@dataclass(frozen=True)
class Case:
    scenario: Scenario
    baseline: Scenario
    baseline_is_starting_centre: bool
    a: Ledger
    b: Ledger
    discount_rate_per_year: float
    differences: tuple[LineDifference, ...] = field(repr=False)

    @property
    def months(self) -> np.ndarray:
        return self.a.months

    @property
    def horizon_months(self) -> int:
        return int(self.months[-1])

    @cached_property
    def net_eur(self) -> FloatArray:
        total = np.zeros(self.months.size)
        for difference in self.differences:
            if difference.line.kind != "internal":
                total += difference.contribution
        return total

    @property
    def cumulative_eur(self) -> FloatArray:
        return np.cumsum(self.net_eur)

    def _split(self, window: slice) -> tuple[float, float]:
        """(benefits, costs) over ``window``: each line's net difference over it, by sign."""
        benefits = costs = 0.0
        for difference in self.differences:
            if difference.line.kind == "internal":
                continue
            total = float(difference.contribution[window].sum())
            if total > 0:
                benefits += total
            else:
                costs -= total
        return benefits, costs

    @property
    def benefits_eur(self) -> float:
        return self._split(slice(None))[0]

    @property
    def costs_eur(self) -> float:
        return self._split(slice(None))[1]

    @property
    def npv_eur(self) -> float:
        return npv_eur(self.discount_rate_per_year, self.net_eur)

    @property
    def irr(self) -> IrrResult:
        return irr(self.net_eur)

    @property
    def roi(self) -> float | None:
        benefits, costs = self._split(slice(None))
        return None if costs <= 0 else (benefits - costs) / costs

    @property
    def payback_month(self) -> int | None:
        return payback_month(self.net_eur)

    def yearly(self) -> list[dict[str, float]]:
        """Per year (month 0 counted in year 1; a last, shorter year if the horizon is not
        a whole number of years): benefits, costs, net, cumulative at the year's end."""
        rows = []
        horizon = self.horizon_months
        cumulative = self.cumulative_eur
        for year in range(1, (horizon + 11) // 12 + 1):
            first = 0 if year == 1 else (year - 1) * 12 + 1
            last = min(year * 12, horizon)
            benefits, costs = self._split(slice(first, last + 1))
            rows.append(
                {
                    "year": year,
                    "first_month": first,
                    "last_month": last,
                    "benefits_eur": benefits,
                    "costs_eur": costs,
                    "net_eur": float(self.net_eur[first : last + 1].sum()),
                    "cumulative_eur": float(cumulative[last]),
                }
            )
        return rows

    def by_line(self) -> dict[str, float]:
        """Each line's contribution over the horizon (keys as in the ledger)."""
        return {d.key: float(d.contribution.sum()) for d in self.differences}

    @property
    def effects(self) -> tuple[LeverEffect, ...]:
        """The scenario's levers (what each adds to its own starting centre)."""
        return self.a.attribution.effects

    def bridge(self) -> tuple[BridgeStep, ...]:
        """From B's result per year to A's, at full effect (the company's view: gross
        margin − cost − margin lost to churn): B's level, the difference of the starting
        centres, each lever (A's minus B's), rounding to whole people, recurring
        investments, A's level. Every step is zero for A against itself."""
        a, b = self.a.attribution, self.b.attribution
        steps = [BridgeStep("baseline", "start", _result(b.full))]
        steps.append(BridgeStep("starting_centre", "step", _result(a.start) - _result(b.start)))
        names = [e.name for e in a.effects]
        names += [e.name for e in b.effects if a.effect(e.name) is None]
        for name in names:
            mine, theirs = a.effect(name), b.effect(name)
            amount = (mine.net_eur_per_year if mine else 0.0) - (
                theirs.net_eur_per_year if theirs else 0.0
            )
            steps.append(BridgeStep(name, "step", amount))
        rounding = a.rounding_eur_per_year - b.rounding_eur_per_year
        steps.append(BridgeStep("rounding", "step", -rounding))
        recurring = a.full.cost.recurring_investments_eur - b.full.cost.recurring_investments_eur
        steps.append(BridgeStep("recurring_investments", "step", -recurring))
        steps.append(BridgeStep("scenario", "end", _result(a.full)))
        return tuple(steps)


def bridge_in_cents(steps: Sequence[BridgeStep]) -> tuple[BridgeStep, ...]:
    """The bridge rounded to the cent so that its parts add up to its total exactly.

    Each step is the change of the rounded running level, not the step rounded on its
    own: a step may differ from its exact amount by a cent, and the start plus the steps
    is the end to the cent. A zero step stays zero.

    >>> exact = [BridgeStep("baseline", "start", 0.004), BridgeStep("a", "step", 0.004),
    ...          BridgeStep("b", "step", 0.004), BridgeStep("scenario", "end", 0.012)]
    >>> [s.amount_eur for s in bridge_in_cents(exact)]
    [0.0, 0.01, 0.0, 0.01]
    """
    rounded: list[BridgeStep] = []
    exact = shown = 0.0
    for step in steps:
        if step.kind == "start":
            exact = step.amount_eur
            shown = round(exact, 2)
            rounded.append(BridgeStep(step.key, step.kind, shown))
        elif step.kind == "step":
            exact += step.amount_eur
            level = round(exact, 2)
            rounded.append(BridgeStep(step.key, step.kind, round(level - shown, 2) + 0.0))
            shown = level
        else:
            end = round(step.amount_eur, 2)
            # The exact steps add up to the end up to float error; the last step takes
            # the cent that error can still move, so the sum is the end exactly.
            last = next(
                (i for i in range(len(rounded) - 1, -1, -1) if rounded[i].kind == "step"), None
            )
            if last is not None and round(end - shown, 2) != 0.0:
                fixed = rounded[last]
                amount = round(fixed.amount_eur + end - shown, 2) + 0.0
                rounded[last] = BridgeStep(fixed.key, fixed.kind, amount)
            shown = end
            rounded.append(BridgeStep(step.key, step.kind, end))
    return tuple(rounded)


def _result(evaluation: Evaluation) -> float:
    """Gross margin − cost − margin lost to churn, per year at full effect."""
    return float(
        evaluation.revenue.total_eur
        - evaluation.cost.total_eur
        - evaluation.poor_service.lost_margin_eur_per_year
    )


def build_case(
    scenario: Scenario, baseline: Scenario | None = None, horizon_months: int | None = None
) -> Case:
    """``scenario`` against ``baseline`` (default: its own starting centre)."""
    horizon = scenario.business_case.horizon_months if horizon_months is None else horizon_months
    other = as_is(scenario) if baseline is None else baseline
    a, b = build_ledger(scenario, horizon), build_ledger(other, horizon)
    return Case(
        scenario=scenario,
        baseline=other,
        baseline_is_starting_centre=baseline is None,
        a=a,
        b=b,
        discount_rate_per_year=scenario.business_case.discount_rate_per_year,
        differences=_differences(a, b),
    )


def _differences(a: Ledger, b: Ledger) -> tuple[LineDifference, ...]:
    """Line by line; a line one side lacks (an investment, a fix) is zero there."""
    zero = np.zeros(a.months.size)
    keys = list(dict.fromkeys([line.key for line in a.lines] + [line.key for line in b.lines]))
    result = []
    for key in keys:
        mine, theirs = a.line(key), b.line(key)
        template = mine or theirs
        assert template is not None
        name = (
            template.name
            if mine is None or theirs is None or mine.name == theirs.name
            else (f"{mine.name} / {theirs.name}")
        )
        result.append(
            LineDifference(
                key,
                LINES.get(key, template.line),
                name,
                zero if mine is None else mine.values,
                zero if theirs is None else theirs.values,
            )
        )
    return tuple(result)


def case_dict(case: Case) -> dict[str, object]:
    """The business case as JSON-ready data (``ccx evaluate --json``'s ``business_case``).

    ``irr`` is the IRR as shown (None where it means nothing: without a sign change, or
    above 100% a year), ``irr_raw`` the computed value, ``irr_reason`` why it is not
    shown; money to the cent.
    """
    from .finance import irr_display

    shown = irr_display(case.irr)
    effects = {
        e.name: {
            "margin_eur_per_year": round(e.margin_eur_per_year, 2),
            "retained_margin_eur_per_year": round(e.retained_margin_eur_per_year, 2) + 0.0,
            "cost_eur_per_year": round(e.cost_eur_per_year, 2),
            "net_eur_per_year": round(e.net_eur_per_year, 2),
            "start_month": e.timing.start_month,
            "ramp_up_months": e.timing.ramp_up_months,
        }
        for e in case.effects
    }
    return {
        "baseline": case.baseline.name
        if not case.baseline_is_starting_centre
        else f"{case.scenario.name} (starting centre)",
        "baseline_is_starting_centre": case.baseline_is_starting_centre,
        "horizon_months": case.horizon_months,
        "discount_rate_per_year": case.discount_rate_per_year,
        "wage_indexation_per_year": case.scenario.business_case.wage_indexation_per_year,
        "price_indexation_per_year": case.scenario.business_case.price_indexation_per_year,
        "npv_eur": round(case.npv_eur, 2),
        "irr": None if shown.rate is None else round(shown.rate, 6),
        "irr_raw": None if shown.raw is None else round(shown.raw, 6),
        "irr_reason": shown.reason,
        "roi": None if case.roi is None else round(case.roi, 6),
        "benefits_eur": round(case.benefits_eur, 2),
        "costs_eur": round(case.costs_eur, 2),
        "payback_month": case.payback_month,
        "levers": effects,
        "lines_eur": {key: round(value, 2) for key, value in case.by_line().items()},
        "monthly_net_eur": [round(float(v), 2) for v in case.net_eur],
        "yearly": [
            {
                k: (int(v) if k in ("year", "first_month", "last_month") else round(v, 2))
                for k, v in row.items()
            }
            for row in case.yearly()
        ],
        "bridge": [
            {"key": s.key, "kind": s.kind, "amount_eur": s.amount_eur}
            for s in bridge_in_cents(case.bridge())
        ],
    }
