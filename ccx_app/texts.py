"""The app's look-up of its texts: ``t`` and ``UI`` from ``ccx_model.i18n``.

Every text, the app's included, lives in the gettext catalogues under
``ccx_model/locale`` (see README.md, Texts and translations); this module keeps the
app's imports (``from ccx_app.texts import t``) as they were.
"""

from __future__ import annotations

from ccx_model.i18n import TEXTS, t

# Every text, read-only: ``key in UI``, ``UI[key]["nl"]``.
UI = TEXTS

__all__ = ["UI", "t"]
