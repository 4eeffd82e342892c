"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ccx_model.base import SMALLEST_NUMBER


def _not_tiny(value: float) -> float:
    return 0.0 if value != 0.0 and abs(value) < SMALLEST_NUMBER else value


def floats(min_value: float | None = None, max_value: float | None = None, **kwargs: Any) -> Any:
    """``st.floats``, with the numbers so close to 0 that every input model refuses them
    (``ccx_model.base.SMALLEST_NUMBER``; the refusal has its own tests) drawn as 0.

    Only where 0 is in the range; otherwise the range's own values are kept.
    """
    strategy = st.floats(min_value, max_value, **kwargs)
    low = -float("inf") if min_value is None else min_value
    high = float("inf") if max_value is None else max_value
    if low == 0.0 and kwargs.get("exclude_min"):  # above 0: the smallest number allowed
        return strategy.map(lambda x: max(x, SMALLEST_NUMBER))
    return strategy.map(_not_tiny) if low <= 0.0 <= high else strategy
