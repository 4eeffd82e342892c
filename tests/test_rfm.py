"""RFM targeting: scores, segments and the segment table on customer bases of known shape.

Transaction logs are generated in the test (no customer data is stored in the
repository); each test states the structure it builds and what the scores must be.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from ccx_model.i18n import translate
from ccx_model.rfm import (
    SEGMENT_GRID,
    SEGMENTS,
    quintile_scores,
    rfm_from_csv,
    rfm_from_transactions,
    segment_name,
)
from ccx_model.segment_table import lift_vs_average, segment_table

AS_OF = dt.date(2025, 1, 1)
PROPERTIES = settings(database=None, deadline=None, max_examples=60)


def known_base() -> pd.DataFrame:
    """100 customers, ids C000..C099, as of 2025-01-01.

    - C000–C019 buy every week from 2024-01-01 (53 purchases, last on 2024-12-30): the only
      customers with more than 12 purchases → F = 5, and the most recent → R = 5.
    - C020–C079 buy 1 to 12 times in 2024, every 3 weeks from 2024-01-15.
    - C080–C099 bought once, in 2019, for EUR 5,000: years ago → R = 1 (the 20 least
      recent), the 20 highest totals → M = 5.
    """
    rows = []
    for c in range(20):
        rows += [
            (f"C{c:03d}", dt.date(2024, 1, 1) + dt.timedelta(weeks=w), 25.0) for w in range(53)
        ]
    for c in range(20, 80):
        count = 1 + (c % 12)
        rows += [
            (f"C{c:03d}", dt.date(2024, 1, 15) + dt.timedelta(weeks=3 * k), 40.0 + c)
            for k in range(count)
        ]
    for c in range(80, 100):
        rows.append((f"C{c:03d}", dt.date(2019, 3, 1) + dt.timedelta(days=c), 5_000.0))
    return pd.DataFrame(rows, columns=["customer_id", "date", "amount"])


def test_weekly_buyers_score_f5_and_lapsed_customers_r1() -> None:
    result = rfm_from_transactions(known_base(), as_of=AS_OF)
    table = result.customers.set_index("customer_id")
    weekly = table.loc[[f"C{c:03d}" for c in range(20)]]
    lapsed = table.loc[[f"C{c:03d}" for c in range(80, 100)]]
    assert (weekly["frequency"] == 53).all()
    assert (weekly["f"] == 5).all() and (weekly["r"] == 5).all()
    assert (weekly["recency_days"] == (AS_OF - dt.date(2024, 12, 30)).days).all()
    assert (lapsed["r"] == 1).all()
    assert (lapsed["recency_days"] > 5 * 365).all()
    # Weekly buyers who also spend the most are champions; the lapsed big spenders are
    # R1/F1 → hibernating in the R×F map (monetary does not change a segment).
    assert set(weekly["segment"]) == {"champions"}
    assert set(lapsed["segment"]) == {"hibernating"}
    assert (lapsed["m"] == 5).all()


def test_default_as_of_is_the_day_after_the_latest_date() -> None:
    result = rfm_from_transactions(known_base())
    assert result.as_of == dt.date(2024, 12, 31)
    assert result.customers["recency_days"].min() == 1


def test_purchases_after_the_as_of_date_are_left_out() -> None:
    frame = pd.DataFrame(
        {
            "customer_id": ["A", "A", "B"],
            "date": ["2024-01-01", "2024-06-01", "2024-07-01"],
            "amount": [10.0, 20.0, 30.0],
        }
    )
    result = rfm_from_transactions(frame, as_of=dt.date(2024, 3, 1))
    assert result.customers[["customer_id", "frequency", "monetary_eur"]].values.tolist() == [
        ["A", 1, 10.0]
    ]


# --- quintiles against pandas --------------------------------------------------------


def pandas_scores(values: list[float], higher_is_better: bool) -> list[int]:
    ranks = pd.Series(values).rank(method="first", ascending=higher_is_better)
    return (pd.qcut(ranks, 5, labels=False) + 1).astype(int).tolist()


@PROPERTIES
@given(
    st.lists(st.integers(0, 12), min_size=2, max_size=400),
    st.booleans(),
)
def test_quintile_scores_equal_pandas_qcut_of_first_ranks(values: list[int], higher: bool) -> None:
    ours = quintile_scores(values, higher_is_better=higher).tolist()
    assert ours == pandas_scores([float(v) for v in values], higher)


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6, 7, 9, 11, 16, 99, 100, 101, 1001])
def test_quintile_edges_equal_pandas_for_every_size(n: int) -> None:
    values = list(range(n))
    assert quintile_scores(values).tolist() == pandas_scores([float(v) for v in values], True)
    counts = np.bincount(quintile_scores(values), minlength=6)[1:]
    assert counts.max() - counts.min() <= 1  # a fifth each, ±1


def test_a_single_customer_scores_one() -> None:
    assert quintile_scores([42.0]).tolist() == [1]


def test_scores_from_the_pipeline_equal_a_pandas_groupby() -> None:
    frame = known_base()
    result = rfm_from_transactions(frame, as_of=AS_OF)
    frame["date"] = pd.to_datetime(frame["date"])
    expected = frame.groupby("customer_id").agg(
        last=("date", "max"), frequency=("date", "size"), monetary=("amount", "sum")
    )
    expected["recency"] = (pd.Timestamp(AS_OF) - expected["last"]).dt.days
    table = result.customers.set_index("customer_id")
    assert table["recency_days"].tolist() == expected["recency"].tolist()
    assert table["frequency"].tolist() == expected["frequency"].tolist()
    assert table["r"].tolist() == pandas_scores(expected["recency"].tolist(), False)
    assert table["f"].tolist() == pandas_scores(expected["frequency"].tolist(), True)
    assert table["m"].tolist() == pandas_scores(expected["monetary"].tolist(), True)


# --- the segment map --------------------------------------------------------------


def test_segment_map_covers_every_cell_once_with_its_named_corners() -> None:
    assert SEGMENT_GRID.shape == (5, 5)
    assert set(SEGMENT_GRID.ravel().tolist()) == set(range(len(SEGMENTS)))
    cell = {(r, f): SEGMENTS[SEGMENT_GRID[r - 1, f - 1]] for r in range(1, 6) for f in range(1, 6)}
    assert cell[5, 5] == cell[5, 4] == "champions"
    assert cell[1, 1] == cell[2, 2] == "hibernating"
    assert cell[1, 5] == cell[2, 5] == "cant_lose"
    assert cell[5, 1] == "new_customers" and cell[4, 1] == "promising"
    assert cell[3, 3] == "need_attention" and cell[3, 1] == "about_to_sleep"
    assert cell[1, 3] == cell[2, 4] == "at_risk"
    assert cell[3, 5] == cell[4, 4] == "loyal_customers"
    assert cell[4, 2] == cell[5, 3] == "potential_loyalists"


def test_segment_names_exist_in_english_and_dutch() -> None:
    for segment in SEGMENTS:
        english, dutch = segment_name(segment, "en"), segment_name(segment, "nl")
        assert english and dutch and english != f"rfm.segment.{segment}"
    assert segment_name("at_risk", "nl") == translate("rfm.segment.at_risk", "nl")


# --- properties of any base ------------------------------------------------------


@st.composite
def transaction_frames(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(1, 300))
    customers = draw(st.integers(1, 60))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    frame = pd.DataFrame(
        {
            "customer_id": [f"K{i}" for i in rng.integers(0, customers, n)],
            "date": pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D"),
            "amount": np.round(rng.gamma(2.0, 30.0, n), 2),
            "consent": rng.random(n) < 0.6,
        }
    )
    if draw(st.booleans()):
        frame["response"] = pd.Series(rng.choice(["ja", "nee", ""], n))
    return frame


@PROPERTIES
@given(transaction_frames())
def test_scores_are_1_to_5_shares_sum_to_1_and_nothing_is_nan(frame: pd.DataFrame) -> None:
    result = rfm_from_transactions(frame)
    table = result.customers
    for score in ("r", "f", "m"):
        assert table[score].between(1, 5).all()
    assert (
        not table[["recency_days", "frequency", "monetary_eur", "r", "f", "m"]].isna().any().any()
    )
    assert len(table) == frame["customer_id"].nunique()
    shares = [row.share for row in result.segments]
    assert sum(shares) == pytest.approx(1.0)
    assert sum(row.customers for row in result.segments) == len(table)
    assert sum(sum(row) for row in result.rf_grid) == len(table)
    for row in result.segments:
        assert row.consent_share is None or 0.0 <= row.consent_share <= 1.0
        if row.lift is not None:
            assert row.lift.low <= row.lift.estimate <= row.lift.high
    json.dumps(result.to_dict(), allow_nan=False)


# --- the segment table ------------------------------------------------------------


def test_segment_table_consent_response_and_lift() -> None:
    """20 champions (all consent, 15 of 20 bought after an offer), 80 others (half
    consent, 10 of 40 offered bought)."""
    frame = known_base()
    ids = frame["customer_id"].str[1:].astype(int)
    frame["consent"] = (ids < 20) | (ids % 2 == 0)
    offered_others = (ids >= 20) & (ids < 60)
    bought = (ids < 15) | ((ids >= 20) & (ids < 30))
    frame["response"] = np.where((ids < 20) | offered_others, np.where(bought, "yes", "no"), "")
    result = rfm_from_transactions(frame, as_of=AS_OF)
    champions = next(row for row in result.segments if row.segment == "champions")
    assert champions.customers == 20 and champions.share == pytest.approx(0.2)
    assert champions.consent_share == 1.0
    assert (champions.offered, champions.responders) == (20, 15)
    low, high = proportion_confint(15, 20, alpha=0.05, method="wilson")
    assert champions.response_rate is not None
    assert (champions.response_rate.low, champions.response_rate.high) == pytest.approx((low, high))
    # Lift: 0.75 against the average of 25 / 60 offered.
    assert champions.lift is not None
    assert champions.lift.estimate == pytest.approx(0.75 / (25 / 60))
    total_consent = sum(
        row.consent_share * row.customers for row in result.segments if row.customers
    )
    assert total_consent == pytest.approx(20 + 40)


@PROPERTIES
@given(
    st.integers(1, 400),
    st.integers(1, 400),
    st.data(),
)
def test_lift_interval_is_the_statsmodels_risk_ratio_interval_mapped(
    offered: int, rest: int, data: st.DataObject
) -> None:
    k = data.draw(st.integers(1, offered))
    k_rest = data.draw(st.integers(1, rest))
    lift = lift_vs_average(k, offered, k + k_rest, offered + rest)
    assert lift is not None
    low, high = confint_proportions_2indep(k, offered, k_rest, rest, compare="ratio", method="log")
    w = offered / (offered + rest)
    mapped = [rr / (w * rr + 1 - w) for rr in (low, high)]
    estimate = (k / offered) / ((k + k_rest) / (offered + rest))
    assert lift.estimate == pytest.approx(estimate)
    assert lift.low == pytest.approx(min(mapped[0], estimate))
    assert lift.high == pytest.approx(max(mapped[1], estimate))


def test_lift_edge_cases() -> None:
    assert lift_vs_average(0, 0, 5, 50) is None  # nobody in the segment was offered
    assert lift_vs_average(0, 10, 0, 50) is None  # nobody responded at all
    whole = lift_vs_average(5, 50, 5, 50)
    assert whole is not None and (whole.estimate, whole.low, whole.high) == (1.0, 1.0, 1.0)
    zero = lift_vs_average(0, 20, 10, 100)
    assert zero is not None and zero.estimate == 0.0 and zero.low == 0.0 and zero.high > 0.0
    only = lift_vs_average(10, 20, 10, 100)  # the rest never responded: lift = 1 / w
    assert only is not None and only.estimate == pytest.approx(5.0) and only.high <= 5.0 + 1e-9


def test_segment_table_by_the_file_segment() -> None:
    frame = known_base()
    frame["segment"] = np.where(frame["customer_id"] < "C050", "business", "consumer")
    result = rfm_from_transactions(frame, as_of=AS_OF)
    rows = segment_table(result.customers, by="file_segment")
    assert [(row.segment, row.customers) for row in rows] == [("business", 50), ("consumer", 50)]
    assert rows[0].name("nl") == "business"


def test_to_dict_has_the_cli_keys_and_is_json() -> None:
    data = rfm_from_transactions(known_base(), as_of=AS_OF).to_dict("nl")
    assert data["as_of"] == "2025-01-01"
    first = data["customers"][0]
    assert list(first) == [
        "customer_id",
        "recency_days",
        "frequency",
        "monetary_eur",
        "r",
        "f",
        "m",
        "segment",
    ]
    assert first["customer_id"] == "C000" and first["segment"] == "champions"
    assert isinstance(first["r"], int) and isinstance(first["monetary_eur"], float)
    assert [s["segment"] for s in data["segments"]] == list(SEGMENTS)
    assert data["segments"][0]["name"] == "Kampioenen"
    assert len(data["rf_grid"]) == 5 and all(len(row) == 5 for row in data["rf_grid"])
    json.dumps(data, allow_nan=False)


def test_csv_and_in_memory_tables_agree() -> None:
    frame = known_base()
    text = frame.assign(date=pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")).to_csv(
        index=False
    )
    from_csv = rfm_from_csv(text.encode(), as_of=AS_OF).customers
    in_memory = rfm_from_transactions(frame, as_of=AS_OF).customers
    pd.testing.assert_frame_equal(from_csv, in_memory)
