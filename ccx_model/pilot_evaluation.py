"""After the pilot: its weekly actuals against the control, each criterion, the decision.

Measures, at the pilot's confidence ``c`` (two-sided intervals):

- **conversion** = sales ÷ offers over all weeks, Wilson interval; **uplift** =
  pilot conversion − control conversion, Newcombe interval, and the pooled
  two-proportion z-test's p-value (``ccx_model.proportions``);
- **cancellation rate** = cancellations ÷ sales of the pilot, Wilson interval;
- **AHT increase**, **FCR drop** and **NPS drop**: paired by week (weeks both groups
  report), ``d_w = pilot − control`` (drops: control − pilot; FCR in percentage
  points), mean ``d̄`` with ``d̄ ± t_{n−1, (1+c)/2} · s_d / √n``; undecided with fewer
  than two paired weeks. Pairing by week removes what both groups share (season,
  campaigns, outages); each week counts equally.

A criterion "at least x" is met when the interval's low end is ≥ x and missed when
its high end is < x; "at most x" is met when the high end is ≤ x and missed when the
low end is > x. The rule (``decide``): stop if any is missed, scale if all are met,
else extend.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator
from scipy import stats

from .base import FrozenModel
from .i18n import translate
from .pilot import Pilot
from .pilot_actuals import PilotActuals as PilotActuals
from .pilot_actuals import WeekActuals as WeekActuals
from .problems import InputError, problems_from_validation, rule_error
from .proportions import Interval, difference, wilson, z_test

Status = Literal["met", "missed", "undecided"]
Decision = Literal["scale", "stop", "extend"]


@dataclass(frozen=True)
class CriterionResult:
    criterion: str
    threshold: float
    measured: Interval | None
    status: Status

    def label(self, lang: str = "en") -> str:
        return translate(f"pilot.criterion.{self.criterion}", lang)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        m = self.measured
        return {
            "criterion": self.criterion,
            "label": self.label(lang),
            "threshold": self.threshold,
            "measured": None if m is None else m.estimate,
            "ci_low": None if m is None else m.low,
            "ci_high": None if m is None else m.high,
            "status": self.status,
            "status_label": translate(f"pilot.status.{self.status}", lang),
        }


def at_least(measured: Interval | None, threshold: float) -> Status:
    """Judge an "at least" criterion by the interval.

    >>> at_least(Interval(0.1, 0.06, 0.14), 0.05), at_least(Interval(0.1, 0.06, 0.14), 0.08)
    ('met', 'undecided')
    """
    if measured is None:
        return "undecided"
    if measured.low >= threshold:
        return "met"
    return "missed" if measured.high < threshold else "undecided"


def at_most(measured: Interval | None, threshold: float) -> Status:
    """Judge an "at most" criterion by the interval.

    >>> at_most(Interval(12, 8, 16), 5), at_most(Interval(12, 8, 16), 20)
    ('missed', 'met')
    """
    if measured is None:
        return "undecided"
    if measured.high <= threshold:
        return "met"
    return "missed" if measured.low > threshold else "undecided"


def decide(statuses: Iterable[Status]) -> Decision:
    """Stop if any criterion is missed; scale if all are met; else extend.

    >>> decide(["met", "met"]), decide(["met", "missed", "undecided"]), decide(["met", "undecided"])
    ('scale', 'stop', 'extend')
    >>> decide([])
    'extend'
    """
    statuses = list(statuses)
    if "missed" in statuses:
        return "stop"
    if statuses and all(status == "met" for status in statuses):
        return "scale"
    return "extend"


def paired_difference(
    pairs: list[tuple[float, float]], confidence: float = 0.95
) -> Interval | None:
    """Mean of ``a − b`` over the pairs with its t interval (None below two pairs).

    >>> d = paired_difference([(310, 300), (305, 300), (320, 305)])
    >>> round(d.estimate, 2), round(d.low, 2), round(d.high, 2)
    (10.0, -2.42, 22.42)
    """
    n = len(pairs)
    if n < 2:
        return None
    diffs = [a - b for a, b in pairs]
    mean = sum(diffs) / n
    sd = math.sqrt(sum((d - mean) ** 2 for d in diffs) / (n - 1))
    half = float(stats.t.ppf(0.5 + confidence / 2.0, n - 1)) * sd / math.sqrt(n)
    return Interval(mean, mean - half, mean + half)


@dataclass(frozen=True)
class ConversionComparison:
    """Pilot against control on conversion (the CLI's ``pilot-evaluate``)."""

    pilot: Interval
    control: Interval
    uplift: Interval
    z: float
    p_value: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "uplift": self.uplift.estimate,
            "ci_low": self.uplift.low,
            "ci_high": self.uplift.high,
            "p_value": self.p_value,
            "z": self.z,
            "pilot_conversion": self.pilot.estimate,
            "control_conversion": self.control.estimate,
        }


class ConversionCounts(FrozenModel):
    control_offers: int = Field(ge=1, le=1_000_000_000)
    control_sales: int = Field(ge=0, le=1_000_000_000)
    pilot_offers: int = Field(ge=1, le=1_000_000_000)
    pilot_sales: int = Field(ge=0, le=1_000_000_000)
    confidence: float = Field(0.95, ge=0.5, le=0.999)

    @model_validator(mode="after")
    def _counts(self) -> ConversionCounts:
        for offers, sales in (
            (self.control_offers, self.control_sales),
            (self.pilot_offers, self.pilot_sales),
        ):
            if sales > offers:
                raise rule_error("pilot_sales_above_offers", sales=sales, offers=offers)
        return self


def compare_conversion(
    control_offers: int,
    control_sales: int,
    pilot_offers: int,
    pilot_sales: int,
    confidence: float = 0.95,
) -> ConversionComparison:
    """Uplift with its interval and p-value; InputError for impossible counts.

    >>> c = compare_conversion(500, 40, 500, 60)
    >>> round(c.uplift.estimate, 3), round(c.p_value, 3)
    (0.04, 0.035)
    """
    try:
        q = ConversionCounts(
            control_offers=control_offers,
            control_sales=control_sales,
            pilot_offers=pilot_offers,
            pilot_sales=pilot_sales,
            confidence=confidence,
        )
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, ConversionCounts)) from None
    z, p = z_test(q.pilot_sales, q.pilot_offers, q.control_sales, q.control_offers)
    return ConversionComparison(
        pilot=wilson(q.pilot_sales, q.pilot_offers, q.confidence),
        control=wilson(q.control_sales, q.control_offers, q.confidence),
        uplift=difference(
            q.pilot_sales, q.pilot_offers, q.control_sales, q.control_offers, q.confidence
        ),
        z=z,
        p_value=p,
    )


@dataclass(frozen=True)
class PilotEvaluation:
    """The measured figures, each criterion and the decision."""

    weeks: int
    duration_weeks: int
    pilot_offers: int
    pilot_sales: int
    conversion: Interval | None
    comparison: ConversionComparison | None
    cancellation_rate: Interval | None
    aht_increase_seconds: Interval | None
    fcr_drop_points: Interval | None
    nps_drop_points: Interval | None
    criteria: tuple[CriterionResult, ...]
    decision: Decision

    def scale_up(self) -> dict[str, float | None]:
        """What a scale-up scenario takes from the pilot: conversion (with its interval),
        cancellation rate and the extra handle time per offer-bearing call."""
        conv, cancel, aht = self.conversion, self.cancellation_rate, self.aht_increase_seconds
        return {
            "conversion_rate": None if conv is None else conv.estimate,
            "conversion_ci_low": None if conv is None else conv.low,
            "conversion_ci_high": None if conv is None else conv.high,
            "cancellation_rate": None if cancel is None else cancel.estimate,
            "aht_increase_seconds": None if aht is None else aht.estimate,
        }

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        def interval(value: Interval | None) -> dict[str, float] | None:
            return None if value is None else value.to_dict()

        comparison = self.comparison
        return {
            "weeks": self.weeks,
            "duration_weeks": self.duration_weeks,
            # Still undecided when the planned weeks are over: extending is a choice to make.
            "undecided_after_duration": self.decision == "extend"
            and self.weeks >= self.duration_weeks,
            "decision": self.decision,
            "decision_label": translate(f"pilot.decision.{self.decision}", lang),
            "criteria": [c.to_dict(lang) for c in self.criteria],
            "conversion": interval(self.conversion),
            "uplift": None if comparison is None else comparison.uplift.estimate,
            "ci_low": None if comparison is None else comparison.uplift.low,
            "ci_high": None if comparison is None else comparison.uplift.high,
            "p_value": None if comparison is None else comparison.p_value,
            "cancellation_rate": interval(self.cancellation_rate),
            "aht_increase_seconds": interval(self.aht_increase_seconds),
            "fcr_drop_points": interval(self.fcr_drop_points),
            "nps_drop_points": interval(self.nps_drop_points),
            "scale_up": self.scale_up(),
        }


def _paired(
    actuals: PilotActuals, measure: Callable[[WeekActuals], float | None], confidence: float
) -> Interval | None:
    control = {w.week: measure(w) for w in actuals.control}
    pairs = []
    for week in sorted(actuals.pilot, key=lambda w: w.week):
        mine, theirs = measure(week), control.get(week.week)
        if mine is not None and theirs is not None:
            pairs.append((mine, theirs))
    return paired_difference(pairs, confidence)


def evaluate_pilot(pilot: Pilot, actuals: PilotActuals) -> PilotEvaluation:
    """Measure the pilot against its control, judge each criterion, apply the rule.

    >>> weeks = lambda offers, sales: tuple(WeekActuals(week=w, offers=offers, sales=sales) for w in (1, 2))
    >>> pilot = Pilot(criteria={"min_uplift": 0.0})
    >>> evaluate_pilot(pilot, PilotActuals(pilot=weeks(1000, 150), control=weeks(1000, 80))).decision
    'scale'
    """
    c = pilot.confidence
    offers = sum(w.offers for w in actuals.pilot)
    sales = sum(w.sales for w in actuals.pilot)
    cancellations = sum(w.cancellations for w in actuals.pilot)
    control_offers = sum(w.offers for w in actuals.control)
    control_sales = sum(w.sales for w in actuals.control)
    conversion = wilson(sales, offers, c) if offers else None
    comparison = (
        compare_conversion(control_offers, control_sales, offers, sales, c)
        if offers and control_offers
        else None
    )
    measured: dict[str, Interval | None] = {
        "min_conversion": conversion,
        "min_uplift": None if comparison is None else comparison.uplift,
        "max_aht_increase_seconds": _paired(actuals, lambda w: w.aht_seconds, c),
        "max_fcr_drop_points": _paired(
            actuals, lambda w: None if w.fcr is None else -100.0 * w.fcr, c
        ),
        "max_nps_drop_points": _paired(actuals, lambda w: None if w.nps is None else -w.nps, c),
        "max_cancellation_rate": wilson(cancellations, sales, c) if sales else None,
    }
    results = []
    for name, threshold in pilot.criteria.chosen().items():
        judge = at_least if name.startswith("min_") else at_most
        results.append(
            CriterionResult(name, threshold, measured[name], judge(measured[name], threshold))
        )
    weeks = len({w.week for w in actuals.pilot})
    return PilotEvaluation(
        weeks=weeks,
        duration_weeks=pilot.duration_weeks,
        pilot_offers=offers,
        pilot_sales=sales,
        conversion=conversion,
        comparison=comparison,
        cancellation_rate=measured["max_cancellation_rate"],
        aht_increase_seconds=measured["max_aht_increase_seconds"],
        fcr_drop_points=measured["max_fcr_drop_points"],
        nps_drop_points=measured["max_nps_drop_points"],
        criteria=tuple(results),
        decision=decide(r.status for r in results),
    )
