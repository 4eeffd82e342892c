"""Business case: monthly cash flows, NPV, IRR, ROI, payback, and the bridge."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts_business import bridge_chart, cumulative_cash_flow_chart
from ccx_app.fields import PROFIT_GROUPS
from ccx_app.inputs import group_form
from ccx_app.investments_editor import investments_editor
from ccx_app.office_downloads import office_downloads
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.bridge import bridge
from ccx_model.i18n import format_eur, format_percent

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
st.title(t("bc.title", lang))
AS_IS = ""
choice = st.selectbox(
    t("bc.baseline", lang),
    [AS_IS, *state.bundled_scenarios()],
    format_func=lambda name: t("bc.as_is", lang) if name == AS_IS else name,
    key="bc_baseline",
)
baseline = results.library_scenario(choice) if choice else None
case = results.business_case(scenario, baseline)
ev = results.evaluation(scenario)
inputs = scenario.business_case
horizon = int(case.months[-1])
st.caption(
    t(
        "bc.convention",
        lang,
        baseline=t("bc.as_is", lang) if baseline is None else f"“{baseline.name}” ({choice})",
        rate=format_percent(inputs.discount_rate_per_year, lang),
    )
)
irr = case.irr
roi = case.roi
payback = case.payback_month
benefits, costs = float(case.benefits_eur.sum()), float(case.costs_eur.sum())
cols = st.columns(4)
cols[0].metric(
    t("kpi.npv", lang),
    format_eur(case.npv_eur, lang),
    help=t(
        "explain.npv",
        lang,
        rate=format_percent(inputs.discount_rate_per_year, lang),
        months=horizon,
    ),
)
cols[1].metric(
    t("kpi.irr", lang),
    t("bc.na", lang) if irr.annual_rate is None else format_percent(irr.annual_rate, lang),
    help=t("explain.irr", lang),
)
cols[2].metric(
    t("kpi.roi", lang),
    t("bc.na", lang) if roi is None else format_percent(roi, lang, 0),
    help=t(
        "explain.roi",
        lang,
        benefits=format_eur(benefits, lang),
        costs=format_eur(costs, lang),
        months=horizon,
    ),
)
cols[3].metric(
    t("kpi.payback", lang),
    t("bc.payback_month", lang, month=payback)
    if payback is not None
    else t("bc.never", lang, months=horizon),
    help=t("explain.payback", lang),
)
if irr.annual_rate is None and irr.reason:
    st.caption(t("bc.irr_none", lang, reason=t(f"bc.irr_reason.{irr.reason}", lang)))

note = footnote(scenario.name, lang, baseline.name if baseline is not None else None)
chart_with_downloads(cumulative_cash_flow_chart(case, lang), "cumulative-cash-flow", lang, note)

st.subheader(t("bc.yearly", lang))
table = pd.DataFrame(
    [
        {
            t("bc.col.year", lang): row["year"],
            t("bc.col.benefits", lang): format_eur(row["benefits_eur"], lang),
            t("bc.col.costs", lang): format_eur(row["costs_eur"], lang),
            t("bc.col.net", lang): format_eur(row["net_eur"], lang),
            t("bc.col.cumulative", lang): format_eur(row["cumulative_eur"], lang),
        }
        for row in case.yearly()
    ]
)
st.dataframe(table, hide_index=True, width="stretch")

chart_with_downloads(bridge_chart(bridge(ev, case), lang), "bridge", lang, note)
retained = sum(e.retained_margin_eur_per_year for e in case.effects)
if retained:
    st.caption(t("bridge.retained_note", lang, amount=format_eur(retained, lang)))

office_downloads(scenario, lang, baseline)
group_form("business_case", PROFIT_GROUPS["business_case"], lang, expanded=True)
investments_editor(lang)
