"""One way to write a file: whole or not at all, readable by everyone, never over
another writer's file unless asked.

The bytes go to a temporary file beside the target, are flushed to disk, get the
one permission rule (``FILE_MODE``: the owner writes, everyone reads), and are then
put in place in one step: ``os.replace`` to overwrite, ``os.link`` to create — which
fails if the target appeared meanwhile, so "do not overwrite" holds even when two
sessions save the same name at the same moment. A crash halfway leaves the old file
whole and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o644


def write_atomic(path: Path, data: bytes, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; with ``overwrite=False``, raise
    ``FileExistsError`` if ``path`` exists (checked and created in one step).

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.txt", b"one").read_bytes()
    b'one'
    >>> write_atomic(folder / "a.txt", b"two", overwrite=False)
    Traceback (most recent call last):
    ...
    FileExistsError: a.txt
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, FILE_MODE)
        if overwrite:
            os.replace(temporary, path)  # atomic on POSIX and Windows
        else:
            try:
                os.link(temporary, path)  # creates the name only if it is free
            except FileExistsError:
                raise FileExistsError(path.name) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return path


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` while writing there (no lock file: the
    folder itself is locked).

    Serialises writers across threads and processes on POSIX systems; elsewhere the
    create-only link above still keeps one writer from replacing another's file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock
