"""Scenario files and the Compare page, driven headless with ``AppTest``.

Open an uploaded scenario file (and refuse a broken one without losing the open
scenario), save to the library, and compare 2 to 4 scenarios against a baseline.
Every figure is checked against what ``ccx_model`` computes for the same scenario.

Every test runs on a scenario library of its own: a temporary copy of the bundled
``scenarios/`` folder, so nothing is ever saved into the repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from app_tiles import page_tiles
from streamlit.testing.v1 import AppTest

from ccx_app import results, scenario_files, state
from ccx_model.bundled_names import display_name
from ccx_model.compare import compare_scenarios
from ccx_model.compare_table import kpi_table
from ccx_model.fields import set_path
from ccx_model.report import Report
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import MAX_FILE_BYTES, dump_scenario, load_scenario, scenario_from_dict

ROOT = Path(__file__).resolve().parent.parent  # the project: app.py lives here
APP = ROOT / "app.py"
REPO_LIBRARY = ROOT / "scenarios"
COMPARE_PAGE = "ccx_app/pages/compare.py"
# The first run imports the charting stack; later runs take well under a second.
TIMEOUT_S = 30
YAML = "application/x-yaml"
DEFAULT_COMPARED = ["baseline.yaml", "pilot.yaml", "profit_centre.yaml"]

# Broken files: name, bytes, and a piece of the problem the message must name.
BROKEN_FILES = {
    "unknown key": (
        "typo.yaml",
        b"name: Typo\ndemand:\n  calls_per_mnth: 400000\n",
        "demand.calls_per_mnth: unknown field",
    ),
    "bad YAML": ("unclosed.yaml", b"name: Bad\ndemand: [1, 2\n", "not valid YAML at line 3"),
    "future schema_version": (
        "future.yaml",
        b"schema_version: 99\nname: Next year\n",
        "saved by a newer version of ccx (schema_version 99",
    ),
    "non-UTF-8 bytes": ("latin1.yaml", "name: Café\n".encode("latin-1"), "not UTF-8 text"),
    "larger than 1 MB": ("huge.yaml", b"#" * (MAX_FILE_BYTES + 1), "larger than 1 MB"),
}


# ---------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's scenario library: a copy of the bundled files in a temporary folder.

    Nested two levels deep, so a save that escaped with ``../..`` would still land
    inside ``tmp_path`` where the test can see it.
    """
    folder = tmp_path / "a" / "b" / "library"
    folder.mkdir(parents=True)
    for path in REPO_LIBRARY.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    monkeypatch.setattr(state, "SCENARIO_DIR", folder)
    return folder


def start(scenario: str = state.DEFAULT_SCENARIO, lang: str = "en") -> AppTest:
    """A fresh session of the app on the Overview, with ``scenario`` open, in ``lang``."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
    if scenario != state.DEFAULT_SCENARIO:
        at.selectbox(key="scenario_file").set_value(scenario).run()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    assert_no_exception(at)
    return at


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def metrics(at: AppTest) -> dict[str, str]:
    """Metric label -> shown value; the first metric wins where a label repeats."""
    shown: dict[str, str] = {}
    for metric in at.metric:
        shown.setdefault(metric.label, metric.value)
    return shown


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def inputs(at: AppTest) -> dict[str, object]:
    """Every assumption widget's value, by session-state key."""
    values: dict[str, object] = {n.key: n.value for n in at.number_input if n.key.startswith("in.")}
    values |= {c.key: c.value for c in at.checkbox if c.key.startswith("in.")}
    values |= {r.key: r.value for r in at.radio if r.key.startswith("in.")}
    values |= {s.key: s.value for s in at.selectbox if s.key.startswith("in.")}
    return values


def bundled(name: str) -> Scenario:
    return load_scenario(REPO_LIBRARY / name)


def changed(scenario: Scenario, values: dict[str, Any]) -> Scenario:
    """``scenario`` with some fields (dotted paths, model units) set, validated again."""
    data = scenario.model_dump(mode="python")
    for path, value in values.items():
        set_path(data, path, value)
    return scenario_from_dict(data)


def overview_tiles(scenario: Scenario, lang: str = "en") -> dict[str, str]:
    """The Overview's tiles for ``scenario``: the report's figures as a tile writes them."""
    return page_tiles(Report(scenario), "overview", lang)


def shows(at: AppTest, scenario: Scenario, lang: str = "en") -> bool:
    shown = metrics(at)
    return all(shown[label] == value for label, value in overview_tiles(scenario, lang).items())


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    at.file_uploader(key=scenario_files.UPLOAD).set_value((name, content, YAML)).run()
    return at


def save(at: AppTest, name: str, replace: bool = False) -> AppTest:
    """Type ``name`` into 'Save in the library as', tick 'replace' or not, press Save."""
    at.text_input(key=scenario_files.SAVE_NAME).set_value(name).run()
    at.checkbox(key=scenario_files.SAVE_REPLACE).set_value(replace).run()
    at.button(key="save_scenario").click().run()
    assert_no_exception(at)
    return at


def successes(at: AppTest) -> list[str]:
    return [s.value for s in at.success]


def open_compare(lang: str = "en") -> AppTest:
    at = start(lang=lang)
    at.switch_page(COMPARE_PAGE).run()
    assert_no_exception(at)
    return at


def kpi_frame(at: AppTest) -> pd.DataFrame:
    """The Compare page's KPI table (the first dataframe on the page)."""
    return at.dataframe[0].value


def expected_table(
    chosen: list[str], baseline: str, lang: str = "en", extra: dict[str, Scenario] | None = None
) -> list[list[str]]:
    """``kpi_table`` for library files and uploads, labelled by the scenarios' names (a
    bundled one in ``lang``)."""
    uploads = extra or {}
    scenarios = {name: uploads.get(name) or bundled(name) for name in [*chosen, baseline]}
    comparison = compare_scenarios(
        [scenarios[name] for name in chosen],
        scenarios[baseline],
        [display_name(scenarios[name].name, lang) for name in chosen],
        display_name(scenarios[baseline].name, lang),
    )
    return kpi_table(comparison, lang)


def as_table(frame: pd.DataFrame) -> list[list[str]]:
    return [list(frame.columns), *frame.to_numpy().tolist()]


# ---------------------------------------------------------------- opening a file


class TestOpenAnUploadedScenario:
    def test_a_valid_upload_opens_the_scenario_and_its_figures(self) -> None:
        mine = changed(
            bundled("pilot.yaml"),
            {"name": "Pilot at 400k", "demand.calls_per_month": 400_000},
        )
        assert overview_tiles(mine) != overview_tiles(bundled("baseline.yaml"))

        at = upload(start(), "pilot-400k.yaml", dump_scenario(mine).encode("utf-8"))
        assert_no_exception(at)
        assert not errors(at)
        assert shows(at, mine), (metrics(at), overview_tiles(mine))
        assert at.number_input(key="in.demand.calls_per_month").value == 400_000
        assert "Pilot at 400k" in at.caption[0].value
        # The save box offers the opened scenario's name.
        assert at.text_input(key=scenario_files.SAVE_NAME).value == "Pilot at 400k"

    def test_an_uploaded_json_file_opens_too(self) -> None:
        mine = changed(bundled("baseline.yaml"), {"demand.calls_per_month": 280_000})
        at = upload(start(), "smaller.json", dump_scenario(mine, "json").encode("utf-8"))
        assert_no_exception(at)
        assert not errors(at)
        assert shows(at, mine)

    def test_reset_after_an_upload_returns_to_the_uploaded_scenario(self) -> None:
        mine = changed(bundled("pilot.yaml"), {"demand.calls_per_month": 400_000})
        at = upload(start(), "mine.yaml", dump_scenario(mine).encode("utf-8"))
        at.number_input(key="in.demand.calls_per_month").set_value(100_000).run()
        at.button(key="reset").click().run()
        assert_no_exception(at)
        assert at.number_input(key="in.demand.calls_per_month").value == 400_000
        assert shows(at, mine)

    @pytest.mark.parametrize("case", list(BROKEN_FILES))
    def test_a_broken_upload_names_the_file_and_the_problem_and_keeps_the_open_scenario(
        self, case: str
    ) -> None:
        name, content, problem = BROKEN_FILES[case]
        # The pilot, opened and then edited: both must survive the broken file.
        at = start("pilot.yaml")
        at.number_input(key="in.demand.calls_per_month").set_value(400_000).run()
        inputs_before, metrics_before = inputs(at), metrics(at)
        caption_before = at.caption[0].value

        upload(at, name, content)
        assert_no_exception(at)
        header = f"The scenario file {name} could not be opened:"
        assert any(header in e and problem in e for e in errors(at)), errors(at)
        assert inputs(at) == inputs_before
        assert metrics(at) == metrics_before
        assert at.caption[0].value == caption_before
        assert shows(at, changed(bundled("pilot.yaml"), {"demand.calls_per_month": 400_000}))

    def test_a_valid_upload_after_a_broken_one_clears_the_message(self) -> None:
        name, content, _ = BROKEN_FILES["unknown key"]
        at = upload(start(), name, content)
        assert errors(at)
        mine = changed(bundled("baseline.yaml"), {"demand.calls_per_month": 280_000})
        upload(at, "fixed.yaml", dump_scenario(mine).encode("utf-8"))
        assert_no_exception(at)
        assert not errors(at)
        assert shows(at, mine)

    def test_a_broken_upload_is_explained_in_dutch(self) -> None:
        name, content, _ = BROKEN_FILES["unknown key"]
        at = upload(start(lang="nl"), name, content)
        assert_no_exception(at)
        message = f"Het scenariobestand {name} kon niet worden geopend:"
        assert any(message in e and "onbekend veld" in e for e in errors(at)), errors(at)

    def test_picking_the_library_baseline_after_an_upload_reopens_the_baseline(self) -> None:
        mine = changed(bundled("pilot.yaml"), {"demand.calls_per_month": 400_000})
        at = upload(start(), "mine.yaml", dump_scenario(mine).encode("utf-8"))
        assert shows(at, mine)
        at.selectbox(key="scenario_file").set_value("baseline.yaml").run()
        assert_no_exception(at)
        assert shows(at, bundled("baseline.yaml")), metrics(at)


# ---------------------------------------------------------------- saving to the library


class TestSaveToTheLibrary:
    def test_a_saved_scenario_appears_in_the_library_and_reopens_with_the_same_figures(
        self, library: Path
    ) -> None:
        at = start("pilot.yaml")
        at.number_input(key="in.demand.calls_per_month").set_value(400_000).run()
        shown = metrics(at)
        save(at, "Board case 2027")
        assert successes(at) == ["Saved as Board case 2027.yaml."]
        assert not errors(at)

        saved = library / "Board case 2027.yaml"
        assert saved.is_file()
        assert not (REPO_LIBRARY / saved.name).exists()
        on_disk = load_scenario(saved)
        assert on_disk.name == "Board case 2027"
        assert on_disk.demand.calls_per_month == 400_000
        # The saved file is now the open one.
        assert at.selectbox(key="scenario_file").value == saved.name
        # Listed by the scenario's name.
        assert on_disk.name in at.selectbox(key="scenario_file").options

        # A new session opens it from the picker: the same figures.
        again = start(saved.name)
        assert metrics(again) == shown
        assert again.number_input(key="in.demand.calls_per_month").value == 400_000
        assert shows(again, on_disk)

    def test_saving_over_an_existing_name_needs_replace(self, library: Path) -> None:
        at = save(start(), "Keep me")
        saved = library / "Keep me.yaml"
        first = saved.read_bytes()

        at.number_input(key="in.demand.calls_per_month").set_value(400_000).run()
        save(at, "Keep me")
        assert not successes(at)
        assert any("Keep me.yaml already exists in the library" in e for e in errors(at)), errors(
            at
        )
        assert saved.read_bytes() == first
        # The figures stay those of the edit; nothing was reopened.
        assert at.number_input(key="in.demand.calls_per_month").value == 400_000

        save(at, "Keep me", replace=True)
        assert successes(at) == ["Saved as Keep me.yaml."]
        assert not errors(at)
        assert load_scenario(saved).demand.calls_per_month == 400_000
        # 'Replace' is unticked again, so the next save asks again.
        assert at.checkbox(key=scenario_files.SAVE_REPLACE).value is False

    def test_saving_while_an_input_is_out_of_range_saves_nothing_and_says_which(
        self, library: Path
    ) -> None:
        at = start()
        at.number_input(key="in.service.shrinkage").set_value(95.0).run()
        save(at, "Broken plan")
        assert not successes(at)
        assert any("Not saved" in e and "Shrinkage" in e for e in errors(at)), errors(at)
        assert not (library / "Broken plan.yaml").exists()

    def test_a_name_with_a_path_is_saved_inside_the_library_only(
        self, library: Path, tmp_path: Path
    ) -> None:
        before = {p for p in tmp_path.rglob("*") if p.is_file()}
        at = save(start(), "../../evil")
        assert not errors(at)
        assert successes(at) == ["Saved as evil.yaml."]
        created = {p for p in tmp_path.rglob("*") if p.is_file()} - before
        assert created == {library / "evil.yaml"}
        assert not (REPO_LIBRARY / "evil.yaml").exists()
        assert not (ROOT / "evil.yaml").exists()

    def test_a_name_without_letters_or_digits_is_refused(self, library: Path) -> None:
        files_before = sorted(p.name for p in library.iterdir())
        at = save(start(), "///")
        assert not successes(at)
        assert any("cannot be a file name" in e for e in errors(at)), errors(at)
        assert sorted(p.name for p in library.iterdir()) == files_before

    def test_the_download_holds_the_scenario_as_edited(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        downloads: list[Scenario] = []

        def dump_and_note(scenario: Scenario) -> str:
            downloads.append(scenario)
            return dump_scenario(scenario)

        # The download's YAML comes from the results' cache (one per scenario).
        monkeypatch.setattr(results, "scenario_yaml", dump_and_note)
        at = start()
        at.number_input(key="in.demand.calls_per_month").set_value(400_000).run()
        assert_no_exception(at)
        assert downloads[-1].demand.calls_per_month == 400_000


# ---------------------------------------------------------------- the Compare page


class TestComparePage:
    def test_renders_the_three_default_scenarios_as_the_model_tabulates_them(self) -> None:
        at = open_compare()
        assert at.title[0].value == "Compare scenarios"
        assert at.multiselect(key="compare_pick").value == DEFAULT_COMPARED
        assert at.selectbox(key="compare_baseline").value == "baseline.yaml"
        assert not errors(at)
        assert as_table(kpi_frame(at)) == expected_table(DEFAULT_COMPARED, "baseline.yaml")
        assert list(kpi_frame(at).columns) == [
            "KPI",
            "Baseline (baseline)",
            "Pilot: cross-sell in one team",
            "Full profit centre",
        ]

    def test_changing_the_baseline_changes_the_deltas(self) -> None:
        at = open_compare()
        before = as_table(kpi_frame(at))
        at.selectbox(key="compare_baseline").set_value("pilot.yaml").run()
        assert_no_exception(at)
        after = as_table(kpi_frame(at))
        assert after == expected_table(DEFAULT_COMPARED, "pilot.yaml")
        assert after[0] == [
            "KPI",
            "Baseline",
            "Pilot: cross-sell in one team (baseline)",
            "Full profit centre",
        ]
        # The profit centre's values stay; its changes are now against the pilot.
        annual_cost = [row[0] for row in after].index("Annual cost")
        assert after[annual_cost][3] != before[annual_cost][3]
        assert after[annual_cost][3].split("Δ")[0] == before[annual_cost][3].split("Δ")[0]

    def test_a_baseline_that_is_not_compared_gets_a_column_of_its_own(self) -> None:
        at = open_compare()
        at.multiselect(key="compare_pick").set_value(["pilot.yaml", "profit_centre.yaml"]).run()
        at.selectbox(key="compare_baseline").set_value("baseline.yaml").run()
        assert_no_exception(at)
        table = as_table(kpi_frame(at))
        assert table == expected_table(["pilot.yaml", "profit_centre.yaml"], "baseline.yaml")
        assert table[0] == [
            "KPI",
            "Baseline (baseline)",
            "Pilot: cross-sell in one team",
            "Full profit centre",
        ]

    def test_a_fourth_scenario_adds_a_column(self) -> None:
        at = open_compare()
        four = [*DEFAULT_COMPARED, "outsourced.yaml"]
        at.multiselect(key="compare_pick").set_value(four).run()
        assert_no_exception(at)
        assert not errors(at)
        assert as_table(kpi_frame(at)) == expected_table(four, "baseline.yaml")
        assert len(kpi_frame(at).columns) == 5

    def test_one_scenario_asks_for_at_least_two(self) -> None:
        at = open_compare()
        at.multiselect(key="compare_pick").set_value(["pilot.yaml"]).run()
        assert_no_exception(at)
        assert [i.value for i in at.info] == ["Pick at least two scenarios."]
        assert not at.dataframe
        assert not errors(at)

    def test_dutch_compare_page(self) -> None:
        at = open_compare("nl")
        assert at.title[0].value == "Scenario's vergelijken"
        assert as_table(kpi_frame(at)) == expected_table(DEFAULT_COMPARED, "baseline.yaml", "nl")
        # The bundled scenarios by their Dutch names.
        assert kpi_frame(at).columns[1] == "Uitgangssituatie (basis)"
        assert "Volledig profitcenter" in list(kpi_frame(at).columns)
        at.multiselect(key="compare_pick").set_value(["pilot.yaml"]).run()
        assert_no_exception(at)
        assert [i.value for i in at.info] == ["Kies minstens twee scenario's."]

    def test_an_uploaded_scenario_can_be_compared(self) -> None:
        mine = changed(
            bundled("baseline.yaml"), {"name": "Busier", "demand.calls_per_month": 400_000}
        )
        at = open_compare()
        at.file_uploader(key="compare_upload").set_value(
            ("busier.yaml", dump_scenario(mine).encode("utf-8"), YAML)
        ).run()
        assert_no_exception(at)
        assert "Busier" in at.multiselect(key="compare_pick").options  # by its name
        at.multiselect(key="compare_pick").set_value(["baseline.yaml", "⬆ busier.yaml"]).run()
        assert_no_exception(at)
        assert not errors(at)
        expected = expected_table(
            ["baseline.yaml", "busier.yaml"], "baseline.yaml", extra={"busier.yaml": mine}
        )
        assert as_table(kpi_frame(at)) == expected

    def test_a_broken_upload_on_the_compare_page_is_named_and_the_table_stays(self) -> None:
        name, content, problem = BROKEN_FILES["unknown key"]
        at = open_compare()
        at.file_uploader(key="compare_upload").set_value((name, content, YAML)).run()
        assert_no_exception(at)
        assert any(name in e and problem in e for e in errors(at)), errors(at)
        options = at.multiselect(key="compare_pick").options
        assert name not in options and f"⬆ {name}" not in options
        assert as_table(kpi_frame(at)) == expected_table(DEFAULT_COMPARED, "baseline.yaml")
