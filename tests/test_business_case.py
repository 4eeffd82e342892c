"""The multi-year business case: levers by sequential attribution, monthly flows, NPV/IRR.

What a board will ask of the numbers: the parts add up to the whole, every month's
benefits minus costs is its net, a case that never pays back says so instead of
inventing a month, and selling on service calls is not free capacity.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.business_case import (
    BusinessCase,
    as_is,
    build_business_case,
    levers,
    ramp,
    stream_effects,
    with_levers,
)
from ccx_model.commercial import (
    BusinessCaseInputs,
    CrossSell,
    Investment,
    Outbound,
    Quality,
    Retention,
)
from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.finance import monthly_rate
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import apply_overrides, load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_DIR = ROOT / "scenarios"

# evaluate() takes a few milliseconds and a business case five of them: few examples.
SCENARIOS = settings(database=None, deadline=None, max_examples=15)

CENT = 0.005


@pytest.fixture(scope="module")
def baseline() -> Scenario:
    return load_scenario(SCENARIO_DIR / "baseline.yaml")


@pytest.fixture(scope="module")
def pilot() -> Scenario:
    return load_scenario(SCENARIO_DIR / "pilot.yaml")


@pytest.fixture(scope="module")
def profit_centre() -> Scenario:
    return load_scenario(SCENARIO_DIR / "profit_centre.yaml")


@pytest.fixture(scope="module")
def profit_centre_case(profit_centre: Scenario) -> BusinessCase:
    return build_business_case(profit_centre)


@pytest.fixture(scope="module")
def pilot_case(pilot: Scenario) -> BusinessCase:
    return build_business_case(pilot)


def with_business_case(scenario: Scenario, **update: Any) -> Scenario:
    """The scenario with business-case inputs changed, validated like a file."""
    inputs = BusinessCaseInputs.model_validate({**scenario.business_case.model_dump(), **update})
    return scenario.model_copy(update={"business_case": inputs})


def value_eur_per_year(evaluation: Evaluation) -> float:
    """What the business case measures: external margin − cost − margin lost to churn."""
    return (
        evaluation.revenue.total_eur
        - evaluation.cost.total_eur
        - evaluation.poor_service.lost_margin_eur_per_year
    )


class TestAsIs:
    def test_switches_every_lever_off(self, profit_centre: Scenario) -> None:
        start = as_is(profit_centre)
        assert not (start.retention.enabled or start.cross_sell.enabled or start.outbound.enabled)
        assert start.quality.first_contact_resolution_target == 0.75
        assert start.quality.improvement_cost_eur_per_month == 0.0
        assert start.demand == profit_centre.demand
        assert start.workforce == profit_centre.workforce

    def test_all_levers_back_on_is_the_scenario(self, profit_centre: Scenario) -> None:
        assert with_levers(profit_centre, levers(profit_centre)) == profit_centre

    def test_the_bundled_baseline_is_the_profit_centres_as_is(
        self, baseline: Scenario, profit_centre: Scenario
    ) -> None:
        assert evaluate(as_is(profit_centre)).cost == evaluate(baseline).cost


class TestStreamEffects:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre"])
    def test_effects_add_up_to_the_total_change_to_the_cent(self, name: str) -> None:
        scenario = load_scenario(SCENARIO_DIR / f"{name}.yaml")
        effects, start = stream_effects(scenario)
        end = evaluate(scenario)
        assert [e.name for e in effects] == list(levers(scenario))
        assert sum(e.cost_eur_per_year for e in effects) == pytest.approx(
            end.cost.total_eur - start.cost.total_eur, abs=CENT
        )
        assert sum(e.margin_eur_per_year for e in effects) == pytest.approx(
            end.revenue.total_eur - start.revenue.total_eur, abs=CENT
        )
        assert sum(e.retained_margin_eur_per_year for e in effects) == pytest.approx(
            start.poor_service.lost_margin_eur_per_year - end.poor_service.lost_margin_eur_per_year,
            abs=CENT,
        )

    @SCENARIOS
    @given(
        target=floats(0.5, 1.0),
        retention_on=st.booleans(),
        cross_sell_on=st.booleans(),
        outbound_on=st.booleans(),
        offer_handle_seconds=floats(0, 600),
        list_size=floats(0, 50_000),
    )
    def test_effects_always_add_up_to_the_total_change(
        self,
        target: float,
        retention_on: bool,
        cross_sell_on: bool,
        outbound_on: bool,
        offer_handle_seconds: float,
        list_size: float,
    ) -> None:
        scenario = Scenario(
            quality=Quality(
                first_contact_resolution=0.7,
                first_contact_resolution_target=target,
                improvement_cost_eur_per_month=10_000,
            ),
            retention=Retention(enabled=retention_on),
            cross_sell=CrossSell(enabled=cross_sell_on, offer_handle_seconds=offer_handle_seconds),
            outbound=Outbound(enabled=outbound_on, list_size_per_month=list_size),
        )
        effects, start = stream_effects(scenario)
        end = evaluate(scenario)
        total_cost = sum(e.cost_eur_per_year for e in effects)
        total_margin = sum(e.margin_eur_per_year for e in effects)
        assert total_cost == pytest.approx(end.cost.total_eur - start.cost.total_eur, abs=CENT)
        assert total_margin == pytest.approx(
            end.revenue.total_eur - start.revenue.total_eur, abs=CENT
        )
        for effect in effects:
            if effect.name != "quality" and not getattr(scenario, effect.name).enabled:
                assert effect.margin_eur_per_year == 0.0
                assert effect.cost_eur_per_year == 0.0

    def test_full_effect_month_is_the_yearly_change_over_twelve(
        self, profit_centre: Scenario, profit_centre_case: BusinessCase
    ) -> None:
        # From month 9 every lever has ramped up: the month's operating net is a twelfth of
        # the change in (margin − cost − churn) from the as-is centre.
        change = value_eur_per_year(evaluate(profit_centre)) - value_eur_per_year(
            evaluate(as_is(profit_centre))
        )
        case = profit_centre_case
        operating = case.net_eur + case.investments_eur
        assert operating[9:] == pytest.approx(np.full(operating.size - 9, change / 12), abs=CENT)

    def test_selling_is_not_free_capacity(self, profit_centre: Scenario) -> None:
        selling = evaluate(profit_centre)
        silent = evaluate(apply_overrides(profit_centre, ["cross_sell.offer_handle_seconds=0"]))
        assert selling.staffing.fte > silent.staffing.fte
        assert selling.cost.agent_wages_eur > silent.cost.agent_wages_eur
        # The cross-sell lever is charged more than its incentives: the agents' time too.
        effects = {e.name: e for e in stream_effects(profit_centre)[0]}
        incentives = selling.revenue.by_name()["cross_sell"].direct_cost_eur_per_year
        assert effects["cross_sell"].cost_eur_per_year > incentives

    @SCENARIOS
    @given(floats(0, 3_600), floats(0, 3_600))
    def test_longer_offer_handle_time_never_lowers_fte(self, a: float, b: float) -> None:
        short, long = sorted((a, b))

        def fte_at(offer_handle_seconds: float) -> tuple[float, float]:
            selling = CrossSell(
                enabled=True, eligible_share=0.3, offer_handle_seconds=offer_handle_seconds
            )
            result = evaluate(Scenario(cross_sell=selling))
            return result.staffing.fte, result.fte

        (inbound_short, total_short), (inbound_long, total_long) = fte_at(short), fte_at(long)
        assert inbound_long >= inbound_short
        assert total_long >= total_short

    @SCENARIOS
    @given(floats(0, 1), floats(0, 1), st.sampled_from(["cross_sell", "outbound"]))
    def test_a_higher_conversion_never_lowers_revenue(
        self, a: float, b: float, stream: str
    ) -> None:
        low, high = sorted((a, b))
        scenario = Scenario(cross_sell=CrossSell(enabled=True), outbound=Outbound(enabled=True))

        def at(rate: float) -> Scenario:
            inputs = getattr(scenario, stream).model_copy(update={"conversion_rate": rate})
            return scenario.model_copy(update={stream: inputs})

        at_low, at_high = evaluate(at(low)), evaluate(at(high))
        assert at_high.revenue.total_eur >= at_low.revenue.total_eur
        assert (
            at_high.revenue.by_name()[stream].margin_eur_per_year
            >= at_low.revenue.by_name()[stream].margin_eur_per_year
        )


class TestMonthlyFlows:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre"])
    def test_benefits_minus_costs_is_net_and_cumulative_is_its_running_sum(self, name: str) -> None:
        case = build_business_case(load_scenario(SCENARIO_DIR / f"{name}.yaml"))
        assert (case.benefits_eur >= 0).all()
        assert (case.costs_eur >= 0).all()
        assert case.net_eur == pytest.approx(case.benefits_eur - case.costs_eur, abs=1e-9)
        assert case.cumulative_eur == pytest.approx(np.cumsum(case.net_eur), abs=1e-6)
        parts = sum(case.stream_net_eur.values()) - case.investments_eur
        assert case.net_eur == pytest.approx(parts, abs=1e-6)

    @pytest.mark.parametrize("years", range(1, 11))
    def test_horizon_gives_twelve_months_a_year_plus_month_zero(
        self, pilot: Scenario, years: int
    ) -> None:
        case = build_business_case(with_business_case(pilot, horizon_years=years))
        months = 12 * years + 1
        assert case.months.tolist() == list(range(months))
        for flows in (case.benefits_eur, case.costs_eur, case.net_eur, case.investments_eur):
            assert flows.size == months
        rows = case.yearly()
        assert [row["year"] for row in rows] == list(range(1, years + 1))
        assert sum(row["net_eur"] for row in rows) == pytest.approx(
            float(case.net_eur.sum()), abs=CENT
        )
        assert rows[-1]["cumulative_eur"] == pytest.approx(float(case.cumulative_eur[-1]))

    def test_yearly_rows_sum_to_the_horizon(self, profit_centre_case: BusinessCase) -> None:
        case = profit_centre_case
        rows = case.yearly()
        assert len(rows) == 5
        for key, flows in [
            ("benefits_eur", case.benefits_eur),
            ("costs_eur", case.costs_eur),
            ("net_eur", case.net_eur),
        ]:
            assert sum(row[key] for row in rows) == pytest.approx(float(flows.sum()), abs=CENT)
        running = np.cumsum([row["net_eur"] for row in rows])
        assert [row["cumulative_eur"] for row in rows] == pytest.approx(running.tolist())
        # Month 0 (the up-front investment) is counted in year 1.
        assert rows[0]["net_eur"] == pytest.approx(float(case.net_eur[:13].sum()))

    @pytest.mark.parametrize("ramp_up_months", [1, 2, 3, 6, 12])
    def test_ramp_reaches_full_effect_in_its_last_month(
        self, baseline: Scenario, ramp_up_months: int
    ) -> None:
        scenario = baseline.model_copy(
            update={"cross_sell": CrossSell(enabled=True, ramp_up_months=ramp_up_months)}
        )
        case = build_business_case(with_business_case(scenario, horizon_years=2))
        effect = {e.name: e for e in case.effects}["cross_sell"]
        full = effect.net_eur_per_year / 12
        assert full > 0
        flows = case.stream_net_eur["cross_sell"]
        assert flows[0] == 0.0
        assert flows[1] == pytest.approx(full / ramp_up_months)
        assert flows[ramp_up_months] == pytest.approx(full)
        assert flows[ramp_up_months:] == pytest.approx(np.full(25 - ramp_up_months, full))
        assert (np.diff(flows[: ramp_up_months + 1]) > 0).all()

    def test_no_ramp_means_full_effect_from_month_one(self) -> None:
        assert ramp(np.arange(4), 0).tolist() == [0.0, 1.0, 1.0, 1.0]

    def test_investments_land_in_their_months(self, baseline: Scenario) -> None:
        scenario = with_business_case(
            baseline,
            horizon_years=1,
            investments=[
                {"name": "Training", "one_off_eur": 10_000, "month": 0},
                {"name": "Go-live", "one_off_eur": 1_000, "month": 7},
                {"name": "Licences", "recurring_eur_per_month": 500, "recurring_from_month": 4},
                {"name": "Last month", "one_off_eur": 300, "month": 12},
            ],
        )
        case = build_business_case(scenario)
        expected = np.zeros(13)
        expected[0] += 10_000
        expected[7] += 1_000
        expected[4:] += 500
        expected[12] += 300
        assert case.investments_eur.tolist() == expected.tolist()
        # The baseline has no levers: its only flows are the investments.
        assert case.costs_eur.tolist() == expected.tolist()
        assert case.benefits_eur.tolist() == [0.0] * 13
        assert case.net_eur.tolist() == (-expected).tolist()

    def test_an_investment_after_the_horizon_is_refused(self, baseline: Scenario) -> None:
        with pytest.raises(ValueError, match="after the horizon"):
            with_business_case(
                baseline, horizon_years=1, investments=[{"name": "Late", "month": 13}]
            )


class TestMetrics:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre"])
    @pytest.mark.parametrize("years", [1, 5])
    def test_npv_and_irr_equal_numpy_financial_on_the_monthly_net(
        self, name: str, years: int
    ) -> None:
        scenario = with_business_case(
            load_scenario(SCENARIO_DIR / f"{name}.yaml"), horizon_years=years
        )
        case = build_business_case(scenario)
        rate = scenario.business_case.discount_rate_per_year
        assert case.npv_eur == pytest.approx(npf.npv(monthly_rate(rate), case.net_eur), rel=1e-9)
        result = case.irr
        assert result.annual_rate is not None
        assert result.reason == ""
        assert result.annual_rate == pytest.approx((1 + npf.irr(case.net_eur)) ** 12 - 1, rel=1e-6)

    def test_roi_is_benefit_over_cost(self, profit_centre_case: BusinessCase) -> None:
        case = profit_centre_case
        benefits, costs = float(case.benefits_eur.sum()), float(case.costs_eur.sum())
        assert case.roi == pytest.approx((benefits - costs) / costs)

    @SCENARIOS
    @given(floats(0.0, 1.0), floats(0.0, 1.0))
    def test_a_higher_discount_rate_never_raises_the_npv_of_a_positive_later_case(
        self, a: float, b: float
    ) -> None:
        low, high = sorted((a, b))
        # The pilot: investments up front, a cross-sell benefit every month after.
        pilot = load_scenario(SCENARIO_DIR / "pilot.yaml")
        at_low = build_business_case(with_business_case(pilot, discount_rate_per_year=low))
        at_high = build_business_case(with_business_case(pilot, discount_rate_per_year=high))
        assert at_low.net_eur[0] < 0
        assert (at_low.net_eur[1:] > 0).all()
        assert at_high.npv_eur <= at_low.npv_eur + 1e-6

    def test_a_case_without_levers_is_zero(self, baseline: Scenario) -> None:
        case = build_business_case(baseline)
        assert not case.net_eur.any()
        assert not case.benefits_eur.any()
        assert not case.costs_eur.any()
        assert case.npv_eur == 0.0
        assert case.payback_month is None
        assert case.roi is None
        result = case.irr
        assert result.annual_rate is None
        assert result.reason
        assert all(e.net_eur_per_year == 0.0 for e in case.effects)

    def test_a_case_that_never_pays_back_has_no_payback_month(self, pilot: Scenario) -> None:
        huge = Investment(name="A very expensive system", one_off_eur=1_000_000_000)
        case = build_business_case(with_business_case(pilot, investments=[huge]))
        assert case.cumulative_eur[-1] < 0
        assert case.payback_month is None
        assert case.npv_eur < 0

    def test_no_irr_when_every_flow_has_the_same_sign(self, baseline: Scenario) -> None:
        only_cost = with_business_case(
            baseline, investments=[{"name": "Licences", "recurring_eur_per_month": 1_000}]
        )
        case = build_business_case(only_cost)
        assert (case.net_eur <= 0).all()
        result = case.irr
        assert result.annual_rate is None
        assert result.reason == "no return: every cash flow is a cost"
        assert case.payback_month is None

    @pytest.mark.filterwarnings("ignore::RuntimeWarning")
    def test_no_irr_when_a_ten_year_case_never_breaks_even(self, pilot: Scenario) -> None:
        # Investments now and in the last month, a small benefit in between: the NPV is
        # negative at every rate, so there is no IRR — on 5 years the model says so.
        def case(years: int) -> BusinessCase:
            return build_business_case(
                with_business_case(
                    pilot,
                    horizon_years=years,
                    investments=[
                        {"name": "Now", "one_off_eur": 10_000_000, "month": 0},
                        {"name": "Then", "one_off_eur": 10_000_000, "month": 12 * years},
                    ],
                )
            )

        assert case(5).irr.annual_rate is None
        result = case(10).irr
        assert result.annual_rate is None
        assert result.reason

    @pytest.mark.filterwarnings("error::RuntimeWarning")
    def test_a_ten_year_case_computes_its_irr_without_overflow(
        self, profit_centre: Scenario
    ) -> None:
        case = build_business_case(with_business_case(profit_centre, horizon_years=10))
        result = case.irr
        assert result.annual_rate == pytest.approx((1 + npf.irr(case.net_eur)) ** 12 - 1, rel=1e-6)

    def test_the_pilot_pays_back_within_its_horizon(self, pilot_case: BusinessCase) -> None:
        month = pilot_case.payback_month
        assert month is not None
        assert 0 < month <= pilot_case.months[-1]
        assert pilot_case.cumulative_eur[month - 1] < 0 <= pilot_case.cumulative_eur[month]
        assert (pilot_case.cumulative_eur[month:] >= 0).all()

    def test_the_profit_centre_has_a_positive_npv(self, profit_centre_case: BusinessCase) -> None:
        assert profit_centre_case.npv_eur > 0
        assert profit_centre_case.payback_month is not None
        assert profit_centre_case.irr.annual_rate is not None
        assert profit_centre_case.investments_eur[0] == pytest.approx(405_000)


class TestAgainstABaseline:
    def test_a_dearer_baseline_shows_as_a_saving_in_other(self, baseline: Scenario) -> None:
        dearer = apply_overrides(baseline, ["workforce.loaded_hourly_wage_eur=22"])
        case = build_business_case(baseline, baseline=dearer)
        saving = evaluate(dearer).cost.total_eur - evaluate(baseline).cost.total_eur
        assert saving > 0
        assert case.other_cost_change_eur_per_year == pytest.approx(-saving)
        other = case.stream_net_eur["other"]
        assert other[0] == 0.0
        assert other[1:] == pytest.approx(np.full(60, saving / 12))
        assert case.net_eur.sum() == pytest.approx(saving * 5)
        assert case.npv_eur > 0
        assert case.baseline_name == dearer.name

    def test_the_bundled_baseline_gives_the_profit_centres_own_case(
        self, baseline: Scenario, profit_centre: Scenario, profit_centre_case: BusinessCase
    ) -> None:
        case = build_business_case(profit_centre, baseline=baseline)
        assert case.baseline_name == "Baseline"
        assert case.other_cost_change_eur_per_year == 0.0
        assert case.net_eur == pytest.approx(profit_centre_case.net_eur, abs=1e-9)

    def test_full_effect_net_is_the_change_from_the_baseline(
        self, pilot: Scenario, profit_centre: Scenario
    ) -> None:
        # Profit centre against the pilot (which sells in one team, at a higher wage):
        # at full effect each month's operating net is a twelfth of the yearly change.
        other = apply_overrides(pilot, ["workforce.loaded_hourly_wage_eur=21"])
        case = build_business_case(profit_centre, baseline=other)
        change = value_eur_per_year(evaluate(profit_centre)) - value_eur_per_year(evaluate(other))
        operating = case.net_eur + case.investments_eur
        assert operating[9:] == pytest.approx(np.full(operating.size - 9, change / 12), abs=CENT)

    def test_a_baseline_with_the_same_resolution_gets_no_churn_credit(
        self, baseline: Scenario, profit_centre: Scenario
    ) -> None:
        # The baseline already runs the profit centre's quality programme (FCR 75% → 80%).
        improved = baseline.model_copy(update={"quality": profit_centre.quality})
        case = build_business_case(profit_centre, baseline=improved)
        change = value_eur_per_year(evaluate(profit_centre)) - value_eur_per_year(
            evaluate(improved)
        )
        operating = case.net_eur + case.investments_eur
        assert operating[9:] == pytest.approx(np.full(operating.size - 9, change / 12), abs=CENT)
