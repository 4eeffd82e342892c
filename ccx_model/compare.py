"""Compare 2 to 4 scenarios side by side against one baseline scenario.

Per scenario: its KPIs and their change against the baseline, the assumptions that
differ from the baseline's, the monthly cash flows of its business case against the
baseline, and a bridge from the baseline's annual cost to the scenario's net result,
lever by lever. The baseline may be one of the compared scenarios or a separate one.

The business-case KPIs (NPV, IRR, ROI, payback) of every scenario, the baseline's own
included, come from ``build_business_case(scenario, baseline)``: they already measure
a difference, and the baseline measured against itself is usually zero or undefined.

>>> from ccx_model.scenario import Scenario
>>> today = Scenario(name="Today")
>>> cheaper = today.model_copy(
...     update={"name": "Cheaper", "service": today.service.model_copy(update={"shrinkage": 0.3})}
... )
>>> comparison = compare_scenarios([today, cheaper], baseline=today)
>>> [row.path for row in comparison.scenarios[1].assumptions]
['service.shrinkage']
>>> comparison.scenarios[1].deltas["fte"].absolute < 0
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from .bridge import Bridge, bridge
from .business_case import BusinessCase, build_business_case
from .evaluate import Evaluation, evaluate
from .i18n import format_eur, format_number, translate
from .scenario import Scenario

MIN_SCENARIOS = 2
# Four columns still fit a slide and a laptop screen side by side.
MAX_SCENARIOS = 4

KpiUnit = Literal["eur", "count", "share", "fte", "months", "seconds"]
KpiValue = float | int | None


class CompareError(ValueError):
    """A comparison that cannot be made, with its message in either language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return translate(self.key, lang, None, **self.params)


@dataclass(frozen=True)
class Kpi:
    """One row of the comparison: how to read it off a scenario's results."""

    key: str
    unit: KpiUnit
    # True: up is good; False: down is good; None: neither (more FTE is not good or bad).
    higher_is_better: bool | None
    # The value is itself a difference against the baseline (the business-case KPIs).
    versus_baseline: bool
    value: Callable[[Evaluation, BusinessCase], KpiValue]
    decimals: int = 0

    @property
    def relative_delta(self) -> bool:
        """Whether a change in percent means something: not for shares (a change in
        percentage points says it) nor for months."""
        return self.unit in ("eur", "count", "fte", "seconds")


KPIS: tuple[Kpi, ...] = (
    Kpi("annual_cost_eur", "eur", False, False, lambda e, _: e.annual_cost_eur),
    Kpi("cost_per_contact_eur", "eur", False, False, lambda e, _: e.cost_per_contact_eur, 2),
    Kpi("contacts_per_year", "count", None, False, lambda e, _: e.contacts_per_year),
    Kpi("fte", "fte", None, False, lambda e, _: e.fte, 1),
    Kpi("headcount", "count", None, False, lambda e, _: e.headcount),
    Kpi("service_level", "share", True, False, lambda e, _: e.staffing.service_level, 1),
    Kpi("asa_seconds", "seconds", False, False, lambda e, _: e.staffing.asa_seconds, 1),
    Kpi("revenue_eur", "eur", True, False, lambda e, _: e.revenue.total_eur),
    Kpi("net_result_eur", "eur", True, False, lambda e, _: e.net_result_eur),
    Kpi("attrition_cost_eur", "eur", False, False, lambda e, _: e.cost.attrition_eur),
    # The cost of poor service that is not already in the cost: the margin of the
    # customers who leave over an unresolved issue (repeat calls are in the cost).
    Kpi(
        "lost_margin_eur",
        "eur",
        False,
        False,
        lambda e, _: e.poor_service.lost_margin_eur_per_year,
    ),
    Kpi("npv_eur", "eur", True, True, lambda _, b: b.npv_eur),
    Kpi("irr", "share", True, True, lambda _, b: b.irr.annual_rate, 1),
    Kpi("roi", "share", True, True, lambda _, b: b.roi, 1),
    Kpi("payback_month", "months", False, True, lambda _, b: b.payback_month),
)
KPIS_BY_KEY: dict[str, Kpi] = {kpi.key: kpi for kpi in KPIS}


@dataclass(frozen=True)
class Delta:
    """A KPI's change against the baseline: scenario − baseline, and that change as a
    share of the baseline's value (None where not defined or not meaningful)."""

    absolute: float | None
    relative: float | None


def kpi_delta(kpi: Kpi, value: KpiValue, baseline_value: KpiValue) -> Delta:
    """Scenario − baseline, and ÷ |baseline| where a relative change is meaningful.

    >>> kpi_delta(KPIS_BY_KEY["annual_cost_eur"], 90.0, 100.0)
    Delta(absolute=-10.0, relative=-0.1)
    >>> kpi_delta(KPIS_BY_KEY["payback_month"], 12, None)
    Delta(absolute=None, relative=None)
    """
    if not (_finite(value) and _finite(baseline_value)):
        return Delta(None, None)
    assert value is not None and baseline_value is not None
    absolute = value - baseline_value
    relative = None
    if kpi.relative_delta and baseline_value != 0:
        relative = absolute / abs(baseline_value)
    return Delta(absolute, relative)


def _finite(value: KpiValue) -> bool:
    return value is not None and math.isfinite(value)


class AssumptionChange(NamedTuple):
    """One input that differs: its dotted path, the baseline's value, the scenario's.

    Values are JSON-ready (``model_dump(mode="json")``); an item of a list (an
    investment, a contact reason) is compared whole, under an index path such as
    ``business_case.investments[0]``; ``None`` stands for an item one side lacks.
    """

    path: str
    baseline: Any
    scenario: Any


# Names a scenario, but assumes nothing.
LABEL_FIELDS = ("name", "description")


def assumptions_diff(
    baseline: Scenario, scenario: Scenario, ignore: Collection[str] = LABEL_FIELDS
) -> list[AssumptionChange]:
    """The inputs of ``scenario`` that differ from ``baseline``'s, in the form's order.

    Nested models are flattened to dotted paths; a list of models is compared item by
    item, each item whole; a list of numbers (day shares, hourly weights) is one value.
    Paths in ``ignore`` (default: the name and the description) are left out.

    >>> today = Scenario()
    >>> assumptions_diff(today, today.model_copy(update={"demand": today.demand.model_copy(
    ...     update={"aht_seconds": 180.0})}))
    [AssumptionChange(path='demand.aht_seconds', baseline=205.0, scenario=180.0)]
    """
    changes: list[AssumptionChange] = []
    _diff(baseline.model_dump(mode="json"), scenario.model_dump(mode="json"), "", changes)
    return [c for c in changes if c.path not in ignore]


def _diff(before: Any, after: Any, path: str, changes: list[AssumptionChange]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            _diff(before.get(key), after.get(key), f"{path}.{key}" if path else key, changes)
    elif (
        isinstance(before, list)
        and isinstance(after, list)
        and any(isinstance(item, dict) for item in [*before, *after])
    ):
        for i in range(max(len(before), len(after))):
            old = before[i] if i < len(before) else None
            new = after[i] if i < len(after) else None
            if old != new:
                changes.append(AssumptionChange(f"{path}[{i}]", old, new))
    elif before != after:
        changes.append(AssumptionChange(path, before, after))


@dataclass(frozen=True)
class ComparedScenario:
    """One column of the comparison."""

    label: str
    scenario: Scenario
    is_baseline: bool
    evaluation: Evaluation
    business_case: BusinessCase  # against the comparison's baseline
    kpis: Mapping[str, KpiValue]
    deltas: Mapping[str, Delta]
    assumptions: tuple[AssumptionChange, ...]
    bridge: Bridge

    def to_dict(self) -> dict[str, object]:
        case = self.business_case
        return {
            "label": self.label,
            "scenario": self.scenario.name,
            "is_baseline": self.is_baseline,
            "kpis": {kpi.key: _rounded(self.kpis[kpi.key], kpi) for kpi in KPIS},
            "deltas": {
                kpi.key: {
                    "absolute": _rounded(self.deltas[kpi.key].absolute, kpi),
                    "relative": _json_float(self.deltas[kpi.key].relative, 6),
                }
                for kpi in KPIS
            },
            "assumptions_diff": [
                {"path": c.path, "baseline": c.baseline, "scenario": c.scenario}
                for c in self.assumptions
            ],
            "business_case": {
                "irr_reason": case.irr.reason,
                "horizon_months": int(case.months.size - 1),
                "discount_rate_per_year": case.discount_rate_per_year,
                "investments_eur": round(float(case.investments_eur.sum()), 2),
            },
            "cash_flows": {
                "monthly_net_eur": [_json_float(float(v), 2) for v in case.net_eur],
                "cumulative_eur": [_json_float(float(v), 2) for v in case.cumulative_eur],
                "yearly": [
                    {k: int(v) if k == "year" else _json_float(v, 2) for k, v in row.items()}
                    for row in case.yearly()
                ],
            },
            "bridge": self.bridge.rows(),
        }


@dataclass(frozen=True)
class Comparison:
    """The compared scenarios (in the order given) and the baseline they are measured
    against (``baseline`` is also one of ``scenarios`` when it was compared too)."""

    baseline: ComparedScenario
    scenarios: tuple[ComparedScenario, ...]

    @property
    def columns(self) -> tuple[ComparedScenario, ...]:
        """What a table or chart shows: the baseline first when it was not compared
        itself, then the scenarios in the order given."""
        if any(s.is_baseline for s in self.scenarios):
            return self.scenarios
        return (self.baseline, *self.scenarios)

    def kpi_rows(self) -> list[dict[str, object]]:
        """Long format, one row per column and KPI: ready for a DataFrame or a chart."""
        return [
            {
                "label": s.label,
                "kpi": kpi.key,
                "unit": kpi.unit,
                "value": s.kpis[kpi.key],
                "delta": s.deltas[kpi.key].absolute,
                "relative_delta": s.deltas[kpi.key].relative,
                "is_baseline": s.is_baseline,
            }
            for s in self.columns
            for kpi in KPIS
        ]

    def cash_flow_rows(self) -> list[dict[str, object]]:
        """Long format, one row per column and month (0 = now)."""
        rows: list[dict[str, object]] = []
        for s in self.columns:
            case = s.business_case
            for month, net, cumulative in zip(
                case.months.tolist(),
                case.net_eur.tolist(),
                case.cumulative_eur.tolist(),
                strict=True,
            ):
                rows.append(
                    {"label": s.label, "month": month, "net_eur": net, "cumulative_eur": cumulative}
                )
        return rows

    def to_dict(self) -> dict[str, object]:
        """JSON-ready (no NaN or infinity: None instead); scenarios keyed by label."""
        return {
            "baseline": self.baseline.to_dict(),
            "kpis": [
                {
                    "key": kpi.key,
                    "unit": kpi.unit,
                    "higher_is_better": kpi.higher_is_better,
                    "versus_baseline": kpi.versus_baseline,
                }
                for kpi in KPIS
            ],
            "scenarios": {s.label: s.to_dict() for s in self.scenarios},
        }


def check_scenario_count(count: int) -> None:
    """Raise ``CompareError`` unless ``count`` scenarios can be compared (2 to 4)."""
    if not MIN_SCENARIOS <= count <= MAX_SCENARIOS:
        raise CompareError("compare.count", low=MIN_SCENARIOS, high=MAX_SCENARIOS, count=count)


def compare_scenarios(
    scenarios: Sequence[Scenario],
    baseline: Scenario,
    labels: Sequence[str] | None = None,
    baseline_label: str | None = None,
) -> Comparison:
    """Compare 2 to 4 scenarios with ``baseline`` (which may be one of them).

    ``labels`` name the columns (default: the scenario names); repeated labels get
    " (2)", " (3)" appended. ``baseline_label`` names a baseline that is not one of
    the scenarios (default: its name). A scenario equal to the baseline *is* the
    baseline. Raises ``CompareError`` for too few or too many scenarios, and
    ``ValueError`` naming the label of a scenario that cannot be evaluated.
    """
    check_scenario_count(len(scenarios))
    if labels is not None and len(labels) != len(scenarios):
        raise ValueError(f"{len(labels)} labels for {len(scenarios)} scenarios")
    names = _unique([*(labels or [s.name for s in scenarios]), baseline_label or baseline.name])
    index = next((i for i, s in enumerate(scenarios) if s == baseline), None)
    baseline_name = names[index] if index is not None else names[-1]

    base_evaluation = _evaluate(baseline, baseline_name)
    base_case = _business_case(baseline, baseline, baseline_name)
    base_kpis = {kpi.key: kpi.value(base_evaluation, base_case) for kpi in KPIS}

    def compared(scenario: Scenario, label: str, is_baseline: bool) -> ComparedScenario:
        if is_baseline:
            evaluation, case = base_evaluation, base_case
        else:
            evaluation = _evaluate(scenario, label)
            case = _business_case(scenario, baseline, label)
        kpis = {kpi.key: kpi.value(evaluation, case) for kpi in KPIS}
        return ComparedScenario(
            label=label,
            scenario=scenario,
            is_baseline=is_baseline,
            evaluation=evaluation,
            business_case=case,
            kpis=kpis,
            deltas={kpi.key: kpi_delta(kpi, kpis[kpi.key], base_kpis[kpi.key]) for kpi in KPIS},
            assumptions=tuple(assumptions_diff(baseline, scenario)),
            bridge=bridge(evaluation, case),
        )

    columns = tuple(
        compared(scenario, names[i], i == index) for i, scenario in enumerate(scenarios)
    )
    base = columns[index] if index is not None else compared(baseline, baseline_name, True)
    return Comparison(baseline=base, scenarios=columns)


def _evaluate(scenario: Scenario, label: str) -> Evaluation:
    try:
        return evaluate(scenario)
    except ValueError as exc:  # a rule the pattern found while spreading the volume
        raise ValueError(f"{label}: {exc}") from exc


def _business_case(scenario: Scenario, baseline: Scenario, label: str) -> BusinessCase:
    try:
        return build_business_case(scenario, baseline)
    except ValueError as exc:
        raise ValueError(f"{label}: {exc}") from exc


def _unique(labels: Sequence[str]) -> list[str]:
    """Labels made unique by numbering repeats: a, a (2), a (3).

    >>> _unique(["a", "b", "a", "a"])
    ['a', 'b', 'a (2)', 'a (3)']
    """
    seen: set[str] = set()
    result = []
    for label in labels:
        candidate, n = label, 1
        while candidate in seen:
            n += 1
            candidate = f"{label} ({n})"
        seen.add(candidate)
        result.append(candidate)
    return result


def _json_float(value: float | None, decimals: int) -> float | None:
    return round(value, decimals) if value is not None and math.isfinite(value) else None


def _rounded(value: KpiValue, kpi: Kpi) -> KpiValue:
    """A KPI value for JSON: ints stay ints, money to the cent, shares to 6 decimals."""
    if isinstance(value, int) or value is None:
        return value
    return _json_float(value, 6 if kpi.unit == "share" else 2)


# The readable table (the CLI without --json).


def format_kpi(kpi: Kpi, value: KpiValue, lang: str = "en") -> str:
    """A KPI value as the language writes it.

    >>> format_kpi(KPIS_BY_KEY["service_level"], 0.8, "nl"), format_kpi(KPIS_BY_KEY["irr"], None)
    ('80,0%', '—')
    """
    if not _finite(value):
        return "—"
    assert value is not None
    if kpi.unit == "eur":
        return format_eur(value, lang, kpi.decimals)
    if kpi.unit == "share":
        return format_number(value * 100, lang, kpi.decimals) + "%"
    if kpi.unit == "seconds":
        return format_number(value, lang, kpi.decimals) + " s"
    return format_number(value, lang, kpi.decimals)


def kpi_label(key: str, lang: str = "en") -> str:
    """The name of a KPI in the comparison: ``kpi_label("irr")`` is 'IRR vs baseline'."""
    return translate(f"compare.kpi.{key}", lang)


def format_delta(kpi: Kpi, delta: Delta, lang: str = "en") -> str:
    """A change with its sign: ``+EUR 1,200 (+2.5%)``, ``-1.5 pp``; empty when undefined.

    >>> format_delta(KPIS_BY_KEY["annual_cost_eur"], Delta(-1200.0, -0.025))
    '-EUR 1,200 (-2.5%)'
    >>> format_delta(KPIS_BY_KEY["service_level"], Delta(0.015, None), "nl")
    '+1,5 %-punt'
    """
    if delta.absolute is None:
        return ""
    sign = "+" if delta.absolute > 0 else ""
    if kpi.unit == "share":
        points = format_number(delta.absolute * 100, lang, kpi.decimals)
        text = f"{sign}{points} {translate('compare.points', lang)}"
    else:
        text = sign + format_kpi(kpi, delta.absolute, lang)
    if delta.relative is not None:
        relative = format_number(delta.relative * 100, lang, 1)
        text += f" ({'+' if delta.relative > 0 else ''}{relative}%)"
    return text


def kpi_table(comparison: Comparison, lang: str = "en") -> list[list[str]]:
    """Header and one row per KPI: the label, then per column the value and, for a
    scenario that is not the baseline, its change. The baseline comes first when it
    is not one of the compared scenarios."""
    columns = comparison.columns
    marker = translate("compare.baseline_marker", lang)
    header = [translate("compare.kpi", lang)] + [
        f"{s.label} {marker}" if s.is_baseline else s.label for s in columns
    ]
    rows = [header]
    for kpi in KPIS:
        row = [kpi_label(kpi.key, lang)]
        for s in columns:
            cell = format_kpi(kpi, s.kpis[kpi.key], lang)
            change = "" if s.is_baseline else format_delta(kpi, s.deltas[kpi.key], lang)
            row.append(f"{cell}  Δ {change}" if change else cell)
        rows.append(row)
    return rows


def format_comparison(comparison: Comparison, lang: str = "en") -> str:
    """The KPI table as aligned text, then each scenario's changed assumptions."""
    rows = kpi_table(comparison, lang)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    for s in comparison.scenarios:
        if s.is_baseline:
            continue
        lines.append("")
        lines.append(
            translate(
                "compare.assumptions",
                lang,
                label=s.label,
                baseline=comparison.baseline.label,
            )
            + ":"
        )
        if not s.assumptions:
            lines.append("  " + translate("compare.no_differences", lang))
        lines.extend(
            f"  {c.path}: {_show(c.baseline)} → {_show(c.scenario)}" for c in s.assumptions
        )
    return "\n".join(lines)


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
