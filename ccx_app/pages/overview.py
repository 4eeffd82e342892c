"""Overview: the cost-centre KPIs of the active scenario."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts import cost_breakdown_chart
from ccx_app.explain import cost_kpis
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.i18n import format_eur, format_number, format_percent

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
ev = results.evaluation(scenario)
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

how = cost_kpis(ev, lang)
tiles = [
    ("annual_cost", format_eur(ev.annual_cost_eur, lang)),
    ("cost_per_contact", format_eur(ev.cost_per_contact_eur, lang, 2)),
    ("cost_per_fte", format_eur(ev.cost_per_fte_eur, lang)),
    ("headcount", format_number(ev.headcount, lang)),
    ("fte", format_number(ev.fte, lang, 1)),
    ("service_level", format_percent(s.service_level, lang)),
    ("attrition_cost", format_eur(ev.attrition.annual_cost_eur, lang)),
    ("saving_per_10_points", format_eur(ev.attrition.saving_per_10_points_eur, lang)),
]
for row in (tiles[:4], tiles[4:]):
    for column, (kpi, value) in zip(st.columns(4), row, strict=True):
        column.metric(t(f"kpi.{kpi}", lang), value, help=how[kpi])

chart_with_downloads(
    cost_breakdown_chart(ev.cost, lang), "cost-breakdown", lang, footnote(scenario.name, lang)
)
