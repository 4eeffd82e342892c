"""The segment table: how many customers, what they spend, may we call them, do they buy.

Per segment ``s`` of ``N`` scored customers:

- ``share = n_s / N`` (shares add up to 1), ``average_spend_eur`` = mean monetary;
- ``consent_share`` = share of the segment with consent (None without a consent column);
- with a past-response column, over the customers who were offered before
  (``offered``): ``response_rate = k_s / n_s`` with its Wilson interval, and the
  **lift** against the average response rate of all offered customers,
  ``lift = p_s / p̄``. Its interval comes from the risk ratio of the segment against
  the rest, ``RR = p_s / p_rest`` (Katz log interval, ``ccx_model.proportions``),
  through ``lift = RR / (w·RR + 1 − w)`` with ``w = n_s / n_offered``, which is
  increasing in ``RR`` (``p̄ = w·p_s + (1 − w)·p_rest``). A segment that is all the
  offered customers has lift 1 exactly; no responders at all: no lift.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from .proportions import Interval, risk_ratio, wilson
from .targeting import segment_name


@dataclass(frozen=True)
class SegmentRow:
    """One segment's aggregates (no customer-level data)."""

    segment: str
    customers: int
    share: float
    average_spend_eur: float | None
    consent_share: float | None = None
    offered: int = 0
    responders: int = 0
    response_rate: Interval | None = None
    lift: Interval | None = None

    def name(self, lang: str = "en") -> str:
        return segment_name(self.segment, lang)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        rate, lift = self.response_rate, self.lift
        return {
            "segment": self.segment,
            "name": self.name(lang),
            "customers": self.customers,
            "share": self.share,
            "average_spend_eur": self.average_spend_eur,
            "consent_share": self.consent_share,
            "offered": self.offered,
            "responders": self.responders,
            "response_rate": None if rate is None else rate.estimate,
            "response_ci_low": None if rate is None else rate.low,
            "response_ci_high": None if rate is None else rate.high,
            "lift": None if lift is None else lift.estimate,
            "lift_ci_low": None if lift is None else lift.low,
            "lift_ci_high": None if lift is None else lift.high,
        }


def lift_vs_average(
    responders: int, offered: int, all_responders: int, all_offered: int, confidence: float = 0.95
) -> Interval | None:
    """A segment's response rate over the average of all offered customers, with its interval.

    >>> lift = lift_vs_average(30, 100, 50, 300)
    >>> round(lift.estimate, 3), round(lift.low, 3), round(lift.high, 3)
    (1.8, 1.42, 2.144)
    """
    if offered == 0 or all_responders == 0:
        return None
    rest_offered, rest_responders = all_offered - offered, all_responders - responders
    estimate = (responders / offered) / (all_responders / all_offered)
    if rest_offered == 0:
        return Interval(1.0, 1.0, 1.0)
    ratio = risk_ratio(responders, offered, rest_responders, rest_offered, confidence)
    if ratio is None:  # pragma: no cover - all_responders > 0 rules it out
        return None
    w = offered / all_offered

    def to_lift(rr: float) -> float:
        return 1.0 / w if math.isinf(rr) else rr / (w * rr + 1.0 - w)

    low, high = to_lift(ratio.low), to_lift(ratio.high)
    return Interval(estimate, min(low, estimate), max(high, estimate))


def segment_rows(
    scored: pd.DataFrame,
    group: npt.NDArray[np.int64],
    names: Sequence[str],
    confidence: float = 0.95,
) -> tuple[SegmentRow, ...]:
    """One row per name (``group`` holds each customer's position in ``names``)."""
    k = len(names)
    total = len(scored)
    customers = np.bincount(group, minlength=k)
    spend = np.bincount(group, weights=scored["monetary_eur"].to_numpy(), minlength=k)
    consent = (
        np.bincount(group, weights=scored["consent"].to_numpy(dtype=np.float64), minlength=k)
        if "consent" in scored
        else None
    )
    offered = responders = np.zeros(k, dtype=np.int64)
    if "response" in scored:
        answers = scored["response"].to_numpy()
        offered = np.bincount(group, weights=answers >= 0, minlength=k).astype(np.int64)
        responders = np.bincount(group, weights=answers == 1, minlength=k).astype(np.int64)
    all_offered, all_responders = int(offered.sum()), int(responders.sum())
    rows = []
    for i, name in enumerate(names):
        n = int(customers[i])
        rows.append(
            SegmentRow(
                segment=name,
                customers=n,
                share=n / total if total else 0.0,
                average_spend_eur=float(spend[i] / n) if n else None,
                consent_share=None if consent is None or n == 0 else float(consent[i] / n),
                offered=int(offered[i]),
                responders=int(responders[i]),
                response_rate=(
                    wilson(int(responders[i]), int(offered[i]), confidence) if offered[i] else None
                ),
                lift=lift_vs_average(
                    int(responders[i]), int(offered[i]), all_responders, all_offered, confidence
                ),
            )
        )
    return tuple(rows)


def segment_table(
    scored: pd.DataFrame, by: str = "segment", confidence: float = 0.95
) -> tuple[SegmentRow, ...]:
    """The table grouped by the RFM ``segment`` or by the file's own ``file_segment``."""
    if by == "segment":
        codes = scored["segment"].cat.codes.to_numpy().astype(np.int64)
        names: list[str] = [str(c) for c in scored["segment"].cat.categories]
    else:
        raw_codes, uniques = pd.factorize(scored[by], sort=True)
        codes, names = raw_codes.astype(np.int64), [str(u) for u in uniques]
    return segment_rows(scored, codes, names, confidence)
