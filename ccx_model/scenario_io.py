"""Read and write scenario files (YAML or JSON), with every problem reported at once.

A scenario file comes from a person, a colleague's e-mail or a shared drive, so it is
read defensively: ``yaml.safe_load``'s rules (no Python tags) plus limits a real
scenario never comes near, checked on the parser's events before anything is built,
so a broken or hostile file is refused at once with a message naming the field or the
line, never a traceback or a hang:

- no anchors or aliases (``&a`` / ``*a``): a scenario never needs them, and they are
  how a "billion laughs" file grows a few hundred bytes into billions of values;
- no tags other than plain values, lists and mappings (``!!binary``, ``!!set``,
  ``!!python/...`` are refused by name);
- a key may appear only once in a mapping (YAML would silently keep the last);
- at most ``MAX_DEPTH`` levels, ``MAX_ITEMS`` items in one list or mapping and
  ``MAX_VALUES`` values in all, and no number written with more than
  ``MAX_NUMBER_CHARS`` characters;
- ``true``/``false`` (also ``yes``/``no``, ``on``/``off``) where a number belongs is
  refused: pydantic would read it as 1 or 0.

Text where a number belongs is read as the number (``"330000"`` is 330,000:
pydantic's lax mode; a spreadsheet export often quotes numbers); ``"80%"`` is not a
number and is refused naming the field. A date-like value (``name: 2025-06-01``) is
read as text, since no field takes a date. A UTF-8 byte-order mark and Windows line
ends are fine.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import ValidationError

from .migrations import migrate
from .problems import InputError, Problem, field_info, problems_from_validation
from .scenario import Scenario

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
MAX_PROBLEMS = 50  # listed one by one; the rest are counted
MAX_FIELD_CHARS = 100  # a field path in a message (an unknown key can be any length)

_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}


def _file_problem(key: str, **params: object) -> InputError:
    return InputError([Problem.rule("(file)", key, **params)])


def _short(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _ScenarioLoader(_SafeLoader):
    """``safe_load``'s loader, except that a date-like value stays text."""


def _timestamp_as_text(loader: _ScenarioLoader, node: yaml.Node) -> str:
    return str(node.value)


_ScenarioLoader.add_constructor(_YAML_TAG + "timestamp", _timestamp_as_text)


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
    parser = _SafeLoader(text)
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


def _read_yaml(text: str) -> Any:
    """The value a YAML (or JSON) text holds, read by the rules above."""
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


def _takes_bool(annotation: Any) -> bool:
    return annotation is bool or any(_takes_bool(arg) for arg in get_args(annotation))


def _booleans_for_numbers(data: dict[str, Any]) -> list[Problem]:
    """``true``/``false`` where the field takes a number: pydantic would read 1 or 0."""
    problems = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*loc, k), v) for k, v in value.items() if isinstance(k, str))
        elif isinstance(value, list | tuple):
            stack.extend(((*loc, i), v) for i, v in enumerate(value))
        elif isinstance(value, bool):
            info = field_info(Scenario, loc)
            if info is not None and not _takes_bool(info.annotation):
                field = ".".join(str(part) for part in loc)
                found = "true" if value else "false"
                problems.append(Problem.rule(field, "file.boolean_not_number", value, found=found))
    return sorted(problems, key=lambda p: p.field)


class _Abridged:
    """A value shown by its size: ``Problem`` prints a value whole before cutting it
    short, and Python refuses to print an integer of more than 4,300 digits."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _showable(value: Any) -> Any:
    """``value``, or a short stand-in where printing it would fail.

    >>> _showable(-(10**5000)), _showable(10**400) == 10**400
    (-~10^5000, True)
    """
    if isinstance(value, int) and value.bit_length() > 3_000:  # about 900 digits
        digits = int(value.bit_length() * math.log10(2))
        return _Abridged(f"{'-' if value < 0 else ''}~10^{digits}")
    return value


def _readable(problems: list[Problem]) -> list[Problem]:
    """At most ``MAX_PROBLEMS`` problems, each naming its field in a readable length
    and showing a value that can be printed."""
    shown = [
        replace(p, field=_short(p.field), value=_showable(p.value)) for p in problems[:MAX_PROBLEMS]
    ]
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        shown.append(Problem.rule("(file)", "file.more_problems", count=more))
    return shown


def scenario_from_dict(data: dict[str, Any]) -> Scenario:
    """Migrate a mapping from its file version, then validate it as a Scenario;
    raises InputError listing every problem."""
    data = migrate(data)
    problems = _booleans_for_numbers(data)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        problems += problems_from_validation(exc, Scenario)
    if problems:
        raise InputError(_readable(problems))
    return scenario


def load_scenario_text(text: str) -> Scenario:
    return scenario_from_dict(parse_text(text))


def load_scenario(path: str | Path) -> Scenario:
    """Open a scenario file (YAML or JSON)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise _file_problem("file.cannot_read", path=str(file), reason=exc.strerror) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _file_problem("file.too_large", kb=MAX_FILE_BYTES // 1000)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _file_problem("file.not_utf8") from None
    return load_scenario_text(text)


class _ScenarioDumper(yaml.SafeDumper):
    """``safe_dump``'s writer, except that a text with a YAML line break other than
    ``\\n`` is double-quoted: single-quoted, PyYAML writes NEL (U+0085) as a fold and
    reads it back as a space."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if any(c in text for c in "\x85\u2028\u2029") else None
    return dumper.represent_scalar(_YAML_TAG + "str", text, style=style)


_ScenarioDumper.add_representer(str, _represent_text)

# Characters JSON may leave as they are but YAML (which reads the JSON files too)
# does not accept raw, or reads as a line break: written as \uXXXX escapes instead.
_JSON_FOR_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def dump_scenario(scenario: Scenario, fmt: str = "yaml") -> str:
    """Scenario as YAML (reads top-down like the form) or JSON; either opens again as
    the very same scenario.

    >>> dump_scenario(Scenario(name="Noord\\x85Zuid"), "json").splitlines()[2]
    '  "name": "Noord\\\\u0085Zuid",'
    """
    data = scenario.model_dump(mode="json")
    if fmt == "json":
        text = json.dumps(data, indent=2, ensure_ascii=False)
        return _JSON_FOR_YAML.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return str(yaml.dump(data, Dumper=_ScenarioDumper, sort_keys=False, allow_unicode=True))


def _coerce(text: str) -> Any:
    """A command-line value: YAML scalar rules (numbers, true/false, null)."""
    try:
        return _read_yaml(text)
    except InputError:
        return text


def apply_overrides(scenario: Scenario, assignments: list[str]) -> Scenario:
    """Apply ``path.to.field=value`` overrides, validated like a file.

    >>> apply_overrides(Scenario(), ["service.shrinkage=0.3"]).service.shrinkage
    0.3
    """
    data = scenario.model_dump(mode="python")
    problems: list[Problem] = []
    for assignment in assignments:
        path, sep, value = assignment.partition("=")
        if not sep or not path.strip():
            problems.append(Problem.rule(assignment, "override.syntax"))
            continue
        target: Any = data
        parts = path.strip().split(".")
        for part in parts[:-1]:
            if not isinstance(target, dict) or part not in target:
                target = None
                break
            target = target[part]
        if not isinstance(target, dict) or parts[-1] not in target:
            problems.append(Problem(field=path.strip(), value=value, kind="extra_forbidden"))
            continue
        target[parts[-1]] = _coerce(value)
    if problems:
        raise InputError(problems)
    return scenario_from_dict(data)
