"""One look for every chart: the ccx theme, its palette and locale-aware axis labels."""

from __future__ import annotations

import altair as alt

AnyChart = (
    alt.Chart
    | alt.LayerChart
    | alt.HConcatChart
    | alt.VConcatChart
    | alt.ConcatChart
    | alt.FacetChart
    | alt.RepeatChart
)

ACCENT = "#0B6E4F"
PALETTE = [ACCENT, "#F2A541", "#3C6E9F", "#C4515C", "#7A7A7A", "#8E6C8A"]
FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif"


@alt.theme.register("ccx", enable=True)
def ccx_theme() -> alt.theme.ThemeConfig:
    """One look for every chart: clean axes, readable fonts, the ccx palette."""
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None},
            "title": {
                "fontSize": 16,
                "anchor": "start",
                "subtitleFontSize": 12,
                "subtitleColor": "#555",
            },
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "gridColor": "#e6e6e6",
                "domain": False,
            },
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "range": {"category": PALETTE},
            "bar": {"color": ACCENT},
            "line": {"color": ACCENT, "strokeWidth": 2},
        }
    }


def number_label_expr(lang: str, decimals: int = 0, prefix: str = "", suffix: str = "") -> str:
    """A Vega label expression: thousands separators for the language.

    >>> number_label_expr("en")
    "'' + format(datum.value, ',.0f') + ''"
    """
    base = f"format(datum.value, ',.{decimals}f')"
    if lang == "nl":  # swap , and . through a placeholder
        base = (
            f"replace(replace(replace({base}, regexp(',', 'g'), '_'), regexp('[.]', 'g'), ','), "
            "regexp('_', 'g'), '.')"
        )
    return f"'{prefix}' + {base} + '{suffix}'"
