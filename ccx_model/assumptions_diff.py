"""What differs between two scenarios' assumptions, field by field."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

from .scenario import Scenario


class AssumptionChange(NamedTuple):
    """One input that differs: its dotted path, the baseline's value, the scenario's.

    Values are JSON-ready (``model_dump(mode="json")``); an item of a list (an
    investment, a contact reason) is compared whole, under an index path such as
    ``business_case.investments[0]``; ``None`` stands for an item one side lacks.
    """

    path: str
    baseline: Any
    scenario: Any


# Names a scenario, but assumes nothing.
LABEL_FIELDS = ("name", "description")


def assumptions_diff(
    baseline: Scenario, scenario: Scenario, ignore: Collection[str] = LABEL_FIELDS
) -> list[AssumptionChange]:
    """The inputs of ``scenario`` that differ from ``baseline``'s, in the form's order.

    Nested models are flattened to dotted paths; a list of models is compared item by
    item, each item whole; a list of numbers (day shares, hourly weights) is one value.
    Paths in ``ignore`` (default: the name and the description) are left out.

    >>> today = Scenario()
    >>> assumptions_diff(today, today.model_copy(update={"demand": today.demand.model_copy(
    ...     update={"aht_seconds": 180.0})}))
    [AssumptionChange(path='demand.aht_seconds', baseline=205.0, scenario=180.0)]
    """
    changes: list[AssumptionChange] = []
    _diff(baseline.model_dump(mode="json"), scenario.model_dump(mode="json"), "", changes)
    return [c for c in changes if c.path not in ignore]


def _diff(before: Any, after: Any, path: str, changes: list[AssumptionChange]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            _diff(before.get(key), after.get(key), f"{path}.{key}" if path else key, changes)
    elif (
        isinstance(before, list)
        and isinstance(after, list)
        and any(isinstance(item, dict) for item in [*before, *after])
    ):
        for i in range(max(len(before), len(after))):
            old = before[i] if i < len(before) else None
            new = after[i] if i < len(after) else None
            if old != new:
                changes.append(AssumptionChange(f"{path}[{i}]", old, new))
    elif before != after:
        changes.append(AssumptionChange(path, before, after))
