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
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]  # the project: app.py lives here
SERVER_START_TIMEOUT_S = 60.0
SERVER_STOP_TIMEOUT_S = 10.0

CHROMIUM = os.environ.get("CCX_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# A rerun of the app takes well under a second; the first render of a page also
# imports the charting stack, so the waits are generous.
expect.set_options(timeout=20_000)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
            return response.status == 200 and response.read().decode().strip() == "ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server by its own pid: terminate, wait, kill if it will not go."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=SERVER_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=SERVER_STOP_TIMEOUT_S)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a freshly started app (no trailing slash)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not _healthy(url):
            if process.poll() is not None:
                pytest.fail(
                    f"streamlit exited with {process.returncode} before it was healthy:\n"
                    + log_path.read_text(errors="replace")
                )
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit was not healthy within {SERVER_START_TIMEOUT_S:.0f} s:\n"
                    + log_path.read_text(errors="replace")
                )
            time.sleep(0.2)
        yield url
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch options (``--headed``, ``--slowmo``, ...) plus our Chromium."""
    options = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    if Path(CHROMIUM).exists():
        options["executable_path"] = CHROMIUM
    return options


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A desktop-sized window, so the sidebar is open and the KPI tiles sit side by side."""
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}
