"""Value centre: what poor service costs — repeat contacts and customers who leave."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tile, kpi_tiles
from ccx_charts.catalogue import POOR_SERVICE, SERVICE_COST, page_charts, report_footnote
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("value.title", lang))
st.caption(t("value.caption", lang))
kpi_tiles(report.tiles("value"), lang)
kpi_tile(st.columns(4)[0], report.kpi("cost_of_poor_service"), lang)
charts = page_charts(report, "value", lang)
note = report_footnote(report, lang)
chart = charts[POOR_SERVICE]
chart_with_downloads(chart.chart, chart.key, lang, note)
if SERVICE_COST in charts:  # callers hang up: the service level that pays
    st.subheader(t("service.title", lang))
    st.caption(t("service.caption", lang))
    curve = charts[SERVICE_COST]
    chart_with_downloads(curve.chart, curve.key, lang, note)
group_form("quality", PROFIT_GROUPS["quality"], lang, expanded=True)
next_step("value", lang)
