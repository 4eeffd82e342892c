"""The attack corpus: inputs that once stopped the server, ran for minutes, planted a
formula or were read wrongly without a word — and their neighbours.

``tests/fixtures/attack/`` holds one small file per case (scenario files, and CSV
uploads under ``csv/``). Each is either refused with a clear message naming the
field (in English and Dutch), or opens, evaluates within the budget and exports
without a formula that ccx did not write. Nothing here may abort the process: the
board pack of a hostile text is made through the isolated chart renderer, and the
command line's export runs in a process of its own so an abort would show as its
exit code.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from workbook_formulas import foreign_formulas, formulas

from ccx_export.deck import build_deck
from ccx_export.workbook import build_workbook
from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.forecast_csv import read_interval_csv
from ccx_model.problems import InputError
from ccx_model.reasons_csv import reasons_from_csv, reasons_to_csv
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

CORPUS = Path(__file__).resolve().parent / "fixtures" / "attack"
ROOT = CORPUS.parents[2]
BUDGET_SECONDS = 2.0  # to open, evaluate and build the business case of any one file
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Refused:
    """Fragments of the English and the Dutch message (the first names the field)."""

    en: str
    nl: str


@dataclass(frozen=True)
class Opens:
    """Opens; ``check`` looks at what was read (None: nothing beyond opening)."""

    check: Callable[[Scenario], bool] | None = None
    refused_when_evaluated: Refused | None = None  # a file that opens but asks too much work


def _control(field: str, code: str, position: int) -> Refused:
    return Refused(
        f"{field}: contains the control character U+{code} at position {position}",
        f"{field}: bevat het stuurteken U+{code} op positie {position}",
    )


TRAFFIC = Refused(
    "demand.calls_per_month: the busiest interval holds",
    "demand.calls_per_month: het drukste interval bevat",
)

EXPECTED: dict[str, Refused | Opens] = {
    # 1. Control characters: refused by field when read (they once aborted the renderer).
    "text_escape_in_name.yaml": _control("name", "001B", 7),
    "text_ctrl_a_in_name.json": _control("name", "0001", 5),
    "text_nul_escape_in_name.yaml": _control("name", "0000", 4),
    "text_del_in_name.yaml": _control("name", "007F", 4),
    "text_c1_in_name.yaml": _control("name", "0085", 6),
    "text_line_separator_in_name.yaml": _control("name", "2028", 4),
    "text_bell_in_description.yaml": _control("description", "0007", 5),
    "text_ctrl_in_investment.yaml": _control("business_case.investments.0.name", "0002", 4),
    "text_ctrl_in_department.yaml": _control("failure_demand.reasons.0.department", "0004", 2),
    "text_ctrl_in_reason.yaml": _control("failure_demand.reasons.0.reason", "001F", 8),
    # Version-3 criteria become the pilot's note ("Success criteria written before …: ").
    "text_ctrl_in_criterion.yaml": _control("pilot.note", "000B", 62),
    "raw_escape_byte.yaml": Refused(
        "line 1, column 11: the control character U+001B cannot be in a scenario file",
        "regel 1, kolom 11: het stuurteken U+001B",
    ),
    "text_tabs_and_breaks_in_description.yaml": Opens(
        lambda s: s.description == "Line one\nLine two\twith a tab"
    ),
    # 2. Text that a spreadsheet would run: opens, and stays text in every export.
    "formula_hyperlink_name.yaml": Opens(lambda s: s.name.startswith("=HYPERLINK(")),
    "formula_dde_investment.yaml": Opens(
        lambda s: s.business_case.investments[0].name == "=cmd|' /C calc'!A0"
    ),
    "formula_department_and_reason.yaml": Opens(
        lambda s: s.failure_demand.reasons[0].reason == "=1+1"
    ),
    # 3. Work: bounded fields, and a traffic cap named by field.
    "work_interval_aht_huge.yaml": Refused(
        "pattern.interval_aht_seconds.0: 1000000000.0 is not allowed; allowed: at most 7,200",
        "toegestaan: maximaal 7.200",
    ),
    "work_interval_aht_1e5.yaml": Refused(
        "pattern.interval_aht_seconds.0: 100000.0 is not allowed", "maximaal 7.200"
    ),
    "work_all_calls_one_interval.yaml": Opens(refused_when_evaluated=TRAFFIC),
    "work_100m_calls_long_aht.yaml": Opens(refused_when_evaluated=TRAFFIC),
    "work_many_investments.yaml": Refused(
        "business_case.investments: 9000 items; at most 100 are allowed",
        "business_case.investments: 9000 onderdelen; maximaal 100 toegestaan",
    ),
    "work_101_investments.yaml": Refused(
        "business_case.investments: 101 items; at most 100", "101 onderdelen; maximaal 100"
    ),
    # 5. Tiny and huge numbers: refused at the field with its range.
    "tiny_subnormal.yaml": Refused(
        "channels.chat.contacts_per_month: 2.225073858507e-311 is too close to 0 to compute "
        "with; write 0, or a number of at least 1e-09 (allowed: 0 to 100,000,000)",
        "ligt te dicht bij 0 om mee te rekenen",
    ),
    "tiny_1e-300.yaml": Refused(
        "channels.chat.contacts_per_month: 1e-300 is too close to 0", "(toegestaan: 0 tot en met"
    ),
    "overflow_1e400.yaml": Refused(
        "demand.calls_per_month: '1e400' is not allowed; allowed: 1 to 100,000,000",
        "toegestaan: 1 tot en met 100.000.000",
    ),
    "overflow_weights.yaml": Refused(
        "pattern.hourly_weights.0: 1e+300 is not allowed; allowed: at most 1,000,000",
        "pattern.hourly_weights.0: 1e+300 is niet toegestaan",
    ),
    # 6. Numbers read as written (YAML 1.2), or refused saying what to write.
    "number_leading_zero.yaml": Opens(
        lambda s: [i.month for i in s.business_case.investments] == [10, 24]
    ),
    "number_base_60.yaml": Refused(
        "demand.aht_seconds: '3:25' is not a number in a scenario file; write it as a plain "
        "decimal number: 205",
        "schrijf het als gewoon decimaal getal: 205",
    ),
    "number_hexadecimal.yaml": Refused(
        "demand.calls_per_month: '0x1F' is not a number", "gewoon decimaal getal: 31"
    ),
    "number_underscores.yaml": Refused(
        "demand.calls_per_month: '330_000' is not a number", "gewoon decimaal getal: 330000"
    ),
    "number_yes_for_number.yaml": Refused(
        "business_case.horizon_months: yes is not a number", "yes is geen getal"
    ),
    "name_no.yaml": Opens(lambda s: s.name == "no"),
    "name_time_like.yaml": Opens(lambda s: s.name == "1:30"),
    "merge_key.yaml": Refused("anchors and aliases", "ankers en aliassen"),
    "merge_key_inline.yaml": Refused(
        "line 1: merge keys (<<) are not allowed", "samenvoegsleutels (<<) zijn niet toegestaan"
    ),
    "schema_version_decimal.yaml": Refused(
        "schema_version: 2.0 is not a whole number; write 2", "2.0 is geen geheel getal; schrijf 2"
    ),
    "json_emoji_surrogates.json": Opens(lambda s: s.name == "Pilot \U0001f600"),
    "json_lone_surrogate.json": Refused("not valid YAML at line 1", "geen geldige YAML op regel 1"),
    # 7. Messages that say what is wrong.
    "irr_only_an_investment.yaml": Opens(
        lambda s: build_case(s).irr.reason == "no return: every cash flow is a cost"
    ),
}

CSV_EXPECTED: dict[str, tuple[str, Refused | Callable[[object], bool]]] = {
    # A Dutch file: 12,5 says the decimal mark is a comma, so 1.234 is 1234 calls.
    "forecast_dutch_thousands.csv": (
        "forecast",
        lambda f: f.calls.tolist() == [1234.0, 12.5],  # type: ignore[attr-defined]
    ),
    "forecast_one_column_decimal_comma.csv": (
        "forecast",
        lambda f: f.calls.tolist() == [12.5, 13.5],  # type: ignore[attr-defined]
    ),
    "forecast_quoted_comma.csv": (
        "forecast",
        Refused(
            "row 2, column calls: '1,234' can be read as 1234 (decimal point) or as 1.234 "
            "(decimal comma)",
            "rij 2, kolom calls: '1,234' kan 1234 (decimale punt) of 1,234 (decimale komma)",
        ),
    ),
    "forecast_ambiguous_point.csv": (
        "forecast",
        Refused(
            "'1.234' can be read as 1.234 (decimal point) or as 1234 (decimal comma)",
            "'1.234' kan 1,234 (decimale punt) of 1234 (decimale komma)",
        ),
    ),
    "forecast_mixed_decimals.csv": (
        "forecast",
        Refused(
            "row 2, column calls: '12,5' uses a decimal comma, but '13.5' (row 3) a decimal point",
            "gebruik in het hele bestand één decimaalteken",
        ),
    ),
    "forecast_huge_aht.csv": (
        "forecast",
        Refused("row 2, column aht_seconds: '1e9' is not allowed", "toegestaan: 1 tot en met"),
    ),
    "reasons_formulas.csv": (
        "reasons",
        lambda r: [x.reason for x in r] == ["=1+1", "@SUM(1)"],  # type: ignore[attr-defined]
    ),
    "reasons_dutch.csv": (
        "reasons",
        lambda r: [(x.share, x.avoidable) for x in r] == [(0.6, True), (0.4, False)],  # type: ignore[attr-defined]
    ),
    "reasons_control_character.csv": (
        "reasons",
        Refused(
            "row 2, column reason: contains the control character U+001B",
            "rij 2, kolom reason: bevat het stuurteken U+001B",
        ),
    ),
}


def _refusal(outcome: object) -> InputError:
    assert isinstance(outcome, InputError), f"expected a refusal, got {outcome!r}"
    return outcome


def _check_messages(error: InputError, expected: Refused) -> None:
    english, dutch = error.messages("en"), error.messages("nl")
    assert any(expected.en in m for m in english), english
    assert any(expected.nl in m for m in dutch), dutch
    assert all("Traceback" not in m and len(m) <= 400 for m in english + dutch)


class TestTheCorpus:
    def test_every_file_has_an_expected_outcome(self) -> None:
        scenario_files = {p.name for p in CORPUS.iterdir() if p.is_file()}
        csv_files = {p.name for p in (CORPUS / "csv").iterdir()}
        assert scenario_files == set(EXPECTED)
        assert csv_files == set(CSV_EXPECTED)

    def test_the_corpus_covers_the_cases_of_the_report(self) -> None:
        assert len(EXPECTED) + len(CSV_EXPECTED) >= 45


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_is_refused_by_field_or_opens_and_evaluates_in_the_budget(name: str) -> None:
    expected = EXPECTED[name]
    start = time.perf_counter()
    try:
        outcome: object = load_scenario(CORPUS / name)
    except InputError as exc:
        outcome = exc
    if isinstance(expected, Refused):
        _check_messages(_refusal(outcome), expected)
        assert time.perf_counter() - start < BUDGET_SECONDS
        return
    assert isinstance(outcome, Scenario), outcome
    if expected.check is not None:
        assert expected.check(outcome)
    try:
        evaluate(outcome)
        build_case(outcome)
    except InputError as exc:
        assert expected.refused_when_evaluated is not None, exc
        _check_messages(exc, expected.refused_when_evaluated)
    else:
        assert expected.refused_when_evaluated is None
    seconds = time.perf_counter() - start
    assert seconds < BUDGET_SECONDS, f"{name}: {seconds:.2f} s"


OPENED = sorted(
    name
    for name, expected in EXPECTED.items()
    if isinstance(expected, Opens) and expected.refused_when_evaluated is None
)


@pytest.mark.parametrize("name", OPENED)
def test_the_workbook_of_each_file_that_opens_holds_only_ccxs_own_formulas(name: str) -> None:
    scenario = load_scenario(CORPUS / name)
    workbook = build_workbook(scenario, "en")
    assert formulas(workbook)  # the live cash flow is there
    assert foreign_formulas(workbook) == []


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", "=1+1", "@SUM(1)"]
)
def test_hostile_names_stay_text_in_the_workbook(text: str) -> None:
    scenario = load_scenario(CORPUS / "formula_department_and_reason.yaml")
    named = scenario.model_copy(update={"name": text})
    book = openpyxl.load_workbook(io.BytesIO(build_workbook(named, "en")))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value == text]
    assert cells, "the name is in the workbook"
    assert all(c.data_type == "s" for c in cells)
    assert foreign_formulas(build_workbook(named, "en")) == []


def test_the_formula_check_catches_an_injected_formula() -> None:
    scenario = load_scenario(CORPUS / "formula_department_and_reason.yaml")
    book = openpyxl.load_workbook(io.BytesIO(build_workbook(scenario, "en")))
    book.worksheets[0]["A1"] = '=HYPERLINK("http://x","click")'
    buffer = io.BytesIO()
    book.save(buffer)
    assert len(foreign_formulas(buffer.getvalue())) == 1


def test_the_board_pack_of_hostile_names_is_made_and_keeps_them_as_text() -> None:
    scenario = load_scenario(CORPUS / "formula_department_and_reason.yaml")
    named = scenario.model_copy(update={"name": '=HYPERLINK("http://x","click")'})
    deck = Presentation(io.BytesIO(build_deck(named, "nl")))
    texts = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    assert any('=HYPERLINK("http://x","click")' in text for text in texts)


def test_the_reason_csv_download_neutralises_formulas_and_reads_back_the_same() -> None:
    scenario = load_scenario(CORPUS / "formula_department_and_reason.yaml")
    text = reasons_to_csv(scenario.failure_demand.reasons)
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.startswith(FORMULA_STARTS), line
    assert reasons_from_csv(text) == scenario.failure_demand.reasons


def test_the_command_line_exports_a_hostile_name_without_aborting(tmp_path: Path) -> None:
    """In a process of its own: an abort (exit 134) would show here, not kill the tests."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ccx_cli",
            "export",
            str(CORPUS / "formula_department_and_reason.yaml"),
            "--format",
            "png,xlsx",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    workbooks = list(tmp_path.glob("*.xlsx"))
    assert workbooks and foreign_formulas(workbooks[0].read_bytes()) == []
    assert list(tmp_path.glob("*.png"))


@pytest.mark.parametrize("name", sorted(CSV_EXPECTED))
def test_each_csv_upload_is_read_as_written_or_refused_by_row_and_column(name: str) -> None:
    kind, expected = CSV_EXPECTED[name]
    parse = read_interval_csv if kind == "forecast" else reasons_from_csv
    text = (CORPUS / "csv" / name).read_text(encoding="utf-8")
    try:
        outcome: object = parse(text)
    except InputError as exc:
        outcome = exc
    if isinstance(expected, Refused):
        _check_messages(_refusal(outcome), expected)
    else:
        assert not isinstance(outcome, InputError), outcome
        assert expected(outcome)
