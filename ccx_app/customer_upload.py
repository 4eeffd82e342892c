"""The uploaded customer file, scored by RFM, kept in this browser session's memory only.

A customer file is personal data: its bytes stay in Streamlit's upload buffer and the
scores in ``st.session_state`` of this session (never on disk, in logs, in a draft or
in a scenario file). Only the segment figures a director chooses reach the scenario
(``Targeting``: aggregates). The file is read again only when it, the as-of date or
the column mapping changes; a progress bar shows reading and scoring.

Streamlit forgets a page's widgets when the director opens another page, the uploaded
file with them. So the uploaded file (the same object, not a copy), the as-of date and
the mapping are kept in this session's state too, and a director who comes back finds
the scores as they left them. Removing the file in the uploader, or "Forget the file",
forgets all of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ccx_model.customer_file import FIELDS, file_header, file_preview, read_customer_file
from ccx_model.customer_workbook import customer_bytes
from ccx_model.i18n import t
from ccx_model.problems import InputError
from ccx_model.rfm import RfmResult, rfm_from_file

UPLOAD = "customer_upload"  # the file uploader's key
AS_OF = "customer_as_of"  # the as-of date widget (None: the day after the latest date)
SCORED = "customer_scored"  # the last Scored of this session
KEPT_FILE = "customer_file_kept"  # the uploaded file, while the page is left and back
KEPT_INPUTS = "customer_inputs_kept"  # its as-of date and column mapping, the same
SHOWING_KEPT = "customer_file_showing_kept"  # the page shows the kept file (uploader empty)
COLUMN_KEY = "customer_column."  # + field: the header mapped to it by hand ("" = detected)


@dataclass(frozen=True)
class Scored:
    """What the page shows of one upload: its scores or why it could not be read."""

    source: tuple[str, str, str]  # digest of the bytes, as-of date, column mapping
    name: str  # the file's name, as uploaded
    header: tuple[str, ...]
    preview: tuple[tuple[str, ...], ...]  # the first rows as text, to check the columns
    columns: dict[str, str]  # field → header as read
    result: RfmResult | None
    problems: tuple[str, ...]


def _mapping() -> dict[str, str]:
    return {
        field: str(st.session_state[COLUMN_KEY + field])
        for field in FIELDS
        if st.session_state.get(COLUMN_KEY + field)
    }


def arrived() -> bool:
    """Whether this run opens the page (no uploader yet): call before drawing it.

    On arrival the as-of date and the column mapping the kept file was read with are
    put back, so the widgets show them and the file is not read again.
    """
    if UPLOAD in st.session_state:
        return False
    kept: dict[str, object] = st.session_state.get(KEPT_INPUTS) or {}
    for key, value in kept.items():
        st.session_state.setdefault(key, value)
    return True


def forget() -> None:
    """Forget the file, its scores and how it was read (the scenario keeps its targeting)."""
    for key in (KEPT_FILE, KEPT_INPUTS, SCORED, SHOWING_KEPT):
        st.session_state.pop(key, None)


def scored_upload(lang: str, on_arrival: bool = False) -> Scored | None:
    """The scores of the uploaded file (read once per file, date and mapping).

    ``on_arrival``: this run opens the page, so an empty uploader means the page was
    left and not that the file was removed; the kept file is shown, in this run and in
    every later one until a file is uploaded or the file is forgotten.
    """
    upload = st.session_state.get(UPLOAD)
    if upload is not None:
        st.session_state[KEPT_FILE] = upload
        st.session_state[SHOWING_KEPT] = False
    elif on_arrival or st.session_state.get(SHOWING_KEPT):
        # Back on the page, and every run after it until a file is uploaded again:
        # the uploader is empty because the page was left, not because the file was
        # removed (removing it is only possible for a file uploaded on this visit).
        upload = st.session_state.get(KEPT_FILE)
        st.session_state[SHOWING_KEPT] = upload is not None
    if upload is None:
        forget()
        return None
    data = upload.getvalue()
    as_of: dt.date | None = st.session_state.get(AS_OF)
    mapping = _mapping()
    source = (
        hashlib.sha256(data).hexdigest(),
        "" if as_of is None else as_of.isoformat(),
        repr(sorted(mapping.items())),
    )
    st.session_state[KEPT_INPUTS] = {AS_OF: as_of} | {
        COLUMN_KEY + field: header for field, header in mapping.items()
    }
    kept: Scored | None = st.session_state.get(SCORED)
    if kept is not None and kept.source == source:
        return kept
    bar = st.progress(0.0, text=t("targeting.reading", lang))
    header: tuple[str, ...] = ()  # the mapping offers the names once the text is read
    preview: tuple[tuple[str, ...], ...] = ()
    try:
        data = customer_bytes(data)  # an Excel workbook's first sheet, as CSV text
        header = tuple(file_header(data))
        preview = tuple(tuple(row) for row in file_preview(data))
        file = read_customer_file(data, mapping or None)
        bar.progress(0.5, text=t("targeting.scoring", lang))
        result = rfm_from_file(file, as_of)
        scored = Scored(source, upload.name, header, preview, dict(file.columns), result, ())
    except InputError as exc:
        scored = Scored(source, upload.name, header, preview, {}, None, tuple(exc.messages(lang)))
    bar.empty()
    st.session_state[SCORED] = scored
    return scored


def _unique(names: tuple[str, ...]) -> list[str]:
    """Column titles a table accepts: empty or repeated headers numbered."""
    seen: dict[str, int] = {}
    titles = []
    for i, name in enumerate(names, start=1):
        title = name.strip() or f"({i})"
        seen[title] = seen.get(title, 0) + 1
        titles.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return titles


def column_mapping(scored: Scored, lang: str) -> None:
    """Which header is read as which field, each changeable (empty: as detected)."""
    with st.expander(t("targeting.columns", lang), expanded=scored.result is None):
        st.caption(t("targeting.columns_help", lang))
        if scored.preview:
            width = len(scored.header)
            rows = [(list(row) + [""] * width)[:width] for row in scored.preview]
            st.dataframe(
                pd.DataFrame(rows, columns=_unique(scored.header)), hide_index=True, width="stretch"
            )
        options: list[str] = ["", *scored.header]
        columns = st.columns(3)
        for i, field in enumerate(FIELDS):
            key = COLUMN_KEY + field
            if st.session_state.get(key) not in options:
                st.session_state[key] = ""
            detected = scored.columns.get(field) or "—"

            def shown(header: str, detected: str = detected) -> str:
                return t("targeting.detected", lang, header=detected) if header == "" else header

            columns[i % 3].selectbox(
                t(f"targeting.field.{field}", lang), options, key=key, format_func=shown
            )
