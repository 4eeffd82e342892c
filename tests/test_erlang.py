"""Erlang B / Erlang C: published worked examples, 50-digit references, properties.

Three independent oracles stand behind the model here:

- published worked examples (sources in the comments, figures as printed there);
- exact rational arithmetic (``fractions.Fraction``, factorials as integers) for
  the small examples, so each published figure is also checked against the formula;
- the textbook formula with powers and factorials evaluated in 50-digit ``mpmath``
  at up to 10,000 Erlangs, where a float factorial formula overflows.
"""

from __future__ import annotations

import functools
import math
import time
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model import erlang

# No example database: the tests must not write into the working tree.
FAST = settings(database=None, deadline=None, max_examples=60)
SLOW = settings(database=None, deadline=None, max_examples=15)

DIGITS = 50

# --------------------------------------------------------------------------------------
# Oracle 1: exact rational Erlang B / C (small traffic only).
# --------------------------------------------------------------------------------------


def _scaled_poisson_terms(agents: int, traffic: Fraction) -> list[int]:
    """A^k / k! for k = 0..N, all multiplied by q^N·N! (A = p/q) so they are integers."""
    p, q = traffic.numerator, traffic.denominator
    n_factorial = math.factorial(agents)
    return [
        p**k * q ** (agents - k) * (n_factorial // math.factorial(k)) for k in range(agents + 1)
    ]


def exact_erlang_b(agents: int, traffic: Fraction) -> Fraction:
    """B(N, A) = (A^N / N!) / Σ_{k=0..N} A^k / k!, in exact rationals."""
    terms = _scaled_poisson_terms(agents, traffic)
    return Fraction(terms[-1], sum(terms))


def exact_erlang_c(agents: int, traffic: Fraction) -> Fraction:
    """C(N, A) = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)), for N > A."""
    terms = _scaled_poisson_terms(agents, traffic)
    top = terms[-1] * Fraction(agents) / (agents - traffic)
    return top / (sum(terms[:-1]) + top)


# --------------------------------------------------------------------------------------
# Oracle 2: the same textbook formula in 50-digit mpmath, for any traffic.
# --------------------------------------------------------------------------------------


@functools.cache
def _poisson_terms(traffic: float) -> tuple[list[mpmath.mpf], list[mpmath.mpf]]:
    """Terms A^k / k! (each from an explicit power and factorial) and their prefix sums,
    for k = 0 .. A + 10·√A + 30."""
    k_max = math.ceil(traffic + 10 * math.sqrt(traffic) + 30)
    with mpmath.workdps(DIGITS):
        a = mpmath.mpf(traffic)
        terms = [mpmath.power(a, k) / mpmath.factorial(k) for k in range(k_max + 1)]
        prefix = []
        running = mpmath.mpf(0)
        for term in terms:
            running += term
            prefix.append(running)
    return terms, prefix


def mp_erlang_b(agents: int, traffic: float) -> mpmath.mpf:
    terms, prefix = _poisson_terms(traffic)
    with mpmath.workdps(DIGITS):
        return terms[agents] / prefix[agents]


def mp_erlang_c(agents: int, traffic: float) -> mpmath.mpf:
    assert agents > traffic, "the reference formula holds for a stable queue only"
    terms, prefix = _poisson_terms(traffic)
    with mpmath.workdps(DIGITS):
        n = mpmath.mpf(agents)
        top = terms[agents] * n / (n - mpmath.mpf(traffic))
        return top / (prefix[agents - 1] + top)


def mp_service_level(
    agents: int, traffic: float, aht_seconds: float, answer_seconds: float
) -> mpmath.mpf:
    if agents <= traffic:
        return mpmath.mpf(0)
    with mpmath.workdps(DIGITS):
        decay = mpmath.exp(
            -(mpmath.mpf(agents) - mpmath.mpf(traffic))
            * mpmath.mpf(answer_seconds)
            / mpmath.mpf(aht_seconds)
        )
        return 1 - mp_erlang_c(agents, traffic) * decay


def mp_asa(agents: int, traffic: float, aht_seconds: float) -> mpmath.mpf:
    with mpmath.workdps(DIGITS):
        return (
            mp_erlang_c(agents, traffic)
            * mpmath.mpf(aht_seconds)
            / (mpmath.mpf(agents) - mpmath.mpf(traffic))
        )


def brute_force_agents(
    traffic: float, aht_seconds: float, answer_seconds: float, target: float
) -> tuple[int, mpmath.mpf, mpmath.mpf]:
    """Fewest agents meeting the target, trying every N upward in 50 digits.

    Returns N and the 50-digit service levels at N − 1 and N (to rule out ties)."""
    n = math.floor(traffic) + 1  # N ≤ A is unstable: service level 0
    previous = mp_service_level(n - 1, traffic, aht_seconds, answer_seconds)
    while True:
        level = mp_service_level(n, traffic, aht_seconds, answer_seconds)
        if level >= target:
            return n, previous, level
        previous = level
        n += 1


def relative_error(model: float, reference: mpmath.mpf) -> float:
    with mpmath.workdps(DIGITS):
        return float(abs(mpmath.mpf(model) - reference) / abs(reference))


def near_sqrt_staffing(traffic: float) -> list[int]:
    """Agents from just above the traffic to a few √A above it (square-root staffing)."""
    root = math.sqrt(traffic)
    return sorted(
        {math.floor(traffic) + 1, *(math.ceil(traffic + k * root) for k in (0.5, 1, 2, 3, 4))}
    )


LARGE_TRAFFICS = [0.5, 10.0, 100.0, 1000.0, 5000.0, 10000.0]

# --------------------------------------------------------------------------------------
# Published worked examples.
# --------------------------------------------------------------------------------------

# Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example":
# 100 calls in 30 minutes, AHT 180 s, 80% in 20 s → 10 Erlangs, 14 agents, service
# level 88.8%, probability of waiting 17.4%, ASA 7.8 s, occupancy 71.4%; with 30%
# shrinkage, 20 agents scheduled. The CRAN package ErlangC (README) prints the same
# example to 7 digits: P(wait) 0.1741319, service level 0.88835, ASA 7.83593701177724 s,
# occupancy 0.7142857, and for its first trial of 11 agents P(wait) 0.6821182 and
# service level 0.3896138.
CCH_CALLS, CCH_INTERVAL_S, CCH_AHT_S, CCH_ANSWER_S, CCH_TARGET = 100, 1800, 180, 20, 0.80

# Mitan Ltd, "The Erlang-C formula" (the widely copied step-by-step page): 360 calls per
# half hour, 4-minute calls, 55 agents, 15 s answer target → traffic 48 Erlangs,
# occupancy 87.3%, E_C = 0.239 (23.9% wait), ASA 8.2 s, service level 84.6%.
MITAN_CALLS, MITAN_INTERVAL_S, MITAN_AHT_S, MITAN_AGENTS, MITAN_ANSWER_S = 360, 1800, 240, 55, 15

# Hillier & Lieberman, *Introduction to Operations Research*, ch. 17, the County Hospital
# emergency room (M/M/s): λ = 2 patients an hour, mean treatment 20 min (μ = 3 an hour),
# so A = 2/3. One doctor: P(Wq > 0) = 2/3, Wq = 2/3 hour, Lq = 4/3,
# P(Wq > t) = (2/3)·e^(−t). Two doctors: P(Wq > 0) = 1/6, Wq = 1/24 hour, Lq = 1/12,
# P(Wq > t) = (1/6)·e^(−4t) (t in hours).
HOSPITAL_TRAFFIC = Fraction(2, 3)
HOSPITAL_AHT_S = 20 * 60
HOSPITAL_ARRIVALS_PER_S = 2 / 3600

# Wolfram Language documentation, ErlangC, "Applications": a support centre with 30
# calls an hour of 5 minutes each (A = 2.5) wants 90% of calls not delayed. The exact
# formula (checked below in rationals) gives C(5) = 0.130 > 0.1 and C(6) = 0.047:
# six people.
WOLFRAM_TRAFFIC = Fraction(5, 2)

# Erlang B traffic tables (e.g. the tables in ITU-T's Teletraffic Engineering Handbook
# and in every telephony text): traffic carried at a given grade of service.
# (circuits, grade of service, Erlangs as printed to the table's precision)
ERLANG_B_TABLE = [
    (5, 0.01, 1.361),
    (10, 0.01, 4.461),
    (10, 0.02, 5.084),
    (20, 0.01, 12.03),
    (100, 0.01, 84.06),
]


class TestPublishedExamplesAgreeWithExactArithmetic:
    """Each published figure used below is first confirmed by the exact formula, so a
    failure elsewhere points at the model, not at the reference."""

    def test_call_centre_helper_figures_follow_from_the_exact_formula(self) -> None:
        c = exact_erlang_c(14, Fraction(10))
        assert round(float(c), 3) == 0.174
        assert round(float(c), 7) == 0.1741319
        assert round(float(c) * 180 / 4, 1) == 7.8
        assert round(float(exact_erlang_c(11, Fraction(10))), 7) == 0.6821182
        with mpmath.workdps(DIGITS):
            level = 1 - mpmath.mpf(c.numerator) / c.denominator * mpmath.exp(-4 * 20 / 180.0)
        assert round(float(level), 3) == 0.888

    def test_mitan_figures_follow_from_the_exact_formula(self) -> None:
        c = exact_erlang_c(55, Fraction(48))
        assert round(float(c), 3) == 0.239
        assert round(float(c) * 240 / 7, 1) == 8.2
        assert round(1 - float(c) * math.exp(-7 * 15 / 240), 3) == 0.846

    def test_hospital_figures_follow_from_the_exact_formula(self) -> None:
        assert exact_erlang_c(1, HOSPITAL_TRAFFIC) == Fraction(2, 3)
        assert exact_erlang_c(2, HOSPITAL_TRAFFIC) == Fraction(1, 6)

    def test_wolfram_support_centre_needs_six_by_the_exact_formula(self) -> None:
        assert exact_erlang_c(5, WOLFRAM_TRAFFIC) > Fraction(1, 10)
        assert exact_erlang_c(6, WOLFRAM_TRAFFIC) <= Fraction(1, 10)

    @pytest.mark.parametrize(("circuits", "grade", "traffic"), ERLANG_B_TABLE)
    def test_erlang_b_table_entries_follow_from_the_exact_formula(
        self, circuits: int, grade: float, traffic: float
    ) -> None:
        blocking = exact_erlang_b(circuits, Fraction(str(traffic)))
        assert float(blocking) == pytest.approx(grade, rel=2e-3)

    @pytest.mark.parametrize("traffic", [0.5, 100.0, 1000.0])
    def test_mpmath_reference_matches_exact_rationals(self, traffic: float) -> None:
        # The 50-digit oracle against the rational one, where both are affordable.
        for n in near_sqrt_staffing(traffic):
            exact = exact_erlang_c(n, Fraction(traffic))
            assert relative_error(float(exact), mp_erlang_c(n, traffic)) < 1e-14

    def test_mpmath_reference_matches_the_incomplete_gamma_closed_form(self) -> None:
        # Σ_{k≤N} A^k/k! = e^A · Q(N+1, A): an independent check at 10,000 Erlangs.
        traffic, n = 10_000.0, 10_300
        with mpmath.workdps(DIGITS):
            a = mpmath.mpf(traffic)
            closed = mpmath.power(a, n) / mpmath.factorial(n)
            closed /= mpmath.exp(a) * mpmath.gammainc(n + 1, a, regularized=True)
            assert abs(mp_erlang_b(n, traffic) / closed - 1) < mpmath.mpf(10) ** -40


# --------------------------------------------------------------------------------------
# The model, function by function.
# --------------------------------------------------------------------------------------


class TestTrafficErlangs:
    def test_call_centre_helper_example_is_ten_erlangs(self) -> None:
        assert float(erlang.traffic_erlangs(CCH_CALLS, CCH_AHT_S, CCH_INTERVAL_S)) == 10.0

    def test_mitan_example_is_forty_eight_erlangs(self) -> None:
        traffic = erlang.traffic_erlangs(MITAN_CALLS, MITAN_AHT_S, MITAN_INTERVAL_S)
        assert float(traffic) == 48.0

    def test_traffic_is_vectorised_over_intervals(self) -> None:
        traffic = erlang.traffic_erlangs([0, 100, 200], [180, 180, 90], 1800)
        assert traffic.tolist() == [0.0, 10.0, 10.0]

    @FAST
    @given(
        calls=floats(0, 1e6, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        interval_minutes=st.sampled_from([15, 30, 60]),
    )
    def test_traffic_is_workload_per_second_of_interval(
        self, calls: float, aht: float, interval_minutes: int
    ) -> None:
        seconds = interval_minutes * 60.0
        traffic = float(erlang.traffic_erlangs(calls, aht, seconds))
        assert traffic == pytest.approx(calls * aht / seconds, rel=1e-12, abs=1e-300)


class TestErlangB:
    def test_fourteen_lines_at_ten_erlangs_block_5_7_percent(self) -> None:
        expected = float(exact_erlang_b(14, Fraction(10)))
        assert float(erlang.erlang_b(14, 10.0)) == pytest.approx(expected, rel=1e-13)

    @pytest.mark.parametrize(("circuits", "grade", "traffic"), ERLANG_B_TABLE)
    def test_reproduces_the_erlang_b_traffic_table(
        self, circuits: int, grade: float, traffic: float
    ) -> None:
        assert float(erlang.erlang_b(circuits, traffic)) == pytest.approx(grade, rel=2e-3)

    @pytest.mark.parametrize("traffic", LARGE_TRAFFICS)
    def test_matches_fifty_digit_formula_at_any_traffic(self, traffic: float) -> None:
        agents = [max(1, math.floor(traffic / 2)), *near_sqrt_staffing(traffic)]
        model = erlang.erlang_b(agents, traffic)
        for n, value in zip(agents, model, strict=True):
            assert relative_error(float(value), mp_erlang_b(n, traffic)) < 1e-9, n

    def test_no_agents_block_every_call(self) -> None:
        assert erlang.erlang_b([0, 0], [0.0, 5.0]).tolist() == [1.0, 1.0]

    def test_no_traffic_is_never_blocked(self) -> None:
        assert erlang.erlang_b([1, 10, 1000], 0.0).tolist() == [0.0, 0.0, 0.0]

    def test_result_has_the_broadcast_shape(self) -> None:
        blocking = erlang.erlang_b(np.array([[1], [2]]), np.array([1.0, 2.0, 3.0]))
        assert blocking.shape == (2, 3)

    @FAST
    @given(
        pairs=st.lists(
            st.tuples(st.integers(0, 400), floats(0, 500, allow_nan=False)),
            min_size=1,
            max_size=10,
        )
    )
    def test_each_interval_gets_the_same_answer_as_alone(
        self, pairs: list[tuple[int, float]]
    ) -> None:
        agents, traffic = zip(*pairs, strict=True)
        together = erlang.erlang_b(list(agents), list(traffic))
        alone = [float(erlang.erlang_b(n, a)) for n, a in pairs]
        assert together.tolist() == alone

    @FAST
    @given(agents=st.integers(0, 2000), traffic=floats(0, 2000, allow_nan=False))
    def test_more_agents_never_raise_blocking(self, agents: int, traffic: float) -> None:
        pair = erlang.erlang_b([agents, agents + 1], traffic)
        assert 0.0 <= pair[1] <= pair[0] <= 1.0


class TestErlangC:
    def test_call_centre_helper_probability_of_waiting_is_17_4_percent(self) -> None:
        c = float(erlang.erlang_c(14, 10.0))
        assert round(c, 3) == 0.174
        assert round(c, 7) == 0.1741319  # CRAN ErlangC README

    def test_call_centre_helper_first_trial_of_eleven_agents(self) -> None:
        assert round(float(erlang.erlang_c(11, 10.0)), 7) == 0.6821182  # CRAN ErlangC README

    def test_mitan_probability_of_waiting_is_23_9_percent(self) -> None:
        assert round(float(erlang.erlang_c(MITAN_AGENTS, 48.0)), 3) == 0.239

    def test_hospital_waiting_probabilities_are_two_thirds_and_one_sixth(self) -> None:
        c = erlang.erlang_c([1, 2], float(HOSPITAL_TRAFFIC))
        assert c.tolist() == pytest.approx([2 / 3, 1 / 6], rel=1e-14)

    def test_wolfram_support_centre_crosses_ten_percent_at_six(self) -> None:
        c = erlang.erlang_c([5, 6], float(WOLFRAM_TRAFFIC))
        assert c[0] > 0.1 >= c[1]

    @pytest.mark.parametrize("traffic", LARGE_TRAFFICS)
    def test_matches_fifty_digit_formula_at_any_traffic(self, traffic: float) -> None:
        agents = near_sqrt_staffing(traffic)
        model = erlang.erlang_c(agents, traffic)
        assert np.isfinite(model).all()
        for n, value in zip(agents, model, strict=True):
            assert relative_error(float(value), mp_erlang_c(n, traffic)) < 1e-9, n

    @pytest.mark.parametrize(("agents", "traffic"), [(0, 1.0), (5, 5.0), (5, 7.5), (100, 1e4)])
    def test_unstable_queue_makes_everyone_wait(self, agents: int, traffic: float) -> None:
        assert float(erlang.erlang_c(agents, traffic)) == 1.0

    def test_no_traffic_means_nobody_waits(self) -> None:
        assert erlang.erlang_c([0, 1, 50], 0.0).tolist() == [0.0, 0.0, 0.0]

    @FAST
    @given(agents=st.integers(0, 3000), traffic=floats(0, 3000, allow_nan=False))
    def test_probability_of_waiting_is_a_probability(self, agents: int, traffic: float) -> None:
        c = float(erlang.erlang_c(agents, traffic))
        assert 0.0 <= c <= 1.0

    @FAST
    @given(agents=st.integers(1, 3000), traffic=floats(1e-6, 3000, allow_nan=False))
    def test_waiting_is_at_least_as_likely_as_blocking(self, agents: int, traffic: float) -> None:
        # A caller who would be blocked in the loss system waits in the delay system.
        b = float(erlang.erlang_b(agents, traffic))
        c = float(erlang.erlang_c(agents, traffic))
        assert c >= b * (1 - 1e-12)

    @FAST
    @given(agents=st.integers(0, 3000), traffic=floats(0, 3000, allow_nan=False))
    def test_more_agents_never_raise_the_probability_of_waiting(
        self, agents: int, traffic: float
    ) -> None:
        c = erlang.erlang_c([agents, agents + 1], traffic)
        assert c[1] <= c[0]


class TestErlangCFromB:
    def test_gives_the_same_as_erlang_c(self) -> None:
        agents, traffic = np.array([11, 14, 55]), np.array([10.0, 10.0, 48.0])
        from_b = erlang.erlang_c_from_b(agents, traffic, erlang.erlang_b(agents, traffic))
        assert from_b.tolist() == erlang.erlang_c(agents, traffic).tolist()

    def test_unstable_queue_is_one_whatever_the_blocking(self) -> None:
        assert erlang.erlang_c_from_b([3, 3], [3.0, 4.0], [0.5, 0.2]).tolist() == [1.0, 1.0]


class TestServiceLevel:
    def test_call_centre_helper_service_level_is_88_8_percent(self) -> None:
        level = float(erlang.service_level(14, 10.0, CCH_AHT_S, CCH_ANSWER_S))
        assert round(level, 3) == 0.888
        assert round(level, 5) == 0.88835  # CRAN ErlangC README

    def test_call_centre_helper_eleven_agents_miss_the_target(self) -> None:
        level = float(erlang.service_level(11, 10.0, CCH_AHT_S, CCH_ANSWER_S))
        assert round(level, 7) == 0.3896138  # CRAN ErlangC README

    def test_mitan_service_level_is_84_6_percent(self) -> None:
        level = erlang.service_level(MITAN_AGENTS, 48.0, MITAN_AHT_S, MITAN_ANSWER_S)
        assert round(float(level), 3) == 0.846

    @pytest.mark.parametrize("hours", [0.0, 0.25, 1.0, 3.0])
    def test_hospital_tail_of_the_wait_matches_the_textbook(self, hours: float) -> None:
        # Hillier & Lieberman: P(Wq > t) = (2/3)e^(−t) with one doctor, (1/6)e^(−4t) with two.
        levels = erlang.service_level([1, 2], float(HOSPITAL_TRAFFIC), HOSPITAL_AHT_S, hours * 3600)
        expected_late = [2 / 3 * math.exp(-hours), 1 / 6 * math.exp(-4 * hours)]
        assert (1 - levels).tolist() == pytest.approx(expected_late, rel=1e-12)

    @pytest.mark.parametrize("traffic", LARGE_TRAFFICS)
    def test_matches_fifty_digit_formula_at_any_traffic(self, traffic: float) -> None:
        agents = near_sqrt_staffing(traffic)
        for aht, answer in [(180.0, 20.0), (300.0, 0.0), (45.0, 60.0)]:
            model = erlang.service_level(agents, traffic, aht, answer)
            for n, value in zip(agents, model, strict=True):
                reference = mp_service_level(n, traffic, aht, answer)
                assert relative_error(float(value), reference) < 1e-9, (n, aht, answer)

    def test_answer_time_zero_is_the_share_answered_at_once(self) -> None:
        level = float(erlang.service_level(14, 10.0, 180, 0))
        assert level == pytest.approx(1 - float(erlang.erlang_c(14, 10.0)), rel=1e-15)

    @pytest.mark.parametrize(("agents", "traffic"), [(0, 1.0), (10, 10.0), (9, 10.0)])
    def test_unstable_queue_answers_nobody_in_time(self, agents: int, traffic: float) -> None:
        assert float(erlang.service_level(agents, traffic, 180, 3600)) == 0.0

    def test_no_traffic_is_full_service_even_without_agents(self) -> None:
        assert erlang.service_level([0, 5], 0.0, 180, 20).tolist() == [1.0, 1.0]

    @FAST
    @given(
        agents=st.integers(0, 3000),
        traffic=floats(0, 3000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
    )
    def test_more_agents_never_lower_service_level(
        self, agents: int, traffic: float, aht: float, answer: float
    ) -> None:
        levels = erlang.service_level([agents, agents + 1], traffic, aht, answer)
        assert levels[1] >= levels[0]

    @FAST
    @given(
        agents=st.integers(0, 3000),
        traffic=floats(0, 3000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        extra_seconds=floats(0, 3600, allow_nan=False),
    )
    def test_longer_answer_time_never_lowers_service_level(
        self, agents: int, traffic: float, aht: float, answer: float, extra_seconds: float
    ) -> None:
        levels = erlang.service_level(agents, traffic, aht, [answer, answer + extra_seconds])
        assert levels[1] >= levels[0]

    @FAST
    @given(
        agents=st.integers(1, 3000),
        traffic=floats(0, 3000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
    )
    def test_service_level_is_a_share(
        self, agents: int, traffic: float, aht: float, answer: float
    ) -> None:
        assert 0.0 <= float(erlang.service_level(agents, traffic, aht, answer)) <= 1.0


class TestAverageSpeedOfAnswer:
    def test_call_centre_helper_asa_is_7_8_seconds(self) -> None:
        asa = float(erlang.average_speed_of_answer(14, 10.0, erlang.erlang_c(14, 10.0), 180))
        assert round(asa, 1) == 7.8
        assert asa == pytest.approx(7.83593701177724, rel=1e-12)  # CRAN ErlangC README

    def test_mitan_asa_is_8_2_seconds(self) -> None:
        c = erlang.erlang_c(MITAN_AGENTS, 48.0)
        asa = erlang.average_speed_of_answer(MITAN_AGENTS, 48.0, c, MITAN_AHT_S)
        assert round(float(asa), 1) == 8.2

    def test_hospital_waits_match_the_textbook(self) -> None:
        # Wq = 2/3 hour with one doctor, 1/24 hour with two; Lq = λ·Wq = 4/3 and 1/12.
        traffic = float(HOSPITAL_TRAFFIC)
        c = erlang.erlang_c([1, 2], traffic)
        wq = erlang.average_speed_of_answer([1, 2], traffic, c, HOSPITAL_AHT_S)
        assert wq.tolist() == pytest.approx([2 / 3 * 3600, 3600 / 24], rel=1e-12)
        lq = wq * HOSPITAL_ARRIVALS_PER_S
        assert lq.tolist() == pytest.approx([4 / 3, 1 / 12], rel=1e-12)

    @pytest.mark.parametrize("traffic", LARGE_TRAFFICS)
    def test_matches_fifty_digit_formula_at_any_traffic(self, traffic: float) -> None:
        agents = near_sqrt_staffing(traffic)
        c = erlang.erlang_c(agents, traffic)
        model = erlang.average_speed_of_answer(agents, traffic, c, 240.0)
        for n, value in zip(agents, model, strict=True):
            assert relative_error(float(value), mp_asa(n, traffic, 240.0)) < 1e-9, n

    def test_unstable_queue_waits_forever(self) -> None:
        asa = erlang.average_speed_of_answer([0, 10, 9], 10.0, 1.0, 180)
        assert np.isposinf(asa).all()

    def test_no_traffic_waits_zero_seconds(self) -> None:
        assert erlang.average_speed_of_answer([0, 3], 0.0, 0.0, 180).tolist() == [0.0, 0.0]

    @FAST
    @given(agents=st.integers(1, 3000), traffic=floats(0, 3000, allow_nan=False))
    def test_more_agents_never_lengthen_the_wait(self, agents: int, traffic: float) -> None:
        both = np.array([agents, agents + 1])
        asa = erlang.average_speed_of_answer(both, traffic, erlang.erlang_c(both, traffic), 180)
        assert asa[1] <= asa[0]
        assert asa[1] >= 0.0


class TestOccupancy:
    def test_call_centre_helper_occupancy_is_71_4_percent(self) -> None:
        assert round(float(erlang.occupancy(14, 10.0)), 3) == 0.714
        assert round(float(erlang.occupancy(14, 10.0)), 7) == 0.7142857  # CRAN ErlangC README

    def test_mitan_occupancy_is_87_3_percent(self) -> None:
        assert round(float(erlang.occupancy(MITAN_AGENTS, 48.0)), 3) == 0.873

    def test_overloaded_agents_are_fully_occupied(self) -> None:
        assert erlang.occupancy([5, 10], 10.0).tolist() == [1.0, 1.0]

    def test_no_agents_means_no_occupancy(self) -> None:
        assert float(erlang.occupancy(0, 0.0)) == 0.0

    def test_no_agents_for_a_busy_interval_are_fully_occupied_like_any_unstable_queue(
        self,
    ) -> None:
        assert erlang.occupancy([0, 0], [0.5, 10.0]).tolist() == [1.0, 1.0]

    @FAST
    @given(agents=st.integers(0, 25_000), traffic=floats(0, 20_000, allow_nan=False))
    def test_occupancy_is_a_share(self, agents: int, traffic: float) -> None:
        assert 0.0 <= float(erlang.occupancy(agents, traffic)) <= 1.0


class TestAgentsForServiceLevel:
    def test_call_centre_helper_needs_fourteen_agents(self) -> None:
        agents = erlang.agents_for_service_level(10.0, CCH_AHT_S, CCH_ANSWER_S, CCH_TARGET)
        assert int(agents) == 14

    def test_wolfram_support_centre_needs_six_for_ninety_percent_not_delayed(self) -> None:
        # "Not delayed" = answered within 0 s.
        agents = erlang.agents_for_service_level(float(WOLFRAM_TRAFFIC), 300, 0, 0.90)
        assert int(agents) == 6

    def test_hospital_needs_a_second_doctor_to_see_most_patients_at_once(self) -> None:
        # One doctor: 1/3 seen at once; two: 5/6.
        targets = [0.3, 0.8, 5 / 6 - 1e-12, 0.84]
        agents = erlang.agents_for_service_level(float(HOSPITAL_TRAFFIC), 1200, 0, targets)
        assert agents.tolist() == [1, 2, 2, 3]

    def test_no_traffic_needs_no_agents(self) -> None:
        assert erlang.agents_for_service_level([10.0, 0.0], 180, 20, 0.8).tolist() == [14, 0]

    def test_result_keeps_the_input_shape(self) -> None:
        traffic = np.array([[0.0, 10.0], [48.0, 10.0]])
        agents = erlang.agents_for_service_level(traffic, 180, 20, 0.8)
        assert agents.shape == (2, 2)
        assert agents.dtype == np.int64

    @pytest.mark.parametrize("traffic", [0.01, 10.0, 1000.0, 20_000.0])
    def test_a_hundred_percent_target_stops_at_float_resolution(self, traffic: float) -> None:
        # 100% is out of the scenario's range (≤ 99.9%); asked anyway, the search stops
        # where the shortfall is below double precision instead of running away.
        agents = int(erlang.agents_for_service_level(traffic, 7200, 0, 1.0))
        assert traffic < agents < traffic + 20 * math.sqrt(traffic) + 200
        assert float(erlang.service_level(agents, traffic, 7200, 0)) == 1.0
        assert float(erlang.erlang_c(agents, traffic)) < 1e-15

    @pytest.mark.parametrize(
        ("traffic", "aht", "answer", "target"),
        [
            (0.5, 180.0, 20.0, 0.8),
            (10.0, 180.0, 20.0, 0.8),
            (48.0, 240.0, 15.0, 0.8),
            (100.0, 300.0, 30.0, 0.9),
            (1000.0, 240.0, 20.0, 0.8),
            (1000.0, 600.0, 0.0, 0.99),
            (5000.0, 180.0, 20.0, 0.95),
            (10000.0, 180.0, 20.0, 0.8),
            (10000.0, 300.0, 10.0, 0.999),
        ],
    )
    def test_matches_a_fifty_digit_brute_force_search(
        self, traffic: float, aht: float, answer: float, target: float
    ) -> None:
        expected, below, at = brute_force_agents(traffic, aht, answer, target)
        # Not a near-tie: float and 50-digit arithmetic must agree on either side.
        assert float(at) - target > 1e-9 and target - float(below) > 1e-9
        assert int(erlang.agents_for_service_level(traffic, aht, answer, target)) == expected

    def test_ten_thousand_erlangs_is_quick_and_finite(self) -> None:
        traffic = np.linspace(0.0, 10_000.0, 672)  # a week of 15-minute intervals
        start = time.perf_counter()
        agents = erlang.agents_for_service_level(traffic, 180, 20, 0.8)
        elapsed = time.perf_counter() - start
        assert elapsed < 5.0
        assert (agents[1:] > traffic[1:]).all()
        levels = erlang.service_level(agents, traffic, 180, 20)
        assert not np.isnan(levels).any()
        assert (levels >= 0.8).all()

    @SLOW
    @given(
        traffic=floats(1e-6, 20_000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        target=floats(0.01, 0.999, allow_nan=False),
    )
    def test_meets_the_target_and_one_agent_fewer_does_not(
        self, traffic: float, aht: float, answer: float, target: float
    ) -> None:
        agents = int(erlang.agents_for_service_level(traffic, aht, answer, target))
        levels = erlang.service_level([agents - 1, agents], traffic, aht, answer)
        assert levels[1] >= target
        assert levels[0] < target

    @FAST
    @given(
        traffic=st.lists(floats(1e-6, 300, allow_nan=False), min_size=1, max_size=20),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        target=floats(0.01, 0.999, allow_nan=False),
    )
    def test_meets_the_target_minimally_in_every_interval(
        self, traffic: list[float], aht: float, answer: float, target: float
    ) -> None:
        agents = erlang.agents_for_service_level(traffic, aht, answer, target)
        assert (erlang.service_level(agents, traffic, aht, answer) >= target).all()
        assert (erlang.service_level(agents - 1, traffic, aht, answer) < target).all()

    @FAST
    @given(
        traffic=floats(0, 2000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        targets=st.lists(floats(0.01, 0.999, allow_nan=False), min_size=2, max_size=2),
    )
    def test_a_higher_target_never_needs_fewer_agents(
        self, traffic: float, aht: float, answer: float, targets: list[float]
    ) -> None:
        low, high = sorted(targets)
        agents = erlang.agents_for_service_level(traffic, aht, answer, [low, high])
        assert agents[1] >= agents[0]

    @FAST
    @given(
        traffic=floats(0, 2000, allow_nan=False),
        extra=floats(0, 2000, allow_nan=False),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        target=floats(0.01, 0.999, allow_nan=False),
    )
    def test_more_traffic_never_needs_fewer_agents(
        self, traffic: float, extra: float, aht: float, answer: float, target: float
    ) -> None:
        agents = erlang.agents_for_service_level([traffic, traffic + extra], aht, answer, target)
        assert agents[1] >= agents[0]

    @FAST
    @given(
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        target=floats(0.01, 0.999, allow_nan=False),
    )
    def test_zero_traffic_needs_zero_agents(self, aht: float, answer: float, target: float) -> None:
        assert int(erlang.agents_for_service_level(0.0, aht, answer, target)) == 0


# Valid inputs over the model's whole range: traffic 0..20,000 Erlangs, agents
# 0..25,000, AHT 1 s..2 h, answer target 0..1 h.
INTERVAL = st.tuples(
    floats(0, 20_000, allow_nan=False),
    st.integers(0, 25_000),
    floats(1, 7200, allow_nan=False),
    floats(0, 3600, allow_nan=False),
)


class TestNoNaNForValidInput:
    @SLOW
    @given(intervals=st.lists(INTERVAL, min_size=1, max_size=12))
    def test_no_output_is_ever_nan(self, intervals: list[tuple[float, int, float, float]]) -> None:
        traffic, agents, aht, answer = (np.array(x) for x in zip(*intervals, strict=True))
        blocking = erlang.erlang_b(agents, traffic)
        wait = erlang.erlang_c_from_b(agents, traffic, blocking)
        outputs = {
            "erlang_b": blocking,
            "erlang_c": wait,
            "service_level": erlang.service_level_from_c(agents, traffic, wait, aht, answer),
            "asa": erlang.average_speed_of_answer(agents, traffic, wait, aht),
            "occupancy": erlang.occupancy(agents, traffic),
        }
        for name, values in outputs.items():
            assert not np.isnan(values).any(), name
        for name in ("erlang_b", "erlang_c", "service_level", "occupancy"):
            assert ((outputs[name] >= 0.0) & (outputs[name] <= 1.0)).all(), name
        assert (outputs["asa"] >= 0.0).all()

    @SLOW
    @given(intervals=st.lists(INTERVAL, min_size=1, max_size=12))
    def test_unstable_queues_report_the_worst_case(
        self, intervals: list[tuple[float, int, float, float]]
    ) -> None:
        traffic, agents, aht, answer = (np.array(x) for x in zip(*intervals, strict=True))
        unstable = (agents <= traffic) & (traffic > 0)
        wait = erlang.erlang_c(agents, traffic)
        level = erlang.service_level_from_c(agents, traffic, wait, aht, answer)
        asa = erlang.average_speed_of_answer(agents, traffic, wait, aht)
        assert (wait[unstable] == 1.0).all()
        assert (level[unstable] == 0.0).all()
        assert np.isposinf(asa[unstable]).all()
        assert np.isfinite(asa[~unstable]).all()

    @SLOW
    @given(
        intervals=st.lists(
            st.tuples(
                floats(0, 20_000, allow_nan=False),
                floats(1, 7200, allow_nan=False),
                floats(0, 3600, allow_nan=False),
                floats(0.01, 0.999, allow_nan=False),
            ),
            min_size=1,
            max_size=12,
        )
    )
    def test_agents_for_service_level_is_finite_and_stable(
        self, intervals: list[tuple[float, float, float, float]]
    ) -> None:
        traffic, aht, answer, target = (np.array(x) for x in zip(*intervals, strict=True))
        agents = erlang.agents_for_service_level(traffic, aht, answer, target)
        assert (agents >= 0).all()
        assert ((agents > traffic) | (traffic == 0)).all()
        levels = erlang.service_level(agents, traffic, aht, answer)
        assert not np.isnan(levels).any()
        assert (levels >= target).all()
