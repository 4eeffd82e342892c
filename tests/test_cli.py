"""The ``ccx`` command line: staffing for one interval or a CSV, scenario evaluation.

Most tests call ``ccx_cli.main`` in-process; a few start ``python -m ccx_cli``
to prove the entry point and its exit codes. Bad input must always end in exit code
2 and one plain line per problem on stderr, never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ccx_cli import main

ROOT = Path(__file__).resolve().parent.parent
BASELINE = str(ROOT / "scenarios" / "baseline.yaml")

# Call Centre Helper's worked example: 100 calls in 30 minutes, AHT 180 s, 80/20.
INTERVAL = ["--interval-minutes", "30", "--aht-seconds", "180", "--answer-seconds", "20"]
EXAMPLE = ["staffing", "--calls", "100", *INTERVAL, "--shrinkage", "0.3"]


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


def ccx_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = ccx(capsys, *argv, "--json")
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
        assert fragment in err, f"{fragment!r} not in {err!r}"


def write(path: Path, text: str | bytes) -> str:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


class TestStaffingOneInterval:
    def test_ten_erlangs_at_80_in_20_seconds_need_14_agents(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        result = ccx_json(capsys, *EXAMPLE, "--service-level", "0.8")
        assert result["traffic_erlangs"] == 10
        assert result["agents"] == 14
        assert result["service_level"] == pytest.approx(0.888, abs=5e-4)
        assert result["probability_of_waiting"] == pytest.approx(0.174, abs=5e-4)
        assert result["asa_seconds"] == pytest.approx(7.8, abs=0.05)
        assert result["occupancy"] == pytest.approx(0.714, abs=5e-4)
        # 14 on the phones / (1 - 30% shrinkage) = 20 scheduled.
        assert result["scheduled_agents"] == 20
        assert result["stable"] is True

    def test_fourteen_agents_deliver_what_the_80_20_target_asked_for(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        by_target = ccx_json(capsys, *EXAMPLE, "--service-level", "0.8")
        by_agents = ccx_json(capsys, *EXAMPLE, "--agents", "14")
        assert by_agents == by_target

    def test_fewer_agents_than_erlangs_give_an_unstable_queue_in_valid_json(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(capsys, *EXAMPLE, "--agents", "9", "--json")
        assert code == 0, err
        for token in ("NaN", "Infinity"):
            assert token not in out
        result = strict_json(out)
        assert result["stable"] is False
        assert result["service_level"] == 0
        assert result["probability_of_waiting"] == 1
        assert result["asa_seconds"] is None

    def test_an_occupancy_cap_adds_agents_until_occupancy_is_within_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        result = ccx_json(capsys, *EXAMPLE, "--service-level", "0.8", "--max-occupancy", "0.6")
        assert result["agents"] == 17  # 10 Erlangs / 17 = 0.588; 16 would be 0.625
        assert result["occupancy"] <= 0.6

    def test_no_calls_need_no_agents(self, capsys: pytest.CaptureFixture[str]) -> None:
        result = ccx_json(capsys, "staffing", "--calls", "0", *INTERVAL, "--service-level", "0.8")
        assert result["agents"] == 0
        assert result["scheduled_agents"] == 0
        assert result["service_level"] == 1

    def test_without_json_prints_one_readable_line_per_figure(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = ccx(capsys, *EXAMPLE, "--service-level", "0.8")
        assert code == 0
        lines = out.splitlines()
        assert "agents: 14" in lines
        assert "scheduled_agents: 20" in lines
        assert "stable: True" in lines


class TestStaffingIntervalsFile:
    def test_one_result_per_row_in_file_order_plus_totals(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(
            tmp_path / "day.csv",
            "time,calls,aht_seconds\n08:00,100,180\n08:30,0,200\n09:00,50,240\n",
        )
        result = ccx_json(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8",
            "--shrinkage", "0.3",
        )  # fmt: skip
        rows = result["intervals"]
        assert [r["calls"] for r in rows] == [100, 0, 50]
        assert [r["aht_seconds"] for r in rows] == [180, 200, 240]
        assert rows[0]["agents"] == 14
        assert rows[1]["agents"] == 0
        assert rows[1]["scheduled_agents"] == 0
        totals = result["totals"]
        assert totals["intervals"] == 3
        assert totals["calls"] == 150
        assert totals["peak_agents"] == max(r["agents"] for r in rows)
        assert totals["unstable_intervals"] == 0

    def test_totals_equal_the_sum_of_their_parts(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(tmp_path / "day.csv", "calls\n100\n0\n50\n250\n")
        result = ccx_json(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8",
            "--shrinkage", "0.3",
        )  # fmt: skip
        rows, totals = result["intervals"], result["totals"]
        hours = 0.5
        assert totals["calls"] == sum(r["calls"] for r in rows)
        assert totals["agent_hours"] == pytest.approx(sum(r["agents"] for r in rows) * hours)
        assert totals["scheduled_agent_hours"] == pytest.approx(
            sum(r["scheduled_agents"] for r in rows) * hours
        )
        assert totals["workload_hours"] == pytest.approx(
            sum(r["traffic_erlangs"] for r in rows) * hours, abs=1e-3
        )
        weighted = sum(r["calls"] * r["service_level"] for r in rows) / totals["calls"]
        assert totals["service_level"] == pytest.approx(weighted, abs=1e-5)

    def test_without_an_aht_column_every_row_uses_the_aht_flag(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(tmp_path / "day.csv", "Calls\n100\n20\n")
        result = ccx_json(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8"
        )
        assert [r["aht_seconds"] for r in result["intervals"]] == [180, 180]

    def test_a_dutch_excel_file_with_semicolons_and_decimal_commas_is_read(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(
            tmp_path / "nl.csv", "tijd;calls;aht_seconds\n08:00;12,5;180\n08:30;100;180,5\n"
        )
        result = ccx_json(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8"
        )
        assert [r["calls"] for r in result["intervals"]] == [12.5, 100]
        assert [r["aht_seconds"] for r in result["intervals"]] == [180, 180.5]

    def test_a_fixed_head_count_reports_each_unstable_interval(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(tmp_path / "day.csv", "calls\n100\n0\n50\n")
        code, out, err = ccx(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--agents", "9", "--json"
        )
        assert code == 0, err
        result = strict_json(out)
        assert [r["stable"] for r in result["intervals"]] == [False, True, True]
        assert result["intervals"][0]["asa_seconds"] is None
        assert result["totals"]["unstable_intervals"] == 1

    def test_without_json_the_rows_are_counted_not_printed(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(tmp_path / "day.csv", "calls\n100\n0\n50\n")
        code, out, _ = ccx(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8"
        )
        assert code == 0
        assert "intervals: 3 rows (use --json for all)" in out.splitlines()

    def test_a_csv_saved_by_excel_with_a_byte_order_mark_is_read(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        csv = write(tmp_path / "excel.csv", b"\xef\xbb\xbfcalls,aht_seconds\r\n100,180\r\n")
        result = ccx_json(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8"
        )
        assert result["intervals"][0]["agents"] == 14


class TestStaffingBadInput:
    @pytest.mark.parametrize(
        ("flags", "fragments"),
        [
            (["--calls", "100", "--service-level", "1.2"], ["--service-level", "1.2", "0.999"]),
            (["--calls", "100", "--service-level", "0"], ["--service-level", "above 0"]),
            (["--calls", "100", "--service-level", "0.8", "--shrinkage", "1"],
             ["--shrinkage", "0 to 0.8"]),
            (["--calls", "-5", "--service-level", "0.8"], ["--calls", "-5", "0 to 10,000,000"]),
            (["--calls", "abc", "--service-level", "0.8"], ["--calls", "abc", "0 to 10,000,000"]),
            (["--calls", "nan", "--service-level", "0.8"], ["--calls", "0 to 10,000,000"]),
            (["--calls", "100", "--agents", "14.5"], ["--agents", "14.5"]),
            (["--calls", "100", "--service-level", "0.8", "--max-occupancy", "1.5"],
             ["--max-occupancy", "1.5"]),
            (["--calls", "100", "--service-level", "0.8", "--agents", "14"],
             ["--service-level", "--agents"]),
            (["--calls", "100"], ["--service-level", "--agents"]),
            (["--service-level", "0.8"], ["--calls", "--intervals"]),
        ],
    )  # fmt: skip
    def test_bad_flags_exit_2_naming_the_flag_and_what_is_allowed(
        self, capsys: pytest.CaptureFixture[str], flags: list[str], fragments: list[str]
    ) -> None:
        assert_rejected(*ccx(capsys, "staffing", *INTERVAL, *flags), *fragments)

    def test_a_missing_required_flag_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "staffing", "--calls", "100", "--interval-minutes", "30",
            "--answer-seconds", "20", "--service-level", "0.8",
        )  # fmt: skip
        assert_rejected(code, out, err, "--aht-seconds")

    def test_every_bad_flag_is_reported_at_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = ccx(
            capsys, "staffing", "--calls", "-5", *INTERVAL, "--service-level", "1.2",
            "--shrinkage", "1",
        )  # fmt: skip
        assert_rejected(code, out, err, "--calls", "--service-level", "--shrinkage")
        assert len(err.splitlines()) == 3

    @pytest.mark.parametrize(
        ("name", "content", "fragments"),
        [
            ("no_calls.csv", "time,volume\n08:00,100\n", ["'calls' column", "time, volume"]),
            ("text.csv", "calls\n100\nabc\n", ["row 3", "column calls", "'abc'"]),
            ("negative.csv", "calls\n100\n-3\n", ["row 3", "column calls", "0 to 10,000,000"]),
            (
                "aht.csv",
                "calls,aht_seconds\n100,0\n",
                ["row 2", "column aht_seconds", "1 to 7,200"],
            ),
            ("header_only.csv", "calls,aht_seconds\n", ["no data rows"]),
            ("blank_rows.csv", "calls\n\n\n", ["no data rows"]),
            ("empty.csv", "", ["empty"]),
            ("utf16.csv", "calls\n100\n".encode("utf-16"), ["utf16.csv", "not UTF-8"]),
        ],
    )
    def test_a_bad_csv_exits_2_naming_the_row_and_column(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        name: str,
        content: str | bytes,
        fragments: list[str],
    ) -> None:
        csv = write(tmp_path / name, content)
        code, out, err = ccx(
            capsys, "staffing", "--intervals", csv, *INTERVAL, "--service-level", "0.8"
        )
        assert_rejected(code, out, err, *fragments)

    def test_a_missing_csv_file_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        missing = str(tmp_path / "nowhere.csv")
        code, out, err = ccx(
            capsys, "staffing", "--intervals", missing, *INTERVAL, "--service-level", "0.8"
        )
        assert_rejected(code, out, err, "--intervals", missing, "No such file")


class TestEvaluate:
    def test_baseline_needs_250_agents_and_saves_about_100k_per_10_points(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        result = ccx_json(capsys, "evaluate", BASELINE)
        assert result["scenario"] == "Baseline"
        assert result["headcount"] == 250
        assert result["fte"] == pytest.approx(207.9, abs=0.05)
        assert result["annual_cost_eur"] == pytest.approx(10_231_274, abs=1)
        assert result["cost_per_contact_eur"] == pytest.approx(
            result["annual_cost_eur"] / result["contacts_per_year"], abs=1e-3
        )
        attrition = result["attrition"]
        assert attrition["leavers_per_year"] == pytest.approx(0.30 * 250)
        assert attrition["cost_per_leaver_eur"] == pytest.approx(3_942)
        assert attrition["annual_cost_eur"] == pytest.approx(
            attrition["leavers_per_year"] * attrition["cost_per_leaver_eur"]
        )
        # Seed 003: "every 10% less attrition saves roughly EUR 100,000 a year".
        assert attrition["saving_per_10_points_eur"] == pytest.approx(100_000, rel=0.05)

    def test_cost_breakdown_adds_up_to_the_annual_cost(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        result = ccx_json(capsys, "evaluate", BASELINE)
        assert sum(result["cost_breakdown_eur"].values()) == pytest.approx(
            result["annual_cost_eur"], abs=0.05
        )
        breakdown = result["attrition"]["cost_per_leaver_breakdown_eur"]
        assert sum(breakdown.values()) == pytest.approx(result["attrition"]["cost_per_leaver_eur"])

    def test_without_json_prints_nested_figures_indented(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = ccx(capsys, "evaluate", BASELINE)
        assert code == 0
        lines = out.splitlines()
        assert "headcount: 250" in lines
        assert "attrition:" in lines
        assert "  leavers_per_year: 75.0" in lines

    def test_lower_shrinkage_lowers_fte_but_not_the_hours_on_the_phones(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        before = ccx_json(capsys, "evaluate", BASELINE)
        after = ccx_json(capsys, "evaluate", BASELINE, "--set", "service.shrinkage=0.3")
        assert after["fte"] < before["fte"]
        assert after["headcount"] < before["headcount"]
        assert after["productive_hours_per_week"] == before["productive_hours_per_week"]

    def test_several_overrides_apply_together_and_null_removes_the_occupancy_cap(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        capped = ccx_json(capsys, "evaluate", BASELINE, "--set", "demand.calls_per_month=660000")
        uncapped = ccx_json(
            capsys, "evaluate", BASELINE, "--set", "demand.calls_per_month=660000",
            "--set", "service.max_occupancy=null",
        )  # fmt: skip
        assert capped["contacts_per_year"] == uncapped["contacts_per_year"] == 660_000 * 12
        assert uncapped["fte"] <= capped["fte"]

    def test_a_json_scenario_file_is_read_with_defaults_for_what_it_leaves_out(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        scenario = write(
            tmp_path / "small.json", '{"name": "Small", "demand": {"calls_per_month": 1000}}'
        )
        result = ccx_json(capsys, "evaluate", scenario)
        assert result["scenario"] == "Small"
        assert result["contacts_per_year"] == 12_000


class TestEvaluateBadInput:
    @pytest.mark.parametrize(
        ("assignment", "fragments"),
        [
            ("service.shrinkage=1.0", ["service.shrinkage", "1.0", "0 to 0.8"]),
            ("service.shrinkage=abc", ["service.shrinkage", "abc", "0 to 0.8"]),
            ("nosuch.field=1", ["nosuch.field", "unknown field"]),
            ("service.nosuch=1", ["service.nosuch", "unknown field"]),
            ("service.shrinkage", ["service.shrinkage", "path.to.field=value"]),
            ("workforce.average_contract_hours_per_week=40",
             ["average_contract_hours_per_week", "full_time_hours_per_week"]),
            ("pattern.opening_hours=[[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0]]",
             ["no open hours"]),
        ],
    )  # fmt: skip
    def test_a_bad_override_exits_2_naming_the_field_and_what_is_allowed(
        self, capsys: pytest.CaptureFixture[str], assignment: str, fragments: list[str]
    ) -> None:
        code, out, err = ccx(capsys, "evaluate", BASELINE, "--set", assignment)
        assert_rejected(code, out, err, "baseline.yaml", *fragments)

    @pytest.mark.parametrize(
        ("name", "content", "fragments"),
        [
            ("broken.yaml", "name: x\ndemand: [\n", ["not valid YAML", "line 3"]),
            ("empty.yaml", "", ["the file is empty"]),
            ("typo.yaml", "demand:\n  calls_per_mnth: 1000\n",
             ["demand.calls_per_mnth", "unknown field"]),
            ("latin1.yaml", "name: café\n".encode("latin-1"), ["not UTF-8"]),
            ("list.yaml", "- 1\n- 2\n", ["mapping"]),
            ("scalar_group.yaml", "demand: 5\n", ["demand"]),
            ("nul.yaml", b"name: Bad\x00\n", ["control character U+0000"]),
        ],
    )  # fmt: skip
    def test_a_bad_scenario_file_exits_2_with_a_plain_message(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        name: str,
        content: str | bytes,
        fragments: list[str],
    ) -> None:
        scenario = write(tmp_path / name, content)
        code, out, err = ccx(capsys, "evaluate", scenario)
        assert_rejected(code, out, err, name, *fragments)

    def test_a_missing_scenario_file_exits_2_naming_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, out, err = ccx(capsys, "evaluate", str(tmp_path / "nowhere.yaml"))
        assert_rejected(code, out, err, "nowhere.yaml", "cannot read")

    def test_every_problem_in_a_file_is_reported_at_once(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        scenario = write(
            tmp_path / "two.yaml",
            "service:\n  shrinkage: 0.9\nworkforce:\n  average_contract_hours_per_week: 40\n",
        )
        code, out, err = ccx(capsys, "evaluate", scenario)
        assert_rejected(code, out, err, "service.shrinkage", "average_contract_hours_per_week")
        assert len(err.splitlines()) == 2


class TestLanguage:
    def test_dutch_range_message_for_a_flag(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = ccx(
            capsys, "--lang", "nl", "staffing", "--calls", "100", *INTERVAL,
            "--service-level", "1.2",
        )  # fmt: skip
        assert_rejected(code, out, err, "--service-level", "is niet toegestaan", "0,999")

    def test_dutch_range_message_for_a_scenario_field(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = ccx(
            capsys, "--lang", "nl", "evaluate", BASELINE, "--set", "service.shrinkage=1.0"
        )
        assert_rejected(code, out, err, "service.shrinkage", "niet toegestaan", "0 tot en met 0,8")

    def test_dutch_unknown_field_message(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = ccx(capsys, "--lang", "nl", "evaluate", BASELINE, "--set", "nosuch.x=1")
        assert_rejected(code, out, err, "nosuch.x", "onbekend veld")

    def test_dutch_messages_leave_the_json_figures_unchanged(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        english = ccx_json(capsys, "evaluate", BASELINE)
        dutch = ccx_json(capsys, "--lang", "nl", "evaluate", BASELINE)
        assert dutch == english

    @pytest.mark.parametrize(
        ("argv", "english"),
        [
            (["staffing", "--calls", "100", *INTERVAL], "give exactly one of"),
            (["evaluate", "{empty}"], "the file is empty"),
        ],
    )
    def test_dutch_covers_the_clis_own_messages_too(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        argv: list[str],
        english: str,
    ) -> None:
        empty = write(tmp_path / "empty.yaml", "")
        argv = [a.replace("{empty}", empty) for a in argv]
        code, _, err = ccx(capsys, "--lang", "nl", *argv)
        assert code == 2
        assert english not in err, err


class TestEntryPoint:
    def run_module(self, *argv: str, timeout_s: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ccx_cli", *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )

    def test_python_m_ccx_cli_prints_json_and_exits_0(self) -> None:
        done = self.run_module(*EXAMPLE, "--service-level", "0.8", "--json")
        assert done.returncode == 0, done.stderr
        assert strict_json(done.stdout)["agents"] == 14

    def test_python_m_ccx_cli_exits_2_on_bad_input_without_a_traceback(self) -> None:
        done = self.run_module(
            "evaluate", "scenarios/baseline.yaml", "--set", "service.shrinkage=1"
        )
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.startswith("ccx: error: ")
        assert "service.shrinkage" in done.stderr
        assert "0 to 0.8" in done.stderr
        assert "Traceback" not in done.stderr

    def test_the_largest_accepted_interval_is_answered_within_seconds(self) -> None:
        done = self.run_module(
            "staffing", "--calls", "10000000", "--interval-minutes", "1",
            "--aht-seconds", "7200", "--answer-seconds", "20", "--service-level", "0.8",
            timeout_s=10,
        )  # fmt: skip
        assert done.returncode in (0, 2)
