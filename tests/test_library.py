"""The scenario library: safe names, no silent overwrite, atomic saves, round trip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_model.library import library_files, safe_file_name, save_scenario
from ccx_model.problems import InputError
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario


class TestSafeFileName:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Profit centre 2027", "Profit centre 2027.yaml"),
            ("../../etc/passwd", "etc-passwd.yaml"),
            ("..\\..\\windows\\system32", "windows-system32.yaml"),
            ("/absolute/path.yaml", "absolute-path.yaml"),
            ("Pilot.YAML", "Pilot.yaml"),
            ("Café Noord", "Cafe Noord.yaml"),
        ],
    )
    def test_names_stay_inside_the_library(self, name: str, expected: str) -> None:
        assert safe_file_name(name) == expected

    @pytest.mark.parametrize("name", ["", "   ", "../..", "///", "???"])
    def test_a_name_without_letters_or_digits_is_refused(self, name: str) -> None:
        with pytest.raises(InputError, match="cannot be a file name"):
            safe_file_name(name)

    @settings(max_examples=300, deadline=None)
    @given(st.text(min_size=1, max_size=200))
    def test_any_name_gives_a_plain_file_name_or_a_clear_refusal(self, name: str) -> None:
        try:
            result = safe_file_name(name)
        except InputError:
            return
        assert "/" not in result and "\\" not in result
        assert not result.startswith(".")
        assert Path(result).name == result
        assert result.endswith(".yaml")
        assert len(result) <= 80 + len(".yaml")


class TestSaveScenario:
    def test_save_then_open_gives_the_identical_scenario(self, tmp_path: Path) -> None:
        scenario = Scenario(name="Board 2027")
        path = save_scenario(scenario, tmp_path, "Board 2027")
        assert load_scenario(path) == scenario
        assert library_files(tmp_path) == ["Board 2027.yaml"]

    def test_json_is_saved_too(self, tmp_path: Path) -> None:
        path = save_scenario(Scenario(), tmp_path, "As JSON", fmt="json")
        assert path.suffix == ".json"
        assert load_scenario(path) == Scenario()

    def test_an_existing_file_is_not_overwritten_without_confirmation(self, tmp_path: Path) -> None:
        save_scenario(Scenario(name="First"), tmp_path, "Plan")
        with pytest.raises(InputError, match="already exists"):
            save_scenario(Scenario(name="Second"), tmp_path, "Plan")
        assert load_scenario(tmp_path / "Plan.yaml").name == "First"
        save_scenario(Scenario(name="Second"), tmp_path, "Plan", overwrite=True)
        assert load_scenario(tmp_path / "Plan.yaml").name == "Second"

    def test_a_crash_while_saving_leaves_the_old_file_whole(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        save_scenario(Scenario(name="Old"), tmp_path, "Plan")
        before = (tmp_path / "Plan.yaml").read_bytes()

        def crash(source: str, target: str) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(os, "replace", crash)
        with pytest.raises(OSError, match="disk full"):
            save_scenario(Scenario(name="New"), tmp_path, "Plan", overwrite=True)
        assert (tmp_path / "Plan.yaml").read_bytes() == before
        assert library_files(tmp_path) == ["Plan.yaml"]  # no half-written leftovers
        assert not list(tmp_path.glob(".saving-*"))

    def test_path_traversal_in_the_name_stays_in_the_folder(self, tmp_path: Path) -> None:
        library = tmp_path / "library"
        path = save_scenario(Scenario(), library, "../outside")
        assert path.parent == library
        assert not (tmp_path / "outside.yaml").exists()
