"""The ``ccx`` command line: staffing and scenario evaluation for analysts and scripts.

Exit codes: 0 success, 2 bad input (with a message naming the field and the
allowed range on stderr, never a traceback).

The package sits above the model (``ccx_model``) and the exports (``ccx_export``);
nothing below imports it. Each command imports what it needs when it runs, so
``ccx --help`` loads no model and ``ccx staffing`` loads neither the scenario
machinery (pydantic, YAML) nor the exports (charts, office files).

- ``parser``: the arguments of every command.
- ``main``: parse, run the command asked for, print its result.
- ``staffing``, ``staffing_input``, ``staffing_query``, ``staffing_rows``,
  ``rounding``: the ``staffing`` command.
- ``scenarios``: ``evaluate`` and ``compare``.
- ``export``: chart files, the board pack and the workbook.
- ``output``: JSON and plain-text output, and error messages.
"""

from .main import main

__all__ = ["main"]
