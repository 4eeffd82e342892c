"""RFM targeting: recency, frequency and monetary scores and a named segment per customer.

Ziptone, "In vijf stappen van costcenter naar profitcenter" (step 1): customers who
bought recently, often and/or for much are the best candidates for cross- and
upselling. This module scores a customer base and sums it up per segment; only
aggregates (``SegmentRow``, the R×F grid) should leave it.

Conventions (``docs/targeting_and_pilots.md``):

- **As-of date**: by default the day after the latest date in the file. Purchases
  after the as-of date are left out (transactions) or refused (one row per
  customer: the counts would include them).
- **Recency** = as-of date − last purchase date, in days. **Frequency** = number
  of purchases (rows of a transaction file). **Monetary** = total spend in EUR.
- **Scores 1–5 by quintiles, 5 = best** (most recent, most frequent, highest
  spend). Customers are put in customer-id order, ranked on the metric with ties
  taken in that order (``pandas.Series.rank(method="first")``), and the ranks cut
  in five like ``pandas.qcut(ranks, 5)``: rank ``r`` of ``n`` gets
  ``1 + #{k = 1..4 : k·(n − 1) < 5·(r − 1)}``. Every quintile holds a fifth of the
  customers (±1), so tied customers may differ by one score.
- **Segments** from R and F alone, the widely used R×F grid (see ``SEGMENT_GRID``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from .csv_values import DecimalMark, distinct, parse_yes_no
from .customer_file import OPTIONAL, CustomerFile, read_customer_file
from .customer_values import AMOUNT_MAX, AMOUNT_MIN, Collector, cell_problem
from .problems import InputError, Problem
from .segment_table import SegmentRow, segment_rows
from .targeting import segment_name as segment_name

SEGMENTS: tuple[str, ...] = (
    "champions",
    "loyal_customers",
    "potential_loyalists",
    "new_customers",
    "promising",
    "need_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
)
_C, _L, _P, _N, _PR, _NA, _AS, _AR, _CL, _H = range(10)
# Rows R = 1..5, columns F = 1..5. The R×F segment map taught in public CRM analytics
# courses and notebooks (regex form: [1-2][1-2] hibernating, [1-2][3-4] at risk,
# [1-2]5 can't lose, 3[1-2] about to sleep, 33 need attention, [3-4][4-5] loyal,
# 41 promising, 51 new, [4-5][2-3] potential loyalists, 5[4-5] champions).
SEGMENT_GRID = np.array(
    [
        [_H, _H, _AR, _AR, _CL],
        [_H, _H, _AR, _AR, _CL],
        [_AS, _AS, _NA, _L, _L],
        [_PR, _P, _P, _L, _L],
        [_N, _P, _P, _C, _C],
    ],
    dtype=np.int8,
)
EPOCH = dt.date(1970, 1, 1)


def quintile_scores(values: npt.ArrayLike, higher_is_better: bool = True) -> npt.NDArray[np.int8]:
    """Scores 1–5 by quintiles of rank; ties in the order given (rank method "first").

    >>> quintile_scores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]).tolist()
    [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    >>> quintile_scores([3, 1, 2], higher_is_better=False).tolist()
    [1, 5, 3]
    """
    x = np.asarray(values, dtype=np.float64)
    n = x.size
    order = np.argsort(x if higher_is_better else -x, kind="stable")
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(1, n + 1)
    k = np.arange(1, 5, dtype=np.int64)
    above = (k[None, :] * (n - 1)) < (5 * (ranks[:, None] - 1))
    scores: npt.NDArray[np.int8] = (1 + above.sum(axis=1)).astype(np.int8)
    return scores


def _per_customer(file: CustomerFile, as_of: dt.date | None) -> tuple[pd.DataFrame, dt.date]:
    """One row per customer (customer-id order): last day, frequency, monetary, extras."""
    rows = file.rows
    day = rows["day"].to_numpy()
    as_of_day = int(day.max()) + 1 if as_of is None else (as_of - EPOCH).days
    late = day > as_of_day
    if file.layout == "customers" and late.any():
        column = file.columns["last_purchase"]
        shown = (EPOCH + dt.timedelta(days=as_of_day)).isoformat()
        raise InputError(
            [
                cell_problem(
                    int(rows["row"].to_numpy()[i]),
                    column,
                    "customers.after_as_of",
                    (EPOCH + dt.timedelta(days=int(day[i]))).isoformat(),
                    as_of=shown,
                )
                for i in np.flatnonzero(late)[:20]
            ]
        )
    if late.any():
        rows, day = rows[~late], day[~late]
    if rows.empty:
        shown = (EPOCH + dt.timedelta(days=as_of_day)).isoformat()
        raise InputError([Problem.rule("(file)", "customers.nothing_before_as_of", as_of=shown)])
    n = len(file.customer_ids)
    codes = rows["customer"].to_numpy()
    amount = rows["amount"].to_numpy()
    if file.layout == "customers":
        frequency = np.zeros(n, dtype=np.int64)
        frequency[codes] = rows["purchases"].to_numpy()
        monetary: npt.NDArray[np.float64] = np.zeros(n)
        monetary[codes] = amount
        last = np.full(n, -1, dtype=np.int64)
        last[codes] = day
        latest = np.full(n, -1, dtype=np.int64)
        latest[codes] = np.arange(len(rows))
    else:
        frequency = np.bincount(codes, minlength=n)
        monetary = np.bincount(codes, weights=amount, minlength=n).astype(np.float64)
        last = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
        np.maximum.at(last, codes, day)
        latest = _latest_rows(codes, day, n) if file.optional else np.zeros(0, np.int64)
    table = pd.DataFrame(
        {
            "customer_id": file.customer_ids,
            "recency_days": as_of_day - last,
            "frequency": frequency,
            "monetary_eur": monetary,
        }
    )
    keep = frequency > 0
    if "consent" in rows:
        table["consent"] = rows["consent"].to_numpy()[latest] == 1 if len(latest) else False
    if "segment" in rows:
        table["file_segment"] = rows["segment"].to_numpy()[latest]
    if "response" in rows:
        table["response"] = _responses(codes, rows["response"].to_numpy(), n)
    return table[keep].reset_index(drop=True), EPOCH + dt.timedelta(days=as_of_day)


def _latest_rows(codes: npt.NDArray[np.int64], day: npt.NDArray[np.int64], n: int) -> Any:
    """Position of each customer's latest row: by date, then the last in the file."""
    order = np.lexsort((np.arange(codes.size), day, codes))
    last_of_group = np.r_[codes[order][1:] != codes[order][:-1], True]
    latest = np.zeros(n, dtype=np.int64)
    latest[codes[order][last_of_group]] = order[last_of_group]
    return latest


def _responses(codes: Any, answers: Any, n: int) -> npt.NDArray[np.int8]:
    """1 when any row says yes, else 0 when any says no, else -1 (never offered)."""
    yes = np.bincount(codes, weights=answers == 1, minlength=n) > 0
    no = np.bincount(codes, weights=answers == 0, minlength=n) > 0
    return np.where(yes, 1, np.where(no, 0, -1)).astype(np.int8)


@dataclass(frozen=True)
class RfmResult:
    """Scores per customer (personal data: keep in memory) and the aggregates."""

    as_of: dt.date
    customers: pd.DataFrame
    segments: tuple[SegmentRow, ...]
    rf_grid: tuple[tuple[int, ...], ...]

    @property
    def has_consent(self) -> bool:
        return "consent" in self.customers

    @property
    def has_response(self) -> bool:
        return "response" in self.customers

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """JSON-ready: ``customers`` (one dict each), ``segments``, ``rf_grid`` (rows R 1→5,
        columns F 1→5), ``as_of``."""
        columns = ["customer_id", "recency_days", "frequency", "monetary_eur", "r", "f", "m"]
        table = self.customers[columns].astype(
            {
                "recency_days": "int64",
                "frequency": "int64",
                "r": "int64",
                "f": "int64",
                "m": "int64",
            }
        )
        table["segment"] = self.customers["segment"].astype("str")
        return {
            "as_of": self.as_of.isoformat(),
            "customers": table.to_dict("records"),
            "segments": [row.to_dict(lang) for row in self.segments],
            "rf_grid": [list(row) for row in self.rf_grid],
        }


def score_customers(table: pd.DataFrame, as_of: dt.date, confidence: float = 0.95) -> RfmResult:
    """Scores, segments, the segment table and the R×F grid of a per-customer table.

    ``table`` (customer-id order) has ``customer_id``, ``recency_days``,
    ``frequency``, ``monetary_eur`` and optionally ``consent`` (bool),
    ``file_segment`` and ``response`` (1, 0, -1 = never offered).
    """
    scored = table.copy()
    scored["r"] = quintile_scores(scored["recency_days"].to_numpy(), higher_is_better=False)
    scored["f"] = quintile_scores(scored["frequency"].to_numpy())
    scored["m"] = quintile_scores(scored["monetary_eur"].to_numpy())
    r, f = scored["r"].to_numpy() - 1, scored["f"].to_numpy() - 1
    group = SEGMENT_GRID[r, f].astype(np.int64)
    scored["segment"] = pd.Categorical.from_codes(group, categories=pd.Index(list(SEGMENTS)))
    grid = np.bincount(r * 5 + f, minlength=25).reshape(5, 5)
    rows = segment_rows(scored, group, SEGMENTS, confidence)
    return RfmResult(
        as_of=as_of,
        customers=scored,
        segments=rows,
        rf_grid=tuple(tuple(int(c) for c in row) for row in grid),
    )


def rfm_from_file(
    file: CustomerFile, as_of: dt.date | None = None, confidence: float = 0.95
) -> RfmResult:
    """Score a parsed customer file as of ``as_of`` (default: the day after its latest date)."""
    table, as_of_date = _per_customer(file, as_of)
    return score_customers(table, as_of_date, confidence)


def rfm_from_csv(
    data: bytes,
    as_of: dt.date | None = None,
    columns: Mapping[str, str] | None = None,
    decimal: DecimalMark | None = None,
    date_format: str | None = None,
) -> RfmResult:
    """Read CSV bytes (``customer_file.read_customer_file``) and score them.

    >>> data = b"customer_id,date,amount\\nA,2024-01-05,10\\nB,2024-03-01,99.5\\nA,2024-02-01,5\\n"
    >>> result = rfm_from_csv(data)
    >>> result.as_of.isoformat(), result.customers[["customer_id", "recency_days", "frequency"]].values.tolist()
    ('2024-03-02', [['A', 30, 2], ['B', 1, 1]])
    """
    return rfm_from_file(read_customer_file(data, columns, decimal, date_format), as_of)


def _yes_no_column(values: pd.Series) -> npt.NDArray[np.int8]:
    """Booleans or yes/no texts as 1/0, missing as -1, anything else -2."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return np.where(values.fillna(False).to_numpy(dtype=bool), 1, 0).astype(np.int8)
    texts = values.astype("str").where(values.notna(), "")
    codes, uniques = distinct(texts)
    return parse_yes_no(uniques)[codes]


def _report_cells(
    problems: Collector,
    bad: npt.NDArray[np.bool_],
    values: pd.Series,
    rows: npt.NDArray[np.int64],
    column: str,
    key: str,
) -> None:
    def make(i: int) -> Problem:
        return cell_problem(int(rows[i]), column, key, str(values.iat[i]), format="yyyy-mm-dd")

    problems.report(bad, make)


def rfm_from_transactions(
    frame: pd.DataFrame, as_of: dt.date | None = None, confidence: float = 0.95
) -> RfmResult:
    """Score a transaction table already in memory (``customer_id``, ``date``, ``amount``;
    optional ``consent``, ``segment``, ``response``). Row numbers in problems count the
    table's rows from 2, as a spreadsheet with a header row would show them.

    >>> frame = pd.DataFrame({"customer_id": ["A", "B"], "date": ["2024-01-01", "2024-01-03"],
    ...                       "amount": [10.0, 20.0]})
    >>> rfm_from_transactions(frame).customers["recency_days"].tolist()
    [3, 1]
    """
    missing = [c for c in ("customer_id", "date", "amount") if c not in frame]
    if missing:
        found = ", ".join(str(c) for c in frame.columns) or "-"
        raise InputError(
            [Problem.rule(c, "customers.frame_column", column=c, found=found) for c in missing]
        )
    rows_shown = np.arange(2, 2 + len(frame), dtype=np.int64)
    ids = frame["customer_id"].astype("str").str.strip().where(frame["customer_id"].notna(), "")
    dates = pd.to_datetime(frame["date"], errors="coerce")
    amount = pd.to_numeric(frame["amount"], errors="coerce").to_numpy(dtype=np.float64)
    problems = Collector()
    checks = (
        ("customer_id", (ids == "").to_numpy(), "customers.empty_cell"),
        ("date", dates.isna().to_numpy(), "customers.bad_date"),
        ("amount", ~((amount >= AMOUNT_MIN) & (amount <= AMOUNT_MAX)), "customers.bad_amount"),
    )
    for column, bad, key in checks:
        _report_cells(problems, bad, frame[column], rows_shown, column, key)
    if problems.total:
        raise InputError(problems.listed())
    codes, uniques = pd.factorize(ids, sort=True)
    rows = pd.DataFrame(
        {
            "customer": codes.astype(np.int64),
            "row": rows_shown,
            "day": dates.to_numpy().astype("datetime64[D]").astype(np.int64),
            "amount": amount,
        }
    )
    for name in ("consent", "response"):
        if name in frame:
            rows[name] = _yes_no_column(frame[name])
    if "segment" in frame:
        rows["segment"] = frame["segment"].astype("str").to_numpy()
    file = CustomerFile(
        layout="transactions",
        rows=rows,
        customer_ids=pd.Series(uniques, dtype="str"),
        columns={c: c for c in frame.columns if c in ("customer_id", "date", "amount", *OPTIONAL)},
        separator="",
        decimal=".",
        date_format="",
    )
    return rfm_from_file(file, as_of, confidence)
