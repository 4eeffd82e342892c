"""The command line's output: the same keys, order and values as before it was made fast.

Before, every row of ``ccx staffing`` was built element by element with Python's
``round`` and the whole output written by ``json.dumps(indent=2, allow_nan=False)``.
Those are kept here as the reference (``reference_rows``, ``old_json``) and compared
with what ``ccx_cli`` writes now: orjson, compact unless ``--pretty``, rows built from
whole arrays.
"""

from __future__ import annotations

import io
import json
import math
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_cli import main
from ccx_cli.main import run
from ccx_cli.output import _stdlib_json, json_bytes, write_json
from ccx_cli.parser import build_parser
from ccx_cli.rounding import rounded
from ccx_cli.staffing_rows import interval_rows
from ccx_model.staffing import IntervalStaffing, required_staffing, staffing_for_agents

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
INTERVAL = ["--interval-minutes", "30", "--aht-seconds", "180", "--answer-seconds", "20"]
GENERATED = settings(database=None, deadline=None, max_examples=300)


def reference_rows(result: IntervalStaffing) -> list[dict[str, Any]]:
    """The rows as ``ccx_model.cli`` built them before (element by element)."""

    def finite_or_none(value: float) -> float | None:
        return value if math.isfinite(value) else None

    return [
        {
            "calls": float(result.calls[i]),
            "aht_seconds": float(result.aht_seconds[i]),
            "traffic_erlangs": round(float(result.traffic_erlangs[i]), 6),
            "agents": int(result.agents[i]),
            "service_level": round(float(result.service_level[i]), 6),
            "probability_of_waiting": round(float(result.probability_of_waiting[i]), 6),
            "asa_seconds": finite_or_none(round(float(result.asa_seconds[i]), 4)),
            "occupancy": round(float(result.occupancy[i]), 6),
            "scheduled_agents": int(result.scheduled_agents[i]),
            "stable": bool(result.stable[i]),
        }
        for i in range(len(result))
    ]


def old_json(data: Any) -> str:
    """The writer before: indented, NaN refused."""
    return json.dumps(data, indent=2, allow_nan=False)


def exactly(text: str | bytes) -> Any:
    """Parsed JSON with every object as a list of (key, value): order counts too."""
    return json.loads(text, object_pairs_hook=list)


def same_values(a: Any, b: Any) -> bool:
    """Equal, and of the same JSON type (1 is not 1.0 here), -0.0 apart from 0.0."""
    if isinstance(a, float) or isinstance(b, float):
        return type(a) is type(b) and math.copysign(1.0, a) == math.copysign(1.0, b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_values(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_values(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


class TestRounding:
    @GENERATED
    @given(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, 2, 4, 6]))
    def test_rounds_every_float_as_python_does(self, value: float, ndigits: int) -> None:
        (ours,) = rounded([value], ndigits)
        expected = round(value, ndigits)
        if math.isnan(expected):
            assert math.isnan(ours)
        else:
            assert same_values(ours, expected), (value, ours, expected)

    def test_halves_and_their_neighbours(self) -> None:
        rng = np.random.default_rng(1)
        # k + 0.5 millionths, written as decimals: the binary value is a hair above or
        # below the half, and Python rounds that exact value.
        halves = (rng.integers(0, 10**7, 20_000) + 0.5) / 1e6
        near = np.concatenate(
            [halves, np.nextafter(halves, 0), np.nextafter(halves, 1), -halves, [0.0, -0.0]]
        )
        for ndigits in (4, 6):
            expected = [round(v, ndigits) for v in near.tolist()]
            assert rounded(near, ndigits) == expected
            ours = rounded(near, ndigits)
            assert [math.copysign(1, v) for v in ours] == [math.copysign(1, v) for v in expected]

    def test_a_year_of_service_levels(self) -> None:
        values = np.random.default_rng(3).random(35_040)
        assert rounded(values, 6) == [round(v, 6) for v in values.tolist()]


def staffing_results() -> list[IntervalStaffing]:
    rng = np.random.default_rng(11)
    calls = rng.lognormal(3, 1.5, 500) * (rng.random(500) > 0.2)
    aht = rng.uniform(30, 900, 500)
    return [
        required_staffing(calls, aht, 15, 0.8, 20, 0.85, 0.3),
        required_staffing(calls, 180, 30, 0.95, 10),
        # Too few agents for many intervals: unstable queues, an infinite ASA.
        staffing_for_agents(calls, aht, 15, 5, 20, 0.2),
        staffing_for_agents([100.0], 180, 30, [14], 20),
        required_staffing([0.0], 180, 30, 0.8, 20),
    ]


@pytest.mark.parametrize("result", staffing_results(), ids=lambda r: f"{len(r)} intervals")
def test_rows_are_the_rows_built_element_by_element(result: IntervalStaffing) -> None:
    ours = interval_rows(result)
    reference = reference_rows(result)
    assert [list(row) for row in ours] == [list(row) for row in reference]
    pairs = [list(row.items()) for row in ours]
    assert same_values(pairs, [list(row.items()) for row in reference])


def test_an_unstable_queue_writes_null_for_its_asa_as_before() -> None:
    result = staffing_for_agents([100.0], 180, 30, [9], 20)
    (row,) = interval_rows(result)
    assert row["asa_seconds"] is None
    assert exactly(json_bytes(row)) == exactly(old_json(row))


def run_data(*argv: str) -> Any:
    """What a command hands to the writer."""
    return run(build_parser().parse_args(list(argv)))


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def write_csv(tmp_path: Path) -> str:
    rng = np.random.default_rng(5)
    rows = [f"{calls!r},205.0" for calls in rng.lognormal(4, 1, 96).tolist()]
    path = tmp_path / "day.csv"
    path.write_text("calls,aht_seconds\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


COMMANDS = {
    "staffing one interval": ["staffing", "--calls", "100", *INTERVAL, "--service-level", "0.8"],
    "staffing unstable": ["staffing", "--calls", "100", *INTERVAL, "--agents", "9"],
    "staffing a day": [
        "staffing", "--intervals", "{csv}", *INTERVAL, "--service-level", "0.8",
        "--max-occupancy", "0.85", "--shrinkage", "0.3",
    ],
    "evaluate": ["evaluate", str(SCENARIOS / "baseline.yaml")],
    "evaluate against a baseline": [
        "evaluate", str(SCENARIOS / "profit_centre.yaml"),
        "--baseline", str(SCENARIOS / "baseline.yaml"),
    ],
    "compare": [
        "compare", str(SCENARIOS / "baseline.yaml"), str(SCENARIOS / "pilot.yaml"),
        str(SCENARIOS / "outsourced.yaml"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_output_has_the_keys_order_and_values_of_the_old_writer(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [a.replace("{csv}", write_csv(tmp_path)) if a == "{csv}" else a for a in COMMANDS[name]]
    data = run_data(*argv, "--json")
    before = exactly(old_json(data))
    compact = printed(capsys, *argv, "--json")
    pretty = printed(capsys, *argv, "--pretty")
    assert same_values(exactly(compact), before)
    assert same_values(exactly(pretty), before)
    assert compact.count("\n") == 1 and compact.endswith("\n")  # one line
    assert pretty.splitlines()[1].startswith('  "')  # indented by 2 like before
    # The standard library's writer, kept for a missing orjson, writes the same.
    assert same_values(exactly(_stdlib_json(data, pretty=False)), before)


def test_pretty_json_is_laid_out_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["staffing", "--calls", "100", *INTERVAL, "--service-level", "0.8"]
    assert printed(capsys, *argv, "--pretty") == old_json(run_data(*argv)) + "\n"


def test_nan_and_infinity_are_written_as_null() -> None:
    data = {"a": math.nan, "b": [math.inf, -math.inf, 1.5], "c": np.float64("nan")}
    expected = [("a", None), ("b", [None, None, 1.5]), ("c", None)]
    assert exactly(json_bytes(data)) == expected
    assert exactly(_stdlib_json(data, pretty=True)) == expected


def test_numpy_values_are_written_as_numbers() -> None:
    data = {"n": np.int64(3), "x": np.float32(0.5), "a": np.arange(3)}
    assert exactly(json_bytes(data)) == [("n", 3), ("x", 0.5), ("a", [0, 1, 2])]
    assert exactly(_stdlib_json(data, pretty=False)) == [("n", 3), ("x", 0.5), ("a", [0, 1, 2])]


def test_a_value_orjson_refuses_is_written_by_the_standard_library() -> None:
    assert exactly(json_bytes({"big": 2**70, 1: "one"})) == [("big", 2**70), ("1", "one")]


def test_json_goes_to_a_text_only_stdout_too() -> None:
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        write_json({"é": 1.0}, pretty=False)
    assert buffer.getvalue() == '{"é":1.0}\n'
