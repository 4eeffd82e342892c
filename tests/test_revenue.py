"""Profit-centre revenue streams (seed 003): retention, cross-sell, outbound, charge-back.

Worked examples are computed by hand in the test, the arithmetic in a comment; the
properties say what must always hold, whatever the director types in.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_model.commercial import ChargeBack, CrossSell, Outbound, Retention
from ccx_model.evaluate import evaluate
from ccx_model.revenue import (
    cross_sell_stream,
    extra_inbound_handle_seconds,
    outbound_stream,
    outbound_work,
    retention_stream,
)
from ccx_model.scenario import Scenario
from ccx_model.staffing_summary import inbound_calls_per_month

# The stream functions are plain arithmetic: many examples are cheap.
STREAMS = settings(database=None, deadline=None, max_examples=200)
# evaluate() takes a few milliseconds: keep the examples modest.
SCENARIOS = settings(database=None, deadline=None, max_examples=15)

share = floats(0.0, 1.0)
calls_per_year = floats(0.0, 50_000_000)
money = floats(0.0, 10_000)


@st.composite
def retentions(draw: st.DrawFn) -> Retention:
    return Retention(
        enabled=True,
        leave_intent_share=draw(share),
        save_rate=draw(share),
        months_retained=draw(floats(0, 120)),
        save_offer_cost_eur=draw(money),
    )


@st.composite
def cross_sells(draw: st.DrawFn) -> CrossSell:
    return CrossSell(
        enabled=True,
        eligible_share=draw(share),
        offer_rate=draw(share),
        conversion_rate=draw(share),
        margin_per_sale_eur=draw(money),
        cancellation_rate=draw(share),
        incentive_per_sale_eur=draw(money),
    )


@st.composite
def outbounds(draw: st.DrawFn) -> Outbound:
    return Outbound(
        enabled=True,
        list_size_per_month=draw(floats(0, 1_000_000)),
        opt_out_share=draw(share),
        reach_rate=draw(share),
        conversion_rate=draw(share),
        margin_per_sale_eur=draw(money),
        cancellation_rate=draw(share),
        incentive_per_sale_eur=draw(money),
    )


def two_ordered(values: st.SearchStrategy[float]) -> st.SearchStrategy[tuple[float, float]]:
    """(low, high) with low ≤ high."""
    return st.tuples(values, values).map(sorted).map(tuple)  # type: ignore[arg-type]


class TestRetentionStream:
    def test_worked_example(self) -> None:
        # 500,000 calls × 2% leave intent = 10,000 save attempts; × 25% saved = 2,500 saves.
        # Margin: 2,500 × EUR 300 a year × 6 months ÷ 12 = EUR 375,000.
        # Offers: 2,500 × EUR 25 = EUR 62,500; net EUR 312,500.
        inputs = Retention(
            enabled=True,
            leave_intent_share=0.02,
            save_rate=0.25,
            months_retained=6,
            save_offer_cost_eur=25,
        )
        result = retention_stream(inputs, 500_000, 300)
        assert result.volumes_per_year["save_attempts"] == pytest.approx(10_000)
        assert result.volumes_per_year["saves"] == pytest.approx(2_500)
        assert result.margin_eur_per_year == pytest.approx(375_000)
        assert result.direct_cost_eur_per_year == pytest.approx(62_500)
        assert result.net_eur_per_year == pytest.approx(312_500)

    def test_disabled_gives_zero(self) -> None:
        result = retention_stream(Retention(enabled=False, save_rate=0.9), 1_000_000, 240)
        assert result.margin_eur_per_year == 0.0
        assert result.direct_cost_eur_per_year == 0.0
        assert result.volumes_per_year["saves"] == 0.0

    @STREAMS
    @given(retentions(), calls_per_year, money, two_ordered(share))
    def test_a_higher_save_rate_never_lowers_retention_margin(
        self,
        inputs: Retention,
        calls: float,
        customer_margin_eur: float,
        rates: tuple[float, float],
    ) -> None:
        low, high = rates
        at_low = retention_stream(
            inputs.model_copy(update={"save_rate": low}), calls, customer_margin_eur
        )
        at_high = retention_stream(
            inputs.model_copy(update={"save_rate": high}), calls, customer_margin_eur
        )
        assert at_high.margin_eur_per_year >= at_low.margin_eur_per_year


class TestCrossSellStream:
    def test_worked_example(self) -> None:
        # 1,000,000 calls × 20% eligible × 40% offered = 80,000 offers; × 8% = 6,400 sales;
        # 10% cancelled → 5,760 kept. Margin 5,760 × EUR 60 = EUR 345,600;
        # incentives 5,760 × EUR 5 = EUR 28,800.
        result = cross_sell_stream(CrossSell(enabled=True), 1_000_000)
        assert result.volumes_per_year["offers"] == pytest.approx(80_000)
        assert result.volumes_per_year["sales"] == pytest.approx(6_400)
        assert result.volumes_per_year["kept_sales"] == pytest.approx(5_760)
        assert result.margin_eur_per_year == pytest.approx(345_600)
        assert result.direct_cost_eur_per_year == pytest.approx(28_800)

    def test_extra_handle_time_per_call(self) -> None:
        # Cross-sell: 20% × 40% × 40 s = 3.2 s; retention: 1% × 90 s = 0.9 s; together 4.1 s.
        both = extra_inbound_handle_seconds(Retention(enabled=True), CrossSell(enabled=True))
        assert both == pytest.approx(4.1)
        assert extra_inbound_handle_seconds(Retention(), CrossSell()) == 0.0

    def test_disabled_gives_zero(self) -> None:
        result = cross_sell_stream(CrossSell(enabled=False, conversion_rate=1.0), 1_000_000)
        assert result.margin_eur_per_year == 0.0
        assert result.direct_cost_eur_per_year == 0.0
        assert result.volumes_per_year["kept_sales"] == 0.0

    @STREAMS
    @given(cross_sells(), calls_per_year, two_ordered(share))
    def test_a_higher_conversion_never_lowers_revenue(
        self, inputs: CrossSell, calls: float, rates: tuple[float, float]
    ) -> None:
        low, high = rates
        at_low = cross_sell_stream(inputs.model_copy(update={"conversion_rate": low}), calls)
        at_high = cross_sell_stream(inputs.model_copy(update={"conversion_rate": high}), calls)
        assert at_high.margin_eur_per_year >= at_low.margin_eur_per_year

    @STREAMS
    @given(cross_sells(), calls_per_year, two_ordered(share))
    def test_cancellations_never_raise_margin(
        self, inputs: CrossSell, calls: float, rates: tuple[float, float]
    ) -> None:
        few, many = rates
        at_few = cross_sell_stream(inputs.model_copy(update={"cancellation_rate": few}), calls)
        at_many = cross_sell_stream(inputs.model_copy(update={"cancellation_rate": many}), calls)
        assert at_many.margin_eur_per_year <= at_few.margin_eur_per_year


class TestOutboundStream:
    def test_worked_example(self) -> None:
        # 8,000 listed × (1 − 15% opt-out) = 6,800 dialled a month; × 45% = 3,060 reached.
        # Agent time: 3,060 × 300 s + 3,740 unreached × 40 s = 1,067,600 s = 296.56 h;
        # ÷ 85% occupancy = 348.89 productive hours a month.
        # Sales: 3,060 × 8% × 12 = 2,937.6 a year; 10% cancelled → 2,643.84 kept.
        # Margin 2,643.84 × EUR 90 = EUR 237,945.60. Direct cost: 2,643.84 × EUR 5
        # = 13,219.20 incentives + (2,500 dialler + 1,500 compliance) × 12 = 48,000
        # → EUR 61,219.20.
        inputs = Outbound(enabled=True)
        work = outbound_work(inputs)
        assert work.dialled == pytest.approx(6_800)
        assert work.reached == pytest.approx(3_060)
        assert work.workload_hours == pytest.approx(1_067_600 / 3600)
        assert work.productive_hours == pytest.approx(1_067_600 / 3600 / 0.85)
        result = outbound_stream(inputs)
        assert result.volumes_per_year["reached"] == pytest.approx(36_720)
        assert result.volumes_per_year["sales"] == pytest.approx(2_937.6)
        assert result.volumes_per_year["kept_sales"] == pytest.approx(2_643.84)
        assert result.margin_eur_per_year == pytest.approx(237_945.60)
        assert result.direct_cost_eur_per_year == pytest.approx(61_219.20)

    def test_disabled_gives_zero_and_no_agent_time(self) -> None:
        inputs = Outbound(enabled=False, conversion_rate=1.0)
        result = outbound_stream(inputs)
        assert result.margin_eur_per_year == 0.0
        assert result.direct_cost_eur_per_year == 0.0  # no dialler either
        assert outbound_work(inputs).productive_hours == 0.0

    @STREAMS
    @given(outbounds(), two_ordered(share))
    def test_a_higher_conversion_never_lowers_revenue(
        self, inputs: Outbound, rates: tuple[float, float]
    ) -> None:
        low, high = rates
        at_low = outbound_stream(inputs.model_copy(update={"conversion_rate": low}))
        at_high = outbound_stream(inputs.model_copy(update={"conversion_rate": high}))
        assert at_high.margin_eur_per_year >= at_low.margin_eur_per_year

    @STREAMS
    @given(outbounds(), two_ordered(share))
    def test_cancellations_never_raise_margin(
        self, inputs: Outbound, rates: tuple[float, float]
    ) -> None:
        few, many = rates
        at_few = outbound_stream(inputs.model_copy(update={"cancellation_rate": few}))
        at_many = outbound_stream(inputs.model_copy(update={"cancellation_rate": many}))
        assert at_many.margin_eur_per_year <= at_few.margin_eur_per_year


@pytest.fixture(scope="module")
def profit_centre() -> Scenario:
    return Scenario(
        name="All streams",
        retention=Retention(enabled=True),
        cross_sell=CrossSell(enabled=True),
        outbound=Outbound(enabled=True),
    )


class TestRevenue:
    def test_a_baseline_scenario_has_no_revenue(self) -> None:
        revenue = evaluate(Scenario()).revenue
        assert revenue.total_eur == 0.0
        assert revenue.direct_cost_eur == 0.0
        assert revenue.internal_charge_back_eur_per_year == 0.0

    def test_inbound_streams_use_the_staffed_volume(self, profit_centre: Scenario) -> None:
        revenue = evaluate(profit_centre).revenue.by_name()
        calls = inbound_calls_per_month(profit_centre) * 12
        assert revenue["cross_sell"] == cross_sell_stream(profit_centre.cross_sell, calls)
        assert revenue["retention"] == retention_stream(
            profit_centre.retention, calls, profit_centre.customers.margin_eur_per_year
        )

    def test_streams_sum_to_total(self, profit_centre: Scenario) -> None:
        revenue = evaluate(profit_centre).revenue
        assert [s.name for s in revenue.streams] == ["retention", "cross_sell", "outbound"]
        assert revenue.total_eur == pytest.approx(
            sum(s.margin_eur_per_year for s in revenue.streams), rel=1e-12
        )
        assert revenue.direct_cost_eur == pytest.approx(
            sum(s.direct_cost_eur_per_year for s in revenue.streams), rel=1e-12
        )

    @SCENARIOS
    @given(retentions(), cross_sells(), outbounds(), st.booleans(), st.booleans(), st.booleans())
    def test_revenue_streams_sum_to_total_eur(
        self,
        retention: Retention,
        cross_sell: CrossSell,
        outbound: Outbound,
        retention_on: bool,
        cross_sell_on: bool,
        outbound_on: bool,
    ) -> None:
        scenario = Scenario(
            retention=retention.model_copy(update={"enabled": retention_on}),
            cross_sell=cross_sell.model_copy(update={"enabled": cross_sell_on}),
            outbound=outbound.model_copy(update={"enabled": outbound_on}),
        )
        revenue = evaluate(scenario).revenue
        margins = {s.name: s.margin_eur_per_year for s in revenue.streams}
        assert revenue.total_eur == pytest.approx(sum(margins.values()), rel=1e-12, abs=1e-9)
        for name, on in [
            ("retention", retention_on),
            ("cross_sell", cross_sell_on),
            ("outbound", outbound_on),
        ]:
            if not on:
                assert margins[name] == 0.0

    @pytest.mark.parametrize("basis", ["contact", "hour"])
    def test_internal_charge_back_is_never_part_of_total_eur(
        self, profit_centre: Scenario, basis: str
    ) -> None:
        without = evaluate(profit_centre)
        charged = evaluate(
            profit_centre.model_copy(
                update={"charge_back": ChargeBack(enabled=True, basis=basis, margin=0.10)}
            )
        )
        assert charged.revenue.internal_charge_back_eur_per_year > 0
        assert charged.revenue.total_eur == without.revenue.total_eur
        assert charged.net_result_eur == without.net_result_eur
        assert charged.cost.total_eur == without.cost.total_eur
        # Cost plus 10%: the centre's own cost, marked up.
        assert charged.revenue.internal_charge_back_eur_per_year == pytest.approx(
            without.cost.total_eur * 1.10
        )

    def test_charge_back_in_a_pure_cost_centre_adds_no_external_revenue(self) -> None:
        charged = evaluate(Scenario(charge_back=ChargeBack(enabled=True)))
        assert charged.revenue.internal_charge_back_eur_per_year > 0
        assert charged.revenue.total_eur == 0.0
        assert charged.to_dict()["revenue"]["total_eur"] == 0.0  # type: ignore[index]
