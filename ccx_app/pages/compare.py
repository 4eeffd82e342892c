"""Compare: 2 to 4 scenarios side by side against a baseline."""

import pandas as pd
import streamlit as st

from ccx_app import results, state
from ccx_app.chart_downloads import chart_with_downloads
from ccx_app.journey import next_step
from ccx_app.office_downloads import office_downloads
from ccx_charts.catalogue import (
    COMPARE_CUMULATIVE,
    COMPARE_KPIS,
    bridge_key,
    comparison_charts,
    comparison_footnote,
)
from ccx_model.assumption_words import described_change
from ccx_model.bundled_names import display_name
from ccx_model.compare import CompareError
from ccx_model.compare_table import kpi_table
from ccx_model.i18n import t
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import MAX_FILE_BYTES, load_scenario_text

UPLOADS = "compare_uploads"  # file name → Scenario, uploaded on this page

lang = st.session_state[state.LANG]
st.title(t("cmp.title", lang))
st.caption(t("cmp.caption", lang))

st.session_state.setdefault(UPLOADS, {})
uploads = st.file_uploader(
    t("cmp.upload", lang),
    type=["yaml", "yml", "json"],
    accept_multiple_files=True,
    key="compare_upload",
)
for upload in uploads or []:
    if upload.name in st.session_state[UPLOADS]:
        continue
    try:
        raw = upload.getvalue()
        if len(raw) > MAX_FILE_BYTES:
            st.error(
                t("app.scenario_load_error", lang, name=upload.name)
                + " "
                + t("files.too_large", lang)
            )
            continue
        st.session_state[UPLOADS][upload.name] = load_scenario_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        st.error(
            t("app.scenario_load_error", lang, name=upload.name) + " " + t("files.not_utf8", lang)
        )
    except InputError as exc:
        st.error(
            t("app.scenario_load_error", lang, name=upload.name)
            + "\n\n"
            + "\n".join(f"- {m}" for m in exc.messages(lang))
        )

library = state.bundled_scenarios()
options = library + [f"⬆ {name}" for name in st.session_state[UPLOADS]]


def _scenario(option: str) -> Scenario | None:
    if option.startswith("⬆ "):
        uploaded: Scenario | None = st.session_state[UPLOADS].get(option.removeprefix("⬆ "))
        return uploaded
    return results.library_scenario(option)


def _display(option: str) -> str:
    """A scenario by its name, as the board knows it (the file only where it does not open)."""
    scenario = _scenario(option)
    return display_name(scenario.name, lang) if scenario is not None else option.removeprefix("⬆ ")


# The selection is kept in session state (state.keep_inputs), so it survives a visit
# to another page; a file that has gone from the library drops out of it.
st.session_state[state.COMPARE_PICK] = [
    o for o in st.session_state.get(state.COMPARE_PICK, []) if o in options
] or [name for name in ("baseline.yaml", "pilot.yaml", "profit_centre.yaml") if name in library]
if st.session_state.get(state.COMPARE_BASELINE) not in options:
    st.session_state[state.COMPARE_BASELINE] = (st.session_state[state.COMPARE_PICK] or options)[0]
chosen = st.multiselect(
    t("cmp.pick", lang),
    options,
    max_selections=4,
    key=state.COMPARE_PICK,
    format_func=_display,
)
baseline_name = st.selectbox(
    t("cmp.baseline", lang), options, key=state.COMPARE_BASELINE, format_func=_display
)


if len(chosen) < 2:
    st.info(t("cmp.pick_more", lang))
    st.stop()

scenarios = [_scenario(option) for option in chosen]
baseline = _scenario(baseline_name)
broken = [option for option, s in zip(chosen, scenarios, strict=True) if s is None]
if broken or baseline is None:
    st.error(t("cmp.broken", lang, files=", ".join(broken or [baseline_name])))
    st.stop()
try:
    comparison = results.comparison(
        tuple(scenarios),
        baseline,
        tuple(_display(o) for o in chosen),
        _display(baseline_name),
    )
except CompareError as exc:
    st.error(exc.message(lang))
    st.stop()

table = kpi_table(comparison, lang)
st.subheader(t("cmp.kpis", lang))
st.caption(t("compare.horizon_note", lang, months=comparison.horizon_months))
st.dataframe(pd.DataFrame(table[1:], columns=table[0]), hide_index=True, width="stretch")
note = comparison_footnote(comparison, lang)
charts = {entry.key: entry for entry in comparison_charts(comparison, lang)}
chart_with_downloads(charts[COMPARE_KPIS].chart, COMPARE_KPIS, lang, note, width="content")
chart_with_downloads(charts[COMPARE_CUMULATIVE].chart, COMPARE_CUMULATIVE, lang, note)

st.subheader(t("cmp.assumptions", lang))
for compared in comparison.scenarios:
    if compared.is_baseline:
        continue
    with st.expander(
        t("cmp.assumptions_of", lang, scenario=compared.label, count=len(compared.assumptions))
    ):
        if compared.assumptions:
            st.dataframe(
                pd.DataFrame(
                    [described_change(c, lang) for c in compared.assumptions],
                    columns=[t("cmp.col.field", lang), comparison.baseline.label, compared.label],
                ),
                hide_index=True,
                width="stretch",
            )
        else:
            st.caption(t("cmp.no_differences", lang))

st.subheader(t("cmp.bridges", lang))
for compared in comparison.scenarios:
    if not compared.is_baseline:
        key = bridge_key(compared.label)
        chart_with_downloads(charts[key].chart, key, lang, note)

# The board pack of this comparison: the first scenario that is not the baseline leads,
# the others stand beside it, every case measured against the chosen baseline.
leading = [
    s for s, o in zip(scenarios, chosen, strict=True) if o != baseline_name and s is not None
]
if leading:
    office_downloads(leading[0], lang, baseline, compare=tuple(leading[1:]) or (baseline,))
next_step("compare", lang)
