"""Business case: monthly cash flows against a baseline, NPV, IRR, ROI, payback, the bridge."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.investments_editor import investments_editor
from ccx_app.journey import next_step
from ccx_app.office_downloads import office_downloads
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import page_charts, report_footnote
from ccx_model.bundled_names import display_name
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import format_eur, format_percent, t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
st.title(t("bc.title", lang))
AS_IS = ""


choice = st.selectbox(
    t("bc.baseline", lang),
    [AS_IS, *state.bundled_scenarios()],
    format_func=lambda name: (
        t("bc.as_is", lang) if name == AS_IS else results.library_name(name, lang)
    ),
    key=state.BC_BASELINE,
)
baseline = results.library_scenario(choice) if choice else None
report = results.report(scenario, baseline)
case = report.case
inputs = scenario.business_case
st.caption(
    t(
        "bc.convention",
        lang,
        baseline=t("bc.as_is", lang)
        if baseline is None
        else f"“{display_name(baseline.name, lang)}”",
        rate=format_percent(inputs.discount_rate_per_year, lang),
        wages=format_percent(inputs.wage_indexation_per_year, lang),
        prices=format_percent(inputs.price_indexation_per_year, lang),
        months=case.horizon_months,
    )
)
kpi_tiles(report.tiles("business_case"), lang)
irr = report.kpi("irr")
if irr.note:
    st.caption(t(irr.note, lang))

note = report_footnote(report, lang)
charts = page_charts(report, "business_case", lang)
cumulative = charts["cumulative-cash-flow"]
chart_with_downloads(cumulative.chart, cumulative.key, lang, note)

st.subheader(t("bc.yearly", lang))
table = pd.DataFrame(
    [
        {
            t("bc.col.year", lang): t(
                "bc.year_months",
                lang,
                year=row["year"],
                first=int(row["first_month"]),
                last=int(row["last_month"]),
            ),
            t("bc.col.benefits", lang): format_eur(row["benefits_eur"], lang),
            t("bc.col.costs", lang): format_eur(row["costs_eur"], lang),
            t("bc.col.net", lang): format_eur(row["net_eur"], lang),
            t("bc.col.cumulative", lang): format_eur(row["cumulative_eur"], lang),
        }
        for row in case.yearly()
    ]
)
st.dataframe(table, hide_index=True, width="stretch")

bridge = charts["bridge"]
chart_with_downloads(bridge.chart, bridge.key, lang, note)

office_downloads(scenario, lang, baseline)
group_form("business_case", PROFIT_GROUPS["business_case"], lang, expanded=True)
investments_editor(lang)
next_step("business_case", lang)
