"""Exports in Chromium: a chart's PNG download is a 1920x1080 PNG; the board pack downloads."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from pptx import Presentation

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "control_characters.yaml"

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR)."""
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def open_page(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.locator('[data-testid="stMetricValue"]').first).to_be_visible(timeout=60_000)


def test_a_charts_png_download_is_a_1920_by_1080_png(page: Page, tmp_path: Path) -> None:
    open_page(page, "/")
    button = page.get_by_role("button", name="PNG for a slide").first
    expect(button).to_be_visible(timeout=30_000)
    with page.expect_download(timeout=60_000) as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".png")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert png_size(target.read_bytes()) == (1920, 1080)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_the_board_pack_downloads_and_opens(page: Page, tmp_path: Path) -> None:
    open_page(page, "/business-case")
    page.get_by_role("button", name="Prepare the board pack (PowerPoint)").click()
    button = page.get_by_role("button", name="Download the board pack (PowerPoint)")
    expect(button).to_be_visible(timeout=120_000)
    with page.expect_download(timeout=120_000) as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename == "ccx-board-pack.pptx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    deck = Presentation(io.BytesIO(target.read_bytes()))
    titles = [slide.shapes.title.text for slide in deck.slides if slide.shapes.title is not None]
    assert len(deck.slides) >= 5
    assert any("Baseline" in title for title in titles) or any(
        "Baseline" in shape.text_frame.text
        for shape in deck.slides[0].shapes
        if shape.has_text_frame
    )


def test_a_hostile_upload_and_a_board_pack_leave_the_server_up_for_another_session(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    """The file that once stopped the server for everyone: uploaded, refused by field;
    the board pack of the open scenario still made; a second session opens normally."""
    first = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    first.goto(app_url + "/business-case")
    expect(first.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    panel = (
        first.get_by_test_id("stSidebar")
        .get_by_test_id("stExpander")
        .filter(has=first.get_by_text("Scenario file", exact=True))
    )
    panel.get_by_text("Scenario file", exact=True).click()
    panel.locator("input[type=file]").set_input_files(HOSTILE)
    alert = first.get_by_test_id("stSidebar").get_by_test_id("stAlert")
    expect(alert).to_contain_text("control character U+001B at position 7")
    first.get_by_role("button", name="Prepare the board pack (PowerPoint)").click()
    expect(first.get_by_role("button", name="Download the board pack (PowerPoint)")).to_be_visible(
        timeout=120_000
    )

    second = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    second.goto(app_url)
    expect(second.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    expect(second.get_by_test_id("stException")).to_have_count(0)
    # The first session is alive too: a rerun answers.
    first.get_by_role("link", name="Overview").first.click()
    expect(first.get_by_test_id("stMetricValue").first).to_be_visible(timeout=60_000)
    for page in (first, second):
        page.context.close()
