"""Callers who hang up, in the scenario: Erlang A staffing, the calls that come back,
the customers who do not, the CLI's --patience-seconds and the service-level curve.

Without a patience nothing changes (Erlang C); every expected figure is computed here
from the model's own parts, never typed in.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from cli_runner import run_ccx

from ccx_model.case import build_case
from ccx_model.erlang_a import agents_for_target_a, erlang_a
from ccx_model.evaluate import evaluate
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import apply_overrides, load_scenario
from ccx_model.service_curve import NoPatienceError, service_level_curve

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


def patient(scenario: Scenario, seconds: float = 120.0, *more: str) -> Scenario:
    return apply_overrides(scenario, [f"service.average_patience_seconds={seconds}", *more])


def run(*argv: str) -> tuple[int, str, str]:
    return run_ccx(*argv)


class TestScenario:
    @pytest.mark.parametrize("name", sorted(p.stem for p in SCENARIOS.glob("*.yaml")))
    def test_without_a_patience_nobody_hangs_up(self, name: str) -> None:
        ev = evaluate(bundled(name))
        assert ev.staffing.intervals.probability_of_abandonment is None
        assert ev.staffing.abandonment.abandoned_per_week == 0.0
        assert ev.poor_service.customers_lost_to_abandonment_per_year == 0.0

    def test_the_intervals_are_erlang_a_at_the_offered_calls(self) -> None:
        scenario = patient(bundled("baseline"))
        staffing = evaluate(scenario).staffing
        intervals, service = staffing.intervals, scenario.service
        again = agents_for_target_a(
            intervals.calls,
            intervals.aht_seconds,
            service.interval_minutes * 60.0,
            120.0,
            service.answer_seconds,
            service.service_level_target,
            None,
            service.max_occupancy,
        )
        assert np.array_equal(again.agents, intervals.agents)
        assert intervals.probability_of_abandonment is not None
        assert np.allclose(again.probability_of_abandonment, intervals.probability_of_abandonment)

    def test_callers_who_call_again_are_staffed_as_offered_calls(self) -> None:
        scenario = patient(bundled("baseline"))
        ev = evaluate(scenario)
        week = ev.staffing.abandonment
        first = float(ev.staffing.load.calls.sum())
        # Those who come back are the share who hang up and call again; the calls staffed
        # are the first calls and them, to within the step of one agent (agents are whole).
        share = scenario.service.abandon_callback_share
        assert week.callbacks_per_week == pytest.approx(week.abandoned_per_week * share)
        assert week.offered_calls_per_week - first == pytest.approx(
            week.callbacks_per_week, rel=0.03
        )
        none_back = evaluate(patient(bundled("baseline"), 120, "service.abandon_callback_share=0"))
        assert none_back.staffing.abandonment.callbacks_per_week == 0.0
        assert none_back.fte <= ev.fte

    def test_customers_lost_to_hang_ups_cost_their_months_of_margin(self) -> None:
        scenario = patient(bundled("baseline"))
        ev, plain = evaluate(scenario), evaluate(bundled("baseline"))
        abandoned = ev.staffing.abandonment.abandoned_per_week * 52.0
        lost = abandoned * scenario.service.abandon_churn_share
        service = ev.poor_service
        assert service.customers_lost_to_abandonment_per_year == pytest.approx(lost)
        assert service.customers_lost_per_year == pytest.approx(
            plain.poor_service.customers_lost_per_year + lost
        )
        months = scenario.quality.months_of_margin_lost
        extra = lost * scenario.customers.margin_eur_per_year * months / 12.0
        assert service.lost_margin_eur_per_year == pytest.approx(
            plain.poor_service.lost_margin_eur_per_year + extra
        )

    def test_longer_patience_loses_fewer_callers(self) -> None:
        shares = [
            evaluate(patient(bundled("baseline"), p)).staffing.abandonment.share
            for p in (30, 120, 600)
        ]
        assert shares == sorted(shares, reverse=True) and shares[-1] > 0

    def test_a_lever_that_staffs_better_keeps_customers_in_the_ledger(self) -> None:
        """Against itself the case is zero with Erlang A too; and the profit centre's
        business case still adds up to its lines."""
        scenario = patient(bundled("profit_centre"))
        assert build_case(scenario, scenario).npv_eur == 0.0
        case = build_case(scenario)
        total = sum(d.contribution for d in case.differences if d.line.kind != "internal")
        assert np.allclose(total, case.net_eur)


class TestStaffingCommand:
    BASE = (
        "staffing", "--calls", "100", "--interval-minutes", "30", "--aht-seconds", "180",
        "--answer-seconds", "20",
    )  # fmt: skip

    def test_patience_gives_erlang_as_agents_and_the_share_hanging_up(self) -> None:
        code, out, err = run(
            *self.BASE, "--service-level", "0.8", "--patience-seconds", "120", "--json"
        )
        assert code == 0, err
        row = json.loads(out)
        expected = agents_for_target_a([100], 180, 1800, 120, 20, 0.8)
        assert row["agents"] == int(expected.agents[0])
        assert row["probability_abandon"] == round(float(expected.probability_of_abandonment[0]), 6)

    def test_a_limit_on_hanging_up_and_given_agents(self) -> None:
        code, out, _ = run(
            *self.BASE, "--service-level", "0.8", "--patience-seconds", "120",
            "--max-abandon", "0.02", "--json",
        )  # fmt: skip
        assert code == 0 and json.loads(out)["probability_abandon"] <= 0.02
        code, out, _ = run(*self.BASE, "--agents", "14", "--patience-seconds", "120", "--json")
        measures = erlang_a([100], 180, 1800, [14], 120, 20)
        assert json.loads(out)["service_level"] == round(float(measures.service_level[0]), 6)

    def test_totals_weigh_the_share_hanging_up_by_calls(self, tmp_path: Path) -> None:
        forecast = tmp_path / "week.csv"
        forecast.write_text("calls\n100\n300\n0\n", encoding="utf-8")
        code, out, err = run(
            "staffing", "--intervals", str(forecast), "--interval-minutes", "30",
            "--aht-seconds", "180", "--answer-seconds", "20", "--service-level", "0.8",
            "--patience-seconds", "90", "--json",
        )  # fmt: skip
        assert code == 0, err
        data = json.loads(out)
        rows = data["intervals"]
        weighted = sum(r["calls"] * r["probability_abandon"] for r in rows) / 400
        assert data["totals"]["probability_abandon"] == pytest.approx(weighted, abs=1e-6)
        assert rows[2]["probability_abandon"] == 0.0

    @pytest.mark.parametrize(
        ("flags", "says"),
        [
            (("--patience-seconds", "0"), "--patience-seconds"),
            (("--patience-seconds", "5000"), "3,600"),
            (("--max-abandon", "0.05"), "--patience-seconds"),
            (("--patience-seconds", "60", "--max-abandon", "2"), "--max-abandon"),
        ],
    )
    def test_bad_flags_exit_2_naming_the_flag(self, flags: tuple[str, ...], says: str) -> None:
        code, _, err = run(*self.BASE, "--service-level", "0.8", *flags, "--json")
        assert code == 2 and says in err


class TestServiceLevelCurve:
    @pytest.fixture
    def curve(self):  # type: ignore[no-untyped-def]
        return service_level_curve(patient(bundled("baseline"), 120, "service.max_occupancy=1.0"))

    def test_each_target_costs_its_people_plus_the_customers_lost(self, curve) -> None:  # type: ignore[no-untyped-def]
        for point in curve.points:
            assert point.total_eur == pytest.approx(point.agents_cost_eur + point.lost_margin_eur)
            assert point.service_level >= point.target - 1e-9
        people = [p.agents_cost_eur for p in curve.points]
        lost = [p.lost_margin_eur for p in curve.points]
        assert people == sorted(people) and lost == sorted(lost, reverse=True)
        assert curve.best.total_eur == min(p.total_eur for p in curve.points)

    def test_the_command_gives_the_curve_and_the_best_target(self) -> None:
        code, out, err = run(
            "service-level-curve", str(SCENARIOS / "baseline.yaml"), "--patience-seconds", "120",
            "--json",
        )  # fmt: skip
        assert code == 0, err
        data = json.loads(out)
        assert [p["target"] for p in data["curve"]] == [
            0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
        ]  # fmt: skip
        best = min(data["curve"], key=lambda p: (p["total_eur"], p["target"]))
        assert data["best_target"] == best["target"]
        for point in data["curve"]:
            assert point["total_eur"] == pytest.approx(
                point["agents_cost_eur"] + point["lost_margin_eur"], abs=0.02
            )

    def test_without_a_patience_the_curve_is_refused_naming_the_field(self) -> None:
        with pytest.raises(NoPatienceError):
            service_level_curve(bundled("baseline"))
        code, _, err = run("service-level-curve", str(SCENARIOS / "baseline.yaml"), "--json")
        assert code == 2 and "service.average_patience_seconds" in err


def test_the_workbook_holds_the_service_level_that_pays() -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from ccx_export.workbook import build_workbook
    from ccx_model.i18n import t

    scenario = patient(bundled("baseline"))
    curve = service_level_curve(scenario)
    for lang in ("en", "nl"):
        book = load_workbook(BytesIO(build_workbook(scenario, lang)))
        rows = list(book[t("xlsx.sheet.service_curve", lang)].iter_rows(values_only=True))[1:]
        assert [r[0] for r in rows] == [p.target for p in curve.points]
        for row, point in zip(rows, curve.points, strict=True):
            assert row[3] == pytest.approx(point.total_eur)
            assert row[1] + row[2] == pytest.approx(row[3])
        marked = [r[0] for r in rows if r[6]]
        assert marked == [curve.best.target]
    plain = load_workbook(BytesIO(build_workbook(bundled("baseline"), "en")))
    assert t("xlsx.sheet.service_curve", "en") not in plain.sheetnames


class TestTheBusiestIntervalSaysWhatBinds:
    """The staffing slide's headline: 'reach the target' only where the target sets the
    agents (the issue saw '118 agents reach the 80% target' where 113 give 80.0%)."""

    def _title(self, scenario: Scenario, lang: str = "en") -> str:
        from ccx_charts.catalogue import SERVICE_LEVEL_CURVE, page_charts
        from ccx_model.report import Report

        return page_charts(Report(scenario), "staffing", lang)[SERVICE_LEVEL_CURVE].title

    def test_the_cap_binds_in_the_baselines_busiest_interval(self) -> None:
        baseline = load_scenario(SCENARIOS / "baseline.yaml")
        assert self._title(baseline) == (
            "Busiest interval (Monday 10:00): 118 agents; the 90% occupancy cap binds, "
            "the 80% target alone needs 113"
        )
        assert "de norm van 80% alleen vraagt 113" in self._title(baseline, "nl")

    def test_without_the_cap_the_target_sets_the_agents(self) -> None:
        baseline = load_scenario(SCENARIOS / "baseline.yaml")
        uncapped = baseline.model_copy(
            update={"service": baseline.service.model_copy(update={"max_occupancy": None})}
        )
        assert self._title(uncapped) == (
            "Busiest interval (Monday 10:00): 113 agents reach the 80% target"
        )
