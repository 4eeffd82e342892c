"""How each KPI of the risk view is read from a :class:`report.Report`: the spread of
the Monte Carlo draws (``monte_carlo``) and the risk-adjusted case (``risk_adjustment``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .kpis import KpiValue
from .report_kpis import _count, _eur, _share

if TYPE_CHECKING:  # the report imports this module; the type is only for annotations
    from .report import Report


def _npv_at(p: int) -> Callable[[Report], KpiValue]:
    def read(r: Report) -> KpiValue:
        run = r.simulation
        return KpiValue(
            f"npv_p{p}",
            run.npv_percentile(p),
            {"draws": _count(run.draws.count), "ranges": _count(len(run.draws.paths))},
        )

    return read


def _probability_npv_positive(r: Report) -> KpiValue:
    run = r.simulation
    return KpiValue(
        "probability_npv_positive",
        run.probability_npv_positive,
        {"draws": _count(run.draws.count)},
    )


def _payback_p50(r: Report) -> KpiValue:
    run = r.simulation
    month = run.payback_percentile(50)
    return KpiValue(
        "payback_p50",
        month,
        {"draws": _count(run.draws.count), "paid_back": _share(run.probability_payback)},
        note="" if month is not None else "note.never",
        note_params={"months": _count(run.horizon_months)},
    )


def _risk_adjusted_npv(r: Report) -> KpiValue:
    adjusted = r.risk_adjusted
    return KpiValue(
        "risk_adjusted_npv",
        adjusted.npv_eur,
        {"plan": _eur(r.case.npv_eur), "benefits": _eur(adjusted.benefits_eur)},
    )


def _risk_adjusted_roi(r: Report) -> KpiValue:
    adjusted = r.risk_adjusted
    return KpiValue(
        "risk_adjusted_roi",
        adjusted.roi,
        {"benefits": _eur(adjusted.benefits_eur), "costs": _eur(adjusted.costs_eur)},
        note="" if adjusted.roi is not None else "note.roi_no_cost",
    )


def _risk_adjusted_payback(r: Report) -> KpiValue:
    adjusted = r.risk_adjusted
    return KpiValue(
        "risk_adjusted_payback",
        adjusted.payback_month,
        note="" if adjusted.payback_month is not None else "note.never",
        note_params={"months": _count(r.case.horizon_months)},
    )


RISK_KPIS: dict[str, Callable[[Report], KpiValue]] = {
    "npv_p10": _npv_at(10),
    "npv_p50": _npv_at(50),
    "npv_p90": _npv_at(90),
    "probability_npv_positive": _probability_npv_positive,
    "payback_p50": _payback_p50,
    "risk_adjusted_npv": _risk_adjusted_npv,
    "risk_adjusted_roi": _risk_adjusted_roi,
    "risk_adjusted_payback": _risk_adjusted_payback,
}
