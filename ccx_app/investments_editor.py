"""Edit the business case's investments (a table with rows to add and remove).

Like the pattern editors, the table keeps its edits as a delta against the frame it
was drawn with; a callback applies the delta before the rerun.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ccx_model.commercial import Investment
from ccx_model.i18n import t

from . import state
from .table_editor import table_editor, validated_rows

PROBLEMS = "investment_problems"
COLUMNS = ("name", "one_off_eur", "month", "recurring_eur_per_month", "recurring_from_month")


def investments_frame(investments: tuple[Investment, ...]) -> pd.DataFrame:
    return pd.DataFrame([item.model_dump() for item in investments], columns=list(COLUMNS))


DEFAULTS = {
    "one_off_eur": 0.0,
    "month": 0,
    "recurring_eur_per_month": 0.0,
    "recurring_from_month": 1,
}


def _investment_data(row: dict[str, Any]) -> dict[str, Any]:
    data = {k: (DEFAULTS.get(k) if v is None else v) for k, v in row.items()}
    return data | {"name": data.get("name") or "—"}


def _apply(frame: pd.DataFrame) -> None:
    items, problems = validated_rows(frame, Investment, _investment_data)
    st.session_state[PROBLEMS] = problems
    if not problems:
        st.session_state[state.INVESTMENTS] = tuple(items)


def investments_editor(lang: str) -> None:
    st.subheader(t("bc.investments", lang))
    st.caption(t("bc.investments_help", lang))
    for message in st.session_state.get(PROBLEMS, []):
        st.error(message)
    # printf formats write English separators; Dutch amounts follow the browser's locale.
    money = "€ %,.0f" if lang == "en" else "localized"
    table_editor(
        "investments",
        lang,
        lambda: investments_frame(st.session_state[state.INVESTMENTS]),
        _apply,
        dynamic=True,
        column_config={
            # A new row starts filled in (never "None"); amounts with thousands
            # separators, in the reader's form where the browser allows it.
            "name": st.column_config.TextColumn(
                t("bc.col.name", lang),
                required=True,
                max_chars=120,
                default=t("bc.new_investment", lang),
            ),
            "one_off_eur": st.column_config.NumberColumn(
                t("bc.col.one_off", lang), min_value=0.0, step=1000.0, format=money, default=0.0
            ),
            "month": st.column_config.NumberColumn(
                t("bc.col.month", lang), min_value=0, max_value=120, step=1, default=0
            ),
            "recurring_eur_per_month": st.column_config.NumberColumn(
                t("bc.col.recurring", lang), min_value=0.0, step=100.0, format=money, default=0.0
            ),
            "recurring_from_month": st.column_config.NumberColumn(
                t("bc.col.from_month", lang), min_value=0, max_value=120, step=1, default=1
            ),
        },
    )
