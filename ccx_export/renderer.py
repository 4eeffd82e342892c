"""vl-convert, called where a crash cannot take the server down.

Every call goes to one long-lived child process (:mod:`ccx_export.render_worker`),
one call at a time under a lock (the converter is not thread-safe under load). The
child is started on the first chart and reused; if it dies — a native panic aborts
it — or takes longer than ``TIMEOUT_SECONDS``, the call raises :class:`RenderError`
with a plain message and the next call starts a new child. The server, and every
other user's session, carry on.

Every string sent is made printable first (``ccx_model.text.printable``): text that
XML refuses never reaches the renderer, whatever let it into a chart.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ccx_model.text import printable

from .render_worker import ERROR, HEADER, OK

TIMEOUT_SECONDS = 120.0
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class RenderError(RuntimeError):
    """A chart could not be drawn; the message says why in plain words."""


def clean(node: Any) -> Any:
    """Every string in a spec (keys included) made printable.

    >>> clean({"title": "a\\x1bb", "data": [{"x\\x01": 1}]})
    {'title': 'a\\ufffdb', 'data': [{'x\\ufffd': 1}]}
    """
    if isinstance(node, str):
        return printable(node)
    if isinstance(node, dict):
        return {printable(k) if isinstance(k, str) else k: clean(v) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [clean(item) for item in node]
    return node


class _Renderer:
    """The child process and the lock around it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self.crashes = 0  # children that died or were stopped on a chart

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(_PROJECT_ROOT), *filter(None, [env.get("PYTHONPATH")])]
        )
        env["RUST_BACKTRACE"] = "0"
        return subprocess.Popen(
            [sys.executable, "-m", "ccx_export.render_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=_PROJECT_ROOT,
        )

    def _process_alive(self) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            self._process = self._start()
        return self._process

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def call(
        self, op: str, spec: dict[str, Any], scale: float = 1.0, clean_text: bool = True
    ) -> bytes:
        """The child's answer to one request. ``clean_text=False`` sends the spec as it
        is: only the tests do that, to make the child crash on purpose."""
        request = json.dumps(
            {"op": op, "spec": clean(spec) if clean_text else spec, "scale": scale}
        ).encode()
        with self._lock:
            process = self._process_alive()
            assert process.stdin is not None and process.stdout is not None
            try:
                process.stdin.write(HEADER.pack(len(request)) + request)
                process.stdin.flush()
                deadline = time.monotonic() + TIMEOUT_SECONDS
                status = _read_exactly(process.stdout, 1, deadline)
                (size,) = HEADER.unpack(_read_exactly(process.stdout, HEADER.size, deadline))
                body = _read_exactly(process.stdout, size, deadline)
            except (OSError, EOFError, TimeoutError) as exc:
                self.crashes += 1
                self.stop()
                raise RenderError(
                    "the chart renderer stopped on this chart; the chart is left out"
                ) from exc
        if status == ERROR:
            raise RenderError(f"the chart renderer refused this chart: {body.decode()[:300]}")
        if status != OK:
            self.crashes += 1
            self.stop()
            raise RenderError("the chart renderer answered nonsense; it was restarted")
        return body


def _read_exactly(stream: Any, size: int, deadline: float) -> bytes:
    """``size`` bytes from the child's output, or EOFError / TimeoutError."""
    chunks: list[bytes] = []
    remaining = size
    fd = stream.fileno()
    while remaining:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the chart renderer took too long")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, remaining)
        if not chunk:
            raise EOFError("the chart renderer stopped")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


_RENDERER = _Renderer()
atexit.register(_RENDERER.stop)


def vegalite_to_vega(spec: dict[str, Any]) -> dict[str, Any]:
    return dict(json.loads(_RENDERER.call("vegalite_to_vega", spec)))


def vega_to_scenegraph(vega: dict[str, Any]) -> dict[str, Any]:
    return dict(json.loads(_RENDERER.call("vega_to_scenegraph", vega)))


def vega_to_png(vega: dict[str, Any], scale: float) -> bytes:
    return _RENDERER.call("vega_to_png", vega, scale)


def vega_to_svg(vega: dict[str, Any]) -> str:
    return _RENDERER.call("vega_to_svg", vega).decode()


def renderer() -> _Renderer:
    """The process-wide renderer (``crashes`` counts the children that died on a chart)."""
    return _RENDERER
