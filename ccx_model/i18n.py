"""Languages and number formats: English and Dutch.

Messages are looked up by key, never written in English inside logic. Money is
formatted for the language: ``EUR 1.234.567`` in Dutch, ``EUR 1,234,567`` in English.
The app adds its own UI table on top of this one (``ccx_app.texts``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

MESSAGES: dict[str, dict[str, str]] = {
    "problem.out_of_range": {
        "en": "{field}: {value} is not allowed; allowed: {allowed}.",
        "nl": "{field}: {value} is niet toegestaan; toegestaan: {allowed}.",
    },
    "problem.invalid": {
        "en": "{field}: {value} is not valid ({detail}).",
        "nl": "{field}: {value} is niet geldig ({detail}).",
    },
    "problem.unknown_field": {
        "en": "{field}: unknown field (a typo?); it is not part of a scenario.",
        "nl": "{field}: onbekend veld (een typfout?); het hoort niet bij een scenario.",
    },
    "problem.missing": {
        "en": "{field}: required but missing.",
        "nl": "{field}: verplicht maar ontbreekt.",
    },
    "problem.rule": {"en": "{field}: {detail}.", "nl": "{field}: {detail}."},
    "range.between": {"en": "{low} to {high}", "nl": "{low} tot en met {high}"},
    "range.above": {"en": "above {x}", "nl": "meer dan {x}"},
    "range.below": {"en": "below {x}", "nl": "minder dan {x}"},
    "range.at_least": {"en": "at least {x}", "nl": "minimaal {x}"},
    "range.at_most": {"en": "at most {x}", "nl": "maximaal {x}"},
    "range.number": {"en": "a number", "nl": "een getal"},
}


def translate(
    key: str,
    lang: str = "en",
    table: Mapping[str, Mapping[str, str]] | None = None,
    **values: object,
) -> str:
    """The text for ``key`` in ``lang`` (English if missing), with ``values`` filled in.

    >>> translate("range.at_least", "nl", x=1)
    'minimaal 1'
    """
    entry = (table or MESSAGES).get(key) or MESSAGES.get(key)
    if entry is None:
        raise KeyError(f"no text for {key!r}")
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def _group(text: str, lang: str) -> str:
    # Python formats as 1,234,567.89; Dutch swaps the separators: 1.234.567,89.
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def format_number(value: float, lang: str = "en", decimals: int = 0) -> str:
    """A number with thousands separators for the language.

    >>> format_number(1234567.891, "nl", 2), format_number(1234567.891, "en", 1)
    ('1.234.567,89', '1,234,567.9')
    """
    if not math.isfinite(value):
        return "∞" if value > 0 else ("-∞" if value < 0 else "n/a")
    return _group(f"{value:,.{decimals}f}", lang)


def format_eur(amount_eur: float, lang: str = "en", decimals: int = 0) -> str:
    """Euro amount for the language, sign before the currency.

    >>> format_eur(1234567, "nl"), format_eur(1234567, "en"), format_eur(-2.5, "nl", 2)
    ('EUR 1.234.567', 'EUR 1,234,567', '-EUR 2,50')
    """
    sign = "-" if amount_eur < 0 else ""
    return f"{sign}EUR {format_number(abs(amount_eur), lang, decimals)}"


def format_percent(share: float, lang: str = "en", decimals: int = 1) -> str:
    """A share (0.8) as a percentage ('80.0%' / '80,0%').

    >>> format_percent(0.888, "en"), format_percent(0.888, "nl")
    ('88.8%', '88,8%')
    """
    return f"{format_number(share * 100.0, lang, decimals)}%"
