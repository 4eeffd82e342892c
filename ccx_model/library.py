"""The scenario library: a folder of scenario files, saved safely.

- File names are made safe: only letters, digits, spaces, dots, dashes and
  underscores; no folders, no path traversal (``../board.yaml`` stays in the library).
- Nothing is overwritten unless the caller says so (the app asks first).
- Writes are atomic: the file is written beside its target and renamed over it, so
  a crash halfway leaves the old file whole.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .problems import InputError, Problem
from .scenario import Scenario
from .scenario_io import dump_scenario

SUFFIXES = (".yaml", ".yml", ".json")
MAX_NAME_LENGTH = 80


def safe_file_name(name: str, fmt: str = "yaml") -> str:
    """A file name that cannot leave the library folder.

    >>> safe_file_name("Profit centre 2027")
    'Profit centre 2027.yaml'
    >>> safe_file_name("../../etc/passwd")
    'etc-passwd.yaml'
    >>> safe_file_name("Café Noord", "json")
    'Cafe Noord.json'
    """
    stem = name.strip()
    for suffix in SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9 ._-]+", "-", ascii_stem)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(" .-_")[:MAX_NAME_LENGTH].strip(" .-_")
    if not cleaned:
        raise InputError([Problem.rule("name", "library.bad_name", name=name)])
    return f"{cleaned}.{'json' if fmt == 'json' else 'yaml'}"


def library_files(folder: Path) -> list[str]:
    """The scenario files in the library, by name."""
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def save_scenario(
    scenario: Scenario, folder: Path, name: str, overwrite: bool = False, fmt: str = "yaml"
) -> Path:
    """Write ``scenario`` to the library as ``name``; atomic; refuses to overwrite
    an existing file unless ``overwrite``.
    """
    target = folder / safe_file_name(name, fmt)
    if target.exists() and not overwrite:
        raise InputError([Problem.rule("name", "library.exists", file=target.name)])
    text = dump_scenario(scenario, fmt)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".saving-", suffix=target.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)  # atomic on POSIX and Windows
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
