"""The workbook's Risk sheet: the Monte Carlo summary (with how it was made and its
measured error), the tornado, what the board has to believe (break-even values) and
the risk-adjusted case beside the plan — numbers as numbers, in model units, shares
formatted as percentages."""

from __future__ import annotations

from typing import Any

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from ccx_model.fields import BY_PATH, FieldSpec, field_name
from ccx_model.i18n import t
from ccx_model.report import Report

from .sheet_style import EUR, NUMBER, PERCENT, header, heading, row


def _is_share(path: str) -> bool:
    return BY_PATH.get(path, FieldSpec(path)).scale == 100.0


def write_risk_sheet(sheet: Worksheet, report: Report, lang: str) -> None:
    run, fit = report.simulation, report.simulation.approximation
    sheet.column_dimensions["A"].width = 58
    sheet.column_dimensions["B"].width = 36
    for column in "CDEFGH":
        sheet.column_dimensions[column].width = 18
    header(sheet, [t("risk.title", lang), "", "", "", "", "", "", ""])
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "A2"

    heading(sheet, t("xlsx.risk.draws", lang))
    payback = {p: run.payback_percentile(p) for p in (10, 50, 90)}
    never = t("risk.never_bar", lang)
    rows: list[tuple[str, Any, str | None]] = [
        (t("xlsx.risk.count", lang), run.draws.count, "#,##0"),
        (t("xlsx.risk.start_number", lang), report.seed, "0"),
        (t("xlsx.risk.ranges", lang), len(run.draws.paths), "0"),
        (t("xlsx.risk.method", lang), t(f"xlsx.risk.method.{fit.method}", lang), None),
        (t("xlsx.risk.full_runs", lang), fit.exact_runs, "#,##0"),
        (t("xlsx.risk.checked", lang), fit.checked, "#,##0"),
        (t("xlsx.risk.figures_error", lang), fit.figures_error_eur, EUR),
        (t("xlsx.risk.figures_error_share", lang), fit.share(fit.figures_error_eur), "0.000%"),
        (t("kpi.npv", lang), report.case.npv_eur, EUR),
        (t("kpi.npv_p10", lang), run.npv_percentile(10), EUR),
        (t("kpi.npv_p50", lang), run.npv_percentile(50), EUR),
        (t("kpi.npv_p90", lang), run.npv_percentile(90), EUR),
        (t("xlsx.risk.mean", lang), float(np.mean(run.npv_eur)), EUR),
        (t("kpi.probability_npv_positive", lang), run.probability_npv_positive, PERCENT),
        *(
            (f"{t('kpi.payback', lang)}, P{p}", never if m is None else m, "0")
            for p, m in payback.items()
        ),
        (t("xlsx.risk.paid_back", lang), run.probability_payback, PERCENT),
    ]
    for label, figure, number_format in rows:
        row(sheet, [label, figure], [None, number_format])

    heading(sheet, t("risk.tornado", lang))
    header(
        sheet,
        [
            t(f"risk.col.{key}", lang)
            for key in ("assumption", "path", "low", "high", "npv_low", "npv_high", "swing")
        ]
        + [t("risk.col.distribution", lang)],
    )
    distributions = {item.path: item.distribution for item in report.scenario.ranges}
    for bar in report.tornado.bars:
        share = PERCENT if _is_share(bar.path) else NUMBER
        row(
            sheet,
            [
                field_name(bar.path, lang),
                bar.path,
                bar.low,
                bar.high,
                bar.npv_at_low_eur,
                bar.npv_at_high_eur,
                bar.swing_eur,
                t(f"risk.distribution.{distributions.get(bar.path, 'triangular')}", lang),
            ],
            [None, None, share, share, EUR, EUR, EUR, None],
        )

    heading(sheet, t("risk.believe", lang))
    header(
        sheet,
        [
            t(f"risk.col.{key}", lang)
            for key in ("assumption", "path", "plan", "break_even", "npv_plan")
        ]
        # Where the search ran: "NPV > 0 at any allowed value" means between these.
        + [t("xlsx.risk.searched_low", lang), t("xlsx.risk.searched_high", lang)],
    )
    order = {bar.path: i for i, bar in enumerate(report.tornado.bars)}
    for found in sorted(report.break_evens, key=lambda b: order.get(b.path, len(order))):
        share = PERCENT if _is_share(found.path) else NUMBER
        value: Any = (
            found.value if found.value is not None else t(f"risk.cell.{found.reason}", lang)
        )
        row(
            sheet,
            [
                field_name(found.path, lang),
                found.path,
                found.planned,
                value,
                found.npv_at_plan_eur,
                found.searched_low,
                found.searched_high,
            ],
            [None, None, share, share, EUR, share, share],
        )

    heading(sheet, t("risk.adjusted", lang))
    adjusted, haircuts = report.risk_adjusted, report.scenario.risk_adjustment
    for key in ("retention", "cross_sell", "outbound", "service", "costs"):
        row(
            sheet,
            [t(f"field.risk_adjustment.{key}", lang), getattr(haircuts, key)],
            [None, PERCENT],
        )
    header(sheet, ["", t("risk.col.plan", lang), t("xlsx.risk.adjusted", lang)])
    case = report.case
    pairs: list[tuple[str, Any, Any, str]] = [
        (t("kpi.npv", lang), case.npv_eur, adjusted.npv_eur, EUR),
        (t("kpi.roi", lang), case.roi, adjusted.roi, "0%"),
        (t("kpi.payback", lang), case.payback_month, adjusted.payback_month, "0"),
    ]
    for label, plan, after, number_format in pairs:
        row(
            sheet,
            [label, never if plan is None else plan, never if after is None else after],
            [None, number_format, number_format],
        )
