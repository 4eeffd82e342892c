"""``python -m ccx_model`` was the command line; it lives in ``ccx_cli`` now.

The model imports nothing above it, so this only says where the command went.
"""

import sys

print(
    "ccx: error: the command line is `ccx` (or `python -m ccx_cli`); ccx_model is the model",
    file=sys.stderr,
)
raise SystemExit(2)
