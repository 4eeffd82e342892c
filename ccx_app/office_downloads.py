"""Download the board pack (PowerPoint) and the workbook (Excel) of the open scenario.

The files are made only when a button is clicked (Streamlit calls ``data`` then, on
its download thread), so drawing the page stays fast.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from ccx_export.deck import build_deck
from ccx_export.workbook import build_workbook
from ccx_model.scenario import Scenario

from .texts import UI, t

OFFICE_UI: dict[str, dict[str, str]] = {
    "office.title": {"en": "For the board", "nl": "Voor de directie"},
    "office.deck": {
        "en": "Download the board pack (PowerPoint)",
        "nl": "Het directiepakket downloaden (PowerPoint)",
    },
    "office.workbook": {
        "en": "Download the workbook (Excel)",
        "nl": "De werkmap downloaden (Excel)",
    },
    "office.help": {
        "en": "Title, summary, one chart per slide with its message, and every assumption with its source; the workbook holds the interval staffing and the monthly cash flows.",
        "nl": "Titel, samenvatting, één grafiek per dia met de boodschap, en elke aanname met de bron; de werkmap bevat de bezetting per interval en de maandelijkse kasstromen.",
    },
}
UI.update(OFFICE_UI)

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def office_downloads(scenario: Scenario, lang: str, baseline: Scenario | None = None) -> None:
    st.subheader(t("office.title", lang))
    st.caption(t("office.help", lang))
    left, right = st.columns(2)
    left.download_button(
        t("office.deck", lang),
        data=partial(build_deck, scenario, lang, baseline),
        file_name="ccx-board-pack.pptx",
        mime=PPTX,
        on_click="ignore",
        key="download_deck",
    )
    right.download_button(
        t("office.workbook", lang),
        data=partial(build_workbook, scenario, lang, baseline),
        file_name="ccx-workbook.xlsx",
        mime=XLSX,
        on_click="ignore",
        key="download_workbook",
    )
