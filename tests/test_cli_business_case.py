"""``ccx evaluate --json``: revenue per stream and the business case, for analysts and scripts."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ccx_cli import main
from ccx_model.scenario_io import apply_overrides, dump_scenario, load_scenario

ROOT = Path(__file__).resolve().parent.parent
BASELINE = str(ROOT / "scenarios" / "baseline.yaml")
PROFIT_CENTRE = str(ROOT / "scenarios" / "profit_centre.yaml")
PILOT = str(ROOT / "scenarios" / "pilot.yaml")


def ccx(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def strict_json(text: str) -> Any:
    """JSON as the standard defines it: NaN and Infinity are not allowed."""

    def refuse(token: str) -> None:
        raise AssertionError(f"{token} is not valid JSON")

    return json.loads(text, parse_constant=refuse)


def evaluate_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = ccx(capsys, "evaluate", *argv, "--json")
    assert code == 0, err
    assert err == ""
    return strict_json(out)


def assert_rejected(code: int, out: str, err: str, *fragments: str) -> None:
    """Exit 2, nothing on stdout, a plain message holding every fragment."""
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    assert "ccx: error: " in err
    for fragment in fragments:
        assert fragment in err


@pytest.fixture(scope="module")
def profit_centre_json() -> Any:
    # Run once for the module; capsys is function-scoped, so capture by hand.
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["evaluate", PROFIT_CENTRE, "--json"]) == 0
    return strict_json(buffer.getvalue())


class TestRevenueInJson:
    def test_every_stream_with_its_margin_cost_and_volumes(self, profit_centre_json: Any) -> None:
        revenue = profit_centre_json["revenue"]
        for stream in ("retention", "cross_sell", "outbound"):
            row = revenue[stream]
            assert row["margin_eur"] > 0
            assert row["direct_cost_eur"] > 0
            assert row["net_eur"] == pytest.approx(row["margin_eur"] - row["direct_cost_eur"])
            assert row["volumes_per_year"]
        assert revenue["internal_charge_back_eur"] == 0.0

    def test_total_is_the_sum_of_the_streams(self, profit_centre_json: Any) -> None:
        revenue = profit_centre_json["revenue"]
        margins = [revenue[s]["margin_eur"] for s in ("retention", "cross_sell", "outbound")]
        assert revenue["total_eur"] == pytest.approx(sum(margins), abs=0.02)
        assert profit_centre_json["net_result_eur"] == pytest.approx(
            revenue["total_eur"] - profit_centre_json["annual_cost_eur"], abs=0.02
        )

    def test_outbound_worked_figures(self, profit_centre_json: Any) -> None:
        # 8,000 × 85% × 45% = 3,060 reached a month; × 8% × 12 × 90% kept = 2,643.84 sales
        # × EUR 90 = EUR 237,945.60.
        outbound = profit_centre_json["revenue"]["outbound"]
        assert outbound["margin_eur"] == 237_945.6
        assert outbound["volumes_per_year"]["kept_sales"] == 2_643.84


class TestBusinessCaseInJson:
    def test_has_the_boards_figures(self, profit_centre_json: Any) -> None:
        case = profit_centre_json["business_case"]
        assert case["npv_eur"] > 0
        # An IRR above 100% a year is no figure for a board (a small outlay beside large
        # benefits): JSON gives null, says why, and keeps the raw value for analysts.
        assert case["irr"] is None
        assert case["irr_raw"] > 1
        assert "above 100% a year" in case["irr_reason"]
        assert case["roi"] > 0
        assert isinstance(case["payback_month"], int)
        assert 0 < case["payback_month"] <= case["horizon_months"] == 60
        assert set(case["levers"]) == {"quality", "retention", "cross_sell", "outbound"}
        assert case["baseline"] == "Full profit centre (starting centre)"
        assert case["baseline_is_starting_centre"] is True

    def test_benefits_and_costs_are_the_ledger_lines_over_the_horizon(
        self, profit_centre_json: Any
    ) -> None:
        case = profit_centre_json["business_case"]
        lines = case["lines_eur"].values()
        assert case["benefits_eur"] == pytest.approx(sum(v for v in lines if v > 0), abs=0.5)
        assert case["costs_eur"] == pytest.approx(-sum(v for v in lines if v < 0), abs=0.5)
        assert sum(case["monthly_net_eur"]) == pytest.approx(
            case["benefits_eur"] - case["costs_eur"], abs=1.0
        )
        assert len(case["monthly_net_eur"]) == case["horizon_months"] + 1  # month 0 to 60

    def test_yearly_has_one_row_per_year_of_the_horizon(self, profit_centre_json: Any) -> None:
        rows = profit_centre_json["business_case"]["yearly"]
        assert [row["year"] for row in rows] == [1, 2, 3, 4, 5]
        for row in rows:
            assert set(row) == {
                "year",
                "first_month",
                "last_month",
                "benefits_eur",
                "costs_eur",
                "net_eur",
                "cumulative_eur",
            }
            # Year 1 holds month 0 (the up-front outlay) and months 1 to 12.
            assert row["first_month"] == (0 if row["year"] == 1 else 12 * row["year"] - 11)
            assert row["last_month"] == 12 * row["year"]
            assert row["net_eur"] == pytest.approx(row["benefits_eur"] - row["costs_eur"], abs=0.02)
        assert rows[-1]["cumulative_eur"] == pytest.approx(
            sum(row["net_eur"] for row in rows), abs=0.05
        )

    @pytest.mark.filterwarnings("error::RuntimeWarning")
    def test_a_ten_year_horizon_gives_ten_rows(self, capsys: pytest.CaptureFixture[str]) -> None:
        data = evaluate_json(capsys, PROFIT_CENTRE, "--set", "business_case.horizon_months=120")
        case = data["business_case"]
        assert case["horizon_months"] == 120
        assert [row["year"] for row in case["yearly"]] == list(range(1, 11))

    def test_the_pilot_pays_back_in_its_year(self, capsys: pytest.CaptureFixture[str]) -> None:
        case = evaluate_json(capsys, PILOT)["business_case"]
        assert len(case["yearly"]) == 1
        assert case["payback_month"] is not None
        assert case["payback_month"] <= 12

    def test_the_bundled_baseline_can_be_the_baseline(
        self, capsys: pytest.CaptureFixture[str], profit_centre_json: Any
    ) -> None:
        case = evaluate_json(capsys, PROFIT_CENTRE, "--baseline", BASELINE)["business_case"]
        assert case["baseline"] == "Baseline"
        # The bundled baseline is the profit centre's own as-is centre: the same case.
        assert case["npv_eur"] == pytest.approx(profit_centre_json["business_case"]["npv_eur"])
        assert case["baseline_is_starting_centre"] is False

    def test_a_case_that_never_pays_back_says_null_and_why(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        # Against a cheaper centre (lower wage), today's centre only loses money each month.
        cheaper = apply_overrides(load_scenario(BASELINE), ["workforce.loaded_hourly_wage_eur=18"])
        path = tmp_path / "cheaper.json"
        path.write_text(dump_scenario(cheaper, "json"), encoding="utf-8")
        code, out, err = ccx(capsys, "evaluate", BASELINE, "--baseline", str(path), "--json")
        assert code == 0, err
        assert "NaN" not in out and "Infinity" not in out
        case = strict_json(out)["business_case"]
        assert case["npv_eur"] < 0
        assert case["lines_eur"]["agent_wages"] < 0  # the dearer wages are the whole change
        assert case["benefits_eur"] == 0.0
        assert case["payback_month"] is None
        assert case["irr"] is None
        assert isinstance(case["irr_reason"], str) and case["irr_reason"]
        assert all(row["net_eur"] < 0 for row in case["yearly"])

    @pytest.mark.parametrize("name", ["pilot", "profit_centre", "outsourced"])
    def test_a_scenario_against_itself_is_exactly_zero(
        self, capsys: pytest.CaptureFixture[str], name: str
    ) -> None:
        path = str(ROOT / "scenarios" / f"{name}.yaml")
        case = evaluate_json(capsys, path, "--baseline", path)["business_case"]
        assert case["npv_eur"] == 0.0
        assert case["benefits_eur"] == case["costs_eur"] == 0.0
        assert set(case["monthly_net_eur"]) == {0.0}
        assert case["payback_month"] is None and case["irr"] is None

    def test_a_scenario_without_levers_has_an_empty_case(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        case = evaluate_json(capsys, BASELINE)["business_case"]
        assert case["npv_eur"] == 0.0
        assert case["roi"] is None
        assert case["payback_month"] is None
        assert case["irr"] is None
        assert case["irr_reason"]


class TestBadInput:
    def test_a_conversion_above_one_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = ccx(
            capsys, "evaluate", PROFIT_CENTRE, "--set", "cross_sell.conversion_rate=1.5", "--json"
        )
        assert_rejected(code, out, err, "cross_sell.conversion_rate", "0 to 1")

    def test_a_negative_save_rate_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = ccx(
            capsys, "evaluate", PROFIT_CENTRE, "--set", "retention.save_rate=-0.1", "--json"
        )
        assert_rejected(code, out, err, "retention.save_rate")

    def test_a_horizon_beyond_ten_years_is_refused(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "evaluate", PROFIT_CENTRE, "--set", "business_case.horizon_months=121"
        )
        assert_rejected(code, out, err, "business_case.horizon_months", "6 to 120")

    def test_a_missing_baseline_file_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        missing = str(tmp_path / "nowhere.yaml")
        code, out, err = ccx(capsys, "evaluate", PROFIT_CENTRE, "--baseline", missing)
        assert_rejected(code, out, err, "nowhere.yaml")


class TestHumanOutput:
    def test_without_json_the_yearly_rows_are_counted(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(capsys, "evaluate", PROFIT_CENTRE)
        assert code == 0, err
        assert "business_case:" in out
        assert "yearly: 5 rows (use --json for all)" in out
