"""The fast reader of plain forecast files gives what the exact reader gives, or declines.

``ccx_model.forecast.read_plain_interval_csv`` may only ever return a forecast the
exact reader (``ccx_model.forecast_csv.read_interval_csv``) would return too, array
for array and row number for row number; for every other file it returns None and
the caller reads the file exactly. The exact reader is the reference here, on
generated files of many shapes and on the cases that must go to it.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccx_model.forecast import (
    AHT_MAX,
    AHT_MIN,
    CALLS_MAX,
    MAX_ROWS,
    IntervalForecast,
    read_plain_interval_csv,
)
from ccx_model.forecast_csv import read_interval_csv
from ccx_model.problems import InputError

GENERATED = settings(database=None, deadline=None, max_examples=300)


def exact(text: str) -> IntervalForecast | InputError:
    try:
        return read_interval_csv(text)
    except InputError as exc:
        return exc


def assert_same(fast: IntervalForecast, reference: IntervalForecast | InputError) -> None:
    assert isinstance(reference, IntervalForecast), reference
    assert fast.calls.dtype == reference.calls.dtype == np.float64
    assert fast.calls.tobytes() == reference.calls.tobytes()  # to the bit, -0.0 included
    if reference.aht_seconds is None:
        assert fast.aht_seconds is None
    else:
        assert fast.aht_seconds is not None
        assert fast.aht_seconds.tobytes() == reference.aht_seconds.tobytes()
    assert fast.row_numbers == reference.row_numbers


def number_text(value: float, style: str) -> str:
    if style == "repr":
        return repr(value)
    if style == "whole":
        return str(round(value))
    return f"{value:.{style}f}"


@st.composite
def plain_files(draw: st.DrawFn) -> str:
    """A forecast as a script or a spreadsheet writes it with a decimal point."""
    rows = draw(st.integers(1, 40))
    calls = draw(st.lists(st.floats(0, 5_000, allow_nan=False), min_size=rows, max_size=rows))
    with_aht = draw(st.booleans())
    aht = draw(st.lists(st.floats(AHT_MIN, AHT_MAX), min_size=rows, max_size=rows))
    # Mostly one style per file, sometimes mixed per cell.
    styles = st.sampled_from(["repr", "whole", "1", "2", "3", "4", "6"])
    file_style = draw(styles)
    mixed = draw(st.booleans())
    separator = draw(st.sampled_from([",", ";", "\t"]))
    extra = draw(st.sampled_from(["", "time", "date"]))
    names = ["calls", *(["aht_seconds"] if with_aht else []), *([extra] if extra else [])]
    names = draw(st.permutations(names))
    header = separator.join(draw(st.sampled_from([n, n.upper(), f" {n} "])) for n in names)
    lines = [header]
    for i in range(rows):
        cells = {
            "calls": number_text(calls[i], draw(styles) if mixed else file_style),
            "aht_seconds": number_text(aht[i], draw(styles) if mixed else "whole"),
            "time": f"{i // 4:02d}:{i % 4 * 15:02d}",
            "date": f"2025-01-{1 + i % 28:02d} label {i}",
        }
        lines.append(separator.join(cells[n] for n in names))
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))
    return draw(st.sampled_from(["", "\ufeff"])) + text


@GENERATED
@given(plain_files())
def test_a_plain_file_reads_as_the_exact_reader_reads_it(text: str) -> None:
    fast = read_plain_interval_csv(text)
    reference = exact(text)
    if fast is None:
        # Declined: only where the exact reader refuses the file (e.g. every decimal
        # is like 1.234, which could be 1234 with a decimal comma) or where Python
        # wrote a tiny number with an exponent (1e-05), which is not plain.
        assert isinstance(reference, InputError) or "e-" in text
    else:
        assert_same(fast, reference)


@GENERATED
@given(
    st.lists(st.text(alphabet="0123456789.,;\t -+e\n\"' x", min_size=0, max_size=12), max_size=12),
    st.sampled_from(["calls", "calls,aht_seconds", "time;calls", "calls\taht_seconds"]),
)
def test_whatever_the_fast_reader_accepts_the_exact_reader_reads_the_same(
    lines: list[str], header: str
) -> None:
    text = header + "\n" + "\n".join(lines)
    fast = read_plain_interval_csv(text)
    if fast is not None:
        assert_same(fast, exact(text))


YEAR = 35_040


def test_a_year_of_full_precision_intervals_reads_the_same_and_fast() -> None:
    rng = np.random.default_rng(7)
    calls = rng.lognormal(4, 1, YEAR) * (rng.random(YEAR) > 0.3)
    aht = rng.uniform(120, 400, YEAR)
    text = "calls,aht_seconds\n" + "".join(
        f"{c!r},{a!r}\n" for c, a in zip(calls.tolist(), aht.tolist(), strict=True)
    )
    fast = read_plain_interval_csv(text)
    assert fast is not None
    assert_same(fast, exact(text))
    assert fast.calls.tolist() == calls.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "calls\n12,5\n13,5\n",  # decimal commas
        "calls;aht_seconds\n12,5;180\n",
        'calls,aht_seconds\n"1,234",180\n',  # quoted
        "calls\n1.234\n",  # could be 1234 with a decimal comma: ambiguous
        "calls\n1.234\n1,5\n",  # mixed decimal marks
        "calls\n100\n\n200\n",  # a blank row shifts the row numbers
        "calls,aht_seconds\n100\n",  # a short row
        "calls,aht_seconds\n100,\n",  # an empty cell
        "calls\n-5\n",  # a sign (and out of range)
        "calls\n+5\n",  # a sign
        "calls\n 5\n",  # a space
        "calls\n1e3\n",  # an exponent
        "calls\n.5\n",  # no digit before the point
        "calls\n5.\n",  # no digit after it
        "calls\n1.2.3\n",  # two points
        "calls\n1,234.5\n",  # grouping
        "calls\n20000000\n",  # above the range of calls
        "calls,aht_seconds\n5,0\n",  # below the range of handle times
        "calls,aht_seconds\n5,7201\n",  # above it
        "calls\r\n5\r\n",  # carriage returns
        "calls\n٥\n",  # a digit that is not ASCII
        "time\n5\n",  # no calls column
        "calls\n",  # no rows
        "",
    ],
)
def test_files_that_are_not_plain_go_to_the_exact_reader(text: str) -> None:
    assert read_plain_interval_csv(text) is None


def test_one_decimal_decides_the_mark_for_cells_like_1_234() -> None:
    text = "calls\n1.234\n12.5\n"
    fast = read_plain_interval_csv(text)
    assert fast is not None
    assert fast.calls.tolist() == [1.234, 12.5]
    assert_same(fast, exact(text))


def test_columns_in_any_order_beside_other_columns() -> None:
    text = "date;aht_seconds;Calls;note\n2025-01-01;180;100.5;x\n2025-01-01;200;0;y;extra\n"
    fast = read_plain_interval_csv(text)
    assert fast is not None
    assert fast.calls.tolist() == [100.5, 0.0]
    assert fast.aht_seconds is not None and fast.aht_seconds.tolist() == [180.0, 200.0]
    assert_same(fast, exact(text))


def test_the_limits_are_the_exact_readers() -> None:
    from ccx_model import forecast_csv

    assert (forecast_csv.MAX_ROWS, forecast_csv.CALLS_MAX) == (MAX_ROWS, CALLS_MAX)
    assert forecast_csv.AHT_BOUNDS.low == AHT_MIN
    assert forecast_csv.AHT_BOUNDS.high == AHT_MAX
    at_limits = f"calls,aht_seconds\n0,{AHT_MIN}\n{CALLS_MAX},{AHT_MAX}\n"
    fast = read_plain_interval_csv(at_limits)
    assert fast is not None
    assert_same(fast, exact(at_limits))


def test_more_rows_than_allowed_go_to_the_exact_reader() -> None:
    text = "calls\n" + "1\n" * (MAX_ROWS + 1)
    assert read_plain_interval_csv(text) is None
    assert isinstance(exact(text), InputError)
