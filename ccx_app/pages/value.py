"""Value centre: what poor service costs — repeat contacts and customers who leave."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tile, kpi_tiles
from ccx_charts.catalogue import POOR_SERVICE, page_charts, report_footnote
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("value.title", lang))
st.caption(t("value.caption", lang))
kpi_tiles(report.tiles("value"), lang)
kpi_tile(st.columns(4)[0], report.kpi("cost_of_poor_service"), lang)
chart = page_charts(report, "value", lang)[POOR_SERVICE]
chart_with_downloads(chart.chart, chart.key, lang, report_footnote(report, lang))
group_form("quality", PROFIT_GROUPS["quality"], lang, expanded=True)
next_step("value", lang)
