"""Failure demand: which department causes which share of the cost, and what fixing it saves."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.journey import next_step
from ccx_app.reasons_editor import cuts_editor, reasons_editor
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import DEPARTMENT_COST, page_charts, report_footnote
from ccx_model.i18n import t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("fd.title", lang))
st.caption(t("fd.caption", lang))
kpi_tiles(report.tiles("failure_demand"), lang)
chart = page_charts(report, "failure_demand", lang).get(DEPARTMENT_COST)
if chart is not None:
    chart_with_downloads(chart.chart, chart.key, lang, report_footnote(report, lang))
else:
    st.info(t("fd.no_reasons", lang))

reasons_editor(lang)
cuts_editor(lang)
next_step("failure_demand", lang)
