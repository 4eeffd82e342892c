"""Benchmarks of the exports (issue 6): one chart as a 1920x1080 PNG (target ≤ 0.3 s)
and the full PowerPoint board pack of the profit-centre scenario (target ≤ 5 s).

The PNG is timed on fresh charts (the converter's cache is keyed by the chart's spec,
so each timed run gets a chart it has not seen); the converter's one-off start-up is
paid in the warm-up.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from ccx_charts.catalogue import scenario_charts
from ccx_export.charts import chart_png, slides_chart
from ccx_export.deck import build_deck
from ccx_model.report import Report
from ccx_model.scenario_io import load_scenario

from .result import Row

SCENARIO = Path(__file__).resolve().parent.parent / "scenarios" / "profit_centre.yaml"


def chart_png_and_deck() -> list[Row]:
    scenario = load_scenario(SCENARIO)
    charts = scenario_charts(Report(scenario), "en")
    chart_png(slides_chart(charts[0].chart, footnote="warm-up"))
    samples = []
    for i, item in enumerate(charts):
        # As the exports draw it: a slide, with a footnote no cache has seen.
        fresh = slides_chart(item.chart, footnote=f"bench {i} {time.time()}")
        start = time.perf_counter()
        chart_png(fresh)
        samples.append(time.perf_counter() - start)
    start = time.perf_counter()
    deck = build_deck(scenario, "en")
    deck_seconds = time.perf_counter() - start
    name = "exports"
    return [
        Row(
            name,
            f"chart PNG 1920x1080, median of {len(samples)} charts",
            statistics.median(samples),
            "s",
            0.3,
        ),
        Row(name, "chart PNG, slowest", max(samples), "s"),
        Row(
            name,
            "board pack (profit centre), warm process",
            deck_seconds,
            "s",
            5.0,
            note=f"{len(deck) // 1024} kB",
        ),
    ]
