"""Failure demand: which department causes which share of the cost, and what fixing it saves."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts_business import department_cost_chart
from ccx_app.reasons_editor import cuts_editor, reasons_editor
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.business_case import CUT_PREFIX
from ccx_model.i18n import format_eur, format_number, format_percent

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
ev = results.evaluation(scenario)
costs = ev.failure_demand_costs()
case = results.business_case(scenario)
cuts = [e for e in case.effects if e.name.startswith(CUT_PREFIX)]
saving = -sum(e.cost_eur_per_year for e in cuts)
retained = sum(e.retained_margin_eur_per_year for e in cuts)
contacts = sum(r.contacts_per_year for r in costs.reasons)
avoidable_contacts = sum(r.contacts_per_year for r in costs.reasons if r.avoidable)

st.title(t("fd.title", lang))
st.caption(t("fd.caption", lang))
tiles = [
    (
        "avoidable_contacts",
        format_percent(avoidable_contacts / contacts if contacts else 0.0, lang, 0),
        t(
            "explain.avoidable_contacts",
            lang,
            contacts=format_number(avoidable_contacts, lang),
            total=format_number(contacts, lang),
        ),
    ),
    (
        "avoidable_cost",
        format_eur(costs.avoidable_cost_eur_per_year, lang),
        t("explain.avoidable_cost", lang, cost=format_eur(costs.total_cost_eur_per_year, lang)),
    ),
    (
        "avoidable_cost_share",
        format_percent(costs.avoidable_share, lang, 0),
        t(
            "explain.avoidable_cost_share",
            lang,
            avoidable=format_eur(costs.avoidable_cost_eur_per_year, lang),
            cost=format_eur(costs.total_cost_eur_per_year, lang),
        ),
    ),
    (
        "cut_saving",
        format_eur(saving, lang),
        t("explain.cut_saving", lang, retained=format_eur(retained, lang)),
    ),
]
for column, (kpi, value, how) in zip(st.columns(4), tiles, strict=True):
    column.metric(t(f"kpi.{kpi}", lang), value, help=how)

if costs.reasons and any(r.reason for r in costs.reasons):
    chart_with_downloads(
        department_cost_chart(costs, lang), "department-cost", lang, footnote(scenario.name, lang)
    )
else:
    st.info(t("fd.no_reasons", lang))

reasons_editor(lang)
cuts_editor(lang)
