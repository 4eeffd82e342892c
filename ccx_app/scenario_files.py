"""Scenario files in the sidebar: open from the library or an upload, save, download."""

from __future__ import annotations

import streamlit as st

from ccx_model.i18n import t
from ccx_model.library import save_scenario
from ccx_model.problems import InputError
from ccx_model.scenario_io import MAX_FILE_BYTES, load_scenario_text

from . import results, state

UPLOAD = "scenario_upload"
SAVE_NAME = "save_name"
SAVE_REPLACE = "save_replace"
SAVE_MESSAGE = "save_message"


def _messages(exc: InputError, header: str) -> list[str]:
    lang = st.session_state.get(state.LANG, "en")
    return [header + "\n\n" + "\n".join(f"- {m}" for m in exc.messages(lang))]


def _open_upload() -> None:
    upload = st.session_state.get(UPLOAD)
    if upload is None:
        return
    lang = st.session_state.get(state.LANG, "en")
    header = t("app.scenario_load_error", lang, name=upload.name)
    raw = upload.getvalue()
    if len(raw) > MAX_FILE_BYTES:
        st.session_state[state.SCENARIO_ERRORS] = [header + "\n\n- " + t("files.too_large", lang)]
        return
    try:
        scenario = load_scenario_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        st.session_state[state.SCENARIO_ERRORS] = [header + "\n\n- " + t("files.not_utf8", lang)]
        return
    except InputError as exc:
        st.session_state[state.SCENARIO_ERRORS] = _messages(exc, header)
        return
    state.open_scenario(scenario)
    st.session_state[state.SCENARIO_ERRORS] = []
    st.session_state[SAVE_NAME] = scenario.name
    # The picker shows the uploaded file as the open one, so that picking a library
    # file afterwards (the baseline too) opens it.
    st.session_state[state.UPLOADED] = upload.name
    st.session_state[state.SCENARIO_FILE] = state.uploaded_option()


def _save() -> None:
    lang = st.session_state.get(state.LANG, "en")
    name = str(st.session_state.get(SAVE_NAME, "")).strip()
    # What is saved is what the screen shows: with an input out of range, nothing is
    # saved (the last valid value would be, silently).
    scenario, problems = state.active_scenario()
    if problems:
        listed = "\n".join(f"- {message}" for message in problems)
        st.session_state[SAVE_MESSAGE] = ("error", t("files.save_invalid", lang) + "\n\n" + listed)
        return
    try:
        path = save_scenario(
            scenario.model_copy(update={"name": name or scenario.name}),
            state.SCENARIO_DIR,
            name or scenario.name,
            overwrite=bool(st.session_state.get(SAVE_REPLACE, False)),
        )
    except InputError as exc:
        st.session_state[SAVE_MESSAGE] = ("error", "\n".join(exc.messages(lang)))
        return
    except OSError as exc:
        st.session_state[SAVE_MESSAGE] = (
            "error",
            t("files.save_failed", lang, reason=exc.strerror or str(exc)),
        )
        return
    st.session_state[SAVE_MESSAGE] = ("success", t("files.saved", lang, file=path.name))
    st.session_state[SAVE_REPLACE] = False
    # The saved file is now the open one: reopen it so reset returns to what was saved.
    state.pick_bundled(path.name)
    st.session_state[state.UPLOADED] = None
    st.session_state[state.SCENARIO_FILE] = path.name


def scenario_files(lang: str) -> None:
    """Upload, save to the library, download: in one sidebar expander."""
    with st.expander(t("files.title", lang)):
        st.file_uploader(
            t("files.open", lang),
            type=["yaml", "yml", "json"],
            key=UPLOAD,
            on_change=_open_upload,
            help=t("files.open_help", lang),
        )
        active = st.session_state[state.LAST_VALID]
        st.download_button(
            t("files.download", lang),
            results.scenario_yaml(active).encode("utf-8"),
            file_name=f"{active.name or 'scenario'}.yaml",
            mime="application/x-yaml",
            key="download_scenario",
        )
        st.session_state.setdefault(SAVE_NAME, active.name)
        st.text_input(t("files.save_name", lang), key=SAVE_NAME, max_chars=80)
        st.checkbox(t("files.replace", lang), key=SAVE_REPLACE)
        st.button(t("files.save", lang), on_click=_save, key="save_scenario")
        kind, message = st.session_state.get(SAVE_MESSAGE, ("", ""))
        if kind == "error":
            st.error(message)
        elif kind == "success":
            st.success(message)
