"""Business-case arithmetic on monthly cash flows: NPV, IRR, ROI, payback.

Convention (stated in the app too): cash flows are monthly, month 0 is today and is
not discounted; month m is discounted by ``(1 + r_year)^(m/12)``, i.e. at the
monthly rate equivalent to the annual discount rate. IRR is returned as an annual
rate, ``(1 + irr_month)^12 − 1``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def monthly_rate(annual_rate: float) -> float:
    """The monthly rate equivalent to an annual rate: ``(1 + r)^(1/12) − 1``.

    >>> round(monthly_rate(0.12682503013196977), 10)
    0.01
    """
    return float((1.0 + annual_rate) ** (1.0 / 12.0) - 1.0)


def npv_eur(annual_discount_rate: float, monthly_cash_flows_eur: npt.ArrayLike) -> float:
    """Net present value of monthly cash flows; month 0 undiscounted.

    ``NPV = Σ_m CF_m / (1 + r_month)^m`` — numpy-financial's ``npv(r_month, cf)``.

    >>> round(npv_eur(0.0, [-100, 60, 60]), 2)
    20.0
    >>> abs(npv_eur(1.01**12 - 1, [-1000, 0, 0, 1030.301])) < 1e-9
    True
    """
    flows = np.asarray(monthly_cash_flows_eur, dtype=np.float64)
    rate = monthly_rate(annual_discount_rate)
    factors = (1.0 + rate) ** -np.arange(flows.size, dtype=np.float64)
    return float(np.sum(flows * factors))


NO_CHANGE = "no change: every cash flow is zero"
NO_INVESTMENT = "no investment: every cash flow is a gain"
NO_RETURN = "no return: every cash flow is a cost"


@dataclass(frozen=True)
class IrrResult:
    """An annual IRR, or ``None`` with the reason it does not exist."""

    annual_rate: float | None
    reason: str = ""


def irr(monthly_cash_flows_eur: npt.ArrayLike) -> IrrResult:
    """Internal rate of return (annualised) of monthly cash flows.

    Solved by bisection on the monthly rate in (−99.99%, +1000%) per month, where NPV
    changes sign. Without a sign change in the flows there is no IRR; with several
    sign changes there may be several, and the one nearest zero is returned.

    >>> round(irr([-100, 110]).annual_rate or 0.0, 6) == round(1.1**12 - 1, 6)
    True
    >>> irr([100, 50]).reason
    'no investment: every cash flow is a gain'
    >>> irr([-100_000, 0, 0]).reason
    'no return: every cash flow is a cost'
    >>> irr([0.0, 0.0]).reason
    'no change: every cash flow is zero'
    """
    flows = np.asarray(monthly_cash_flows_eur, dtype=np.float64)
    nonzero = flows[flows != 0.0]
    if nonzero.size == 0:
        return IrrResult(None, NO_CHANGE)
    if np.all(nonzero < 0):
        return IrrResult(None, NO_RETURN)
    if np.all(nonzero > 0):
        return IrrResult(None, NO_INVESTMENT)
    months = np.arange(flows.size, dtype=np.float64)
    # The lowest monthly rate tried: flow × (1 + r)^−m, summed over the months, must stay
    # finite (floats end near e^709), else inf − inf = NaN fakes a root.
    budget = 700.0 - math.log(float(np.abs(flows).max()) * flows.size + 1.0)
    lowest = max(-0.9999, float(np.expm1(-budget / max(months[-1], 1.0))))

    def npv_at(rate: float) -> float:
        return float(np.sum(flows * np.exp(-months * math.log1p(rate))))

    # Scan a grid for sign changes, then bisect the one closest to 0%.
    grid = np.concatenate([-np.geomspace(-lowest, 1e-6, 60), [0.0], np.geomspace(1e-6, 10.0, 80)])
    values = np.array([npv_at(float(r)) for r in grid])
    brackets = [
        (float(grid[i]), float(grid[i + 1]))
        for i in range(grid.size - 1)
        if np.isfinite(values[i])
        and np.isfinite(values[i + 1])
        and (values[i] == 0.0 or np.sign(values[i]) != np.sign(values[i + 1]))
    ]
    if not brackets:
        return IrrResult(
            None, "the net present value never reaches zero: the case never breaks even"
        )
    low, high = min(brackets, key=lambda b: min(abs(b[0]), abs(b[1])))
    f_low = npv_at(low)
    for _ in range(200):
        mid = 0.5 * (low + high)
        f_mid = npv_at(mid)
        if f_mid == 0.0 or high - low < 1e-15:
            break
        if np.sign(f_mid) == np.sign(f_low):
            low, f_low = mid, f_mid
        else:
            high = mid
    month_rate = 0.5 * (low + high)
    return IrrResult(float((1.0 + month_rate) ** 12 - 1.0))


#: Above this annual IRR the figure is not shown as a rate: it comes from a small
#: outlay next to large benefits, and NPV and payback say more (``irr_display``).
IRR_SHOWN_UP_TO = 1.0
IRR_ABOVE_LIMIT = (
    "above 100% a year: a small outlay next to large benefits; look at NPV and payback"
)


@dataclass(frozen=True)
class IrrDisplay:
    """How an IRR is shown: ``rate`` (a share per year) when it means something, else
    None with the reason (one of the reason texts of ``irr`` or ``IRR_ABOVE_LIMIT``).
    ``raw`` keeps the computed value whatever is shown."""

    rate: float | None
    reason: str
    raw: float | None


def irr_display(result: IrrResult) -> IrrDisplay:
    """The IRR policy: shown as a rate only up to 100% a year; above, "above 100% a year"
    with the reason; without an IRR, the reason it has none.

    >>> irr_display(IrrResult(0.25)).rate, irr_display(IrrResult(55.6)).reason[:20]
    (0.25, 'above 100% a year: a')
    """
    if result.annual_rate is None:
        return IrrDisplay(None, result.reason, None)
    if result.annual_rate > IRR_SHOWN_UP_TO:
        return IrrDisplay(None, IRR_ABOVE_LIMIT, result.annual_rate)
    return IrrDisplay(result.annual_rate, "", result.annual_rate)


def payback_month(monthly_cash_flows_eur: npt.ArrayLike) -> int | None:
    """First month from which the cumulative cash flow stays at or above zero.

    ``None`` when the case never pays back within the horizon — never a made-up month.

    >>> payback_month([-100, 30, 30, 30, 30]), payback_month([-100, 10, 10])
    (4, None)
    """
    flows = np.asarray(monthly_cash_flows_eur, dtype=np.float64)
    cumulative = np.cumsum(flows)
    if not flows.any() or cumulative[-1] < 0:  # nothing to pay back, or never
        return None
    negative = np.flatnonzero(cumulative < 0)
    return 0 if negative.size == 0 else int(negative[-1] + 1)


def roi(total_benefit_eur: float, total_cost_eur: float) -> float | None:
    """Return on investment: ``(benefit − cost) / cost``; ``None`` without cost.

    >>> roi(150.0, 100.0)
    0.5
    """
    return None if total_cost_eur <= 0 else (total_benefit_eur - total_cost_eur) / total_cost_eur
