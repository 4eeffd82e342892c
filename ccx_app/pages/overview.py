"""Overview: the cost-centre KPIs of the active scenario."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.journey import next_step, path_overview
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import COST_BREAKDOWN, page_charts, report_footnote
from ccx_model.bundled_names import display_name
from ccx_model.i18n import format_number, format_percent, t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("overview.title", lang))
st.caption(
    t(
        "overview.caption",
        lang,
        name=display_name(scenario.name, lang),
        calls=format_number(scenario.demand.calls_per_month, lang),
        target=format_percent(scenario.service.service_level_target, lang, 0),
        answer=format_number(scenario.service.answer_seconds, lang),
    )
)
kpi_tiles(report.tiles("overview"), lang)
path_overview(lang)
chart = page_charts(report, "overview", lang)[COST_BREAKDOWN]
chart_with_downloads(chart.chart, chart.key, lang, report_footnote(report, lang))
next_step("overview", lang)
