"""Staffing per interval (Erlang C, occupancy cap, shrinkage) and the weekly load it
is computed from."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model import pattern, staffing
from ccx_model.scenario import DemandPattern

FAST = settings(database=None, deadline=None, max_examples=60)
SLOW = settings(database=None, deadline=None, max_examples=20)

# Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example":
# 100 calls in 30 min, AHT 180 s, 80% in 20 s, maximum occupancy 85%, shrinkage 30%
# → 14 agents, service level 88.8%, P(wait) 17.4%, ASA 7.8 s, occupancy 71.4%,
# 20 agents scheduled.
CCH = {"calls": [100], "aht_seconds": 180, "interval_minutes": 30}

CALLS = floats(0, 5_000, allow_nan=False)  # up to 10,000 Erlangs per 15 minutes
AHT = floats(10, 1800, allow_nan=False)
TARGET = floats(0.05, 0.999, allow_nan=False)
ANSWER = floats(0, 600, allow_nan=False)


class TestScheduledAgents:
    def test_call_centre_helper_fourteen_agents_at_30_percent_shrinkage_schedule_twenty(
        self,
    ) -> None:
        # 14 / 0.7 is 20.000000000000004 in floating point: must still be 20.
        assert staffing.scheduled_agents([14], 0.30).tolist() == [20]

    def test_no_shrinkage_schedules_exactly_the_agents(self) -> None:
        assert staffing.scheduled_agents([0, 1, 14, 999], 0.0).tolist() == [0, 1, 14, 999]

    def test_part_of_an_agent_rounds_up(self) -> None:
        assert staffing.scheduled_agents([10], 0.35).tolist() == [16]  # 15.38 → 16

    @pytest.mark.parametrize("shrinkage", [-0.01, 1.0, 1.5])
    def test_shrinkage_outside_zero_to_one_is_refused(self, shrinkage: float) -> None:
        with pytest.raises(ValueError, match="shrinkage"):
            staffing.scheduled_agents([10], shrinkage)

    @FAST
    @given(
        agents=st.lists(st.integers(0, 25_000), min_size=1, max_size=20),
        shrinkage_percent=st.integers(0, 80),
    )
    def test_matches_the_exact_ceiling_for_a_percent_shrinkage(
        self, agents: list[int], shrinkage_percent: int
    ) -> None:
        # A director types "35%": the intended value is exactly 35/100, not its float.
        scheduled = staffing.scheduled_agents(agents, shrinkage_percent / 100)
        exact_share = 1 - Fraction(shrinkage_percent, 100)
        assert scheduled.tolist() == [math.ceil(n / exact_share) for n in agents]

    @FAST
    @given(
        agents=st.lists(st.integers(0, 25_000), min_size=1, max_size=20),
        shrinkage=floats(0, 0.8, allow_nan=False),
    )
    def test_never_schedules_fewer_than_needed_on_the_phones(
        self, agents: list[int], shrinkage: float
    ) -> None:
        scheduled = staffing.scheduled_agents(agents, shrinkage)
        assert (scheduled >= np.array(agents)).all()
        # After shrinkage at least the agents remain (up to the 1e-9 noise guard) …
        assert (scheduled * (1 - shrinkage) >= np.array(agents) - 1e-6).all()
        # … and one scheduled agent fewer would not do.
        assert ((scheduled - 1) * (1 - shrinkage) < np.array(agents) + 1e-6).all()

    @FAST
    @given(agents=st.integers(0, 25_000), low=floats(0, 0.8), high=floats(0, 0.8))
    def test_more_shrinkage_never_schedules_fewer(
        self, agents: int, low: float, high: float
    ) -> None:
        low, high = sorted((low, high))
        assert (
            staffing.scheduled_agents([agents], high)[0]
            >= staffing.scheduled_agents([agents], low)[0]
        )


class TestRequiredStaffing:
    def test_call_centre_helper_worked_example(self) -> None:
        r = staffing.required_staffing(
            **CCH, service_level_target=0.8, answer_seconds=20, shrinkage=0.3
        )
        assert float(r.traffic_erlangs[0]) == 10.0
        assert int(r.agents[0]) == 14
        assert round(float(r.service_level[0]), 3) == 0.888
        assert round(float(r.probability_of_waiting[0]), 3) == 0.174
        assert round(float(r.asa_seconds[0]), 1) == 7.8
        assert round(float(r.occupancy[0]), 3) == 0.714
        assert int(r.scheduled_agents[0]) == 20
        assert bool(r.stable[0])

    def test_call_centre_helper_85_percent_occupancy_cap_does_not_bind(self) -> None:
        r = staffing.required_staffing(
            **CCH, service_level_target=0.8, answer_seconds=20, max_occupancy=0.85, shrinkage=0.3
        )
        assert (int(r.agents[0]), int(r.scheduled_agents[0])) == (14, 20)

    def test_a_tight_occupancy_cap_adds_agents(self) -> None:
        # 10 Erlangs at most 70% busy: ceil(10 / 0.7) = 15 agents, above Erlang C's 14.
        r = staffing.required_staffing(
            **CCH, service_level_target=0.8, answer_seconds=20, max_occupancy=0.70
        )
        assert int(r.agents[0]) == 15
        assert float(r.occupancy[0]) <= 0.70

    def test_an_exact_occupancy_cap_is_not_rounded_up_by_float_noise(self) -> None:
        # 90 Erlangs at 90%: exactly 100 agents (90 / 0.9 is 99.99999999999999 or 100.000…).
        r = staffing.required_staffing([1800], 180, 60, 0.05, 0, max_occupancy=0.9)
        assert int(r.agents[0]) == 100

    def test_intervals_without_calls_need_no_agents(self) -> None:
        r = staffing.required_staffing(
            [0, 100, 0], 180, 30, 0.8, 20, max_occupancy=0.85, shrinkage=0.3
        )
        assert r.agents.tolist() == [0, 14, 0]
        assert r.scheduled_agents.tolist() == [0, 20, 0]
        assert r.service_level.tolist()[0] == 1.0
        assert r.asa_seconds.tolist()[0] == 0.0
        assert r.stable.tolist() == [True, True, True]

    def test_aht_per_interval_is_used_per_interval(self) -> None:
        r = staffing.required_staffing([100, 100], [180, 360], 30, 0.8, 20)
        assert r.traffic_erlangs.tolist() == [10.0, 20.0]
        assert r.agents[1] > r.agents[0]

    def test_results_are_arrays_of_one_length(self) -> None:
        r = staffing.required_staffing([10, 20, 30], 180, 15, 0.8, 20)
        assert len(r) == 3
        for name in (
            "calls",
            "aht_seconds",
            "traffic_erlangs",
            "agents",
            "service_level",
            "probability_of_waiting",
            "asa_seconds",
            "occupancy",
            "scheduled_agents",
            "stable",
        ):
            assert np.shape(getattr(r, name)) == (3,), name

    def test_a_single_number_of_calls_is_one_interval(self) -> None:
        assert len(staffing.required_staffing(100, 180, 30, 0.8, 20)) == 1

    @SLOW
    @given(
        calls=st.lists(CALLS, min_size=1, max_size=24),
        aht=AHT,
        interval_minutes=st.sampled_from([15, 30, 60]),
        target=TARGET,
        answer=ANSWER,
        cap=st.one_of(st.none(), floats(0.5, 1.0)),
        shrinkage=floats(0, 0.8),
    )
    def test_every_interval_meets_the_target_and_the_cap(
        self,
        calls: list[float],
        aht: float,
        interval_minutes: int,
        target: float,
        answer: float,
        cap: float | None,
        shrinkage: float,
    ) -> None:
        r = staffing.required_staffing(calls, aht, interval_minutes, target, answer, cap, shrinkage)
        assert (r.service_level >= target).all()
        assert r.stable.all()
        assert np.isfinite(r.asa_seconds).all()
        if cap is not None:
            busy = r.traffic_erlangs > 0
            assert (r.traffic_erlangs[busy] / r.agents[busy] <= cap * (1 + 1e-9)).all()
            # The cap never adds more than the one agent that reaching it requires.
            no_cap = staffing.required_staffing(calls, aht, interval_minutes, target, answer)
            by_cap = np.ceil(r.traffic_erlangs / cap - 1e-9)
            assert (r.agents == np.maximum(no_cap.agents, by_cap)).all()
        assert (r.scheduled_agents >= r.agents).all()
        assert (
            r.scheduled_agents.tolist() == staffing.scheduled_agents(r.agents, shrinkage).tolist()
        )

    @SLOW
    @given(
        calls=st.lists(CALLS, min_size=1, max_size=24),
        aht=AHT,
        target=TARGET,
        answer=ANSWER,
        factor=floats(1, 3),
    )
    def test_more_calls_never_need_fewer_agents(
        self, calls: list[float], aht: float, target: float, answer: float, factor: float
    ) -> None:
        base = staffing.required_staffing(calls, aht, 15, target, answer, 0.9)
        more = staffing.required_staffing(np.array(calls) * factor, aht, 15, target, answer, 0.9)
        assert (more.agents >= base.agents).all()


class TestStaffingForAgents:
    def test_call_centre_helper_fourteen_agents_deliver_the_published_service(self) -> None:
        r = staffing.staffing_for_agents(**CCH, agents=[14], answer_seconds=20, shrinkage=0.3)
        assert round(float(r.service_level[0]), 3) == 0.888
        assert round(float(r.probability_of_waiting[0]), 3) == 0.174
        assert round(float(r.asa_seconds[0]), 1) == 7.8
        assert round(float(r.occupancy[0]), 3) == 0.714
        assert int(r.scheduled_agents[0]) == 20

    def test_agrees_with_required_staffing_at_the_required_agents(self) -> None:
        needed = staffing.required_staffing([50, 100, 400], 200, 30, 0.8, 20)
        given_agents = staffing.staffing_for_agents([50, 100, 400], 200, 30, needed.agents, 20)
        assert given_agents.service_level.tolist() == needed.service_level.tolist()
        assert given_agents.asa_seconds.tolist() == needed.asa_seconds.tolist()

    @pytest.mark.parametrize("agents", [0, 5, 10])
    def test_an_unstable_queue_is_reported_as_the_worst_case(self, agents: int) -> None:
        r = staffing.staffing_for_agents([100], 180, 30, [agents], 20)  # 10 Erlangs
        assert float(r.service_level[0]) == 0.0
        assert float(r.probability_of_waiting[0]) == 1.0
        assert math.isinf(float(r.asa_seconds[0]))
        assert not bool(r.stable[0])

    def test_a_quiet_interval_without_agents_is_stable(self) -> None:
        r = staffing.staffing_for_agents([0], 180, 30, [0], 20)
        assert bool(r.stable[0])
        assert float(r.service_level[0]) == 1.0

    def test_one_number_of_agents_applies_to_every_interval(self) -> None:
        r = staffing.staffing_for_agents([50, 100], 180, 30, 14, 20)
        assert r.agents.tolist() == [14, 14]

    @SLOW
    @given(
        calls=st.lists(CALLS, min_size=1, max_size=12),
        agents=st.integers(0, 3000),
        aht=AHT,
        answer=ANSWER,
    )
    def test_more_agents_never_lower_service_level(
        self, calls: list[float], agents: int, aht: float, answer: float
    ) -> None:
        fewer = staffing.staffing_for_agents(calls, aht, 15, agents, answer)
        more = staffing.staffing_for_agents(calls, aht, 15, agents + 1, answer)
        assert (more.service_level >= fewer.service_level).all()
        assert (more.probability_of_waiting <= fewer.probability_of_waiting).all()
        assert (more.asa_seconds <= fewer.asa_seconds).all()
        assert (more.stable >= fewer.stable).all()

    @SLOW
    @given(
        calls=st.lists(CALLS, min_size=1, max_size=12),
        agents=st.lists(st.integers(0, 25_000), min_size=1, max_size=1),
        aht=floats(1, 7200, allow_nan=False),
        answer=floats(0, 3600, allow_nan=False),
        shrinkage=floats(0, 0.8),
    )
    def test_no_result_is_nan(
        self, calls: list[float], agents: list[int], aht: float, answer: float, shrinkage: float
    ) -> None:
        r = staffing.staffing_for_agents(calls, aht, 60, agents, answer, shrinkage)
        for name in ("service_level", "probability_of_waiting", "asa_seconds", "occupancy"):
            assert not np.isnan(getattr(r, name)).any(), name
        unstable = ~r.stable
        assert (r.service_level[unstable] == 0.0).all()
        assert (r.probability_of_waiting[unstable] == 1.0).all()
        assert np.isposinf(r.asa_seconds[unstable]).all()


# --------------------------------------------------------------------------------------
# The weekly load staffing is computed from.
# --------------------------------------------------------------------------------------


class TestIntervalsPerWeek:
    @pytest.mark.parametrize(("minutes", "count"), [(15, 672), (30, 336), (60, 168)])
    def test_a_week_has_seven_days_of_intervals(self, minutes: int, count: int) -> None:
        assert pattern.intervals_per_week(minutes) == count


@st.composite
def demand_patterns(draw: st.DrawFn) -> DemandPattern:
    """Any valid day/hour pattern: shares summing to 1, opening hours, hourly weights."""
    raw_shares = draw(st.lists(st.integers(0, 100), min_size=7, max_size=7))
    if sum(raw_shares) == 0:
        raw_shares[0] = 1
    shares = tuple(s / sum(raw_shares) for s in raw_shares)
    hours = []
    for _ in range(7):
        open_hour = draw(st.sampled_from([0, 6, 7.5, 8, 8.25, 9, 12]))
        close_hour = draw(st.sampled_from([12.5, 17, 18, 20, 22.75, 24]))
        hours.append((open_hour, max(open_hour, close_hour)))
    weights = tuple(draw(st.lists(floats(0, 5, allow_nan=False), min_size=24, max_size=24)))
    try:
        demand = DemandPattern(
            day_shares=shares, opening_hours=tuple(hours), hourly_weights=weights
        )
        # A day with calls needs an open hour with a positive weight; the pattern model
        # refuses such a week, and so does weekly_weights (tested separately).
        pattern.weekly_weights(demand, 60)
    except ValueError:
        reject()
    return demand


class TestWeeklyWeights:
    @pytest.mark.parametrize("minutes", [15, 30, 60])
    def test_default_pattern_weights_sum_to_one(self, minutes: int) -> None:
        weights = pattern.weekly_weights(DemandPattern(), minutes)
        assert len(weights) == pattern.intervals_per_week(minutes)
        assert float(weights.sum()) == pytest.approx(1.0, abs=1e-12)

    def test_default_week_follows_the_day_shares(self) -> None:
        weights = pattern.weekly_weights(DemandPattern(), 15).reshape(7, -1).sum(axis=1)
        assert weights.tolist() == pytest.approx(list(DemandPattern().day_shares), abs=1e-12)

    def test_closed_hours_get_no_calls(self) -> None:
        weights = pattern.weekly_weights(DemandPattern(), 60).reshape(7, 24)
        assert (weights[:5, :8] == 0).all() and (weights[:5, 20:] == 0).all()
        assert (weights[6] == 0).all()  # Sunday closed

    def test_a_half_open_hour_gets_half_the_weight(self) -> None:
        flat = DemandPattern(
            day_shares=(1, 0, 0, 0, 0, 0, 0),
            opening_hours=((8.5, 10),) + ((0, 0),) * 6,
            hourly_weights=(1.0,) * 24,
        )
        weights = pattern.weekly_weights(flat, 60)
        assert weights[8:10].tolist() == pytest.approx([1 / 3, 2 / 3])

    def test_a_day_with_calls_but_no_open_hours_is_refused(self) -> None:
        hours = ((0, 0),) + ((8, 20),) * 6
        with pytest.raises(ValueError, match="Monday has 22% of the calls but no open hours"):
            DemandPattern(opening_hours=hours)
        # weekly_weights keeps its own check, for a pattern built without validation.
        closed_monday = DemandPattern.model_construct(opening_hours=hours)
        with pytest.raises(ValueError, match="mon"):
            pattern.weekly_weights(closed_monday, 15)

    @FAST
    @given(demand=demand_patterns(), minutes=st.sampled_from([15, 30, 60]))
    def test_weights_of_any_valid_pattern_sum_to_one(
        self, demand: DemandPattern, minutes: int
    ) -> None:
        weights = pattern.weekly_weights(demand, minutes)
        assert (weights >= 0).all()
        assert float(weights.sum()) == pytest.approx(1.0, abs=1e-9)
        per_day = weights.reshape(7, -1).sum(axis=1)
        assert per_day.tolist() == pytest.approx(list(demand.day_shares), abs=1e-9)

    @FAST
    @given(demand=demand_patterns())
    def test_the_interval_length_does_not_move_calls_between_hours(
        self, demand: DemandPattern
    ) -> None:
        # Opening hours fall on quarter hours: 15- and 30-minute weights add up to the
        # hourly ones (a partly open hour is weighted by its open fraction).
        coarse = pattern.weekly_weights(demand, 60)
        for minutes in (15, 30):
            fine = pattern.weekly_weights(demand, minutes).reshape(168, -1).sum(axis=1)
            assert fine.tolist() == pytest.approx(coarse.tolist(), abs=1e-12)


def imported_week(minutes: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    calls = rng.gamma(2.0, 20.0, size=pattern.intervals_per_week(minutes))
    calls[rng.random(calls.size) < 0.3] = 0.0  # closed or quiet intervals
    return calls


def to_hours(values: np.ndarray) -> np.ndarray:
    """Add a weekly series up to 168 hours."""
    return values.reshape(168, -1).sum(axis=1)


class TestImportedIntervalForecast:
    @pytest.mark.parametrize("source", [15, 30, 60])
    @pytest.mark.parametrize("target", [15, 30, 60])
    def test_resampling_keeps_the_calls_of_every_hour(self, source: int, target: int) -> None:
        calls = imported_week(source, seed=source * 100 + target)
        demand = DemandPattern(interval_calls=tuple(calls))
        weights = pattern.weekly_weights(demand, target)
        assert len(weights) == pattern.intervals_per_week(target)
        assert float(weights.sum()) == pytest.approx(1.0, abs=1e-12)
        assert to_hours(weights).tolist() == pytest.approx(
            (to_hours(calls) / calls.sum()).tolist(), abs=1e-12
        )

    @pytest.mark.parametrize("source", [15, 30, 60])
    @pytest.mark.parametrize("target", [15, 30, 60])
    def test_weekly_load_keeps_the_monthly_volume(self, source: int, target: int) -> None:
        calls = imported_week(source, seed=7)
        load = pattern.weekly_load(DemandPattern(interval_calls=tuple(calls)), 330_000, 205, target)
        assert float(load.calls.sum()) * 52 == pytest.approx(330_000 * 12, rel=1e-12)
        assert (load.aht_seconds == 205).all()

    def test_a_forecast_that_does_not_divide_the_week_is_refused(self) -> None:
        with pytest.raises(ValueError, match="interval_calls"):
            pattern.weekly_weights(DemandPattern(interval_calls=(1.0,) * 100), 15)

    @pytest.mark.parametrize("source", [15, 30, 60])
    def test_imported_aht_at_the_same_interval_is_used_as_is(self, source: int) -> None:
        calls = imported_week(source, seed=3)
        aht = np.linspace(120, 480, calls.size)
        demand = DemandPattern(interval_calls=tuple(calls), interval_aht_seconds=tuple(aht))
        load = pattern.weekly_load(demand, 100_000, 200, source)
        assert load.aht_seconds.tolist() == aht.tolist()

    @pytest.mark.parametrize(("source", "target"), [(15, 30), (15, 60), (30, 60)])
    def test_coarser_intervals_keep_the_imported_workload(self, source: int, target: int) -> None:
        calls = imported_week(source, seed=11)
        aht = np.random.default_rng(12).uniform(120, 600, calls.size)
        demand = DemandPattern(interval_calls=tuple(calls), interval_aht_seconds=tuple(aht))
        fine = pattern.weekly_load(demand, 100_000, 200, source)
        coarse = pattern.weekly_load(demand, 100_000, 200, target)
        fine_work = float((fine.calls * fine.aht_seconds).sum())
        coarse_work = float((coarse.calls * coarse.aht_seconds).sum())
        assert coarse_work == pytest.approx(fine_work, rel=1e-9)

    @pytest.mark.parametrize(("source", "target"), [(60, 15), (30, 15), (60, 30)])
    def test_finer_intervals_keep_the_imported_workload(self, source: int, target: int) -> None:
        calls = imported_week(source, seed=13)
        aht = np.random.default_rng(14).uniform(120, 600, calls.size)
        demand = DemandPattern(interval_calls=tuple(calls), interval_aht_seconds=tuple(aht))
        coarse = pattern.weekly_load(demand, 100_000, 200, source)
        fine = pattern.weekly_load(demand, 100_000, 200, target)
        coarse_work = float((coarse.calls * coarse.aht_seconds).sum())
        fine_work = float((fine.calls * fine.aht_seconds).sum())
        assert fine_work == pytest.approx(coarse_work, rel=1e-12)


class TestWeeklyLoad:
    def test_baseline_week_carries_a_weeks_share_of_the_month(self) -> None:
        load = pattern.weekly_load(DemandPattern(), 330_000, 205, 15)
        assert float(load.calls.sum()) == pytest.approx(330_000 * 12 / 52, rel=1e-12)
        assert (load.aht_seconds == 205).all()

    def test_labels_start_monday_midnight(self) -> None:
        load = pattern.weekly_load(DemandPattern(), 1000, 200, 15)
        labels = load.labels()
        assert len(labels) == 672
        assert labels[0] == "mon 00:00"
        assert labels[33] == "mon 08:15"
        assert labels[-1] == "sun 23:45"
