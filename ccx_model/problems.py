"""Turn validation failures into plain problems: field path, value found, what is allowed.

A director who types a shrinkage of 100% must read "service.shrinkage: 1.0 is not
allowed; allowed: 0 to 0.8", not a traceback. Every problem names the field by its
dotted path and the full allowed range taken from the model's own constraints, so
the message can never drift from the rule.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any, Literal, SupportsFloat, cast, get_args, get_origin

import annotated_types
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from .i18n import format_short, has_text, translate, translate_localized


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input.

    ``detail`` is the English explanation. Where the explanation has a text key
    (``key``, filled with ``params``) it is shown in the reader's language; so is
    the field where it has a ``field_key`` (e.g. "row 3, column calls").
    """

    field: str
    value: Any
    kind: str
    bounds: Bounds | None = None
    choices: str = ""
    detail: str = ""
    key: str = ""
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)
    field_key: str = ""
    choice_values: tuple[Any, ...] = ()

    @classmethod
    def rule(cls, field: str, key: str, value: Any = "", **params: Any) -> Problem:
        """A broken rule explained by the text ``key`` filled with ``params``.

        >>> Problem.rule("(file)", "file.too_large", kb=1000).message("nl")
        '(file): bestand groter dan 1000 kB.'
        """
        detail = translate_localized(key, "en", params)
        return cls(field, value, "rule", detail=detail, key=key, params=params)

    def allowed(self, lang: str = "en") -> str:
        if self.bounds is not None:
            return self.bounds.describe(lang)
        if self.choice_values:
            *head, last = (repr(c) for c in self.choice_values)
            if not head:
                return last
            return translate("range.one_of", lang, choices=", ".join(head), last=last)
        return self.choices

    def field_name(self, lang: str = "en") -> str:
        if self.field_key:
            return translate_localized(self.field_key, lang, self.params)
        return self.field

    def explanation(self, lang: str = "en", label: Callable[[str], str] | None = None) -> str:
        """The detail in ``lang``; ``label`` names the fields a rule mentions."""
        if not self.key:
            return self.detail
        params = dict(self.params)
        if label is not None:
            # ``*_field`` parameters name fields next to where the rule was found.
            prefix = "" if self.field.startswith("(") else self.field + "."
            for name, value in self.params.items():
                if name.endswith("_field") and isinstance(value, str):
                    params[name] = label(prefix + value)
        return translate_localized(self.key, lang, params)

    def message(self, lang: str = "en", label: Callable[[str], str] | None = None) -> str:
        """One line in plain words, in English or Dutch.

        ``label`` maps a dotted field path to the name the reader knows it by (the
        app's form labels); without it, fields are named by their path.
        """
        value = _show(self.value)
        field = self.field_name(lang)
        if label is not None and not self.field_key:
            field = label(field)
        if self.kind == "extra_forbidden":
            return translate("problem.unknown_field", lang, field=field)
        if self.kind == "missing":
            return translate("problem.missing", lang, field=field)
        if self.kind in ("bool_parsing", "bool_type"):
            return translate("problem.not_boolean", lang, field=field, value=value)
        if self.kind == "tiny_number":
            return translate(
                "problem.tiny_number",
                lang,
                field=field,
                value=value,
                smallest=format_short(float(self.params.get("smallest", 0.0)), lang),
                allowed=self.allowed(lang) or translate("range.number", lang),
            )
        detail = self.explanation(lang, label)
        if self.kind == "rule":
            return translate("problem.rule", lang, field=field, detail=detail)
        allowed = self.allowed(lang)
        if allowed:
            return translate(
                "problem.out_of_range", lang, field=field, value=value, allowed=allowed
            )
        return translate("problem.invalid", lang, field=field, value=value, detail=detail)


def rule_error(key: str, **params: Any) -> PydanticCustomError:
    """A model rule's failure, for a validator to raise: type ``key``, text ``rule.<key>``.

    The message reads in English (``str(error)``, a notebook); ``problems_from_validation``
    turns it back into a Problem that speaks the reader's language.

    >>> str(rule_error("day_shares_sum", total=0.95))
    'day_shares must add up to 1 (they add up to 0.95)'
    """
    english = translate_localized(f"rule.{key}", "en", params)
    # pydantic fills {name} from the context, but this text is final: braces from a name
    # (an investment called "{x}") become parentheses rather than a placeholder.
    return PydanticCustomError(key, english.replace("{", "(").replace("}", ")"), params)


class InputError(ValueError):
    """Bad input, with every problem found (not only the first)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message("en") for p in problems))

    def messages(self, lang: str = "en") -> list[str]:
        return [p.message(lang) for p in self.problems]


# Python 3.11's Repr takes no keyword arguments: set the limits after creating it.
_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxlevel = 60, 60, 6, 6, 2


def _show(value: Any) -> str:
    """The value as a short text, without ever building a huge one first.

    >>> _show(10**5000), _show("x" * 100)[:12]
    ('~10^5000', "'xxxxxxxxxxx")
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"~10^{int(value.bit_length() * 0.30103)}"
    text = _SHORT.repr(value) if isinstance(value, str | list | tuple | dict | set) else str(value)
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
    return format_short(x, lang)


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


def _bounds_from_context(ctx: dict[str, Any]) -> Bounds:
    """The limit pydantic reports with a range error (only the side that was crossed)."""
    if "ge" in ctx:
        return Bounds(low=_bound(ctx["ge"]))
    if "gt" in ctx:
        return Bounds(low=_bound(ctx["gt"]), low_open=True)
    if "le" in ctx:
        return Bounds(high=_bound(ctx["le"]))
    if "lt" in ctx:
        return Bounds(high=_bound(ctx["lt"]), high_open=True)
    return Bounds()


def _literal_choices(info: Any) -> tuple[Any, ...]:
    """The allowed values of a ``Literal[...]`` field (empty if it is not one)."""
    annotation = getattr(info, "annotation", None)
    for candidate in (annotation, *get_args(annotation)):
        if get_origin(candidate) is Literal:
            return get_args(candidate)
    return ()


# Lengths of texts and lists: said in the reader's language, with the limit.
_LENGTH_KEYS = {
    "string_too_long": "problem.text_too_long",
    "string_too_short": "problem.text_too_short",
    "too_long": "problem.too_many_items",
    "too_short": "problem.too_few_items",
}


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
        choice_values: tuple[Any, ...] = ()
        if kind in _LENGTH_KEYS:
            ctx = dict(item.get("ctx") or {})
            problems.append(
                Problem(
                    field,
                    item.get("input"),
                    "rule",
                    detail=str(item["msg"]),
                    key=_LENGTH_KEYS[kind],
                    params={
                        "max_length": ctx.get("max_length", 0),
                        "min_length": ctx.get("min_length", 0),
                        "actual_length": ctx.get("actual_length", 0),
                    },
                )
            )
            continue
        if kind == "tiny_number":
            problems.append(
                Problem(
                    field,
                    item.get("input"),
                    kind,
                    bounds=field_bounds(info),
                    detail=str(item["msg"]),
                    params=dict(item.get("ctx") or {}),
                )
            )
            continue
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
            if bounds == Bounds():  # e.g. an item of a tuple: the error still names its limit
                bounds = _bounds_from_context(item.get("ctx") or {})
        elif kind == "literal_error":
            choices = str(item.get("ctx", {}).get("expected", ""))
            choice_values = _literal_choices(info)
        detail = str(item["msg"])
        if has_text(f"rule.{kind}"):  # a model rule raised with rule_error
            ctx = dict(item.get("ctx") or {})
            problems.append(
                Problem(
                    field, item.get("input"), "rule", detail=detail, key=f"rule.{kind}", params=ctx
                )
            )
            continue
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
                choice_values=choice_values,
                detail=detail,
            )
        )
    return problems
