"""ccx: the contact-centre business case in the browser. This file is the router."""

from __future__ import annotations

import streamlit as st

from ccx_app import drafts, journey, results, state
from ccx_app.document import document_panel, record
from ccx_app.inputs import assumption_form
from ccx_app.scenario_files import scenario_files
from ccx_model.i18n import t

st.set_page_config(page_title="ccx", page_icon=":material/support_agent:", layout="wide")
drafts.restore()  # a refresh reopens this browser's unsaved work
state.init()

LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


def _on_pick_scenario() -> None:
    picked = st.session_state[state.SCENARIO_FILE]
    if picked != state.uploaded_option():  # the uploaded scenario is already open
        st.session_state[state.UPLOADED] = None
        state.pick_bundled(picked)


def _display_name(option: str, lang: str) -> str:
    """A library file by its scenario's name; the uploaded file by its file name."""
    return option if option == state.uploaded_option() else results.library_name(option, lang)


# The inputs as they are now (widget values are in session state before any widget is
# drawn), so everything drawn below — the sidebar's download included — shows them.
scenario, problems = state.active_scenario()
st.session_state[state.ACTIVE] = scenario
record(scenario)
drafts.keep(scenario, problems)
lang = st.session_state[state.LANG]

with st.sidebar:
    st.radio(
        t("app.language", lang),
        options=list(LANGUAGE_NAMES),
        format_func=LANGUAGE_NAMES.__getitem__,
        key=state.LANG,
        horizontal=True,
    )
    files = state.bundled_scenarios()
    st.session_state.setdefault(
        state.SCENARIO_FILE, state.DEFAULT_SCENARIO if state.DEFAULT_SCENARIO in files else files[0]
    )
    uploaded = state.uploaded_option()
    st.selectbox(
        t("app.scenario", lang),
        [*files, uploaded] if uploaded else files,
        key=state.SCENARIO_FILE,
        on_change=_on_pick_scenario,
        format_func=lambda option: _display_name(option, lang),
    )
    for message in st.session_state.get(state.SCENARIO_ERRORS, []):
        st.error(message)
    document_panel(scenario, lang)
    scenario_files(lang)
    assumption_form(lang)

if drafts.restored_notice():
    st.info(t("draft.restored", lang), icon=":material/restore:")
if problems:
    st.warning(t("app.invalid_inputs", lang))
    for message in problems:
        st.error(message)

# The menu follows the director's path: one section per step (see ccx_app/journey.py).
# Every step of the path in view: with 13 pages Streamlit would fold the last ones away.
st.navigation(journey.navigation(lang), expanded=True).run()
