"""A pilot in words, for the Pilot page and the board pack alike: its design, each
criterion with its threshold, what was measured (with its interval) and its status,
and the decision. Written once here so the page and the slide say the same.
"""

from __future__ import annotations

from .i18n import format_number, format_percent, t
from .pilot import SampleSize
from .pilot_evaluation import ConversionComparison
from .pilot_report import PilotReport
from .proportions import Interval

# How each criterion's threshold and measure are written: a share, points or seconds.
_KIND = {
    "min_conversion": "share",
    "min_uplift": "points",
    "max_aht_increase_seconds": "seconds",
    "max_fcr_drop_points": "points",
    "max_nps_drop_points": "points",
    "max_cancellation_rate": "share",
}


def _value(criterion: str, value: float, lang: str) -> str:
    kind = _KIND[criterion]
    if kind == "share":
        return format_percent(value, lang, 1)
    if kind == "seconds":
        return t("unit.seconds", lang, x=format_number(value, lang, 1))
    # Uplift is stored as a share (0.01) but read in points, as the drops are.
    points = value * 100.0 if criterion == "min_uplift" else value
    return t("pilot.points", lang, points=format_number(points, lang, 1))


def threshold_text(criterion: str, threshold: float, lang: str) -> str:
    """ "≥ 6.0%", "≤ 15.0 s": the side the measure must stay on.

    >>> threshold_text("min_conversion", 0.06, "en"), threshold_text("max_aht_increase_seconds", 15, "nl")
    ('≥ 6.0%', '≤ 15,0 s')
    """
    sign = "≥" if criterion.startswith("min_") else "≤"
    return f"{sign} {_value(criterion, threshold, lang)}"


def measured_text(criterion: str, measured: Interval | None, lang: str) -> str:
    """The estimate with its interval, or a dash when nothing was measured yet."""
    if measured is None:
        return "—"
    return t(
        "pilot.measured",
        lang,
        estimate=_value(criterion, measured.estimate, lang),
        low=_value(criterion, measured.low, lang),
        high=_value(criterion, measured.high, lang),
    )


def lift_text(lift: Interval, lang: str) -> str:
    """A measured lift with its interval, as the segment table and the slide write it.

    >>> lift_text(Interval(1.4, 1.1, 1.7), "nl")
    '1,40 (1,10 tot 1,70)'
    """
    return t(
        "pilot.measured",
        lang,
        estimate=format_number(lift.estimate, lang, 2),
        low=format_number(lift.low, lang, 2),
        high=format_number(lift.high, lang, 2),
    )


def criterion_rows(report: PilotReport, lang: str) -> list[list[str]]:
    """One row per criterion set: label, threshold, measured (interval), status."""
    chosen = report.pilot.criteria.chosen()
    results = {} if report.result is None else {r.criterion: r for r in report.result.criteria}
    rows = []
    for name, threshold in chosen.items():
        result = results.get(name)
        rows.append(
            [
                t(f"pilot.criterion.{name}", lang),
                threshold_text(name, threshold, lang),
                measured_text(name, None if result is None else result.measured, lang),
                t("pilot.status.not_measured", lang)
                if result is None
                else t(f"pilot.status.{result.status}", lang),
            ]
        )
    return rows


def design_text(report: PilotReport, lang: str) -> str:
    """Group, duration, control, size and the rule, in two or three sentences."""
    pilot, plan = report.pilot, report.plan
    control = (
        t("pilot.control.rest_of_centre", lang)
        if pilot.control == "rest_of_centre"
        else t(
            "pilot.control.held_out",
            lang,
            share=format_percent(pilot.control_share(), lang, 0),
        )
    )
    text = t(
        f"pilot.design.{pilot.group_basis}",
        lang,
        share=format_percent(pilot.group_share, lang, 0),
        weeks=pilot.duration_weeks,
        control=control,
    )
    size = t(
        "pilot.size",
        lang,
        per_group=format_number(plan.size.per_group, lang),
        target=format_percent(pilot.target_conversion, lang, 1),
        baseline=format_percent(pilot.baseline_conversion, lang, 1),
        offers=format_number(report.offers_per_week, lang),
        weeks=format_number(plan.weeks_needed, lang) if plan.weeks_needed is not None else "—",
    )
    rule = t("pilot.rule", lang, confidence=format_percent(pilot.confidence, lang, 0))
    warning = plan.warning(lang)
    return " ".join(part for part in (text, size, rule, warning and f"⚠ {warning}.") if part)


def decision_text(report: PilotReport, lang: str) -> str:
    """The decision so far, or that the pilot has not reported yet."""
    result = report.result
    if result is None:
        return t("pilot.no_actuals", lang)
    if not report.pilot.criteria.chosen():
        return t("pilot.no_criteria", lang)
    return t(
        "pilot.decision_after",
        lang,
        weeks=result.weeks,
        decision=t(f"pilot.decision.{result.decision}", lang),
    )


def p_value_text(p: float, lang: str) -> str:
    """A p-value to three decimals; one that rounds to zero reads "< 0.001".

    >>> p_value_text(0.0077, "nl"), p_value_text(0.00002, "en")
    ('0,008', '< 0.001')
    """
    if p < 0.0005:
        return f"< {format_number(0.001, lang, 3)}"
    return format_number(p, lang, 3)


def uplift_text(comparison: ConversionComparison, lang: str) -> str:
    """Pilot against control: both conversions, the uplift in points with its interval,
    and the p-value of the two-sided test.

    >>> from ccx_model.pilot_evaluation import compare_conversion
    >>> uplift_text(compare_conversion(500, 40, 500, 60), "en")[:62]
    'Conversion 12.0% against 8.0% in the control: an uplift of 4.0'
    """
    c = comparison
    return t(
        "pilot.uplift",
        lang,
        uplift=format_number(c.uplift.estimate * 100, lang, 1),
        low=format_number(c.uplift.low * 100, lang, 1),
        high=format_number(c.uplift.high * 100, lang, 1),
        p=p_value_text(c.p_value, lang),
        pilot=format_percent(c.pilot.estimate, lang, 1),
        control=format_percent(c.control.estimate, lang, 1),
    )


def sample_size_text(size: SampleSize, lang: str) -> str:
    """The offers each group needs, and what they are needed for.

    >>> from ccx_model.pilot import sample_size
    >>> sample_size_text(sample_size(0.05, 0.07), "nl")[:60]
    '2.213 aanbiedingen in de pilotgroep en 2.213 in de controleg'
    """
    q = size.query
    return t(
        "pilot.size_text",
        lang,
        per_group=format_number(size.per_group, lang),
        control=format_number(size.control, lang),
        total=format_number(size.total, lang),
        target=format_percent(q.target_rate, lang, 1),
        baseline=format_percent(q.baseline_rate, lang, 1),
        power=format_percent(q.power, lang, 0),
        alpha=format_percent(q.alpha, lang, 1),
    )
