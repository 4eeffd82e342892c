"""One line of benchmark output: a measured value, its unit and its target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Status = Literal["PASS", "FAIL", "info"]


@dataclass(frozen=True)
class Row:
    """A measured value; with ``target_max`` it passes when ``value ≤ target_max``, with
    ``target_min`` (a speed ratio, say) when ``value ≥ target_min``.

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
    target_min: float | None = None

    @property
    def status(self) -> Status:
        if self.target_max is None and self.target_min is None:
            return "info"
        below = self.target_max is None or self.value <= self.target_max
        above = self.target_min is None or self.value >= self.target_min
        return "PASS" if below and above else "FAIL"

    @property
    def fails_run(self) -> bool:
        return self.fatal and self.status == "FAIL"


Benchmark = Callable[[], list[Row]]
