"""Scenario files across versions: every released version still opens; the committed
JSON Schema matches the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ccx_model.evaluate import evaluate
from ccx_model.migrations import CURRENT_VERSION, migrate
from ccx_model.problems import InputError
from ccx_model.scenario import SCHEMA_VERSION, Scenario
from ccx_model.scenario_io import load_scenario, load_scenario_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "schema"
SCHEMA_FILE = ROOT / "schema" / "scenario.schema.json"


class TestEveryReleasedVersionOpens:
    @pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
    def test_there_is_a_fixture_of_every_released_version(self, version: int) -> None:
        assert (FIXTURES / f"v{version}_baseline.yaml").exists()

    @pytest.mark.parametrize(
        "path", sorted(FIXTURES.glob("v*_baseline.yaml")), ids=lambda p: p.name
    )
    def test_a_fixture_opens_at_the_current_version(self, path: Path) -> None:
        scenario = load_scenario(path)
        assert scenario.schema_version == SCHEMA_VERSION == CURRENT_VERSION

    def test_a_version_1_centre_costs_the_same_after_migration(self) -> None:
        old = evaluate(load_scenario(FIXTURES / "v1_baseline.yaml"))
        new = evaluate(load_scenario(FIXTURES / "v2_baseline.yaml"))
        assert old.headcount == new.headcount == 250
        assert old.cost.total_eur == pytest.approx(new.cost.total_eur, abs=0.01)

    def test_a_version_2_centre_costs_the_same_at_version_3(self) -> None:
        old = load_scenario(FIXTURES / "v2_baseline.yaml")
        new = load_scenario(FIXTURES / "v3_baseline.yaml")
        assert old.business_case.horizon_months == new.business_case.horizon_months == 60
        assert evaluate(old).cost.total_eur == pytest.approx(evaluate(new).cost.total_eur, abs=0.01)

    def test_a_version_3_centre_costs_the_same_at_version_4(self) -> None:
        old = load_scenario(FIXTURES / "v3_baseline.yaml")
        new = load_scenario(FIXTURES / "v4_baseline.yaml")
        assert old.pilot is None and new.pilot is None
        assert evaluate(old).cost.total_eur == pytest.approx(evaluate(new).cost.total_eur, abs=0.01)

    def test_version_3_free_text_criteria_become_the_pilot_note(self) -> None:
        old = load_scenario(FIXTURES / "v3_pilot.yaml")
        assert old.pilot is not None
        assert old.pilot.note.startswith("Success criteria written before they were numbers: ")
        assert "Conversion at least 6% of offers by month 4; Cancellations" in old.pilot.note
        # No number was set, so the migrated pilot decides nothing until the director does.
        assert old.pilot.criteria.chosen() == {}
        # The bundled pilot of today sets them as numbers; its levers are those of v3.
        new = load_scenario(ROOT / "scenarios" / "pilot.yaml")
        assert new.pilot is not None and new.pilot.criteria.chosen()["min_conversion"] == 0.06
        assert old.cross_sell == new.cross_sell and old.business_case == new.business_case

    def test_an_empty_criteria_list_leaves_no_pilot(self) -> None:
        data = migrate({"schema_version": 3, "business_case": {"success_criteria": []}})
        assert data == {"schema_version": 4, "business_case": {}}

    def test_a_file_from_a_newer_version_is_refused_with_the_reason(self) -> None:
        with pytest.raises(InputError) as caught:
            load_scenario_text(f"schema_version: {CURRENT_VERSION + 1}\nname: Future\n")
        message = caught.value.messages("en")[0]
        assert "newer version of ccx" in message
        assert "nieuwere versie" in caught.value.messages("nl")[0]

    @pytest.mark.parametrize("version", [0, -1, "two", 1.5, True])
    def test_a_nonsense_version_is_refused(self, version: object) -> None:
        with pytest.raises(InputError, match="schema_version"):
            migrate({"schema_version": version})

    def test_a_file_without_a_version_is_read_as_the_first_release(self) -> None:
        assert load_scenario_text("name: Hand-written\n").schema_version == CURRENT_VERSION


class TestCommittedJsonSchema:
    def test_the_committed_schema_matches_the_model(self) -> None:
        committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        assert committed == Scenario.model_json_schema(), (
            "schema/scenario.schema.json is out of date: run `make schema` and commit it"
        )
