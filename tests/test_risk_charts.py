"""The risk charts carry the model's figures: the tornado's ends are the tornado's NPVs,
the NPV histogram holds every draw once, the payback bars add up to all draws."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ccx_charts.catalogue import NPV_SPREAD, PAYBACK_SPREAD, TORNADO, page_charts
from ccx_charts.risk import npv_distribution_chart, payback_distribution_chart, tornado_chart
from ccx_model.report import Report
from ccx_model.scenario_io import load_scenario

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


@pytest.fixture(scope="module")
def report() -> Report:
    return Report(load_scenario(SCENARIOS / "profit_centre.yaml"), draws=4000)


def layer_data(chart: object, index: int = 0) -> list[dict[str, object]]:
    spec = chart.to_dict()  # type: ignore[attr-defined]
    layer = spec["layer"][index]
    name = layer.get("data", spec.get("data"))["name"]  # shared data sits on top
    return list(spec["datasets"][name])


def test_the_tornado_bars_run_from_the_plan_to_each_end(report: Report) -> None:
    rows = layer_data(tornado_chart(report.tornado, "en"))
    plan = report.tornado.plan.npv_eur
    expected = sorted(
        npv for bar in report.tornado.bars for npv in (bar.npv_at_low_eur, bar.npv_at_high_eur)
    )
    assert sorted(row["to"] for row in rows) == pytest.approx(expected)
    assert all(row["from"] == pytest.approx(plan) for row in rows)


def test_the_histogram_holds_every_draw_once(report: Report) -> None:
    rows = layer_data(npv_distribution_chart(report.simulation, "nl"))
    assert sum(row["share"] for row in rows) == pytest.approx(1.0)
    assert min(row["from"] for row in rows) == pytest.approx(float(report.simulation.npv_eur.min()))


def test_the_payback_bars_add_up_to_every_draw(report: Report) -> None:
    rows = layer_data(payback_distribution_chart(report.simulation, "en"))
    assert sum(row["share"] for row in rows) == pytest.approx(1.0)
    months = [int(row["month"]) for row in rows if row["kind"] == "paid"]
    assert months == sorted(months)
    median = report.simulation.payback_percentile(50)
    assert str(median) in {row["month"] for row in rows}


def test_only_a_scenario_with_ranges_has_risk_charts(report: Report) -> None:
    assert set(page_charts(report, "risk", "en")) == {TORNADO, NPV_SPREAD, PAYBACK_SPREAD}
    plain = Report(load_scenario(SCENARIOS / "pilot.yaml"))
    assert page_charts(plain, "risk", "en") == {}
    assert np.isfinite(report.simulation.npv_eur).all()
