"""A change in a scenario's pilot or targeting section, in words with units.

``assumptions_diff`` compares these sections field by field (``pilot.duration_weeks``,
``pilot.criteria.min_conversion``, ``targeting.segments[0]``) or whole where one side
has none (``pilot``: None → the section). Each is said as the Pilot and Targeting
pages say it: the field's label, shares in percent, a criterion with its side
("≥ 6.0%"), results by their weeks, segments by their names.
"""

from __future__ import annotations

from typing import Any

from .i18n import format_number, format_percent, has_text, t
from .pilot import SHARE_FIELDS
from .pilot_words import threshold_text
from .targeting import segment_name


def _pilot_summary(pilot: Any, lang: str) -> str:
    """A whole pilot section in a few words: group, duration, criteria set."""
    if not isinstance(pilot, dict):
        return "—"
    criteria = pilot.get("criteria") or {}
    return t(
        "words.pilot_summary",
        lang,
        share=format_percent(float(pilot.get("group_share", 0.0)), lang, 0),
        weeks=pilot.get("duration_weeks", "—"),
        criteria=sum(1 for v in criteria.values() if v is not None),
    )


def _targeting_summary(targeting: Any, lang: str) -> str:
    if not isinstance(targeting, dict):
        return "—"
    names = [segment_name(str(s.get("segment")), lang) for s in targeting.get("segments") or ()]
    return ", ".join(names) or "—"


def _weeks(actuals: Any, lang: str) -> str:
    if not isinstance(actuals, dict):
        return t("words.no_results", lang)
    weeks = len({w.get("week") for w in actuals.get("pilot") or ()})
    return t("words.weeks_of_results", lang, weeks=weeks)


def _week(week: Any, lang: str) -> str:
    if not isinstance(week, dict):
        return "—"
    return t(
        "words.week_result",
        lang,
        week=week.get("week"),
        offers=format_number(week.get("offers", 0), lang),
        sales=format_number(week.get("sales", 0), lang),
    )


def _pilot_value(field: str, value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if field in SHARE_FIELDS and isinstance(value, int | float):
        return format_percent(float(value), lang, 1)
    if field in ("group_basis", "control"):
        kind = "basis" if field == "group_basis" else "control_choice"
        return t(f"pilot.{kind}.{value}", lang)
    if isinstance(value, int | float):
        return format_number(value, lang, 0 if float(value).is_integer() else 1)
    return " ".join(str(value).split())[:60] or "—"


def _pilot_change(path: str, before: Any, after: Any, lang: str) -> tuple[str, str, str]:
    section = t("words.pilot", lang)
    rest = path.removeprefix("pilot").lstrip(".")
    if not rest:
        return section, _pilot_summary(before, lang), _pilot_summary(after, lang)
    if rest == "actuals":
        return f"{section} · {t('pilot.actuals', lang)}", _weeks(before, lang), _weeks(after, lang)
    if rest.startswith("actuals."):  # one week of one group: actuals.pilot[3]
        group = "control" if rest.startswith("actuals.control") else "pilot"
        label = f"{section} · {t('pilot.actuals', lang)} ({t(f'pilot.group.{group}', lang)})"
        return label, _week(before, lang), _week(after, lang)
    if rest.startswith("criteria."):
        name = rest.removeprefix("criteria.")
        label = f"{section} · {t(f'pilot.criterion.{name}', lang)}"

        def side(value: Any) -> str:
            return "—" if value is None else threshold_text(name, float(value), lang)

        return label, side(before), side(after)
    label = (
        f"{section} · {t(f'pilot.field.{rest}', lang)}"
        if has_text(f"pilot.field.{rest}")
        else f"{section} · {rest}"
    )
    return label, _pilot_value(rest, before, lang), _pilot_value(rest, after, lang)


def _targeting_change(path: str, before: Any, after: Any, lang: str) -> tuple[str, str, str]:
    section = t("words.targeting", lang)
    rest = path.removeprefix("targeting").lstrip(".")
    if not rest:
        return section, _targeting_summary(before, lang), _targeting_summary(after, lang)
    if rest.startswith("segments"):

        def side(value: Any) -> str:
            if not isinstance(value, dict):
                return "—"
            return f"{segment_name(str(value.get('segment')), lang)} ({format_percent(float(value.get('share', 0.0)), lang, 1)})"

        return f"{section} · {t('targeting.segments', lang)}", side(before), side(after)
    key = {"entered_lift": "targeting.lift", "customer_base": "targeting.customer_base"}.get(rest)
    label = f"{section} · {t(key, lang) if key else rest}"

    def plain(value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, int | float):
            whole = rest != "entered_lift" and float(value).is_integer()  # a lift: 1.50
            return format_number(value, lang, 0 if whole else 2)
        return str(value)

    return label, plain(before), plain(after)


def section_change(path: str, before: Any, after: Any, lang: str) -> tuple[str, str, str] | None:
    """(what, before, after) for a change in the pilot or targeting section; else None."""
    head = path.split(".")[0].split("[")[0]
    if head == "pilot":
        return _pilot_change(path, before, after, lang)
    if head == "targeting":
        return _targeting_change(path, before, after, lang)
    return None
