"""The board pack's pilot and targeting slides (Ziptone, "In vijf stappen van
costcenter naar profitcenter", steps 1 and 2): whom the centre targets and why, and the
pilot's design, its criteria as numbers, what it measured and the decision.
"""

from __future__ import annotations

from typing import Any

from ccx_model.bundled_names import display_name
from ccx_model.i18n import format_number, format_percent, t
from ccx_model.kpis import explain_kpi, format_kpi
from ccx_model.pilot_words import criterion_rows, decision_text, design_text, lift_text
from ccx_model.proportions import Interval
from ccx_model.report import Report
from ccx_model.targeting import SegmentFigures, segment_name

from .deck_layout import CONTENT_WIDTH_IN, TableLayout
from .deck_shapes import _table_slides


def pilot_slides(deck: Any, report: Report, lang: str) -> None:
    """The pilot's criteria against what it measured, with the design and the rule."""
    pilot = report.pilot
    if pilot is None:
        return
    rows = criterion_rows(pilot, lang)
    if pilot.pilot.note:
        # In the wide first column: the note is prose, not a threshold.
        note = display_name(pilot.pilot.note, lang)
        rows.append([f"{t('pilot.also_agreed', lang)}: {note}", "", "", ""])
    if not rows:
        return
    title = (
        t("deck.criteria", lang)
        if pilot.result is None
        else t(
            "deck.pilot_result",
            lang,
            decision=t(f"pilot.decision.{pilot.result.decision}", lang),
        )
    )
    caption = f"{design_text(pilot, lang)} {decision_text(pilot, lang)}"
    widths = (4.2, 2.4, 3.4)
    _table_slides(
        deck,
        title,
        caption,
        TableLayout((*widths, CONTENT_WIDTH_IN - sum(widths))),
        [t(f"pilot.col.{key}", lang) for key in ("criterion", "threshold", "measured", "status")],
        rows,
        ["left", "left", "left", "left"],
    )


def _lift(s: SegmentFigures, lang: str, entered: float) -> str:
    if s.lift is None:
        return t("targeting.lift_entered", lang, lift=format_number(entered, lang, 2))
    if s.lift_ci_low is None or s.lift_ci_high is None:
        return format_number(s.lift, lang, 2)
    return lift_text(Interval(s.lift, s.lift_ci_low, s.lift_ci_high), lang)


def targeting_slide(deck: Any, report: Report, lang: str) -> None:
    """The segments chosen: their customers, share, consent and lift."""
    targeting = report.scenario.targeting
    if targeting is None:
        return
    rows = [
        [
            segment_name(s.segment, lang),
            format_number(s.customers, lang),
            format_percent(s.share, lang, 1),
            "—" if s.consent_share is None else format_percent(s.consent_share, lang, 0),
            _lift(s, lang, targeting.entered_lift),
        ]
        for s in targeting.segments
    ]
    share, conversion = report.kpi("targeted_share"), report.kpi("targeted_conversion")
    caption = " ".join(
        (
            t(
                "deck.targeting_caption",
                lang,
                share=format_kpi(share, lang),
                conversion=format_kpi(conversion, lang),
            ),
            explain_kpi(conversion, lang),
        )
    )
    first = 3.8
    rest = (CONTENT_WIDTH_IN - first) / 4
    _table_slides(
        deck,
        t("deck.targeting", lang, segments=len(rows)),
        caption,
        TableLayout((first, rest, rest, rest, rest)),
        [
            t(f"targeting.col.{key}", lang)
            for key in ("segment", "customers", "share", "consent", "lift")
        ],
        rows,
        ["left", "right", "right", "right", "right"],
    )
