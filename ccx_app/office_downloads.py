"""Download the board pack (PowerPoint) and the workbook (Excel) of the open scenario.

Each file is made when its "prepare" button is clicked, in the page's own run with
a spinner, so a failure is a plain message on the page (never a download that
silently does not arrive), and then offered for download. A prepared file belongs
to the inputs it was made from: change an input and the button asks to prepare it
again. Chart rendering runs in a process of its own (``ccx_export.renderer``), so
nothing in a file can stop the server.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

import streamlit as st

from ccx_export.deck import build_deck
from ccx_export.workbook import build_workbook
from ccx_model.i18n import t
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PREPARED = "office_prepared"  # session key: {kind: (inputs fingerprint, bytes)}

_LOG = logging.getLogger(__name__)


def _fingerprint(
    scenario: Scenario, lang: str, baseline: Scenario | None, compare: tuple[Scenario, ...] = ()
) -> str:
    """What a prepared file depends on: the inputs, the language, the baseline, the
    scenarios compared."""
    text = dump_scenario(scenario, "json") + lang
    text += dump_scenario(baseline, "json") if baseline is not None else ""
    text += "".join(dump_scenario(other, "json") for other in compare)
    return hashlib.sha256(text.encode()).hexdigest()


def guarded_build(build: Callable[[], bytes], kind: str, lang: str) -> bytes | None:
    """``build()``, or None with a plain message on the page if anything fails."""
    name = t(f"office.file.{kind}", lang)
    try:
        with st.spinner(t("office.making", lang, file=name)):
            return build()
    except Exception as exc:  # any failure is a message, never a lost session
        _LOG.exception("making the %s failed", kind)
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        st.error(t("office.failed", lang, file=name, reason=reason))
        return None


def _office_file(
    column: st.delta_generator.DeltaGenerator,
    kind: str,
    build: Callable[[], bytes],
    fingerprint: str,
    file_name: str,
    mime: str,
    lang: str,
) -> None:
    prepared: dict[str, tuple[str, bytes]] = st.session_state.setdefault(PREPARED, {})
    ready = prepared.get(kind)
    with column:
        stale = ready is None or ready[0] != fingerprint
        if stale and st.button(t(f"office.prepare_{kind}", lang), key=f"prepare_{kind}"):
            made = guarded_build(build, kind, lang)
            if made is not None:
                prepared[kind] = (fingerprint, made)
                ready = prepared[kind]
        if ready is not None and ready[0] == fingerprint:
            st.download_button(
                t(f"office.{kind}", lang),
                data=ready[1],
                file_name=file_name,
                mime=mime,
                on_click="ignore",
                key=f"download_{kind}",
                type="primary",
            )


def office_downloads(
    scenario: Scenario,
    lang: str,
    baseline: Scenario | None = None,
    compare: tuple[Scenario, ...] = (),
) -> None:
    """Prepare-then-download buttons for the board pack and the workbook; with ``compare``,
    the board pack carries the comparison slides too."""
    st.subheader(t("office.title", lang))
    st.caption(t("office.help", lang))
    left, right = st.columns(2)
    fingerprint = _fingerprint(scenario, lang, baseline, compare)
    _office_file(
        left,
        "deck",
        lambda: build_deck(scenario, lang, baseline, compare or None),
        fingerprint,
        "ccx-board-pack.pptx",
        PPTX,
        lang,
    )
    _office_file(
        right,
        "workbook",
        lambda: build_workbook(scenario, lang, baseline),
        fingerprint,
        "ccx-workbook.xlsx",
        XLSX,
        lang,
    )
