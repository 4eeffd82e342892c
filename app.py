"""ccx: the contact-centre business case in the browser. This file is the router."""

from __future__ import annotations

import streamlit as st

from ccx_app import state
from ccx_app.inputs import assumption_form
from ccx_app.scenario_files import scenario_files
from ccx_app.texts import t

st.set_page_config(page_title="ccx", page_icon=":material/support_agent:", layout="wide")
state.init()

LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


def _on_pick_scenario() -> None:
    picked = st.session_state["scenario_file"]
    if picked != state.uploaded_option():  # the uploaded scenario is already open
        st.session_state[state.UPLOADED] = None
        state.pick_bundled(picked)


# The inputs as they are now (widget values are in session state before any widget is
# drawn), so everything drawn below — the sidebar's download included — shows them.
scenario, problems = state.active_scenario()
st.session_state[state.ACTIVE] = scenario
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
        "scenario_file", state.DEFAULT_SCENARIO if state.DEFAULT_SCENARIO in files else files[0]
    )
    uploaded = state.uploaded_option()
    st.selectbox(
        t("app.scenario", lang),
        [*files, uploaded] if uploaded else files,
        key="scenario_file",
        on_change=_on_pick_scenario,
    )
    for message in st.session_state.get(state.SCENARIO_ERRORS, []):
        st.error(message)
    scenario_files(lang)
    assumption_form(lang)

if problems:
    st.warning(t("app.invalid_inputs", lang))
    for message in problems:
        st.error(message)

pages = [
    st.Page(
        "ccx_app/pages/overview.py",
        title=t("page.overview", lang),
        icon=":material/dashboard:",
        url_path="overview",
        default=True,
    ),
    st.Page(
        "ccx_app/pages/staffing.py",
        title=t("page.staffing", lang),
        icon=":material/groups:",
        url_path="staffing",
    ),
    st.Page(
        "ccx_app/pages/attrition.py",
        title=t("page.attrition", lang),
        icon=":material/autorenew:",
        url_path="attrition",
    ),
    st.Page(
        "ccx_app/pages/failure_demand.py",
        title=t("page.failure_demand", lang),
        icon=":material/report:",
        url_path="failure-demand",
    ),
    st.Page(
        "ccx_app/pages/channels.py",
        title=t("page.channels", lang),
        icon=":material/forum:",
        url_path="channels",
    ),
    st.Page(
        "ccx_app/pages/outsourcing.py",
        title=t("page.outsourcing", lang),
        icon=":material/handshake:",
        url_path="outsourcing",
    ),
    st.Page(
        "ccx_app/pages/profit.py",
        title=t("page.profit", lang),
        icon=":material/trending_up:",
        url_path="profit",
    ),
    st.Page(
        "ccx_app/pages/value.py",
        title=t("page.value", lang),
        icon=":material/favorite:",
        url_path="value",
    ),
    st.Page(
        "ccx_app/pages/business_case.py",
        title=t("page.business_case", lang),
        icon=":material/account_balance:",
        url_path="business-case",
    ),
    st.Page(
        "ccx_app/pages/compare.py",
        title=t("page.compare", lang),
        icon=":material/compare_arrows:",
        url_path="compare",
    ),
]
st.navigation(pages).run()
