"""Pilot: start small, with success criteria as numbers fixed before the start, and let
the results decide (Ziptone, "In vijf stappen van costcenter naar profitcenter",
steps 2 and 5): the size the pilot needs, its weekly results against the control,
each criterion, the decision, and the scale-up scenario in one click."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.journey import next_step, page_file
from ccx_app.pilot_design import (
    PROBLEMS,
    actuals_editor,
    actuals_files,
    criteria_form,
    design_form,
)
from ccx_app.tiles import kpi_tiles
from ccx_model.i18n import t
from ccx_model.pilot import Pilot
from ccx_model.pilot_words import criterion_rows, decision_text, design_text, uplift_text
from ccx_model.problems import InputError
from ccx_model.scale_up import scale_up_scenario

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("pilot.title", lang))
st.caption(t("pilot.intro", lang))


def _make_pilot() -> None:
    st.session_state[state.PILOT] = Pilot()


def _stop_pilot() -> None:
    st.session_state[state.PILOT] = None


def _scale_up() -> None:
    """Open the scale-up as the working scenario (the pilot file stays as it was: undo
    returns to the pilot, and the changes panel lists what the scale-up changed)."""
    current = st.session_state[state.ACTIVE]
    pilot_report = results.report(current).pilot
    if pilot_report is None or pilot_report.result is None:
        return
    try:
        up = scale_up_scenario(current, pilot_report.result, lang=lang)
    except InputError as exc:
        st.session_state["scale_up_problem"] = "; ".join(exc.messages(lang))
        return
    state.write_inputs(up)
    st.session_state["scale_up_done"] = up.name


# While the scale-up made here is the open scenario (until Undo or another scenario).
scaled_up = st.session_state.get("scale_up_done")
if scaled_up and (scenario.pilot is not None or scenario.name != scaled_up):
    st.session_state.pop("scale_up_done", None)
    scaled_up = None
if scaled_up:
    # The scale-up is open: its case, and the way to it. Not "this is not a pilot"
    # with a button to make it one, which read as if the click had failed.
    st.success(t("pilot.scaled_up", lang), icon=":material/check_circle:")
    st.subheader(t("pilot.scale_up_case", lang, name=scenario.name))
    kpi_tiles(report.tiles("business_case"), lang)
    st.page_link(
        page_file("business_case"),
        label=t("pilot.to_business_case", lang),
        icon=":material/arrow_forward:",
    )
    st.stop()

pilot_report = report.pilot
if pilot_report is None:
    st.info(t("pilot.not_a_pilot", lang), icon=":material/info:")
    st.button(t("pilot.make", lang), on_click=_make_pilot, type="primary", key="pilot_make")
    next_step("pilot", lang)
    st.stop()

st.subheader(t("pilot.design", lang))
design_form(pilot_report.pilot, lang)
for message in st.session_state.get(PROBLEMS, []):
    st.error(message)
kpi_tiles(report.tiles("pilot"), lang)
st.markdown(design_text(pilot_report, lang))
if pilot_report.plan.cannot_detect:
    st.warning(pilot_report.plan.warning(lang) or "", icon=":material/warning:")

st.subheader(t("pilot.criteria", lang))
st.caption(t("pilot.criteria_help", lang))
criteria_form(lang)

st.subheader(t("pilot.actuals", lang))
st.caption(t("pilot.actuals_help", lang))
actuals_files(pilot_report.pilot, lang)
actuals_editor(pilot_report.pilot, lang)

st.subheader(t("pilot.result", lang))
rows = criterion_rows(pilot_report, lang)
if rows:
    header = [t(f"pilot.col.{k}", lang) for k in ("criterion", "threshold", "measured", "status")]
    st.dataframe(pd.DataFrame(rows, columns=header), hide_index=True, width="stretch")
result = pilot_report.result
decision = decision_text(pilot_report, lang)
if result is not None and result.decision == "scale":
    st.success(decision, icon=":material/trending_up:")
elif result is not None and result.decision == "stop":
    st.error(decision, icon=":material/block:")
else:
    st.info(decision, icon=":material/hourglass_top:")
if result is not None and result.comparison is not None:
    st.caption(uplift_text(result.comparison, lang))
if result is not None and result.conversion is not None:
    st.button(
        t("pilot.scale_up", lang),
        on_click=_scale_up,
        type="primary" if result.decision == "scale" else "secondary",
        key="pilot_scale_up",
        help=t("pilot.scale_up_help", lang),
        icon=":material/open_in_full:",
    )
    if st.session_state.get("scale_up_problem"):
        st.error(st.session_state.pop("scale_up_problem"))
st.button(t("pilot.remove", lang), on_click=_stop_pilot, key="pilot_remove")
next_step("pilot", lang)
