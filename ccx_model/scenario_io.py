"""Read and write scenario files (YAML or JSON), with every problem reported at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .migrations import migrate
from .problems import InputError, Problem, problems_from_validation
from .scenario import Scenario

MAX_FILE_BYTES = 1_000_000


def _file_problem(key: str, **params: object) -> InputError:
    return InputError([Problem.rule("(file)", key, **params)])


def parse_text(text: str) -> dict[str, Any]:
    """YAML (a superset of JSON) to a mapping; ``yaml.safe_load`` only."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise _file_problem("file.too_large", kb=MAX_FILE_BYTES // 1000)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is None:
            raise _file_problem("file.invalid_yaml") from None
        raise _file_problem(
            "file.invalid_yaml_at", line=mark.line + 1, column=mark.column + 1
        ) from None
    if data is None:
        raise _file_problem("file.empty")
    if not isinstance(data, dict):
        raise _file_problem("file.not_mapping")
    return data


def scenario_from_dict(data: dict[str, Any]) -> Scenario:
    """Migrate a mapping from its file version, then validate it as a Scenario;
    raises InputError listing every problem."""
    data = migrate(data)
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, Scenario)) from None


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


def dump_scenario(scenario: Scenario, fmt: str = "yaml") -> str:
    """Scenario as YAML (reads top-down like the form) or JSON."""
    data = scenario.model_dump(mode="json")
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _coerce(text: str) -> Any:
    """A command-line value: YAML scalar rules (numbers, true/false, null)."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
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
