"""Run every benchmark, print one table, save ``bench/results/latest.json``.

Exit status 1 only when a correctness check fails (an agent count that differs from
pyworkforce's); missed speed targets are printed as FAIL but do not fail the run.
To add a benchmark, write a function returning ``list[Row]`` and append it to
``BENCHMARKS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .abandonment import erlang_a_runs
from .app_start import first_kpi
from .browser import compare_page, input_to_kpi, risk_page
from .business_case import evaluate_business_case
from .cli import ccx_process
from .evaluation import evaluate_baseline
from .exports import chart_png_and_deck
from .failure_demand import evaluate_reasons_and_channels
from .report import format_table, write_json
from .result import Benchmark, Row
from .risk import risk_runs
from .scenario_files import compare_four, open_scenario_file
from .staffing import staffing_year
from .targeting import rfm_million
from .worst_case import worst_corner_budget

BENCHMARKS: tuple[Benchmark, ...] = (
    staffing_year,
    ccx_process,
    evaluate_baseline,
    evaluate_business_case,
    risk_runs,
    erlang_a_runs,
    evaluate_reasons_and_channels,
    open_scenario_file,
    compare_four,
    chart_png_and_deck,
    first_kpi,
    input_to_kpi,
    compare_page,
    risk_page,
    rfm_million,
    worst_corner_budget,
)
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "latest.json"


def run(benchmarks: tuple[Benchmark, ...] = BENCHMARKS) -> list[Row]:
    rows: list[Row] = []
    for benchmark in benchmarks:
        print(f"running {benchmark.__name__} …", file=sys.stderr, flush=True)
        rows.extend(benchmark())
    return rows


def main() -> int:
    rows = run()
    print(format_table(rows))
    print(f"\nResults written to {write_json(rows, RESULTS_PATH)}")
    failures = [row for row in rows if row.fails_run]
    for row in failures:
        print(f"FAILED: {row.benchmark} · {row.metric}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
