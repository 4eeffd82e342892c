"""What the command line prints: JSON, plain text, and error messages.

JSON is written by orjson (numpy numbers included), compact on one line unless
indented output is asked for; NaN and infinity are written as ``null``, so the
output is always standard JSON. Without orjson the standard library writes the
same values, more slowly.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from typing import Any, NoReturn


def fail(messages: Sequence[str]) -> NoReturn:
    """Print each message as ``ccx: error: …`` on stderr and exit with code 2."""
    for message in messages:
        print(f"ccx: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def json_bytes(data: Any, *, pretty: bool = False) -> bytes:
    """``data`` as UTF-8 JSON ending in a newline: compact, or indented by 2 spaces.

    >>> json_bytes({"a": [1, 2.5, float("nan")], "b": None})
    b'{"a":[1,2.5,null],"b":null}\\n'
    """
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is a dependency; this is a safety net
        return _stdlib_json(data, pretty)
    option = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_APPEND_NEWLINE
    if pretty:
        option |= orjson.OPT_INDENT_2
    try:
        return orjson.dumps(data, option=option)
    except TypeError:  # a value orjson does not know (an integer beyond 64 bits, a key)
        return _stdlib_json(data, pretty)


def _stdlib_json(data: Any, pretty: bool) -> bytes:
    text = json.dumps(
        _finite(data),
        indent=2 if pretty else None,
        separators=None if pretty else (",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_plain,
    )
    return (text + "\n").encode("utf-8")


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinity replaced by None, as orjson writes them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _plain(value: Any) -> Any:
    """A numpy scalar or array as the Python number or list it holds."""
    tolist = getattr(value, "tolist", None)
    if tolist is None:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return _finite(tolist())


def write_json(data: Any, *, pretty: bool = False) -> None:
    """Write ``data`` as JSON to stdout (bytes, past the text layer, when it has one)."""
    payload = json_bytes(data, pretty=pretty)
    stream = sys.stdout
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (some test harnesses)
        stream.write(payload.decode("utf-8"))
        stream.flush()
        return
    buffer.write(payload)
    buffer.flush()


def print_human(data: dict[str, Any], indent: str = "") -> None:
    """One ``key: value`` line per figure; a table of rows is summarised by its length."""
    for key, value in data.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            print_human(value, indent + "  ")
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            print(f"{indent}{key}:")
            for item in value:
                print(f"{indent}  {item}")
        elif isinstance(value, list):
            print(f"{indent}{key}: {len(value)} rows (use --json for all)")
        else:
            print(f"{indent}{key}: {value}")
