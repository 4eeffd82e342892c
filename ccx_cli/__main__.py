"""``python -m ccx_cli`` is the ``ccx`` command."""

from .main import main

raise SystemExit(main())
