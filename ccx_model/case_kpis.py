"""How each KPI of the profit centre, outsourcing and the business case is read from a
:class:`report.Report` (the cost and value centre's are in ``report_kpis``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .finance import irr_display
from .kpis import KpiValue, Quantity
from .levers import SELLING

if TYPE_CHECKING:  # the report imports this module; the type is only for annotations
    from .report import Report


from .report_kpis import _count, _eur, _share


def _gross_margin(r: Report) -> KpiValue:
    streams = r.evaluation.revenue.by_name()
    return KpiValue(
        "gross_margin",
        r.evaluation.revenue.total_eur,
        {name: _eur(streams[name].margin_eur_per_year) for name in SELLING},
    )


def _cost_of_selling(r: Report) -> KpiValue:
    total = sum(e.cost_eur_per_year for e in r.selling_effects)
    direct = r.evaluation.cost.commercial_direct_eur
    return KpiValue(
        "cost_of_selling", total, {"staff": _eur(total - direct), "direct": _eur(direct)}
    )


def _selling_fte(r: Report) -> KpiValue:
    selling = sum(e.fte for e in r.selling_effects)
    fte = r.evaluation.fte_including_provider
    return KpiValue(
        "selling_fte",
        selling,
        {"fte": Quantity(fte, "fte", 1), "base_fte": Quantity(fte - selling, "fte", 1)},
    )


def _net_result(r: Report) -> KpiValue:
    ev = r.evaluation
    return KpiValue(
        "net_result",
        ev.net_result_eur,
        {"margin": _eur(ev.revenue.total_eur), "cost": _eur(ev.cost.total_eur)},
    )


def _os_in_house(r: Report) -> KpiValue:
    cost = r.outsourcing.in_house.cost.total_eur
    return KpiValue("os_in_house", cost, {"cost": _eur(cost)})


def _os_outsourced(r: Report) -> KpiValue:
    view = r.outsourcing
    ev, provider = view.outsourced, view.outsourced.provider
    return KpiValue(
        "os_outsourced",
        ev.cost.total_eur,
        {
            "fee": _eur(provider.fee_eur_per_year),
            "hours": _count(provider.productive_hours_per_year),
            "contacts": _count(provider.calls_per_month * 12),
            "retained": _eur(provider.retained_eur_per_year),
            "stranded": _eur(ev.cost.stranded_overhead_eur),
            "rest": _eur(ev.cost.total_eur - ev.cost.outsourcing_eur),
        },
    )


def _os_saving(r: Report) -> KpiValue:
    view = r.outsourcing
    return KpiValue(
        "os_saving",
        view.saving_eur_per_year,
        {
            "in_house": _eur(view.in_house.cost.total_eur),
            "outsourced": _eur(view.outsourced.cost.total_eur),
            "churn": _eur(view.churn_eur_per_year),
        },
    )


def _os_break_even(r: Report) -> KpiValue:
    view, outsourcing = r.outsourcing, r.scenario.outsourcing
    horizon = int(view.months[-1])
    return KpiValue(
        "os_break_even",
        view.break_even_month,
        {
            "transition": _eur(outsourcing.transition_cost_eur),
            "months": _count(outsourcing.transition_months),
        },
        note="" if view.break_even_month is not None else "note.never",
        note_params={"months": _count(horizon)},
    )


def _os_npv(r: Report) -> KpiValue:
    rate = r.scenario.business_case.discount_rate_per_year
    return KpiValue(
        "os_npv",
        r.outsourcing.npv_eur,
        {"rate": _share(rate), "months": _count(int(r.outsourcing.months[-1]))},
    )


def _npv(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "npv",
        case.npv_eur,
        {"rate": _share(case.discount_rate_per_year), "months": _count(case.horizon_months)},
    )


def _irr(r: Report) -> KpiValue:
    shown = irr_display(r.case.irr)
    note = "" if shown.rate is not None else "note.irr." + _IRR_NOTES.get(shown.reason, "none")
    return KpiValue("irr", shown.rate, note=note, raw=shown.raw)


_IRR_NOTES = {
    "no change: every cash flow is zero": "no_change",
    "no investment: every cash flow is a gain": "no_investment",
    "no return: every cash flow is a cost": "no_return",
    "the net present value never reaches zero: the case never breaks even": "never_breaks_even",
    "above 100% a year: a small outlay next to large benefits; look at NPV and payback": "above_limit",
}


def _roi(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "roi",
        case.roi,
        {
            "benefits": _eur(case.benefits_eur),
            "costs": _eur(case.costs_eur),
            "months": _count(case.horizon_months),
        },
        note="" if case.roi is not None else "note.roi_no_cost",
    )


def _payback(r: Report) -> KpiValue:
    case = r.case
    return KpiValue(
        "payback",
        case.payback_month,
        note="" if case.payback_month is not None else "note.never",
        note_params={"months": _count(case.horizon_months)},
    )


def _net_per_year(r: Report) -> KpiValue:
    case = r.case
    years = case.horizon_months / 12.0
    return KpiValue(
        "net_per_year",
        float(case.net_eur.sum()) / years,
        {"total": _eur(float(case.net_eur.sum())), "months": _count(case.horizon_months)},
    )


def _horizon(r: Report) -> KpiValue:
    """The scenario's own horizon (a comparison may measure over a longer, common one)."""
    return KpiValue("horizon", r.scenario.business_case.horizon_months)


CASE_KPIS: dict[str, Callable[[Report], KpiValue]] = {
    "gross_margin": _gross_margin,
    "cost_of_selling": _cost_of_selling,
    "selling_fte": _selling_fte,
    "net_result": _net_result,
    "os_in_house": _os_in_house,
    "os_outsourced": _os_outsourced,
    "os_saving": _os_saving,
    "os_break_even": _os_break_even,
    "os_npv": _os_npv,
    "npv": _npv,
    "irr": _irr,
    "roi": _roi,
    "payback": _payback,
    "net_per_year": _net_per_year,
    "horizon": _horizon,
}
