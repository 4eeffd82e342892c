"""Benchmark: the whole ``ccx`` process, as a planner runs it, against pyworkforce.

``ccx staffing --intervals year.csv --json > out.json`` in a fresh Python process:
start, import, read the CSV of a year of 15-minute intervals (35,040 rows, the year
of ``bench.year`` written at full precision), staff it and write the JSON to a file.
Timed with ``subprocess`` (median of ``RUNS`` after one warm-up run), beside
pyworkforce 0.5.1's *in-process* time on the busy intervals of the same year (it
rejects intervals without calls), which leaves out its interpreter start, its
imports and reading any file. The issue's goal is a process at least
``TARGET_RATIO`` times faster than that.

Two floors are measured beside it, as context for the ratio: a bare
``python -c pass`` and ``python -c "import numpy"`` (every command that computes
needs numpy). ``ccx --help`` is timed too: it imports no model at all.

Every process runs with its compiled bytecode kept (``PYTHONPYCACHEPREFIX`` in the
temporary folder, ``PYTHONDONTWRITEBYTECODE`` removed), so the warm-up run compiles
and the timed runs load ``.pyc`` files, as in any installed environment (pip compiles
on install; otherwise Python writes them on the first run). Without them every run
would compile numpy and ccx from source again: about 110 ms more on the reference
machine, a cost no user pays twice.

Correctness: the agents in the process's JSON must equal pyworkforce's on every busy
interval (as in the in-process staffing benchmark, a mismatch fails the run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ccx_model.scenario import Scenario, ServiceTarget

from .peer import pyworkforce_staffing, require_pyworkforce
from .result import Row
from .timing import Timing, time_repeated
from .year import YearLoad, year_of_intervals

NAME = "ccx process"
ROOT = Path(__file__).resolve().parent.parent
CLI_MODULE = "ccx_cli"
RUNS = 7
PEER_RUNS = 3
TARGET_RATIO = 20.0


def write_year_csv(year: YearLoad, path: Path) -> Path:
    """The year as a forecast file: ``calls,aht_seconds``, each value as Python prints it
    (the shortest text that reads back to the same float, so both sides staff the same
    numbers)."""
    lines = ["calls,aht_seconds"]
    lines += [
        f"{calls!r},{aht!r}"
        for calls, aht in zip(year.calls.tolist(), year.aht_seconds.tolist(), strict=True)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def staffing_argv(csv: Path, year: YearLoad, service: ServiceTarget) -> list[str]:
    argv = [
        "staffing",
        "--intervals",
        str(csv),
        "--interval-minutes",
        str(year.interval_minutes),
        "--aht-seconds",
        str(float(year.aht_seconds[0])),  # the file's own column is used
        "--answer-seconds",
        str(service.answer_seconds),
        "--service-level",
        str(service.service_level_target),
        "--shrinkage",
        str(service.shrinkage),
        "--json",
    ]
    if service.max_occupancy is not None:
        argv += ["--max-occupancy", str(service.max_occupancy)]
    return argv


def process_environment(bytecode: Path) -> dict[str, str]:
    """This process's environment, with compiled bytecode kept under ``bytecode``."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return environment


def time_process(
    argv: Sequence[str], stdout: Path, runs: int = RUNS, env: dict[str, str] | None = None
) -> Timing:
    """Median wall time of ``argv`` as a process (stdout to a file), after one warm-up."""

    def run() -> None:
        with stdout.open("wb") as out:
            done = subprocess.run(
                argv, stdout=out, stderr=subprocess.PIPE, cwd=ROOT, env=env, check=False
            )
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")

    timing, _ = time_repeated(run, runs)
    return timing


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", CLI_MODULE, *argv]


def _peer_timing(year: YearLoad, service: ServiceTarget) -> tuple[Timing, Any]:
    busy = year.busy
    return time_repeated(
        lambda: pyworkforce_staffing(
            year.calls[busy],
            year.aht_seconds[busy],
            year.interval_minutes,
            service.service_level_target,
            service.answer_seconds,
            service.max_occupancy,
            service.shrinkage,
        ),
        PEER_RUNS,
        warmups=0,
    )


def ccx_process() -> list[Row]:
    """The year's staffing as a whole process against pyworkforce in process."""
    require_pyworkforce()
    scenario = Scenario()
    service = scenario.service
    year = year_of_intervals(scenario)
    with tempfile.TemporaryDirectory(prefix="ccx-bench-") as folder:
        csv = write_year_csv(year, Path(folder) / "year.csv")
        out = Path(folder) / "out.json"
        env = process_environment(Path(folder) / "bytecode")
        argv = _cli(*staffing_argv(csv, year, service))
        staffing = time_process(argv, out, env=env)
        result = json.loads(out.read_bytes())
        output_bytes = out.stat().st_size
        help_timing = time_process(_cli("--help"), out, env=env)
        bare = time_process([sys.executable, "-c", "pass"], out, env=env)
        numpy_only = time_process([sys.executable, "-c", "import numpy"], out, env=env)
    peer, peer_staffing = _peer_timing(year, service)

    agents = np.asarray([row["agents"] for row in result["intervals"]], dtype=np.int64)
    calls = np.asarray([row["calls"] for row in result["intervals"]], dtype=np.float64)
    same_year = len(calls) == len(year) and bool(np.array_equal(calls, year.calls))
    mismatches = int(np.count_nonzero(agents[year.busy] != peer_staffing.agents))
    ratio = peer.median_seconds / staffing.median_seconds
    cap = "no cap" if service.max_occupancy is None else f"cap {service.max_occupancy:.0%}"
    return [
        Row(
            NAME,
            "staffing --intervals year.csv --json, median",
            staffing.median_seconds,
            "s",
            note=(
                f"`python -m {CLI_MODULE} staffing` on {len(year):,} intervals ({cap}), "
                f"stdout to a file ({output_bytes / 1e6:.1f} MB); best "
                f"{staffing.best_seconds * 1000:.0f} ms; median of {staffing.repeats} "
                "runs after 1 warm-up (which compiled the bytecode)"
            ),
        ),
        Row(
            NAME,
            "pyworkforce in process (same year), median",
            peer.median_seconds,
            "s",
            note=f"{len(year.busy):,} busy intervals, median of {peer.repeats} runs",
        ),
        Row(
            NAME,
            "speed ratio pyworkforce in process / ccx process (medians)",
            ratio,
            "x",
            target_min=TARGET_RATIO,
        ),
        Row(NAME, "ccx --help, median", help_timing.median_seconds, "s"),
        Row(NAME, "floor: python -c pass, median", bare.median_seconds, "s"),
        Row(NAME, "floor: python -c 'import numpy', median", numpy_only.median_seconds, "s"),
        Row(
            NAME,
            "ceiling: pyworkforce in process / python -c 'import numpy' (medians)",
            peer.median_seconds / numpy_only.median_seconds,
            "x",
            note=(
                "the best ratio any process that imports numpy could reach here, "
                "before it reads, staffs or writes anything"
            ),
        ),
        Row(
            NAME,
            "intervals in the JSON that differ from the year",
            0 if same_year else 1,
            "count",
            target_max=0,
            fatal=True,
        ),
        Row(
            NAME,
            "agent mismatches with pyworkforce (busy intervals)",
            mismatches,
            "count",
            target_max=0,
            fatal=True,
        ),
    ]
