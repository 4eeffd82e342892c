"""The typed columns of a customer export, each cell checked (``customer_file`` reads the text).

Numbers, dates and yes/no answers are parsed once per distinct text
(``ccx_model.csv_values``); a cell that cannot be read becomes a Problem naming
its spreadsheet row and the file's own column header.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from .csv_values import (
    NO_DAY,
    DecimalMark,
    IntArray,
    date_part,
    decimal_evidence,
    detect_date_format,
    distinct,
    month_first,
    parse_days,
    parse_numbers,
    parse_yes_no,
    show_date_format,
)
from .i18n import translate_localized
from .problems import Bounds, Problem

MAX_PROBLEMS = 20
AMOUNT_MIN, AMOUNT_MAX = -1e9, 1e9
AMOUNT_BOUNDS = Bounds(AMOUNT_MIN, False, AMOUNT_MAX, False)
MAX_PURCHASES = 10_000_000
EMPTY_MEANS = {"consent": "customers.empty_consent", "response": "customers.empty_response"}


@dataclass
class Collector:
    """Keeps the first ``MAX_PROBLEMS`` problems and counts all of them."""

    problems: list[Problem] = field(default_factory=list)
    total: int = 0

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def report(self, mask: npt.NDArray[np.bool_], make: Callable[[int], Problem]) -> None:
        """A problem for each position where ``mask`` holds (made only for the first ones)."""
        hits = np.flatnonzero(mask)
        for i in hits[:MAX_PROBLEMS]:
            self.add(make(int(i)))
        self.total += max(0, hits.size - MAX_PROBLEMS)

    def listed(self) -> list[Problem]:
        more = self.total - len(self.problems)
        if more <= 0:
            return list(self.problems)
        return [*self.problems, Problem.rule("(file)", "file.more_problems", count=more)]


def cell_problem(row: int, column: str, key: str, value: Any, **params: Any) -> Problem:
    """A rule broken by one cell, named "row 5, column bedrag" (Dutch: "rij 5, kolom bedrag")."""
    params = {"row": row, "column": column, "value": value, **params}
    return Problem(
        f"row {row}, column {column}",
        value,
        "rule",
        detail=translate_localized(key, "en", params),
        key=key,
        params=params,
        field_key="csv.cell",
    )


def range_problem(row: int, column: str, value: str, bounds: Bounds) -> Problem:
    """A cell outside (or not) a number in ``bounds``, with the allowed range."""
    return Problem(
        f"row {row}, column {column}",
        value,
        "invalid",
        bounds=bounds,
        params={"row": row, "column": column},
        field_key="csv.cell",
    )


@dataclass(frozen=True)
class Parsed:
    rows: pd.DataFrame
    customer_ids: pd.Series
    decimal: DecimalMark
    date_format: str


def _empty(texts: pd.Series) -> npt.NDArray[np.bool_]:
    return (texts.str.strip() == "").to_numpy(dtype=bool, na_value=True)


def _choose_decimal(
    uniques: pd.Series,
    codes: IntArray,
    rows: IntArray,
    column: str,
    separator: str,
    override: DecimalMark | None,
    problems: Collector,
) -> DecimalMark | None:
    """The decimal mark of the column (None when refused: mixed, or ambiguous)."""
    default: DecimalMark = "," if separator == ";" else "."
    if override is not None:
        return override
    evidence = decimal_evidence(uniques)

    def row_of(unique: int) -> int:
        return int(rows[int(np.argmax(codes == unique))])

    if evidence.comma >= 0 and evidence.point >= 0:
        problems.add(
            Problem.rule(
                column,
                "customers.mixed_decimal",
                column=column,
                comma_row=row_of(evidence.comma),
                comma_value=uniques[evidence.comma],
                point_row=row_of(evidence.point),
                point_value=uniques[evidence.point],
            )
        )
        return None
    if evidence.comma >= 0:
        return ","
    if evidence.point >= 0:
        return "."
    if evidence.ambiguous >= 0 and separator not in (";", ","):
        problems.add(
            cell_problem(
                row_of(evidence.ambiguous),
                column,
                "customers.ambiguous_decimal",
                uniques[evidence.ambiguous],
            )
        )
        return None
    return default


def _numbers(
    texts: pd.Series,
    rows: IntArray,
    column: str,
    decimal: DecimalMark,
    problems: Collector,
    whole: bool = False,
) -> npt.NDArray[np.float64]:
    codes, uniques = distinct(texts)
    values = parse_numbers(uniques, decimal)
    if whole:
        bad = ~((values >= 1) & (values <= MAX_PURCHASES) & (values == np.round(values)))
    else:
        bad = ~((values >= AMOUNT_MIN) & (values <= AMOUNT_MAX))
    per_row = bad[codes]
    empty = _empty(texts)
    problems.report(empty, lambda i: cell_problem(int(rows[i]), column, "customers.empty_cell", ""))
    if whole:
        problems.report(
            per_row & ~empty,
            lambda i: cell_problem(
                int(rows[i]), column, "customers.bad_count", str(texts.iat[i]), max=MAX_PURCHASES
            ),
        )
    else:
        problems.report(
            per_row & ~empty,
            lambda i: range_problem(int(rows[i]), column, str(texts.iat[i]), AMOUNT_BOUNDS),
        )
    return values[codes]


def _days(
    texts: pd.Series, rows: IntArray, column: str, override: str | None, problems: Collector
) -> tuple[IntArray, str]:
    codes, uniques = distinct(texts)
    parts = date_part(uniques)
    form = override or detect_date_format(parts) or "%Y-%m-%d"
    days = parse_days(parts, form)
    if override is None and form == "%d/%m/%Y" and month_first(parts):
        problems.add(Problem.rule(column, "customers.month_first_dates", column=column))
        return np.full(len(texts), NO_DAY, dtype=np.int64), form
    per_row = (days == NO_DAY)[codes]
    shown = show_date_format(form)
    empty = _empty(texts)
    problems.report(empty, lambda i: cell_problem(int(rows[i]), column, "customers.empty_cell", ""))
    problems.report(
        per_row & ~empty,
        lambda i: cell_problem(
            int(rows[i]), column, "customers.bad_date", str(texts.iat[i]), format=shown
        ),
    )
    return days[codes], form


def _yes_no(
    texts: pd.Series, rows: IntArray, column: str, name: str, problems: Collector
) -> npt.NDArray[np.int8]:
    codes, uniques = distinct(texts)
    answers = parse_yes_no(uniques)[codes]
    problems.report(
        answers == -2,
        lambda i: cell_problem(
            int(rows[i]),
            column,
            "customers.bad_yes_no",
            str(texts.iat[i]),
            empty_key=EMPTY_MEANS[name],
        ),
    )
    return answers


def parse_columns(
    cells: pd.DataFrame,
    rows: IntArray,
    shown: Mapping[str, str],
    separator: str,
    decimal: DecimalMark | None,
    date_format: str | None,
    problems: Collector,
) -> Parsed:
    """Typed columns (see ``CustomerFile.rows``); every bad cell goes to ``problems``."""
    ids = cells["customer_id"].str.strip()
    problems.report(
        _empty(ids),
        lambda i: cell_problem(int(rows[i]), shown["customer_id"], "customers.empty_cell", ""),
    )
    codes, customer_ids = pd.factorize(ids, sort=True)
    out = pd.DataFrame({"customer": codes.astype(np.int64), "row": rows})
    day_field = "date" if "date" in cells else "last_purchase"
    out["day"], form = _days(cells[day_field], rows, shown[day_field], date_format, problems)
    money = "amount" if "amount" in cells else "total_spend"
    money_codes, money_uniques = distinct(cells[money])
    chosen = _choose_decimal(
        money_uniques, money_codes, rows, shown[money], separator, decimal, problems
    )
    if chosen is None:  # refused: the amounts cannot be read, and are not reported cell by cell
        mark: DecimalMark = "," if separator == ";" else "."
        out["amount"] = np.nan
    else:
        mark = chosen
        out["amount"] = _numbers(cells[money], rows, shown[money], mark, problems)
    if "purchases" in cells:
        counts = _numbers(cells["purchases"], rows, shown["purchases"], mark, problems, whole=True)
        out["purchases"] = np.nan_to_num(counts, nan=0.0).astype(np.int64)
    for name in ("consent", "response"):
        if name in cells:
            out[name] = _yes_no(cells[name], rows, shown[name], name, problems)
    if "segment" in cells:
        out["segment"] = cells["segment"].str.strip()
    if "purchases" in cells:
        _duplicates(out, shown["customer_id"], problems)
    return Parsed(out, pd.Series(customer_ids, dtype="str"), mark, form)


def _duplicates(out: pd.DataFrame, column: str, problems: Collector) -> None:
    """One row per customer in the customers layout: a second row is an error."""
    again = out["customer"].duplicated(keep="first").to_numpy()
    if not again.any():
        return
    first_row = out.groupby("customer")["row"].transform("first").to_numpy()
    problems.report(
        again,
        lambda i: cell_problem(
            int(out["row"].to_numpy()[i]),
            column,
            "customers.duplicate_id",
            "",
            first_row=int(first_row[i]),
        ),
    )
