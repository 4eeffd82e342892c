"""The comparison as a table people read: a header, one row per KPI, per column the
value and its change against the baseline; and as aligned text for the command line,
followed by what each scenario changed, in words.
"""

from __future__ import annotations

from .assumption_words import described_change
from .compare import Comparison, Delta
from .i18n import format_number, translate
from .kpis import KPIS, KpiDef, format_kpi, format_quantity
from .report import COMPARE_KPIS
from .text_table import aligned


def format_delta(kpi: KpiDef, delta: Delta, lang: str = "en") -> str:
    """A change with its sign: ``+€ 1,200 (+2.5%)``, ``-1.5 pp``; empty when undefined.

    >>> format_delta(KPIS["service_level"], Delta(0.015, None), "nl")
    '+1,5 %-punt'
    >>> format_delta(KPIS["payback"], Delta(-3, None), "en")
    '-3 months'
    """
    if delta.absolute is None:
        return ""
    sign = "+" if delta.absolute > 0 else ""
    if kpi.unit == "share":
        points = format_number(delta.absolute * 100, lang, kpi.decimals)
        text = f"{sign}{points} {translate('compare.points', lang)}"
    elif kpi.unit in ("month", "months"):  # a later payback month is a number of months
        text = sign + format_quantity(delta.absolute, "months", lang)
    else:
        text = sign + format_quantity(delta.absolute, kpi.unit, lang, kpi.decimals)
    if delta.relative is not None:
        relative = format_number(delta.relative * 100, lang, 1)
        text += f" ({'+' if delta.relative > 0 else ''}{relative}%)"
    return text


def kpi_table(comparison: Comparison, lang: str = "en") -> list[list[str]]:
    """Header and one row per KPI: the label, then per column the value and, for a
    scenario that is not the baseline, its change. The baseline comes first when it
    is not one of the compared scenarios."""
    columns = comparison.columns
    marker = translate("compare.baseline_marker", lang)
    header = [translate("compare.kpi", lang)] + [
        f"{s.label} {marker}" if s.is_baseline else s.label for s in columns
    ]
    rows = [header]
    for key in COMPARE_KPIS:
        definition = KPIS[key]
        row = [translate(f"kpi.{key}", lang)]
        for s in columns:
            cell = format_kpi(s.kpis[key], lang)
            change = "" if s.is_baseline else format_delta(definition, s.deltas[key], lang)
            row.append(f"{cell}  Δ {change}" if change else cell)
        rows.append(row)
    return rows


def format_comparison(comparison: Comparison, lang: str = "en") -> str:
    """The KPI table as aligned text, then each scenario's changed assumptions."""
    lines = [
        translate("compare.horizon_note", lang, months=comparison.horizon_months),
        "",
        *aligned(kpi_table(comparison, lang)),
    ]
    for s in comparison.scenarios:
        if s.is_baseline:
            continue
        lines.append("")
        lines.append(
            translate(
                "compare.assumptions", lang, label=s.label, baseline=comparison.baseline.label
            )
            + ":"
        )
        if not s.assumptions:
            lines.append("  " + translate("compare.no_differences", lang))
        # In words, as the app's Compare page says them: the field's label, values
        # with their units, an investment by its name.
        for change in s.assumptions:
            label, before, after = described_change(change, lang)
            lines.append(f"  {label}: {before} → {after}")
    return "\n".join(lines)
