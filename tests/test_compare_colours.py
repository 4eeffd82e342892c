"""One colour per scenario in every chart of a comparison (app, files and deck all
draw ``comparison_charts``): read from the built Vega-Lite specs, not from the code."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ccx_charts.catalogue import comparison_charts
from ccx_model.compare import Comparison, compare_scenarios
from ccx_model.scenario_io import load_scenario

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


@cache
def comparison(*names: str, baseline: str = "baseline") -> Comparison:
    return compare_scenarios(
        [load_scenario(SCENARIOS / f"{n}.yaml") for n in names],
        load_scenario(SCENARIOS / f"{baseline}.yaml"),
    )


CASES = [
    ("baseline", "pilot", "profit_centre", "failure_demand_halved"),
    ("profit_centre", "pilot"),  # the baseline is a column without being compared
]


def colours_by_label(spec: Any) -> dict[str, str]:
    """Every ``label → colour`` pair an encoding of the spec fixes, from any sub-chart.

    A label mapped to two colours in one spec is an error of its own."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            scale = node.get("scale") if node.get("field") in ("scenario", "label") else None
            if isinstance(scale, dict) and "domain" in scale:
                for label, colour in zip(scale["domain"], scale["range"], strict=True):
                    assert found.setdefault(label, colour) == colour, label
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return found


def bridge_total_colour(spec: Any) -> str:
    (bars,) = [layer for layer in spec["layer"] if layer["mark"]["type"] == "bar"]
    scale = bars["encoding"]["color"]["scale"]
    return str(dict(zip(scale["domain"], scale["range"], strict=True))["total"])


@pytest.mark.parametrize("names", CASES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_scenario_keeps_its_colour_in_every_chart(names: tuple[str, ...], lang: str) -> None:
    compared = comparison(*names)
    entries = comparison_charts(compared, lang)
    labels = [s.label for s in compared.columns]
    kpis = colours_by_label(entries[0].chart.to_dict())
    cumulative = colours_by_label(entries[1].chart.to_dict())
    assert list(kpis) == labels
    assert cumulative == kpis
    assert len(set(kpis.values())) == len(labels), "two scenarios share a colour"
    bridges = entries[2:]
    compared_labels = [s.label for s in compared.scenarios if not s.is_baseline]
    assert len(bridges) == len(compared_labels)
    for label, entry in zip(compared_labels, bridges, strict=True):
        assert bridge_total_colour(entry.chart.to_dict()) == kpis[label], label


def test_the_cumulative_chart_draws_every_compared_scenario_in_its_colour() -> None:
    compared = comparison(*CASES[0])
    spec = comparison_charts(compared, "en")[1].chart.to_dict()
    drawn = {row["label"] for row in spec["datasets"][next(iter(spec["datasets"]))]}
    assert drawn == {s.label for s in compared.scenarios if not s.is_baseline}
    assert drawn <= set(colours_by_label(spec))


def test_the_baseline_has_the_same_colour_in_every_comparison() -> None:
    baseline_colours = set()
    for names in CASES:
        compared = comparison(*names)
        colours = colours_by_label(comparison_charts(compared, "en")[0].chart.to_dict())
        baseline_colours.add(colours[compared.baseline.label])
    assert len(baseline_colours) == 1
