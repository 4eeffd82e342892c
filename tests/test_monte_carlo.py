"""Monte Carlo over a scenario's ranges: reproducible, right against closed forms, and
the fitted model as close to the full model as it says it is."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from cli_runner import run_ccx
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_model.case import build_case
from ccx_model.draws import draw
from ccx_model.evaluate import evaluate
from ccx_model.finance import payback_month
from ccx_model.monte_carlo import (
    TOLERANCE,
    Simulation,
    monte_carlo_dict,
    payback_months,
    simulate,
)
from ccx_model.risk import with_value
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario
from ccx_model.value_range import ValueRange
from ccx_model.whole_people import PER_HEAD_LINES, ROUNDED_LINES, heads_figures, rounding_eur

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
BUNDLED = sorted(p.stem for p in SCENARIOS.glob("*.yaml"))


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def with_ranges(scenario: Scenario, *ranges: ValueRange) -> Scenario:
    return scenario.model_copy(update={"ranges": ranges})


def triangular_quantile(q: float, low: float, mode: float, high: float) -> float:
    """The inverse CDF of the triangular distribution (closed form)."""
    split = (mode - low) / (high - low)
    if q <= split:
        return low + np.sqrt(q * (high - low) * (mode - low))
    return high - np.sqrt((1 - q) * (high - low) * (high - mode))


MARGIN_PER_SALE = ValueRange(path="cross_sell.margin_per_sale_eur", low=30, high=120)


class TestReproducible:
    def test_the_same_seed_gives_the_same_figures_and_another_seed_others(self) -> None:
        scenario = with_ranges(bundled("profit_centre"), MARGIN_PER_SALE)
        first = monte_carlo_dict(simulate(scenario, count=2000, seed=11))
        again = monte_carlo_dict(simulate(scenario, count=2000, seed=11))
        other = monte_carlo_dict(simulate(scenario, count=2000, seed=12))
        assert first == again
        assert first["npv_eur"] != other["npv_eur"]

    def test_without_ranges_every_draw_is_the_plan(self) -> None:
        scenario = with_ranges(bundled("profit_centre"))
        result = simulate(scenario, count=500)
        plan = build_case(scenario)
        assert np.all(result.npv_eur == plan.npv_eur)
        assert {result.payback_percentile(p) for p in (10, 50, 90)} == {plan.payback_month}
        assert result.approximation.method == "plan"


@pytest.fixture(scope="module")
def run() -> tuple[Scenario, Simulation]:
    scenario = with_ranges(bundled("profit_centre"), MARGIN_PER_SALE)
    return scenario, simulate(scenario, count=20_000, seed=3)


class TestClosedForms:
    """NPV is linear in a margin per sale: its percentiles are the NPV at the
    distribution's percentiles, and its mean the NPV at the mean."""

    def test_percentiles_are_the_npv_at_the_distributions_quantiles(self, run) -> None:
        scenario, result = run
        low, mode, high = 30.0, scenario.cross_sell.margin_per_sale_eur, 120.0
        npv = {
            x: build_case(with_value(scenario, MARGIN_PER_SALE.path, x)).npv_eur
            for x in (low, high)
        }
        slope = (npv[high] - npv[low]) / (high - low)
        for p in (10, 50, 90):
            value = triangular_quantile(p / 100, low, mode, high)
            expected = npv[low] + slope * (value - low)
            # Sampling error of a quantile of 20,000 draws: well inside 1% of the spread.
            assert abs(result.npv_percentile(p) - expected) < 0.01 * (npv[high] - npv[low])

    def test_the_mean_converges_to_the_npv_at_the_mean(self, run) -> None:
        scenario, result = run
        mean_value = (30 + scenario.cross_sell.margin_per_sale_eur + 120) / 3
        expected = build_case(with_value(scenario, MARGIN_PER_SALE.path, mean_value)).npv_eur
        spread = float(result.npv_eur.std())
        assert abs(float(result.npv_eur.mean()) - expected) < 4 * spread / np.sqrt(20_000)

    def test_a_linear_case_is_fitted_exactly(self, run) -> None:
        _, result = run
        assert result.approximation.method == "surface"
        assert result.approximation.max_error_eur < 0.01


class TestAgainstTheFullModel:
    def test_the_fit_is_within_a_tenth_of_a_percent_of_the_full_model(self) -> None:
        """The bundled profit centre's ranges (one moves staffing: the offer's handle
        time): the same 300 draws through the fit and through the full model."""
        scenario = bundled("profit_centre")
        assert scenario.ranges, "the profit centre carries its ranges"
        exact = simulate(scenario, count=300, seed=5, method="exact")
        fitted = simulate(scenario, count=300, seed=5, method="surface")
        plan = abs(exact.plan_npv_eur)
        for p in (10, 50, 90):
            assert abs(fitted.npv_percentile(p) - exact.npv_percentile(p)) <= TOLERANCE * plan
        assert abs(fitted.npv_eur.mean() - exact.npv_eur.mean()) <= TOLERANCE * plan
        assert fitted.approximation.within_tolerance
        assert (fitted.payback_month == exact.payback_month).mean() >= 0.95

    def test_exact_draws_equal_ccx_evaluate_with_the_drawn_values(self) -> None:
        scenario = with_ranges(
            bundled("pilot"),
            ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.10),
            ValueRange(path="cross_sell.offer_handle_seconds", low=20, high=60),
        )
        result = simulate(scenario, count=5, seed=1, method="exact")
        for row, npv in zip(result.draws.values, result.npv_eur, strict=True):
            varied = scenario
            for path, value in zip(result.draws.paths, row, strict=True):
                varied = with_value(varied, path, float(value))
            assert npv == pytest.approx(build_case(varied).npv_eur, abs=1e-6)


class TestWholePeople:
    @pytest.mark.parametrize("name", BUNDLED)
    def test_recomputed_rounding_equals_the_cost_lines(self, name: str) -> None:
        """What whole people add, recomputed from the smooth figures, is exactly what
        the cost breakdown counts (and no other line is rounded)."""
        evaluation = evaluate(bundled(name))
        rounded, exact = evaluation.cost.lines(), evaluation.cost_exact.lines()
        recomputed = rounding_eur(heads_figures(evaluation))
        for i, key in enumerate(ROUNDED_LINES):
            assert recomputed[i] == pytest.approx(rounded[key] - exact[key], abs=1e-6)
        for key in set(rounded) - set(ROUNDED_LINES):
            assert rounded[key] == pytest.approx(exact[key], abs=1e-6)
        assert len(PER_HEAD_LINES) == len(ROUNDED_LINES) - 1


@settings(max_examples=40, deadline=None)
@given(
    flows=st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=30),
)
def test_payback_of_many_rows_equals_payback_month(flows: list[float]) -> None:
    expected = payback_month(flows)
    got = payback_months(np.array([flows]))[0]
    assert (expected is None and np.isinf(got)) or got == expected


@settings(max_examples=15, deadline=None)
@given(
    low=st.floats(0.0, 0.08).map(lambda x: round(x, 6)),
    high=st.floats(0.08, 1.0).map(lambda x: round(x, 6)),
    distribution=st.sampled_from(["triangular", "pert", "uniform"]),
    seed=st.integers(0, 2**32 - 1),
)
def test_draws_stay_in_their_range_and_are_finite(
    low: float, high: float, distribution: str, seed: int
) -> None:
    scenario = with_ranges(
        bundled("pilot"),
        ValueRange(
            path="cross_sell.conversion_rate", low=low, high=high, distribution=distribution
        ),
        ValueRange(path="retention.months_retained", low=6, high=18),
    )
    draws = draw(scenario, 500, seed)
    assert np.isfinite(draws.values).all()
    assert (draws.values[:, 0] >= low).all() and (draws.values[:, 0] <= high).all()
    assert np.all(draws.values[:, 1] == np.round(draws.values[:, 1])) or not draws.whole[1]
    assert draws.clipped == {"cross_sell.conversion_rate": 0, "retention.months_retained": 0}


def test_every_draw_is_finite_through_the_fit() -> None:
    scenario = bundled("profit_centre")
    result = simulate(scenario, count=10_000, seed=2)
    assert np.isfinite(result.npv_eur).all()
    assert not np.isnan(result.payback_month).any()


class TestCommandLine:
    def run(self, *argv: str) -> tuple[int, str, str]:
        return run_ccx(*argv)

    def test_json_has_the_issues_keys(self) -> None:
        code, out, err = self.run(
            "risk",
            str(SCENARIOS / "profit_centre.yaml"),
            "--draws",
            "2000",
            "--seed",
            "4",
            "--json",
        )
        assert code == 0, err
        data = json.loads(out)
        assert data["draws"] == 2000
        assert set(data["npv_eur"]) == {"p10", "p50", "p90", "mean"}
        assert data["npv_eur"]["p10"] <= data["npv_eur"]["p50"] <= data["npv_eur"]["p90"]
        assert 0 <= data["probability_npv_positive"] <= 1
        assert set(data["payback_month"]) == {"p10", "p50", "p90"}
        swings = [abs(b["npv_eur_at_high"] - b["npv_eur_at_low"]) for b in data["tornado"]]
        assert swings == sorted(swings, reverse=True)
        assert {"field", "low", "high", "npv_eur_at_low", "npv_eur_at_high"} <= set(
            data["tornado"][0]
        )

    def test_no_ranges_gives_the_plan(self) -> None:
        code, out, _ = self.run("risk", str(SCENARIOS / "pilot.yaml"), "--draws", "50", "--json")
        data = json.loads(out)
        plan = build_case(bundled("pilot"))
        assert code == 0
        assert set(data["npv_eur"].values()) == {round(plan.npv_eur, 2)}
        assert set(data["payback_month"].values()) == {plan.payback_month}

    @pytest.mark.parametrize(
        ("flag", "value", "allowed"),
        [("--draws", "0", "1 to 1,000,000"), ("--seed", "-1", "0 to"), ("--draws", "x", "1 to")],
    )
    def test_bad_flags_exit_2_naming_the_flag(self, flag: str, value: str, allowed: str) -> None:
        code, _, err = self.run("risk", str(SCENARIOS / "pilot.yaml"), flag, value, "--json")
        assert code == 2
        assert flag in err and allowed in err

    def test_payback_break_even_gives_that_payback_month(self) -> None:
        code, out, err = self.run(
            "breakeven",
            str(SCENARIOS / "pilot.yaml"),
            "--field",
            "cross_sell.conversion_rate",
            "--payback-month",
            "6",
            "--json",
        )
        assert code == 0, err
        data = json.loads(out)
        value = data["value"]
        assert data["payback_month_at_plan"] == 4 and 0.04 < value < 0.08
        scenario = bundled("pilot")
        # Just above the value the case pays back by month 6; just below it does not.
        above = build_case(with_value(scenario, data["field"], value * (1 + 1e-6)))
        below = build_case(with_value(scenario, data["field"], value * (1 - 1e-6)))
        assert above.payback_month is not None and above.payback_month <= 6
        assert below.payback_month is None or below.payback_month > 6
