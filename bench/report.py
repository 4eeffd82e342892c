"""Print the rows as one readable table and save them as JSON."""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from .result import Row

COLUMNS = ("Benchmark", "Metric", "Value", "Target", "Status")


def format_value(value: float, unit: str) -> str:
    """Seconds below one as milliseconds, counts with thousands separators.

    >>> format_value(0.0381, "s"), format_value(35040, "count"), format_value(31.4, "x")
    ('38.1 ms', '35,040', '31.4×')
    """
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1.0 else f"{value:.2f} s"
    if unit == "count":
        return f"{round(value):,}"
    if unit == "x":
        return f"{value:,.1f}×"
    return f"{value:,.2f} {unit}"


def _cells(row: Row) -> tuple[str, ...]:
    target = "" if row.target_max is None else "≤ " + format_value(row.target_max, row.unit)
    if row.target_min is not None:
        target = (target + ", " if target else "") + "≥ " + format_value(row.target_min, row.unit)
    return (row.benchmark, row.metric, format_value(row.value, row.unit), target, row.status)


def format_table(rows: list[Row]) -> str:
    """A plain-text table; notes (how a value was measured, diagnoses) follow it."""
    cells = [COLUMNS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    right_aligned = {2, 3}

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(
            value.rjust(width) if i in right_aligned else value.ljust(width)
            for i, (value, width) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    lines = [line(COLUMNS), rule, *(line(c) for c in cells[1:])]
    notes = [f"- {row.benchmark} · {row.metric}: {row.note}" for row in rows if row.note]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def write_json(rows: list[Row], path: Path) -> Path:
    """Save the rows, each with its status, and the versions they were measured with."""
    document = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": {name: _version(name) for name in ("ccx", "numpy", "pyworkforce")},
        "rows": [{**asdict(row), "status": row.status} for row in rows],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
