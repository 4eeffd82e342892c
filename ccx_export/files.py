"""Write a scenario's exports to a folder: chart pictures, the deck, the workbook.

What ``ccx export`` and the app's download call. Every file is written whole or not
at all: to a temporary file in the same folder first, then moved into place
(``os.replace``), so a reader never sees half a deck and a failed export leaves the
previous file untouched.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from ccx_charts.catalogue import (
    comparison_charts,
    comparison_footnote,
    report_footnote,
    scenario_charts,
)
from ccx_charts.theme import ACCENT
from ccx_model.atomic import write_atomic
from ccx_model.compare import compared_with_baseline
from ccx_model.report import Report
from ccx_model.scenario import Scenario

from .charts import chart_png, chart_svg, slides_chart
from .deck import build_deck
from .workbook import build_workbook

FORMATS = ("png", "svg", "pptx", "xlsx")
DECK_FILE = "ccx-board-pack.pptx"
WORKBOOK_FILE = "ccx-workbook.xlsx"


def chart_file_name(key: str, fmt: str) -> str:
    """``ccx-<key>.<fmt>``: the file a chart is written to.

    >>> chart_file_name("cost-breakdown", "svg")
    'ccx-cost-breakdown.svg'
    """
    return f"ccx-{key}.{fmt}"


def export_scenario_files(
    scenario: Scenario,
    formats: Collection[str],
    lang: str,
    out_dir: Path,
    compare: Sequence[Scenario] | None = None,
    baseline: Scenario | None = None,
    accent: str = ACCENT,
) -> list[Path]:
    """Write the ``formats`` asked for ('png', 'svg', 'pptx', 'xlsx') into ``out_dir``
    (created if missing) and return the paths written: the charts, the deck, the workbook.

    Charts: every chart of the scenario (and, with ``compare``, of the comparison) as
    ``ccx-<key>.png`` (1920×1080) and/or ``ccx-<key>.svg``; the deck as
    ``ccx-board-pack.pptx``; the workbook as ``ccx-workbook.xlsx``. The business case is
    measured against ``baseline`` (default: the scenario as it is today). Each chart is
    rendered once: the deck reuses the PNGs (``chart_png`` caches them). Raises
    ``ValueError`` for a format it does not know, before writing anything.
    """
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown export format(s) {unknown}; choose from {list(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if {"png", "svg"} & set(formats):
        written.extend(_chart_files(scenario, formats, lang, out_dir, compare, baseline, accent))
    if "pptx" in formats:
        deck = build_deck(scenario, lang, baseline=baseline, compare=compare)
        written.append(write_atomic(out_dir / DECK_FILE, deck))
    if "xlsx" in formats:
        written.append(
            write_atomic(out_dir / WORKBOOK_FILE, build_workbook(scenario, lang, baseline))
        )
    return written


def _chart_files(
    scenario: Scenario,
    formats: Collection[str],
    lang: str,
    out_dir: Path,
    compare: Sequence[Scenario] | None,
    baseline: Scenario | None,
    accent: str,
) -> list[Path]:
    # The same comparison as the deck's: against the baseline, else this scenario (and
    # made first: too many scenarios fail before any chart is drawn).
    comparison = compared_with_baseline(scenario, compare, baseline, lang) if compare else None
    report = Report(scenario, baseline)
    note = report_footnote(report, lang)
    charts = [
        (entry.key, slides_chart(entry.chart, footnote=note, accent=accent))
        for entry in scenario_charts(report, lang)
    ]
    if comparison is not None:
        note = comparison_footnote(comparison, lang)
        charts += [
            (entry.key, slides_chart(entry.chart, footnote=note, accent=accent))
            for entry in comparison_charts(comparison, lang)
        ]
    written = []
    for key, chart in charts:
        if "png" in formats:
            path = out_dir / chart_file_name(key, "png")
            written.append(write_atomic(path, chart_png(chart)))
        if "svg" in formats:
            path = out_dir / chart_file_name(key, "svg")
            written.append(write_atomic(path, chart_svg(chart).encode("utf-8")))
    return written
