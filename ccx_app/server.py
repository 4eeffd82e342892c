"""Run the app in a child process on a free port (for browser tests and benchmarks).

The server is started as ``sys.executable -m streamlit run app.py`` and stopped by
its own pid, so nothing outlives the caller.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Debian's Chromium, offline: Playwright cannot download its own browser here.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return bool(response.read().strip() == b"ok")
    except OSError:
        return False


@contextmanager
def running_app(log_path: Path | None = None, timeout_seconds: float = 90.0) -> Iterator[str]:
    """Start the app, wait until it answers its health check, yield its base URL.

    The server's output goes to ``log_path`` (a temporary file by default), never to
    a pipe nobody reads, which would stall the server once it filled.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_file = (
        Path(log_path) if log_path else Path(tempfile.mkdtemp(prefix="ccx-app-")) / "server.log"
    )
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + timeout_seconds
        while not _healthy(url):
            if process.poll() is not None:
                stderr = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the app exited early: {stderr[-2000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"the app did not answer on {url} within {timeout_seconds:.0f} s"
                )
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
