"""An IRR above the display limit, short enough for a KPI tile at 1280 pixels (the
note under the figure says to look at NPV and payback)."""

TEXTS = {
    "note.irr.above_limit.short": ("over 100%", "boven 100%"),
}
