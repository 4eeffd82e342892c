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


def _takes(annotation: Any, kinds: tuple[type, ...]) -> bool:
    return annotation in kinds or any(_takes(arg, kinds) for arg in get_args(annotation))


# Numbers as YAML 1.1 (and Python) write them but a scenario file does not: with
# underscores, in base 60 ("3:25"), hexadecimal, octal or binary.
_UNDERSCORED = re.compile(r"^[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$")
_BASE_60 = re.compile(r"^[-+]?[0-9]+(:[0-5]?[0-9])+(\.[0-9]*)?$")
_PREFIXED = re.compile(r"^[-+]?0[xXoObB][0-9a-fA-F_]+$")
_LONG_DECIMAL_FORM = re.compile(r"[-+]?[0-9][0-9_:.]*")


_YES_NO = {"yes", "no", "on", "off", "y", "n", "true", "false"}
_LONGEST_SUGGESTION = 30  # a longer number form gets no computed suggestion


def _as_written_number(text: str) -> str | None:
    """The decimal number a YAML 1.1 number form means, "" if it is one but too long
    to work out, or None if it is not one.

    >>> _as_written_number("1_000"), _as_written_number("3:25"), _as_written_number("0x1F")
    ('1000', '205', '31')
    >>> _as_written_number("1:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0"), _as_written_number("lots")
    ('', None)
    """
    text = text.strip()
    if len(text) > _LONGEST_SUGGESTION:  # linear-time checks of the characters only
        looks_like = _LONG_DECIMAL_FORM.fullmatch(text) or _PREFIXED.fullmatch(text)
        return "" if looks_like and ("_" in text or ":" in text or "0x" in text.lower()) else None
    if "_" in text and _UNDERSCORED.match(text):
        return text.replace("_", "")
    if _BASE_60.match(text):
        sign = -1 if text.startswith("-") else 1
        total = 0.0
        for part in text.lstrip("+-").split(":"):
            total = total * 60 + float(part)
        return format(sign * total, "g")
    if _PREFIXED.match(text):
        return str(int(text.replace("_", ""), 0))
    return None


def _values_read_as_text(data: dict[str, Any]) -> list[Problem]:
    """Values YAML 1.1 would have read as numbers, where a field takes a number:
    ``true``/``false`` (pydantic would read 1 or 0) and ``1_000``, ``3:25``, ``0x1F``
    (now text: the message says which number to write)."""
    problems = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*loc, k), v) for k, v in value.items() if isinstance(k, str))
        elif isinstance(value, list | tuple):
            stack.extend(((*loc, i), v) for i, v in enumerate(value))
        elif isinstance(value, bool | str):
            info = field_info(Scenario, loc)
            if info is None or not _takes(info.annotation, (float, int)):
                continue
            field = ".".join(str(part) for part in loc)
            if isinstance(value, bool) and not _takes(info.annotation, (bool,)):
                found = "true" if value else "false"
                problems.append(Problem.rule(field, "file.boolean_not_number", value, found=found))
            elif isinstance(value, str) and not _takes(info.annotation, (str,)):
                if value.strip().lower() in _YES_NO and not _takes(info.annotation, (bool,)):
                    found = value.strip()
                    problems.append(
                        Problem.rule(field, "file.boolean_not_number", value, found=found)
                    )
                    continue
                number = _as_written_number(value)
                if number:
                    problems.append(
                        Problem.rule(field, "file.number_form", value, found=value, number=number)
                    )
                elif number == "":
                    shown = _short(value, 40)
                    problems.append(
                        Problem.rule(field, "file.number_form_long", value, found=shown)
                    )
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
    problems = _values_read_as_text(data)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        # A value explained above is not explained again.
        explained = {p.field for p in problems}
        problems += [p for p in problems_from_validation(exc, Scenario) if p.field not in explained]
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
    """``safe_dump``'s writer, except that:

    - a text is quoted when YAML 1.1 *or* 1.2 would read it as something else
      (``yes`` and ``1:30`` for other programs' 1.1 readers; ``1e-05`` for ours);
    - a text with a YAML line break other than ``\\n`` is double-quoted: single-quoted,
      PyYAML writes NEL (U+0085) as a fold and reads it back as a space.
    """

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        tag = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        if kind is yaml.ScalarNode and implicit[0] and tag == _YAML_TAG + "str":
            return str(_CORE.resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        return tag


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

    >>> dump_scenario(Scenario(description="Noord\\u2028Zuid"), "json").splitlines()[3]
    '  "description": "Noord\\\\u2028Zuid",'
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
