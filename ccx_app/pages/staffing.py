"""Staffing: Erlang C per interval through the week, and what N agents deliver."""

import numpy as np
import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.journey import next_step
from ccx_app.pattern_editor import pattern_editor
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import WEEK_STAFFING, page_charts, report_footnote
from ccx_charts.centre import service_level_curve_chart
from ccx_model.i18n import format_number, format_percent, t
from ccx_model.scenario import DAYS
from ccx_model.staffing import staffing_for_agents
from ccx_model.what_binds import handle_time_check, what_binds

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)
ev = report.evaluation
s, service, wf = ev.staffing, scenario.service, scenario.workforce
intervals, load = s.intervals, s.load
note = report_footnote(report, lang)

st.title(t("staffing.title", lang))
kpi_tiles(report.tiles("staffing"), lang)
if service.average_patience_seconds is not None:  # Erlang A: callers hang up
    kpi_tiles(report.tiles("staffing_abandonment"), lang)
binds = what_binds(ev)
if binds.open_intervals:
    said = t(
        "staffing.binds.cap" if binds.cap_binds else "staffing.binds.target",
        lang,
        peak=format_number(binds.peak_agents, lang),
        cap=format_percent(service.max_occupancy or 1.0, lang, 0),
        capped=binds.occupancy,
        open=binds.open_intervals,
        target=f"{format_percent(service.service_level_target, lang, 0)}/"
        f"{format_number(service.answer_seconds, lang)}",
        alone=format_number(binds.peak_agents_target_only, lang),
    )
    if binds.abandonment:
        said += t("staffing.binds.abandonment", lang, count=binds.abandonment)
    st.caption(f":material/rule: {said}")
check = handle_time_check(ev)
if check is not None and check.flagged:
    st.warning(
        t(
            "staffing.aht_mismatch",
            lang,
            staffing=t("unit.seconds", lang, x=format_number(check.staffing_aht_seconds, lang, 1)),
            reasons=t("unit.seconds", lang, x=format_number(check.reasons_aht_seconds, lang, 1)),
            difference=format_percent(abs(check.difference), lang, 1),
        ),
        icon=":material/warning:",
    )
    st.button(
        t(
            "staffing.use_reasons_aht",
            lang,
            reasons=t("unit.seconds", lang, x=format_number(check.reasons_aht_seconds, lang, 1)),
        ),
        on_click=state.set_value,
        args=("demand.aht_seconds", round(check.reasons_aht_seconds, 1)),
        key="use_reasons_aht",
    )
st.caption(
    t(
        "staffing.summary",
        lang,
        hours=format_number(s.productive_hours_per_week, lang),
        shrinkage=format_percent(service.shrinkage, lang, 0),
        scheduled=format_number(s.scheduled_hours_per_week, lang),
        full_time=format_number(wf.full_time_hours_per_week, lang),
        fte=format_number(s.fte, lang, 1),
        contract=format_number(wf.average_contract_hours_per_week, lang),
        headcount=format_number(s.headcount, lang),
    )
)

week = page_charts(report, "staffing", lang)[WEEK_STAFFING]
chart_with_downloads(week.chart, week.key, lang, note)

labels = [
    f"{t(f'day.{DAYS[d]}', lang)} {m // 60:02d}:{m % 60:02d}"
    for d, m in zip(load.day_index, load.minute_of_day, strict=True)
]
open_intervals = [int(i) for i in np.flatnonzero(intervals.calls > 0)]
if open_intervals:
    # The picker holds the interval's start in minutes from Monday 00:00, not its
    # position: a position means another time once the interval length changes.
    length = service.interval_minutes
    index_of = {i * length: i for i in open_intervals}
    busiest = int(np.argmax(intervals.calls)) * length
    picked = st.session_state.get("curve_interval", st.session_state.get("curve_minute"))
    if picked not in index_of:
        # The interval that holds the picked time, or else the busiest.
        start = picked // length * length if isinstance(picked, int) else None
        picked = start if start in index_of else busiest
    st.session_state["curve_interval"] = picked
    minute = st.selectbox(
        t("staffing.curve_interval", lang),
        list(index_of),
        format_func=lambda m: t(
            "staffing.interval_option",
            lang,
            interval=labels[index_of[m]],
            calls=format_number(float(intervals.calls[index_of[m]]), lang, 1),
        ),
        key="curve_interval",
    )
    st.session_state["curve_minute"] = minute  # outlives the widget on another page
    chosen = index_of[minute]
    required = int(intervals.agents[chosen])
    left, right = st.columns([3, 2])
    with left:
        chart_with_downloads(
            service_level_curve_chart(
                float(intervals.calls[chosen]),
                float(intervals.aht_seconds[chosen]),
                service.interval_minutes,
                service.answer_seconds,
                service.service_level_target,
                required,
                lang,
            ),
            "service-level-curve",
            lang,
            note,
        )
    with right:
        st.subheader(t("staffing.reverse_title", lang))
        # Start from the plan's agents for the interval, and follow the plan when it
        # changes (volume, target, interval…); a number typed here stays until then.
        plan = (minute, required)
        if st.session_state.get("reverse_agents_plan") != plan or (
            "reverse_agents" not in st.session_state
        ):
            st.session_state["reverse_agents_plan"] = plan
            st.session_state["reverse_agents"] = required
        agents = st.number_input(
            t("staffing.reverse_agents", lang),
            min_value=0,
            max_value=100_000,
            step=1,
            key="reverse_agents",
        )
        r = staffing_for_agents(
            [float(intervals.calls[chosen])],
            [float(intervals.aht_seconds[chosen])],
            service.interval_minutes,
            [int(agents)],
            service.answer_seconds,
            service.shrinkage,
        )
        if not bool(r.stable[0]):
            st.warning(
                t(
                    "staffing.unstable",
                    lang,
                    agents=int(agents),
                    traffic=format_number(float(r.traffic_erlangs[0]), lang, 1),
                )
            )
        a, b = st.columns(2)
        a.metric(t("kpi.service_level", lang), format_percent(float(r.service_level[0]), lang))
        b.metric(
            t("kpi.asa", lang),
            t("unit.seconds", lang, x=format_number(float(r.asa_seconds[0]), lang, 1)),
        )
        a.metric("P(wait)", format_percent(float(r.probability_of_waiting[0]), lang))
        b.metric(t("kpi.occupancy", lang), format_percent(float(r.occupancy[0]), lang))

frame = pd.DataFrame(
    {
        "interval": labels,
        "calls": np.round(intervals.calls, 3),
        "aht_seconds": intervals.aht_seconds,
        "traffic_erlangs": np.round(intervals.traffic_erlangs, 4),
        "agents": intervals.agents,
        "service_level": np.round(intervals.service_level, 4),
        "asa_seconds": np.round(
            np.where(np.isfinite(intervals.asa_seconds), intervals.asa_seconds, np.nan), 2
        ),
        "occupancy": np.round(intervals.occupancy, 4),
        "scheduled_agents": intervals.scheduled_agents,
    }
)
st.download_button(
    t("staffing.download_intervals", lang),
    frame.to_csv(index=False).encode("utf-8"),
    file_name="ccx-interval-staffing.csv",
    mime="text/csv",
    key="download_intervals",
)

pattern_editor(lang)
next_step("staffing", lang)
