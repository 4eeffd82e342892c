"""The RFM segment table in words: the Targeting page and ``ccx rfm`` write each
segment's figures the same way, in the reader's language and number format.
"""

from __future__ import annotations

from .i18n import format_day, format_eur, format_number, format_percent, t
from .pilot_words import lift_text
from .rfm import RfmResult
from .segment_table import SegmentRow
from .text_table import aligned

COLUMNS = ("segment", "customers", "share", "spend", "consent", "response", "lift")


def segment_header(lang: str = "en") -> list[str]:
    """The table's column titles."""
    return [t(f"targeting.col.{column}", lang) for column in COLUMNS]


def segment_cells(row: SegmentRow, lang: str = "en") -> list[str]:
    """One segment's cells, in the order of ``COLUMNS``; a dash where nothing was measured.

    >>> segment_cells(SegmentRow("champions", 1204, 0.2408, 312.5, 0.9), "nl")
    ['Kampioenen', '1.204', '24,1%', '€ 312', '90%', '—', '—']
    """
    return [
        row.name(lang),
        format_number(row.customers, lang),
        format_percent(row.share, lang, 1),
        "—" if row.average_spend_eur is None else format_eur(row.average_spend_eur, lang),
        "—" if row.consent_share is None else format_percent(row.consent_share, lang, 0),
        "—" if row.response_rate is None else format_percent(row.response_rate.estimate, lang, 1),
        "—" if row.lift is None else lift_text(row.lift, lang),
    ]


def rfm_text(result: RfmResult, lang: str = "en") -> str:
    """What ``ccx rfm`` prints without ``--json``: how many customers were scored as of
    which day, then the segment table. No customer is printed: the scores per customer
    are in the JSON only."""
    lines = [
        t(
            "targeting.scored",
            lang,
            customers=format_number(len(result.customers), lang),
            as_of=format_day(result.as_of, lang),
        ),
        "",
        *aligned([segment_header(lang), *(segment_cells(row, lang) for row in result.segments)]),
        "",
        t("cli.rfm.per_customer", lang),
    ]
    return "\n".join(lines)
