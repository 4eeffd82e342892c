"""Attrition: the cost of a leaver, and what less attrition saves."""

import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import ATTRITION_SAVING, LEAVER_COST, page_charts, report_footnote
from ccx_model.i18n import format_eur, format_number, format_percent, t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)
ev = report.evaluation
a, inputs, wf = ev.attrition, scenario.attrition, scenario.workforce
c = a.cost_per_leaver
charts = page_charts(report, "attrition", lang)
note = report_footnote(report, lang)

st.title(t("attrition.title", lang))
kpi_tiles(report.tiles("attrition"), lang)

st.info(
    t(
        "attrition.reading",
        lang,
        reading=t(f"choice.{a.drop_unit}", lang),
        before=format_percent(a.attrition_rate_per_year, lang),
        after=format_percent(a.reduced_rate_per_year, lang),
        avoided=format_number(a.leavers_avoided_per_year, lang, 1),
        per_leaver=format_eur(c.total_eur, lang),
        saving=format_eur(a.saving_eur_per_year, lang),
    )
)
st.caption(t("attrition.source_check", lang, saving=format_eur(a.saving_per_10_points_eur, lang)))

left, right = st.columns(2)
with left:
    chart_with_downloads(charts[LEAVER_COST].chart, LEAVER_COST, lang, note)
    st.caption(
        t(
            "attrition.formula",
            lang,
            weeks=format_number(inputs.initial_training_weeks, lang, 1),
            hours=format_number(inputs.training_hours_per_week, lang),
            wage=format_eur(wf.loaded_hourly_wage_eur, lang, 2),
            training=format_eur(c.training_wage_eur, lang),
            trainer_rate=format_eur(inputs.trainer_cost_eur_per_hour, lang, 2),
            class_size=format_number(inputs.trainees_per_trainer, lang),
            trainer=format_eur(c.trainer_eur, lang),
            ramp_weeks=format_number(inputs.ramp_up_weeks, lang, 1),
            contract=format_number(wf.average_contract_hours_per_week, lang),
            loss=format_percent(inputs.ramp_up_productivity_loss, lang, 0),
            ramp=format_eur(c.ramp_up_eur, lang),
        )
    )
with right:
    chart_with_downloads(charts[ATTRITION_SAVING].chart, ATTRITION_SAVING, lang, note)
next_step("attrition", lang)
