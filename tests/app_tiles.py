"""What a page's KPI tiles must show: the report's figures as the KPI registry writes
them (compact when the exact amount does not fit a tile; the help then gives it)."""

from __future__ import annotations

from ccx_app.tiles import LONGEST_EXACT
from ccx_model.i18n import t
from ccx_model.kpis import KpiValue, explain_kpi, format_kpi, format_kpi_compact
from ccx_model.report import Report


def tile_value(kpi: KpiValue, lang: str) -> str:
    exact = format_kpi(kpi, lang)
    return exact if len(exact) <= LONGEST_EXACT else format_kpi_compact(kpi, lang)


def tile_help(kpi: KpiValue, lang: str) -> str:
    """The explanation, and the exact amount when the tile rounds it."""
    exact = format_kpi(kpi, lang)
    text = explain_kpi(kpi, lang)
    if tile_value(kpi, lang) != exact:
        text += "\n\n" + t("tile.exact", lang, value=exact)
    return text


def page_tiles(report: Report, page: str, lang: str) -> dict[str, str]:
    """Tile label -> value, as ``page`` must show the report's figures."""
    return {t(f"kpi.{kpi.key}", lang): tile_value(kpi, lang) for kpi in report.tiles(page)}


def page_helps(report: Report, page: str, lang: str) -> dict[str, str]:
    return {t(f"kpi.{kpi.key}", lang): tile_help(kpi, lang) for kpi in report.tiles(page)}
