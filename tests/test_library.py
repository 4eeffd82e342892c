"""The scenario library: safe names, no silent overwrite, atomic saves, round trip."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
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


class TestConcurrentSaves:
    """Two sessions saving the same name at the same moment: without "replace", exactly
    one succeeds and the file holds that one's scenario whole; with it, the last wins."""

    def _race(self, tmp_path: Path, overwrite: bool, writers: int = 8) -> list[object]:
        barrier = threading.Barrier(writers)

        def save(index: int) -> object:
            barrier.wait()
            try:
                return save_scenario(
                    Scenario(name=f"Writer {index}"), tmp_path, "Board", overwrite=overwrite
                )
            except InputError as exc:
                return exc

        with ThreadPoolExecutor(writers) as pool:
            return list(pool.map(save, range(writers)))

    @pytest.mark.parametrize("trial", range(20))
    def test_without_replace_exactly_one_of_eight_writers_succeeds(
        self, tmp_path: Path, trial: int
    ) -> None:
        outcomes = self._race(tmp_path, overwrite=False)
        saved = [o for o in outcomes if isinstance(o, Path)]
        refused = [o for o in outcomes if isinstance(o, InputError)]
        assert len(saved) == 1 and len(refused) == 7
        assert all("already exists" in r.messages("en")[0] for r in refused)
        winner = outcomes.index(saved[0])
        assert load_scenario(saved[0]).name == f"Writer {winner}"

    def test_with_replace_every_writer_succeeds_and_the_file_is_whole(self, tmp_path: Path) -> None:
        outcomes = self._race(tmp_path, overwrite=True)
        assert all(isinstance(o, Path) for o in outcomes)
        assert load_scenario(tmp_path / "Board.yaml").name.startswith("Writer ")
        assert [p.name for p in tmp_path.iterdir()] == ["Board.yaml"]  # no temporary files

    def test_processes_saving_at_once_cannot_both_succeed(self, tmp_path: Path) -> None:
        script = (
            "import sys; from pathlib import Path\n"
            "from ccx_model.library import save_scenario\n"
            "from ccx_model.problems import InputError\n"
            "from ccx_model.scenario import Scenario\n"
            "try:\n"
            "    save_scenario(Scenario(name=sys.argv[2]), Path(sys.argv[1]), 'Board')\n"
            "    print('saved')\n"
            "except InputError:\n"
            "    print('refused')\n"
        )
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(tmp_path), f"Process {i}"],
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(4)
        ]
        results = sorted(p.communicate(timeout=60)[0].strip() for p in processes)
        assert results == ["refused", "refused", "refused", "saved"]

    def test_every_saved_file_has_the_same_permissions(self, tmp_path: Path) -> None:
        first = save_scenario(Scenario(), tmp_path, "One")
        second = save_scenario(Scenario(), tmp_path, "One", overwrite=True)
        third = save_scenario(Scenario(), tmp_path, "Two", fmt="json")
        assert {os.stat(p).st_mode & 0o777 for p in (first, second, third)} == {0o644}
