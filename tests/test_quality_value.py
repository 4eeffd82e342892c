"""Value centre: first-contact resolution, repeat contacts, churn, the cost of poor service."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.commercial import Quality
from ccx_model.evaluate import evaluate
from ccx_model.quality import calls_at_resolution, first_contacts, poor_service
from ccx_model.scenario import Demand, Scenario
from ccx_model.staffing_summary import inbound_calls_per_month
from ccx_model.value import cost_of_poor_service, resolved_at_first_contact

# Plain arithmetic: many examples are cheap.
FORMULAS = settings(database=None, deadline=None, max_examples=200)
# evaluate() takes a few milliseconds: keep the examples modest.
SCENARIOS = settings(database=None, deadline=None, max_examples=15)

share = floats(0.0, 1.0)


@st.composite
def qualities(draw: st.DrawFn) -> Quality:
    return Quality(
        first_contact_resolution=draw(share),
        first_contact_resolution_target=draw(share),
        repeat_contacts_per_unresolved=draw(floats(0, 10)),
        churn_share_of_unresolved=draw(share),
        months_of_margin_lost=draw(floats(0, 120)),
    )


def with_target(scenario: Scenario, target: float) -> Scenario:
    quality = scenario.quality.model_copy(update={"first_contact_resolution_target": target})
    return scenario.model_copy(update={"quality": quality})


class TestFirstContacts:
    def test_worked_example(self) -> None:
        # FCR 60%, 2 extra contacts per unresolved issue: 180,000 calls
        # = first × (1 + 0.4 × 2) → 100,000 issues behind today's volume.
        quality = Quality(first_contact_resolution=0.6, repeat_contacts_per_unresolved=2)
        assert first_contacts(180_000, quality) == pytest.approx(100_000)

    def test_without_repeats_every_call_is_a_first_contact(self) -> None:
        quality = Quality(first_contact_resolution=0.3, repeat_contacts_per_unresolved=0)
        assert first_contacts(123_456, quality) == 123_456


class TestCallsAtResolution:
    def test_worked_example(self) -> None:
        # 100,000 issues (see above) at FCR 90%: 100,000 × (1 + 0.1 × 2) = 120,000 calls.
        quality = Quality(first_contact_resolution=0.6, repeat_contacts_per_unresolved=2)
        assert calls_at_resolution(180_000, quality, 0.9) == pytest.approx(120_000)
        # Everything resolved: only the first contacts remain.
        assert calls_at_resolution(180_000, quality, 1.0) == pytest.approx(100_000)

    @FORMULAS
    @given(floats(0, 100_000_000), qualities())
    def test_at_todays_resolution_returns_todays_calls(
        self, calls: float, quality: Quality
    ) -> None:
        round_trip = calls_at_resolution(calls, quality, quality.first_contact_resolution)
        assert round_trip == pytest.approx(calls, rel=1e-12, abs=1e-9)

    @FORMULAS
    @given(floats(0, 100_000_000), qualities(), share, share)
    def test_better_resolution_never_raises_the_volume(
        self, calls: float, quality: Quality, a: float, b: float
    ) -> None:
        worse, better = sorted((a, b))
        assert calls_at_resolution(calls, quality, better) <= calls_at_resolution(
            calls, quality, worse
        )


class TestPoorService:
    def test_worked_example(self) -> None:
        # 1,800,000 calls a year at FCR 60% with 2 repeats per unresolved issue
        # → 1,000,000 issues. At the 90% target: 100,000 unresolved → 200,000 repeats;
        # 5% of them leave = 5,000 customers × EUR 300 × 6 months ÷ 12 = EUR 750,000.
        quality = Quality(
            first_contact_resolution=0.6,
            first_contact_resolution_target=0.9,
            repeat_contacts_per_unresolved=2,
            churn_share_of_unresolved=0.05,
            months_of_margin_lost=6,
        )
        result = poor_service(1_800_000, quality, 300)
        assert result.first_contacts_per_year == pytest.approx(1_000_000)
        assert result.repeat_contacts_per_year == pytest.approx(200_000)
        assert result.customers_lost_per_year == pytest.approx(5_000)
        assert result.lost_margin_eur_per_year == pytest.approx(750_000)

    @FORMULAS
    @given(floats(0, 100_000_000), qualities(), share, share, floats(0, 10_000))
    def test_better_resolution_never_raises_customers_lost(
        self, calls: float, quality: Quality, a: float, b: float, margin_eur: float
    ) -> None:
        worse, better = sorted((a, b))
        at_worse = poor_service(
            calls, quality.model_copy(update={"first_contact_resolution_target": worse}), margin_eur
        )
        at_better = poor_service(
            calls,
            quality.model_copy(update={"first_contact_resolution_target": better}),
            margin_eur,
        )
        assert at_better.customers_lost_per_year <= at_worse.customers_lost_per_year
        assert at_better.lost_margin_eur_per_year <= at_worse.lost_margin_eur_per_year
        assert at_better.repeat_contacts_per_year <= at_worse.repeat_contacts_per_year

    def test_everything_resolved_loses_no_one(self) -> None:
        result = poor_service(3_960_000, Quality(first_contact_resolution_target=1.0), 240)
        assert result.repeat_contacts_per_year == 0.0
        assert result.customers_lost_per_year == 0.0
        assert result.lost_margin_eur_per_year == 0.0


class TestResolutionInEvaluate:
    def test_scenario_at_todays_resolution_staffs_todays_calls(self) -> None:
        scenario = Scenario()
        assert inbound_calls_per_month(scenario) == pytest.approx(330_000, rel=1e-12)

    def test_better_resolution_lowers_volume_fte_and_churn(self) -> None:
        today = evaluate(Scenario())
        better = evaluate(with_target(Scenario(), 0.85))
        # 330,000 calls = 264,000 issues × 1.25; at 85%: 264,000 × 1.15 = 303,600 calls.
        assert inbound_calls_per_month(better.scenario) == pytest.approx(303_600)
        assert better.fte < today.fte
        assert better.poor_service.customers_lost_per_year < (
            today.poor_service.customers_lost_per_year
        )

    @SCENARIOS
    @given(
        calls=floats(1_000, 1_000_000),
        today=share,
        repeats=floats(0, 3),
        a=share,
        b=share,
    )
    def test_better_resolution_never_raises_staffed_volume_fte_or_customers_lost(
        self, calls: float, today: float, repeats: float, a: float, b: float
    ) -> None:
        worse, better = sorted((a, b))
        scenario = Scenario(
            demand=Demand(calls_per_month=calls),
            quality=Quality(first_contact_resolution=today, repeat_contacts_per_unresolved=repeats),
        )
        at_worse = evaluate(with_target(scenario, worse))
        at_better = evaluate(with_target(scenario, better))
        assert inbound_calls_per_month(at_better.scenario) <= inbound_calls_per_month(
            at_worse.scenario
        )
        assert at_better.staffing.fte <= at_worse.staffing.fte
        assert at_better.fte <= at_worse.fte
        assert at_better.poor_service.customers_lost_per_year <= (
            at_worse.poor_service.customers_lost_per_year
        )


class TestCostOfPoorService:
    @pytest.mark.parametrize("target", [0.5, 0.75, 0.9, 1.0])
    def test_parts_sum_to_total(self, target: float) -> None:
        result = cost_of_poor_service(with_target(Scenario(), target))
        assert sum(result.parts().values()) == pytest.approx(result.total_eur_per_year, rel=1e-12)
        assert result.repeat_cost_eur_per_year == pytest.approx(
            result.cost_eur_per_year - result.cost_if_resolved_eur_per_year, rel=1e-12
        )

    def test_repeat_cost_is_zero_at_full_resolution(self) -> None:
        result = cost_of_poor_service(with_target(Scenario(), 1.0))
        assert result.repeat_cost_eur_per_year == 0.0
        assert result.lost_margin_eur_per_year == 0.0
        assert result.total_eur_per_year == 0.0

    @pytest.mark.parametrize("target", [0.0, 0.5, 0.75, 0.95])
    def test_repeat_cost_is_positive_below_full_resolution(self, target: float) -> None:
        result = cost_of_poor_service(with_target(Scenario(), target))
        assert result.repeat_contacts_per_year > 0
        assert result.repeat_cost_eur_per_year > 0
        assert result.lost_margin_eur_per_year > 0

    def test_baseline_worked_figures(self) -> None:
        # Seed 003's centre: 3,960,000 calls a year at 75% FCR, 1 repeat per unresolved issue
        # → 3,168,000 issues; 792,000 unresolved = 792,000 repeats; 2% leave = 15,840
        # customers × EUR 240 × 12 ÷ 12 = EUR 3,801,600 of margin lost.
        result = cost_of_poor_service(Scenario())
        assert result.first_contacts_per_year == pytest.approx(3_168_000)
        assert result.repeat_contacts_per_year == pytest.approx(792_000)
        assert result.customers_lost_per_year == pytest.approx(15_840)
        assert result.lost_margin_eur_per_year == pytest.approx(3_801_600)

    def test_a_given_evaluation_gives_the_same_answer(self) -> None:
        scenario = with_target(Scenario(), 0.8)
        assert cost_of_poor_service(scenario, evaluate(scenario)) == cost_of_poor_service(scenario)

    def test_resolved_scenario_changes_only_the_target(self) -> None:
        scenario = with_target(Scenario(), 0.8)
        resolved = resolved_at_first_contact(scenario)
        assert resolved.quality.first_contact_resolution_target == 1.0
        assert (
            resolved.quality.first_contact_resolution == scenario.quality.first_contact_resolution
        )
        assert resolved.model_copy(update={"quality": scenario.quality}) == scenario

    @SCENARIOS
    @given(a=floats(0.0, 1.0), b=floats(0.0, 1.0))
    def test_better_resolution_never_raises_the_cost_of_poor_service(
        self, a: float, b: float
    ) -> None:
        worse, better = sorted((a, b))
        at_worse = cost_of_poor_service(with_target(Scenario(), worse))
        at_better = cost_of_poor_service(with_target(Scenario(), better))
        assert at_better.repeat_cost_eur_per_year <= at_worse.repeat_cost_eur_per_year
        assert at_better.total_eur_per_year <= at_worse.total_eur_per_year
