"""The scenario as a document: its name and words, what changed since it was opened, undo.

The name and description are the board pack's title and subtitle; the recommendation
and the ask open its executive summary. The panel says when the working scenario
differs from the file it was opened from, lists the changes in words, and undoes the
last change (up to ``UNDO_DEPTH`` changes back).
"""

from __future__ import annotations

import streamlit as st

from ccx_model.assumption_words import changes_in_words
from ccx_model.i18n import t
from ccx_model.scenario import Scenario

from . import state

HISTORY, SEEN = state.HISTORY, state.SEEN
UNDO_DEPTH = 20
_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~"})


def _plain(text: str) -> str:
    """Text from a file shown as itself in Markdown (no links or emphasis it did not mean)."""
    return text.translate(_MARKDOWN)


def record(scenario: Scenario) -> None:
    """Remember the scenario of the previous run when this run's differs from it."""
    seen: Scenario | None = st.session_state.get(SEEN)
    if seen is not None and seen != scenario:
        history: list[Scenario] = st.session_state.setdefault(HISTORY, [])
        history.append(seen)
        del history[:-UNDO_DEPTH]
    st.session_state[SEEN] = scenario


def _undo() -> None:
    history: list[Scenario] = st.session_state.get(HISTORY, [])
    if history:
        previous = history.pop()
        state.write_inputs(previous)
        st.session_state[SEEN] = previous


def document_panel(scenario: Scenario, lang: str) -> None:
    """The sidebar's words of the scenario, its unsaved changes and undo."""
    with st.expander(t("doc.title", lang), expanded=False):
        st.text_input(t("words.name", lang), key="in.name", max_chars=120)
        st.text_area(t("words.description", lang), key="in.description", height=90)
        st.text_area(
            t("words.recommendation", lang),
            key="in.business_case.recommendation",
            help=t("doc.recommendation_help", lang),
            height=90,
        )
        st.text_area(
            t("words.ask", lang),
            key="in.business_case.ask",
            help=t("doc.ask_help", lang),
            height=70,
        )
    opened: Scenario = st.session_state[state.BASE]
    changes = changes_in_words(opened, scenario, lang) if scenario != opened else []
    history = st.session_state.get(HISTORY, [])
    # The marker, then Undo on a row of its own: beside it, half the sidebar cut the
    # Dutch "Ongedaan maken" to "Ongeda…".
    if changes:
        st.markdown(t("doc.unsaved", lang, count=len(changes)))
    else:
        st.caption(t("doc.as_opened", lang))
    st.button(
        t("doc.undo", lang),
        on_click=_undo,
        disabled=not history,
        key="undo",
        icon=":material/undo:",
        help=t("doc.undo_help", lang),
    )
    if changes:
        with st.expander(t("doc.what_changed", lang)):
            for what, before, after in changes:
                st.markdown(f"- **{_plain(what)}**: {_plain(before)} → {_plain(after)}")
