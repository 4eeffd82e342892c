"""Edit a pilot's design and its success criteria as numbers, and its weekly actuals.

The widgets write into ``state.PILOT`` (a ``Pilot``) through callbacks, so the
numbers below them are computed from what was just entered. Shares are entered in
percent. A rule between fields (a target equal to the baseline, groups above 100%) is
said under the form, naming the fields, and the last valid pilot is kept. Widget keys
carry the scenario's version (``state.PATTERN_VERSION``): opening a scenario, reset
and undo draw them afresh from the pilot they hold.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from ccx_model.i18n import t
from ccx_model.pilot import SHARE_CRITERIA, SHARE_FIELDS, Pilot, SuccessCriteria
from ccx_model.pilot_actuals import PilotActuals, WeekActuals
from ccx_model.pilot_csv import actuals_from_csv, actuals_to_csv
from ccx_model.problems import InputError, problems_from_validation

from . import state
from .table_editor import table_editor, validated_rows

PROBLEMS = "pilot_problems"
ACTUALS_PROBLEMS = "pilot_actuals_problems"
UPLOAD = "pilot_results_upload"
UPLOADED = "pilot_results_uploaded"  # what the last upload read, said once
# Each number input: (lowest, highest, step) as entered.
BOUNDS = {
    "group_share": (0.1, 99.9, 1.0),
    "held_out_share": (0.1, 99.9, 1.0),
    "duration_weeks": (1, 52, 1),
    "baseline_conversion": (0.1, 99.9, 0.5),
    "target_conversion": (0.1, 99.9, 0.5),
    "power": (50.0, 99.0, 5.0),
    "confidence": (80.0, 99.9, 1.0),
    "min_conversion": (0.0, 100.0, 0.5),
    "min_uplift": (-100.0, 100.0, 0.5),
    "max_aht_increase_seconds": (-3_600.0, 3_600.0, 1.0),
    "max_fcr_drop_points": (0.0, 100.0, 1.0),
    "max_nps_drop_points": (0.0, 200.0, 1.0),
    "max_cancellation_rate": (0.0, 100.0, 0.5),
}


def _key(name: str) -> str:
    return f"pilot_in.{st.session_state.get(state.PATTERN_VERSION, 0)}.{name}"


def _shown(name: str, value: float, percent: bool) -> float:
    return round(value * 100.0, 6) if percent else float(value)


def _init(pilot: Pilot) -> None:
    """Write the pilot into its widgets' keys: once per scenario version, and again after
    another page (Streamlit forgets the values of widgets a run does not draw)."""
    if _key("group_share") in st.session_state:
        return
    for name in ("group_basis", "control", "note"):
        st.session_state[_key(name)] = getattr(pilot, name)
    for name in ("group_share", "duration_weeks", "baseline_conversion", "target_conversion"):
        st.session_state[_key(name)] = _shown(name, getattr(pilot, name), name in SHARE_FIELDS)
    for name in ("power", "confidence"):
        st.session_state[_key(name)] = _shown(name, getattr(pilot, name), True)
    held = pilot.held_out_share if pilot.held_out_share is not None else 0.1
    st.session_state[_key("held_out_share")] = _shown("held_out_share", held, True)
    chosen = pilot.criteria.chosen()
    for name in SuccessCriteria.model_fields:
        value = chosen.get(name)
        st.session_state[_key(f"{name}.on")] = value is not None
        default = {"max_aht_increase_seconds": 15.0, "max_fcr_drop_points": 2.0}.get(name, 5.0)
        shown = _shown(name, value, name in SHARE_CRITERIA) if value is not None else default
        st.session_state[_key(name)] = float(shown)


def _from_widgets(pilot: Pilot) -> dict[str, Any]:
    def read(name: str) -> Any:
        return st.session_state[_key(name)]

    data: dict[str, Any] = {
        "group_basis": read("group_basis"),
        "control": read("control"),
        "note": str(read("note") or "").strip(),
        "duration_weeks": int(read("duration_weeks")),
        "actuals": pilot.actuals,
    }
    for name in SHARE_FIELDS:
        data[name] = float(read(name)) / 100.0
    if data["control"] != "held_out":
        data["held_out_share"] = None
    data["criteria"] = {
        name: (float(read(name)) / (100.0 if name in SHARE_CRITERIA else 1.0))
        if read(f"{name}.on")
        else None
        for name in SuccessCriteria.model_fields
    }
    return data


def _apply() -> None:
    pilot: Pilot | None = st.session_state.get(state.PILOT)
    if pilot is None:
        return
    lang = st.session_state.get(state.LANG, "en")
    try:
        st.session_state[state.PILOT] = Pilot.model_validate(_from_widgets(pilot))
        st.session_state[PROBLEMS] = []
    except ValidationError as exc:
        st.session_state[PROBLEMS] = [p.message(lang) for p in problems_from_validation(exc, Pilot)]


def _number(column: Any, name: str, lang: str, label: str | None = None) -> None:
    low, high, step = BOUNDS[name]
    whole = isinstance(step, int)
    column.number_input(
        label or t(f"pilot.field.{name}", lang),
        min_value=low,
        max_value=high,
        step=step,
        key=_key(name),
        on_change=_apply,
        format="%d" if whole else None,
    )


def design_form(pilot: Pilot, lang: str) -> None:
    """The pilot's group, duration, control, conversions, power and confidence."""
    _init(pilot)
    left, middle, right = st.columns(3)
    left.selectbox(
        t("pilot.field.group_basis", lang),
        ["calls", "agents"],
        key=_key("group_basis"),
        format_func=lambda v: t(f"pilot.basis.{v}", lang),
        on_change=_apply,
    )
    _number(left, "group_share", lang)
    _number(left, "duration_weeks", lang)
    middle.selectbox(
        t("pilot.field.control", lang),
        ["rest_of_centre", "held_out"],
        key=_key("control"),
        format_func=lambda v: t(f"pilot.control_choice.{v}", lang),
        on_change=_apply,
    )
    if st.session_state[_key("control")] == "held_out":
        _number(middle, "held_out_share", lang)
    _number(middle, "baseline_conversion", lang)
    _number(middle, "target_conversion", lang)
    _number(right, "power", lang)
    _number(right, "confidence", lang)


def criteria_form(lang: str) -> None:
    """Each criterion: on or off, and its threshold."""
    columns = st.columns(2)  # three to a row would cut the criteria's names short
    for i, name in enumerate(SuccessCriteria.model_fields):
        column = columns[i % 2]
        on = column.checkbox(
            t(f"pilot.criterion.{name}", lang), key=_key(f"{name}.on"), on_change=_apply
        )
        if on:
            _number(column, name, lang, t(f"pilot.unit.{name}", lang))
    st.text_area(t("pilot.field.note", lang), key=_key("note"), on_change=_apply, height=80)


def _number_or_text(text: str) -> float | str:
    """A typed number ("45,5" or "45.5"); the text itself when it is none, for the row's
    check to name it."""
    try:
        return float(text)
    except ValueError:
        return text


def _shown_number(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


def week_data(row: dict[str, Any]) -> dict[str, Any]:
    """One row of the results table as a week's figures. FCR and NPS are text cells,
    empty when not measured (a number cell would show Streamlit's "None"); FCR is typed
    in percent, with a decimal comma or point."""
    data = {k: v for k, v in row.items() if k != "group" and v is not None}
    for name in ("fcr", "nps"):
        text = str(data.pop(name, "") or "").strip().replace(",", ".")
        if text:
            data[name] = _number_or_text(text)
    if isinstance(data.get("fcr"), float):
        data["fcr"] = data["fcr"] / 100.0
    return data


def actuals_frame(actuals: PilotActuals | None, lang: str) -> pd.DataFrame:
    columns = ["group", "week", "offers", "sales", "cancellations", "aht_seconds", "fcr", "nps"]
    rows = []
    if actuals is not None:
        for group, weeks in (("pilot", actuals.pilot), ("control", actuals.control)):
            for w in weeks:
                rows.append(
                    {
                        "group": t(f"pilot.group.{group}", lang),
                        **w.model_dump(),
                        # FCR and NPS are text cells, so a week without them shows empty.
                        "fcr": _shown_number(None if w.fcr is None else w.fcr * 100.0, lang),
                        "nps": _shown_number(w.nps, lang),
                    }
                )
    return pd.DataFrame(rows, columns=columns)


def _read_upload() -> None:
    """Results from a CSV replace the table's (a problem is said and nothing replaced)."""
    upload = st.session_state.get(UPLOAD)
    current: Pilot | None = st.session_state.get(state.PILOT)
    if upload is None or current is None:
        return
    lang = st.session_state.get(state.LANG, "en")
    try:
        actuals = actuals_from_csv(upload.getvalue().decode("utf-8-sig"))
    except UnicodeDecodeError:
        st.session_state[ACTUALS_PROBLEMS] = [t("staffing.import_not_utf8", lang)]
        return
    except InputError as exc:
        st.session_state[ACTUALS_PROBLEMS] = exc.messages(lang)
        return
    st.session_state[ACTUALS_PROBLEMS] = []
    st.session_state[state.PILOT] = current.model_copy(update={"actuals": actuals})
    # A fresh table (and form) from the results just read.
    st.session_state[state.PATTERN_VERSION] = st.session_state.get(state.PATTERN_VERSION, 0) + 1
    weeks = 0 if actuals is None else len({w.week for w in actuals.pilot})
    st.session_state[UPLOADED] = t("pilot.uploaded", lang, weeks=weeks, file=upload.name)


def actuals_files(pilot: Pilot, lang: str) -> None:
    """Read the weekly results from a CSV, or take them away as one."""
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.file_uploader(
        t("pilot.upload", lang),
        type=["csv", "txt"],
        key=UPLOAD,
        on_change=_read_upload,
        help=t("pilot.upload_help", lang),
    )
    right.download_button(
        t("pilot.download", lang),
        actuals_to_csv(pilot.actuals),
        file_name="pilot-results.csv",
        mime="text/csv",
        key="pilot_results_download",
        icon=":material/download:",
    )
    message = st.session_state.pop(UPLOADED, None)
    if message:
        st.success(message)


def actuals_editor(pilot: Pilot, lang: str) -> None:
    """The weekly actuals of both groups: one row per group and week."""
    groups = {t(f"pilot.group.{g}", lang): g for g in ("pilot", "control")}

    def apply(frame: pd.DataFrame) -> None:
        weeks, problems = validated_rows(frame, WeekActuals, week_data)
        current: Pilot | None = st.session_state.get(state.PILOT)
        if problems or current is None:
            st.session_state[ACTUALS_PROBLEMS] = problems
            return
        kinds = [groups.get(str(g), "pilot") for g in frame["group"].tolist()]
        pilot_weeks = tuple(w for w, k in zip(weeks, kinds, strict=True) if k == "pilot")
        control_weeks = tuple(w for w, k in zip(weeks, kinds, strict=True) if k == "control")
        try:
            actuals = (
                PilotActuals(pilot=pilot_weeks, control=control_weeks) if pilot_weeks else None
            )
        except ValidationError as exc:
            st.session_state[ACTUALS_PROBLEMS] = [
                p.message(lang) for p in problems_from_validation(exc, PilotActuals)
            ]
            return
        st.session_state[ACTUALS_PROBLEMS] = []
        st.session_state[state.PILOT] = current.model_copy(update={"actuals": actuals})

    for message in st.session_state.get(ACTUALS_PROBLEMS, []):
        st.error(message)
    number = st.column_config.NumberColumn
    table_editor(
        "pilot_actuals",
        lang,
        lambda: actuals_frame(pilot.actuals, lang),
        apply,
        dynamic=True,
        column_config={
            "group": st.column_config.SelectboxColumn(
                t("pilot.col.group", lang), options=list(groups), required=True
            ),
            "week": number(t("pilot.col.week", lang), min_value=1, max_value=520, step=1),
            "offers": number(t("pilot.col.offers", lang), min_value=0, step=1),
            "sales": number(t("pilot.col.sales", lang), min_value=0, step=1),
            "cancellations": number(t("pilot.col.cancellations", lang), min_value=0, step=1),
            # In the browser's number format, as FCR and NPS are written for the reader
            # (a fixed "%.1f" showed "210.4" beside "72,8" in Dutch).
            "aht_seconds": number(t("pilot.col.aht", lang), min_value=1.0, format="localized"),
            "fcr": st.column_config.TextColumn(t("pilot.col.fcr", lang)),
            "nps": st.column_config.TextColumn(t("pilot.col.nps", lang)),
        },
    )
