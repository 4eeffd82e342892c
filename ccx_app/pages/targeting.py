"""Targeting: find the customers where value can be created (RFM on the customer base)
and aim cross-sell and outbound at them (Ziptone, "In vijf stappen van costcenter naar
profitcenter", step 1)."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.customer_upload import (
    AS_OF,
    UPLOAD,
    arrived,
    column_mapping,
    forget,
    scored_upload,
)
from ccx_app.journey import next_step
from ccx_app.tiles import kpi_tiles
from ccx_charts.catalogue import report_footnote
from ccx_charts.targeting import rf_grid_chart, segment_size_chart
from ccx_model.i18n import format_day, format_eur, format_number, format_percent, t
from ccx_model.kpis import format_kpi
from ccx_model.problems import InputError
from ccx_model.segment_table import SegmentRow
from ccx_model.segment_words import segment_cells, segment_header
from ccx_model.targeted import cross_sell_inputs, outbound_inputs
from ccx_model.targeting import Targeting, targeting_from

CHOSEN = "targeting_chosen"  # the segments picked in the multiselect
LIFT = "targeting_lift"  # the lift entered for segments without measured responses
LEVERS = "targeting_levers"  # the levers aimed at the chosen segments
BASE = "targeting_customer_base"  # customers in the whole base (outbound's list)
MAX_UPLOAD_MB = 100

lang = st.session_state[state.LANG]
scenario = st.session_state[state.ACTIVE]
report = results.report(scenario)
targeting: Targeting | None = scenario.targeting

st.title(t("targeting.title", lang))
st.caption(t("targeting.intro", lang))


def _segment_frame(rows: tuple[SegmentRow, ...]) -> pd.DataFrame:
    return pd.DataFrame([segment_cells(row, lang) for row in rows], columns=segment_header(lang))


def _aim(rows: tuple[SegmentRow, ...], as_of: object) -> None:
    chosen = list(st.session_state.get(CHOSEN, []))
    if not chosen:
        st.session_state["targeting_problem"] = t("rule.targeting_no_segments", lang)
        return
    try:
        aimed = targeting_from(rows, chosen, float(st.session_state.get(LIFT, 1.0)), as_of)  # type: ignore[arg-type]
        base = int(st.session_state.get(BASE) or 0)
        levers = tuple(st.session_state.get(LEVERS) or ("cross_sell", "outbound"))
        aimed = aimed.model_copy(update={"customer_base": base or None, "levers": levers})
        st.session_state[state.TARGETING] = Targeting.model_validate(aimed.model_dump())
        st.session_state.pop("targeting_problem", None)
    except (InputError, ValueError) as exc:
        st.session_state["targeting_problem"] = (
            "; ".join(exc.messages(lang)) if isinstance(exc, InputError) else str(exc)
        )


def _stop() -> None:
    st.session_state[state.TARGETING] = None


on_arrival = arrived()  # before the uploader is drawn: were we on this page already?
st.file_uploader(
    t("targeting.upload", lang),
    type=["csv", "txt", "xlsx"],
    key=UPLOAD,
    help=t("targeting.upload_help", lang),
    # Far above the server's 1 MB for scenario files: 3 million transactions fit.
    max_upload_size=MAX_UPLOAD_MB,
)
st.date_input(
    t("targeting.as_of", lang), value=None, key=AS_OF, help=t("targeting.as_of_help", lang)
)
scored = scored_upload(lang, on_arrival)
if scored is not None and st.session_state.get(UPLOAD) is None:
    # Read earlier in this session: the uploader is empty again since the page was left.
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.caption(t("targeting.kept", lang, name=scored.name))
    right.button(t("targeting.forget", lang), on_click=forget, key="targeting_forget")
if scored is not None:
    column_mapping(scored, lang)
    for message in scored.problems:
        st.error(message)
if scored is not None and scored.result is not None:
    result = scored.result
    st.success(
        t(
            "targeting.scored",
            lang,
            customers=format_number(len(result.customers), lang),
            as_of=format_day(result.as_of, lang),
        )
    )
    names = {row.segment: row.name(lang) for row in result.segments if row.customers > 0}
    # Back on the page, the choice comes from the scenario: before the chart, which
    # highlights the chosen segments.
    if targeting is not None and CHOSEN not in st.session_state:
        st.session_state[CHOSEN] = [s.segment for s in targeting.segments if s.segment in names]
    left, right = st.columns(2)
    with left:
        chart_with_downloads(rf_grid_chart(result.rf_grid, lang), "rfm_grid", lang, "")
    chosen_now = list(st.session_state.get(CHOSEN, []))
    with right:
        chart_with_downloads(
            segment_size_chart(result.segments, chosen_now, lang), "rfm_segments", lang, ""
        )
    st.subheader(t("targeting.segments", lang))
    st.dataframe(_segment_frame(result.segments), hide_index=True, width="stretch")
    st.multiselect(
        t("targeting.choose", lang),
        list(names),
        key=CHOSEN,
        format_func=names.__getitem__,
        help=t("targeting.choose_help", lang),
    )
    st.session_state.setdefault(
        LEVERS, list(targeting.levers) if targeting else ["cross_sell", "outbound"]
    )
    st.multiselect(
        t("targeting.levers", lang),
        ["cross_sell", "outbound"],
        key=LEVERS,
        format_func=lambda lever: t(f"targeting.lever.{lever}", lang),
        help=t("targeting.levers_help", lang),
    )
    left, right = st.columns(2)
    st.session_state.setdefault(LIFT, targeting.entered_lift if targeting else 1.0)
    st.session_state.setdefault(
        BASE, float(targeting.customer_base or 0) if targeting else float(len(result.customers))
    )
    left.number_input(
        t("targeting.lift", lang),
        min_value=0.0,
        max_value=1_000.0,
        step=0.1,
        key=LIFT,
        help=t("targeting.lift_help", lang),
    )
    right.number_input(
        t("targeting.customer_base", lang),
        min_value=0.0,
        max_value=1_000_000_000.0,
        step=1_000.0,
        format="%.0f",
        key=BASE,
        help=t("targeting.customer_base_help", lang),
    )
    st.button(
        t("targeting.apply", lang),
        on_click=_aim,
        args=(result.segments, result.as_of),
        type="primary",
        key="targeting_apply",
    )
    if st.session_state.get("targeting_problem"):
        st.error(st.session_state["targeting_problem"])
elif scored is None and targeting is None:
    st.info(t("targeting.none", lang), icon=":material/info:")

if targeting is not None:
    st.subheader(t("targeting.in_scenario", lang))
    kpi_tiles(report.tiles("targeting"), lang)
    effects = []
    # Each aimed lever's effect, where the lever is on (the warning below says otherwise).
    if "cross_sell" in targeting.levers and scenario.cross_sell.enabled:
        cross = cross_sell_inputs(scenario)
        effects.append(
            t(
                "targeting.effect_cross_sell",
                lang,
                eligible=format_percent(cross.eligible_share, lang, 2),
                entered=format_percent(scenario.cross_sell.eligible_share, lang, 0),
            )
        )
    if "outbound" in targeting.levers and scenario.outbound.enabled:
        out = outbound_inputs(scenario)
        effects.append(
            t(
                "targeting.effect_outbound",
                lang,
                calls=format_number(out.list_size_per_month, lang),
                opt_out=format_percent(out.opt_out_share, lang, 0),
            )
        )
    # The NPV beside the same scenario without targeting: what aiming does to the case.
    untargeted = results.report(scenario.model_copy(update={"targeting": None}))
    npv, before = report.kpi("npv"), untargeted.kpi("npv")
    change = (npv.value or 0.0) - (before.value or 0.0)
    effects.append(
        t(
            "targeting.effect_npv_against",
            lang,
            npv=format_kpi(npv, lang),
            before=format_kpi(before, lang),
            change=("+" if change > 0 else "") + format_eur(change, lang),
        )
    )
    st.markdown(" ".join(effects))
    if not scenario.cross_sell.enabled and not scenario.outbound.enabled:
        st.warning(t("targeting.levers_off", lang))
    st.button(t("targeting.stop", lang), on_click=_stop, key="targeting_stop")
    st.caption(report_footnote(report, lang))
next_step("targeting", lang)
