"""Languages, texts and number formats: English and Dutch.

Messages are looked up by key, never written in English inside logic. Every text of
the model, the app and the exports lives in one gettext catalogue per language
(``ccx_model/locale``, the key as message context; ``tools.i18n_catalogue`` and
``make i18n`` maintain them), read here from the compiled ``.mo`` files, once per
process. Money is formatted for the language: ``EUR 1.234.567`` in Dutch,
``EUR 1,234,567`` in English.

>>> t("range.at_least", "nl", x=1), t("deck.summary"), t("day.mon", "nl")
('minimaal 1', 'Executive summary', 'maandag')
"""

from __future__ import annotations

import math
import struct
import warnings
from collections.abc import Iterator, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from babel.numbers import format_currency, format_decimal
from babel.numbers import format_percent as format_percent_babel

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

DOMAIN = "ccx"
LOCALE_DIR = Path(__file__).with_name("locale")
_CONTEXT_END = "\x04"  # gettext writes a message's context before its id, then this


class MissingTextWarning(UserWarning):
    """A text has no translation in the catalogue: its English is shown."""


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def read_mo(data: bytes) -> dict[str, str]:
    """The messages of a compiled catalogue (GNU ``.mo``), ``{id: text}``, header included.

    An id with a context is written ``context\\x04id``.
    """
    for order in ("<", ">"):
        magic, _revision, count, ids_at, texts_at = struct.unpack_from(f"{order}5I", data)
        if magic == 0x950412DE:
            break
    else:
        raise ValueError("not a compiled gettext catalogue (.mo)")

    def strings(table_at: int) -> Iterator[str]:
        for i in range(count):
            length, offset = struct.unpack_from(f"{order}2I", data, table_at + 8 * i)
            yield data[offset : offset + length].decode("utf-8")

    return dict(zip(strings(ids_at), strings(texts_at), strict=True))


@cache
def texts(lang: str) -> Mapping[str, str]:
    """``{key: text}`` of one language, read once from its compiled catalogue."""
    if lang not in LANGUAGES:
        return MappingProxyType({})
    return MappingProxyType(
        {
            key: text
            for raw, text in read_mo(mo_path(lang).read_bytes()).items()
            for key, sep, _ in [raw.partition(_CONTEXT_END)]
            if sep
        }
    )


def has_text(key: str) -> bool:
    """Whether the catalogue holds ``key``."""
    return key in texts("en")


def translate(
    key: str,
    lang: str = "en",
    table: Mapping[str, Mapping[str, str]] | None = None,
    **values: object,
) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in (``str.format``).

    ``table`` (``{key: {lang: text}}``) is looked in first. A language other than
    English and Dutch gets the English; a Dutch text missing from the catalogue gets
    the English with a ``MissingTextWarning`` (a test fails on any missing one).

    >>> translate("range.at_least", "nl", x=1)
    'minimaal 1'
    """
    entry = table.get(key) if table is not None else None
    text = (entry.get(lang) or entry.get("en")) if entry else None
    if text is None:
        english = texts("en").get(key)
        if english is None:
            raise KeyError(f"no text for {key!r}")
        text = texts(lang).get(key) if lang != "en" and lang in LANGUAGES else english
        if text is None:
            warnings.warn(f"no {lang} text for {key!r}", MissingTextWarning, stacklevel=2)
            text = english
    return text.format(**values) if values else text


def t(key: str, lang: str = "en", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in.

    >>> t("page.overview", "nl")
    'Overzicht'
    """
    return translate(key, lang, None, **values)


class Texts(Mapping[str, Mapping[str, str]]):
    """Every text, read-only, as ``{key: {lang: text}}`` (loaded on first use)."""

    def __getitem__(self, key: str) -> Mapping[str, str]:
        if not has_text(key):
            raise KeyError(key)
        return {lang: texts(lang).get(key) or texts("en")[key] for lang in LANGUAGES}

    def __iter__(self) -> Iterator[str]:
        return iter(texts("en"))

    def __len__(self) -> int:
        return len(texts("en"))


TEXTS = Texts()


def translate_localized(key: str, lang: str, params: Mapping[str, object]) -> str:
    """``translate`` with ``params`` written as the language writes them (``localize``).

    >>> translate_localized("range.at_least", "nl", {"x": 0.5})
    'minimaal 0,5'
    """
    return translate(key, lang, None, **localize(params, lang))


def localize(values: Mapping[str, object], lang: str = "en") -> dict[str, object]:
    """A message's parameters as the language writes them.

    Floats get the language's decimal mark (``format_short``); a parameter named
    ``*_key`` holds a text key and is translated, under its name without the suffix;
    one named ``*_plain`` is a number written without thousands separators.
    Everything else (names, counts, file paths) is shown as it is.

    >>> localize({"total": 0.95, "day_key": "day.mon", "month": 61}, "nl")
    {'total': '0,95', 'day': 'maandag', 'month': 61}
    """
    shown: dict[str, object] = {}
    for name, value in values.items():
        if name.endswith("_key") and isinstance(value, str):
            shown[name.removesuffix("_key")] = translate(value, lang)
        elif name.endswith("_plain") and isinstance(value, float):
            # Without a thousands separator, which could itself be read as a decimal mark.
            plain = format(value, ".15g")
            shown[name.removesuffix("_plain")] = plain.replace(".", ",") if lang == "nl" else plain
        elif isinstance(value, float):
            shown[name] = format_short(value, lang)
        else:
            shown[name] = value
    return shown


def format_short(value: float, lang: str = "en") -> str:
    """A number without needless digits: 0.8, 7,200, 10,000,000 (Dutch: 0,8 / 7.200).

    >>> format_short(0.999, "nl"), format_short(7200.0), format_short(1e7)
    ('0,999', '7,200', '10,000,000')
    """
    if not math.isfinite(value) or (value != 0 and not 1e-3 <= abs(value) < 1e15):
        text = f"{value:g}"  # 1e-09: in scientific notation, with the language's mark
        return text.replace(".", ",") if lang == "nl" else text
    if abs(value) >= 1e6:
        return format_number(value, lang)
    return str(format_decimal(float(f"{value:.6g}"), format="#,##0.######", locale=_locale(lang)))


LOCALES = {"en": "en_GB", "nl": "nl_NL"}


def _locale(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def format_number(value: float, lang: str = "en", decimals: int = 0) -> str:
    """A number with the language's separators (Babel, CLDR data).

    >>> format_number(1234567.891, "nl", 2), format_number(1234567.891, "en", 1)
    ('1.234.567,89', '1,234,567.9')
    """
    if not math.isfinite(value):
        return "∞" if value > 0 else ("-∞" if value < 0 else "n/a")
    return str(format_decimal(value, format=_pattern(decimals), locale=_locale(lang)))


def format_eur(amount_eur: float, lang: str = "en", decimals: int = 0) -> str:
    """A euro amount as the language writes it (Babel, CLDR data): the sign before the
    symbol in English, after it in Dutch.

    >>> format_eur(1234567, "nl"), format_eur(1234567, "en"), format_eur(-2.5, "nl", 2)
    ('€ 1.234.567', '€1,234,567', '€ -2,50')
    >>> format_eur(-2.5, "en", 2)
    '-€2.50'
    """
    if not math.isfinite(amount_eur):
        return format_number(amount_eur, lang)
    number = _pattern(decimals)
    pattern = f"¤ {number};¤ -{number}" if lang == "nl" else f"¤{number}"
    return str(
        format_currency(
            amount_eur, "EUR", format=pattern, locale=_locale(lang), currency_digits=False
        )
    )


COMPACT_FROM_EUR = 1e4  # below this, format_eur_compact writes the amount as it is


def format_eur_compact(amount_eur: float, lang: str = "en") -> str:
    """A euro amount short enough for a tile or a bar: millions and billions with one
    decimal (``€15.1M`` / ``€ 15,1 mln``), thousands as ``€250k`` in English and written
    out in Dutch; smaller amounts as they are.

    >>> format_eur_compact(15_100_000, "en"), format_eur_compact(-15_100_000, "nl")
    ('€15.1M', '€ -15,1 mln')
    >>> format_eur_compact(250_400, "en"), format_eur_compact(250_400, "nl")
    ('€250k', '€ 250.400')
    """
    size = abs(amount_eur)
    if not math.isfinite(amount_eur) or size < COMPACT_FROM_EUR or (size < 1e6 and lang == "nl"):
        return format_eur(amount_eur, lang)
    if size >= 1e9:
        scaled, suffix = amount_eur / 1e9, {"en": "bn", "nl": " mld"}
    elif size >= 1e6:
        scaled, suffix = amount_eur / 1e6, {"en": "M", "nl": " mln"}
    else:
        scaled, suffix = amount_eur / 1e3, {"en": "k", "nl": "k"}
    decimals = 1 if size >= 1e6 else 0
    text = format_number(abs(scaled), lang, decimals)
    sign = "-" if amount_eur < 0 else ""
    if lang == "nl":
        return f"€ {sign}{text}{suffix['nl']}"
    return f"{sign}€{text}{suffix['en']}"


def format_day(day: date, lang: str = "en") -> str:
    """A date as the language writes it in a sentence (Babel, CLDR's long form).

    >>> format_day(date(2025, 12, 31), "en"), format_day(date(2025, 12, 31), "nl")
    ('31 December 2025', '31 december 2025')
    """
    from babel.dates import format_date  # only the pages that show a date need it

    return format_date(day, format="long", locale=LOCALES[lang])


def format_percent(share: float, lang: str = "en", decimals: int = 1) -> str:
    """A share (0.8) as a percentage (Babel, CLDR data).

    >>> format_percent(0.888, "en"), format_percent(0.888, "nl")
    ('88.8%', '88,8%')
    """
    if not math.isfinite(share):
        return format_number(share, lang)
    return str(format_percent_babel(share, format=_pattern(decimals) + "%", locale=_locale(lang)))
