"""Comparing 2 to 4 scenarios against a baseline: KPIs, deltas, assumptions, bridge, CLI.

The bundled scenarios are evaluated once per module (a comparison of four takes a
fraction of a second, but the tests ask for many).
"""

from __future__ import annotations

import itertools
import json
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ccx_model.business_case import build_business_case
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_cli import main
from ccx_model.compare import (
    KPIS,
    KPIS_BY_KEY,
    AssumptionChange,
    CompareError,
    Comparison,
    Delta,
    assumptions_diff,
    compare_scenarios,
    format_comparison,
    kpi_delta,
)
from ccx_model.evaluate import evaluate
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
NAMES = ("baseline", "pilot", "profit_centre", "failure_demand_halved", "outsourced")


def path(name: str) -> str:
    return str(SCENARIOS / f"{name}.yaml")


@cache
def scenario(name: str) -> Scenario:
    return load_scenario(path(name))


@cache
def four_against_baseline() -> Comparison:
    names = ("baseline", "pilot", "profit_centre", "failure_demand_halved")
    return compare_scenarios([scenario(n) for n in names], scenario("baseline"))


@cache
def outsourced_against_pilot() -> Comparison:
    """A baseline that is not one of the compared scenarios, and is not today's centre."""
    return compare_scenarios([scenario("outsourced"), scenario("profit_centre")], scenario("pilot"))


def comparisons() -> list[Comparison]:
    return [four_against_baseline(), outsourced_against_pilot()]


def ccx(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def strict_json(text: str) -> Any:
    def refuse(token: str) -> None:
        raise AssertionError(f"{token} is not valid JSON")

    return json.loads(text, parse_constant=refuse)


def money(row: dict[str, object], key: str) -> float:
    value = row[key]
    assert isinstance(value, float)
    return value


def assert_rejected(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    assert "ccx: error: " in err
    for fragment in fragments:
        assert fragment in err, err


class TestKpiDelta:
    def test_the_baseline_against_itself_changes_nothing(self) -> None:
        for comparison in comparisons():
            for kpi in KPIS:
                delta = comparison.baseline.deltas[kpi.key]
                if comparison.baseline.kpis[kpi.key] is None:
                    assert delta == Delta(None, None)
                else:
                    assert delta.absolute == 0
                    assert delta.relative in (0, None)

    def test_delta_is_scenario_minus_baseline(self) -> None:
        comparison = four_against_baseline()
        for column in comparison.scenarios:
            for kpi in KPIS:
                value, base = column.kpis[kpi.key], comparison.baseline.kpis[kpi.key]
                delta = column.deltas[kpi.key]
                if value is None or base is None:
                    assert delta.absolute is None
                else:
                    assert delta.absolute == pytest.approx(value - base)

    def test_relative_change_only_where_it_means_something(self) -> None:
        cost = KPIS_BY_KEY["annual_cost_eur"]
        assert kpi_delta(cost, 110.0, 100.0) == Delta(10.0, 0.1)
        # A loss that shrinks is a positive change, also in percent.
        net = KPIS_BY_KEY["net_result_eur"]
        assert kpi_delta(net, -90.0, -100.0).relative == pytest.approx(0.1)
        assert kpi_delta(cost, 5.0, 0.0) == Delta(5.0, None)
        assert kpi_delta(KPIS_BY_KEY["service_level"], 0.9, 0.8).relative is None
        assert kpi_delta(KPIS_BY_KEY["payback_month"], 12, 10) == Delta(2, None)

    def test_undefined_values_have_no_change(self) -> None:
        irr = KPIS_BY_KEY["irr"]
        assert kpi_delta(irr, None, 0.1) == Delta(None, None)
        assert kpi_delta(irr, 0.1, None) == Delta(None, None)
        assert kpi_delta(irr, float("nan"), 0.1) == Delta(None, None)


class TestKpiValues:
    @pytest.mark.parametrize("comparison", comparisons(), ids=["baseline", "pilot"])
    def test_kpis_equal_evaluate_and_the_business_case(self, comparison: Comparison) -> None:
        baseline = comparison.baseline.scenario
        for column in comparison.scenarios:
            result = evaluate(column.scenario)
            case = build_business_case(column.scenario, baseline)
            kpis = column.kpis
            assert kpis["annual_cost_eur"] == result.cost.total_eur
            assert kpis["cost_per_contact_eur"] == result.cost_per_contact_eur
            assert kpis["contacts_per_year"] == result.contacts_per_year
            assert kpis["fte"] == result.fte
            assert kpis["headcount"] == result.headcount
            assert kpis["service_level"] == result.staffing.service_level
            assert kpis["asa_seconds"] == result.staffing.asa_seconds
            assert kpis["revenue_eur"] == result.revenue.total_eur
            assert kpis["net_result_eur"] == result.net_result_eur
            assert kpis["attrition_cost_eur"] == result.cost.parts()["attrition"]
            assert kpis["lost_margin_eur"] == result.poor_service.lost_margin_eur_per_year
            assert kpis["npv_eur"] == case.npv_eur
            assert kpis["irr"] == case.irr.annual_rate
            assert kpis["roi"] == case.roi
            assert kpis["payback_month"] == case.payback_month

    def test_the_baseline_is_the_column_equal_to_it(self) -> None:
        comparison = four_against_baseline()
        assert [c.is_baseline for c in comparison.scenarios] == [True, False, False, False]
        assert comparison.baseline is comparison.scenarios[0]

    def test_a_separate_baseline_is_measured_but_not_a_column(self) -> None:
        comparison = outsourced_against_pilot()
        assert not any(c.is_baseline for c in comparison.scenarios)
        assert comparison.baseline.scenario == scenario("pilot")
        assert comparison.baseline.label == scenario("pilot").name
        # Tables and charts show it first, then the compared scenarios.
        assert comparison.columns == (comparison.baseline, *comparison.scenarios)
        assert len(comparison.kpi_rows()) == 3 * len(KPIS)
        assert four_against_baseline().columns == four_against_baseline().scenarios

    def test_cash_flows_are_the_business_case_against_the_baseline(self) -> None:
        comparison = outsourced_against_pilot()
        outsourced = comparison.scenarios[0]
        case = build_business_case(scenario("outsourced"), scenario("pilot"))
        data = outsourced.to_dict()["cash_flows"]
        assert isinstance(data, dict)
        assert data["cumulative_eur"] == [round(float(v), 2) for v in case.cumulative_eur]
        assert len(data["yearly"]) == scenario("outsourced").business_case.horizon_years
        assert data["yearly"][-1]["cumulative_eur"] == data["cumulative_eur"][-1]
        assert [row["year"] for row in data["yearly"]] == list(range(1, len(data["yearly"]) + 1))


class TestAssumptionsDiff:
    def test_pilot_differs_from_baseline_only_in_cross_sell_and_the_business_case(self) -> None:
        paths = [c.path for c in assumptions_diff(scenario("baseline"), scenario("pilot"))]
        assert "cross_sell.enabled" in paths
        assert "business_case.investments[0]" in paths
        assert all(p.startswith(("cross_sell.", "business_case.")) for p in paths), paths

    def test_identical_scenarios_have_no_differences(self) -> None:
        for name in NAMES:
            assert assumptions_diff(scenario(name), scenario(name)) == []

    def test_a_list_of_models_is_compared_item_by_item_whole(self) -> None:
        changes = assumptions_diff(scenario("baseline"), scenario("profit_centre"))
        investments = [c for c in changes if c.path.startswith("business_case.investments")]
        items = scenario("profit_centre").business_case.investments
        assert [c.path for c in investments] == [
            f"business_case.investments[{i}]" for i in range(len(items))
        ]
        assert investments[0].baseline is None
        assert investments[0].scenario == items[0].model_dump(mode="json")

    def test_a_changed_contact_reason_names_its_index(self) -> None:
        base = scenario("baseline")
        reasons = list(base.failure_demand.reasons)
        reasons[2] = reasons[2].model_copy(update={"aht_seconds": 999.0})
        changed = base.model_copy(
            update={
                "failure_demand": base.failure_demand.model_copy(update={"reasons": tuple(reasons)})
            }
        )
        [change] = assumptions_diff(base, changed)
        assert change.path == "failure_demand.reasons[2]"
        assert change.scenario["aht_seconds"] == 999.0

    def test_the_name_and_description_are_labels_not_assumptions(self) -> None:
        base = scenario("baseline")
        renamed = base.model_copy(update={"name": "Other", "description": "x"})
        assert assumptions_diff(base, renamed) == []
        assert [c.path for c in assumptions_diff(base, renamed, ignore=())] == [
            "name",
            "description",
        ]

    @settings(max_examples=60, deadline=None)
    @given(data=st.data())
    def test_one_changed_field_is_exactly_one_difference(self, data: st.DataObject) -> None:
        base = scenario("baseline")
        group, field, new = data.draw(
            st.one_of(
                st.tuples(st.just("service"), st.just("shrinkage"), floats(0, 0.8)),
                st.tuples(st.just("demand"), st.just("aht_seconds"), floats(10, 7_200)),
                st.tuples(st.just("workforce"), st.just("loaded_hourly_wage_eur"), floats(1, 500)),
                st.tuples(st.just("cross_sell"), st.just("enabled"), st.booleans()),
                st.tuples(st.just("service"), st.just("max_occupancy"), st.none()),
            )
        )
        old = getattr(getattr(base, group), field)
        changed = base.model_copy(
            update={group: getattr(base, group).model_copy(update={field: new})}
        )
        expected = [] if new == old else [AssumptionChange(f"{group}.{field}", old, new)]
        assert assumptions_diff(base, changed) == expected


class TestBridge:
    def test_steps_add_up_to_the_net_result_to_the_cent(self) -> None:
        for comparison in comparisons():
            for column in comparison.scenarios:
                steps = column.bridge.steps
                assert steps[0].kind == "start" and steps[-1].kind == "end"
                assert sum(s.amount_eur for s in steps[:-1]) == pytest.approx(
                    column.evaluation.net_result_eur, abs=0.005
                )
                rows = column.bridge.rows()
                cents = sum(round(money(r, "amount_eur") * 100) for r in rows[:-1])
                assert cents == round(column.evaluation.net_result_eur * 100)
                assert rows[-1]["amount_eur"] == round(column.evaluation.net_result_eur, 2)

    def test_the_bridge_starts_at_the_baseline_cost_and_follows_the_levers(self) -> None:
        comparison = outsourced_against_pilot()
        column = comparison.scenarios[0]
        steps = column.bridge.steps
        assert steps[0].amount_eur == -comparison.baseline.evaluation.cost.total_eur
        assert steps[1].key == "other_cost_change"
        levers = [s.key for s in steps if s.key not in ("baseline_cost", "other_cost_change")]
        assert levers[:-1] == [e.name for e in column.business_case.effects]
        for step in steps[1:-1]:
            assert step.amount_eur == pytest.approx(step.margin_eur - step.cost_eur)

    def test_each_rounded_bar_runs_from_where_the_last_ended(self) -> None:
        rows = four_against_baseline().scenarios[2].bridge.rows()
        for before, after in itertools.pairwise(rows[:-1]):
            assert after["from_eur"] == before["to_eur"]
        for row in rows:
            amount, margin, cost = (money(row, k) for k in ("amount_eur", "margin_eur", "cost_eur"))
            if row["kind"] != "end":
                assert round((margin - cost) * 100) == round(amount * 100)


class TestLimits:
    @pytest.mark.parametrize("count", [0, 1, 5])
    def test_two_to_four_scenarios(self, count: int) -> None:
        with pytest.raises(CompareError, match="2 to 4") as caught:
            compare_scenarios([Scenario()] * count, Scenario())
        assert "2 tot en met 4" in caught.value.message("nl")
        assert isinstance(caught.value, ValueError)

    def test_repeated_labels_are_numbered(self) -> None:
        base = scenario("baseline")
        comparison = compare_scenarios([base, scenario("pilot")], base, labels=["a", "a"])
        assert [c.label for c in comparison.scenarios] == ["a", "a (2)"]


class TestToDict:
    def test_json_ready_without_nan_or_infinity(self) -> None:
        for comparison in comparisons():
            text = json.dumps(comparison.to_dict(), allow_nan=False)
            data = strict_json(text)
            assert [k["key"] for k in data["kpis"]] == [k.key for k in KPIS]

    def test_undefined_business_case_kpis_are_null(self) -> None:
        data = four_against_baseline().to_dict()
        baseline = data["baseline"]
        assert isinstance(baseline, dict)
        assert baseline["kpis"]["irr"] is None
        assert baseline["kpis"]["payback_month"] is None
        assert baseline["deltas"]["irr"] == {"absolute": None, "relative": None}

    def test_the_readable_table_has_one_row_per_kpi(self) -> None:
        text = format_comparison(four_against_baseline())
        table = text.split("\n\n")[0].splitlines()
        assert len(table) == 1 + len(KPIS)
        assert "(baseline)" in table[0]


class TestCli:
    def test_json_keyed_by_file_with_the_first_file_as_baseline(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "compare", path("baseline"), path("pilot"), path("outsourced"), "--json"
        )
        assert code == 0, err
        assert err == ""
        data = strict_json(out)
        assert list(data["scenarios"]) == ["baseline.yaml", "pilot.yaml", "outsourced.yaml"]
        assert data["baseline"]["label"] == "baseline.yaml"
        pilot = data["scenarios"]["pilot.yaml"]
        assert pilot["scenario"] == scenario("pilot").name
        assert pilot["kpis"]["net_result_eur"] == round(
            evaluate(scenario("pilot")).net_result_eur, 2
        )
        assert {"kpis", "deltas", "assumptions_diff", "cash_flows", "bridge"} <= set(pilot)

    def test_a_baseline_outside_the_compared_files(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "compare", path("pilot"), path("outsourced"),
            "--baseline", path("baseline"), "--json",
        )  # fmt: skip
        assert code == 0, err
        data = strict_json(out)
        assert data["baseline"]["label"] == "baseline.yaml"
        assert list(data["scenarios"]) == ["pilot.yaml", "outsourced.yaml"]

    def test_without_json_prints_the_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = ccx(capsys, "compare", path("baseline"), path("pilot"))
        assert code == 0
        assert out.startswith("KPI")
        assert "cross_sell.enabled" in out

    def test_dutch_table_and_the_same_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = ccx(capsys, "--lang", "nl", "compare", path("baseline"), path("pilot"))
        assert code == 0
        assert "Jaarkosten" in out and "(basis)" in out
        english = ccx(capsys, "compare", path("baseline"), path("pilot"), "--json")[1]
        dutch = ccx(capsys, "--lang", "nl", "compare", path("baseline"), path("pilot"), "--json")[1]
        assert strict_json(dutch) == strict_json(english)

    @pytest.mark.parametrize("count", [1, 5])
    def test_one_or_five_files_exit_2(self, capsys: pytest.CaptureFixture[str], count: int) -> None:
        code, out, err = ccx(capsys, "compare", *[path("baseline")] * count)
        assert_rejected(code, out, err, "2 to 4", str(count))
        code, out, err = ccx(capsys, "--lang", "nl", "compare", *[path("baseline")] * count)
        assert_rejected(code, out, err, "2 tot en met 4")

    def test_a_missing_file_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        missing = str(tmp_path / "nowhere.yaml")
        code, out, err = ccx(capsys, "compare", path("baseline"), missing)
        assert_rejected(code, out, err, "nowhere.yaml", "cannot read")

    def test_a_missing_baseline_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        missing = str(tmp_path / "gone.yaml")
        code, out, err = ccx(
            capsys, "compare", path("baseline"), path("pilot"), "--baseline", missing
        )
        assert_rejected(code, out, err, "gone.yaml")

    def test_a_broken_file_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        broken = tmp_path / "broken.yaml"
        broken.write_text("name: x\ndemand: [\n", encoding="utf-8")
        code, out, err = ccx(capsys, "compare", path("baseline"), str(broken), "--json")
        assert_rejected(code, out, err, "broken.yaml", "not valid YAML")


class TestSpeed:
    def test_four_scenarios_compare_well_within_a_page_load(self) -> None:
        # Measured about 0.2 s; the bound is generous so a busy machine cannot fail it.
        others = [scenario(n) for n in ("pilot", "profit_centre", "failure_demand_halved")]
        start = time.perf_counter()
        compare_scenarios([*others, scenario("outsourced")], scenario("baseline")).to_dict()
        assert time.perf_counter() - start < 3.0
