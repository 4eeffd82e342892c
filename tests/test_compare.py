"""Comparing 2 to 4 scenarios against a baseline: KPIs, deltas, assumptions, bridge, CLI.

The bundled scenarios are evaluated once per module (a comparison of four takes a
fraction of a second, but the tests ask for many).
"""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import floats

from ccx_cli import main
from ccx_model.assumption_words import described_change
from ccx_model.assumptions_diff import AssumptionChange, assumptions_diff
from ccx_model.case import build_case
from ccx_model.compare import (
    CompareError,
    Comparison,
    Delta,
    compare_scenarios,
    kpi_delta,
)
from ccx_model.compare_table import format_comparison
from ccx_model.evaluate import evaluate
from ccx_model.kpis import KPIS
from ccx_model.report import COMPARE_KPIS
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
            for key in COMPARE_KPIS:
                delta = comparison.baseline.deltas[key]
                if comparison.baseline.value(key) is None:
                    assert delta == Delta(None, None)
                else:
                    assert delta.absolute == 0
                    assert delta.relative in (0, None)

    def test_the_baseline_against_itself_has_a_zero_business_case(self) -> None:
        for comparison in comparisons():
            baseline = comparison.baseline
            assert baseline.value("npv") == 0.0
            assert baseline.value("net_per_year") == 0.0
            assert baseline.value("payback") is None
            assert baseline.kpis["irr"].note  # says why there is none

    def test_delta_is_scenario_minus_baseline(self) -> None:
        comparison = four_against_baseline()
        for column in comparison.scenarios:
            for key in COMPARE_KPIS:
                value, base = column.value(key), comparison.baseline.value(key)
                delta = column.deltas[key]
                if value is None or base is None:
                    assert delta.absolute is None
                else:
                    assert delta.absolute == pytest.approx(value - base)

    def test_relative_change_only_where_it_means_something(self) -> None:
        cost = KPIS["annual_cost"]
        assert kpi_delta(cost, 110.0, 100.0) == Delta(10.0, 0.1)
        # A loss that shrinks is a positive change, also in percent.
        net = KPIS["net_result"]
        assert kpi_delta(net, -90.0, -100.0).relative == pytest.approx(0.1)
        assert kpi_delta(cost, 5.0, 0.0) == Delta(5.0, None)
        assert kpi_delta(KPIS["service_level"], 0.9, 0.8).relative is None
        assert kpi_delta(KPIS["payback"], 12, 10) == Delta(2, None)

    def test_undefined_values_have_no_change(self) -> None:
        irr = KPIS["irr"]
        assert kpi_delta(irr, None, 0.1) == Delta(None, None)
        assert kpi_delta(irr, 0.1, None) == Delta(None, None)
        assert kpi_delta(irr, float("nan"), 0.1) == Delta(None, None)


class TestKpiValues:
    @pytest.mark.parametrize("comparison", comparisons(), ids=["baseline", "pilot"])
    def test_kpis_equal_evaluate_and_the_business_case(self, comparison: Comparison) -> None:
        baseline = comparison.baseline.scenario
        horizon = comparison.horizon_months
        for column in comparison.scenarios:
            result = evaluate(column.scenario)
            case = build_case(column.scenario, baseline, horizon)
            value = column.value
            assert value("annual_cost") == result.cost.total_eur
            assert value("contacts") == result.contacts_per_year
            # A provider's agents count as FTE (an outsourced centre is not staffed by 0).
            assert value("fte") == result.fte_including_provider
            assert value("gross_margin") == result.revenue.total_eur
            assert value("net_result") == result.net_result_eur
            assert value("attrition_cost") == result.cost.parts()["attrition"]
            assert value("lost_margin") == result.poor_service.lost_margin_eur_per_year
            assert value("npv") == case.npv_eur
            assert value("roi") == case.roi
            assert value("payback") == case.payback_month
            assert value("horizon") == column.scenario.business_case.horizon_months
            irr = case.irr.annual_rate
            if irr is not None and irr <= 1.0:
                assert value("irr") == irr
            else:
                assert value("irr") is None and column.kpis["irr"].note

    def test_an_outsourced_centre_reports_its_providers_service(self) -> None:
        column = outsourced_against_pilot().scenarios[0]
        assert column.value("service_level") is not None
        assert column.value("service_level") > 0.8
        assert column.value("asa") > 0
        assert column.kpis["headcount"].note  # the provider's people, not ours

    def test_every_case_is_measured_over_the_longest_horizon(self) -> None:
        comparison = four_against_baseline()
        assert comparison.horizon_months == 60
        for column in comparison.scenarios:
            assert column.case.horizon_months == 60
        pilot = comparison.scenarios[1]
        assert pilot.value("horizon") == 6  # its own plan, shown as a row

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
        assert len(comparison.kpi_rows()) == 3 * len(COMPARE_KPIS)
        assert four_against_baseline().columns == four_against_baseline().scenarios

    def test_cash_flows_are_the_business_case_against_the_baseline(self) -> None:
        comparison = outsourced_against_pilot()
        outsourced = comparison.scenarios[0]
        case = build_case(scenario("outsourced"), scenario("pilot"), comparison.horizon_months)
        data = outsourced.to_dict()["business_case"]
        assert isinstance(data, dict)
        assert data["monthly_net_eur"] == [round(float(v), 2) for v in case.net_eur]
        assert len(data["yearly"]) == comparison.horizon_months // 12
        assert data["yearly"][-1]["cumulative_eur"] == pytest.approx(
            float(case.cumulative_eur[-1]), abs=0.01
        )
        rows = [r for r in comparison.cash_flow_rows() if r["label"] == outsourced.label]
        assert [r["cumulative_eur"] for r in rows] == case.cumulative_eur.tolist()


class TestAssumptionsDiff:
    def test_pilot_differs_from_baseline_only_in_cross_sell_the_business_case_and_its_pilot(
        self,
    ) -> None:
        paths = [c.path for c in assumptions_diff(scenario("baseline"), scenario("pilot"))]
        assert "cross_sell.enabled" in paths
        assert "business_case.investments[0]" in paths
        assert "pilot" in paths
        assert all(p.startswith(("cross_sell.", "business_case.", "pilot")) for p in paths), paths

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
    def test_steps_run_from_the_baselines_result_to_the_scenarios(self) -> None:
        for comparison in comparisons():
            base = evaluate(comparison.baseline.scenario)
            for column in comparison.scenarios:
                steps = column.case.bridge()
                assert steps[0].kind == "start" and steps[-1].kind == "end"
                result = evaluate(column.scenario)
                start = base.revenue.total_eur - base.cost.total_eur
                start -= base.poor_service.lost_margin_eur_per_year
                end = result.revenue.total_eur - result.cost.total_eur
                end -= result.poor_service.lost_margin_eur_per_year
                assert steps[0].amount_eur == pytest.approx(start, abs=0.005)
                assert steps[-1].amount_eur == pytest.approx(end, abs=0.005)
                assert steps[0].amount_eur + sum(s.amount_eur for s in steps[1:-1]) == (
                    pytest.approx(steps[-1].amount_eur, abs=0.01)
                )

    def test_both_sides_levers_are_steps(self) -> None:
        column = outsourced_against_pilot().scenarios[0]
        keys = [s.key for s in column.case.bridge()]
        # The outsourced scenario's lever, and the pilot's cross-sell taken away.
        assert "outsourcing" in keys and "cross_sell" in keys
        cross_sell = next(s for s in column.case.bridge() if s.key == "cross_sell")
        assert cross_sell.amount_eur < 0

    def test_the_baseline_against_itself_is_a_flat_bridge(self) -> None:
        for comparison in comparisons():
            steps = comparison.baseline.case.bridge()
            assert all(s.amount_eur == 0 for s in steps if s.kind == "step")

    def test_json_steps_add_up_to_the_end_to_the_cent(self) -> None:
        # Parts sum to the total: in whole cents, exactly, for every pair of scenarios;
        # and no step is more than a cent from its exact amount.
        for comparison in comparisons():
            for column in comparison.scenarios:
                data = column.to_dict()["business_case"]
                assert isinstance(data, dict)
                cents = [round(step["amount_eur"] * 100) for step in data["bridge"]]
                assert sum(cents[:-1]) == cents[-1], column.label
                exact = [s.amount_eur for s in column.case.bridge()]
                shown = [step["amount_eur"] for step in data["bridge"]]
                assert all(abs(a - b) <= 0.01 + 1e-9 for a, b in zip(exact, shown, strict=True))


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
            assert [k["key"] for k in data["kpis"]] == list(COMPARE_KPIS)

    def test_undefined_business_case_kpis_are_null(self) -> None:
        data = four_against_baseline().to_dict()
        baseline = data["baseline"]
        assert isinstance(baseline, dict)
        assert baseline["kpis"]["irr"]["value"] is None
        assert baseline["kpis"]["irr"]["note"] == "note.irr.no_change"
        assert baseline["kpis"]["payback"]["value"] is None
        assert baseline["deltas"]["irr"] == {"absolute": None, "relative": None}

    def test_the_readable_table_has_one_row_per_kpi(self) -> None:
        text = format_comparison(four_against_baseline())
        # The horizon note, then the table: a header and a row per KPI.
        assert text.startswith("Every business case over 60 months")
        table = text.split("\n\n")[1].splitlines()
        assert len(table) == 1 + len(COMPARE_KPIS)
        assert "(baseline)" in table[0]


class TestCli:
    def test_json_keyed_by_scenario_name_with_the_first_file_as_baseline(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "compare", path("baseline"), path("pilot"), path("outsourced"), "--json"
        )
        assert code == 0, err
        assert err == ""
        data = strict_json(out)
        names = [scenario(n).name for n in ("baseline", "pilot", "outsourced")]
        assert list(data["scenarios"]) == names
        assert data["baseline"]["label"] == scenario("baseline").name
        pilot = data["scenarios"][scenario("pilot").name]
        assert pilot["scenario"] == scenario("pilot").name
        assert pilot["kpis"]["net_result"]["value"] == round(
            evaluate(scenario("pilot")).net_result_eur, 2
        )
        assert {"kpis", "deltas", "assumptions_diff", "business_case"} <= set(pilot)
        assert "bridge" in pilot["business_case"]

    def test_a_baseline_outside_the_compared_files(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "compare", path("pilot"), path("outsourced"),
            "--baseline", path("baseline"), "--json",
        )  # fmt: skip
        assert code == 0, err
        data = strict_json(out)
        assert data["baseline"]["label"] == scenario("baseline").name
        assert list(data["scenarios"]) == [scenario("pilot").name, scenario("outsourced").name]

    def test_without_json_prints_the_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = ccx(capsys, "compare", path("baseline"), path("pilot"))
        assert code == 0
        assert out.startswith("Every business case over 60 months")
        assert "\nKPI " in out
        # What the pilot changed, in words as the app's Compare page says them.
        comparison = compare_scenarios(
            [scenario("baseline"), scenario("pilot")], scenario("baseline")
        )
        pilot = comparison.scenarios[1]
        for change in pilot.assumptions:
            label, before, after = described_change(change, "en")
            assert f"\n  {label}: {before} → {after}\n" in out + "\n"
        assert (
            "Cross- and upsell on service calls · Offer products on service calls: off → on" in out
        )
        assert "cross_sell.enabled" not in out  # no field paths

    def test_dutch_table_and_the_same_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = ccx(capsys, "--lang", "nl", "compare", path("baseline"), path("pilot"))
        assert code == 0
        assert "Jaarkosten" in out and "(basis)" in out
        assert "Geschikte gesprekken (%): 20% → 1,6%" in out
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
