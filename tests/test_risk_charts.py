"""The risk charts carry the model's figures: the tornado's ends are the tornado's NPVs,
the NPV histogram holds every draw once, the payback bars add up to all draws."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ccx_charts.catalogue import NPV_SPREAD, PAYBACK_SPREAD, TORNADO, page_charts
from ccx_charts.risk import (
    npv_distribution_chart,
    npv_spread_message,
    payback_distribution_chart,
    share_of_draws,
    tornado_chart,
)
from ccx_model.i18n import format_eur_compact
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


def test_the_npv_marks_are_the_models_percentiles_above_every_bar(report: Report) -> None:
    chart = npv_distribution_chart(report.simulation, "en")
    marks = layer_data(chart, 1)
    assert [row["x"] for row in marks] == pytest.approx(
        [report.simulation.npv_percentile(p) for p in (10, 50, 90)]
    )
    tallest = max(row["share"] for row in layer_data(chart))
    top = chart.to_dict()["layer"][0]["encoding"]["y"]["scale"]["domain"][1]
    assert top > tallest * 1.3  # the P10/P50/P90 labels sit in the room above the bars


def test_the_npv_headline_says_median_and_never_a_rounded_certainty(report: Report) -> None:
    run = report.simulation
    headline = npv_spread_message(run, "en")
    assert format_eur_compact(run.npv_percentile(50), "en") in headline
    assert "100% chance" not in headline
    if run.probability_npv_positive == 1.0:
        assert "positive in all 4,000 draws" in headline
    assert " mln" not in npv_spread_message(run, "nl")  # "€ 11,0 mln" never broken
    assert share_of_draws(0.9996, "nl") == ">99%"
    assert share_of_draws(0.0004, "en") == "<1%"


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


@pytest.fixture(scope="module")
def profit() -> Report:
    return Report(load_scenario(SCENARIOS / "profit_centre.yaml"))


class TestBoardPackAndWorkbook:
    """The board pack and the workbook carry the Risk figures of the report."""

    def test_the_deck_has_the_risk_slides(self, profit: Report) -> None:
        from io import BytesIO

        from pptx import Presentation

        from ccx_export.deck import build_deck
        from ccx_model.i18n import t

        for lang in ("en", "nl"):
            deck = Presentation(BytesIO(build_deck(profit.scenario, lang)))
            titles = [
                shape.text_frame.text
                for slide in deck.slides
                for shape in slide.shapes
                if shape.has_text_frame
            ]
            assert t("risk.believe", lang) in titles
            charts = page_charts(profit, "risk", lang)
            for key in (TORNADO, NPV_SPREAD, PAYBACK_SPREAD):
                assert charts[key].title in titles
            tables = [
                [cell.text for cell in row.cells]
                for slide in deck.slides
                for shape in slide.shapes
                if shape.has_table
                for row in shape.table.rows
            ]
            believed = [
                row
                for row in tables
                if row
                and row[-1]
                in {t("risk.cell.always_positive", lang), t("risk.cell.always_negative", lang)}
            ]
            assert len(believed) == 5  # every range but the offer's handle time

    def test_the_deck_says_what_to_believe_and_lists_the_ranges(self, profit: Report) -> None:
        from io import BytesIO

        from pptx import Presentation

        from ccx_export.deck import build_deck
        from ccx_export.deck_tables import believe_caption, with_unit
        from ccx_model.fields import field_name
        from ccx_model.i18n import t

        turning = [b for b in profit.break_evens if b.value is not None]
        assert [b.path for b in turning] == ["cross_sell.offer_handle_seconds"]
        caption = believe_caption(profit, "en")
        assert f"below {with_unit(turning[0].path, turning[0].value or 0.0, 'en')}" in caption
        assert "(plan 40 s)" in caption and "other 5" in caption
        deck = Presentation(BytesIO(build_deck(profit.scenario, "en")))
        texts = [s.text_frame.text for sl in deck.slides for s in sl.shapes if s.has_text_frame]
        assert caption in texts
        rows = [
            [cell.text for cell in row.cells]
            for slide in deck.slides
            for shape in slide.shapes
            if shape.has_table
            for row in shape.table.rows
        ]
        assert [t("deck.appendix_ranges", "en"), "", ""] in rows
        margin = field_name("customers.margin_eur_per_year", "en")
        assert [margin, "180 – 300", t("deck.range_note", "en", distribution="PERT",
                                       plan="240 EUR")] in rows  # fmt: skip

    def test_the_pilot_without_ranges_has_no_risk_slides(self) -> None:
        from io import BytesIO

        from pptx import Presentation

        from ccx_export.deck import build_deck
        from ccx_model.i18n import t

        deck = Presentation(BytesIO(build_deck(load_scenario(SCENARIOS / "pilot.yaml"))))
        titles = [s.text_frame.text for sl in deck.slides for s in sl.shapes if s.has_text_frame]
        assert t("risk.believe", "en") not in titles

    def test_the_workbooks_risk_sheet_holds_the_reports_figures(self, profit: Report) -> None:
        from io import BytesIO

        from openpyxl import load_workbook

        from ccx_export.workbook import build_workbook
        from ccx_model.i18n import t

        book = load_workbook(BytesIO(build_workbook(profit.scenario, "en")))
        sheet = book[t("xlsx.sheet.risk", "en")]
        rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
        run = profit.simulation
        assert rows[t("kpi.npv_p10", "en")][0] == pytest.approx(run.npv_percentile(10))
        assert rows[t("kpi.npv_p90", "en")][0] == pytest.approx(run.npv_percentile(90))
        assert rows[t("xlsx.risk.count", "en")][0] == run.draws.count
        for bar in profit.tornado.bars:
            from ccx_model.fields import field_name

            found = [r for label, r in rows.items() if label == field_name(bar.path, "en")]
            assert found and found[0][0] == bar.path
        adjusted = rows[t("kpi.npv", "en")]
        assert adjusted[0] == pytest.approx(profit.case.npv_eur)

    def test_the_break_even_table_is_the_models_in_tornado_order(self, profit: Report) -> None:
        from io import BytesIO

        from openpyxl import load_workbook

        from ccx_export.workbook import build_workbook
        from ccx_model.i18n import t

        for lang in ("en", "nl"):
            book = load_workbook(BytesIO(build_workbook(profit.scenario, lang)))
            rows = list(book[t("xlsx.sheet.risk", lang)].iter_rows(values_only=True))
            searched = t("xlsx.risk.searched_low", lang)
            header = next(i for i, r in enumerate(rows) if searched in r)
            table = rows[header + 1 : header + 1 + len(profit.break_evens)]
            assert [r[1] for r in table] == [bar.path for bar in profit.tornado.bars]
            by_path = {b.path: b for b in profit.break_evens}
            for row in table:
                found = by_path[str(row[1])]
                assert row[2] == pytest.approx(found.planned)
                assert row[5:7] == pytest.approx((found.searched_low, found.searched_high))
                if found.value is None:
                    assert row[3] == t(f"risk.cell.{found.reason}", lang)
                else:
                    assert row[3] == pytest.approx(found.value)


def test_the_chart_files_hold_the_risk_charts(tmp_path: Path) -> None:
    from ccx_export.files import chart_file_name, export_scenario_files

    scenario = load_scenario(SCENARIOS / "profit_centre.yaml")
    written = export_scenario_files(scenario, {"svg"}, "nl", tmp_path)
    for key in (TORNADO, NPV_SPREAD, PAYBACK_SPREAD):
        path = tmp_path / chart_file_name(key, "svg")
        assert path in written
        assert "<svg" in path.read_text(encoding="utf-8")
