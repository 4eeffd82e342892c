"""Turn validation failures into plain problems: field path, value found, what is allowed.

A director who types a shrinkage of 100% must read "service.shrinkage: 1.0 is not
allowed; allowed: 0 to 0.8", not a traceback. Every problem names the field by its
dotted path and the full allowed range taken from the model's own constraints, so
the message can never drift from the rule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, SupportsFloat, cast

import annotated_types
from pydantic import BaseModel, ValidationError

from .i18n import translate


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input."""

    field: str
    value: Any
    kind: str
    bounds: Bounds | None = None
    choices: str = ""
    detail: str = ""

    def allowed(self, lang: str = "en") -> str:
        if self.bounds is not None:
            return self.bounds.describe(lang)
        return self.choices

    def message(self, lang: str = "en") -> str:
        """One line in plain words, in English or Dutch."""
        value = _show(self.value)
        if self.kind == "extra_forbidden":
            return translate("problem.unknown_field", lang, field=self.field)
        if self.kind == "missing":
            return translate("problem.missing", lang, field=self.field)
        if self.kind == "rule":
            return translate("problem.rule", lang, field=self.field, detail=self.detail)
        allowed = self.allowed(lang)
        if allowed:
            return translate(
                "problem.out_of_range", lang, field=self.field, value=value, allowed=allowed
            )
        return translate("problem.invalid", lang, field=self.field, value=value, detail=self.detail)


class InputError(ValueError):
    """Bad input, with every problem found (not only the first)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message("en") for p in problems))

    def messages(self, lang: str = "en") -> list[str]:
        return [p.message(lang) for p in self.problems]


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def field_info(model: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The pydantic FieldInfo at a dotted location, or None."""
    current: Any = model
    info = None
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(part)
        if info is None:
            return None
        current = info.annotation
        # Optional[Model] and friends: take the model out of the union.
        for arg in getattr(current, "__args__", ()):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                current = arg
    return info


@dataclass(frozen=True)
class Bounds:
    """A field's numeric range, as declared with ge/gt/le/lt."""

    low: float | None = None
    low_open: bool = False
    high: float | None = None
    high_open: bool = False

    def describe(self, lang: str = "en") -> str:
        """'0 to 0.8', 'above 0 to 0.999', 'at least 1' … in the chosen language.

        >>> Bounds(0, False, 0.8, False).describe("en"), Bounds(0, True, None).describe("nl")
        ('0 to 0.8', 'meer dan 0')
        """
        lo = None if self.low is None else _number(self.low, lang)
        hi = None if self.high is None else _number(self.high, lang)
        if lo is not None and hi is not None:
            left = translate("range.above", lang, x=lo) if self.low_open else lo
            right = translate("range.below", lang, x=hi) if self.high_open else hi
            return translate("range.between", lang, low=left, high=right)
        if lo is not None:
            return translate("range.above" if self.low_open else "range.at_least", lang, x=lo)
        if hi is not None:
            return translate("range.below" if self.high_open else "range.at_most", lang, x=hi)
        return translate("range.number", lang)


def _number(x: float, lang: str) -> str:
    text = f"{x:,g}" if abs(x) < 1e6 else f"{x:,.0f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def _bound(value: object) -> float:
    # annotated_types types bounds as "comparable"; our models only use numbers.
    return float(cast(SupportsFloat, value))


def field_bounds(info: Any) -> Bounds:
    """The numeric bounds declared on a pydantic FieldInfo (empty Bounds if none)."""
    bounds = Bounds()
    for meta in getattr(info, "metadata", ()):
        if isinstance(meta, annotated_types.Ge):
            bounds = replace(bounds, low=_bound(meta.ge), low_open=False)
        elif isinstance(meta, annotated_types.Gt):
            bounds = replace(bounds, low=_bound(meta.gt), low_open=True)
        elif isinstance(meta, annotated_types.Le):
            bounds = replace(bounds, high=_bound(meta.le), high_open=False)
        elif isinstance(meta, annotated_types.Lt):
            bounds = replace(bounds, high=_bound(meta.lt), high_open=True)
    return bounds


def problems_from_validation(error: ValidationError, model: type[BaseModel]) -> list[Problem]:
    """Every pydantic error as a Problem with the field's full allowed range."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        field = ".".join(str(p) for p in loc) or "(scenario)"
        kind = item["type"]
        info = field_info(model, loc)
        bounds = None
        choices = ""
        if kind in {
            "greater_than",
            "greater_than_equal",
            "less_than",
            "less_than_equal",
            "float_parsing",
            "float_type",
            "int_parsing",
            "int_type",
            "finite_number",
        }:
            bounds = field_bounds(info)
        elif kind == "literal_error":
            choices = str(item.get("ctx", {}).get("expected", ""))
        detail = str(item["msg"])
        if kind == "value_error":
            kind = "rule"
            detail = detail.removeprefix("Value error, ")
        problems.append(
            Problem(
                field=field,
                value=item.get("input"),
                kind=kind,
                bounds=bounds,
                choices=choices,
                detail=detail,
            )
        )
    return problems
