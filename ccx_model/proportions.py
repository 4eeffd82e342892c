"""Statistics of proportions: intervals, the two-proportion test and its sample size.

Every formula is a textbook normal approximation, written out so a finance partner
can check it. ``z`` is the standard normal quantile ``Φ⁻¹(1 − α/2)`` for a two-sided
interval at confidence ``1 − α``; ``q = 1 − p``.

- **Wilson score interval** for one proportion ``p̂ = k/n`` (Wilson 1927)::

      centre = (p̂ + z²/2n) / (1 + z²/n)
      half   = z/(1 + z²/n) · √(p̂q̂/n + z²/4n²)

- **Difference of two proportions** ``d = p̂₁ − p̂₂``: Newcombe's hybrid score
  interval (Newcombe 1998, method 10), built from the two Wilson intervals
  ``[l₁, u₁]``, ``[l₂, u₂]``::

      low  = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
      high = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)

  It keeps its coverage with small counts and rates near 0, where the Wald
  interval ``d ± z√(p̂₁q̂₁/n₁ + p̂₂q̂₂/n₂)`` does not.
- **Two-proportion z-test** with the pooled proportion ``p̄ = (k₁ + k₂)/(n₁ + n₂)``::

      z = d / √(p̄q̄ (1/n₁ + 1/n₂)),   two-sided p = erfc(|z|/√2)

  (p = 1 when ``p̄`` is 0 or 1: both groups identical, nothing to test).
- **Risk ratio** ``RR = p̂₁/p̂₂`` with the Katz log interval
  ``exp(ln RR ± z√(1/k₁ − 1/n₁ + 1/k₂ − 1/n₂))``; when a count is 0, 0.5 is added
  to each count and each group size first (the "log-adjusted" interval).
- **Sample size** per group for the two-sided pooled z-test above, Fleiss's formula
  (Fleiss, Levin & Paik 2003, §4.2, without continuity correction; pooled variance
  under the null, unpooled under the alternative), for a pilot of rate ``p₁`` and a
  control of rate ``p₀`` with ``k`` control contacts per pilot contact::

      p̄  = (p₁ + k·p₀)/(1 + k)
      n₁ = [z_{1−α/2} √(p̄q̄(1 + 1/k)) + z_{1−β} √(p₁q₁ + p₀q₀/k)]² / (p₁ − p₀)²
      n₀ = k·n₁            (both rounded up to whole contacts)

  It ignores the far tail of the two-sided test (negligible unless the groups are
  tiny), exactly as statsmodels' ``samplesize_proportions_2indep_onetail``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

_NORMAL = NormalDist()


def z_two_sided(confidence: float) -> float:
    """``Φ⁻¹(1 − α/2)`` for a two-sided interval at ``confidence = 1 − α``.

    >>> round(z_two_sided(0.95), 4)
    1.96
    """
    return _NORMAL.inv_cdf(0.5 + confidence / 2.0)


@dataclass(frozen=True)
class Interval:
    """An estimate with its confidence interval."""

    estimate: float
    low: float
    high: float

    def to_dict(self) -> dict[str, float]:
        return {"estimate": self.estimate, "ci_low": self.low, "ci_high": self.high}


def wilson(successes: int, trials: int, confidence: float = 0.95) -> Interval:
    """The Wilson score interval of ``successes / trials``.

    >>> w = wilson(8, 100)
    >>> round(w.estimate, 3), round(w.low, 4), round(w.high, 4)
    (0.08, 0.0411, 0.15)
    """
    if trials <= 0:
        raise ValueError("trials must be positive")
    z = z_two_sided(confidence)
    p = successes / trials
    denominator = 1.0 + z * z / trials
    centre = (p + z * z / (2.0 * trials)) / denominator
    half = z / denominator * math.sqrt(p * (1.0 - p) / trials + z * z / (4.0 * trials * trials))
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))


def difference(
    successes_1: int, trials_1: int, successes_2: int, trials_2: int, confidence: float = 0.95
) -> Interval:
    """``p̂₁ − p̂₂`` with Newcombe's hybrid score interval.

    >>> d = difference(60, 500, 40, 500)
    >>> round(d.estimate, 3), round(d.low, 4), round(d.high, 4)
    (0.04, 0.0027, 0.0776)
    """
    one = wilson(successes_1, trials_1, confidence)
    two = wilson(successes_2, trials_2, confidence)
    d = one.estimate - two.estimate
    low = d - math.hypot(one.estimate - one.low, two.high - two.estimate)
    high = d + math.hypot(one.high - one.estimate, two.estimate - two.low)
    return Interval(d, low, high)


def z_test(successes_1: int, trials_1: int, successes_2: int, trials_2: int) -> tuple[float, float]:
    """Pooled two-proportion z-test: ``(z, two-sided p-value)``.

    >>> z, p = z_test(60, 500, 40, 500)
    >>> round(z, 4), round(p, 4)
    (2.1082, 0.035)
    """
    pooled = (successes_1 + successes_2) / (trials_1 + trials_2)
    variance = pooled * (1.0 - pooled) * (1.0 / trials_1 + 1.0 / trials_2)
    if variance <= 0.0:
        return 0.0, 1.0
    z = (successes_1 / trials_1 - successes_2 / trials_2) / math.sqrt(variance)
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def risk_ratio(
    successes_1: int, trials_1: int, successes_2: int, trials_2: int, confidence: float = 0.95
) -> Interval | None:
    """``p̂₁ / p̂₂`` with the Katz log interval (log-adjusted when a count is 0).

    None when ``p̂₂`` is 0 and so is ``p̂₁`` (no ratio at all). The interval always
    contains the estimate.

    >>> r = risk_ratio(30, 100, 20, 200)
    >>> round(r.estimate, 2), round(r.low, 3), round(r.high, 3)
    (3.0, 1.797, 5.008)
    """
    if successes_2 == 0 and successes_1 == 0:
        return None
    add = 0.5 if successes_1 == 0 or successes_2 == 0 else 0.0
    k1, n1, k2, n2 = successes_1 + add, trials_1 + add, successes_2 + add, trials_2 + add
    centre = math.log((k1 / n1) / (k2 / n2))
    half = z_two_sided(confidence) * math.sqrt(1.0 / k1 - 1.0 / n1 + 1.0 / k2 - 1.0 / n2)
    estimate = math.inf if successes_2 == 0 else (successes_1 / trials_1) / (successes_2 / trials_2)
    low, high = math.exp(centre - half), math.exp(centre + half)
    return Interval(estimate, min(low, estimate), max(high, estimate))


def fleiss_per_group(
    baseline_rate: float,
    target_rate: float,
    power: float = 0.8,
    alpha: float = 0.05,
    ratio: float = 1.0,
) -> float:
    """Pilot contacts needed (not rounded) by Fleiss's formula; the control needs ``ratio ×``.

    >>> round(fleiss_per_group(0.08, 0.10), 2)
    3212.94
    """
    p1, p0, k = target_rate, baseline_rate, ratio
    pooled = (p1 + k * p0) / (1.0 + k)
    z_alpha = _NORMAL.inv_cdf(1.0 - alpha / 2.0)
    z_beta = _NORMAL.inv_cdf(power)
    root = z_alpha * math.sqrt(pooled * (1.0 - pooled) * (1.0 + 1.0 / k)) + z_beta * math.sqrt(
        p1 * (1.0 - p1) + p0 * (1.0 - p0) / k
    )
    return root * root / ((p1 - p0) ** 2)


def power_of(
    baseline_rate: float,
    target_rate: float,
    pilot_contacts: float,
    alpha: float = 0.05,
    ratio: float = 1.0,
) -> float:
    """Power of the pooled z-test with ``pilot_contacts`` and ``ratio ×`` as many in control.

    Both tails counted: ``Φ((|Δ|√n₁ − z·σ₀)/σ₁) + Φ((−|Δ|√n₁ − z·σ₀)/σ₁)`` with
    ``σ₀ = √(p̄q̄(1 + 1/k))`` and ``σ₁ = √(p₁q₁ + p₀q₀/k)``.

    >>> round(power_of(0.08, 0.10, 3213), 3)
    0.8
    """
    p1, p0, k = target_rate, baseline_rate, ratio
    pooled = (p1 + k * p0) / (1.0 + k)
    sigma_null = math.sqrt(pooled * (1.0 - pooled) * (1.0 + 1.0 / k))
    sigma_alt = math.sqrt(p1 * (1.0 - p1) + p0 * (1.0 - p0) / k)
    z_alpha = _NORMAL.inv_cdf(1.0 - alpha / 2.0)
    shift = abs(p1 - p0) * math.sqrt(pilot_contacts)
    return _NORMAL.cdf((shift - z_alpha * sigma_null) / sigma_alt) + _NORMAL.cdf(
        (-shift - z_alpha * sigma_null) / sigma_alt
    )
