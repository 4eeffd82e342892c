"""Scenario files from earlier versions: a chain of pure ``dict -> dict`` migrations.

A file saved for last year's board meeting must still open. Each released schema
version N has a migration to N + 1 here; ``migrate`` applies them in order until the
file is at the current version. A file from a *newer* version than this program
knows is refused with a clear message (opening it could silently drop what it says).

Released versions:
- 1: the cost centre (demand, service, pattern, workforce, attrition).
- 2: adds the value and profit centre (customers, quality, retention, cross_sell,
  outbound, charge_back, business_case), failure demand, channels and outsourcing.
  Every new section defaults to "off" or "as today", so a version-1 centre evaluates
  to exactly the same numbers.
- 3: the business case as a monthly ledger: ``business_case.horizon_years`` becomes
  ``horizon_months`` (a pilot can run 6 months); levers get a start month (a build
  phase) and sales a contract length; wage and price indexation; an attrition
  programme; outsourcing's stranded overhead and redundancy cost. A version-2 file
  keeps its horizon (years × 12) and every new field starts at its default.
- 4: a pilot is a section of its own (``pilot``: group, duration, control, success
  criteria as numbers, the decision rule, weekly actuals). The free-text
  ``business_case.success_criteria`` of version 3 could decide nothing: they move into
  the new pilot section's note (its numeric criteria are left for the director to set,
  so the pilot decides nothing until they are); an empty list is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .pilot import legacy_criteria_note
from .problems import InputError, Problem

CURRENT_VERSION = 4

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only added sections, each with defaults that change nothing."""
    return data | {"schema_version": 2}


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """The horizon in months; everything new takes its default."""
    migrated = data | {"schema_version": 3}
    case = data.get("business_case")
    if isinstance(case, dict) and "horizon_years" in case:
        case = dict(case)
        years = case.pop("horizon_years")
        # Version 2 read a quoted plain number ("5", as spreadsheets export it) as
        # the number; a broken value is left for the field to refuse, under its new name.
        if isinstance(years, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*", years):
            years = int(years) if years.strip().isdigit() else float(years)
        valid = isinstance(years, int | float) and not isinstance(years, bool)
        case["horizon_months"] = years * 12 if valid else years
        migrated["business_case"] = case
    return migrated


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Free-text success criteria become the pilot section's note."""
    migrated = data | {"schema_version": 4}
    case = data.get("business_case")
    if isinstance(case, dict) and "success_criteria" in case:
        case = dict(case)
        criteria = case.pop("success_criteria")
        migrated["business_case"] = case
        if isinstance(criteria, str):
            criteria = [criteria]
        if isinstance(criteria, list | tuple) and "pilot" not in data:
            texts = [str(text).strip() for text in criteria if str(text).strip()]
            if texts:
                migrated["pilot"] = {"note": legacy_criteria_note(tuple(texts))[:2_000]}
        elif criteria:  # neither a list nor a text: refused under its old name
            case["success_criteria"] = criteria
    return migrated


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a parsed scenario file to ``CURRENT_VERSION``.

    A file without ``schema_version`` is taken as version 1 (the first release wrote
    it, but a hand-written file may not).

    >>> migrate({"schema_version": 1, "name": "Old"})
    {'schema_version': 4, 'name': 'Old'}
    >>> migrate({"schema_version": 2, "business_case": {"horizon_years": 5}})
    {'schema_version': 4, 'business_case': {'horizon_months': 60}}
    >>> migrate({"schema_version": 2, "business_case": {"horizon_years": "5"}})
    {'schema_version': 4, 'business_case': {'horizon_months': 60}}
    >>> migrate({"schema_version": 3, "business_case": {"success_criteria": ["NPS stable"]}})
    {'schema_version': 4, 'business_case': {}, 'pilot': {'note': 'Success criteria written before they were numbers: NPS stable'}}
    """
    version = data.get("schema_version", 1)
    if isinstance(version, float) and version.is_integer() and 1 <= version <= CURRENT_VERSION:
        raise InputError(
            [
                Problem.rule(
                    "schema_version",
                    "file.version_not_whole",
                    version=repr(version),  # as written: 2.0, not "2"
                    whole=int(version),
                    current=CURRENT_VERSION,
                )
            ]
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(
            [
                Problem.rule(
                    "schema_version", "file.bad_version", version=version, current=CURRENT_VERSION
                )
            ]
        )
    if version > CURRENT_VERSION:
        raise InputError(
            [
                Problem.rule(
                    "schema_version",
                    "file.future_version",
                    version=version,
                    current=CURRENT_VERSION,
                )
            ]
        )
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data
