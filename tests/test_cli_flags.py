"""The staffing flags read without pydantic are read as pydantic reads them.

``ccx_cli.staffing_input.plain_inputs`` takes plain numbers within range directly and
hands everything else to the pydantic model (``staffing_query.StaffingQuery``), which
words the refusals. Whatever it takes directly must be what the model makes of it,
to the bit and the type; at the edges of each range the two agree on what is allowed.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ccx_cli.staffing_input import RANGES, StaffingInputs, plain_inputs
from ccx_cli.staffing_query import StaffingQuery

GENERATED = settings(database=None, deadline=None, max_examples=400)

VALID: dict[str, Any] = {
    "calls": "100",
    "interval_minutes": "30",
    "aht_seconds": "180",
    "answer_seconds": "20",
    "service_level": "0.8",
    "agents": None,
    "max_occupancy": "0.85",
    "shrinkage": 0.0,
    "patience_seconds": None,
    "max_abandon": None,
}


def by_model(values: dict[str, Any]) -> StaffingInputs | None:
    try:
        return StaffingInputs(**StaffingQuery(**values).model_dump())
    except ValidationError:
        return None


def assert_same(ours: StaffingInputs, model: StaffingInputs | None) -> None:
    assert model is not None
    assert ours == model
    for name in RANGES:
        assert type(getattr(ours, name)) is type(getattr(model, name)), name


def test_typical_flags_are_read_directly() -> None:
    ours = plain_inputs(VALID)
    assert ours is not None
    assert_same(ours, by_model(VALID))


def number_texts() -> st.SearchStrategy[str]:
    decimals = st.decimals(min_value=-10, max_value=2_000_000, allow_nan=False, places=6)
    return st.one_of(
        st.integers(-5, 2_000_000).map(str),
        decimals.map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.text(alphabet="0123456789.-+e _x", max_size=12),
        st.sampled_from(["0", "0.0", "00", "01", "1.", ".5", " 5", "5 ", "1_000", "0x10"]),
    )


@GENERATED
@given(st.sampled_from(sorted(RANGES)), number_texts())
def test_a_flag_read_directly_is_what_the_model_reads(name: str, text: str) -> None:
    values = {**VALID, name: text}
    ours = plain_inputs(values)
    if ours is not None:
        assert_same(ours, by_model(values))


@pytest.mark.parametrize("name", sorted(RANGES))
def test_at_the_edges_of_each_range_the_two_agree(name: str) -> None:
    flag = RANGES[name]
    edges = [flag.low, flag.high]
    texts = (
        {str(edge) for edge in edges}
        | {f"{edge:.6f}" for edge in edges}
        | {f"{edge + delta:.6f}" for edge in edges for delta in (-1e-6, 1e-6)}
    )
    if flag.integer:
        texts = {str(int(edge) + delta) for edge in edges for delta in (-1, 0, 1)}
    for text in sorted(texts):
        values = {**VALID, name: text}
        model = by_model(values)
        ours = plain_inputs(values)
        if ours is not None:
            assert_same(ours, model)
        elif not text.startswith("-"):
            # Declined only where the model refuses too.
            assert model is None, (name, text)
