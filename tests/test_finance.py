"""Business-case arithmetic against numpy-financial and spreadsheet examples."""

from __future__ import annotations

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.finance import irr, monthly_rate, npv_eur, payback_month, roi

flows_strategy = st.lists(
    floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=2, max_size=120
)


class TestNpv:
    def test_matches_numpy_financial_at_the_equivalent_monthly_rate(self) -> None:
        flows = [-250_000.0] + [12_000.0] * 36
        expected = npf.npv(monthly_rate(0.08), flows)
        assert npv_eur(0.08, flows) == pytest.approx(expected, rel=1e-12)

    def test_spreadsheet_example_month_zero_not_discounted(self) -> None:
        # Microsoft's NPV help example: NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44, where
        # Excel discounts the first flow one period. With month 0 undiscounted (our
        # convention) the same flows are worth one period more: 1,188.44 × 1.1 = 1,307.29.
        annual = 1.10**12 - 1  # 10% per period (month)
        flows = [-10_000, 3_000, 4_200, 6_800]
        assert npv_eur(annual, flows) / 1.1 == pytest.approx(1188.44, abs=0.01)
        assert npv_eur(annual, flows) == pytest.approx(1307.29, abs=0.01)

    @given(flows_strategy, floats(min_value=0.0, max_value=0.5))
    @settings(max_examples=60, deadline=None)
    def test_a_higher_rate_never_raises_the_npv_of_a_positive_later_case(
        self, later: list[float], rate: float
    ) -> None:
        flows = [-1000.0] + [abs(x) for x in later]
        assert npv_eur(rate + 0.05, flows) <= npv_eur(rate, flows) + 1e-6


class TestIrr:
    @pytest.mark.parametrize(
        "flows",
        [
            [-100_000.0] + [4_000.0] * 36,
            [-50_000.0, -10_000.0] + [3_000.0] * 48,
            [-1_000.0, 200.0, 300.0, 400.0, 500.0],
        ],
    )
    def test_matches_numpy_financial(self, flows: list[float]) -> None:
        monthly = npf.irr(flows)
        assert irr(flows).annual_rate == pytest.approx((1 + monthly) ** 12 - 1, rel=1e-8)

    def test_npv_at_the_irr_is_zero(self) -> None:
        flows = [-120_000.0] + [5_500.0] * 30
        rate = irr(flows).annual_rate
        assert rate is not None
        assert npv_eur(rate, flows) == pytest.approx(0.0, abs=1e-4)

    def test_no_irr_without_an_investment_says_why(self) -> None:
        result = irr([10.0, 20.0])
        assert result.annual_rate is None
        assert result.reason == "no investment: every cash flow is a gain"

    def test_no_irr_when_the_case_never_breaks_even_says_why(self) -> None:
        result = irr([-1_000.0, 1.0, 1.0])
        assert result.annual_rate is None or result.annual_rate < -0.99


class TestPaybackMonth:
    def test_first_month_the_cumulative_stays_positive(self) -> None:
        assert payback_month([-100, 50, 50, 10]) == 2

    def test_never_pays_back_gives_none_not_a_month(self) -> None:
        assert payback_month([-100, 10, 10, 10]) is None

    def test_nothing_to_pay_back_gives_none(self) -> None:
        assert payback_month([0.0, 0.0, 0.0]) is None

    def test_dip_after_break_even_moves_payback_later(self) -> None:
        assert payback_month([-100, 150, -100, 100]) == 3

    @given(flows_strategy)
    @settings(max_examples=80, deadline=None)
    def test_cumulative_is_never_negative_from_the_payback_month(self, flows: list[float]) -> None:
        month = payback_month(flows)
        cumulative = np.cumsum(flows)
        if month is None:  # never pays back, or there is nothing to pay back
            assert cumulative[-1] < 0 or not any(flows)
        else:
            assert (cumulative[month:] >= 0).all()


class TestRoi:
    def test_benefit_over_cost(self) -> None:
        assert roi(300.0, 200.0) == pytest.approx(0.5)

    def test_without_cost_there_is_no_roi(self) -> None:
        assert roi(100.0, 0.0) is None
