"""No lost work: the working scenario survives a refresh and a closed tab.

Each browser session gets a random draft token in its address (``?draft=…``). After
every run with valid inputs the working scenario, and the scenario it was opened from,
are written to the server's draft folder under that token (atomically). A session that
starts with a token whose draft exists — a refresh (F5), or the same address opened
again — reopens the draft and says so. Drafts older than ``KEEP_DAYS`` are removed.

The folder is ``$CCX_DRAFTS_DIR`` or ``<temp>/ccx-drafts``. A draft holds only the
scenario (assumptions, never customer data); the token is 128 random bits, so one
session cannot guess another's draft.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
import time
from pathlib import Path

import streamlit as st

from ccx_model.atomic import write_atomic
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario_text

from . import results, state

PARAM = "draft"
TOKEN = "draft_token"
WRITTEN = "draft_written"  # the working scenario last written (no write when unchanged)
RESTORED = "draft_restored"  # shown once after a restore
KEEP_DAYS = 7
_TOKEN_FORM = re.compile(r"^[A-Za-z0-9_-]{22}$")


def drafts_dir() -> Path:
    return Path(os.environ.get("CCX_DRAFTS_DIR") or Path(tempfile.gettempdir()) / "ccx-drafts")


def _paths(token: str) -> tuple[Path, Path]:
    folder = drafts_dir()
    return folder / f"{token}.working.yaml", folder / f"{token}.opened.yaml"


def _clean_old(folder: Path) -> None:
    cutoff = time.time() - KEEP_DAYS * 86_400
    for path in folder.glob("*.yaml"):
        with contextlib.suppress(OSError):  # another session removed it first
            if path.stat().st_mtime < cutoff:
                path.unlink()


def restore() -> None:
    """First run of a session: take the token from the address (or make one) and, when a
    draft exists under it, open the draft instead of the baseline."""
    if TOKEN in st.session_state:
        if st.query_params.get(PARAM) != st.session_state[TOKEN]:
            st.query_params[PARAM] = st.session_state[TOKEN]  # a page switch dropped it
        return
    token = st.query_params.get(PARAM, "")
    if not _TOKEN_FORM.match(token):
        token = secrets.token_urlsafe(16)
        st.query_params[PARAM] = token
    st.session_state[TOKEN] = token
    working, opened = _paths(token)
    try:
        scenario = load_scenario_text(working.read_text(encoding="utf-8"))
        base = load_scenario_text(opened.read_text(encoding="utf-8"))
    except (OSError, InputError):  # no draft yet, or one a newer ccx wrote
        _clean_old_quietly()
        return
    state.open_scenario(base)
    state.write_inputs(scenario)
    st.session_state[WRITTEN] = scenario
    st.session_state[RESTORED] = True


def _clean_old_quietly() -> None:
    with contextlib.suppress(OSError):  # no folder yet, or not ours to clean
        _clean_old(drafts_dir())


def keep(scenario: Scenario, problems: list[str]) -> None:
    """After a run: write the working scenario when it is valid and has changed."""
    token = st.session_state.get(TOKEN)
    if token is None or problems or st.session_state.get(WRITTEN) == scenario:
        return
    working, opened = _paths(token)
    try:
        drafts_dir().mkdir(parents=True, exist_ok=True)
        base = st.session_state[state.BASE]
        write_atomic(opened, results.scenario_yaml(base).encode("utf-8"))
        write_atomic(working, results.scenario_yaml(scenario).encode("utf-8"))
    except OSError:  # a full or read-only disk must not stop the app; the work stays on screen
        return
    st.session_state[WRITTEN] = scenario


def restored_notice() -> bool:
    """Whether to say, once, that the session's unsaved work was restored."""
    return bool(st.session_state.pop(RESTORED, False))
