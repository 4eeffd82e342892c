"""Profit centre: what retention, cross-sell and outbound earn, and what selling costs."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts_business import stream_chart
from ccx_app.fields import PROFIT_GROUPS
from ccx_app.inputs import group_form
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.business_case import SWITCHED_STREAMS
from ccx_model.i18n import format_eur, format_number

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
ev = results.evaluation(scenario)
case = results.business_case(scenario)
plain = results.without_selling(scenario)
selling = [e for e in case.effects if e.name in SWITCHED_STREAMS]
streams = ev.revenue.by_name()
cost_of_selling = sum(e.cost_eur_per_year for e in selling)
direct = ev.revenue.direct_cost_eur

st.title(t("profit.title", lang))
st.caption(t("profit.caption", lang))
cols = st.columns(4)
cols[0].metric(
    t("kpi.revenue", lang),
    format_eur(ev.revenue.total_eur, lang),
    help=t(
        "explain.revenue",
        lang,
        **{
            name: format_eur(streams[name].margin_eur_per_year, lang)
            for name in ("retention", "cross_sell", "outbound")
        },
    ),
)
cols[1].metric(
    t("kpi.cost_of_selling", lang),
    format_eur(cost_of_selling, lang),
    help=t(
        "explain.cost_of_selling",
        lang,
        staff=format_eur(cost_of_selling - direct, lang),
        direct=format_eur(direct, lang),
    ),
)
cols[2].metric(
    t("kpi.selling_fte", lang),
    format_number(ev.fte - plain.fte, lang, 1),
    help=t(
        "explain.selling_fte",
        lang,
        fte=format_number(ev.fte, lang, 1),
        base_fte=format_number(plain.fte, lang, 1),
    ),
)
cols[3].metric(
    t("kpi.net_result", lang),
    format_eur(ev.net_result_eur, lang),
    help=t(
        "explain.net_result",
        lang,
        revenue=format_eur(ev.revenue.total_eur, lang),
        cost=format_eur(ev.cost.total_eur, lang),
    ),
)

if not any(getattr(scenario, name).enabled for name in ("retention", "cross_sell", "outbound")):
    st.info(t("profit.no_streams", lang))
else:
    chart_with_downloads(
        stream_chart(case.effects, lang), "revenue-streams", lang, footnote(scenario.name, lang)
    )
if scenario.charge_back.enabled:
    st.caption(
        t(
            "profit.internal",
            lang,
            amount=format_eur(ev.revenue.internal_charge_back_eur_per_year, lang),
        )
    )

st.subheader(t("profit.levers", lang))
left, right = st.columns(2)
with left:
    group_form("retention", PROFIT_GROUPS["retention"], lang)
    group_form("cross_sell", PROFIT_GROUPS["cross_sell"], lang)
    group_form("customers", PROFIT_GROUPS["customers"], lang)
with right:
    group_form("outbound", PROFIT_GROUPS["outbound"], lang)
    group_form("charge_back", PROFIT_GROUPS["charge_back"], lang)
