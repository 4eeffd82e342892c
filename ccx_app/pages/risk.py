"""Risk: what if we are wrong? Monte Carlo of every range, the tornado, what the board
has to believe (break-even values), and the risk-adjusted view (TEI haircuts)."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.inputs import group_form
from ccx_app.journey import next_step
from ccx_app.ranges_editor import ranges_editor
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import page_charts, report_footnote
from ccx_model.assumption_words import show_value
from ccx_model.fields import BY_PATH, PROFIT_GROUPS, FieldSpec, field_name
from ccx_model.i18n import format_eur, format_number, format_percent, t
from ccx_model.monte_carlo import TOLERANCE
from ccx_model.risk_words import believe

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
# Measured against the baseline the Business case page measures against.
chosen = st.session_state.get("bc_baseline") or ""
baseline = results.library_scenario(chosen) if chosen else None
report = results.report(scenario, baseline)

st.title(t("risk.title", lang))
st.caption(t("risk.intro", lang, draws=format_number(report.draws, lang)))
if not scenario.ranges:
    st.info(t("risk.no_ranges", lang), icon=":material/info:")

bar = st.progress(0.0, text=t("risk.progress", lang, draws=format_number(report.draws, lang)))


def _progress(done: float) -> None:
    bar.progress(min(done, 1.0))


run = results.simulation(report, _progress)
bar.empty()
kpi_tiles(report.tiles("risk"), lang)

fit = run.approximation
if fit.method == "surface":
    st.caption(
        t(
            "risk.method.surface",
            lang,
            draws=format_number(run.draws.count, lang),
            ranges=len(run.draws.paths),
            runs=format_number(fit.exact_runs, lang),
            checked=format_number(fit.checked, lang),
            error=format_eur(fit.figures_error_eur, lang),
            share=format_percent(fit.share(fit.figures_error_eur), lang, 3),
        )
    )
    if fit.share(fit.figures_error_eur) > TOLERANCE:
        st.warning(t("risk.method.outside", lang))
elif fit.method == "exact":
    st.caption(
        t(
            "risk.method.exact",
            lang,
            draws=format_number(run.draws.count, lang),
            ranges=len(run.draws.paths),
        )
    )

shape, breaks = results.risk_tables(report)
if shape.bars:
    note = report_footnote(report, lang)
    charts = page_charts(report, "risk", lang)
    spread = charts["npv-spread"]
    chart_with_downloads(spread.chart, spread.key, lang, note)
    payback = charts["payback-spread"]
    chart_with_downloads(payback.chart, payback.key, lang, note)
    st.subheader(t("risk.tornado", lang))
    st.caption(t("risk.tornado_help", lang))
    tornado = charts["tornado"]
    chart_with_downloads(tornado.chart, tornado.key, lang, note)

    def spec(path: str) -> FieldSpec:
        return BY_PATH.get(path, FieldSpec(path))

    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("risk.col.assumption", lang): field_name(bar.path, lang),
                    t("risk.col.low", lang): show_value(spec(bar.path), bar.low, lang),
                    t("risk.col.high", lang): show_value(spec(bar.path), bar.high, lang),
                    t("risk.col.npv_low", lang): format_eur(bar.npv_at_low_eur, lang),
                    t("risk.col.npv_high", lang): format_eur(bar.npv_at_high_eur, lang),
                    t("risk.col.swing", lang): format_eur(bar.swing_eur, lang),
                }
                for bar in shape.bars
            ]
        ),
        hide_index=True,
        width="stretch",
    )

    st.subheader(t("risk.believe", lang))
    st.caption(t("risk.believe_help", lang))
    st.markdown("\n".join(f"- {line}" for line in believe(shape, breaks, lang)))

ranges_editor(scenario, lang)

st.subheader(t("risk.adjusted", lang))
st.caption(t("risk.adjusted_help", lang))
kpi_tiles([report.kpi("npv"), report.kpi("roi"), report.kpi("payback")], lang)
kpi_tiles(report.tiles("risk_adjusted"), lang)
group_form("risk_adjustment", PROFIT_GROUPS["risk_adjustment"], lang, expanded=True)
next_step("risk", lang)
