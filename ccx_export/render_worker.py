"""The chart renderer's own process: vl-convert, behind a pipe.

vl-convert is native code. Some inputs make it panic, and a panic there aborts the
whole process (an escape character in a chart title once stopped the app for every
user). So it never runs inside the app or the command line: this module is started
as a child process (``python -m ccx_export.render_worker``) and answers requests on
its standard input and output, one at a time. If it dies, only the chart asked for
fails; :mod:`ccx_export.renderer` says so and starts a new one for the next chart.

Protocol, both ways length-prefixed (4 bytes, big-endian):
- request: JSON ``{"op": ..., "spec": {...}, "scale": 2.0}``;
- answer: one status byte (``o`` ok, ``e`` error) and the payload: PNG bytes, SVG
  text, or JSON (Vega spec, scene graph); for an error, the message.
"""

from __future__ import annotations

import json
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct(">I")
OK, ERROR = b"o", b"e"


def read_message(stream: BinaryIO) -> bytes | None:
    """One length-prefixed message, or None at the end of the stream."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    body = stream.read(size)
    return body if len(body) == size else None


def write_message(stream: BinaryIO, status: bytes, body: bytes) -> None:
    stream.write(status + HEADER.pack(len(body)) + body)
    stream.flush()


def _answer(request: dict[str, Any]) -> bytes:
    import vl_convert as vlc

    op, spec = request["op"], request["spec"]
    if op == "vegalite_to_vega":
        return json.dumps(vlc.vegalite_to_vega(spec)).encode()
    if op == "vega_to_scenegraph":
        return json.dumps(vlc.vega_to_scenegraph(spec)).encode()
    if op == "vega_to_png":
        return bytes(vlc.vega_to_png(spec, scale=float(request.get("scale", 1.0))))
    if op == "vega_to_svg":
        return str(vlc.vega_to_svg(spec)).encode()
    raise ValueError(f"unknown operation {op!r}")


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """Answer requests until the parent closes the pipe."""
    while (message := read_message(requests)) is not None:
        try:
            body, status = _answer(json.loads(message)), OK
        except Exception as exc:  # a refused spec: say why, keep serving
            body, status = f"{type(exc).__name__}: {exc}".encode(), ERROR
        write_message(answers, status, body)


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
