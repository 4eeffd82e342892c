"""Read and write scenario files (YAML or JSON), with every problem reported at once.

A scenario file comes from a person, a colleague's e-mail or a shared drive, so it is
read defensively: ``yaml.safe_load``'s rules (no Python tags) plus limits a real
scenario never comes near, checked on the parser's events before anything is built,
so a broken or hostile file is refused at once with a message naming the field or the
line, never a traceback or a hang (the reading rules and their limits are in
``yaml_reader``). ``true``/``false`` (also ``yes``/``no``, ``on``/``off``) where a number
belongs is refused: pydantic would read it as 1 or 0.

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
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import ValidationError

from .migrations import migrate
from .problems import InputError, Problem, field_info, problems_from_validation
from .scenario import Scenario
from .yaml_reader import (
    _CORE,
    _YAML_TAG,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_VALUES,
    _file_problem,
    _read_yaml,
    _short,
    parse_text,
)

# The limits stay importable from here, beside the functions that apply them.
__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_PROBLEMS",
    "MAX_VALUES",
    "apply_overrides",
    "dump_scenario",
    "load_scenario",
    "load_scenario_text",
    "parse_text",
    "scenario_from_dict",
]

MAX_PROBLEMS = 50  # listed one by one; the rest are counted


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
