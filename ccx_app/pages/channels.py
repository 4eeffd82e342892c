"""Channels: staffing and cost per channel, and what moving calls to chat does."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_charts.catalogue import CHAT_SHIFT, page_charts, report_footnote
from ccx_model.fields import PROFIT_GROUPS
from ccx_model.i18n import format_eur, format_number, format_percent, t

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)
ev = report.evaluation
channels = ev.channels

st.title(t("ch.title", lang))
st.caption(t("ch.caption", lang))

service = {
    "phone": format_percent(ev.phone_service_level, lang),
    "chat": format_percent(channels.chat.service_level, lang)
    if channels.chat.service_level is not None
    else "",
}
for name in ("email", "back_office"):
    met = getattr(channels, name).response_target_met
    service[name] = (
        "" if met is None else t("ch.response_met" if met else "ch.response_missed", lang)
    )
rows = [
    {
        t("ch.col.channel", lang): t(f"channel.{name}", lang),
        t("ch.col.contacts", lang): format_number(cost.contacts_per_year, lang),
        t("ch.col.fte", lang): format_number(cost.fte, lang, 1),
        t("ch.col.cost", lang): format_eur(cost.cost_eur_per_year, lang),
        t("ch.col.per_contact", lang): format_eur(cost.cost_per_contact_eur, lang, 2),
        t("ch.col.service", lang): service.get(name, ""),
    }
    for name, cost in ev.channel_costs().items()
]
for name in ("chatbot", "self_service"):
    result = getattr(channels, name)
    if result.direct_cost_eur_per_year > 0:
        rows.append(
            {
                t("ch.col.channel", lang): t(f"channel.{name}", lang),
                t("ch.col.contacts", lang): format_number(result.contacts_per_year, lang),
                t("ch.col.fte", lang): format_number(0, lang, 1),
                t("ch.col.cost", lang): format_eur(result.direct_cost_eur_per_year, lang),
                t("ch.col.per_contact", lang): format_eur(
                    result.direct_cost_eur_per_year / result.contacts_per_year
                    if result.contacts_per_year
                    else 0.0,
                    lang,
                    2,
                ),
                t("ch.col.service", lang): "",
            }
        )
st.subheader(t("ch.table", lang))
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")

if scenario.channels.chat.enabled:
    chart = page_charts(report, "channels", lang)[CHAT_SHIFT]
    chart_with_downloads(chart.chart, chart.key, lang, report_footnote(report, lang))
else:
    st.info(t("ch.chat_off", lang))

left, right = st.columns(2)
with left:
    for group in ("channels.chat", "channels.shift", "channels.email"):
        group_form(group, PROFIT_GROUPS[group], lang)
with right:
    for group in ("channels.chatbot", "channels.self_service", "channels.back_office"):
        group_form(group, PROFIT_GROUPS[group], lang)
next_step("channels", lang)
