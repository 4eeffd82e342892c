"""The board pack as LibreOffice draws it: no text runs out of its box, on any slide,
in English or Dutch (Carlito stands in for Calibri with the same metrics).

Each slide's text shapes are compared with the words LibreOffice placed on the PDF
page: every word of a shape must be drawn inside the shape's width, with the middle of
its line inside the shape's height (a glyph's box is taller than the line it sits on).
Text that overflows is drawn below or beside its box, so its last words fail."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EMU_PER_POINT = 12_700
SLACK = 1.5  # points

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler render the deck (installed by .ci/run)",
)


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float


def _pdf_words(pdf: Path) -> list[list[Word]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages: list[list[Word]] = []
    for page in re.findall(r"<page.*?</page>", html, flags=re.S):
        words = []
        for node in ET.fromstring(re.sub(r"&(?!amp;|lt;|gt;|quot;|apos;)", "&amp;", page)):
            a = node.attrib
            words.append(
                Word(
                    node.text or "",
                    float(a["xMin"]),
                    float(a["yMin"]),
                    float(a["xMax"]),
                    float(a["yMax"]),
                )
            )
        pages.append(words)
    return pages


def _render(pptx: bytes, folder: Path, name: str) -> Path:
    source = folder / f"{name}.pptx"
    source.write_bytes(pptx)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        capture_output=True,
        check=True,
        timeout=240,
    )
    return folder / f"{name}.pdf"


def _overflows(pptx: bytes, pdf: Path) -> list[str]:
    import io

    from pptx import Presentation

    deck = Presentation(io.BytesIO(pptx))
    pages = _pdf_words(pdf)
    assert len(pages) == len(deck.slides)
    problems = []
    for number, (slide, words) in enumerate(zip(deck.slides, pages, strict=True), start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            left, top = shape.left / EMU_PER_POINT, shape.top / EMU_PER_POINT
            right = left + shape.width / EMU_PER_POINT
            bottom = top + shape.height / EMU_PER_POINT
            for token in shape.text_frame.text.split():
                drawn = [w for w in words if w.text == token]
                inside = [
                    w
                    for w in drawn
                    if w.left >= left - SLACK
                    and w.right <= right + SLACK
                    and top - SLACK <= (w.top + w.bottom) / 2 <= bottom + SLACK
                ]
                if drawn and not inside:
                    problems.append(
                        f"slide {number}: “{token}” outside “{shape.text_frame.text[:40]}…”"
                    )
                    break
    return problems


def _pilot_with_results():  # type: ignore[no-untyped-def]
    """The bundled pilot with twelve weeks of results, aimed at two RFM segments."""
    from test_pilot_section import TARGETING, UNDECIDED, bundled, with_actuals

    return with_actuals(bundled("pilot"), UNDECIDED).model_copy(update={"targeting": TARGETING})


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("decks")


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("name", "others"),
    [
        ("profit_centre", ["pilot", "outsourced"]),
        ("pilot", []),
        ("outsourced", []),
        ("pilot_with_results", []),  # its criteria table, the decision and the targeting slide
    ],
)
def test_every_text_fits_its_box(folder: Path, lang: str, name: str, others: list[str]) -> None:
    from ccx_export.deck import build_deck
    from ccx_model.scenario_io import load_scenario

    def scenario(stem: str):  # type: ignore[no-untyped-def]
        if stem == "pilot_with_results":
            return _pilot_with_results()
        return load_scenario(ROOT / "scenarios" / f"{stem}.yaml")

    pptx = build_deck(scenario(name), lang, compare=[scenario(o) for o in others] or None)
    pdf = _render(pptx, folder, f"{name}-{lang}")
    assert _overflows(pptx, pdf) == []


def test_the_check_sees_text_that_overflows(folder: Path) -> None:
    import io

    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(0.5))
    box.text_frame.word_wrap = True
    box.text_frame.text = "a long sentence that cannot fit in one narrow line " * 3
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(18)
    out = io.BytesIO()
    deck.save(out)
    pptx = out.getvalue()
    assert _overflows(pptx, _render(pptx, folder, "overflowing")) != []
