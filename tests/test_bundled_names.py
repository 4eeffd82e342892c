"""The texts ccx bundles (contact reasons, departments; the scenarios' names,
descriptions and investments), shown in the reader's language.

The bundled scenarios hold them in English, as data; the Dutch app, deck, workbook
and chart files show them in Dutch (``ccx_model.bundled_names``), and a name a user
typed exactly as typed. Two of them read the same in Dutch ("IT", "Marketing").
"""

from __future__ import annotations

import json
import re
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook
from pptx import Presentation
from streamlit.testing.v1 import AppTest
from test_app_failure_demand import assert_no_exception, start

from ccx_app import state
from ccx_app.reasons_editor import cuts_frame, reasons_frame, stored_names
from ccx_charts.catalogue import BRIDGE, DEPARTMENT_COST, scenario_charts
from ccx_export.deck import build_deck
from ccx_export.workbook import build_workbook
from ccx_model.assumption_words import changes_in_words
from ccx_model.bundled_names import display_name, is_bundled, stored_name
from ccx_model.failure_demand import FailureDemand
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))
SAME_IN_DUTCH = {"IT", "Marketing"}


@cache
def scenario(name: str) -> Scenario:
    return load_scenario(ROOT / "scenarios" / f"{name}.yaml")


def names_of(demand: FailureDemand) -> set[str]:
    return (
        {r.reason for r in demand.reasons}
        | {r.department for r in demand.reasons if r.department}
        | {c.department for c in demand.cuts}
    )


def bundled_names() -> set[str]:
    return set().union(*(names_of(load_scenario(path).failure_demand) for path in SCENARIOS))


def departments(s: Scenario) -> set[str]:
    return {r.department for r in s.failure_demand.reasons if r.avoidable}


def english_in(text: str) -> list[str]:
    """The bundled English names (those that read otherwise in Dutch) found in ``text``."""
    return sorted(
        name
        for name in bundled_names() - SAME_IN_DUTCH
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


def halved() -> Scenario:
    # The description is the scenario's own free text (it names departments in
    # English, as a user's own words would): not a name ccx shows for the reader.
    return scenario("failure_demand_halved").model_copy(update={"description": ""})


def deck_text(data: bytes) -> str:
    lines = []
    for slide in Presentation(BytesIO(data)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines.append(shape.text_frame.text)
            if shape.has_table:
                lines += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(lines)


def workbook_text(data: bytes) -> str:
    book = load_workbook(BytesIO(data))
    return "\n".join(
        cell.value
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    )


def chart_specs(s: Scenario, lang: str) -> dict[str, str]:
    return {
        entry.key: entry.title + "\n" + json.dumps(entry.chart.to_dict(), ensure_ascii=False)
        for entry in scenario_charts(Report(s), lang, risk=False)
    }


def renamed(s: Scenario, department: str, new: str, reason_new: str) -> Scenario:
    """``s`` with a department and the first reason named by a user."""
    reasons = [
        r.model_copy(update={"department": new}) if r.department == department else r
        for r in s.failure_demand.reasons
    ]
    reasons[0] = reasons[0].model_copy(update={"reason": reason_new})
    cuts = tuple(
        c.model_copy(update={"department": new}) if c.department == department else c
        for c in s.failure_demand.cuts
    )
    demand = s.failure_demand.model_copy(update={"reasons": tuple(reasons), "cuts": cuts})
    return s.model_copy(update={"failure_demand": demand})


# ---------------------------------------------------------------- the model


def test_every_name_the_bundled_scenarios_hold_has_its_dutch() -> None:
    names = bundled_names()
    assert len(names) == 14
    assert all(is_bundled(name) for name in names)
    assert {name for name in names if display_name(name, "nl") == name} == SAME_IN_DUTCH
    assert all(display_name(name, "en") == name for name in names)
    # Two bundled names never read the same in Dutch.
    assert len({display_name(name, "nl") for name in names}) == len(names)


@pytest.mark.parametrize("typed", ["Sales", "billing", "Billing ", "Waar is mijn pakket?", ""])
def test_a_name_a_user_typed_is_shown_as_typed(typed: str) -> None:
    assert not is_bundled(typed)
    assert display_name(typed, "nl") == typed
    assert display_name(typed, "en") == typed


def test_a_shown_name_goes_back_to_the_name_the_table_holds() -> None:
    assert stored_name("Facturatie", "nl", {"Billing", "IT"}) == "Billing"
    assert stored_name("Facturatie", "nl", {"IT"}) == "Facturatie"  # typed anew
    assert stored_name("Sales", "nl", {"Billing"}) == "Sales"
    # A user's own "Facturatie" beside the bundled "Billing" stays the user's.
    assert stored_name("Facturatie", "nl", {"Billing", "Facturatie"}) == "Facturatie"


# ---------------------------------------------------------------- the exports


def test_the_dutch_deck_shows_the_dutch_names() -> None:
    s = halved()
    text = deck_text(build_deck(s, "nl"))
    # The department-cost chart's title names the costliest department.
    assert "Facturatie veroorzaakt" in text
    assert english_in(text) == []
    # The English deck keeps the English.
    assert "Billing" in deck_text(build_deck(s, "en"))


def test_the_dutch_workbook_shows_the_dutch_names() -> None:
    s = halved()
    text = workbook_text(build_workbook(s, "nl"))
    for department in departments(s):
        assert f"Oplossen vermijdbare contacten: {display_name(department, 'nl')}" in text
    assert english_in(text) == []
    english = workbook_text(build_workbook(s, "en"))
    assert {d for d in departments(s) if d not in english} == set()


def test_the_dutch_charts_show_the_dutch_names() -> None:
    s = halved()
    specs = chart_specs(s, "nl")
    for key in (DEPARTMENT_COST, BRIDGE):
        for department in departments(s):
            assert display_name(department, "nl") in specs[key], (key, department)
    assert {key: english_in(spec) for key, spec in specs.items() if english_in(spec)} == {}
    english = chart_specs(s, "en")
    assert all(d in english[DEPARTMENT_COST] for d in departments(s))


def test_names_a_user_typed_are_shown_as_typed_in_dutch() -> None:
    s = renamed(halved(), "Billing", "Debiteurenbeheer & Co", "Our invoice is unclear")
    specs = chart_specs(s, "nl")
    assert "Debiteurenbeheer & Co" in specs[DEPARTMENT_COST]
    assert "Facturatie" not in specs[DEPARTMENT_COST]
    assert "Logistiek" in specs[DEPARTMENT_COST]  # the bundled ones still in Dutch
    text = workbook_text(build_workbook(s, "nl"))
    assert "Oplossen vermijdbare contacten: Debiteurenbeheer & Co" in text
    assert "Oplossen vermijdbare contacten: Logistiek" in text


def test_what_differs_names_reasons_and_cuts_in_dutch() -> None:
    before = scenario("baseline")
    after = scenario("failure_demand_halved")
    first = after.failure_demand.reasons[0]
    reasons = (first.model_copy(update={"aht_seconds": 200}), *after.failure_demand.reasons[1:])
    after = after.model_copy(
        update={"failure_demand": after.failure_demand.model_copy(update={"reasons": reasons})}
    )
    rows = changes_in_words(before, after, "nl")
    labels = [label for label, _, _ in rows]
    assert "Contactreden ‘Waar blijft mijn bestelling?’" in labels  # by its reason
    for department in departments(after):
        assert f"Reductie door ‘{display_name(department, 'nl')}’" in labels
    assert english_in("\n".join(" ".join(row) for row in rows if "Omschrijving" not in row)) == []


# ---------------------------------------------------------------- the editing tables


def test_the_tables_show_display_names_and_an_edit_keeps_the_stored_ones() -> None:
    reasons = scenario("failure_demand_halved").failure_demand.reasons
    frame = reasons_frame(reasons, "nl")
    assert frame["reason"][0] == "Waar blijft mijn bestelling?"
    assert frame["department"][0] == "Logistiek"
    known = {r.reason for r in reasons} | {r.department for r in reasons}
    # Untouched: every name as stored, letter for letter.
    untouched = stored_names(frame, "nl", known)
    columns = ["reason", "share", "avoidable", "department", "channel", "aht_seconds"]
    assert list(untouched.columns) == columns  # the hidden ones dropped
    assert untouched["reason"].tolist() == [r.reason for r in reasons]
    assert untouched["department"].tolist() == [r.department for r in reasons]
    # A typed name is kept as typed; a new row naming a shown department is that department.
    edited = frame.copy()
    edited.loc[1, "reason"] = "Factuur klopt niet"
    added = pd.DataFrame(
        [{"reason": "Retour", "share": 1.0, "department": "Facturatie"}], columns=frame.columns
    )
    result = stored_names(pd.concat([edited, added], ignore_index=True), "nl", known)
    assert result["reason"][1] == "Factuur klopt niet"
    assert result["department"][1] == "Billing"
    assert result["reason"].iloc[-1] == "Retour"
    assert result["department"].iloc[-1] == "Billing"


def test_the_cut_table_round_trips_its_departments() -> None:
    s = scenario("failure_demand_halved")
    frame = cuts_frame(s.failure_demand.cuts, "nl")
    assert set(frame["department"]) == {display_name(d, "nl") for d in departments(s)}
    back = stored_names(frame, "nl", departments(s))
    assert back["department"].tolist() == [c.department for c in s.failure_demand.cuts]


# ---------------------------------------------------------------- the page, in Dutch


def page_names(at: AppTest) -> tuple[list[str], list[str], str]:
    """The reason table's reasons and departments, and the chart's data, as drawn."""
    table: Any = at.dataframe[0].value
    chart = at.get("vega_lite_chart")[0].proto
    data = b"".join(d.data.data for d in chart.datasets).decode("utf-8", "replace")
    return table["reason"].tolist(), table["department"].tolist(), chart.spec + data


def test_the_dutch_failure_demand_page_shows_the_dutch_names() -> None:
    at = start("failure_demand_halved.yaml", "nl")
    reasons, shown_departments, chart = page_names(at)
    assert reasons[0] == "Waar blijft mijn bestelling?"
    assert "Facturatie" in shown_departments
    assert english_in("\n".join(reasons + shown_departments)) == []
    assert "Facturatie" in chart and "Leverancier (vervoerder)" in chart
    assert english_in(chart) == []
    cut_departments = at.dataframe[1].value["department"].tolist()
    assert english_in("\n".join(cut_departments)) == []
    # The data itself is untouched.
    held = at.session_state[state.REASONS]
    assert held == scenario("failure_demand_halved").failure_demand.reasons


def test_the_dutch_page_shows_a_typed_name_as_typed() -> None:
    at = start("failure_demand_halved.yaml", "nl")
    held = at.session_state[state.REASONS]
    typed = (held[0].model_copy(update={"reason": "Where is my order?!"}), *held[1:])
    at.session_state[state.REASONS] = typed
    at.session_state[state.PATTERN_VERSION] = at.session_state[state.PATTERN_VERSION] + 1
    at.run()
    assert_no_exception(at)
    reasons, _, _ = page_names(at)
    assert reasons[0] == "Where is my order?!"
    assert reasons[1] == "Factuur onduidelijk of onjuist"


# ---------------------------------------------------------------- the scenarios' own texts


def own_texts(s: Scenario) -> list[str]:
    """A bundled scenario's name, description, investment names and a pilot's agreed
    note, as stored."""
    note = [s.pilot.note] if s.pilot is not None and s.pilot.note else []
    return [s.name, s.description, *(item.name for item in s.business_case.investments), *note]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_bundled_scenario_reads_in_dutch(path: Path) -> None:
    s = load_scenario(path)
    for text in own_texts(s):
        # Letter for letter: a scenario file whose text changes loses its Dutch here.
        assert is_bundled(text), text
        assert display_name(text, "en") == text
        assert display_name(text, "nl") != text


def test_the_dutch_deck_reads_the_bundled_scenario_in_dutch() -> None:
    s = scenario("profit_centre")
    text = deck_text(build_deck(s, "nl"))
    assert [english for english in own_texts(s) if english in text] == []
    title = Presentation(BytesIO(build_deck(s, "nl"))).slides[0].shapes.title.text_frame.text
    assert title == "Volledig profitcenter"
    assert display_name(s.description, "nl") in text
    assert "Projectteam (6 maanden)" in text  # the investments slide
    assert "ccx · Volledig profitcenter" in text  # every slide's footer
    english = deck_text(build_deck(s, "en"))
    assert all(text in english for text in own_texts(s))


def test_the_dutch_pilot_deck_and_workbook_hold_none_of_its_english() -> None:
    s = scenario("pilot")
    assert s.pilot is not None and s.pilot.note
    for text in (deck_text(build_deck(s, "nl")), workbook_text(build_workbook(s, "nl"))):
        assert [english for english in own_texts(s) if english in text] == []
        assert display_name(s.pilot.note, "nl") in text


def test_the_dutch_workbook_reads_the_bundled_scenario_in_dutch() -> None:
    s = scenario("profit_centre")
    data = build_workbook(s, "nl")
    text = workbook_text(data)
    names = [item.name for item in s.business_case.investments]
    assert [name for name in [s.name, *names] if name in text] == []
    assert all(display_name(name, "nl") in text for name in names)
    assert load_workbook(BytesIO(data)).properties.title == "Volledig profitcenter — ccx"


def test_a_scenario_renamed_by_its_user_keeps_its_name() -> None:
    s = scenario("profit_centre").model_copy(update={"name": "Full profit centre 2027"})
    title = Presentation(BytesIO(build_deck(s, "nl"))).slides[0].shapes.title.text_frame.text
    assert title == "Full profit centre 2027"


def test_ccx_compare_names_the_columns_in_the_readers_language() -> None:
    from cli_runner import run_ccx

    files = [str(ROOT / "scenarios" / f) for f in ("baseline.yaml", "profit_centre.yaml")]
    code, out, err = run_ccx("compare", *files, "--lang", "nl")
    assert code == 0, err
    assert "Uitgangssituatie (basis)" in out and "Volledig profitcenter" in out
    assert "Full profit centre" not in out
    # The JSON is data: the names as the files hold them.
    code, out, err = run_ccx("compare", *files, "--lang", "nl", "--json")
    assert code == 0, err
    assert "Full profit centre" in out and "Volledig profitcenter" not in out
