"""Every assumption of a scenario in words, and every change to one.

The deck's appendix and the workbook's Assumptions sheet read the same rows — every
field the app's form shows (``ccx_model.fields``), under the form's group headings,
with its unit and source. A change between two scenarios is said the same way in the
app's "what changed" panel, its Compare page, the deck and ``ccx compare``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .assumptions_diff import AssumptionChange, assumptions_diff
from .bundled_names import display_name
from .fields import (
    BY_PATH,
    GROUP_OF,
    GROUPS,
    PROFIT_GROUPS,
    FieldSpec,
    field_name,
    get_path,
)
from .i18n import format_eur, format_short, has_text, t
from .scenario import Scenario
from .section_words import section_change


@dataclass(frozen=True)
class Assumption:
    """One input of the scenario as an export shows it."""

    path: str
    group: str  # the heading the form shows it under
    label: str
    value: Any  # the model's own value: a fraction for a percentage, a bool for a switch
    shown: str  # written out for the language: "35%", "on", "330,000"
    unit: str  # "%", "EUR", "seconds", … ("" when the label says it all)
    is_percent: bool
    source: str  # the field's description (Dutch tooltip in Dutch)


# Tokens of a field name and the unit they stand for, the first match wins:
# ``team_leader_cost_eur_per_year`` is in EUR, ``ramp_up_months`` in months.
UNIT_TOKENS = (
    ("eur", "eur"),
    ("seconds", "seconds"),
    ("minutes", "minutes"),
    ("hours", "hours"),
    ("weeks", "weeks"),
    ("months", "months"),
    ("years", "years"),
)


def field_unit(spec: FieldSpec) -> str:
    """The unit key of a field (``xlsx.unit.<key>``), or "" for a count or a choice.

    >>> from ccx_model.fields import BY_PATH
    >>> [field_unit(BY_PATH[p]) for p in ("service.shrinkage", "demand.aht_seconds",
    ...  "workforce.team_leader_cost_eur_per_year", "workforce.agents_per_team_leader")]
    ['percent', 'seconds', 'eur', '']
    """
    if spec.scale == 100.0:
        return "percent"
    if spec.choices:
        return ""
    tokens = spec.path.rsplit(".", 1)[-1].split("_")
    return next((unit for token, unit in UNIT_TOKENS if token in tokens), "")


def show_value(spec: FieldSpec, value: Any, lang: str) -> str:
    """A field's value as the language writes it; shares as percentages.

    >>> from ccx_model.fields import BY_PATH
    >>> show_value(BY_PATH["service.shrinkage"], 0.35, "nl"), show_value(
    ...     BY_PATH["demand.calls_per_month"], 330000.0, "en")
    ('35%', '330,000')
    >>> show_value(BY_PATH["cross_sell.conversion_rate"], 0.0995893, "nl"), show_value(
    ...     BY_PATH["cross_sell.offer_handle_seconds"], 57.2462, "en")
    ('9,96%', '57.25')
    """
    if value is None:
        return t("xlsx.none", lang)
    if isinstance(value, bool):
        return t("xlsx.on" if value else "xlsx.off", lang)
    if isinstance(value, str):
        try:
            return t(f"choice.{value}", lang)
        except KeyError:
            return value
    if isinstance(value, int | float):
        # As a reader writes a figure: a share to two decimals of a percent, a number
        # below 1,000 to four significant figures ("9.96%", not the scale-up's measured
        # "9.95893%"); what anyone types fits, larger numbers are whole.
        if spec.scale == 100.0:
            return format_short(round(value * 100.0, 2), lang) + "%"
        shown = float(value)
        if shown != 0 and abs(shown) < 1_000:
            shown = float(f"{shown:.4g}")
        return format_short(shown, lang)
    return str(value)


def field_source(spec: FieldSpec, lang: str) -> str:
    """Where the default comes from: the model's description (its Dutch tooltip in Dutch)."""
    try:
        return t(f"help.{spec.path}", lang)
    except KeyError:
        return spec.description()


def assumptions(scenario: Scenario, lang: str = "en") -> list[Assumption]:
    """Every input the app shows (``ccx_app.fields.ALL_FIELDS``), in the form's order,
    with the heading of its group."""
    data = scenario.model_dump()
    rows = []
    for group, specs in (*GROUPS.items(), *PROFIT_GROUPS.items()):
        for spec in specs:
            value = get_path(data, spec.path)
            unit = field_unit(spec)
            rows.append(
                Assumption(
                    path=spec.path,
                    group=_group_label(group, lang),
                    label=t(f"field.{spec.path}", lang),
                    value=value,
                    shown=show_value(spec, value, lang),
                    unit=t(f"xlsx.unit.{unit}", lang) if unit else "",
                    is_percent=unit == "percent",
                    source=field_source(spec, lang),
                )
            )
    return rows


def _group_label(group: str, lang: str) -> str:
    try:
        return t(f"group.{group}", lang)
    except KeyError:
        return group


def _lever_on(scenario: Scenario, path: str) -> bool:
    """Whether ``path`` belongs to a lever or channel the scenario switches on."""
    section, _, rest = path.partition(".")
    if section == "channels":
        name = rest.partition(".")[0]
        channel = getattr(scenario.channels, name, None)
        return (
            bool(getattr(channel, "enabled", False))
            if name != "shift"
            else (scenario.channels.shift.share_of_phone_to_chat > 0)
        )
    if section == "outsourcing":
        return scenario.outsourcing.active
    if section == "quality":
        quality = scenario.quality
        return quality.first_contact_resolution_target != quality.first_contact_resolution
    inputs = getattr(scenario, section, None)
    return bool(getattr(inputs, "enabled", False))


def shown_in_appendix(scenario: Scenario, row: Assumption) -> bool:
    """Whether the deck's appendix lists ``row``: its value differs from ccx's documented
    default (today's centre, ``Scenario()``), or it is a setting of a lever that is on;
    the business case's own settings always."""
    default = get_path(Scenario().model_dump(), row.path)
    return (
        row.value != default
        or _lever_on(scenario, row.path)
        or row.path.startswith("business_case.")
    )


# Lists compared item by item (``assumptions_diff``): what one item is called.
_LIST_ITEMS = {
    "business_case.investments": "words.investment",
    "failure_demand.reasons": "words.reason",
    "failure_demand.cuts": "words.cut",
}


# The scenario's own words: its name and description (the deck's title and subtitle),
# the recommendation and the ask of its executive summary.
TEXT_FIELDS = {
    "name": "words.name",
    "description": "words.description",
    "business_case.recommendation": "words.recommendation",
    "business_case.ask": "words.ask",
}


def _abridged(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(item: Any, lang: str) -> str:
    """An item of a list in a few words: an investment by its amounts, another by its name."""
    if not isinstance(item, dict):
        return "—"
    if "one_off_eur" in item:
        parts = []
        if item.get("one_off_eur"):
            parts.append(t("words.one_off", lang, amount=format_eur(item["one_off_eur"], lang)))
        if item.get("recurring_eur_per_month"):
            amount = format_eur(item["recurring_eur_per_month"], lang)
            parts.append(t("words.per_month", lang, amount=amount))
        return " + ".join(parts) or format_eur(0, lang)
    return _item_name(item, lang) or "—"


def _item_name(item: Any, lang: str) -> str:
    """An investment by its name, a contact reason by its reason, a cut by its
    department; a name ccx bundles in ``lang``."""
    if isinstance(item, dict):
        name = item.get("name") or item.get("reason") or item.get("department") or ""
        return display_name(str(name), lang)
    return ""


RANGE_PARTS = ("low", "high", "distribution")


def show_range(path: str, spec: Any, lang: str) -> str:
    """A range as a reader writes it: "4% – 10%", "180 – 300 (PERT)"; "no range"."""
    if not isinstance(spec, dict):
        return t("words.no_range", lang)
    field = BY_PATH.get(path, FieldSpec(path))
    text = (
        f"{show_value(field, spec.get('low'), lang)} – {show_value(field, spec.get('high'), lang)}"
    )
    distribution = spec.get("distribution", "triangular")
    if distribution != "triangular":
        text += f" ({t(f'risk.distribution.{distribution}', lang)})"
    return text


def _range_change(change: AssumptionChange, lang: str) -> tuple[str, str, str]:
    """A range added, removed or changed (``ranges.<path>`` or ``ranges.<path>.low``)."""
    rest = change.path.removeprefix("ranges.")
    path, _, part = rest.rpartition(".")
    if part in RANGE_PARTS and change.path not in BY_PATH:
        field = BY_PATH.get(path, FieldSpec(path))
        label = t("words.range", lang, field=field_name(path, lang))
        if part == "distribution":
            return (
                label,
                t(f"risk.distribution.{change.baseline or 'triangular'}", lang),
                t(f"risk.distribution.{change.scenario or 'triangular'}", lang),
            )
        return (
            f"{label} ({t(f'risk.col.{part}', lang).lower()})",
            show_value(field, change.baseline, lang),
            show_value(field, change.scenario, lang),
        )
    return (
        t("words.range", lang, field=field_name(rest, lang)),
        show_range(rest, change.baseline, lang),
        show_range(rest, change.scenario, lang),
    )


def described_change(change: AssumptionChange, lang: str) -> tuple[str, str, str]:
    """One changed assumption as a reader says it: (what, before, after) — the form's
    label and the values with their unit, written for ``lang``; an investment, contact
    reason or cut by its name ("—" for the side that lacks it).

    >>> from ccx_model.assumptions_diff import AssumptionChange
    >>> described_change(AssumptionChange("service.shrinkage", 0.35, 0.3), "nl")
    ('Serviceniveau en shrinkage · Shrinkage (%)', '35%', '30%')
    >>> described_change(AssumptionChange("cross_sell.enabled", False, True), "en")[1:]
    ('off', 'on')
    """
    if change.path.startswith("ranges."):
        return _range_change(change, lang)
    if change.path in TEXT_FIELDS:
        return (
            t(TEXT_FIELDS[change.path], lang),
            _abridged(display_name(str(change.baseline or ""), lang)) or "—",
            _abridged(display_name(str(change.scenario or ""), lang)) or "—",
        )
    spec = BY_PATH.get(change.path)
    if spec is not None:  # the label carries the unit: "Ramp-up (months)", "Shrinkage (%)"
        label = f"{_group_label(GROUP_OF[spec.path], lang)} · {t(f'field.{spec.path}', lang)}"
        return (
            label,
            show_value(spec, change.baseline, lang),
            show_value(spec, change.scenario, lang),
        )
    base, _, _ = change.path.partition("[")
    if base in _LIST_ITEMS:
        name = _item_name(change.scenario, lang) or _item_name(change.baseline, lang)
        return (
            t(_LIST_ITEMS[base], lang, name=name),
            _item(change.baseline, lang),
            _item(change.scenario, lang),
        )
    in_section = section_change(change.path, change.baseline, change.scenario, lang)
    if in_section is not None:
        return in_section
    section = change.path.split(".")[0].split("[")[0]
    label = t(f"words.{section}", lang) if has_text(f"words.{section}") else change.path
    return label, t("words.before", lang), t("words.changed", lang)


def changes_in_words(before: Scenario, after: Scenario, lang: str) -> list[tuple[str, str, str]]:
    """Every assumption of ``after`` that differs from ``before`` (the name and description
    included), as :func:`described_change` writes it."""
    return [described_change(c, lang) for c in assumptions_diff(before, after, ignore=())]
