"""A risk-adjusted business case, the way Forrester's Total Economic Impact (TEI)
method presents one: each benefit taken down by a haircut for the risk that it falls
short, each cost taken up for the risk that it overruns, and NPV, ROI and payback
shown again beside the plan's.

A haircut applies to a line of the case (``case.LineDifference``) in every month in
which that line adds to the result: the retention, cross-sell and outbound margins
by their own stream's haircut, every other line (lower running costs, fewer
customers lost) by the service haircut. Where a line counts against the result
(the cost of offers, a quality programme, an investment) it is raised by the cost
risk. With every figure at 0 the risk-adjusted case is the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from pydantic import Field

from .base import FrozenModel
from .finance import FloatArray, npv_eur, payback_month
from .ledger_lines import STREAM_OF

if TYPE_CHECKING:  # the scenario holds a RiskAdjustment; the case holds the scenario
    from .case import Case


class RiskAdjustment(FrozenModel):
    """Haircuts per benefit stream and a cost risk (Forrester TEI's risk adjustment)."""

    retention: float = Field(
        0.0,
        ge=0.0,
        le=0.9,
        description="Share by which the margin of saved customers may fall short "
        "(Forrester TEI's risk adjustment; 0.2 = 20% less).",
    )
    cross_sell: float = Field(
        0.0,
        ge=0.0,
        le=0.9,
        description="Share by which the cross-sell margin may fall short (0.1 = 10% less).",
    )
    outbound: float = Field(
        0.0,
        ge=0.0,
        le=0.9,
        description="Share by which the outbound margin may fall short (0.1 = 10% less).",
    )
    service: float = Field(
        0.0,
        ge=0.0,
        le=0.9,
        description="Share by which savings may fall short: lower running costs and "
        "fewer customers lost (0.1 = 10% less).",
    )
    costs: float = Field(
        0.0,
        ge=0.0,
        le=2.0,
        description="Share by which costs may overrun: offers, programmes, investments "
        "(0.1 = 10% more).",
    )

    @property
    def is_plan(self) -> bool:
        return not any((self.retention, self.cross_sell, self.outbound, self.service, self.costs))

    def haircut(self, line_key: str) -> float:
        stream = STREAM_OF.get(line_key)
        return float(getattr(self, stream)) if stream is not None else self.service


@dataclass(frozen=True)
class AdjustedCase:
    """The case's monthly net after the haircuts, with its NPV, ROI and payback."""

    net_eur: FloatArray
    benefits_eur: float
    costs_eur: float
    npv_eur: float
    payback_month: int | None

    @property
    def roi(self) -> float | None:
        return (
            None if self.costs_eur <= 0 else (self.benefits_eur - self.costs_eur) / self.costs_eur
        )


def risk_adjusted(case: Case, adjustment: RiskAdjustment) -> AdjustedCase:
    """``case`` with every benefit taken down and every cost taken up (see the module).

    ROI counts, as the plan's does, each line's total over the horizon as a benefit
    or a cost by its sign (``case.Case._split``).
    """
    net = np.zeros(case.months.size)
    benefits = costs = 0.0
    for difference in case.differences:
        if difference.line.kind == "internal":
            continue
        contribution = difference.contribution
        adjusted = np.where(
            contribution > 0,
            contribution * (1.0 - adjustment.haircut(difference.key)),
            contribution * (1.0 + adjustment.costs),
        )
        net += adjusted
        total = float(adjusted.sum())
        if total > 0:
            benefits += total
        else:
            costs -= total
    return AdjustedCase(
        net, benefits, costs, npv_eur(case.discount_rate_per_year, net), payback_month(net)
    )


def risk_adjusted_dict(case: Case, adjustment: RiskAdjustment) -> dict[str, object]:
    """JSON-ready (``ccx risk``): the haircuts and the risk-adjusted NPV, ROI and payback
    beside the plan's."""
    adjusted = risk_adjusted(case, adjustment)
    return {
        "haircuts": adjustment.model_dump(),
        "npv_eur": round(adjusted.npv_eur, 2),
        "roi": None if adjusted.roi is None else round(adjusted.roi, 6),
        "payback_month": adjusted.payback_month,
        "plan": {
            "npv_eur": round(case.npv_eur, 2),
            "roi": None if case.roi is None else round(case.roi, 6),
            "payback_month": case.payback_month,
        },
    }
