"""Value centre: what poor service costs — repeat contacts and customers who leave."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts_business import poor_service_chart
from ccx_app.fields import PROFIT_GROUPS
from ccx_app.inputs import group_form
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.business_case import as_is
from ccx_model.i18n import format_eur, format_number, format_percent

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
quality = scenario.quality
now = results.poor_service(scenario)
today = results.poor_service(as_is(scenario))
fcr = format_percent(quality.first_contact_resolution_target, lang, 0)

st.title(t("value.title", lang))
st.caption(t("value.caption", lang))
cols = st.columns(4)
cols[0].metric(
    t("kpi.repeat_contacts", lang),
    format_number(now.repeat_contacts_per_year, lang),
    help=t(
        "explain.repeat_contacts",
        lang,
        first=format_number(now.first_contacts_per_year, lang),
        fcr=fcr,
        repeats=format_number(quality.repeat_contacts_per_unresolved, lang, 2),
    ),
)
cols[1].metric(
    t("kpi.repeat_cost", lang),
    format_eur(now.repeat_cost_eur_per_year, lang),
    help=t(
        "explain.repeat_cost",
        lang,
        cost=format_eur(now.cost_eur_per_year, lang),
        cost_perfect=format_eur(now.cost_if_resolved_eur_per_year, lang),
    ),
)
cols[2].metric(
    t("kpi.customers_lost", lang),
    format_number(now.customers_lost_per_year, lang),
    help=t(
        "explain.customers_lost",
        lang,
        first=format_number(now.first_contacts_per_year, lang),
        fcr=fcr,
        churn=format_percent(quality.churn_share_of_unresolved, lang),
    ),
)
cols[3].metric(
    t("kpi.lost_margin", lang),
    format_eur(now.lost_margin_eur_per_year, lang),
    help=t(
        "explain.lost_margin",
        lang,
        lost=format_number(now.customers_lost_per_year, lang),
        margin=format_eur(scenario.customers.margin_eur_per_year, lang),
        months=format_number(quality.months_of_margin_lost, lang),
    ),
)
st.metric(
    t("kpi.cost_of_poor_service", lang),
    format_eur(now.total_eur_per_year, lang),
    help=t(
        "explain.cost_of_poor_service",
        lang,
        repeat=format_eur(now.repeat_cost_eur_per_year, lang),
        lost=format_eur(now.lost_margin_eur_per_year, lang),
    ),
)
chart_with_downloads(
    poor_service_chart(today.parts(), now.parts(), lang),
    "poor-service",
    lang,
    footnote(scenario.name, lang),
)
group_form("quality", PROFIT_GROUPS["quality"], lang, expanded=True)
