"""Overview: the cost-centre KPIs of the active scenario."""

import streamlit as st

from ccx_app import state
from ccx_app.charts import cost_breakdown_chart
from ccx_app.texts import t
from ccx_model.i18n import format_eur, format_number, format_percent

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
ev = state.cached_evaluate(scenario)
s = ev.staffing

st.title(t("overview.title", lang))
st.caption(
    t(
        "overview.caption",
        lang,
        name=scenario.name,
        calls=format_number(scenario.demand.calls_per_month, lang),
        target=format_percent(scenario.service.service_level_target, lang, 0),
        answer=format_number(scenario.service.answer_seconds, lang),
    )
)

row1 = st.columns(4)
row1[0].metric(t("kpi.annual_cost", lang), format_eur(ev.annual_cost_eur, lang))
row1[1].metric(t("kpi.cost_per_contact", lang), format_eur(ev.cost_per_contact_eur, lang, 2))
row1[2].metric(t("kpi.cost_per_fte", lang), format_eur(ev.cost_per_fte_eur, lang))
row1[3].metric(t("kpi.headcount", lang), format_number(s.headcount, lang))
row2 = st.columns(4)
row2[0].metric(t("kpi.fte", lang), format_number(s.fte, lang, 1))
row2[1].metric(t("kpi.service_level", lang), format_percent(s.service_level, lang))
row2[2].metric(t("kpi.attrition_cost", lang), format_eur(ev.attrition.annual_cost_eur, lang))
row2[3].metric(
    t("kpi.saving_per_10_points", lang), format_eur(ev.attrition.saving_per_10_points_eur, lang)
)

st.altair_chart(cost_breakdown_chart(ev.cost, lang), width="stretch")
