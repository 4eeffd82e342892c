"""Browser tests: the app in a Streamlit server of its own, driven by Chromium.

The server is started once per test session (``sys.executable -m streamlit run app.py``
on a free port, from the project root) and stopped by its own pid when the session
ends. Every test gets a fresh Playwright page, so a fresh Streamlit session.

Playwright cannot download its own browser here, so Debian's Chromium is used
(``/usr/bin/chromium``, or the path in ``CCX_CHROMIUM``); when neither exists the
browser Playwright installed is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from ccx_app import server

ROOT = Path(__file__).resolve().parents[2]  # the project: app.py lives here
SERVER_START_TIMEOUT_S = 60.0

CHROMIUM = os.environ.get("CCX_CHROMIUM", server.CHROMIUM)

# A rerun of the app takes well under a second; the first render of a page also
# imports the charting stack, so the waits are generous.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a freshly started app (no trailing slash)."""
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    try:
        with server.running_app(log_path, timeout_seconds=SERVER_START_TIMEOUT_S) as url:
            yield url
    except (RuntimeError, TimeoutError) as exc:
        pytest.fail(f"the app did not start: {exc}")


@pytest.fixture(scope="session")
def base_url(app_url: str) -> str:
    """pytest-playwright's base URL is the app we started: ``page.goto("/staffing")`` works."""
    return app_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch options (``--headed``, ``--slowmo``, ...) plus our Chromium."""
    options = {**browser_type_launch_args, "args": server.CHROMIUM_ARGS}
    if Path(CHROMIUM).exists():
        options["executable_path"] = CHROMIUM
    return options


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A desktop-sized window, so the sidebar is open and the KPI tiles sit side by side."""
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}
