"""The business case as the difference of two monthly ledgers: the properties a finance
partner checks first."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.case import build_case
from ccx_model.cohorts import yearly_index
from ccx_model.commercial import Investment
from ccx_model.ledger import build_ledger
from ccx_model.ledger_lines import COST_LINES
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import apply_overrides, load_scenario

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
BUNDLED = ["baseline", "pilot", "profit_centre", "failure_demand_halved", "outsourced"]


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def with_settings(scenario: Scenario, *assignments: str) -> Scenario:
    return apply_overrides(scenario, list(assignments))


class TestAgainstItself:
    @pytest.mark.parametrize("name", BUNDLED)
    def test_every_month_every_line_and_every_bridge_step_is_zero(self, name: str) -> None:
        scenario = bundled(name)
        case = build_case(scenario, scenario)
        assert all(np.all(d.contribution == 0.0) for d in case.differences)
        assert case.npv_eur == 0.0
        assert case.payback_month is None and case.roi is None
        assert [s.amount_eur for s in case.bridge() if s.kind == "step"] == [0.0] * (
            len(case.bridge()) - 2
        )

    @pytest.mark.parametrize("name", BUNDLED)
    def test_the_starting_centre_against_itself_is_zero_too(self, name: str) -> None:
        scenario = bundled(name)
        assert build_case(scenario).b.scenario == build_case(scenario).b.scenario
        from ccx_model.levers import as_is

        start = as_is(scenario)
        assert build_case(start).npv_eur == 0.0


class TestAntisymmetry:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("profit_centre", "failure_demand_halved"),
            ("outsourced", "pilot"),
            ("baseline", "profit_centre"),
        ],
    )
    def test_swapping_the_sides_flips_every_sign(self, a: str, b: str) -> None:
        first, second = bundled(a), bundled(b)
        horizon = first.business_case.horizon_months
        ab = build_case(first, second, horizon)
        ba = build_case(second, first, horizon)
        assert np.allclose(ab.net_eur, -ba.net_eur, rtol=0, atol=1e-6)
        assert ab.npv_eur == pytest.approx(-ba.npv_eur, abs=1e-6)


class TestMarginWhenEarned:
    def test_margin_after_the_horizon_never_counts(self) -> None:
        """Saved customers staying 12 or 60 months: on a 1-year horizon, the same case."""
        # Without its ranges: 60 months is outside months retained's range (6 to 18).
        plain = bundled("profit_centre").model_copy(update={"ranges": ()})
        base = with_settings(plain, "business_case.horizon_months=12")
        short = with_settings(base, "retention.months_retained=12")
        long = with_settings(base, "retention.months_retained=60")
        assert build_case(short).npv_eur == pytest.approx(build_case(long).npv_eur, abs=1e-6)

    def test_a_saved_customer_earns_month_by_month(self) -> None:
        scenario = with_settings(
            Scenario(),
            "retention.enabled=true",
            "retention.months_retained=6",
            "business_case.price_indexation_per_year=0",
        )
        ledger = build_ledger(scenario, 24)
        margin = ledger.line("retention_margin")
        assert margin is not None
        saves = ledger.attribution.full.revenue.by_name()["retention"].volumes_per_year["saves"]
        monthly = saves / 12 * scenario.customers.margin_eur_per_year / 12
        # Month 1's saves earn from month 2; six cohorts in full from month 7.
        assert margin.values[1] == 0.0
        assert margin.values[2] == pytest.approx(monthly)
        assert margin.values[7:] == pytest.approx(6 * monthly)
        # The steady state is the annual margin the Profit page shows, a twelfth a month.
        full = ledger.attribution.full.revenue.by_name()["retention"].margin_eur_per_year
        assert margin.values[-1] * 12 == pytest.approx(full)

    def test_a_contract_spreads_a_sales_margin_and_truncates_it(self) -> None:
        at_once = with_settings(
            Scenario(), "cross_sell.enabled=true", "business_case.horizon_months=12"
        )
        spread = with_settings(at_once, "cross_sell.contract_months=24")
        a, b = build_ledger(at_once), build_ledger(spread)
        margin_a, margin_b = a.line("cross_sell_margin"), b.line("cross_sell_margin")
        assert margin_a is not None and margin_b is not None
        assert margin_b.values.sum() < margin_a.values.sum() / 1.5


class TestTiming:
    def test_fixed_costs_start_in_full_and_volume_effects_ramp(self) -> None:
        scenario = with_settings(
            Scenario(),
            "outbound.enabled=true",
            "outbound.start_month=4",
            "outbound.ramp_up_months=6",
            "business_case.price_indexation_per_year=0",
        )
        ledger = build_ledger(scenario, 24)
        fixed = ledger.line("outbound_fixed")
        margin = ledger.line("outbound_margin")
        assert fixed is not None and margin is not None
        monthly_fixed = (
            scenario.outbound.dialler_cost_eur_per_month
            + scenario.outbound.compliance_cost_eur_per_month
        )
        assert fixed.values[:4].tolist() == [0.0, 0.0, 0.0, 0.0]
        assert fixed.values[4:] == pytest.approx(monthly_fixed)
        assert margin.values[3] == 0.0
        assert margin.values[4] == pytest.approx(margin.values[9] / 6)
        assert margin.values[10] == pytest.approx(margin.values[9])

    def test_the_outsourced_in_house_team_stays_until_the_transition_ends(self) -> None:
        scenario = bundled("outsourced")
        months = scenario.outsourcing.transition_months
        ledger = build_ledger(scenario)
        wages = ledger.line("agent_wages")
        retained = ledger.line("retained_organisation")
        redundancy = ledger.line("redundancy")
        assert wages is not None and retained is not None and redundancy is not None
        assert wages.values[months] > 0.9 * wages.values[1]
        assert wages.values[months + 1] < 0.1 * wages.values[1]
        assert retained.values[1] > 0
        assert (
            redundancy.values[months + 1] > 0
            and redundancy.values.sum() == redundancy.values[months + 1]
        )


class TestLinesAddUp:
    @pytest.mark.parametrize("name", BUNDLED)
    def test_at_full_effect_the_cost_lines_are_the_annual_cost(self, name: str) -> None:
        scenario = with_settings(bundled(name), "business_case.horizon_months=120")
        ledger = build_ledger(scenario)
        full = ledger.attribution.full
        last = ledger.months[-1]
        wage = yearly_index(scenario.business_case.wage_indexation_per_year, ledger.months)[last]
        price = yearly_index(scenario.business_case.price_indexation_per_year, ledger.months)[last]
        from ccx_model.ledger_lines import LINES

        running = {
            line.key: line.values[last]
            * 12
            / (wage if LINES[line.key].indexation == "wage" else price)
            for line in ledger.lines
            if line.key in COST_LINES
        }
        recurring = 12 * sum(i.recurring_eur_per_month for i in scenario.business_case.investments)
        assert sum(running.values()) + recurring == pytest.approx(full.cost.total_eur, rel=1e-9)
        for key, value in running.items():
            assert value == pytest.approx(full.cost.lines()[key], rel=1e-9, abs=1e-6), key

    @pytest.mark.parametrize("name", BUNDLED)
    def test_the_levers_and_rounding_add_up_to_the_scenario(self, name: str) -> None:
        attribution = build_ledger(bundled(name)).attribution
        start, full = attribution.start, attribution.full
        for key in COST_LINES:
            total = start.cost.lines()[key] + sum(e.lines[key] for e in attribution.effects)
            assert total + attribution.rounding[key] == pytest.approx(
                full.cost.lines()[key], abs=1e-6
            ), key

    @pytest.mark.parametrize("name", BUNDLED)
    def test_the_bridge_adds_up_to_the_scenarios_result(self, name: str) -> None:
        steps = build_case(bundled(name)).bridge()
        assert sum(s.amount_eur for s in steps[:-1]) == pytest.approx(
            steps[-1].amount_eur, abs=1e-4
        )

    def test_the_order_of_cuts_in_the_file_does_not_change_any_bar(self) -> None:
        scenario = bundled("failure_demand_halved")
        reversed_cuts = scenario.model_copy(
            update={
                "failure_demand": scenario.failure_demand.model_copy(
                    update={"cuts": tuple(reversed(scenario.failure_demand.cuts))}
                )
            }
        )
        assert build_case(scenario).bridge() == build_case(reversed_cuts).bridge()
        assert np.array_equal(build_case(scenario).net_eur, build_case(reversed_cuts).net_eur)


class TestRoiAndNpvDoNotDependOnLabels:
    def test_a_monthly_cost_as_a_running_cost_or_as_a_recurring_investment(self) -> None:
        base = with_settings(
            bundled("profit_centre"),
            "quality.improvement_cost_eur_per_month=0",
            "business_case.price_indexation_per_year=0",
        )
        running = with_settings(base, "quality.improvement_cost_eur_per_month=10000")
        investment = base.model_copy(
            update={
                "business_case": base.business_case.model_copy(
                    update={
                        "investments": (
                            *base.business_case.investments,
                            Investment(name="Quality programme", recurring_eur_per_month=10_000),
                        )
                    }
                )
            }
        )
        a, b = build_case(running), build_case(investment)
        assert a.npv_eur == pytest.approx(b.npv_eur, abs=1e-6)
        assert a.roi == pytest.approx(b.roi, rel=1e-12)


class TestGenerated:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        enabled=st.fixed_dictionaries(
            {
                name: st.booleans()
                for name in ("retention", "cross_sell", "outbound", "attrition_programme")
            }
        ),
        start=st.integers(1, 24),
        ramp=floats(0, 24),
        horizon=st.integers(6, 120),
        fcr=floats(0.5, 0.95),
    )
    def test_no_nan_and_the_parts_add_up(
        self, enabled: dict[str, bool], start: int, ramp: float, horizon: int, fcr: float
    ) -> None:
        settings_ = [f"{name}.enabled={str(on).lower()}" for name, on in enabled.items()]
        settings_ += [f"{name}.start_month={start}" for name in enabled]
        settings_ += [f"{name}.ramp_up_months={ramp}" for name in enabled]
        settings_ += [
            f"business_case.horizon_months={horizon}",
            f"quality.first_contact_resolution_target={fcr}",
        ]
        scenario = with_settings(Scenario(), *settings_)
        case = build_case(scenario)
        assert np.all(np.isfinite(case.net_eur))
        assert case.net_eur.sum() == pytest.approx(
            sum(case.by_line().values()) - case.by_line().get("charge_back", 0.0), abs=1e-3
        )
        assert build_case(scenario, scenario).npv_eur == 0.0
