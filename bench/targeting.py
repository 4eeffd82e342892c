"""Benchmark: RFM scoring of 1 million transactions (target ≤ 3 s in process).

A seeded, generated customer base (no real data): 1,000,000 purchases of 100,000
customers over three years, with consent and past-response columns, written as a
Dutch Excel export (semicolon, decimal comma, dd-mm-yyyy) before the clock starts.
Timed, median of a few runs after one warm-up:

1. reading the CSV bytes and scoring them (``rfm_from_csv``): what the app does
   with an uploaded file;
2. scoring the same transactions already in memory (``rfm_from_transactions``).

A correctness check (fatal): the R, F and M scores of the run equal pandas'
``qcut`` of first-ranks, computed here independently from the same transactions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ccx_model.rfm import rfm_from_csv, rfm_from_transactions

from .result import Row
from .timing import time_repeated

NAME = "RFM 1M transactions"
TARGET_SECONDS = 3.0
TRANSACTIONS = 1_000_000
CUSTOMERS = 100_000
REPEATS = 3
SEED = 20_240_101


def _transactions() -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    # Some customers buy far more often than others (a skewed base, as in practice).
    weights = rng.gamma(0.8, 1.0, CUSTOMERS)
    customer = rng.choice(CUSTOMERS, TRANSACTIONS, p=weights / weights.sum())
    days = rng.integers(0, 3 * 365, TRANSACTIONS)
    cents = np.round(rng.gamma(2.0, 3_000.0, TRANSACTIONS)).astype(np.int64)
    consent = rng.random(CUSTOMERS) < 0.7
    response = rng.choice(np.array(["ja", "nee", ""]), CUSTOMERS, p=[0.1, 0.3, 0.6])
    return pd.DataFrame(
        {
            "customer_id": pd.Series(customer).map("K{:06d}".format),
            "date": pd.Timestamp("2022-01-01") + pd.to_timedelta(days, unit="D"),
            "amount": cents / 100.0,
            "consent": consent[customer],
            "response": response[customer],
        }
    )


def _dutch_csv(frame: pd.DataFrame) -> bytes:
    cents = np.round(frame["amount"].to_numpy() * 100).astype(np.int64)
    euros = (
        pd.Series(cents // 100).astype(str) + "," + pd.Series(cents % 100).astype(str).str.zfill(2)
    )
    export = pd.DataFrame(
        {
            "Klantnummer": frame["customer_id"],
            "Datum": frame["date"].dt.strftime("%d-%m-%Y"),
            "Bedrag": euros,
            "Toestemming": np.where(frame["consent"], "ja", "nee"),
            "Gekocht na aanbod": frame["response"],
        }
    )
    return export.to_csv(sep=";", index=False).encode("utf-8")


def _pandas_mismatches(frame: pd.DataFrame, scored: pd.DataFrame, as_of: pd.Timestamp) -> int:
    per = frame.groupby("customer_id").agg(
        last=("date", "max"), frequency=("date", "size"), monetary=("amount", "sum")
    )
    recency = (as_of - per["last"]).dt.days

    def qcut(values: pd.Series, ascending: bool) -> np.ndarray:
        ranks = values.rank(method="first", ascending=ascending)
        return np.asarray(pd.qcut(ranks, 5, labels=False)) + 1

    expected = np.column_stack(
        [qcut(recency, False), qcut(per["frequency"], True), qcut(per["monetary"], True)]
    )
    ours = scored.set_index("customer_id").loc[per.index, ["r", "f", "m"]].to_numpy()
    return int((expected != ours).any(axis=1).sum())


def rfm_million() -> list[Row]:
    """Time reading + scoring and scoring alone; check the scores against pandas."""
    frame = _transactions()
    data = _dutch_csv(frame)
    from_csv, result = time_repeated(lambda: rfm_from_csv(data), REPEATS)
    in_memory, _ = time_repeated(lambda: rfm_from_transactions(frame), REPEATS)
    mismatches = _pandas_mismatches(frame, result.customers, pd.Timestamp(result.as_of))
    runs = f"{REPEATS} runs after 1 warm-up; {len(data) / 1e6:.0f} MB of CSV"
    return [
        Row(NAME, "read CSV bytes + score, best", from_csv.best_seconds, "s", note=runs),
        Row(
            NAME,
            "read CSV bytes + score, median",
            from_csv.median_seconds,
            "s",
            target_max=TARGET_SECONDS,
        ),
        Row(NAME, "score in-memory table, best", in_memory.best_seconds, "s"),
        Row(
            NAME,
            "score in-memory table, median",
            in_memory.median_seconds,
            "s",
            target_max=TARGET_SECONDS,
        ),
        Row(NAME, "customers scored (sanity)", len(result.customers), "count"),
        Row(
            NAME,
            "customers whose R, F or M differs from pandas qcut",
            mismatches,
            "count",
            target_max=0,
            fatal=True,
        ),
    ]
