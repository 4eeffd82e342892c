"""Edit the contact-reason table and the departments' cuts; import/export as CSV.

The tables show names as the reader reads them: a reason or department that ccx
bundles in the reader's language (``ccx_model.bundled_names``). Each row also carries
its stored names in hidden columns, so a cell left as shown keeps its stored name
exactly; a typed name is kept as typed. The CSV download and upload carry the stored
names (data, never translated).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ccx_model.bundled_names import display_name, stored_name
from ccx_model.failure_demand import (
    ContactReason,
    FailureDemandCut,
    channel_share_totals,
    normalised,
)
from ccx_model.i18n import t
from ccx_model.reasons_csv import reasons_from_csv, reasons_to_csv

from . import state
from .table_editor import read_csv_upload, table_editor, validated_rows

PROBLEMS = "reason_problems"
CHANNELS = ["phone", "chat", "email", "back_office"]
STORED = "stored_"  # a hidden column: the name as stored, beside the one shown


def reasons_frame(reasons: tuple[ContactReason, ...], lang: str = "en") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "reason": [display_name(r.reason, lang) for r in reasons],
            "share": [round(r.share * 100.0, 4) for r in reasons],
            "avoidable": [r.avoidable for r in reasons],
            "department": [display_name(r.department, lang) for r in reasons],
            "channel": [r.channel for r in reasons],
            "aht_seconds": [r.aht_seconds for r in reasons],
            STORED + "reason": [r.reason for r in reasons],
            STORED + "department": [r.department for r in reasons],
        }
    )


def cuts_frame(cuts: tuple[FailureDemandCut, ...], lang: str = "en") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "department": [display_name(c.department, lang) for c in cuts],
            "cut_share": [round(c.cut_share * 100.0, 4) for c in cuts],
            "from_month": [c.from_month for c in cuts],
            "one_off_cost_eur": [c.one_off_cost_eur for c in cuts],
            STORED + "department": [c.department for c in cuts],
        }
    )


def stored_names(frame: pd.DataFrame, lang: str, known: set[str]) -> pd.DataFrame:
    """The edited table with the names as stored: a cell that still shows its row's
    stored name keeps it; another is taken as typed, or as the name in ``known`` (the
    names the table was drawn from) that it shows. The hidden columns are dropped."""
    frame = frame.copy()
    for column in [c.removeprefix(STORED) for c in frame.columns if c.startswith(STORED)]:
        names = []
        for shown, stored in zip(frame[column], frame[STORED + column], strict=True):
            if not isinstance(shown, str):
                names.append(shown)
            elif isinstance(stored, str) and display_name(stored, lang) == shown:
                names.append(stored)
            else:
                names.append(stored_name(shown, lang, known))
        frame[column] = names
    return frame.drop(columns=[c for c in frame.columns if c.startswith(STORED)])


def _names(reasons: tuple[ContactReason, ...]) -> set[str]:
    return {r.reason for r in reasons} | {r.department for r in reasons}


def _reason_data(row: dict[str, Any]) -> dict[str, Any]:
    share = row.get("share")
    return row | {
        "share": None if share is None else float(share) / 100.0,
        "avoidable": bool(row.get("avoidable") or False),
        "department": row.get("department") or "",
        "channel": row.get("channel") or "phone",
    }


def _cut_data(row: dict[str, Any]) -> dict[str, Any]:
    cut = row.get("cut_share")
    return row | {
        "cut_share": 0.5 if cut is None else float(cut) / 100.0,
        "from_month": int(row.get("from_month") or 0),
        "one_off_cost_eur": float(row.get("one_off_cost_eur") or 0.0),
    }


def _apply_reasons(frame: pd.DataFrame) -> None:
    lang = st.session_state.get(state.LANG, "en")
    frame = stored_names(frame, lang, _names(st.session_state[state.REASONS]))
    reasons, problems = validated_rows(frame, ContactReason, _reason_data)
    st.session_state[PROBLEMS] = problems
    if not problems:
        st.session_state[state.REASONS] = tuple(reasons)


def _apply_cuts(frame: pd.DataFrame) -> None:
    lang = st.session_state.get(state.LANG, "en")
    departments = {r.department for r in st.session_state[state.REASONS]}
    frame = stored_names(frame.dropna(subset=["department"]), lang, departments)
    cuts, problems = validated_rows(frame, FailureDemandCut, _cut_data)
    st.session_state[PROBLEMS] = problems
    if not problems:
        st.session_state[state.CUTS] = tuple(cuts)


def _redraw() -> None:
    st.session_state[state.PATTERN_VERSION] = st.session_state.get(state.PATTERN_VERSION, 0) + 1


def _normalise() -> None:
    st.session_state[state.REASONS] = normalised(st.session_state[state.REASONS])
    _redraw()


def _import(key: str) -> None:
    reasons = read_csv_upload(key, reasons_from_csv, PROBLEMS)
    if reasons is None:
        return
    st.session_state[PROBLEMS] = []
    st.session_state[state.REASONS] = reasons
    departments = {r.department for r in reasons if r.avoidable}
    st.session_state[state.CUTS] = tuple(
        c for c in st.session_state[state.CUTS] if c.department in departments
    )
    _redraw()


def reasons_editor(lang: str) -> None:
    """The reason table, a normalise offer when shares are off, CSV in and out."""
    st.subheader(t("fd.reasons", lang))
    st.caption(t("fd.reasons_help", lang))
    for message in st.session_state.get(PROBLEMS, []):
        st.error(message)
    reasons: tuple[ContactReason, ...] = st.session_state[state.REASONS]
    off = {
        c: total for c, total in channel_share_totals(reasons).items() if abs(total - 1.0) > 0.001
    }
    for channel, total in off.items():
        st.warning(t("fd.shares_off", lang, channel=channel, total=f"{total * 100:.1f}"))
    if off:
        st.button(t("fd.normalise", lang), on_click=_normalise, key="normalise_reasons")
    table_editor(
        "reasons",
        lang,
        lambda: reasons_frame(st.session_state[state.REASONS], lang),
        _apply_reasons,
        dynamic=True,
        column_config={
            "reason": st.column_config.TextColumn(
                t("fd.col.reason", lang), required=True, max_chars=120
            ),
            "share": st.column_config.NumberColumn(
                t("fd.col.share", lang), min_value=0.0, max_value=100.0, step=0.5, format="%.1f"
            ),
            "avoidable": st.column_config.CheckboxColumn(t("fd.col.avoidable", lang)),
            "department": st.column_config.TextColumn(t("fd.col.department", lang), max_chars=60),
            "channel": st.column_config.SelectboxColumn(
                t("fd.col.channel", lang), options=CHANNELS, required=True
            ),
            "aht_seconds": st.column_config.NumberColumn(
                t("fd.col.aht", lang), min_value=10.0, max_value=7200.0, step=5.0
            ),
            STORED + "reason": None,
            STORED + "department": None,
        },
    )
    left, right = st.columns(2)
    left.download_button(
        t("fd.download", lang),
        reasons_to_csv(reasons).encode("utf-8"),
        file_name="ccx-contact-reasons.csv",
        mime="text/csv",
        key="download_reasons",
    )
    version = st.session_state.get(state.PATTERN_VERSION, 0)
    right.file_uploader(
        t("fd.import", lang),
        type=["csv"],
        key=f"reasons_upload_{version}",
        on_change=_import,
        args=(f"reasons_upload_{version}",),
        help=t("fd.import_help", lang),
    )


def cuts_editor(lang: str) -> None:
    """Which department fixes its cause, by how much, from when, at what cost."""
    st.subheader(t("fd.cuts", lang))
    st.caption(t("fd.cuts_help", lang))
    departments = sorted(
        {display_name(r.department, lang) for r in st.session_state[state.REASONS] if r.avoidable}
    )
    table_editor(
        "cuts",
        lang,
        lambda: cuts_frame(st.session_state[state.CUTS], lang),
        _apply_cuts,
        dynamic=True,
        column_config={
            "department": st.column_config.SelectboxColumn(
                t("fd.col.department", lang), options=departments, required=True
            ),
            "cut_share": st.column_config.NumberColumn(
                t("fd.col.cut", lang), min_value=0.0, max_value=100.0, step=5.0, format="%.0f"
            ),
            "from_month": st.column_config.NumberColumn(
                t("fd.col.from_month", lang), min_value=0, max_value=120, step=1
            ),
            "one_off_cost_eur": st.column_config.NumberColumn(
                t("fd.col.one_off", lang), min_value=0.0, step=1000.0, format="%.0f"
            ),
            STORED + "department": None,
        },
    )
