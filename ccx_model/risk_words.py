"""The risk view in words, for the page, the deck and the workbook: "what the board has
to believe" — each ranged assumption's break-even value said as a condition."""

from __future__ import annotations

from .fields import field_name, shown_value
from .i18n import t
from .risk import BreakEven, Tornado


def believe(shape: Tornado, breaks: tuple[BreakEven, ...], lang: str) -> list[str]:
    """One sentence per ranged assumption, in tornado order: "The case pays if
    Cross-sell · Conversion (%) stays above 6.2% (plan 8%)", or that the NPV keeps its
    sign anywhere in the allowed values."""
    rising = {bar.path: bar.npv_at_high_eur >= bar.npv_at_low_eur for bar in shape.bars}
    order = {bar.path: i for i, bar in enumerate(shape.bars)}
    lines = []
    for found in sorted(breaks, key=lambda b: order.get(b.path, len(order))):
        name = field_name(found.path, lang)
        if found.value is None:
            lines.append(t(f"risk.believe.{found.reason}", lang, field=name))
            continue
        key = "risk.believe.above" if rising.get(found.path, True) else "risk.believe.below"
        lines.append(
            t(
                key,
                lang,
                field=name,
                value=shown_value(found.path, found.value, lang),
                plan=shown_value(found.path, found.planned, lang),
            )
        )
    return lines
