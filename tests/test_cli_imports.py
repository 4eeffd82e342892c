"""What a ``ccx`` process loads, and what the model may import.

Each command imports what it needs when it runs: ``ccx --help`` loads no model,
``ccx staffing`` neither the app (Streamlit, Altair, pandas) nor the exports, nor the
scenario machinery (pydantic, YAML, Babel) while its input is plain. Checked in real
processes with ``python -X importtime``, which names every module a process imports.

``ccx_model`` is the pure core: nothing in it imports the command line, the exports
or the app, not even by name through ``importlib``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INTERVAL = ["--interval-minutes", "15", "--aht-seconds", "205", "--answer-seconds", "20"]

# The app, its charts and the exports with the libraries they write files with.
APP_AND_EXPORTS = (
    "streamlit",
    "altair",
    "pandas",
    "pyarrow",
    "ccx_app",
    "ccx_charts",
    "ccx_export",
    "pptx",
    "openpyxl",
    "vl_convert",
)
SCENARIO_MACHINERY = ("pydantic", "pydantic_core", "yaml", "babel", "scipy")


def imported_by(*argv: str) -> set[str]:
    """Every module ``python -m ccx_cli *argv`` imports (it must exit 0)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ccx_cli", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages)


def test_help_loads_no_model_and_no_numpy() -> None:
    modules = imported_by("--help")
    assert "ccx_cli.parser" in modules  # the listing is real
    heavy = ("numpy", "ccx_model", *APP_AND_EXPORTS, *SCENARIO_MACHINERY)
    assert loaded(modules, heavy) == []


def test_staffing_one_interval_loads_only_numpy_and_the_staffing_model() -> None:
    modules = imported_by("staffing", "--calls", "100", *INTERVAL, "--service-level", "0.8")
    assert "ccx_model.staffing" in modules
    assert loaded(modules, (*APP_AND_EXPORTS, *SCENARIO_MACHINERY)) == []


def test_staffing_a_plain_file_loads_no_csv_table_reader(tmp_path: Path) -> None:
    csv = tmp_path / "day.csv"
    csv.write_text("calls,aht_seconds\n" + "120.5,205\n0,205\n" * 48, encoding="utf-8")
    modules = imported_by(
        "staffing", "--intervals", str(csv), *INTERVAL, "--service-level", "0.8", "--json"
    )
    assert "ccx_model.forecast" in modules
    assert "ccx_model.csv_table" not in modules
    assert loaded(modules, (*APP_AND_EXPORTS, *SCENARIO_MACHINERY)) == []


def test_staffing_with_hang_ups_loads_erlang_a_but_not_the_app(tmp_path: Path) -> None:
    csv = tmp_path / "day.csv"
    csv.write_text("calls,aht_seconds\n" + "120.5,205\n0,205\n" * 48, encoding="utf-8")
    modules = imported_by(
        "staffing",
        "--intervals",
        str(csv),
        *INTERVAL,
        "--service-level",
        "0.8",
        "--patience-seconds",
        "120",
        "--json",
    )
    assert "ccx_model.erlang_a" in modules  # Erlang A ran (it needs scipy's gamma functions)
    assert loaded(modules, APP_AND_EXPORTS) == []
    assert loaded(modules, ("pydantic", "pydantic_core", "yaml", "babel")) == []


def test_staffing_a_dutch_file_reads_it_exactly_without_the_app(tmp_path: Path) -> None:
    csv = tmp_path / "dag.csv"
    csv.write_text("calls;aht_seconds\n120,5;205\n0;205\n", encoding="utf-8")
    modules = imported_by(
        "staffing", "--intervals", str(csv), *INTERVAL, "--service-level", "0.8", "--json"
    )
    assert "ccx_model.csv_table" in modules  # the exact reader
    assert loaded(modules, APP_AND_EXPORTS) == []


IMPORT_ABOVE = re.compile(
    r"^\s*(?:from|import)\s+(?:ccx_cli|ccx_export|ccx_app|importlib)\b"
    r"|import_module\(|__import__\(",
    re.MULTILINE,
)


@pytest.mark.parametrize("path", sorted((ROOT / "ccx_model").rglob("*.py")), ids=lambda p: p.name)
def test_the_model_imports_nothing_above_it(path: Path) -> None:
    found = IMPORT_ABOVE.findall(path.read_text(encoding="utf-8"))
    assert found == [], f"{path.name} imports from above the model: {found}"
