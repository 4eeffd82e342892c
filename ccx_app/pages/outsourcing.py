"""Outsourcing: the same centre in-house and with a provider, side by side over the horizon."""

import numpy as np
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.charts_business import cumulative_options_chart, option_parts_chart
from ccx_app.fields import PROFIT_GROUPS
from ccx_app.inputs import group_form
from ccx_app.texts import t
from ccx_export.catalogue import footnote
from ccx_model.finance import npv_eur
from ccx_model.i18n import format_eur, format_number, format_percent
from ccx_model.outsourcing import resolution_delta_from_attrition

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
outsourcing = scenario.outsourcing

st.title(t("os.title", lang))
st.caption(t("os.caption", lang))

if not outsourcing.active:
    st.info(t("os.disabled", lang))
else:
    view = results.outsourcing_view(scenario)
    in_house, outsourced, months = view.in_house, view.outsourced, view.months
    difference, saving, churn = (
        view.difference_eur,
        view.saving_eur_per_year,
        view.churn_eur_per_year,
    )
    break_even = view.break_even_month
    horizon = int(months[-1])
    provider = outsourced.provider
    rest = outsourced.cost.total_eur - outsourced.cost.outsourcing_eur
    rate = scenario.business_case.discount_rate_per_year
    tiles = [
        (
            "os_in_house",
            format_eur(in_house.cost.total_eur, lang),
            t("explain.os_in_house", lang, cost=format_eur(in_house.cost.total_eur, lang)),
        ),
        (
            "os_outsourced",
            format_eur(outsourced.cost.total_eur, lang),
            t(
                "explain.os_outsourced",
                lang,
                fee=format_eur(provider.fee_eur_per_year, lang),
                hours=format_number(provider.productive_hours_per_year, lang),
                contacts=format_number(provider.calls_per_month * 12, lang),
                retained=format_eur(provider.retained_eur_per_year, lang),
                rest=format_eur(rest, lang),
            ),
        ),
        (
            "os_saving",
            format_eur(saving, lang),
            t("explain.os_saving", lang, churn=format_eur(churn, lang)),
        ),
        (
            "os_break_even",
            t("bc.payback_month", lang, month=break_even)
            if break_even is not None
            else t("bc.never", lang, months=horizon),
            t(
                "explain.os_break_even",
                lang,
                transition=format_eur(outsourcing.transition_cost_eur, lang),
                months=outsourcing.transition_months,
            ),
        ),
    ]
    for column, (kpi, value, how) in zip(st.columns(4), tiles, strict=True):
        column.metric(t(f"kpi.{kpi}", lang), value, help=how)
    st.metric(
        t("kpi.os_npv", lang),
        format_eur(npv_eur(rate, difference), lang),
        help=t("explain.os_npv", lang, rate=format_percent(rate, lang), months=horizon),
    )
    in_house_label, outsourced_label = t("os.in_house", lang), t("os.outsourced", lang)
    chart_with_downloads(
        option_parts_chart(
            {in_house_label: in_house.cost.parts(), outsourced_label: outsourced.cost.parts()}, lang
        ),
        "outsourcing-cost",
        lang,
        footnote(scenario.name, lang),
    )
    in_house_cumulative = np.where(months >= 1, months * in_house.cost.total_eur / 12.0, 0.0)
    chart_with_downloads(
        cumulative_options_chart(
            months,
            {
                in_house_label: in_house_cumulative,
                outsourced_label: in_house_cumulative - np.cumsum(difference),
            },
            break_even,
            lang,
        ),
        "outsourcing-cumulative",
        lang,
        footnote(scenario.name, lang),
    )
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
