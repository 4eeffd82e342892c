"""Targeting feeds the model: from chosen segments to cross-sell and outbound inputs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import floats

from ccx_model.commercial import CrossSell, Outbound
from ccx_model.problems import problems_from_validation
from ccx_model.proportions import Interval
from ccx_model.segment_table import SegmentRow
from ccx_model.targeting import (
    SegmentFigures,
    Targeting,
    conversion_multiplier,
    eligible_share,
    list_size_per_month,
    opt_out_share,
    targeted_conversion,
    targeted_share,
    targeting_from,
)

ROWS = (
    SegmentRow("champions", 200, 0.2, 900.0, 0.8, 100, 30, None, Interval(2.0, 1.5, 2.6)),
    SegmentRow("loyal_customers", 300, 0.3, 500.0, 0.5, 100, 15, None, Interval(1.0, 0.7, 1.4)),
    SegmentRow("hibernating", 500, 0.5, 80.0, 0.2, 100, 5, None, Interval(0.33, 0.2, 0.6)),
)


def test_worked_example() -> None:
    """Champions and loyal customers chosen.

    targeted share = 0.2 × 0.8 + 0.3 × 0.5 = 0.16 + 0.15 = 0.31
    multiplier = (0.16 × 2.0 + 0.15 × 1.0) / 0.31 = 0.47 / 0.31 = 1.516…
    list per month for 120,000 customers called once a year = 120,000 × 0.5 / 12 = 5,000,
    of whom 1 − 0.31 / 0.5 = 38% have no consent (Outbound.opt_out_share).
    """
    t = targeting_from(ROWS, ["champions", "loyal_customers"])
    assert t.customers_scored == 1000
    assert [s.segment for s in t.segments] == ["champions", "loyal_customers"]
    assert targeted_share(t) == pytest.approx(0.31)
    assert conversion_multiplier(t) == pytest.approx(0.47 / 0.31)
    assert targeted_conversion(t, 0.08) == pytest.approx(0.08 * 0.47 / 0.31)
    assert eligible_share(t, offer_allowed_share=0.5) == pytest.approx(0.155)
    assert list_size_per_month(t, 120_000) == pytest.approx(5_000)
    assert opt_out_share(t) == pytest.approx(0.38)
    # The figures plug into the model's own inputs.
    CrossSell(
        enabled=True, eligible_share=eligible_share(t), conversion_rate=targeted_conversion(t, 0.08)
    )
    Outbound(
        enabled=True,
        list_size_per_month=list_size_per_month(t, 120_000),
        opt_out_share=opt_out_share(t),
    )


def test_without_measured_response_the_entered_lift_is_used() -> None:
    rows = tuple(SegmentRow(r.segment, r.customers, r.share, r.average_spend_eur) for r in ROWS)
    t = targeting_from(rows, ["champions"], entered_lift=1.3)
    assert t.segments[0].lift is None and t.segments[0].consent_share is None
    assert conversion_multiplier(t) == pytest.approx(1.3)
    assert targeted_share(t) == pytest.approx(0.2)  # no consent column: all may be offered
    assert opt_out_share(t) is None
    assert targeted_conversion(t, 0.9) == 1.0  # never above 100%


def test_nothing_chosen() -> None:
    t = targeting_from(ROWS, [])
    assert targeted_share(t) == 0.0 and conversion_multiplier(t) == 1.0
    assert list_size_per_month(t, 10_000) == 0.0


def test_unknown_segment_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown segments: vip"):
        targeting_from(ROWS, ["vip"])


def test_stored_figures_are_checked_in_english_and_dutch() -> None:
    figure = SegmentFigures(segment="a", customers=10, share=0.7)
    with pytest.raises(ValidationError) as caught:
        Targeting(segments=(figure, figure))
    problems = problems_from_validation(caught.value, Targeting)
    assert problems[0].message("en") == "(scenario): segment 'a' is chosen twice."
    assert problems[0].message("nl") == "(scenario): segment 'a' is twee keer gekozen."
    other = SegmentFigures(segment="b", customers=10, share=0.7)
    with pytest.raises(ValidationError) as caught:
        Targeting(segments=(figure, other))
    assert "more than all of them" in problems_from_validation(caught.value, Targeting)[0].message()
    with pytest.raises(ValidationError):
        SegmentFigures(segment="a", customers=1, share=1.5)
    with pytest.raises(ValidationError):
        Targeting(segments=(), customer_rows=(1, 2))  # type: ignore[call-arg]


def test_targeting_round_trips_as_json_without_customers() -> None:
    t = targeting_from(ROWS, ["champions"])
    text = t.model_dump_json()
    assert Targeting.model_validate_json(text) == t
    assert "customer_id" not in text


shares = floats(0.0, 0.25)
consents = st.one_of(st.none(), floats(0.0, 1.0))
lifts = st.one_of(st.none(), floats(0.0, 5.0))


@settings(database=None, deadline=None, max_examples=200)
@given(st.lists(st.tuples(shares, consents, lifts), max_size=4), floats(0.0, 3.0))
def test_shares_stay_within_0_and_1_and_the_multiplier_within_the_lifts(
    parts: list[tuple[float, float | None, float | None]], entered: float
) -> None:
    figures = tuple(
        SegmentFigures(segment=f"s{i}", customers=1, share=s, consent_share=c, lift=lift)
        for i, (s, c, lift) in enumerate(parts)
    )
    t = Targeting(segments=figures, entered_lift=entered)
    assert 0.0 <= targeted_share(t) <= sum(f.share for f in figures) + 1e-12
    assert 0.0 <= eligible_share(t) <= 1.0
    weights = [f.share * (1.0 if f.consent_share is None else f.consent_share) for f in figures]
    used = [
        entered if f.lift is None else f.lift
        for f, w in zip(figures, weights, strict=True)
        if w > 0
    ]
    multiplier = conversion_multiplier(t)
    if targeted_share(t) > 0 and used:
        assert min(used) - 1e-9 <= multiplier <= max(used) + 1e-9
    out = opt_out_share(t)
    assert out is None or 0.0 <= out <= 1.0
