"""The ccx command run in-process, its output captured: for tests that call it from a
class or a module-scoped fixture, where pytest's function-scoped ``capsys`` cannot go."""

from __future__ import annotations

import contextlib
import io

from ccx_cli import main


def run_ccx(*argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``ccx argv…``; an exit by ``SystemExit`` counts too."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()
