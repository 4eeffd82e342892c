"""The workbook's Pilot sheet (a pilot scenario, or one aimed at RFM segments): the
segments chosen with their measured figures; the pilot's design, plan and rule; each
criterion with its threshold, what was measured (with its interval) and its status;
the weekly results of both groups. Numbers as numbers in model units, shares
formatted as percentages, so a finance partner can recompute them."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from ccx_model.bundled_names import display_name
from ccx_model.i18n import t
from ccx_model.pilot import SHARE_CRITERIA
from ccx_model.pilot_words import decision_text, design_text
from ccx_model.report import Report
from ccx_model.targeting import segment_name

from .sheet_style import NUMBER, PERCENT, header, heading, row


def _targeting(sheet: Worksheet, report: Report, lang: str) -> None:
    targeting = report.scenario.targeting
    if targeting is None:
        return
    heading(sheet, t("targeting.in_scenario", lang))
    for key in ("targeted_share", "targeted_conversion"):
        kpi = report.kpi(key)
        row(sheet, [t(f"kpi.{key}", lang), kpi.value], [None, PERCENT])
    header(
        sheet,
        [
            t("targeting.col.segment", lang),
            t("targeting.col.customers", lang),
            t("targeting.col.share", lang),
            t("targeting.col.consent", lang),
            t("xlsx.pilot.lift", lang),
            t("xlsx.pilot.low", lang),
            t("xlsx.pilot.high", lang),
        ],
    )
    for s in targeting.segments:
        lift = targeting.entered_lift if s.lift is None else s.lift
        row(
            sheet,
            [
                segment_name(s.segment, lang),
                s.customers,
                s.share,
                s.consent_share,
                lift,
                s.lift_ci_low,
                s.lift_ci_high,
            ],
            [None, NUMBER, PERCENT, PERCENT, NUMBER, NUMBER, NUMBER],
        )


def _criteria(sheet: Worksheet, report: Report, lang: str) -> None:
    pilot = report.pilot
    assert pilot is not None
    results = {} if pilot.result is None else {r.criterion: r for r in pilot.result.criteria}
    header(
        sheet,
        [
            t("pilot.col.criterion", lang),
            t("pilot.col.threshold", lang),
            t("xlsx.pilot.measured", lang),
            t("xlsx.pilot.low", lang),
            t("xlsx.pilot.high", lang),
            t("pilot.col.status", lang),
        ],
    )
    for name, threshold in pilot.pilot.criteria.chosen().items():
        result = results.get(name)
        m = None if result is None else result.measured
        number = PERCENT if name in SHARE_CRITERIA else NUMBER
        status = "not_measured" if result is None else result.status
        row(
            sheet,
            [
                t(f"pilot.criterion.{name}", lang),
                threshold,
                None if m is None else m.estimate,
                None if m is None else m.low,
                None if m is None else m.high,
                t(f"pilot.status.{status}", lang),
            ],
            [None, number, number, number, number, None],
        )


def _weeks(sheet: Worksheet, report: Report, lang: str) -> None:
    pilot = report.pilot
    assert pilot is not None
    actuals = pilot.pilot.actuals
    if actuals is None:
        return
    heading(sheet, t("pilot.actuals", lang))
    columns = ("group", "week", "offers", "sales", "cancellations", "aht", "fcr", "nps")
    header(sheet, [t(f"pilot.col.{c}", lang) for c in columns])
    for group, weeks in (("pilot", actuals.pilot), ("control", actuals.control)):
        for w in weeks:
            values: list[Any] = [
                t(f"pilot.group.{group}", lang),
                w.week,
                w.offers,
                w.sales,
                w.cancellations,
                w.aht_seconds,
                w.fcr,
                w.nps,
            ]
            row(sheet, values, [None, None, NUMBER, NUMBER, NUMBER, NUMBER, PERCENT, NUMBER])


def write_pilot_sheet(sheet: Worksheet, report: Report, lang: str) -> None:
    """Targeting (when the scenario has it) and the pilot (when it is one)."""
    sheet.column_dimensions["A"].width = 52
    for column in "BCDEFGH":
        sheet.column_dimensions[column].width = 18
    header(sheet, [t("xlsx.sheet.pilot", lang)] + [""] * 7)
    sheet.row_dimensions[1].height = 28
    _targeting(sheet, report, lang)
    pilot = report.pilot
    if pilot is None:
        return
    heading(sheet, t("pilot.design", lang))
    sheet.append([design_text(pilot, lang)])
    for key in ("pilot_per_group", "pilot_weeks_needed"):
        row(sheet, [t(f"kpi.{key}", lang), report.kpi(key).value], [None, NUMBER])
    heading(sheet, t("pilot.criteria", lang))
    _criteria(sheet, report, lang)
    if pilot.pilot.note:
        sheet.append([t("pilot.also_agreed", lang), display_name(pilot.pilot.note, lang)])
    sheet.append([decision_text(pilot, lang)])
    _weeks(sheet, report, lang)
