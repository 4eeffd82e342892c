"""Outsourcing: the same centre in-house and with a provider, side by side over the horizon."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tile, kpi_tiles
from ccx_charts.catalogue import page_charts, report_footnote
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import format_number, format_percent, t
from ccx_model.outsourcing import resolution_delta_from_attrition

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
outsourcing = scenario.outsourcing

st.title(t("os.title", lang))
st.caption(t("os.caption", lang))

if not outsourcing.active:
    st.info(t("os.disabled", lang))
else:
    report = results.report(scenario)
    kpi_tiles(report.tiles("outsourcing"), lang)
    left, right = st.columns(2)
    kpi_tile(left, report.kpi("os_npv"), lang)
    kpi_tile(right, report.kpi("provider_fte"), lang)
    note = report_footnote(report, lang)
    for chart in page_charts(report, "outsourcing", lang).values():
        chart_with_downloads(chart.chart, chart.key, lang, note)
    hint = resolution_delta_from_attrition(
        scenario.attrition.attrition_rate_per_year, outsourcing.provider_attrition_rate_per_year
    )
    st.caption(
        t(
            "os.attrition_hint",
            lang,
            provider=format_percent(outsourcing.provider_attrition_rate_per_year, lang, 0),
            in_house=format_percent(scenario.attrition.attrition_rate_per_year, lang, 0),
            delta=format_number(hint * 100, lang, 1),
        )
    )

group_form("outsourcing", PROFIT_GROUPS["outsourcing"], lang, expanded=True)
next_step("outsourcing", lang)
