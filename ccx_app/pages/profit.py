"""Profit centre: what retention, cross-sell and outbound earn, and what selling costs."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import REVENUE_STREAMS, page_charts, report_footnote
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import format_eur, t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)

st.title(t("profit.title", lang))
st.caption(t("profit.caption", lang))
kpi_tiles(report.tiles("profit"), lang)

chart = page_charts(report, "profit", lang).get(REVENUE_STREAMS)
if chart is None:
    st.info(t("profit.no_streams", lang))
else:
    chart_with_downloads(chart.chart, chart.key, lang, report_footnote(report, lang))
if scenario.charge_back.enabled:
    st.caption(
        t(
            "profit.internal",
            lang,
            amount=format_eur(report.evaluation.revenue.internal_charge_back_eur_per_year, lang),
        )
    )

st.subheader(t("profit.levers", lang))
if scenario.targeting is not None:
    # With targeting the entered eligible share narrows to "an offer fits this call":
    # consent and segment come from the chosen segments (ccx_model/targeted.py).
    st.info(t("profit.targeting_on", lang), icon=":material/target:")
left, right = st.columns(2)
with left:
    group_form("retention", PROFIT_GROUPS["retention"], lang)
    group_form("cross_sell", PROFIT_GROUPS["cross_sell"], lang)
    group_form("customers", PROFIT_GROUPS["customers"], lang)
with right:
    group_form("outbound", PROFIT_GROUPS["outbound"], lang)
    group_form("charge_back", PROFIT_GROUPS["charge_back"], lang)
    group_form("attrition_programme", PROFIT_GROUPS["attrition_programme"], lang)
next_step("profit", lang)
