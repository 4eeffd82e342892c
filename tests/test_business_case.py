"""The multi-year business case: levers by sequential attribution, the monthly ledger,
NPV/IRR/ROI/payback of scenario − baseline.

What a board will ask of the numbers: the parts add up to the whole, a case that never
pays back says so instead of inventing a month, and selling on service calls is not free
capacity. The ledger's own properties (a scenario against itself is zero, antisymmetry,
margin earned when it is earned, nothing after the horizon) are in ``test_ledger.py``.
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

from ccx_model.attribution import attribute
from ccx_model.case import Case, build_case
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
from ccx_model.ledger import build_ledger, ramp_share
from ccx_model.ledger_lines import COST_LINES
from ccx_model.levers import as_is, levers, with_levers
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import apply_overrides, load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_DIR = ROOT / "scenarios"

# evaluate() takes a few milliseconds and a business case a few of them: few examples.
SCENARIOS = settings(database=None, deadline=None, max_examples=15)

CENT = 0.005
NO_INDEXATION = {"wage_indexation_per_year": 0.0, "price_indexation_per_year": 0.0}


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
def profit_centre_case(profit_centre: Scenario) -> Case:
    return build_case(profit_centre)


@pytest.fixture(scope="module")
def pilot_case(pilot: Scenario) -> Case:
    return build_case(pilot)


def with_business_case(scenario: Scenario, **update: Any) -> Scenario:
    """The scenario with business-case inputs changed, validated like a file."""
    inputs = BusinessCaseInputs.model_validate({**scenario.business_case.model_dump(), **update})
    return scenario.model_copy(update={"business_case": inputs})


def running_cost(evaluation: Evaluation, exact: bool = False) -> float:
    """The running cost lines (recurring investments are their own ledger lines)."""
    lines = (evaluation.cost_exact if exact else evaluation.cost).lines()
    return sum(lines[key] for key in COST_LINES)


def value_eur_per_year(evaluation: Evaluation) -> float:
    """What the business case measures, before investments: external margin − running
    cost − margin lost to churn."""
    return (
        evaluation.revenue.total_eur
        - running_cost(evaluation)
        - evaluation.poor_service.lost_margin_eur_per_year
    )


def investments_eur(case: Case) -> np.ndarray:
    """What the investments add to the case per month (negative: they cost)."""
    total = np.zeros(case.months.size)
    for difference in case.differences:
        if difference.key.startswith("investment:"):
            total += difference.contribution
    return total


class TestAsIs:
    def test_switches_every_lever_off(self, profit_centre: Scenario) -> None:
        start = as_is(profit_centre)
        assert not (start.retention.enabled or start.cross_sell.enabled or start.outbound.enabled)
        assert start.quality.first_contact_resolution_target == 0.75
        assert start.quality.improvement_cost_eur_per_month == 0.0
        assert start.demand == profit_centre.demand
        assert start.workforce == profit_centre.workforce
        assert start.business_case.investments == ()

    def test_all_levers_back_on_is_the_scenario(self, profit_centre: Scenario) -> None:
        on = with_levers(profit_centre, levers(profit_centre))
        assert on.model_dump(exclude={"business_case"}) == profit_centre.model_dump(
            exclude={"business_case"}
        )
        # Levers only: the investments stay with the business case that pays for them.
        assert running_cost(evaluate(on)) == running_cost(evaluate(profit_centre))

    def test_the_bundled_baseline_is_the_profit_centres_as_is(
        self, baseline: Scenario, profit_centre: Scenario
    ) -> None:
        assert evaluate(as_is(profit_centre)).cost == evaluate(baseline).cost


class TestLeverEffects:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre", "failure_demand_halved"])
    def test_effects_and_rounding_add_up_to_the_total_change_to_the_cent(self, name: str) -> None:
        scenario = load_scenario(SCENARIO_DIR / f"{name}.yaml")
        parts = attribute(scenario)
        start, end = parts.start, evaluate(scenario)
        assert [e.name for e in parts.effects] == list(levers(scenario))
        # Each lever is charged at exact (fractional) people; rounding to whole people is
        # its own part, so levers + rounding = the change in the running cost.
        assert sum(e.cost_eur_per_year for e in parts.effects) + parts.rounding_eur_per_year == (
            pytest.approx(running_cost(end) - running_cost(start), abs=CENT)
        )
        assert sum(e.margin_eur_per_year for e in parts.effects) == pytest.approx(
            end.revenue.total_eur - start.revenue.total_eur, abs=CENT
        )
        assert sum(e.retained_margin_eur_per_year for e in parts.effects) == pytest.approx(
            start.poor_service.lost_margin_eur_per_year - end.poor_service.lost_margin_eur_per_year,
            abs=CENT,
        )

    @SCENARIOS
    @given(
        target=floats(0.7, 1.0),
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
        parts = attribute(scenario)
        end = evaluate(scenario)
        total_cost = sum(e.cost_eur_per_year for e in parts.effects)
        assert total_cost + parts.rounding_eur_per_year == pytest.approx(
            running_cost(end) - running_cost(parts.start), abs=CENT
        )
        assert sum(e.margin_eur_per_year for e in parts.effects) == pytest.approx(
            end.revenue.total_eur - parts.start.revenue.total_eur, abs=CENT
        )
        for effect in parts.effects:
            if effect.name != "quality" and not getattr(scenario, effect.name).enabled:
                assert effect.margin_eur_per_year == 0.0
                assert effect.cost_eur_per_year == 0.0

    def test_at_full_effect_a_month_is_the_yearly_change_over_twelve(
        self, profit_centre: Scenario
    ) -> None:
        # Without indexation, once every lever has ramped up and every saved customer's
        # months of margin are being earned (month 24 on), each month's operating net is a
        # twelfth of the change in (margin − cost − churn) from the starting centre.
        scenario = with_business_case(profit_centre, **NO_INDEXATION)
        case = build_case(scenario)
        change = value_eur_per_year(evaluate(scenario)) - value_eur_per_year(
            evaluate(as_is(scenario))
        )
        operating = case.net_eur - investments_eur(case)
        assert operating[24:] == pytest.approx(np.full(operating.size - 24, change / 12), abs=CENT)

    def test_selling_is_not_free_capacity(self, profit_centre: Scenario) -> None:
        selling = evaluate(profit_centre)
        # Its ranges go: 0 s is outside the offer handle time's range (30 to 75 s).
        plain = profit_centre.model_copy(update={"ranges": ()})
        silent = evaluate(apply_overrides(plain, ["cross_sell.offer_handle_seconds=0"]))
        assert selling.staffing.fte > silent.staffing.fte
        assert selling.cost.agent_wages_eur > silent.cost.agent_wages_eur
        # The cross-sell lever is charged more than its incentives: the agents' time too.
        effect = attribute(profit_centre).effect("cross_sell")
        assert effect is not None
        incentives = selling.revenue.by_name()["cross_sell"].direct_cost_eur_per_year
        assert effect.cost_eur_per_year > incentives
        assert effect.lines["agent_wages"] > 0

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
    def test_a_higher_conversion_never_lowers_the_gross_margin(
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
    @pytest.mark.parametrize("name", ["pilot", "profit_centre", "outsourced"])
    def test_the_lines_add_up_to_the_net_and_cumulative_is_its_running_sum(self, name: str) -> None:
        case = build_case(load_scenario(SCENARIO_DIR / f"{name}.yaml"))
        external = [d for d in case.differences if d.line.kind != "internal"]
        assert case.net_eur == pytest.approx(sum(d.contribution for d in external), abs=1e-6)
        assert case.cumulative_eur == pytest.approx(np.cumsum(case.net_eur), abs=1e-6)
        assert sum(case.by_line()[d.key] for d in external) == pytest.approx(
            float(case.net_eur.sum()), abs=1e-4
        )
        assert case.benefits_eur - case.costs_eur == pytest.approx(
            float(case.net_eur.sum()), abs=1e-4
        )

    @pytest.mark.parametrize("months", [6, 12, 18, 24, 60, 120])
    def test_the_horizon_gives_its_months_plus_month_zero(
        self, pilot: Scenario, months: int
    ) -> None:
        case = build_case(with_business_case(pilot, horizon_months=months))
        assert case.months.tolist() == list(range(months + 1))
        assert case.net_eur.size == months + 1
        rows = case.yearly()
        assert [row["year"] for row in rows] == list(range(1, (months + 11) // 12 + 1))
        assert rows[-1]["last_month"] == months
        assert sum(row["net_eur"] for row in rows) == pytest.approx(
            float(case.net_eur.sum()), abs=CENT
        )
        assert rows[-1]["cumulative_eur"] == pytest.approx(float(case.cumulative_eur[-1]))

    def test_yearly_rows_sum_to_the_horizon(self, profit_centre_case: Case) -> None:
        case = profit_centre_case
        rows = case.yearly()
        assert len(rows) == 5
        assert sum(row["net_eur"] for row in rows) == pytest.approx(
            float(case.net_eur.sum()), abs=CENT
        )
        for row in rows:
            assert row["net_eur"] == pytest.approx(row["benefits_eur"] - row["costs_eur"], abs=CENT)
        running = np.cumsum([row["net_eur"] for row in rows])
        assert [row["cumulative_eur"] for row in rows] == pytest.approx(running.tolist())
        # Month 0 (the up-front investment) is counted in year 1.
        assert rows[0]["first_month"] == 0
        assert rows[0]["net_eur"] == pytest.approx(float(case.net_eur[:13].sum()))

    @pytest.mark.parametrize("ramp_up_months", [1, 2, 3, 6, 12])
    def test_a_ramp_reaches_full_effect_in_its_last_month(
        self, baseline: Scenario, ramp_up_months: int
    ) -> None:
        scenario = baseline.model_copy(
            update={"cross_sell": CrossSell(enabled=True, ramp_up_months=ramp_up_months)}
        )
        ledger = build_ledger(with_business_case(scenario, horizon_months=24, **NO_INDEXATION))
        flows = ledger.lever_net["cross_sell"]
        effect = ledger.attribution.effect("cross_sell")
        assert effect is not None
        share = ramp_share(ledger.months, 1, ramp_up_months)
        # Costs follow the ramp from month 1; the margin of each month's kept sales
        # accrues as it is earned, so the lever's net reaches the full month later.
        assert flows[0] == 0.0
        wages = effect.lines["agent_wages"] / 12
        cost_line = ledger.line("agent_wages")
        assert cost_line is not None
        start = as_is(scenario)
        start_wages = evaluate(start).cost.agent_wages_eur / 12
        assert wages > 0
        assert share[ramp_up_months] == 1.0 and share[ramp_up_months - 1] < 1.0
        assert (np.diff(share[: ramp_up_months + 1]) > 0).all()
        # The wage line at the end of the ramp holds the lever's full extra time.
        rounding = ledger.attribution.rounding["agent_wages"] / 12
        assert cost_line.values[-1] == pytest.approx(start_wages + wages + rounding, abs=CENT)

    def test_no_ramp_means_full_effect_from_the_start_month(self) -> None:
        assert ramp_share(np.arange(4), 1, 0).tolist() == [0.0, 1.0, 1.0, 1.0]
        assert ramp_share(np.arange(5), 3, 0).tolist() == [0.0, 0.0, 0.0, 1.0, 1.0]

    def test_investments_land_in_their_months(self, baseline: Scenario) -> None:
        scenario = with_business_case(
            baseline,
            horizon_months=12,
            investments=[
                {"name": "Training", "one_off_eur": 10_000, "month": 0},
                {"name": "Go-live", "one_off_eur": 1_000, "month": 7},
                {"name": "Licences", "recurring_eur_per_month": 500, "recurring_from_month": 4},
                {"name": "Last month", "one_off_eur": 300, "month": 12},
            ],
        )
        case = build_case(scenario)
        expected = np.zeros(13)
        expected[0] += 10_000
        expected[7] += 1_000
        expected[4:] += 500
        expected[12] += 300
        assert investments_eur(case).tolist() == (-expected).tolist()
        # The baseline has no levers: its only flows are the investments.
        assert case.net_eur.tolist() == (-expected).tolist()
        assert case.benefits_eur == 0.0
        assert case.costs_eur == pytest.approx(float(expected.sum()))

    def test_an_investment_after_the_horizon_is_refused(self, baseline: Scenario) -> None:
        with pytest.raises(ValueError, match="after the horizon"):
            with_business_case(
                baseline, horizon_months=12, investments=[{"name": "Late", "month": 13}]
            )


class TestMetrics:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre"])
    @pytest.mark.parametrize("months", [12, 60])
    def test_npv_and_irr_equal_numpy_financial_on_the_monthly_net(
        self, name: str, months: int
    ) -> None:
        scenario = with_business_case(
            load_scenario(SCENARIO_DIR / f"{name}.yaml"), horizon_months=months
        )
        case = build_case(scenario)
        rate = scenario.business_case.discount_rate_per_year
        assert case.npv_eur == pytest.approx(npf.npv(monthly_rate(rate), case.net_eur), rel=1e-9)
        result = case.irr
        if result.annual_rate is not None:
            assert result.annual_rate == pytest.approx(
                (1 + npf.irr(case.net_eur)) ** 12 - 1, rel=1e-6
            )
        else:
            assert result.reason

    def test_roi_is_benefit_over_cost(self, profit_centre_case: Case) -> None:
        case = profit_centre_case
        by_line = case.by_line().values()
        benefits = sum(v for v in by_line if v > 0)
        costs = -sum(v for v in by_line if v < 0)
        assert case.roi == pytest.approx((benefits - costs) / costs)

    @SCENARIOS
    @given(floats(0.0, 1.0), floats(0.0, 1.0))
    def test_a_higher_discount_rate_never_raises_the_npv_of_a_case_that_pays_later(
        self, a: float, b: float
    ) -> None:
        low, high = sorted((a, b))
        pilot = load_scenario(SCENARIO_DIR / "pilot.yaml")
        at_low = build_case(with_business_case(pilot, discount_rate_per_year=low))
        at_high = build_case(with_business_case(pilot, discount_rate_per_year=high))
        # The pilot: its outlay up front, its benefits after.
        assert at_low.net_eur[0] < 0
        assert at_low.cumulative_eur[-1] > 0
        payback = at_low.payback_month
        assert payback is not None
        assert (at_low.net_eur[payback:] >= 0).all()
        assert at_high.npv_eur <= at_low.npv_eur + 1e-6

    def test_a_case_without_levers_is_zero(self, baseline: Scenario) -> None:
        case = build_case(baseline)
        assert not case.net_eur.any()
        assert case.benefits_eur == case.costs_eur == 0.0
        assert case.npv_eur == 0.0
        assert case.payback_month is None
        assert case.roi is None
        assert case.irr.annual_rate is None
        assert case.irr.reason

    def test_a_case_that_never_pays_back_has_no_payback_month(self, pilot: Scenario) -> None:
        huge = Investment(name="A very expensive system", one_off_eur=1_000_000_000)
        case = build_case(with_business_case(pilot, investments=[huge]))
        assert case.cumulative_eur[-1] < 0
        assert case.payback_month is None
        assert case.npv_eur < 0

    def test_no_irr_when_every_flow_is_a_cost(self, baseline: Scenario) -> None:
        only_cost = with_business_case(
            baseline, investments=[{"name": "Licences", "recurring_eur_per_month": 1_000}]
        )
        case = build_case(only_cost)
        assert (case.net_eur <= 0).all()
        assert case.irr.annual_rate is None
        assert case.irr.reason == "no return: every cash flow is a cost"
        assert case.payback_month is None

    @pytest.mark.filterwarnings("ignore::RuntimeWarning")
    def test_no_irr_when_a_ten_year_case_never_breaks_even(self, pilot: Scenario) -> None:
        # Investments now and in the last month, a small benefit in between: the NPV is
        # negative at every rate, so there is no IRR.
        def case(months: int) -> Case:
            return build_case(
                with_business_case(
                    pilot,
                    horizon_months=months,
                    investments=[
                        {"name": "Now", "one_off_eur": 10_000_000, "month": 0},
                        {"name": "Then", "one_off_eur": 10_000_000, "month": months},
                    ],
                )
            )

        assert case(60).irr.annual_rate is None
        result = case(120).irr
        assert result.annual_rate is None
        assert result.reason

    @pytest.mark.filterwarnings("error::RuntimeWarning")
    def test_a_ten_year_case_computes_its_irr_without_overflow(
        self, profit_centre: Scenario
    ) -> None:
        case = build_case(with_business_case(profit_centre, horizon_months=120))
        result = case.irr
        assert result.annual_rate == pytest.approx((1 + npf.irr(case.net_eur)) ** 12 - 1, rel=1e-6)

    def test_the_pilot_pays_back_within_its_horizon(self, pilot_case: Case) -> None:
        month = pilot_case.payback_month
        assert month is not None
        assert 0 < month <= pilot_case.months[-1]
        assert pilot_case.cumulative_eur[month - 1] < 0 <= pilot_case.cumulative_eur[month]
        assert (pilot_case.cumulative_eur[month:] >= 0).all()

    def test_the_profit_centre_has_a_positive_npv(self, profit_centre_case: Case) -> None:
        case = profit_centre_case
        assert case.npv_eur > 0
        assert case.payback_month is not None
        assert case.irr.annual_rate is not None
        # The one-off investments of month 0 (scenarios/profit_centre.yaml).
        assert -investments_eur(case)[0] == pytest.approx(405_000)


class TestAgainstABaseline:
    def test_a_dearer_baseline_shows_as_a_saving_on_wages(self, baseline: Scenario) -> None:
        dearer = apply_overrides(baseline, ["workforce.loaded_hourly_wage_eur=22"])
        scenario = with_business_case(baseline, **NO_INDEXATION)
        other = with_business_case(dearer, **NO_INDEXATION)
        case = build_case(scenario, baseline=other)
        saving = evaluate(other).cost.total_eur - evaluate(scenario).cost.total_eur
        assert saving > 0
        assert case.net_eur[0] == 0.0
        assert case.net_eur[1:] == pytest.approx(np.full(60, saving / 12))
        assert case.by_line()["agent_wages"] == pytest.approx(
            (evaluate(other).cost.agent_wages_eur - evaluate(scenario).cost.agent_wages_eur) * 5
        )
        assert case.npv_eur > 0
        assert case.baseline.name == dearer.name
        assert case.baseline_is_starting_centre is False

    def test_the_bundled_baseline_gives_the_profit_centres_own_case(
        self, baseline: Scenario, profit_centre: Scenario, profit_centre_case: Case
    ) -> None:
        case = build_case(profit_centre, baseline=baseline)
        assert case.baseline.name == "Baseline"
        assert case.net_eur == pytest.approx(profit_centre_case.net_eur, abs=1e-6)

    def test_the_baselines_own_levers_and_investments_count(
        self, pilot: Scenario, profit_centre: Scenario
    ) -> None:
        # Profit centre against the pilot: the case is the difference of the two cases
        # against their shared starting centre, month by month.
        case = build_case(profit_centre, baseline=pilot)
        own = build_case(profit_centre)
        theirs = build_case(pilot, horizon_months=own.horizon_months)
        assert case.net_eur == pytest.approx(own.net_eur - theirs.net_eur, abs=1e-6)
        assert case.npv_eur == pytest.approx(own.npv_eur - theirs.npv_eur, abs=1e-4)

    def test_a_baseline_with_the_same_resolution_gets_no_churn_credit(
        self, baseline: Scenario, profit_centre: Scenario
    ) -> None:
        # The baseline already runs the profit centre's quality programme (FCR 75% → 80%).
        improved = baseline.model_copy(update={"quality": profit_centre.quality})
        case = build_case(profit_centre, baseline=improved)
        assert abs(case.by_line()["lost_margin"]) < abs(
            build_case(profit_centre).by_line()["lost_margin"]
        )
        bridge = {step.key: step.amount_eur for step in case.bridge()}
        assert bridge["quality"] == pytest.approx(0.0, abs=1.0)
