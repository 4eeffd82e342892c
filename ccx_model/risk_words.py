"""The risk view in words, for the page, the deck and the workbook: "what the board has
to believe" — each ranged assumption's break-even value said as a condition."""

from __future__ import annotations

from collections.abc import Sequence

from .fields import field_name, shown_value
from .i18n import t
from .risk import BreakEven, Tornado


def rising(shape: Tornado) -> dict[str, bool]:
    """Per ranged assumption: whether the NPV rises with it (then the case pays while it
    stays above its break-even value; otherwise while it stays below)."""
    return {bar.path: bar.npv_at_high_eur >= bar.npv_at_low_eur for bar in shape.bars}


def in_tornado_order(shape: Tornado, breaks: Sequence[BreakEven]) -> list[BreakEven]:
    """The break-even values in the tornado's order: largest swing first."""
    order = {bar.path: i for i, bar in enumerate(shape.bars)}
    return sorted(breaks, key=lambda b: order.get(b.path, len(order)))


def believe(shape: Tornado, breaks: tuple[BreakEven, ...], lang: str) -> list[str]:
    """One sentence per ranged assumption, in tornado order: "The case pays if
    Cross-sell · Conversion (%) stays above 6.2% (plan 8%)", or that the NPV keeps its
    sign anywhere in the allowed values."""
    up = rising(shape)
    lines = []
    for found in in_tornado_order(shape, breaks):
        name = field_name(found.path, lang)
        if found.value is None:
            lines.append(t(f"risk.believe.{found.reason}", lang, field=name))
            continue
        key = "risk.believe.above" if up.get(found.path, True) else "risk.believe.below"
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
