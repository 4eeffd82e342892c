"""Erlang A (M/M/N+M): 50-digit birth–death oracle, a simulation, limits, properties.

Three independent checks stand behind ``ccx_model.erlang_a``:

- the stationary distribution of the birth–death process itself, in 50-digit mpmath,
  truncated where its tail is below 1e-45, with each waiting caller's chance to be
  answered within T from the hypoexponential wait of its queue position (the
  regularized incomplete beta function; no incomplete gamma anywhere);
- a seeded discrete-event simulation of 200,000 calls;
- limits with closed forms: patience → ∞ is Erlang C, patience = AHT makes the number
  of calls Poisson (the M/M/∞ queue), patience → 0 is Erlang B's loss system.

No published Erlang A figures with all inputs stated were found to cite; the worked
Erlang C example (Call Centre Helper: 10 Erlangs, 14 agents) anchors the limit.
"""

from __future__ import annotations

import heapq
import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special

from ccx_model import erlang
from ccx_model.erlang_a import agents_for_target_a, erlang_a

FAST = settings(database=None, deadline=None, max_examples=60)
SLOW = settings(database=None, deadline=None, max_examples=25)
DIGITS = 50
INTERVAL_S = 1800.0
MEASURES = ("wait", "abandon", "level", "asa", "occupancy")


# --------------------------------------------------------------------------------------
# Oracle: the birth–death process in 50 digits.
# --------------------------------------------------------------------------------------


def mp_erlang_a(
    agents: int, traffic: float, aht: float, patience: float, answer: float
) -> dict[str, mpmath.mpf]:
    """All measures from π_k ∝ A^k/k! (k ≤ N), π_N·Π_{i≤k−N} λ/(Nμ + iθ) above."""
    with mpmath.workdps(DIGITS):
        a, mu, theta = mpmath.mpf(traffic), 1 / mpmath.mpf(aht), 1 / mpmath.mpf(patience)
        lam = a * mu
        x, y = agents * mu / theta, lam / theta
        low = [mpmath.mpf(1)]
        for k in range(1, agents + 1):
            low.append(low[-1] * a / k)
        tail = [low[agents]]  # π_{N+j}, j = 0, 1, … (unnormalised)
        while True:
            j = len(tail)
            tail.append(tail[-1] * y / (x + j))
            if j > y - x + 10 and tail[-1] < mpmath.mpf(10) ** -45 * mpmath.fsum(tail):
                break
        total = mpmath.fsum(low[:agents]) + mpmath.fsum(tail)
        wait = mpmath.fsum(tail) / total
        abandon = theta * mpmath.fsum(j * t for j, t in enumerate(tail)) / (lam * total)
        late = 1 - mpmath.exp(-theta * mpmath.mpf(answer))
        level = mpmath.fsum(low[:agents]) / total
        waited = mpmath.mpf(0)
        steps = mpmath.mpf(0)
        for j in range(1, len(tail)):  # a caller who finds N + j − 1: queue position j
            steps += 1 / (x + j)
            answered = tail[j - 1] * x / (x + j) / total
            waited += answered * steps / theta
            if answer > 0:
                level += answered * mpmath.betainc(j, x + 1, 0, late, regularized=True)
        return {
            "wait": wait,
            "abandon": abandon,
            "level": level,
            "asa": waited / (1 - abandon),
            "occupancy": a * (1 - abandon) / agents,
        }


def model(agents: int, traffic: float, aht: float, patience: float, answer: float) -> dict:
    r = erlang_a([traffic * INTERVAL_S / aht], aht, INTERVAL_S, [agents], patience, answer)
    values = (
        r.probability_of_waiting,
        r.probability_of_abandonment,
        r.service_level,
        r.asa_seconds,
        r.occupancy,
    )
    return {name: float(v[0]) for name, v in zip(MEASURES, values, strict=True)}


def relative_error(value: float, reference: mpmath.mpf) -> float:
    with mpmath.workdps(DIGITS):
        return float(abs(mpmath.mpf(value) - reference) / abs(reference))


# (agents, Erlangs, AHT s, patience s, answer s): small, medium, overloaded (N < A),
# impatient and patient callers, thousands of Erlangs.
ORACLE_CASES = [
    (1, 0.5, 100.0, 1000.0, 5.0),
    (3, 2.0, 300.0, 60.0, 10.0),
    (14, 10.0, 180.0, 120.0, 20.0),
    (5, 20.0, 180.0, 30.0, 20.0),
    (40, 48.0, 240.0, 90.0, 15.0),
    (55, 48.0, 240.0, 90.0, 15.0),
    (60, 48.0, 240.0, 2400.0, 0.0),
    (300, 250.0, 200.0, 20.0, 60.0),
    (1900, 2000.0, 200.0, 150.0, 20.0),
    (2050, 2000.0, 200.0, 300.0, 20.0),
    (5100, 5000.0, 180.0, 60.0, 10.0),
]


class TestAgainstTheBirthDeathProcess:
    @pytest.mark.parametrize(("agents", "traffic", "aht", "patience", "answer"), ORACLE_CASES)
    def test_every_measure_to_nine_digits(
        self, agents: int, traffic: float, aht: float, patience: float, answer: float
    ) -> None:
        reference = mp_erlang_a(agents, traffic, aht, patience, answer)
        got = model(agents, traffic, aht, patience, answer)
        for name in MEASURES:
            assert relative_error(got[name], reference[name]) < 1e-9, name

    @pytest.mark.parametrize("answer", [15.0, 600.0])
    def test_where_the_gamma_functions_underflow_the_series_is_exact(self, answer: float) -> None:
        # Callers who wait 400 handle times: x = 24,000, y = 19,200, P(x, y) ≈ 1e-243, so
        # the queue sums come from the series (below 1e-200).
        agents, traffic, aht, patience = 60, 48.0, 240.0, 96_000.0
        assert special.gammainc(agents * patience / aht, traffic * patience / aht) < 1e-200
        reference = mp_erlang_a(agents, traffic, aht, patience, answer)
        got = model(agents, traffic, aht, patience, answer)
        for name in MEASURES:
            assert relative_error(got[name], reference[name]) < 1e-9, name

    def test_far_more_agents_than_load(self) -> None:
        reference = mp_erlang_a(120, 50.0, 180.0, 200.0, 20.0)  # P(W > 0) ≈ 4e-17
        got = model(120, 50.0, 180.0, 200.0, 20.0)
        for name in ("wait", "abandon", "asa"):
            assert relative_error(got[name], reference[name]) < 1e-9, name
        assert got["level"] == pytest.approx(float(reference["level"]), abs=1e-15)


# --------------------------------------------------------------------------------------
# Oracle: a discrete-event simulation.
# --------------------------------------------------------------------------------------


def simulate(
    agents: int, traffic: float, aht: float, patience: float, answer: float, seed: int
) -> dict[str, float]:
    """200,000 calls through N agents, first come first served; the first 5% warm up.

    Callers are taken in order of arrival: a caller gets the agent that frees up first
    once every earlier caller is answered or gone, unless its patience runs out before.
    """
    calls = 200_000
    rng = np.random.default_rng(seed)
    arrivals = np.cumsum(rng.exponential(aht / traffic, calls)).tolist()
    handle = rng.exponential(aht, calls).tolist()
    patience_draws = rng.exponential(patience, calls).tolist()
    free = [0.0] * agents
    counted = waited = abandoned = in_time = answered = 0
    total_wait = 0.0
    for i in range(calls):
        t, soonest = arrivals[i], free[0]
        counts = i >= calls // 20
        if soonest <= t:
            heapq.heapreplace(free, t + handle[i])
            wait = 0.0
        elif t + patience_draws[i] < soonest:
            counted += counts
            waited += counts
            abandoned += counts
            continue
        else:
            heapq.heapreplace(free, soonest + handle[i])
            wait = soonest - t
        if counts:
            counted += 1
            waited += wait > 0.0
            answered += 1
            in_time += wait <= answer
            total_wait += wait
    return {
        "wait": waited / counted,
        "abandon": abandoned / counted,
        "level": in_time / counted,
        "asa": total_wait / answered,
    }


class TestAgainstASimulation:
    @pytest.mark.parametrize(
        ("agents", "traffic", "aht", "patience", "answer", "seed"),
        [
            (12, 10.0, 180.0, 120.0, 20.0, 1),
            (45, 48.0, 240.0, 90.0, 15.0, 2),  # fewer agents than Erlangs
            (2, 1.5, 300.0, 600.0, 30.0, 3),
        ],
    )
    def test_within_statistical_tolerance(
        self, agents: int, traffic: float, aht: float, patience: float, answer: float, seed: int
    ) -> None:
        simulated = simulate(agents, traffic, aht, patience, answer, seed)
        got = model(agents, traffic, aht, patience, answer)
        # 190,000 counted calls: the probabilities' standard errors, correlation included,
        # are a few thousandths.
        for name in ("wait", "abandon", "level"):
            assert got[name] == pytest.approx(simulated[name], abs=0.012), name
        assert got["asa"] == pytest.approx(simulated["asa"], rel=0.06, abs=0.3)


# --------------------------------------------------------------------------------------
# Limits with closed forms.
# --------------------------------------------------------------------------------------


class TestLimits:
    @pytest.mark.parametrize(("agents", "traffic"), [(14, 10.0), (55, 48.0), (1050, 1000.0)])
    def test_endless_patience_is_erlang_c(self, agents: int, traffic: float) -> None:
        aht, answer = 180.0, 20.0
        got = model(agents, traffic, aht, 1e9 * aht, answer)
        wait = erlang.erlang_c(agents, traffic)
        assert got["wait"] == pytest.approx(float(wait), rel=1e-6)
        level = erlang.service_level(agents, traffic, aht, answer)
        assert got["level"] == pytest.approx(float(level), rel=1e-6)
        asa = erlang.average_speed_of_answer(agents, traffic, wait, aht)
        assert got["asa"] == pytest.approx(float(asa), rel=1e-6)
        assert got["abandon"] < 1e-6
        assert got["occupancy"] == pytest.approx(traffic / agents, rel=1e-6)

    def test_endless_patience_reproduces_the_call_centre_helper_example(self) -> None:
        got = model(14, 10.0, 180.0, 1e9, 20.0)
        assert (round(got["wait"], 3), round(got["level"], 3), round(got["asa"], 1)) == (
            0.174,
            0.888,
            7.8,
        )

    @pytest.mark.parametrize(("agents", "traffic"), [(3, 2.0), (14, 10.0), (90, 100.0)])
    def test_patience_equal_to_handle_time_makes_the_number_of_calls_poisson(
        self, agents: int, traffic: float
    ) -> None:
        # With θ = μ every call in the system leaves at rate μ: M/M/∞, K ~ Poisson(A).
        # P(W > 0) = P(K ≥ N) (arrivals see time averages), P(Ab) = E[(K − N)⁺]/A,
        # occupancy = E[min(K, N)]/N.
        got = model(agents, traffic, 240.0, 240.0, 15.0)
        with mpmath.workdps(DIGITS):
            a = mpmath.mpf(traffic)
            pmf = [mpmath.exp(-a) * a**k / mpmath.factorial(k) for k in range(agents + 400)]
            at_least = mpmath.fsum(pmf[agents:])
            beyond = mpmath.fsum((k - agents) * p for k, p in enumerate(pmf) if k > agents)
            busy = mpmath.fsum(min(k, agents) * p for k, p in enumerate(pmf))
        assert relative_error(got["wait"], at_least) < 1e-10
        assert relative_error(got["abandon"], beyond / a) < 1e-10
        assert relative_error(got["occupancy"], busy / agents) < 1e-10

    @pytest.mark.parametrize(("agents", "traffic"), [(5, 4.0), (14, 10.0), (120, 130.0)])
    def test_no_patience_is_erlang_b(self, agents: int, traffic: float) -> None:
        # Callers who hang up at once: those who find every agent busy are lost.
        got = model(agents, traffic, 180.0, 1e-7, 20.0)
        blocking = float(erlang.erlang_b(agents, traffic))
        assert got["wait"] == pytest.approx(blocking, rel=1e-6)
        assert got["abandon"] == pytest.approx(blocking, rel=1e-6)
        assert got["level"] == pytest.approx(1 - blocking, rel=1e-6)


class TestConventions:
    def test_no_calls(self) -> None:
        r = erlang_a([0.0, 0.0], 180, 1800, [0, 5], 120, 20)
        assert r.probability_of_waiting.tolist() == [0.0, 0.0]
        assert r.probability_of_abandonment.tolist() == [0.0, 0.0]
        assert r.service_level.tolist() == [1.0, 1.0]
        assert r.asa_seconds.tolist() == [0.0, 0.0]
        assert r.occupancy.tolist() == [0.0, 0.0]

    def test_no_agents_every_caller_waits_and_hangs_up(self) -> None:
        r = erlang_a([100.0], 180, 1800, [0], 120, 20)
        assert (r.probability_of_waiting[0], r.probability_of_abandonment[0]) == (1.0, 1.0)
        assert (r.service_level[0], r.asa_seconds[0], r.occupancy[0]) == (0.0, 0.0, 1.0)

    def test_fewer_agents_than_erlangs_is_a_finite_queue(self) -> None:
        r = erlang_a([200.0], 180, 1800, [10], 120, 20)  # 20 Erlangs, 10 agents
        assert 0.0 < r.service_level[0] < 1.0
        assert 0.49 < r.probability_of_abandonment[0] < 1.0  # at least half is not carried
        assert np.isfinite(r.asa_seconds[0])

    @pytest.mark.parametrize(
        ("field", "value"),
        [("aht", 0.0), ("patience", 0.0), ("patience", math.inf), ("answer", -1.0)],
    )
    def test_invalid_inputs_are_refused(self, field: str, value: float) -> None:
        args = {"aht": 180.0, "patience": 120.0, "answer": 20.0} | {field: value}
        with pytest.raises(ValueError, match=field):
            erlang_a([100], args["aht"], 1800, [14], args["patience"], args["answer"])


# --------------------------------------------------------------------------------------
# Properties over the whole valid range.
# --------------------------------------------------------------------------------------

TRAFFIC = st.floats(1e-3, 5000, allow_nan=False)
AHT = st.floats(10, 1800, allow_nan=False)
PATIENCE = st.floats(1, 3600, allow_nan=False)
ANSWER = st.floats(0, 600, allow_nan=False)


class TestProperties:
    @FAST
    @given(traffic=TRAFFIC, agents=st.integers(0, 6000), aht=AHT, patience=PATIENCE, answer=ANSWER)
    def test_more_agents_never_make_things_worse(
        self, traffic: float, agents: int, aht: float, patience: float, answer: float
    ) -> None:
        r = erlang_a(
            [traffic * INTERVAL_S / aht], aht, INTERVAL_S, [agents, agents + 1], patience, answer
        )
        slack = 1e-12
        assert r.service_level[1] >= r.service_level[0] - slack
        assert r.probability_of_abandonment[1] <= r.probability_of_abandonment[0] + slack
        assert r.probability_of_waiting[1] <= r.probability_of_waiting[0] + slack
        assert r.occupancy[1] <= r.occupancy[0] + slack

    @FAST
    @given(
        intervals=st.lists(
            st.tuples(
                st.one_of(st.just(0.0), TRAFFIC), st.integers(0, 6000), AHT, PATIENCE, ANSWER
            ),
            min_size=1,
            max_size=8,
        )
    )
    def test_probabilities_are_probabilities_and_nothing_is_nan(
        self, intervals: list[tuple[float, int, float, float, float]]
    ) -> None:
        traffic, agents, aht, patience, answer = (np.array(v) for v in zip(*intervals, strict=True))
        r = erlang_a(traffic * INTERVAL_S / aht, aht, INTERVAL_S, agents, patience, answer)
        for name in (
            "probability_of_waiting",
            "probability_of_abandonment",
            "service_level",
            "occupancy",
        ):
            values = getattr(r, name)
            assert np.isfinite(values).all(), name
            assert ((values >= 0.0) & (values <= 1.0)).all(), name
        assert np.isfinite(r.asa_seconds).all() and (r.asa_seconds >= 0.0).all()
        # Abandoning needs waiting; answered in time or not, every call is counted once.
        assert (r.probability_of_abandonment <= r.probability_of_waiting + 1e-15).all()
        assert (r.service_level <= 1.0 - r.probability_of_abandonment + 1e-12).all()


class TestAgentsForTarget:
    @SLOW
    @given(
        traffic=st.lists(st.floats(0, 800, allow_nan=False), min_size=1, max_size=6),
        aht=AHT,
        patience=PATIENCE,
        answer=st.floats(0, 120, allow_nan=False),
        target=st.floats(0.05, 0.95, allow_nan=False),
        max_abandonment=st.one_of(st.none(), st.floats(0.01, 0.5)),
        max_occupancy=st.one_of(st.none(), st.floats(0.5, 1.0)),
    )
    def test_fewest_agents_meeting_every_constraint(
        self,
        traffic: list[float],
        aht: float,
        patience: float,
        answer: float,
        target: float,
        max_abandonment: float | None,
        max_occupancy: float | None,
    ) -> None:
        calls = np.array(traffic) * INTERVAL_S / aht
        r = agents_for_target_a(
            calls, aht, INTERVAL_S, patience, answer, target, max_abandonment, max_occupancy
        )
        busy = calls > 0
        assert (r.agents[~busy] == 0).all() and (r.binding[~busy] == "none").all()
        assert (r.service_level[busy] >= target).all()
        if max_abandonment is not None:
            assert (r.probability_of_abandonment[busy] <= max_abandonment).all()
        if max_occupancy is not None:
            assert (r.occupancy[busy] <= max_occupancy).all()
        fewer = erlang_a(calls, aht, INTERVAL_S, np.maximum(r.agents - 1, 0), patience, answer)
        missed = {
            "target": fewer.service_level < target,
            "abandonment": fewer.probability_of_abandonment > (max_abandonment or 1.0),
            "occupancy": fewer.occupancy > (max_occupancy or 1.0),
        }
        for i in np.flatnonzero(busy):
            assert missed[str(r.binding[i])][i], (i, r.binding[i])

    def test_each_constraint_can_bind(self) -> None:
        calls = [100.0] * 3  # 10 Erlangs of 180 s in 30 minutes, patience 2 minutes
        only_target = agents_for_target_a(calls, 180, INTERVAL_S, 120, 20, 0.8)
        assert only_target.agents.tolist() == [12] * 3
        abandonment = agents_for_target_a(calls, 180, INTERVAL_S, 120, 20, 0.8, 0.02)
        assert (abandonment.agents.tolist(), str(abandonment.binding[0])) == (
            [15] * 3,
            "abandonment",
        )
        occupancy = agents_for_target_a(calls, 180, INTERVAL_S, 120, 20, 0.8, None, 0.6)
        assert str(occupancy.binding[0]) == "occupancy"
        assert (
            occupancy.occupancy[0]
            <= 0.6
            < erlang_a(calls[:1], 180, INTERVAL_S, [occupancy.agents[0] - 1], 120, 20).occupancy[0]
        )

    def test_impatient_callers_need_fewer_agents_than_erlang_c_for_the_same_target(self) -> None:
        # With 2-minute patience, 12 agents answer 82.6% of all calls in 20 s; Erlang C
        # (nobody hangs up) needs 14 for 80%.
        assert agents_for_target_a([100.0], 180, INTERVAL_S, 120, 20, 0.8).agents.tolist() == [12]
        assert int(erlang.agents_for_service_level(10.0, 180, 20, 0.8)) == 14

    def test_thousands_of_erlangs(self) -> None:
        calls = np.array([4000.0, 20_000.0]) * INTERVAL_S / 180  # 4,000 and 20,000 Erlangs
        r = agents_for_target_a(calls, 180, INTERVAL_S, 180, 20, 0.9, 0.01)
        assert (r.service_level >= 0.9).all() and (r.probability_of_abandonment <= 0.01).all()
        assert (r.agents < calls * 180 / INTERVAL_S * 1.05).all()

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"target_service_level": 1.0}, "target_service_level"),
            ({"target_service_level": 0.0}, "target_service_level"),
            ({"max_abandonment": 0.0}, "max_abandonment"),
            ({"max_occupancy": 1.5}, "max_occupancy"),
        ],
    )
    def test_impossible_targets_are_refused(self, kwargs: dict, match: str) -> None:
        args = {"target_service_level": 0.8} | kwargs
        with pytest.raises(ValueError, match=match):
            agents_for_target_a([100.0], 180, INTERVAL_S, 120, 20, **args)
