"""``python -m ccx_model`` is the ``ccx`` command."""

from .cli import main

raise SystemExit(main())
