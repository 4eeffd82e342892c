"""The risk-adjusted case (Forrester TEI's haircuts) and the Risk page.

The model: with no haircut the risk-adjusted case is the plan; each haircut takes
exactly its share off the benefits of its own stream; a cost risk adds its share to
the costs; more haircut never raises the NPV. The page: its tiles are the report's,
a range typed in the table reaches the scenario (and the Monte Carlo), and a range
that does not fit is refused naming the field.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from app_tiles import page_tiles
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from ccx_app import state
from ccx_model.case import build_case
from ccx_model.ledger_lines import STREAM_OF
from ccx_model.report import Report
from ccx_model.risk_adjustment import RiskAdjustment, risk_adjusted
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario
from ccx_model.value_range import ValueRange

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
RISK_PAGE = "ccx_app/pages/risk.py"


def bundled(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


class TestRiskAdjustedCase:
    @pytest.mark.parametrize("name", ["pilot", "profit_centre", "outsourced"])
    def test_no_haircut_is_the_plan(self, name: str) -> None:
        case = build_case(bundled(name))
        adjusted = risk_adjusted(case, RiskAdjustment())
        assert np.array_equal(adjusted.net_eur, case.net_eur)
        assert adjusted.npv_eur == case.npv_eur and adjusted.roi == case.roi
        assert adjusted.payback_month == case.payback_month

    def test_a_stream_haircut_takes_its_share_of_that_streams_margin(self) -> None:
        case = build_case(bundled("profit_centre"))
        adjusted = risk_adjusted(case, RiskAdjustment(cross_sell=0.25))
        line = next(d for d in case.differences if d.key == "cross_sell_margin")
        gain = np.clip(line.contribution, 0, None)
        assert adjusted.net_eur == pytest.approx(case.net_eur - 0.25 * gain, abs=1e-6)
        assert STREAM_OF["cross_sell_margin"] == "cross_sell"

    def test_a_cost_risk_adds_its_share_to_every_cost(self) -> None:
        case = build_case(bundled("profit_centre"))
        adjusted = risk_adjusted(case, RiskAdjustment(costs=0.1))
        costs = sum(
            np.clip(d.contribution, None, 0) for d in case.differences if d.line.kind != "internal"
        )
        assert adjusted.net_eur == pytest.approx(case.net_eur + 0.1 * costs, abs=1e-6)

    @settings(max_examples=20, deadline=None)
    @given(
        st.tuples(*(st.floats(0, 0.9).map(lambda x: round(x, 4)) for _ in range(4))),
        st.floats(0, 2).map(lambda x: round(x, 4)),
        st.floats(0, 0.3).map(lambda x: round(x, 4)),
    )
    def test_more_haircut_never_raises_the_npv(
        self, cuts: tuple[float, ...], overrun: float, more: float
    ) -> None:
        case = build_case(bundled("profit_centre"))
        less = RiskAdjustment(
            retention=cuts[0], cross_sell=cuts[1], outbound=cuts[2], service=cuts[3], costs=overrun
        )
        bigger = less.model_copy(
            update={"service": min(cuts[3] + more, 0.9), "costs": min(overrun + more, 2.0)}
        )
        assert risk_adjusted(case, bigger).npv_eur <= risk_adjusted(case, less).npv_eur + 1e-6

    def test_the_bundled_profit_centres_haircuts_lower_its_npv(self) -> None:
        report = Report(bundled("profit_centre"))
        assert not report.scenario.risk_adjustment.is_plan
        assert report.kpi("risk_adjusted_npv").value < report.kpi("npv").value


def start(scenario: str = "profit_centre.yaml", lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.selectbox(key="scenario_file").set_value(scenario).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    at.switch_page(RISK_PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


class TestRiskPage:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_tiles_are_the_reports(self, lang: str) -> None:
        at = start(lang=lang)
        report = Report(bundled("profit_centre"))
        tiles = shown(at)
        for page in ("risk", "risk_adjusted"):
            for label, value in page_tiles(report, page, lang).items():
                assert tiles[label] == value

    def test_a_range_typed_in_the_table_reaches_the_draws(self) -> None:
        at = start("pilot.yaml")
        assert shown(at)["NPV, P10"] == shown(at)["NPV, P90"]  # no ranges: the plan
        scenario = at.session_state[state.ACTIVE]
        at.session_state[state.RANGES] = (
            ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.10),
        )
        at.run()
        assert not at.exception
        report = Report(
            scenario.model_copy(
                update={
                    "ranges": (ValueRange(path="cross_sell.conversion_rate", low=0.04, high=0.10),)
                }
            )
        )
        for label, value in page_tiles(report, "risk", "en").items():
            assert shown(at)[label] == value
        assert shown(at)["NPV, P10"] != shown(at)["NPV, P90"]

    def test_a_range_that_misses_the_value_is_refused_naming_the_field(self) -> None:
        at = start("pilot.yaml")
        at.session_state[state.RANGES] = (
            ValueRange(path="cross_sell.conversion_rate", low=0.10, high=0.20),
        )
        at.run()
        assert not at.exception
        messages = " ".join(e.value for e in at.error)
        assert "cross_sell.conversion_rate" in messages
        # The last valid scenario stays: still no ranges, the plan in every tile.
        assert shown(at)["NPV, P10"] == shown(at)["NPV, P90"]


def test_ccx_risk_gives_the_risk_adjusted_case(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from ccx_cli import main

    code = main(["risk", str(SCENARIOS / "profit_centre.yaml"), "--draws", "200", "--json"])
    data = json.loads(capsys.readouterr().out)
    report = Report(bundled("profit_centre"))
    assert code in (0, None)
    assert data["risk_adjusted"]["npv_eur"] == round(report.kpi("risk_adjusted_npv").value, 2)
    assert data["risk_adjusted"]["plan"]["npv_eur"] == round(report.case.npv_eur, 2)
    assert data["risk_adjusted"]["haircuts"]["retention"] == 0.2
