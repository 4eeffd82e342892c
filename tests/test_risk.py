"""What if we are wrong: ranges on assumptions, the tornado and break-even values.

Ranges live in the scenario file and keep its rules (the path a numeric field, low ≤
the scenario's value ≤ high, inside the field's allowed values), in English and Dutch.
The tornado and the break-even search go through the full model (Erlang C, the
monthly ledger); their answers are checked against the model itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_ccx
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_model.problems import InputError
from ccx_model.risk import break_even, case_figures, risk_dict, tornado, with_value
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario, load_scenario_text
from ccx_model.value_range import ValueRange

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def with_ranges(scenario: Scenario, *ranges: ValueRange) -> Scenario:
    return scenario.model_copy(update={"ranges": ranges})


PROFIT_RANGES = (
    ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.10),
    ValueRange(path="customers.margin_eur_per_year", low=180, high=300, distribution="pert"),
    ValueRange(path="retention.save_rate", low=0.15, high=0.35),
)


class TestRangesInTheFile:
    def test_only_the_profit_centre_carries_ranges(self) -> None:
        for path in SCENARIOS.glob("*.yaml"):
            ranges = load_scenario(path).ranges
            assert (len(ranges) == 6) if path.stem == "profit_centre" else ranges == ()

    def test_ranges_change_no_figure_of_the_plan(self) -> None:
        scenario = bundled("profit_centre")
        plain = scenario.model_copy(update={"ranges": ()})
        assert case_figures(scenario) == case_figures(plain)

    def test_a_range_is_read_and_written_as_a_mapping(self) -> None:
        text = (
            "cross_sell:\n  enabled: true\nranges:\n"
            "  cross_sell.conversion_rate: {low: 0.04, high: 0.1}\n"
            "  customers.margin_eur_per_year: {low: 180, high: 300, distribution: pert}\n"
        )
        scenario = load_scenario_text(text)
        assert scenario.ranges == (
            ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.1),
            ValueRange(
                path="customers.margin_eur_per_year", low=180, high=300, distribution="pert"
            ),
        )
        written = dump_scenario(scenario)
        assert "ranges:\n  cross_sell.conversion_rate:\n    low: 0.04\n    high: 0.1\n" in written
        assert load_scenario_text(written) == scenario
        assert load_scenario_text(dump_scenario(scenario, "json")) == scenario
        hash(scenario)  # still hashable: its ledger can be cached

    @pytest.mark.parametrize(
        ("ranges", "english", "dutch"),
        [
            (
                "  cross_sell.conversion: {low: 0.04, high: 0.1}\n",
                "ranges: cross_sell.conversion is not a field of a scenario",
                "ranges: cross_sell.conversion is geen veld van een scenario",
            ),
            (
                "  cross_sell.conversion_rate: {low: 0.09, high: 0.1}\n",
                "needs low ≤ the scenario's value ≤ high (found 0.09, 0.08, 0.1)",
                "vraagt laag ≤ de waarde van het scenario ≤ hoog (gevonden 0,09, 0,08, 0,1)",
            ),
            (
                "  cross_sell.conversion_rate: {low: 0.04, high: 1.5}\n",
                "cross_sell.conversion_rate must stay inside its allowed values (0 to 1)",
                "moet binnen de toegestane waarden blijven (0 tot en met 1)",
            ),
            (
                "  cross_sell.enabled: {low: 0, high: 1}\n",
                "cross_sell.enabled is not a number a range can vary",
                "is geen getal dat een bandbreedte kan variëren",
            ),
            (
                "  cross_sell.conversion_rate: {low: 0.04, high: 0.1, distribution: normal}\n",
                "ranges",
                "ranges",
            ),
        ],
    )
    def test_a_range_that_does_not_fit_is_refused_naming_its_path(
        self, ranges: str, english: str, dutch: str
    ) -> None:
        with pytest.raises(InputError) as caught:
            load_scenario_text("ranges:\n" + ranges)
        assert any(english in m for m in caught.value.messages("en")), caught.value.messages("en")
        assert any(dutch in m for m in caught.value.messages("nl")), caught.value.messages("nl")


class TestTornado:
    def test_bars_are_sorted_by_swing_and_move_the_way_the_field_does(self) -> None:
        shape = tornado(with_ranges(bundled("profit_centre"), *PROFIT_RANGES))
        swings = [bar.swing_eur for bar in shape.bars]
        assert swings == sorted(swings, reverse=True)
        assert {bar.path for bar in shape.bars} == {r.path for r in PROFIT_RANGES}
        for bar in shape.bars:  # more conversion, margin or saves: a better case
            assert bar.npv_at_low_eur < shape.plan.npv_eur < bar.npv_at_high_eur
            assert bar.net_per_year_at_low_eur < shape.plan.net_per_year_eur
        assert shape.plan.npv_eur == case_figures(bundled("profit_centre")).npv_eur

    def test_each_end_is_the_model_with_that_one_value(self) -> None:
        scenario = with_ranges(bundled("profit_centre"), *PROFIT_RANGES)
        bar = next(b for b in tornado(scenario).bars if b.path == "cross_sell.conversion_rate")
        changed = bundled("profit_centre").model_copy(
            update={
                "cross_sell": bundled("profit_centre").cross_sell.model_copy(
                    update={"conversion_rate": 0.04}
                )
            }
        )
        assert bar.npv_at_low_eur == pytest.approx(case_figures(changed).npv_eur, abs=1e-6)

    @settings(max_examples=10, deadline=None)
    @given(st.sampled_from([r.path for r in PROFIT_RANGES]))
    def test_a_range_that_is_only_its_value_has_no_swing(self, path: str) -> None:
        scenario = bundled("profit_centre")
        value = with_value(scenario, path, 0).model_dump()  # the field exists
        assert value
        planned = {
            "cross_sell.conversion_rate": scenario.cross_sell.conversion_rate,
            "customers.margin_eur_per_year": scenario.customers.margin_eur_per_year,
            "retention.save_rate": scenario.retention.save_rate,
        }[path]
        shape = tornado(with_ranges(scenario, ValueRange(path=path, low=planned, high=planned)))
        (bar,) = shape.bars
        assert bar.swing_eur == 0.0
        assert bar.npv_at_low_eur == bar.npv_at_high_eur == shape.plan.npv_eur


class TestBreakEven:
    def test_the_pilots_conversion_that_just_pays_back(self) -> None:
        pilot = bundled("pilot")
        result = break_even(pilot, "cross_sell.conversion_rate")
        assert result.value is not None
        assert result.value < pilot.cross_sell.conversion_rate
        at_value = case_figures(with_value(pilot, "cross_sell.conversion_rate", result.value))
        assert abs(at_value.npv_eur) < 1.0
        # A point lower and the case loses money; a point higher it earns.
        lower = with_value(pilot, "cross_sell.conversion_rate", result.value - 0.01)
        higher = with_value(pilot, "cross_sell.conversion_rate", result.value + 0.01)
        assert case_figures(lower).npv_eur < 0 < case_figures(higher).npv_eur

    def test_a_case_that_pays_at_any_conversion_says_so(self) -> None:
        result = break_even(bundled("profit_centre"), "cross_sell.conversion_rate")
        assert result.value is None
        assert result.reason == "always_positive"
        assert (result.searched_low, result.searched_high) == (0.0, 1.0)

    def test_where_staffing_jumps_the_break_even_is_where_the_npv_crosses_zero(self) -> None:
        # Longer offers need more agents, in whole agents: the NPV steps, and may jump
        # across zero. The value found is where it changes sign, to a millisecond.
        pilot = bundled("pilot")
        result = break_even(pilot, "cross_sell.offer_handle_seconds")
        assert result.value is not None
        assert result.value > pilot.cross_sell.offer_handle_seconds
        path = "cross_sell.offer_handle_seconds"
        before = case_figures(with_value(pilot, path, result.value - 0.001)).npv_eur
        after = case_figures(with_value(pilot, path, result.value + 0.001)).npv_eur
        assert before > 0 > after


class TestCommandLine:
    def run(self, *argv: str) -> tuple[int, str, str]:
        return run_ccx(*argv)

    def test_json_has_the_plan_the_tornado_and_the_break_even_values(self, tmp_path: Path) -> None:
        path = tmp_path / "risky.yaml"
        path.write_text(
            dump_scenario(with_ranges(bundled("profit_centre"), *PROFIT_RANGES)), encoding="utf-8"
        )
        code, out, err = self.run("risk", str(path), "--draws", "300", "--json")
        assert code == 0, err
        data = json.loads(out)
        expected = json.loads(json.dumps(risk_dict(load_scenario(path))))
        assert {key: data[key] for key in expected} == expected
        assert data["draws"] == 300 and data["method"]["name"] == "surface"
        assert data["tornado"][0]["field"] == "retention.save_rate"
        assert {row["field"] for row in data["break_even"]} == {r.path for r in PROFIT_RANGES}
        # Each bar's ends are what ccx evaluate --set gives, exactly.
        for bar in data["tornado"]:
            for end in ("low", "high"):
                code, out, err = self.run(
                    "evaluate", str(path), "--set", f"{bar['field']}={bar[end]}", "--json"
                )
                assert code == 0, err
                assert json.loads(out)["business_case"]["npv_eur"] == bar[f"npv_eur_at_{end}"]

    def test_breakeven_gives_the_value_and_the_npv_there(self) -> None:
        pilot = str(SCENARIOS / "pilot.yaml")
        code, out, err = self.run(
            "breakeven", pilot, "--field", "cross_sell.conversion_rate", "--json"
        )
        assert code == 0, err
        data = json.loads(out)
        assert data["field"] == "cross_sell.conversion_rate"
        assert 0.05 < data["value"] < 0.08
        assert abs(data["npv_eur_at_value"]) < 1.0
        code, out, _ = self.run(
            "evaluate", pilot, "--set", f"cross_sell.conversion_rate={data['value']!r}", "--json"
        )
        assert abs(json.loads(out)["business_case"]["npv_eur"]) < 1.0
        code, out, err = self.run("breakeven", pilot, "--field", "cross_sell.enabled")
        assert code == 2 and "cross_sell.enabled" in err

    def test_a_break_even_of_a_field_that_is_no_number_exits_2_in_both_languages(self) -> None:
        pilot = str(SCENARIOS / "pilot.yaml")
        code, out, err = self.run("risk", pilot, "--break-even", "cross_sell.enabled")
        assert code == 2 and out == ""
        assert "cross_sell.enabled is not a number a range can vary" in err
        code, _, err = self.run("--lang", "nl", "risk", pilot, "--break-even", "nope.x")
        assert code == 2 and "nope.x is geen getal" in err
