"""Edit the weekly pattern: day shares and opening hours, hourly arrivals, CSV import.

``st.data_editor`` keeps its edits as a delta against the frame it was drawn with,
so each editor remembers that base and a callback applies the delta before the
rerun; the new pattern is therefore in place before the numbers are computed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from ccx_model.forecast_csv import read_interval_csv
from ccx_model.i18n import format_number, t
from ccx_model.pattern import WEEKS_PER_MONTH, intervals_per_week
from ccx_model.problems import problems_from_validation
from ccx_model.scenario import DAYS, DemandPattern

from . import state
from .table_editor import read_csv_upload, table_editor

PROBLEMS = "pattern_problems"
WEEK_ROWS = {intervals_per_week(m): m for m in (5, 15, 30, 60)}


def days_frame(pattern: DemandPattern, lang: str = "en") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "day": [t(f"day.{d}", lang) for d in DAYS],
            "share": [round(s * 100.0, 4) for s in pattern.day_shares],
            "open": [o for o, _ in pattern.opening_hours],
            "close": [c for _, c in pattern.opening_hours],
        }
    )


def hours_frame(pattern: DemandPattern) -> pd.DataFrame:
    return pd.DataFrame(
        {"hour": [f"{h:02d}:00" for h in range(24)], "weight": list(pattern.hourly_weights)}
    )


def _replace_pattern(changes: dict[str, Any]) -> None:
    lang = st.session_state.get(state.LANG, "en")
    data = st.session_state[state.PATTERN].model_dump(mode="python") | changes
    try:
        state.set_pattern(DemandPattern.model_validate(data))
        st.session_state[PROBLEMS] = []
    except ValidationError as exc:
        # The pattern's own rules are found at its top ("(scenario)"): name it "pattern".
        st.session_state[PROBLEMS] = [
            state.ui_message(
                replace(p, field="pattern" if p.field.startswith("(") else "pattern." + p.field),
                lang,
            )
            for p in problems_from_validation(exc, DemandPattern)
        ]


def _apply_days(frame: pd.DataFrame) -> None:
    _replace_pattern(
        {
            "day_shares": tuple(float(x or 0) / 100.0 for x in frame["share"]),
            "opening_hours": tuple(
                (float(o or 0), float(c or 0))
                for o, c in zip(frame["open"], frame["close"], strict=True)
            ),
        }
    )


def _apply_hours(frame: pd.DataFrame) -> None:
    _replace_pattern({"hourly_weights": tuple(float(x or 0) for x in frame["weight"])})


def _import_csv(key: str) -> None:
    forecast = read_csv_upload(key, read_interval_csv, PROBLEMS)
    if forecast is None:
        return
    lang = st.session_state.get(state.LANG, "en")
    rows = len(forecast.calls)
    if rows not in WEEK_ROWS:
        st.session_state[PROBLEMS] = [
            t(
                "staffing.import_rows",
                lang,
                rows=rows,
                accepted=", ".join(str(n) for n in sorted(WEEK_ROWS)),
            )
        ]
        return
    _replace_pattern(
        {
            "interval_calls": tuple(float(x) for x in forecast.calls),
            "interval_aht_seconds": None
            if forecast.aht_seconds is None
            else tuple(float(x) for x in forecast.aht_seconds),
        }
    )
    if not st.session_state.get(PROBLEMS):
        st.session_state["in.demand.calls_per_month"] = round(
            float(forecast.calls.sum()) * WEEKS_PER_MONTH, 3
        )


def _clear_import() -> None:
    _replace_pattern({"interval_calls": None, "interval_aht_seconds": None})


def pattern_editor(lang: str) -> None:
    st.subheader(t("staffing.pattern_title", lang))
    st.caption(t("staffing.pattern_caption", lang))
    pattern: DemandPattern = st.session_state[state.PATTERN]
    for message in st.session_state.get(PROBLEMS, []):
        st.error(message)
    if pattern.interval_calls is not None:
        weekly = sum(pattern.interval_calls)
        st.info(
            t(
                "staffing.imported",
                lang,
                rows=len(pattern.interval_calls),
                calls=format_number(weekly, lang),
            )
        )
        st.button(t("staffing.clear_import", lang), on_click=_clear_import, key="clear_import")
    else:
        left, right = st.columns([3, 2])
        with left:
            st.markdown(f"**{t('staffing.days', lang)}**")
            table_editor(
                "days",
                lang,
                lambda: days_frame(st.session_state[state.PATTERN], lang),
                _apply_days,
                {
                    "day": st.column_config.TextColumn(t("col.day", lang), disabled=True),
                    "share": st.column_config.NumberColumn(
                        t("col.share", lang),
                        min_value=0.0,
                        max_value=100.0,
                        step=0.5,
                        format="%.1f",
                    ),
                    "open": st.column_config.NumberColumn(
                        t("col.open", lang), min_value=0.0, max_value=24.0, step=0.5
                    ),
                    "close": st.column_config.NumberColumn(
                        t("col.close", lang), min_value=0.0, max_value=24.0, step=0.5
                    ),
                },
            )
        with right:
            st.markdown(f"**{t('staffing.hours', lang)}**")
            table_editor(
                "hours",
                lang,
                lambda: hours_frame(st.session_state[state.PATTERN]),
                _apply_hours,
                {
                    "hour": st.column_config.TextColumn(t("col.hour", lang), disabled=True),
                    "weight": st.column_config.NumberColumn(
                        t("col.weight", lang), min_value=0.0, step=0.05, format="%.2f"
                    ),
                },
            )
    version = st.session_state.get(state.PATTERN_VERSION, 0)
    st.file_uploader(
        t("staffing.import", lang),
        type=["csv"],
        key=f"forecast_upload_{version}",
        on_change=_import_csv,
        args=(f"forecast_upload_{version}",),
        help=t("staffing.import_help", lang),
    )
