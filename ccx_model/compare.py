"""Compare 2 to 4 scenarios side by side against one baseline scenario.

Per scenario: its report (``report.Report``) against the baseline — every KPI of
``report.COMPARE_KPIS`` and its change against the baseline's, the assumptions that
differ, the monthly cash flows of its business case and the bridge. The baseline may
be one of the compared scenarios or a separate one.

All business cases are computed over one **common horizon**: the longest horizon of
the compared scenarios and the baseline (a 6-month pilot is then measured over the
same months as a 5-year plan, as if it ran on at pilot scale); each scenario's own
horizon is a row of its own. The baseline measured against itself is zero.

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

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .assumptions_diff import AssumptionChange, assumptions_diff
from .bundled_names import display_name
from .case import Case, case_dict
from .i18n import translate
from .kpis import KPIS, KpiDef, KpiValue, kpi_dict
from .levers import as_is
from .report import COMPARE_KPIS, Report
from .scenario import Scenario

__all__ = [
    "MAX_SCENARIOS",
    "MIN_SCENARIOS",
    "AssumptionChange",
    "CompareError",
    "ComparedScenario",
    "Comparison",
    "Delta",
    "check_scenario_count",
    "compare_scenarios",
    "compared_with_baseline",
    "kpi_delta",
]

MIN_SCENARIOS = 2
# Four columns still fit a slide and a laptop screen side by side.
MAX_SCENARIOS = 4


class CompareError(ValueError):
    """A comparison that cannot be made, with its message in either language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return translate(self.key, lang, None, **self.params)


@dataclass(frozen=True)
class Delta:
    """A KPI's change against the baseline: scenario − baseline, and that change as a
    share of the baseline's value (None where not defined or not meaningful)."""

    absolute: float | None
    relative: float | None


def kpi_delta(kpi: KpiDef, value: float | None, baseline_value: float | None) -> Delta:
    """Scenario − baseline, and ÷ |baseline| where a relative change is meaningful.

    >>> kpi_delta(KPIS["annual_cost"], 90.0, 100.0)
    Delta(absolute=-10.0, relative=-0.1)
    >>> kpi_delta(KPIS["payback"], 12, None)
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


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


@dataclass(frozen=True)
class ComparedScenario:
    """One column of the comparison."""

    label: str
    scenario: Scenario
    is_baseline: bool
    report: Report  # against the comparison's baseline, over the common horizon
    kpis: Mapping[str, KpiValue]
    deltas: Mapping[str, Delta]
    assumptions: tuple[AssumptionChange, ...]

    @property
    def case(self) -> Case:
        return self.report.case

    def value(self, key: str) -> float | None:
        return self.kpis[key].value

    def to_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "scenario": self.scenario.name,
            "is_baseline": self.is_baseline,
            "kpis": {key: kpi_dict(self.kpis[key]) for key in COMPARE_KPIS},
            "deltas": {
                key: {
                    "absolute": _json_float(self.deltas[key].absolute, _digits(key)),
                    "relative": _json_float(self.deltas[key].relative, 6),
                }
                for key in COMPARE_KPIS
            },
            "assumptions_diff": [
                {"path": c.path, "baseline": c.baseline, "scenario": c.scenario}
                for c in self.assumptions
            ],
            "business_case": case_dict(self.case),
        }


@dataclass(frozen=True)
class Comparison:
    """The compared scenarios (in the order given) and the baseline they are measured
    against (``baseline`` is also one of ``scenarios`` when it was compared too)."""

    baseline: ComparedScenario
    scenarios: tuple[ComparedScenario, ...]
    horizon_months: int  # the common horizon of every business case

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
                "kpi": key,
                "unit": KPIS[key].unit,
                "value": s.value(key),
                "delta": s.deltas[key].absolute,
                "relative_delta": s.deltas[key].relative,
                "is_baseline": s.is_baseline,
            }
            for s in self.columns
            for key in COMPARE_KPIS
        ]

    def cash_flow_rows(self) -> list[dict[str, object]]:
        """Long format, one row per column and month (0 = now)."""
        rows: list[dict[str, object]] = []
        for s in self.columns:
            case = s.case
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
            "horizon_months": self.horizon_months,
            "baseline": self.baseline.to_dict(),
            "kpis": [
                {
                    "key": key,
                    "unit": KPIS[key].unit,
                    "higher_is_better": KPIS[key].higher_is_better,
                    "versus_baseline": KPIS[key].versus_baseline,
                }
                for key in COMPARE_KPIS
            ],
            "scenarios": {s.label: s.to_dict() for s in self.scenarios},
        }


def check_scenario_count(count: int) -> None:
    """Raise ``CompareError`` unless ``count`` scenarios can be compared (2 to 4)."""
    if not MIN_SCENARIOS <= count <= MAX_SCENARIOS:
        raise CompareError("compare.count", low=MIN_SCENARIOS, high=MAX_SCENARIOS, count=count)


def common_horizon(scenarios: Sequence[Scenario], baseline: Scenario) -> int:
    """The longest horizon among the scenarios and the baseline, in months."""
    return max(s.business_case.horizon_months for s in (*scenarios, baseline))


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
    horizon = common_horizon(scenarios, baseline)

    base_report = Report(baseline, baseline, horizon)
    base_kpis = _kpis(base_report, baseline_name)

    def compared(scenario: Scenario, label: str, is_baseline: bool) -> ComparedScenario:
        if is_baseline:
            report, kpis = base_report, base_kpis
        else:
            report = Report(scenario, baseline, horizon)
            kpis = _kpis(report, label)
        return ComparedScenario(
            label=label,
            scenario=scenario,
            is_baseline=is_baseline,
            report=report,
            kpis=kpis,
            deltas={
                key: kpi_delta(KPIS[key], kpis[key].value, base_kpis[key].value)
                for key in COMPARE_KPIS
            },
            assumptions=tuple(assumptions_diff(baseline, scenario)),
        )

    columns = tuple(
        compared(scenario, names[i], i == index) for i, scenario in enumerate(scenarios)
    )
    base = columns[index] if index is not None else compared(baseline, baseline_name, True)
    return Comparison(baseline=base, scenarios=columns, horizon_months=horizon)


def compared_with_baseline(
    scenario: Scenario,
    others: Sequence[Scenario],
    baseline: Scenario | None = None,
    lang: str = "en",
) -> Comparison:
    """``scenario`` beside ``others``, as a board pack shows them: against ``baseline``,
    or without one against the scenario's own starting centre (levers off, no
    investments) — the same baseline its business case has, so every NPV is what that
    scenario adds to today's centre, and none is measured against the plan itself.
    Columns are named as the reader knows them: a bundled scenario in ``lang``."""
    labels = [display_name(s.name, lang) for s in (scenario, *others)]
    if baseline is not None:
        return compare_scenarios(
            [scenario, *others],
            baseline=baseline,
            labels=labels,
            baseline_label=display_name(baseline.name, lang),
        )
    return compare_scenarios(
        [scenario, *others],
        labels=labels,
        baseline=as_is(scenario),
        baseline_label=translate(
            "compare.starting_centre", lang, None, scenario=display_name(scenario.name, lang)
        ),
    )


def _kpis(report: Report, label: str) -> dict[str, KpiValue]:
    try:
        return {key: report.kpi(key) for key in COMPARE_KPIS}
    except ValueError as exc:  # a rule the pattern found while spreading the volume
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


def _digits(key: str) -> int:
    return 2 if KPIS[key].unit in ("eur", "eur_cents") else 6


def _json_float(value: float | None, decimals: int) -> float | None:
    return round(value, decimals) if value is not None and math.isfinite(value) else None
