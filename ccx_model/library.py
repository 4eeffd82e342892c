"""The scenario library: a folder of scenario files, saved safely.

- File names are made safe: only letters, digits, spaces, dots, dashes and
  underscores; no folders, no path traversal (``../board.yaml`` stays in the library).
- Nothing is overwritten unless the caller says so (the app asks first).
- Writes are atomic (``atomic.write_atomic``): a crash halfway leaves the old file
  whole; two sessions saving one name at once cannot both succeed without "replace".
- Windows' device names (CON, NUL, COM1 …) are refused: the library must open on
  every computer.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .atomic import folder_lock, write_atomic
from .problems import InputError, Problem
from .scenario import Scenario
from .scenario_io import dump_scenario

SUFFIXES = (".yaml", ".yml", ".json")
MAX_NAME_LENGTH = 80
# Names Windows keeps for devices, with any extension: a library on a shared drive
# must open on every computer.
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def safe_file_name(name: str, fmt: str = "yaml") -> str:
    """A file name that cannot leave the library folder.

    >>> safe_file_name("Profit centre 2027")
    'Profit centre 2027.yaml'
    >>> safe_file_name("../../etc/passwd")
    'etc-passwd.yaml'
    >>> safe_file_name("Café Noord", "json")
    'Cafe Noord.json'
    >>> safe_file_name("nul.txt")
    Traceback (most recent call last):
    ...
    ccx_model.problems.InputError: name: 'nul.txt' is a name Windows keeps for a device; choose another name.
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
    if cleaned.split(".")[0].strip().upper() in RESERVED_NAMES:
        raise InputError([Problem.rule("name", "library.reserved_name", name=cleaned)])
    return f"{cleaned}.{'json' if fmt == 'json' else 'yaml'}"


def library_files(folder: Path) -> list[str]:
    """The scenario files in the library, by name."""
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def save_scenario(
    scenario: Scenario, folder: Path, name: str, overwrite: bool = False, fmt: str = "yaml"
) -> Path:
    """Write ``scenario`` to the library as ``name``; atomic; refuses to overwrite
    an existing file unless ``overwrite`` — also when another session saves the same
    name at the same moment (one lock around the library's writes, and a create-only
    step that fails if the name was taken meanwhile).
    """
    target = folder / safe_file_name(name, fmt)
    text = dump_scenario(scenario, fmt)
    with folder_lock(folder):
        try:
            return write_atomic(target, text.encode("utf-8"), overwrite=overwrite)
        except FileExistsError:
            raise InputError([Problem.rule("name", "library.exists", file=target.name)]) from None
