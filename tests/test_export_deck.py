"""The board pack (PowerPoint) and the file export: opened again with python-pptx.

Decks are built once per module (rendering a dozen charts takes seconds); the tests
read them back: slide order and titles in English and Dutch, the summary's numbers
against the model's, the comparison table against ``kpi_table``, every assumption in
the appendix, text as text and charts as 1920×1080 pictures.
"""

from __future__ import annotations

import string
import subprocess
import sys
import time
from datetime import date
from functools import cache
from io import BytesIO
from itertools import groupby
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches, Pt
from strategies import floats

from ccx_charts.catalogue import comparison_charts, scenario_charts
from ccx_export import deck_layout
from ccx_export.deck import build_deck, summary_figures
from ccx_export.deck_layout import TableLayout, text_lines, text_width_em
from ccx_export.deck_tables import range_rows
from ccx_export.files import DECK_FILE, WORKBOOK_FILE, export_scenario_files, write_atomic
from ccx_model import i18n
from ccx_model.assumption_words import assumptions, show_value, shown_in_appendix
from ccx_model.compare import CompareError, compared_with_baseline
from ccx_model.compare_table import kpi_table
from ccx_model.fields import BY_PATH, GROUPS, PROFIT_GROUPS
from ccx_model.i18n import t
from ccx_model.kpis import format_kpi
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
WHEN = date(2025, 3, 14)
# The brief: the full profit-centre deck in 5 s; generous here, for a busy CI machine.
MAX_DECK_SECONDS = 30.0


@cache
def scenario(name: str) -> Scenario:
    return load_scenario(SCENARIOS / f"{name}.yaml")


@cache
def built(lang: str, compared: tuple[str, ...] = ()) -> tuple[Any, float]:
    """The profit-centre deck (opened again) and the seconds it took to build."""
    started = time.perf_counter()
    data = build_deck(
        scenario("profit_centre"), lang, compare=[scenario(n) for n in compared] or None, when=WHEN
    )
    seconds = time.perf_counter() - started
    return Presentation(BytesIO(data)), seconds


def deck_en() -> Any:
    return built("en", ("baseline", "outsourced"))[0]


def deck_nl() -> Any:
    return built("nl")[0]


def titles(deck: Any) -> list[str]:
    return [slide.shapes.title.text for slide in deck.slides]


def texts(slide: Any) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def tables(slide: Any) -> list[Any]:
    return [shape.table for shape in slide.shapes if shape.has_table]


def table_rows(
    deck: Any, title_prefix: str, continued: str | None = None
) -> tuple[list[str], list[list[str]]]:
    """The header and every body row of the tables on slides whose title starts so.

    ``continued`` (e.g. "{heading} (continued)"): a page that starts with the last
    heading repeated so is checked to do so, and the repeat left out.
    """
    header: list[str] = []
    rows: list[list[str]] = []
    for slide in deck.slides:
        if not slide.shapes.title.text.startswith(title_prefix):
            continue
        (table,) = tables(slide)
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        assert not header or cells[0] == header, "every page repeats the header"
        header, body = cells[0], cells[1:]
        headings = [row[0] for row in rows if not any(row[1:])]
        if continued and headings and body[0][0] == continued.format(heading=headings[-1]):
            body = body[1:]
        rows.extend(body)
    return header, rows


def numbered(title: str, count: int) -> list[str]:
    return [title] if count == 1 else [f"{title} ({i}/{count})" for i in range(1, count + 1)]


def pages(deck: Any, title: str) -> int:
    return sum(1 for text in titles(deck) if text == title or text.startswith(title + " ("))


class TestSlideOrder:
    def test_english_deck_runs_title_summary_charts_comparison_appendix(self) -> None:
        deck = deck_en()
        s = scenario("profit_centre")
        comparison = compared_with_baseline(s, [scenario("baseline"), scenario("outsourced")])
        expected = [
            s.name,
            "Executive summary",
            "The cash flow year by year (60 months)",
            *[chart.title for chart in scenario_charts(Report(s), "en")],
            "What the board has to believe",  # the profit centre carries ranges
            *numbered("Scenarios compared", pages(deck, "Scenarios compared")),
            *[chart.title for chart in comparison_charts(comparison, "en")],
            *numbered("Appendix: assumptions", pages(deck, "Appendix: assumptions")),
            "Appendix: investments",
        ]
        assert titles(deck) == expected

    def test_dutch_deck_has_dutch_titles_and_no_comparison_without_others(self) -> None:
        deck = deck_nl()
        s = scenario("profit_centre")
        expected = [
            "Volledig profitcenter",  # the bundled scenario's name in Dutch
            "Managementsamenvatting",
            t("deck.cash_flow", "nl", months=60),
            *[chart.title for chart in scenario_charts(Report(s), "nl")],
            "Wat de directie moet geloven",
            *numbered("Bijlage: aannames", pages(deck, "Bijlage: aannames")),
            "Bijlage: investeringen",
        ]
        assert titles(deck) == expected
        assert not any(title.startswith("Scenario's vergeleken") for title in titles(deck))

    def test_title_slide_names_the_scenario_the_business_case_and_the_date(self) -> None:
        english, dutch = deck_en().slides[0], deck_nl().slides[0]
        assert "Business case" in texts(english)
        assert "14 March 2025" in "\n".join(texts(english))
        assert "Businesscase" in texts(dutch)
        assert "14 maart 2025" in "\n".join(texts(dutch))

    def test_slides_are_16_by_9(self) -> None:
        deck = deck_en()
        assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))

    def test_no_scenario_without_investments_gets_an_investments_slide(self) -> None:
        s = scenario("profit_centre")
        bare = s.model_copy(
            update={"business_case": s.business_case.model_copy(update={"investments": ()})}
        )
        deck = Presentation(BytesIO(build_deck(bare, "en", when=WHEN)))
        assert titles(deck)[-1].startswith("Appendix: assumptions")

    def test_too_many_scenarios_to_compare_fail_before_any_chart_is_drawn(self) -> None:
        others = [scenario(n) for n in ("baseline", "pilot", "outsourced", "failure_demand_halved")]
        started = time.perf_counter()
        with pytest.raises(CompareError):
            build_deck(scenario("profit_centre"), "en", compare=others)
        assert time.perf_counter() - started < 10


class TestSummary:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_summary_shows_the_reports_figures_as_text(self, lang: str) -> None:
        report = Report(scenario("profit_centre"))
        slide = (deck_en() if lang == "en" else deck_nl()).slides[1]
        shown = texts(slide)
        for key in (
            "annual_cost",
            "cost_per_contact",
            "fte",
            "gross_margin",
            "net_result",
            "npv",
            "payback",
            "roi",
            "irr",
            "net_per_year",
        ):
            assert t(f"kpi.{key}", lang) in shown, key
            assert format_kpi(report.kpi(key), lang) in shown, key
        # The figures are the model's: NPV and payback of the ledger's case.
        assert report.kpi("npv").value == report.case.npv_eur
        assert report.kpi("payback").value == report.case.payback_month

    def test_an_irr_above_100_percent_is_not_shown_as_a_figure(self) -> None:
        shown = "\n".join(texts(deck_en().slides[1]))
        assert "over 100%" in shown
        assert "IRR above 100% a year: look at NPV and payback." in shown

    def test_a_case_without_irr_or_payback_says_so_with_the_reason(self) -> None:
        report = Report(scenario("baseline"))  # against itself: no cash flows at all
        assert report.case.irr.annual_rate is None and report.case.payback_month is None
        for lang, never in [("en", "not within 60 months"), ("nl", "niet binnen 60 maanden")]:
            _, business = summary_figures(report, lang)
            values = {figure.label: figure.value for figure in business}
            assert values[t("kpi.irr", lang)] == format_kpi(report.kpi("irr"), lang)
            assert values[t("kpi.roi", lang)] == format_kpi(report.kpi("roi"), lang)
            assert values[t("kpi.payback", lang)].lower() == never
            assert values[t("kpi.npv", lang)] in ("€0", "€ 0")

    def test_the_irr_reason_is_written_on_the_summary_slide(self) -> None:
        deck = Presentation(BytesIO(build_deck(scenario("baseline"), "nl", when=WHEN)))
        shown = "\n".join(texts(deck.slides[1]))
        assert "Geen IRR" in shown


class TestComparisonTable:
    def test_table_has_a_row_per_kpi_and_a_column_per_scenario(self) -> None:
        s = scenario("profit_centre")
        comparison = compared_with_baseline(s, [scenario("baseline"), scenario("outsourced")])
        expected_header, *expected_rows = kpi_table(comparison, "en")
        header, rows = table_rows(deck_en(), "Scenarios compared")
        assert header == expected_header
        # The KPI label, the profit centre's starting centre (the baseline), three scenarios.
        assert len(header) == 5
        assert header[1].startswith("Full profit centre (starting centre)")
        # The change sits on a line of its own under the value.
        assert [[cell.replace("\nΔ ", "  Δ ") for cell in row] for row in rows] == expected_rows

    def test_table_is_a_real_table_not_a_picture(self) -> None:
        for slide in deck_en().slides:
            if slide.shapes.title.text.startswith("Scenarios compared"):
                assert tables(slide)
                assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


class TestAppendix:
    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_appendix_lists_every_assumption_that_matters_under_its_group(self, lang: str) -> None:
        # What differs from ccx's documented defaults, the settings of every lever that
        # is on, and the business case's own settings — with value and source.
        s = scenario("profit_centre")
        deck = deck_en() if lang == "en" else deck_nl()
        header, rows = table_rows(deck, t("deck.appendix", lang), t("deck.continued", lang))
        assert header == [t(f"xlsx.col.{k}", lang) for k in ("assumption", "value", "source")]
        expected = []
        for group, items in groupby(
            (row for row in assumptions(s, lang) if shown_in_appendix(s, row)),
            key=lambda row: row.group,
        ):
            expected.append([group, "", ""])  # a heading across the table
            expected += [[row.label, row.shown, row.source] for row in items]
        # Then the ranges the Risk slides draw, under a heading of their own.
        expected += [[*row, "", ""][:3] for row in range_rows(s, lang)]
        assert rows == expected
        shown = {row.path for row in assumptions(s, lang) if shown_in_appendix(s, row)}
        assert {"cross_sell.conversion_rate", "retention.save_rate"} <= shown
        assert "business_case.discount_rate_per_year" in shown

    def test_percentages_are_shown_as_percent_and_sources_in_dutch(self) -> None:
        _, rows = table_rows(deck_nl(), "Bijlage: aannames", t("deck.continued", "nl"))
        by_label = {row[0]: row for row in rows if any(row[1:])}
        conversion = by_label[t("field.cross_sell.conversion_rate", "nl")]
        assert conversion[1].endswith("%")
        rows_nl = {row.path: row for row in assumptions(scenario("profit_centre"), "nl")}
        assert conversion[2] == rows_nl["cross_sell.conversion_rate"].source != ""
        assert by_label[t("field.retention.enabled", "nl")][1] == "aan"

    def test_a_heading_never_ends_a_page(self) -> None:
        for slide in deck_en().slides:
            for table in tables(slide):
                last = [cell.text for cell in table.rows[len(table.rows) - 1].cells]
                assert any(last[1:]), last

    def test_every_table_ends_above_the_footer_by_the_estimate_that_pages_it(self) -> None:
        for deck in (deck_en(), deck_nl()):
            for slide in deck.slides:
                for shape in slide.shapes:
                    if not shape.has_table:
                        continue
                    layout = TableLayout(tuple(c.width / Inches(1) for c in shape.table.columns))
                    rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
                    # A heading spans the table: one cell of text.
                    rows = [row if any(row[1:]) or not row[0] else row[:1] for row in rows]
                    height = sum(layout.row_height(row) for row in rows)
                    assert shape.top / Inches(1) + height <= deck_layout.CONTENT_BOTTOM_IN

    def test_a_page_that_starts_inside_a_group_repeats_its_heading(self) -> None:
        for lang, deck in (("en", deck_en()), ("nl", deck_nl())):
            headings = [t(f"group.{g}", lang) for g in (*GROUPS, *PROFIT_GROUPS)]
            for slide in deck.slides:
                if not slide.shapes.title.text.startswith(t("deck.appendix", lang)):
                    continue
                (table,) = tables(slide)
                first = [cell.text for cell in table.rows[1].cells]
                assert not any(first[1:]), "every page starts with a heading"
                assert first[0] in headings or first[0] in [
                    t("deck.continued", lang, heading=h) for h in headings
                ]

    def test_a_field_value_without_an_entry_still_reads(self) -> None:
        spec = BY_PATH["service.max_occupancy"]
        assert show_value(spec, None, "nl") == "geen"
        assert show_value(BY_PATH["retention.enabled"], True, "nl") == "aan"
        assert show_value(BY_PATH["outsourcing.pricing"], "per_contact", "en") == "contact"


class TestTextAndPictures:
    def test_every_slide_has_an_editable_title_in_its_title_placeholder(self) -> None:
        for deck in (deck_en(), deck_nl()):
            for slide in deck.slides:
                title = slide.shapes.title
                assert title is not None and title.has_text_frame and title.text

    def test_chart_slides_hold_one_1920_by_1080_png_and_nothing_else_is_a_picture(self) -> None:
        deck = deck_en()
        s = scenario("profit_centre")
        comparison = compared_with_baseline(s, [scenario("baseline"), scenario("outsourced")])
        chart_titles = {c.title for c in scenario_charts(Report(s), "en")} | {
            c.title for c in comparison_charts(comparison, "en")
        }
        for slide in deck.slides:
            pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
            if slide.shapes.title.text not in chart_titles:
                assert not pictures
                continue
            (picture,) = pictures
            assert picture.image.content_type == "image/png"
            assert picture.image.size == (1920, 1080)
            # Below the title, inside the slide, 16:9 kept.
            assert picture.top > slide.shapes.title.top + slide.shapes.title.height
            assert picture.top + picture.height <= deck.slide_height
            assert abs(picture.width / picture.height - 16 / 9) < 0.01

    def test_titles_are_28_pt_and_body_text_at_least_14_pt(self) -> None:
        footer_top = Inches(deck_layout.FOOTER_TOP_IN)
        for deck in (deck_en(), deck_nl()):
            for slide in deck.slides:
                title_runs = [
                    run for p in slide.shapes.title.text_frame.paragraphs for run in p.runs
                ]
                assert all(run.font.size >= Pt(28) for run in title_runs)
                for shape in slide.shapes:
                    if shape.top >= footer_top:  # page number and scenario name
                        continue
                    frames = [shape.text_frame] if shape.has_text_frame else []
                    if shape.has_table:
                        frames = [cell.text_frame for row in shape.table.rows for cell in row.cells]
                    for frame in frames:
                        for paragraph in frame.paragraphs:
                            for run in paragraph.runs:
                                assert run.font.size >= Pt(14), run.text

    def test_the_deck_is_built_within_the_time_bound(self) -> None:
        _, seconds = built("en", ("baseline", "outsourced"))
        assert seconds < MAX_DECK_SECONDS

    def test_the_export_package_does_not_import_streamlit(self) -> None:
        code = (
            "import sys, ccx_export.deck, ccx_export.workbook, ccx_export.files; "
            "sys.exit('streamlit' in sys.modules)"
        )
        assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


class TestTextLines:
    def test_short_text_takes_one_line(self) -> None:
        assert text_lines("Calls per month", 3.0, 14) == 1

    @given(
        st.lists(st.text(string.ascii_letters, min_size=1, max_size=30), min_size=1, max_size=40),
        floats(0.5, 8.0),
    )
    def test_more_words_never_take_fewer_lines(self, words: list[str], width_in: float) -> None:
        counts = [text_lines(" ".join(words[:n]), width_in, 14) for n in range(1, len(words) + 1)]
        assert counts == sorted(counts)

    def test_a_newline_starts_a_line(self) -> None:
        assert text_lines("EUR 1\nΔ +EUR 2", 3.0, 14) == 2

    def test_a_word_longer_than_the_line_breaks_over_several(self) -> None:
        assert text_lines("x" * 100, 1.0, 14) > text_lines("x" * 50, 1.0, 14) > 1

    def test_estimated_widths_are_calibris_within_a_few_percent(self) -> None:
        # Calibri's advance widths (units per em 2048) of a few glyphs.
        assert text_width_em("m") == pytest.approx(1636 / 2048, rel=0.01)
        assert text_width_em("n") == pytest.approx(1076 / 2048, rel=0.01)
        assert text_width_em("0") == pytest.approx(1038 / 2048, rel=0.01)

    def test_bold_text_wraps_sooner(self) -> None:
        text = "Cross- and upsell on service calls " * 4
        assert text_lines(text, 4.0, 14, bold=True) >= text_lines(text, 4.0, 14)


class TestExportFiles:
    def test_every_format_writes_its_files(self, tmp_path: Path) -> None:
        s = scenario("profit_centre")
        written = export_scenario_files(s, {"png", "svg", "pptx", "xlsx"}, "en", tmp_path / "out")
        keys = [chart.key for chart in scenario_charts(Report(s), "en")]
        expected = [tmp_path / "out" / f"ccx-{key}.{fmt}" for key in keys for fmt in ("png", "svg")]
        assert written == [
            *expected,
            tmp_path / "out" / DECK_FILE,
            tmp_path / "out" / WORKBOOK_FILE,
        ]
        assert all(path.stat().st_size > 0 for path in written)
        png = (tmp_path / "out" / f"ccx-{keys[0]}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (
            1920,
            1080,
        )
        assert b"<svg" in (tmp_path / "out" / f"ccx-{keys[0]}.svg").read_bytes()[:500]
        assert len(Presentation(str(tmp_path / "out" / DECK_FILE)).slides) > 2
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
            p.name for p in written
        ), "no temporary files left behind"

    def test_comparison_charts_are_written_too(self, tmp_path: Path) -> None:
        s = scenario("profit_centre")
        written = export_scenario_files(s, {"png"}, "nl", tmp_path, compare=[scenario("baseline")])
        comparison = compared_with_baseline(s, [scenario("baseline")], lang="nl")
        names = {path.name for path in written}
        assert {f"ccx-{c.key}.png" for c in comparison_charts(comparison, "nl")} <= names

    def test_an_unknown_format_writes_nothing(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match="pdf"):
            export_scenario_files(scenario("baseline"), {"xlsx", "pdf"}, "en", tmp_path / "out")
        assert not (tmp_path / "out").exists()

    def test_a_failed_write_keeps_the_previous_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        target = tmp_path / WORKBOOK_FILE
        write_atomic(target, b"previous")

        class DiskFullError(Exception):
            pass

        def failing_fsync(fd: int) -> None:
            raise DiskFullError

        monkeypatch.setattr("ccx_model.atomic.os.fsync", failing_fsync)
        with pytest.raises(DiskFullError):
            write_atomic(target, b"half a workbook")
        assert target.read_bytes() == b"previous"
        assert [p.name for p in tmp_path.iterdir()] == [WORKBOOK_FILE]

    def test_a_written_file_replaces_the_previous_one(self, tmp_path: Path) -> None:
        target = tmp_path / "ccx-workbook.xlsx"
        write_atomic(target, b"old")
        write_atomic(target, b"new")
        assert target.read_bytes() == b"new"
        assert oct(target.stat().st_mode & 0o777) == oct(0o644)


def test_every_new_text_of_the_deck_is_in_english_and_dutch() -> None:
    keys = [key for key in i18n.texts("en") if key.startswith("deck.")]
    assert len(keys) >= 30
    assert all(i18n.texts("nl").get(key) for key in keys)
