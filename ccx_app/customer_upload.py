"""The uploaded customer file, scored by RFM, kept in this browser session's memory only.

A customer file is personal data: its bytes stay in Streamlit's upload buffer and the
scores in ``st.session_state`` of this session (never on disk, in logs, in a draft or
in a scenario file). Only the segment figures a director chooses reach the scenario
(``Targeting``: aggregates). The file is read again only when it, the as-of date or
the column mapping changes; a progress bar shows reading and scoring.
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
COLUMN_KEY = "customer_column."  # + field: the header mapped to it by hand ("" = detected)


@dataclass(frozen=True)
class Scored:
    """What the page shows of one upload: its scores or why it could not be read."""

    source: tuple[str, str, str]  # digest of the bytes, as-of date, column mapping
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


def scored_upload(lang: str) -> Scored | None:
    """The scores of the uploaded file (read once per file, date and mapping)."""
    upload = st.session_state.get(UPLOAD)
    if upload is None:
        st.session_state.pop(SCORED, None)
        return None
    data = upload.getvalue()
    as_of: dt.date | None = st.session_state.get(AS_OF)
    mapping = _mapping()
    source = (
        hashlib.sha256(data).hexdigest(),
        "" if as_of is None else as_of.isoformat(),
        repr(sorted(mapping.items())),
    )
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
        scored = Scored(source, header, preview, dict(file.columns), result, ())
    except InputError as exc:
        scored = Scored(source, header, preview, {}, None, tuple(exc.messages(lang)))
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
