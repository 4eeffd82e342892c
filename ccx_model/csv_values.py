"""Cell values of spreadsheet exports, read column by column: numbers, dates, yes/no.

Every function works on the *distinct* texts of a column (``pandas.factorize``), so
a million rows with a few thousand distinct dates or amounts cost a few thousand
parses. A text that cannot be read becomes NaN / ``NO_DAY`` / -2, never a guess; the
caller names its row and column.

**Decimal mark.** Dutch Excel writes ``1.234,56`` (comma decimal, point grouping),
English Excel ``1,234.56``. The mark is told from the column itself:

- a value with both marks: the last one is the decimal mark (``1.234,56``);
- a mark that appears twice is a grouping mark (``1,234,567``);
- a single mark not followed by exactly three digits, or after a leading ``0`` or
  more than three digits, is the decimal mark (``12,5``, ``0,125``, ``1234,567``);
- a single mark followed by exactly three digits after 1–3 digits (``1,234``) is
  **ambiguous**: 1.234 or 1234.

Evidence for both marks in one file is refused. With no evidence, an ambiguous
value is read by the file's separator convention (``;`` = Dutch Excel = decimal
comma; ``,`` = English = decimal point) and refused when the separator tells
nothing (tab or a single column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

DecimalMark = Literal[",", "."]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_CURRENCY = r"[€\s\u00a0\u202f]|EUR|eur"
_BOTH_COMMA_LAST = r"[+-]?\d{1,3}(?:\.\d{3})+,\d+"
_BOTH_POINT_LAST = r"[+-]?\d{1,3}(?:,\d{3})+\.\d+"
_REPEATED_POINT = r"[+-]?\d{1,3}(?:\.\d{3}){2,}"
_REPEATED_COMMA = r"[+-]?\d{1,3}(?:,\d{3}){2,}"
_AMBIGUOUS = r"[+-]?[1-9]\d{0,2}[.,]\d{3}"
_SINGLE_COMMA = r"[+-]?\d*,\d+"
_SINGLE_POINT = r"[+-]?\d*\.\d+"
_VALID = {
    ",": re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?|[+-]?,\d+"),
    ".": re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+"),
}


def distinct(values: pd.Series) -> tuple[IntArray, pd.Series]:
    """``(codes, uniques)``: ``values == uniques[codes]``, uniques in order of first appearance."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes.astype(np.int64, copy=False), pd.Series(uniques, dtype="str")


def _bare(texts: pd.Series) -> pd.Series:
    """Numbers without spaces or a currency sign (``€ 1.234,50`` → ``1.234,50``)."""
    return texts.str.replace(_CURRENCY, "", regex=True)


@dataclass(frozen=True)
class MarkEvidence:
    """What the distinct texts of a number column say about their decimal mark.

    Each field holds the position (in the uniques) of a first example, or -1.
    """

    comma: int
    point: int
    ambiguous: int


def decimal_evidence(uniques: pd.Series) -> MarkEvidence:
    """Which decimal mark the texts show.

    >>> e = decimal_evidence(pd.Series(["12", "1,234", "7,5"]))
    >>> e.comma, e.point, e.ambiguous
    (2, -1, 1)
    """
    bare = _bare(uniques)

    def first(pattern: str, within: pd.Series | None = None) -> int:
        hits = np.flatnonzero(bare.str.fullmatch(pattern).to_numpy(dtype=bool, na_value=False))
        if within is not None:
            hits = np.intersect1d(hits, np.flatnonzero(within.to_numpy()))
        return int(hits[0]) if hits.size else -1

    ambiguous = bare.str.fullmatch(_AMBIGUOUS).to_numpy(dtype=bool, na_value=False)
    plain = pd.Series(~ambiguous)
    comma = [first(_BOTH_COMMA_LAST), first(_REPEATED_POINT), first(_SINGLE_COMMA, plain)]
    point = [first(_BOTH_POINT_LAST), first(_REPEATED_COMMA), first(_SINGLE_POINT, plain)]
    hits = np.flatnonzero(ambiguous)
    return MarkEvidence(
        comma=min((i for i in comma if i >= 0), default=-1),
        point=min((i for i in point if i >= 0), default=-1),
        ambiguous=int(hits[0]) if hits.size else -1,
    )


def parse_numbers(uniques: pd.Series, decimal: DecimalMark) -> FloatArray:
    """The texts as numbers with ``decimal`` as the decimal mark; NaN where unreadable.

    Grouping must be well formed (``1.234.567,8`` in Dutch); an empty text is NaN.

    >>> parse_numbers(pd.Series(["1.234,5", "€ 12", "1,2,3", "-0,5"]), ",").tolist()
    [1234.5, 12.0, nan, -0.5]
    """
    bare = _bare(uniques)
    valid = bare.str.fullmatch(_VALID[decimal].pattern).to_numpy(dtype=bool, na_value=False)
    grouping = "." if decimal == "," else ","
    plain = bare.str.replace(grouping, "", regex=False)
    if decimal == ",":
        plain = plain.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(plain.where(valid, ""), errors="coerce").to_numpy(
        dtype=np.float64, copy=True
    )
    numbers[~valid] = np.nan
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers


# Date forms, by what the date part (before a space or a "T") looks like.
_DATE_FORMS: tuple[tuple[str, str], ...] = (
    (r"\d{4}-\d{1,2}-\d{1,2}", "%Y-%m-%d"),
    (r"\d{4}/\d{1,2}/\d{1,2}", "%Y/%m/%d"),
    (r"\d{1,2}-\d{1,2}-\d{4}", "%d-%m-%Y"),
    (r"\d{1,2}/\d{1,2}/\d{4}", "%d/%m/%Y"),
    (r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"),
)
DATE_FORMATS: tuple[str, ...] = tuple(form for _, form in _DATE_FORMS)
_SHOWN = {"%Y": "yyyy", "%m": "mm", "%d": "dd"}


def show_date_format(date_format: str) -> str:
    """``%d-%m-%Y`` as people write it: ``dd-mm-yyyy``.

    >>> show_date_format("%d-%m-%Y")
    'dd-mm-yyyy'
    """
    for code, shown in _SHOWN.items():
        date_format = date_format.replace(code, shown)
    return date_format


def date_part(uniques: pd.Series) -> pd.Series:
    """The date without a time of day (``2024-03-01 14:22`` → ``2024-03-01``)."""
    return uniques.str.strip().str.split(r"[ T]", n=1, regex=True).str[0].fillna("")


def detect_date_format(parts: pd.Series) -> str | None:
    """The form most of the distinct dates are written in (None when none fits).

    >>> detect_date_format(pd.Series(["31-12-2024", "1-2-2025", "x"]))
    '%d-%m-%Y'
    """
    best, best_count = None, 0
    for pattern, form in _DATE_FORMS:
        count = int(parts.str.fullmatch(pattern).sum())
        if count > best_count:
            best, best_count = form, count
    return best


NO_DAY = np.iinfo(np.int64).min  # "not a date": any real day, also before 1970, is above it


def parse_days(parts: pd.Series, date_format: str) -> IntArray:
    """Days since 1970-01-01 of each date part; ``NO_DAY`` where it is not a date in that form.

    >>> days = parse_days(pd.Series(["1-1-1970", "31-12-1969", "31-02-2024"]), "%d-%m-%Y")
    >>> days[:2].tolist(), days[2] == NO_DAY
    ([0, -1], np.True_)
    """
    dates = pd.to_datetime(parts, format=date_format, errors="coerce")
    days = np.full(len(parts), NO_DAY, dtype=np.int64)
    ok = dates.notna().to_numpy()
    days[ok] = dates[ok].to_numpy().astype("datetime64[D]").astype(np.int64)
    return days


def month_first(parts: pd.Series) -> bool:
    """Slash dates that only read as mm/dd/yyyy (a month above 12 in first place never occurs,
    a "day" above 12 in second place does).

    >>> month_first(pd.Series(["12/31/2024", "01/02/2024"])), month_first(pd.Series(["31/12/2024"]))
    (True, False)
    """
    split = parts.str.extract(r"^(\d{1,2})/(\d{1,2})/\d{4}$").dropna().astype(int)
    if split.empty:
        return False
    return bool((split[1] > 12).any() and not (split[0] > 12).any())


YES = frozenset({"yes", "y", "ja", "j", "true", "waar", "1", "x", "opt-in", "optin"})
NO = frozenset({"no", "n", "nee", "false", "onwaar", "0", "opt-out", "optout"})


def parse_yes_no(uniques: pd.Series) -> npt.NDArray[np.int8]:
    """1 for yes, 0 for no, -1 for empty, -2 for a text that is neither.

    >>> parse_yes_no(pd.Series(["Ja", "nee", "", "TRUE", "maybe"])).tolist()
    [1, 0, -1, 1, -2]
    """
    lowered = uniques.str.strip().str.lower()
    out = np.full(len(uniques), -2, dtype=np.int8)
    out[lowered.isin(YES).to_numpy()] = 1
    out[lowered.isin(NO).to_numpy()] = 0
    out[(lowered == "").to_numpy()] = -1
    return out
