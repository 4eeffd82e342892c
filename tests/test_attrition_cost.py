"""Attrition (what a leaver costs, what less attrition saves) and the annual cost."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model import attrition, cost
from ccx_model.scenario import AttritionInputs, Workforce

FAST = settings(database=None, deadline=None, max_examples=100)

RATE = floats(0.0, 3.0, allow_nan=False)
DROP = floats(0.0, 1.0, allow_nan=False)
UNIT = st.sampled_from(["points", "relative"])
WAGE = floats(1, 500, allow_nan=False)
HEADCOUNT = st.integers(0, 20_000)


@st.composite
def attrition_inputs(draw: st.DrawFn) -> AttritionInputs:
    return AttritionInputs(
        attrition_rate_per_year=draw(RATE),
        recruitment_cost_per_hire_eur=draw(floats(0, 100_000)),
        initial_training_weeks=draw(floats(0, 52)),
        training_hours_per_week=draw(floats(0, 60)),
        trainees_per_trainer=draw(floats(1, 100)),
        trainer_cost_eur_per_hour=draw(floats(0, 1_000)),
        ramp_up_weeks=draw(floats(0, 52)),
        ramp_up_productivity_loss=draw(floats(0, 1)),
        attrition_drop=draw(DROP),
        attrition_drop_unit=draw(UNIT),
    )


@st.composite
def workforces(draw: st.DrawFn) -> Workforce:
    full_time = draw(floats(10, 60))
    return Workforce(
        full_time_hours_per_week=full_time,
        average_contract_hours_per_week=draw(floats(4, full_time)),
        loaded_hourly_wage_eur=draw(WAGE),
        agents_per_team_leader=draw(floats(1, 100)),
        team_leader_cost_eur_per_year=draw(floats(0, 1_000_000)),
        overhead_per_fte_eur_per_year=draw(floats(0, 200_000)),
        software_per_agent_eur_per_year=draw(floats(0, 100_000)),
    )


class TestCostPerLeaver:
    def test_baseline_leaver_costs_about_four_thousand_euros(self) -> None:
        # Seed 003: "about EUR 4,000 each"; 750 + 3·36·20 + 3·36·40/10 + 4·30·0.25·20.
        per_leaver = attrition.cost_per_leaver(AttritionInputs(), 20, 30)
        assert per_leaver.recruitment_eur == 750.0
        assert per_leaver.training_wage_eur == 2160.0
        assert per_leaver.trainer_eur == 432.0
        assert per_leaver.ramp_up_eur == 600.0
        assert per_leaver.total_eur == 3942.0
        assert per_leaver.total_eur == pytest.approx(4000, rel=0.05)

    def test_three_weeks_full_time_training_is_the_seed_default(self) -> None:
        inputs = AttritionInputs()
        assert inputs.initial_training_weeks == 3
        assert inputs.training_hours_per_week == 36

    def test_without_training_or_ramp_up_a_leaver_costs_the_recruitment(self) -> None:
        inputs = AttritionInputs(initial_training_weeks=0, ramp_up_weeks=0)
        assert attrition.cost_per_leaver(inputs, 20, 30).total_eur == 750.0

    @FAST
    @given(inputs=attrition_inputs(), wage=WAGE, contract_hours=floats(4, 60))
    def test_parts_add_up_to_the_total(
        self, inputs: AttritionInputs, wage: float, contract_hours: float
    ) -> None:
        c = attrition.cost_per_leaver(inputs, wage, contract_hours)
        parts = [c.recruitment_eur, c.training_wage_eur, c.trainer_eur, c.ramp_up_eur]
        assert all(part >= 0 for part in parts)
        assert c.total_eur == pytest.approx(math.fsum(parts), rel=1e-12)

    @FAST
    @given(inputs=attrition_inputs(), wage=WAGE, raise_eur=floats(0, 100))
    def test_a_higher_wage_never_makes_a_leaver_cheaper(
        self, inputs: AttritionInputs, wage: float, raise_eur: float
    ) -> None:
        cheaper = attrition.cost_per_leaver(inputs, wage, 30).total_eur
        dearer = attrition.cost_per_leaver(inputs, wage + raise_eur, 30).total_eur
        assert dearer >= cheaper


class TestReducedAttritionRate:
    def test_ten_points_off_thirty_percent_is_twenty_percent(self) -> None:
        assert attrition.reduced_attrition_rate(0.30, 0.10, "points") == pytest.approx(0.20)

    def test_ten_percent_relative_off_thirty_percent_is_twenty_seven_percent(self) -> None:
        assert attrition.reduced_attrition_rate(0.30, 0.10, "relative") == pytest.approx(0.27)

    def test_points_never_take_attrition_below_zero(self) -> None:
        assert attrition.reduced_attrition_rate(0.05, 0.10, "points") == 0.0

    @FAST
    @given(rate=RATE, drop=DROP, unit=UNIT)
    def test_reduced_rate_lies_between_zero_and_todays_rate(
        self, rate: float, drop: float, unit: str
    ) -> None:
        reduced = attrition.reduced_attrition_rate(rate, drop, unit)  # type: ignore[arg-type]
        assert 0.0 <= reduced <= rate

    @FAST
    @given(rate=floats(0.0, 1.0, exclude_min=True, exclude_max=True), drop=DROP)
    def test_relative_reading_never_drops_more_than_points_below_full_attrition(
        self, rate: float, drop: float
    ) -> None:
        points = attrition.reduced_attrition_rate(rate, drop, "points")
        relative = attrition.reduced_attrition_rate(rate, drop, "relative")
        assert relative >= points


class TestAttritionSavingEur:
    def test_seed_003_twenty_five_fewer_leavers_at_four_thousand_save_a_hundred_thousand(
        self,
    ) -> None:
        assert attrition.attrition_saving_eur(250, 0.30, 0.20, 4000) == pytest.approx(100_000)

    def test_no_drop_saves_nothing(self) -> None:
        assert attrition.attrition_saving_eur(250, 0.30, 0.30, 4000) == 0.0


class TestEvaluateAttrition:
    def test_seed_003_centre_saves_about_a_hundred_thousand_per_ten_points(self) -> None:
        result = attrition.evaluate_attrition(AttritionInputs(), 250, 20, 30)
        assert result.drop_unit == "points"
        assert result.leavers_per_year == pytest.approx(75)
        assert result.leavers_avoided_per_year == pytest.approx(25)
        assert result.saving_eur_per_year == pytest.approx(25 * 3942)
        assert 90_000 <= result.saving_per_10_points_eur <= 110_000

    def test_annual_cost_is_leavers_times_cost_per_leaver(self) -> None:
        result = attrition.evaluate_attrition(AttritionInputs(), 250, 20, 30)
        assert result.annual_cost_eur == pytest.approx(75 * result.cost_per_leaver.total_eur)

    def test_the_relative_reading_of_ten_percent_saves_less(self) -> None:
        points = attrition.evaluate_attrition(AttritionInputs(), 250, 20, 30)
        relative = attrition.evaluate_attrition(
            AttritionInputs(attrition_drop_unit="relative"), 250, 20, 30
        )
        assert relative.reduced_rate_per_year == pytest.approx(0.27)
        assert relative.saving_eur_per_year == pytest.approx(0.03 * 250 * 3942)
        assert relative.saving_eur_per_year < points.saving_eur_per_year

    @FAST
    @given(
        inputs=attrition_inputs(),
        headcount=HEADCOUNT,
        drops=st.lists(DROP, min_size=2, max_size=2),
        unit=UNIT,
    )
    def test_savings_grow_with_the_attrition_drop(
        self, inputs: AttritionInputs, headcount: int, drops: list[float], unit: str
    ) -> None:
        smaller, larger = sorted(drops)
        savings = [
            attrition.evaluate_attrition(
                inputs.model_copy(update={"attrition_drop": d, "attrition_drop_unit": unit}),
                headcount,
                20,
                30,
            ).saving_eur_per_year
            for d in (smaller, larger)
        ]
        assert 0.0 <= savings[0] <= savings[1]

    @FAST
    @given(
        inputs=attrition_inputs(),
        headcount=st.integers(1, 20_000),
        # Strictly below 1 with room for float rounding: at 1 the readings coincide.
        rate=floats(1e-6, 0.999),
    )
    def test_relative_reading_of_ten_percent_saves_less_than_points_below_full_attrition(
        self, inputs: AttritionInputs, headcount: int, rate: float
    ) -> None:
        def saving(unit: str) -> float:
            update = {
                "attrition_rate_per_year": rate,
                "attrition_drop": 0.10,
                "attrition_drop_unit": unit,
            }
            return attrition.evaluate_attrition(
                inputs.model_copy(update=update), headcount, 20, 30
            ).saving_eur_per_year

        leaver_cost = attrition.cost_per_leaver(inputs, 20, 30).total_eur
        if leaver_cost > 0:
            assert saving("relative") < saving("points")
        else:
            assert saving("relative") == saving("points") == 0.0

    @FAST
    @given(inputs=attrition_inputs(), headcount=HEADCOUNT)
    def test_saving_per_ten_points_does_not_depend_on_the_chosen_reading(
        self, inputs: AttritionInputs, headcount: int
    ) -> None:
        results = [
            attrition.evaluate_attrition(
                inputs.model_copy(update={"attrition_drop_unit": unit}), headcount, 20, 30
            )
            for unit in ("points", "relative")
        ]
        assert results[0].saving_per_10_points_eur == results[1].saving_per_10_points_eur

    @FAST
    @given(inputs=attrition_inputs(), headcount=HEADCOUNT)
    def test_never_avoids_more_leavers_than_there_are(
        self, inputs: AttritionInputs, headcount: int
    ) -> None:
        result = attrition.evaluate_attrition(inputs, headcount, 20, 30)
        assert 0.0 <= result.leavers_avoided_per_year <= result.leavers_per_year * (1 + 1e-12)
        assert result.saving_eur_per_year <= result.annual_cost_eur * (1 + 1e-12)


class TestAnnualCost:
    def test_ten_fte_twelve_heads_worked_example(self) -> None:
        c = cost.annual_cost(Workforce(), fte=10, headcount=12, attrition_cost_eur=0)
        assert c.agent_wages_eur == 10 * 36 * 52 * 20
        assert c.team_leaders == 1
        assert c.team_leaders_eur == 60_000
        assert c.overhead_eur == 40_000
        assert c.software_eur == 14_400
        assert c.total_eur == 488_800

    @pytest.mark.parametrize(
        ("headcount", "leaders"), [(0, 0), (1, 1), (15, 1), (16, 2), (250, 17)]
    )
    def test_one_team_leader_per_fifteen_agents_rounded_up(
        self, headcount: int, leaders: int
    ) -> None:
        assert cost.annual_cost(Workforce(), 10, headcount, 0).team_leaders == leaders

    def test_a_ratio_with_float_noise_does_not_add_a_team_leader(self) -> None:
        # 21 / 1.4 = 15.000000000000002 in floating point: 15 team leaders, not 16.
        workforce = Workforce(agents_per_team_leader=1.4)
        assert cost.annual_cost(workforce, 10, 21, 0).team_leaders == 15

    @FAST
    @given(
        workforce=workforces(),
        fte=floats(0, 20_000),
        headcount=st.integers(0, 30_000),
        attrition_eur=floats(0, 1e8),
    )
    def test_parts_add_up_to_the_total(
        self, workforce: Workforce, fte: float, headcount: int, attrition_eur: float
    ) -> None:
        c = cost.annual_cost(workforce, fte, headcount, attrition_eur)
        parts = c.parts()
        assert set(parts) == {
            "agent_wages",
            "team_leaders",
            "overhead",
            "software",
            "attrition",
            "commercial_direct",
            "quality_programme",
            "outsourcing",
            "digital_channels",
        }
        assert all(value >= 0 for value in parts.values())
        assert c.total_eur == pytest.approx(math.fsum(parts.values()), rel=1e-12)
        assert parts["attrition"] == attrition_eur

    @FAST
    @given(workforce=workforces(), fte=floats(0, 20_000), extra=floats(0, 1_000))
    def test_more_fte_never_costs_less(
        self, workforce: Workforce, fte: float, extra: float
    ) -> None:
        less = cost.annual_cost(workforce, fte, 100, 0).total_eur
        more = cost.annual_cost(workforce, fte + extra, 100, 0).total_eur
        assert more >= less


class TestCostPerContactEur:
    def test_a_million_over_four_hundred_thousand_contacts_is_two_fifty(self) -> None:
        assert cost.cost_per_contact_eur(1_000_000, 400_000) == 2.5

    def test_no_contacts_gives_zero_rather_than_dividing_by_zero(self) -> None:
        assert cost.cost_per_contact_eur(1_000_000, 0) == 0.0

    @FAST
    @given(total=floats(0, 1e9), contacts=floats(1, 1e9))
    def test_is_total_divided_by_contacts(self, total: float, contacts: float) -> None:
        assert cost.cost_per_contact_eur(total, contacts) == total / contacts
