"""Monte Carlo: every range drawn at once, thousands of times; the spread of NPV and payback.

``simulate`` draws the scenario's ranges (``draws``), computes every draw's monthly
net, and from it the NPV (as ``finance.npv_eur``) and the payback month (as
``finance.payback_month``: the first month from which the cumulative net stays at or
above zero; never = no payback inside the horizon).

How the monthly nets are computed (``method``):

- ``exact``: each draw through the full model (the scenario with the drawn values,
  validated as a file is, then ``case.build_case``); about 4 ms a draw. Used when
  asked, and for small runs (at most ``EXACT_UP_TO`` draws);
- ``surface``: the full model at design points, a polynomial fitted through them
  (``case_surface``), every draw from the polynomial. Then a sample of the draws is
  run exactly as well and the difference reported (``Approximation``); when it is
  larger than ``TOLERANCE`` of the NPV, the sample joins the design points and the
  fit is done again (at most ``ROUNDS`` times). The figures say which method made
  them and how far off the fit was.

A scenario without ranges has one outcome, the plan: every draw equals it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .case import build_case
from .case_surface import degree_for, exponents, fit
from .draws import DEFAULT_DRAWS, Draws, draw
from .finance import FloatArray, monthly_rate
from .risk import with_values
from .scenario import Scenario
from .whole_people import ledger_figures, ledger_whole_people

#: Runs this small go through the full model draw by draw.
EXACT_UP_TO = 200
#: The largest difference allowed between the fit and the full model, as a share of NPV.
TOLERANCE = 0.001
#: Draws run both ways to measure the fit, each round.
CHECKED = 100
#: At most this many refits after a check.
ROUNDS = 1

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Approximation:
    """How the draws' figures were made, and how far the fit was from the full model."""

    method: str  # "exact", "surface" or "plan" (no ranges)
    exact_runs: int  # full-model runs made
    checked: int  # draws run through both, to measure the fit
    degree: int = 0
    terms: int = 0
    max_error_eur: float = 0.0  # largest |NPV fitted − NPV exact| of one checked draw
    rms_error_eur: float = 0.0
    # How far the fit moves P10, P50, P90 or the mean NPV (``_figures_error``), from
    # the draws run both ways: the error of what is reported.
    figures_error_eur: float = 0.0
    scale_eur: float = 0.0  # the NPV the errors are measured against (the plan's)

    def share(self, eur: float) -> float:
        return eur / self.scale_eur if self.scale_eur > 0 else 0.0

    @property
    def within_tolerance(self) -> bool:
        return self.share(self.figures_error_eur) <= TOLERANCE


@dataclass(frozen=True)
class Simulation:
    draws: Draws
    npv_eur: FloatArray  # per draw
    payback_month: FloatArray  # per draw; inf = never inside the horizon
    plan_npv_eur: float
    plan_payback_month: int | None
    horizon_months: int
    approximation: Approximation

    def npv_percentile(self, p: float) -> float:
        return float(np.percentile(self.npv_eur, p))

    @property
    def probability_npv_positive(self) -> float:
        return float((self.npv_eur > 0).mean())

    def payback_percentile(self, p: float) -> int | None:
        """The payback month below which ``p``% of draws pay back (None: never)."""
        value = float(np.quantile(self.payback_month, p / 100.0, method="inverted_cdf"))
        return None if not np.isfinite(value) else int(value)

    @property
    def probability_payback(self) -> float:
        return float(np.isfinite(self.payback_month).mean())


def discount_weights(rate_per_year: float, months: int) -> FloatArray:
    """``1 / (1 + r_month)^m`` for m = 0 … months (``finance.npv_eur``'s weights)."""
    return np.asarray((1.0 + monthly_rate(rate_per_year)) ** -np.arange(months + 1.0))


def payback_months(nets: FloatArray) -> FloatArray:
    """``finance.payback_month`` for every row at once (inf where it never pays back).

    >>> payback_months(np.array([[-100, 30, 30, 30, 30], [-100, 10, 10, 10, 10.]])).tolist()
    [4.0, inf]
    """
    cumulative = np.cumsum(nets, axis=1)
    negative = cumulative < 0
    last_negative = np.where(
        negative.any(axis=1), nets.shape[1] - np.argmax(negative[:, ::-1], axis=1), 0
    )
    never = ~np.any(nets != 0, axis=1) | (cumulative[:, -1] < 0)
    return np.where(never, np.inf, last_negative.astype(np.float64))


def _exact_runs(
    scenario: Scenario,
    baseline: Scenario | None,
    draws: Draws,
    values: FloatArray,
    progress: Progress | None = None,
    done: float = 0.0,
    share: float = 1.0,
    *,
    with_people: bool = False,
) -> FloatArray:
    """The full model at each row of ``values``: the case's monthly net, and with
    ``with_people`` also both ledgers' whole-people figures (``whole_people``)."""
    rows = []
    for i, row in enumerate(values):
        varied = with_values(scenario, dict(zip(draws.paths, row.tolist(), strict=True)))
        case = build_case(varied, baseline)
        if with_people:
            rows.append(
                np.concatenate([case.net_eur, ledger_figures(case.a), ledger_figures(case.b)])
            )
        else:
            rows.append(case.net_eur)
        if progress is not None and (i % 10 == 9 or i == len(values) - 1):
            progress(done + share * (i + 1) / len(values))
    return np.array(rows, dtype=np.float64)


def _nets(outputs: FloatArray, months: int) -> FloatArray:
    """Monthly nets from rows of ``_exact_runs(with_people=True)`` or of their fit:
    the smooth part plus whole people counted exactly for both sides."""
    width = (outputs.shape[1] - months) // 2
    people_a = outputs[:, months : months + width]
    people_b = outputs[:, months + width :]
    return (
        outputs[:, :months]
        + ledger_whole_people(people_a, months)
        - ledger_whole_people(people_b, months)
    )


def _smooth(outputs: FloatArray, months: int) -> FloatArray:
    """``outputs`` with whole people taken out of the net (what the fit follows)."""
    smooth = outputs.copy()
    smooth[:, :months] -= _nets(outputs, months) - outputs[:, :months]
    return smooth


def _figures_error(fitted: FloatArray, exact: FloatArray) -> float:
    """How far the fit moves P10, P50, P90 and the mean, measured on checked draws.

    A percentile of the draws moves by the fit's average error among the draws around
    it (to first order), so: the mean error over all checked draws, and over those
    within ten percentile points of P10, of P50 and of P90 (ranked by the full model);
    the largest of the four, in euros.
    """
    errors = fitted - exact
    worst = abs(float(errors.mean()))
    order = np.argsort(exact)
    n = exact.size
    for p in (10, 50, 90):
        band = errors[order[int((p - 10) / 100 * n) : int(np.ceil((p + 10) / 100 * n))]]
        if band.size:
            worst = max(worst, abs(float(band.mean())))
    return worst


def latin_hypercube(points: int, dimensions: int, seed: int) -> FloatArray:
    """``points`` in [0, 1)^``dimensions``, one in each of ``points`` equal slices of every
    axis (a Latin hypercube; numpy only — scipy.stats would cost a second to import).

    >>> cube = latin_hypercube(8, 2, seed=1)
    >>> sorted((cube[:, 0] * 8).astype(int).tolist()) == list(range(8))
    True
    """
    rng = np.random.default_rng(seed)
    slices = np.argsort(rng.random((dimensions, points)), axis=1).T
    return np.asarray((slices + rng.random((points, dimensions))) / points, dtype=np.float64)


def _design(draws: Draws, points: int, seed: int) -> FloatArray:
    """Design points: the plan, each range's two ends, then a Latin hypercube."""
    k = len(draws.paths)
    rows = [draws.planned]
    for j in range(k):
        for end in (draws.lows[j], draws.highs[j]):
            row = draws.planned.copy()
            row[j] = end
            rows.append(row)
    cube = latin_hypercube(max(points - len(rows), 1), k, seed)
    rows.extend(draws.lows + cube * (draws.highs - draws.lows))
    design = np.array(rows, dtype=np.float64)
    whole = np.array(draws.whole, dtype=bool)
    design[:, whole] = np.round(design[:, whole])
    return design


def simulate(
    scenario: Scenario,
    baseline: Scenario | None = None,
    count: int = DEFAULT_DRAWS,
    seed: int = 0,
    method: str = "auto",
    progress: Progress | None = None,
) -> Simulation:
    """``count`` draws of the scenario's ranges against ``baseline`` (default: the
    scenario's own starting centre, which a shared assumption moves alike)."""
    plan = build_case(scenario, baseline)
    weights = discount_weights(plan.discount_rate_per_year, plan.horizon_months)
    draws = draw(scenario, count, seed)
    plan_payback = plan.payback_month
    if not draws.paths:
        npv = np.full(count, plan.npv_eur)
        payback = np.full(count, np.inf if plan_payback is None else float(plan_payback))
        approximation = Approximation("plan", 1, 0)
    elif method == "exact" or (method == "auto" and count <= EXACT_UP_TO):
        nets = _exact_runs(scenario, baseline, draws, draws.values, progress)
        npv, payback = nets @ weights, payback_months(nets)
        approximation = Approximation("exact", count, count)
    else:
        nets, approximation = _surface_nets(scenario, baseline, draws, weights, seed, progress)
        npv, payback = nets @ weights, payback_months(nets)
    if progress is not None:
        progress(1.0)
    return Simulation(
        draws, npv, payback, plan.npv_eur, plan_payback, plan.horizon_months, approximation
    )


def _surface_nets(
    scenario: Scenario,
    baseline: Scenario | None,
    draws: Draws,
    weights: FloatArray,
    seed: int,
    progress: Progress | None,
) -> tuple[FloatArray, Approximation]:
    months = weights.size
    k = len(draws.paths)
    degree = degree_for(k)
    terms = exponents(k, degree).shape[0]
    design = _design(draws, 2 * terms + 1, seed)
    check = min(draws.count, CHECKED)
    outputs = _exact_runs(scenario, baseline, draws, design, progress, 0.0, 0.85, with_people=True)
    runs = design.shape[0]
    scale = abs(float(outputs[0, :months] @ weights))  # design point 0 is the plan
    surface = fit(design, _smooth(outputs, months), draws.lows, draws.highs, degree)
    approximation = Approximation("surface", runs, 0, surface.degree, surface.terms)
    for round_number in range(ROUNDS + 1):
        # Check on draws the fit has not seen: the next ``check`` draws of the run.
        sample = draws.values[round_number * check : (round_number + 1) * check]
        if sample.shape[0] == 0:
            break
        done = 0.85 + 0.15 * round_number / (ROUNDS + 1)
        exact = _exact_runs(
            scenario,
            baseline,
            draws,
            sample,
            progress,
            done,
            0.15 / (ROUNDS + 1),
            with_people=True,
        )
        runs += sample.shape[0]
        exact_npv = exact[:, :months] @ weights
        fitted_npv = _nets(surface.net(sample), months) @ weights
        errors = fitted_npv - exact_npv
        approximation = Approximation(
            "surface",
            runs,
            sample.shape[0],
            surface.degree,
            surface.terms,
            float(np.abs(errors).max()),
            float(np.sqrt(np.mean(errors**2))),
            _figures_error(fitted_npv, exact_npv),
            max(scale, float(np.abs(exact_npv).mean())),
        )
        if approximation.within_tolerance or round_number == ROUNDS:
            break
        # Not close enough: the checked draws join the design and the fit is redone.
        design = np.vstack([design, sample])
        outputs = np.vstack([outputs, exact])
        surface = fit(design, _smooth(outputs, months), draws.lows, draws.highs, degree)
    return _nets(surface.net(draws.values), months), approximation


def monte_carlo_dict(simulation: Simulation) -> dict[str, Any]:
    """JSON-ready (``ccx risk``): NPV and payback percentiles, and how they were made."""
    a = simulation.approximation

    def money(x: float) -> float:
        return round(x, 2)

    return {
        "draws": simulation.draws.count,
        "npv_eur": {
            "p10": money(simulation.npv_percentile(10)),
            "p50": money(simulation.npv_percentile(50)),
            "p90": money(simulation.npv_percentile(90)),
            "mean": money(float(simulation.npv_eur.mean())),
        },
        "probability_npv_positive": round(simulation.probability_npv_positive, 4),
        "payback_month": {
            "p10": simulation.payback_percentile(10),
            "p50": simulation.payback_percentile(50),
            "p90": simulation.payback_percentile(90),
        },
        "probability_payback": round(simulation.probability_payback, 4),
        "clipped": dict(simulation.draws.clipped),
        "method": {
            "name": a.method,
            "exact_runs": a.exact_runs,
            "checked_draws": a.checked,
            "degree": a.degree,
            "terms": a.terms,
            "figures_error_eur": money(a.figures_error_eur),
            "figures_error_share_of_npv": round(a.share(a.figures_error_eur), 6),
            "max_draw_error_eur": money(a.max_error_eur),
            "rms_draw_error_eur": money(a.rms_error_eur),
            "within_tolerance": a.within_tolerance,
        },
    }
