"""UI strings of the profit-centre, value and business-case pages (English and Dutch)."""

from __future__ import annotations

PROFIT_UI: dict[str, dict[str, str]] = {}
