"""Read a scenario file's text into plain data, defensively (see ``scenario_io``).

The rules, checked on the parser's events before anything is built:
- no anchors or aliases (``&a`` / ``*a``): a scenario never needs them, and they are
  how a "billion laughs" file grows a few hundred bytes into billions of values;
- no tags other than plain values, lists and mappings (``!!binary``, ``!!set``,
  ``!!python/...`` are refused by name);
- a key may appear only once in a mapping (YAML would silently keep the last);
- at most ``MAX_DEPTH`` levels, ``MAX_ITEMS`` items in one list or mapping and
  ``MAX_VALUES`` values in all, and no number written with more than
  ``MAX_NUMBER_CHARS`` characters;
- numbers read by YAML 1.2's core schema; control characters and lone surrogates refused.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import yaml

from .problems import InputError, Problem

try:  # libyaml reads a file about five times faster; the rules are the same
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 1_000_000
# The largest real scenario, a week of 15-minute intervals with their handle times
# (1,344 values) and a few hundred contact reasons, holds under 10,000 values and
# nests 5 levels deep. These limits are far above that and keep the worst file that
# passes them quick to open (well under a second).
MAX_DEPTH = 50
MAX_ITEMS = 10_000  # in one list or mapping
MAX_VALUES = 50_000  # in the whole file
# No field takes a longer number, and Python refuses to print an integer of more than
# 4,300 digits (a message showing it would fail).
MAX_NUMBER_CHARS = 1_000
MAX_FIELD_CHARS = 100  # a field path in a message (an unknown key can be any length)

_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}


def _file_problem(key: str, **params: object) -> InputError:
    return InputError([Problem.rule("(file)", key, **params)])


def _short(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _ScenarioLoader(_SafeLoader):
    """``safe_load``'s loader with YAML 1.2's core schema for plain values.

    PyYAML follows YAML 1.1, which reads numbers in ways nobody writing a scenario
    means: ``010`` as 8 (octal), ``3:25`` as 205 (base 60), ``1_000`` as 1000, ``no``
    as false and ``<<`` as a merge of another mapping. YAML 1.2 (and JSON) read a plain
    value as a number only when it is written as a decimal number: ``010`` is 10,
    ``3:25``, ``1_000``, ``0x1F`` and ``no`` are text (a number field then says what
    to write). Only ``true``/``false`` are yes-or-no answers, only ``null``, ``~`` and
    nothing are empty. A date-like value stays text: no field takes a date.
    """

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML's class table


_CORE_SCHEMA = (  # YAML 1.2.2, 10.3.2 "Tag Resolution" (core schema)
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
)
for _name, _pattern, _first in _CORE_SCHEMA:
    _ScenarioLoader.add_implicit_resolver(_YAML_TAG + _name, re.compile(_pattern), _first)


class _CoreSchema(yaml.resolver.BaseResolver):
    """YAML 1.2's plain-value rules on their own (the writer asks them too)."""

    yaml_implicit_resolvers = _ScenarioLoader.yaml_implicit_resolvers


_CORE = _CoreSchema()


def _timestamp_as_text(loader: _ScenarioLoader, node: yaml.Node) -> str:
    return str(node.value)


def _decimal_int(loader: _ScenarioLoader, node: yaml.Node) -> int:
    return int(str(node.value))  # "010" is 10: decimal, as YAML 1.2 and JSON read it


def _core_float(loader: _ScenarioLoader, node: yaml.Node) -> float | str:
    text = str(node.value).lower()
    if text.endswith((".inf", ".nan")):  # refused later, by the field, as not finite
        return float(text.replace(".", ""))
    value = float(text)
    # Too large for a float (1e400): kept as written, so the message shows what was written.
    return value if math.isfinite(value) else str(node.value)


_ScenarioLoader.add_constructor(_YAML_TAG + "timestamp", _timestamp_as_text)
_ScenarioLoader.add_constructor(_YAML_TAG + "int", _decimal_int)
_ScenarioLoader.add_constructor(_YAML_TAG + "float", _core_float)


@dataclass
class _Collection:
    """A list or mapping being read: where it is and what it holds so far."""

    path: str
    is_mapping: bool
    items: int = 0
    expecting_key: bool = True
    key: str = "?"
    key_lines: dict[str, int] = dataclass_field(default_factory=dict)


def _join(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _refused(path: str, key: str, **params: object) -> InputError:
    return InputError([Problem.rule(_short(path) or "(file)", key, **params)])


def _check_shape(text: str) -> None:
    """Refuse, event by event and before anything is built, what no scenario needs.

    >>> _check_shape("a: &x [1, 2]\\nb: *x")
    Traceback (most recent call last):
    ...
    ccx_model.problems.InputError: a: line 1: anchors and aliases (&name, *name) are not allowed in a scenario file; write the values out.
    """
    parser = _ScenarioLoader(text)
    open_collections: list[_Collection] = []
    values = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                open_collections.pop()
                if open_collections:
                    _node_done(open_collections[-1])
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            line = event.start_mark.line + 1 if event.start_mark is not None else 0
            parent = open_collections[-1] if open_collections else None
            path = _place(parent, event, line)
            if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
                raise _refused(path, "file.anchor_alias", line=line)
            values += 1
            if values > MAX_VALUES:
                raise _refused("", "file.too_many_values", count=float(MAX_VALUES))
            tag = getattr(event, "tag", None)
            if tag not in (None, "!") and tag not in _PLAIN_TAGS:
                shown = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
                raise _refused(path, "file.tag_not_allowed", tag=_short(shown, 60), line=line)
            if isinstance(event, yaml.ScalarEvent):
                _check_number_length(parser, event, path)
                if parent is not None:
                    _node_done(parent)
            else:  # the start of a list or mapping
                if len(open_collections) >= MAX_DEPTH:
                    raise _refused(path, "file.too_deep", depth=MAX_DEPTH, line=line)
                is_mapping = isinstance(event, yaml.MappingStartEvent)
                open_collections.append(_Collection(path, is_mapping))
    finally:
        parser.dispose()


def _place(parent: _Collection | None, event: yaml.NodeEvent, line: int) -> str:
    """The dotted path of the value ``event`` starts; counts it in its list or mapping
    and refuses a key the mapping already has."""
    if parent is None:
        return ""
    if parent.is_mapping and not parent.expecting_key:
        return _join(parent.path, parent.key)
    parent.items += 1
    if parent.items > MAX_ITEMS:
        raise _refused(parent.path, "file.too_many_items", count=float(MAX_ITEMS), line=line)
    if not parent.is_mapping:
        return _join(parent.path, str(parent.items - 1))
    parent.key = event.value if isinstance(event, yaml.ScalarEvent) else "?"
    if isinstance(event, yaml.ScalarEvent) and event.value == "<<" and event.implicit[0]:
        raise _refused(parent.path, "file.merge_key", line=line)
    if isinstance(event, yaml.ScalarEvent):
        if parent.key in parent.key_lines:
            first_line = parent.key_lines[parent.key]
            path = _join(parent.path, parent.key)
            raise _refused(path, "file.duplicate_key", first_line=first_line, line=line)
        parent.key_lines[parent.key] = line
    return parent.path


def _node_done(parent: _Collection) -> None:
    if parent.is_mapping:  # a key is followed by its value, a value by the next key
        parent.expecting_key = not parent.expecting_key


def _check_number_length(parser: Any, event: yaml.ScalarEvent, path: str) -> None:
    if len(event.value) <= MAX_NUMBER_CHARS:
        return
    tag = event.tag
    if tag in (None, "!") and event.implicit[0]:
        tag = parser.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in (_YAML_TAG + "int", _YAML_TAG + "float"):
        raise _refused(path, "file.number_too_long", chars=float(len(event.value)))


# YAML reads these raw (unescaped) in a file: tab, line breaks and printable text.
_NOT_YAML_PRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
# A character outside the Basic Multilingual Plane escaped as a UTF-16 surrogate pair,
# as JSON writers do ("\ud83d\ude00" for an emoji); YAML wants one \U escape. The
# backslashes before it must be even in number (an escaped backslash is not an escape).
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
)


def _joined_surrogates(text: str) -> str:
    """JSON's surrogate-pair escapes as the single escapes YAML reads.

    >>> _joined_surrogates('{"name": "\\\\ud83d\\\\ude00"}')
    '{"name": "\\\\U0001f600"}'
    """
    if "\\u" not in text:
        return text

    def joined(found: re.Match[str]) -> str:
        high, low = int(found.group(2), 16), int(found.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{found.group(1)}\\U{code:08x}"

    return _SURROGATE_PAIR.sub(joined, text)


def _check_raw_characters(text: str) -> None:
    """Refuse a raw control character with its line and column (YAML would say only
    that the file is not valid)."""
    found = _NOT_YAML_PRINTABLE.search(text)
    if found is None:
        return
    if "\ud800" <= found.group() <= "\udfff":  # half a character: it came from no UTF-8 file
        raise _file_problem("file.not_utf8")
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    code = f"{ord(found.group()):04X}"
    raise _file_problem("file.control_character", line=line, column=column, code=code)


def _read_yaml(text: str) -> Any:
    """The value a YAML (or JSON) text holds, read by the rules above."""
    _check_raw_characters(text)
    text = _joined_surrogates(text)
    try:
        _check_shape(text)
        return yaml.load(text, Loader=_ScenarioLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is None:
            raise _file_problem("file.invalid_yaml") from None
        if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's own limit, 1,000
            raise _file_problem("file.too_deep", depth=MAX_DEPTH, line=mark.line + 1) from None
        raise _file_problem(
            "file.invalid_yaml_at", line=mark.line + 1, column=mark.column + 1
        ) from None
    except UnicodeEncodeError:  # a str with a lone surrogate: it came from no UTF-8 file
        raise _file_problem("file.not_utf8") from None


def parse_text(text: str) -> dict[str, Any]:
    """YAML (a superset of JSON) to a mapping; ``yaml.safe_load``'s rules and the limits above.

    >>> parse_text("name: Pilot\\nname: Pilot 2\\n")
    Traceback (most recent call last):
    ...
    ccx_model.problems.InputError: name: appears twice (lines 1 and 2); keep one.
    """
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise _file_problem("file.too_large", kb=MAX_FILE_BYTES // 1000)
    data = _read_yaml(text)
    if data is None:
        raise _file_problem("file.empty")
    if not isinstance(data, dict):
        raise _file_problem("file.not_mapping")
    return data
