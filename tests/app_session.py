"""A fresh AppTest session of the app, with a library scenario open on one page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from ccx_app import state

APP = Path(__file__).resolve().parent.parent / "app.py"
# The first run imports the charting stack; later runs take well under a second.
TIMEOUT_S = 30


def open_page(page: str, scenario: str = state.DEFAULT_SCENARIO, lang: str = "en") -> AppTest:
    """The app with ``scenario`` (a library file) open, on ``page``, in ``lang``."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
    if scenario != state.DEFAULT_SCENARIO:
        at.selectbox(key="scenario_file").set_value(scenario).run()
    at.switch_page(page).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    assert not at.exception, [e.value for e in at.exception]
    return at
