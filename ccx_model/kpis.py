"""One registry of every KPI ccx shows: unit, decimals, which way is better, and the
text keys of its label (``kpi.<key>``) and explanation (``explain.<key>``).

A KPI's figure is a :class:`KpiValue` built by ``report`` from the model; the app's
tiles, the deck's summary, the workbook, Compare and the JSON output all take
their figures from there and write them with :func:`format_kpi` — so "IRR" or
"payback" reads the same everywhere and is defined once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .i18n import (
    COMPACT_FROM_EUR,
    format_eur,
    format_eur_compact,
    format_number,
    format_percent,
    translate,
)

# "month" is a position in time (payback in month 7); "months" a length (a 60-month horizon).
Unit = Literal[
    "eur",
    "eur_cents",
    "count",
    "fte",
    "share",
    "seconds",
    "erlang_hours",
    "month",
    "months",
    "weeks",
]


@dataclass(frozen=True)
class KpiDef:
    key: str
    unit: Unit
    decimals: int = 0
    # True: up is good; False: down is good; None: neither (more FTE is not good or bad).
    higher_is_better: bool | None = None
    # The figure is itself a difference against a baseline (the business-case KPIs).
    versus_baseline: bool = False

    @property
    def relative_delta(self) -> bool:
        """Whether a change in percent means something: not for shares (points say it)
        nor for months."""
        return self.unit in ("eur", "eur_cents", "count", "fte", "seconds", "erlang_hours")


def _defs(*defs: KpiDef) -> dict[str, KpiDef]:
    return {d.key: d for d in defs}


KPIS: dict[str, KpiDef] = _defs(
    # The cost centre
    KpiDef("annual_cost", "eur", higher_is_better=False),
    KpiDef("cost_per_contact", "eur_cents", 2, higher_is_better=False),
    KpiDef("cost_per_fte", "eur", higher_is_better=False),
    KpiDef("contacts", "count"),
    KpiDef("fte", "fte", 1),
    KpiDef("provider_fte", "fte", 1),
    KpiDef("headcount", "count"),
    KpiDef("service_level", "share", 1, higher_is_better=True),
    KpiDef("asa", "seconds", 1, higher_is_better=False),
    KpiDef("occupancy", "share", 1),
    KpiDef("peak_agents", "count"),
    KpiDef("abandonment", "share", 1, higher_is_better=False),
    KpiDef("customers_lost_to_hang_ups", "count", higher_is_better=False),
    KpiDef("workload", "erlang_hours"),
    # Attrition
    KpiDef("leavers", "count", 1, higher_is_better=False),
    KpiDef("cost_per_leaver", "eur", higher_is_better=False),
    KpiDef("attrition_cost", "eur", higher_is_better=False),
    KpiDef("attrition_saving", "eur", higher_is_better=True),
    KpiDef("saving_per_10_points", "eur"),
    # The value centre
    KpiDef("repeat_contacts", "count", higher_is_better=False),
    KpiDef("repeat_cost", "eur", higher_is_better=False),
    KpiDef("customers_lost", "count", higher_is_better=False),
    KpiDef("lost_margin", "eur", higher_is_better=False),
    KpiDef("cost_of_poor_service", "eur", higher_is_better=False),
    # Failure demand
    KpiDef("avoidable_contacts", "share", 0, higher_is_better=False),
    KpiDef("avoidable_cost", "eur", higher_is_better=False),
    KpiDef("avoidable_cost_share", "share", 0, higher_is_better=False),
    KpiDef("cut_saving", "eur", higher_is_better=True),
    # The profit centre
    KpiDef("gross_margin", "eur", higher_is_better=True),
    KpiDef("cost_of_selling", "eur", higher_is_better=False),
    KpiDef("selling_fte", "fte", 1),
    KpiDef("net_result", "eur", higher_is_better=True),
    # Outsourcing
    KpiDef("os_in_house", "eur", higher_is_better=False),
    KpiDef("os_outsourced", "eur", higher_is_better=False),
    KpiDef("os_saving", "eur", higher_is_better=True),
    KpiDef("os_break_even", "month", higher_is_better=False, versus_baseline=True),
    KpiDef("os_npv", "eur", higher_is_better=True, versus_baseline=True),
    # The business case
    KpiDef("npv", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("irr", "share", 1, higher_is_better=True, versus_baseline=True),
    KpiDef("roi", "share", 0, higher_is_better=True, versus_baseline=True),
    KpiDef("payback", "month", higher_is_better=False, versus_baseline=True),
    KpiDef("net_per_year", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("horizon", "months"),
    # What if we are wrong: the spread of the draws, and the risk-adjusted case
    KpiDef("npv_p10", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("npv_p50", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("npv_p90", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("probability_npv_positive", "share", 0, higher_is_better=True, versus_baseline=True),
    KpiDef("payback_p50", "month", higher_is_better=False, versus_baseline=True),
    KpiDef("risk_adjusted_npv", "eur", higher_is_better=True, versus_baseline=True),
    KpiDef("risk_adjusted_roi", "share", 0, higher_is_better=True, versus_baseline=True),
    KpiDef("risk_adjusted_payback", "month", higher_is_better=False, versus_baseline=True),
    # Targeting (RFM segments) and a pilot
    KpiDef("targeted_share", "share", 1),
    KpiDef("targeted_conversion", "share", 1, higher_is_better=True),
    KpiDef("pilot_per_group", "count"),
    KpiDef("pilot_weeks_needed", "weeks", higher_is_better=False),
)


@dataclass(frozen=True)
class Quantity:
    """A number and how to write it (a parameter of an explanation)."""

    value: float
    unit: Unit
    decimals: int = 0


@dataclass(frozen=True)
class KpiValue:
    """A KPI's figure. ``value`` is None when there is none to show; ``note`` (a text
    key, filled with ``note_params``) then says why — or, with a value, qualifies it.
    ``explain`` fills the KPI's explanation: the formula with its own inputs. ``raw``
    keeps a figure that is computed but not shown as such (an IRR above 100%)."""

    key: str
    value: float | None
    explain: Mapping[str, Quantity | str] = field(default_factory=dict)
    note: str = ""
    note_params: Mapping[str, Any] = field(default_factory=dict)
    raw: float | None = None

    @property
    def definition(self) -> KpiDef:
        return KPIS[self.key]


def format_quantity(value: float, unit: Unit, lang: str, decimals: int = 0) -> str:
    """A number written for ``unit`` in ``lang``.

    >>> format_quantity(0.8864, "share", "nl", 1), format_quantity(7.84, "seconds", "en", 1)
    ('88,6%', '7.8 s')
    """
    if unit in ("eur", "eur_cents"):
        return format_eur(value, lang, decimals)
    if unit == "share":
        return format_percent(value, lang, decimals)
    if unit == "seconds":
        return translate("unit.seconds", lang, x=format_number(value, lang, decimals))
    if unit == "erlang_hours":
        return translate("unit.erlang_hours", lang, x=format_number(value, lang, decimals))
    if unit == "month":
        return translate("unit.month", lang, month=format_number(value, lang))
    # One week, one month: the singular ("1 weken" was seen in the Dutch pilot plan).
    if unit == "months":
        key = "unit.one_month" if value == 1 else "unit.months"
        return translate(key, lang, months=format_number(value, lang))
    if unit == "weeks":
        key = "unit.one_week" if value == 1 else "unit.weeks"
        return translate(key, lang, weeks=format_number(value, lang))
    return format_number(value, lang, decimals)


def format_kpi(kpi: KpiValue, lang: str) -> str:
    """The figure as a tile, a slide or a table cell shows it; without a figure, the
    note's short form (``<note>.short``) or "n/a"."""
    definition = kpi.definition
    if kpi.value is None:
        if kpi.note:
            return translate(kpi.note + ".short", lang, None, **_written(kpi.note_params, lang))
        return translate("unit.na", lang)
    return format_quantity(kpi.value, definition.unit, lang, definition.decimals)


def format_kpi_compact(kpi: KpiValue, lang: str) -> str:
    """``format_kpi``, with money in compact units ("€15.1M", "€ 15,1 mln").

    An amount too small to shorten is written as ``format_kpi`` writes it, cents
    included where the KPI has them (the cost per contact stays "€ 2,58", not "€ 3").

    >>> format_kpi_compact(KpiValue("npv", 15_104_000.0), "en")
    '€15.1M'
    >>> format_kpi_compact(KpiValue("cost_per_contact", 2.584), "nl")
    '€ 2,58'
    """
    money = kpi.definition.unit in ("eur", "eur_cents")
    if kpi.value is not None and money and abs(kpi.value) >= COMPACT_FROM_EUR:
        return format_eur_compact(kpi.value, lang)
    return format_kpi(kpi, lang)


def explain_kpi(kpi: KpiValue, lang: str) -> str:
    """The KPI's explanation with its inputs written for ``lang``, and its note."""
    text = translate(f"explain.{kpi.key}", lang, None, **_written(kpi.explain, lang))
    if kpi.note:
        text += " " + translate(kpi.note, lang, None, **_written(kpi.note_params, lang))
    return text


def _written(params: Mapping[str, Any], lang: str) -> dict[str, str]:
    return {
        name: format_quantity(v.value, v.unit, lang, v.decimals)
        if isinstance(v, Quantity)
        else translate(v.removeprefix("key:"), lang)
        if isinstance(v, str) and v.startswith("key:")
        else str(v)
        for name, v in params.items()
    }


def kpi_dict(kpi: KpiValue) -> dict[str, object]:
    """JSON-ready: the value rounded to what is shown (cents for money), the raw value
    where it differs, and the note's key."""
    definition = kpi.definition
    digits = 2 if definition.unit in ("eur", "eur_cents") else 6
    value = None if kpi.value is None else round(kpi.value, digits)
    result: dict[str, object] = {"value": value, "unit": definition.unit}
    if kpi.raw is not None and kpi.raw != kpi.value:
        result["raw"] = round(kpi.raw, 6)
    if kpi.note:
        result["note"] = kpi.note
    return result
