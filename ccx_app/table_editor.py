"""Editable tables whose edits land in session state before the numbers are computed.

``st.data_editor`` keeps its edits as a delta (edited, added and deleted rows)
against the frame it was drawn with. Each table therefore remembers that base frame
under its key, and an ``on_change`` callback rebuilds the full table from base +
delta and hands it to the caller before the rerun. The key carries a version (bumped
when a scenario is opened or reset) and the language, so a new scenario or language
draws a fresh table from the current values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from ccx_model.i18n import t
from ccx_model.problems import InputError, problems_from_validation

from . import state


def edited_frame(base: pd.DataFrame, delta: dict[str, Any]) -> pd.DataFrame:
    """Base frame with the editor's delta applied: edits, then deletions, then additions.

    >>> base = pd.DataFrame({"a": [1, 2, 3]})
    >>> edited_frame(base, {"edited_rows": {0: {"a": 9}}, "deleted_rows": [1], "added_rows": [{"a": 4}]})["a"].tolist()
    [9, 3, 4]
    """
    frame = base.copy()
    for row, changes in delta.get("edited_rows", {}).items():
        for column, value in changes.items():
            frame.loc[int(row), column] = value
    frame = frame.drop(index=[int(i) for i in delta.get("deleted_rows", [])])
    added = pd.DataFrame(delta.get("added_rows", []), columns=list(base.columns))
    if added.empty:
        return frame.reset_index(drop=True)
    return pd.concat([frame, added], ignore_index=True)


def read_csv_upload(key: str, parse: Callable[[str], Any], problems_key: str) -> Any:
    """Parse the CSV uploaded under ``key``; on a problem, put the messages (in the
    reader's language) under ``problems_key`` and return None."""
    upload = st.session_state.get(key)
    if upload is None:
        return None
    lang = st.session_state.get(state.LANG, "en")
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark.
        return parse(upload.getvalue().decode("utf-8-sig"))
    except UnicodeDecodeError:
        st.session_state[problems_key] = [t("staffing.import_not_utf8", lang)]
    except InputError as exc:
        st.session_state[problems_key] = exc.messages(lang)
    return None


def validated_rows(
    frame: pd.DataFrame, model: Any, convert: Callable[[dict[str, Any]], dict[str, Any]]
) -> tuple[list[Any], list[str]]:
    """Validate each row as ``model`` (after ``convert``); problems name the row number
    (from 1, as the table shows them) and the field, in the reader's language."""
    lang = st.session_state.get(state.LANG, "en")
    items, problems = [], []
    for number, row in enumerate(frame.to_dict("records"), start=1):
        data = {
            str(k): (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in row.items()
        }
        try:
            items.append(model.model_validate(convert(data)))
        except ValidationError as exc:
            problems += [
                t("fd.table_problem", lang, row=number, message=p.message(lang))
                for p in problems_from_validation(exc, model)
            ]
    return items, problems


def table_editor(
    name: str,
    lang: str,
    current_frame: Callable[[], pd.DataFrame],
    apply: Callable[[pd.DataFrame], None],
    column_config: dict[str, Any],
    dynamic: bool = False,
) -> None:
    """Draw a table; ``apply`` receives the whole edited table on every change."""
    version = st.session_state.get(state.PATTERN_VERSION, 0)
    key = f"{name}_editor_{version}_{lang}"
    if key + ".base" not in st.session_state:
        st.session_state[key + ".base"] = current_frame()

    def on_change() -> None:
        apply(edited_frame(st.session_state[key + ".base"], st.session_state[key]))

    st.data_editor(
        st.session_state[key + ".base"],
        key=key,
        on_change=on_change,
        hide_index=True,
        num_rows="dynamic" if dynamic else "fixed",
        column_config=column_config,
        width="stretch",
    )
