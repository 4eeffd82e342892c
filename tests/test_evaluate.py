"""A scenario end to end: weekly staffing summary, FTE and heads, cost, attrition."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.evaluate import evaluate, summarise_staffing
from ccx_model.scenario import Demand, Scenario, ServiceTarget, Workforce

# evaluate() takes a few milliseconds (more at high volumes): keep the examples modest.
SCENARIOS = settings(database=None, deadline=None, max_examples=25)


@st.composite
def scenarios(draw: st.DrawFn, max_occupancy: bool = True) -> Scenario:
    full_time = draw(floats(10, 60))
    cap = draw(st.one_of(st.none(), floats(0.5, 1.0))) if max_occupancy else None
    return Scenario(
        demand=Demand(
            calls_per_month=draw(floats(1, 2_000_000)),
            aht_seconds=draw(floats(10, 1_200)),
        ),
        service=ServiceTarget(
            service_level_target=draw(floats(0.05, 0.999)),
            answer_seconds=draw(floats(0, 120)),
            max_occupancy=cap,
            shrinkage=draw(floats(0, 0.8)),
            interval_minutes=draw(st.sampled_from([15, 30, 60])),
        ),
        workforce=Workforce(
            full_time_hours_per_week=full_time,
            average_contract_hours_per_week=draw(floats(4, full_time)),
        ),
    )


@pytest.fixture(scope="module")
def baseline() -> Scenario:
    return Scenario()


class TestSummariseStaffing:
    def test_baseline_is_seed_003s_centre(self, baseline: Scenario) -> None:
        # Seed 003: 330,000 inbound calls a month, 250 agents.
        assert baseline.demand.calls_per_month == 330_000
        assert summarise_staffing(baseline).headcount == 250

    def test_baseline_meets_its_service_level(self, baseline: Scenario) -> None:
        summary = summarise_staffing(baseline)
        assert summary.service_level >= baseline.service.service_level_target
        assert summary.occupancy <= baseline.service.max_occupancy  # type: ignore[operator]
        assert math.isfinite(summary.asa_seconds)

    def test_baseline_week_carries_a_weeks_share_of_the_monthly_calls(
        self, baseline: Scenario
    ) -> None:
        summary = summarise_staffing(baseline)
        assert float(summary.intervals.calls.sum()) * 52 == pytest.approx(330_000 * 12)
        assert len(summary.intervals) == 7 * 24 * 4

    @SCENARIOS
    @given(scenario=scenarios())
    def test_productive_hours_are_agents_times_interval_hours(self, scenario: Scenario) -> None:
        summary = summarise_staffing(scenario)
        hours = scenario.service.interval_minutes / 60
        assert summary.productive_hours_per_week == pytest.approx(
            float(summary.intervals.agents.sum()) * hours, rel=1e-12
        )

    @SCENARIOS
    @given(scenario=scenarios())
    def test_fte_is_scheduled_hours_over_a_full_time_week(self, scenario: Scenario) -> None:
        summary = summarise_staffing(scenario)
        workforce, shrinkage = scenario.workforce, scenario.service.shrinkage
        assert summary.scheduled_hours_per_week == pytest.approx(
            summary.productive_hours_per_week / (1 - shrinkage), rel=1e-12
        )
        assert summary.fte == pytest.approx(
            summary.scheduled_hours_per_week / workforce.full_time_hours_per_week, rel=1e-12
        )
        heads = summary.fte * workforce.full_time_hours_per_week
        heads /= workforce.average_contract_hours_per_week
        assert summary.headcount == math.ceil(round(heads, 9))
        assert summary.headcount >= summary.fte - 1e-9

    @SCENARIOS
    @given(scenario=scenarios(max_occupancy=False))
    def test_call_weighted_service_level_meets_the_target_without_a_cap(
        self, scenario: Scenario
    ) -> None:
        summary = summarise_staffing(scenario)
        target = scenario.service.service_level_target
        busy = summary.intervals.calls > 0
        assert (summary.intervals.service_level[busy] >= target).all()
        assert summary.service_level >= target * (1 - 1e-12)
        assert summary.service_level <= 1.0 + 1e-12

    @SCENARIOS
    @given(scenario=scenarios())
    def test_an_occupancy_cap_only_adds_service_and_holds_on_average(
        self, scenario: Scenario
    ) -> None:
        summary = summarise_staffing(scenario)
        assert summary.service_level >= scenario.service.service_level_target * (1 - 1e-12)
        cap = scenario.service.max_occupancy
        if cap is not None:
            assert summary.occupancy <= cap * (1 + 1e-9)
        assert 0.0 <= summary.occupancy <= 1.0

    @SCENARIOS
    @given(scenario=scenarios())
    def test_peaks_and_workload_come_from_the_intervals(self, scenario: Scenario) -> None:
        summary = summarise_staffing(scenario)
        intervals = summary.intervals
        assert summary.peak_agents == int(intervals.agents.max())
        assert summary.peak_scheduled_agents == int(intervals.scheduled_agents.max())
        assert summary.peak_scheduled_agents >= summary.peak_agents
        workload_hours = float((intervals.calls * intervals.aht_seconds).sum()) / 3600
        assert summary.workload_erlang_hours_per_week == pytest.approx(workload_hours, rel=1e-9)
        # Erlang C never staffs below the workload.
        assert summary.productive_hours_per_week >= workload_hours * (1 - 1e-12)
        assert np.isfinite(summary.asa_seconds)


class TestEvaluate:
    def test_baseline_headcount_is_250(self, baseline: Scenario) -> None:
        assert evaluate(baseline).staffing.headcount == 250

    def test_baseline_saves_about_a_hundred_thousand_per_ten_points_less_attrition(
        self, baseline: Scenario
    ) -> None:
        # Seed 003: roughly EUR 100,000 a year for every 10% less attrition (read as points).
        result = evaluate(baseline)
        assert 90_000 <= result.attrition.saving_per_10_points_eur <= 110_000
        assert result.attrition.leavers_avoided_per_year == pytest.approx(25)
        assert result.attrition.drop_unit == "points"

    def test_baseline_cost_per_leaver_parts_add_up(self, baseline: Scenario) -> None:
        per_leaver = evaluate(baseline).attrition.cost_per_leaver
        parts = [
            per_leaver.recruitment_eur,
            per_leaver.training_wage_eur,
            per_leaver.trainer_eur,
            per_leaver.ramp_up_eur,
        ]
        assert per_leaver.total_eur == pytest.approx(math.fsum(parts))
        assert per_leaver.total_eur == pytest.approx(4_000, rel=0.05)  # seed 003: ~EUR 4,000

    def test_relative_reading_saves_less_than_points_at_the_baseline(
        self, baseline: Scenario
    ) -> None:
        relative = baseline.model_copy(
            update={
                "attrition": baseline.attrition.model_copy(
                    update={"attrition_drop_unit": "relative"}
                )
            }
        )
        points_saving = evaluate(baseline).attrition.saving_eur_per_year
        relative_saving = evaluate(relative).attrition.saving_eur_per_year
        assert relative_saving == pytest.approx(points_saving * 0.3)  # 3 points instead of 10

    def test_cost_per_contact_is_total_over_contacts(self, baseline: Scenario) -> None:
        result = evaluate(baseline)
        assert result.contacts_per_year == 330_000 * 12
        assert result.cost_per_contact_eur == pytest.approx(
            result.annual_cost_eur / result.contacts_per_year
        )

    def test_cost_per_fte_is_total_over_fte(self, baseline: Scenario) -> None:
        result = evaluate(baseline)
        assert result.cost_per_fte_eur == pytest.approx(
            result.annual_cost_eur / result.staffing.fte
        )

    def test_breakdown_carries_the_staffing_and_attrition_figures(self, baseline: Scenario) -> None:
        result = evaluate(baseline)
        workforce = baseline.workforce
        assert result.cost.agent_wages_eur == pytest.approx(
            result.staffing.fte
            * workforce.full_time_hours_per_week
            * 52
            * workforce.loaded_hourly_wage_eur
        )
        assert result.cost.software_eur == pytest.approx(
            result.staffing.headcount * workforce.software_per_agent_eur_per_year
        )
        assert result.cost.attrition_eur == result.attrition.annual_cost_eur
        assert result.attrition.headcount == result.staffing.headcount

    def test_the_same_scenario_gives_the_same_answer(self, baseline: Scenario) -> None:
        assert evaluate(baseline).to_dict() == evaluate(Scenario()).to_dict()

    def test_summary_is_plain_json(self, baseline: Scenario) -> None:
        summary = evaluate(baseline).to_dict()
        assert json.loads(json.dumps(summary)) == summary
        assert summary["headcount"] == 250
        breakdown = summary["cost_breakdown_eur"]
        assert isinstance(breakdown, dict)
        assert math.fsum(breakdown.values()) == pytest.approx(summary["annual_cost_eur"], abs=0.05)
        attrition = summary["attrition"]
        assert isinstance(attrition, dict)
        per_leaver = attrition["cost_per_leaver_breakdown_eur"]
        assert math.fsum(per_leaver.values()) == pytest.approx(
            attrition["cost_per_leaver_eur"], abs=0.02
        )

    @SCENARIOS
    @given(scenario=scenarios())
    def test_breakdown_parts_add_up_to_the_total(self, scenario: Scenario) -> None:
        result = evaluate(scenario)
        assert result.annual_cost_eur == pytest.approx(
            math.fsum(result.cost.parts().values()), rel=1e-12
        )
        assert result.cost_per_contact_eur == pytest.approx(
            result.annual_cost_eur / (scenario.demand.calls_per_month * 12), rel=1e-12
        )

    @SCENARIOS
    @given(scenario=scenarios())
    def test_doubling_calls_never_lowers_fte(self, scenario: Scenario) -> None:
        doubled = scenario.model_copy(
            update={
                "demand": scenario.demand.model_copy(
                    update={"calls_per_month": scenario.demand.calls_per_month * 2}
                )
            }
        )
        before, after = evaluate(scenario), evaluate(doubled)
        assert after.staffing.fte >= before.staffing.fte
        assert after.staffing.headcount >= before.staffing.headcount
        assert after.annual_cost_eur >= before.annual_cost_eur
        # Economies of scale: twice the calls never costs more than twice the FTE.
        assert after.staffing.fte <= 2 * before.staffing.fte * (1 + 1e-12)
