"""Users never see the word "seed": sources are cited by publisher and title.

Every text a user can meet is searched: both catalogues, the bundled scenarios, the
command line's help and output, and every slide and cell of the board pack and the
workbook in both languages."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ccx_model import i18n

ROOT = Path(__file__).resolve().parent.parent
JARGON = re.compile(r"\bseeds?\b", re.IGNORECASE)


def _hits(text: str) -> list[str]:
    return [text[max(0, m.start() - 40) : m.end() + 40] for m in JARGON.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_catalogue_text_says_seed(lang: str) -> None:
    assert {k: v for k, v in i18n.texts(lang).items() if JARGON.search(v)} == {}


def test_no_bundled_scenario_or_field_description_says_seed() -> None:
    for path in sorted((ROOT / "scenarios").glob("*.y*ml")):
        assert _hits(path.read_text(encoding="utf-8")) == [], path.name
    assert _hits((ROOT / "schema" / "scenario.schema.json").read_text(encoding="utf-8")) == []


def test_the_command_line_never_says_seed() -> None:
    runs = [
        ["--help"],
        ["evaluate", "scenarios/profit_centre.yaml", "--json"],
        ["evaluate", "scenarios/outsourced.yaml", "--lang", "nl"],
        ["compare", "scenarios/baseline.yaml", "scenarios/pilot.yaml", "--lang", "nl"],
    ]
    for args in runs:
        done = subprocess.run(
            [sys.executable, "-m", "ccx_cli", *args], cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert _hits(done.stdout + done.stderr) == [], args


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_slide_or_cell_says_seed(lang: str) -> None:
    from openpyxl import load_workbook
    from pptx import Presentation

    from ccx_export.deck import build_deck
    from ccx_export.workbook import build_workbook
    from ccx_model.scenario_io import load_scenario

    scenario = load_scenario(ROOT / "scenarios" / "profit_centre.yaml")
    others = [load_scenario(ROOT / "scenarios" / "pilot.yaml")]
    deck = Presentation(io.BytesIO(build_deck(scenario, lang, compare=others)))
    texts = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    texts += [
        cell.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    ]
    assert _hits("\n".join(texts)) == []
    book = load_workbook(io.BytesIO(build_workbook(scenario, lang)))
    cells = [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert _hits("\n".join(cells)) == []
