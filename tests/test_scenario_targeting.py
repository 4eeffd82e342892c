"""Targeting in the scenario: a scenario without it keeps every figure; with it, the
cross-sell and outbound inputs follow the documented formulas, the file stores only
aggregates and opens again the same, and bad sections are refused naming the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccx_model.evaluate import evaluate
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario, load_scenario_text
from ccx_model.targeted import cross_sell_inputs, outbound_inputs
from ccx_model.targeting import SegmentFigures, Targeting

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"

CHAMPIONS = SegmentFigures(
    segment="champions", customers=2_000, share=0.2, consent_share=0.8, lift=2.5
)
LOYAL = SegmentFigures(segment="loyal_customers", customers=1_000, share=0.1, consent_share=0.6)


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def targeted(scenario: Scenario, **more: object) -> Scenario:
    targeting = Targeting(
        segments=(CHAMPIONS, LOYAL), customers_scored=10_000, entered_lift=1.5, **more
    )
    return scenario.model_copy(update={"targeting": targeting})


def test_without_targeting_every_input_is_as_entered() -> None:
    for path in SCENARIOS.glob("*.yaml"):
        scenario = load_scenario(path)
        assert scenario.targeting is None
        assert cross_sell_inputs(scenario) is scenario.cross_sell
        assert outbound_inputs(scenario) is scenario.outbound


def test_the_formulas_of_the_targeting_module() -> None:
    scenario = targeted(bundled("profit_centre"), customer_base=500_000)
    t = 0.2 * 0.8 + 0.1 * 0.6  # targeted share: consent applied
    lift = (0.16 * 2.5 + 0.06 * 1.5) / t  # measured where measured, else entered
    cross = cross_sell_inputs(scenario)
    assert cross.eligible_share == pytest.approx(scenario.cross_sell.eligible_share * t)
    assert cross.conversion_rate == pytest.approx(scenario.cross_sell.conversion_rate * lift)
    out = outbound_inputs(scenario)
    assert out.list_size_per_month == pytest.approx(500_000 * 0.3 * 1.0 / 12)
    assert out.opt_out_share == pytest.approx(1 - t / 0.3)
    assert out.conversion_rate == pytest.approx(scenario.outbound.conversion_rate * lift)


def test_the_evaluation_sells_to_the_targeted_customers() -> None:
    plain, aimed = bundled("profit_centre"), targeted(bundled("profit_centre"))
    sold = evaluate(aimed).revenue.by_name()["cross_sell"]
    offers = evaluate(plain).revenue.by_name()["cross_sell"]
    # Fewer calls get an offer (only the targeted customers'), each converts better.
    assert sold.volumes_per_year["offers"] < offers.volumes_per_year["offers"]
    assert evaluate(aimed).staffing.fte < evaluate(plain).staffing.fte  # fewer offers to handle


def test_the_file_keeps_only_aggregates_and_opens_the_same() -> None:
    scenario = targeted(bundled("profit_centre"), customer_base=500_000)
    text = dump_scenario(scenario)
    assert "customer_id" not in text
    assert load_scenario_text(text) == scenario


@pytest.mark.parametrize(
    ("targeting", "says"),
    [
        ("targeting: {segments: []}", "at least one segment"),
        (
            "targeting: {customers_scored: 10, segments: [{segment: a, customers: 11, share: 0.5}]}",
            "more customers than the 10 scored",
        ),
    ],
)
def test_bad_targeting_is_refused_naming_the_rule(targeting: str, says: str) -> None:
    with pytest.raises(InputError) as caught:
        load_scenario_text(f"name: x\n{targeting}\n")
    assert says in " ".join(caught.value.messages("en"))


def test_a_lever_the_targeting_does_not_name_keeps_its_figures() -> None:
    aimed = targeted(bundled("profit_centre"), customer_base=500_000)
    only_outbound = aimed.model_copy(
        update={"targeting": aimed.targeting.model_copy(update={"levers": ("outbound",)})}  # type: ignore[union-attr]
    )
    assert cross_sell_inputs(only_outbound) is only_outbound.cross_sell
    assert outbound_inputs(only_outbound) == outbound_inputs(aimed)
    only_cross_sell = aimed.model_copy(
        update={"targeting": aimed.targeting.model_copy(update={"levers": ("cross_sell",)})}  # type: ignore[union-attr]
    )
    assert outbound_inputs(only_cross_sell) is only_cross_sell.outbound
    assert cross_sell_inputs(only_cross_sell) == cross_sell_inputs(aimed)
    assert load_scenario_text(dump_scenario(only_outbound)) == only_outbound


def test_no_lever_or_one_twice_is_refused() -> None:
    saved = dump_scenario(targeted(bundled("profit_centre")))
    both = "  levers:\n  - cross_sell\n  - outbound\n"
    assert both in saved
    for levers, message in (
        ("[]", "targeting.levers: 0 items; at least 1 are needed"),
        ("[outbound, outbound]", "targeting: name each lever once in levers"),
    ):
        with pytest.raises(InputError) as caught:
            load_scenario_text(saved.replace(both, f"  levers: {levers}\n"))
        assert caught.value.messages("en")[0].startswith(message), caught.value.messages("en")
