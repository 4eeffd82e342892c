"""The packages depend one way: the model at the bottom, the app at the top.

    ccx_model  →  ccx_charts  →  ccx_export  →  ccx_app
                                          ↘  ccx_cli

A package may import the ones to its left (and the standard library and third-party
packages), never one above it — also not inside a function, nor through
``importlib``. The check reads every module's imports with ``ast``, so it runs in CI
with the rest of the suite.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("ccx_model", "ccx_charts", "ccx_export", "ccx_cli", "ccx_app")
ALLOWED: dict[str, set[str]] = {
    "ccx_model": {"ccx_model"},
    "ccx_charts": {"ccx_model", "ccx_charts"},
    "ccx_export": {"ccx_model", "ccx_charts", "ccx_export"},
    "ccx_cli": {"ccx_model", "ccx_charts", "ccx_export", "ccx_cli"},
    "ccx_app": {"ccx_model", "ccx_charts", "ccx_export", "ccx_app"},
}


def imported_packages(path: Path) -> set[str]:
    """Our packages a module imports, anywhere in it (absolute imports; relative ones
    stay in the module's own package), plus any ``importlib``/``__import__`` use."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            names = []
        for name in names:
            top = name.split(".")[0]
            if top in OURS:
                found.add(top)
            if top == "importlib":
                found.add("importlib")
        if isinstance(node, ast.Name) and node.id == "__import__":
            found.add("importlib")
    return found


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", OURS)
def test_a_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) - ALLOWED[package])
        for path in modules(package)
        if imported_packages(path) - ALLOWED[package]
    }
    assert wrong == {}, f"{package} reaches up or around the layers: {wrong}"


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from ccx_app import state\n    import importlib\n")
    assert imported_packages(module) == {"ccx_app", "importlib"}


def test_every_package_is_checked() -> None:
    packages = {p.parent.name for p in ROOT.glob("ccx_*/__init__.py")}
    assert packages == set(OURS)
