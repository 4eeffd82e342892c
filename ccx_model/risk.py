"""What if we are wrong? A tornado of the scenario's ranges and the break-even value of
an assumption, each through the full model (Erlang C staffing, the monthly ledger).

- **Tornado:** the case's NPV and net result per year with one range at its low end,
  then at its high end, every other assumption as planned; bars sorted by swing
  (|NPV at high − NPV at low|), largest first.
- **Break-even ("what the board has to believe"):** the value of one assumption at
  which the NPV is zero, every other as planned. Found by Brent's method between the
  planned value and the nearest end of the field's allowed values (or of its range)
  where the NPV changes sign; where it does not, the answer is that the case never
  breaks even there, and which way the NPV stays. Staffing moves in whole agents, so
  the NPV can step across zero: the value is then where it changes sign.

An assumption is changed on the scenario and on its baseline alike when the baseline
is the scenario's own starting centre (a margin per customer is the same customer's
in both); a chosen baseline scenario keeps its own value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import ValidationError

from .case import build_case
from .fields import get_path, set_path
from .finance import FloatArray
from .problems import field_bounds
from .scenario import Scenario
from .scenario_io import scenario_from_dict
from .value_range import ValueRange, _field, is_numeric_field

#: NPV within a cent of zero is zero; Brent's method stops well inside that.
NPV_TOLERANCE_EUR = 0.01


def with_value(scenario: Scenario, path: str, value: float) -> Scenario:
    """``scenario`` with one numeric field set, validated as a file is (ranges dropped:
    a value beyond a range's end is a question, not an error)."""
    return with_values(scenario, {path: value})


def with_values(scenario: Scenario, values: dict[str, float]) -> Scenario:
    """``scenario`` with several numeric fields set at once (see ``with_value``)."""
    data = scenario.model_dump(mode="python")
    data["ranges"] = {}
    for path, value in values.items():
        current = get_path(data, path)
        set_path(data, path, round(value) if isinstance(current, int) else float(value))
    # A valid scenario with numbers changed: every rule of the model is checked again
    # (the file-reading steps — migration, text read as numbers — have nothing to do).
    try:
        return Scenario.model_validate(data)
    except ValidationError:
        return scenario_from_dict(data)  # raises InputError naming the field


@dataclass(frozen=True)
class CaseFigures:
    npv_eur: float
    net_per_year_eur: float


def case_figures(scenario: Scenario, baseline: Scenario | None = None) -> CaseFigures:
    case = build_case(scenario, baseline)
    years = case.horizon_months / 12.0
    return CaseFigures(case.npv_eur, float(case.net_eur.sum()) / years)


@dataclass(frozen=True)
class TornadoBar:
    path: str
    low: float
    high: float
    npv_at_low_eur: float
    npv_at_high_eur: float
    net_per_year_at_low_eur: float
    net_per_year_at_high_eur: float

    @property
    def swing_eur(self) -> float:
        return abs(self.npv_at_high_eur - self.npv_at_low_eur)


@dataclass(frozen=True)
class Tornado:
    plan: CaseFigures
    bars: tuple[TornadoBar, ...]  # largest swing first


def tornado(scenario: Scenario, baseline: Scenario | None = None) -> Tornado:
    """Each of the scenario's ranges at its low and its high end, one at a time."""
    bars = []
    for item in scenario.ranges:
        low = case_figures(with_value(scenario, item.path, item.low), baseline)
        high = case_figures(with_value(scenario, item.path, item.high), baseline)
        bars.append(
            TornadoBar(
                item.path,
                item.low,
                item.high,
                low.npv_eur,
                high.npv_eur,
                low.net_per_year_eur,
                high.net_per_year_eur,
            )
        )
    bars.sort(key=lambda bar: (-bar.swing_eur, bar.path))
    return Tornado(case_figures(scenario, baseline), tuple(bars))


@dataclass(frozen=True)
class BreakEven:
    path: str
    planned: float
    value: float | None  # where NPV = 0; None when it never gets there in the search
    searched_low: float
    searched_high: float
    npv_at_plan_eur: float
    reason: str = ""  # "always_positive" / "always_negative" when value is None


def _search_interval(scenario: Scenario, path: str) -> tuple[float, float]:
    """The field's allowed values, or its range where the field is unbounded."""
    if not is_numeric_field(scenario, path):
        raise ValueError(f"{path} is not a numeric field of a scenario")
    found = _field(scenario, path)
    assert found is not None
    value, info = found
    bounds = field_bounds(info)
    item = next((r for r in scenario.ranges if r.path == path), None)
    low = bounds.low if bounds.low is not None else (item.low if item else min(0.0, value))
    high = bounds.high if bounds.high is not None else (item.high if item else 10 * abs(value))
    # An open bound is not itself allowed: stay a hair inside it.
    if bounds.low_open:
        low += max(abs(low), 1.0) * 1e-9
    if bounds.high_open:
        high -= max(abs(high), 1.0) * 1e-9
    return float(low), float(high)


def _root(
    scenario: Scenario,
    path: str,
    measure: Callable[[Scenario], float],
) -> tuple[float, float | None, float, float, float]:
    """Where ``measure`` (positive = good) crosses zero as ``path`` moves away from the
    plan: (planned, value or None, searched low, high, measure at plan)."""
    planned = float(get_path(scenario.model_dump(mode="python"), path))
    low, high = _search_interval(scenario, path)

    def at(x: float) -> float:
        return measure(with_value(scenario, path, x))

    at_plan = measure(scenario)
    if abs(at_plan) <= NPV_TOLERANCE_EUR:
        return planned, planned, low, high, at_plan
    # Search outward from the plan: toward the end where the sign changes first.
    for end in (low, high):
        if end == planned:
            continue
        if (at(end) > 0) != (at_plan > 0):
            from scipy.optimize import brentq  # only when there is a root to find

            lo, hi = sorted((planned, end))
            value = brentq(at, lo, hi, xtol=1e-12 * max(1.0, abs(hi)), maxiter=200)
            return planned, float(value), low, high, at_plan
    return planned, None, low, high, at_plan


def break_even(scenario: Scenario, path: str, baseline: Scenario | None = None) -> BreakEven:
    """The value of ``path`` at which the case's NPV is zero, the rest as planned."""
    planned, value, low, high, at_plan = _root(
        scenario, path, lambda s: case_figures(s, baseline).npv_eur
    )
    reason = "" if value is not None else "always_positive" if at_plan > 0 else "always_negative"
    return BreakEven(path, planned, value, low, high, at_plan, reason)


@dataclass(frozen=True)
class PaybackBreakEven:
    path: str
    planned: float
    month: int
    value: float | None  # where the case starts paying back in ``month``; None: nowhere
    searched_low: float
    searched_high: float
    payback_at_plan: int | None
    reason: str = ""  # "always_by_month" / "never_by_month" when value is None


def payback_by(case_net: FloatArray, month: int) -> float:
    """How far the case is from paying back by ``month``: the lowest cumulative net from
    that month to the horizon (≥ 0: it has paid back by then and stays so)."""
    return float(np.cumsum(case_net)[month:].min())


def payback_break_even(
    scenario: Scenario, path: str, month: int, baseline: Scenario | None = None
) -> PaybackBreakEven:
    """The value of ``path`` from which the case pays back by ``month`` (and stays paid
    back to the horizon), the rest as planned."""
    planned, value, low, high, at_plan = _root(
        scenario, path, lambda s: payback_by(build_case(s, baseline).net_eur, month)
    )
    payback = build_case(scenario, baseline).payback_month
    reason = "" if value is not None else "always_by_month" if at_plan >= 0 else "never_by_month"
    return PaybackBreakEven(path, planned, month, value, low, high, payback, reason)


def payback_break_even_dict(
    result: PaybackBreakEven, scenario: Scenario, baseline: Scenario | None = None
) -> dict[str, Any]:
    """JSON-ready (``ccx breakeven --payback-month``)."""
    at_value = None
    if result.value is not None:
        case = build_case(with_value(scenario, result.path, result.value), baseline)
        at_value = round(case.npv_eur, 2)
    return {
        "field": result.path,
        "planned": result.planned,
        "payback_month": result.month,
        "value": result.value,
        "npv_eur_at_value": at_value,
        "payback_month_at_plan": result.payback_at_plan,
        "searched": [result.searched_low, result.searched_high],
        "reason": result.reason,
    }


def risk_dict(
    scenario: Scenario, baseline: Scenario | None = None, paths: tuple[str, ...] = ()
) -> dict[str, Any]:
    """JSON-ready: the plan, the tornado and the break-even of every range (and of
    ``paths``)."""
    shape = tornado(scenario, baseline)
    asked = [r.path for r in scenario.ranges] + [
        p for p in paths if p not in {r.path for r in scenario.ranges}
    ]
    return {
        "plan": {
            "npv_eur": round(shape.plan.npv_eur, 2),
            "net_per_year_eur": round(shape.plan.net_per_year_eur, 2),
        },
        "tornado": [
            {
                "field": bar.path,
                "low": bar.low,
                "high": bar.high,
                "npv_eur_at_low": round(bar.npv_at_low_eur, 2),
                "npv_eur_at_high": round(bar.npv_at_high_eur, 2),
                "net_per_year_eur_at_low": round(bar.net_per_year_at_low_eur, 2),
                "net_per_year_eur_at_high": round(bar.net_per_year_at_high_eur, 2),
                "swing_eur": round(bar.swing_eur, 2),
            }
            for bar in shape.bars
        ],
        "break_even": [
            break_even_dict(break_even(scenario, p, baseline), scenario, baseline) for p in asked
        ],
    }


def break_even_dict(
    result: BreakEven, scenario: Scenario, baseline: Scenario | None = None
) -> dict[str, Any]:
    """JSON-ready (``ccx breakeven``): the value, or null with the reason."""
    at_value = (
        None
        if result.value is None
        else round(
            case_figures(with_value(scenario, result.path, result.value), baseline).npv_eur, 2
        )
    )
    return {
        "field": result.path,
        "planned": result.planned,
        "value": result.value,
        "npv_eur_at_value": at_value,
        "searched": [result.searched_low, result.searched_high],
        "reason": result.reason,
    }


__all__ = [
    "BreakEven",
    "CaseFigures",
    "PaybackBreakEven",
    "Tornado",
    "TornadoBar",
    "ValueRange",
    "break_even",
    "break_even_dict",
    "case_figures",
    "payback_break_even",
    "payback_break_even_dict",
    "risk_dict",
    "tornado",
    "with_value",
    "with_values",
]
