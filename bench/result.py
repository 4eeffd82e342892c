"""One line of benchmark output: a measured value, its unit and its target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Status = Literal["PASS", "FAIL", "info"]


@dataclass(frozen=True)
class Row:
    """A measured value; with ``target_max`` it passes when ``value ≤ target_max``.

    ``fatal`` marks a correctness check: when it fails, the whole run fails (exit 1).
    A missed speed target is only reported.
    """

    benchmark: str
    metric: str
    value: float
    unit: str
    target_max: float | None = None
    fatal: bool = False
    note: str = ""

    @property
    def status(self) -> Status:
        if self.target_max is None:
            return "info"
        return "PASS" if self.value <= self.target_max else "FAIL"

    @property
    def fails_run(self) -> bool:
        return self.fatal and self.status == "FAIL"


Benchmark = Callable[[], list[Row]]
