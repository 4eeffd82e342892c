"""``ccx staffing``: Erlang C staffing for one interval or a CSV of intervals.

Imports numpy and the staffing model only: a plain forecast file is read by
``ccx_model.forecast`` at numpy speed, any other by the exact CSV reader.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ccx_model.erlang import FloatArray, traffic_erlangs
from ccx_model.forecast import IntervalForecast, read_plain_interval_csv
from ccx_model.limits import MAX_TRAFFIC_ERLANGS
from ccx_model.staffing import IntervalStaffing, required_staffing, staffing_for_agents

from .output import fail
from .staffing_input import staffing_inputs
from .staffing_rows import interval_rows, totals


def _translate(key: str, lang: str, **params: Any) -> str:
    from ccx_model.i18n import translate

    return translate(key, lang, **params)


def run_staffing(args: argparse.Namespace) -> dict[str, Any]:
    lang = args.lang
    if (args.service_level is None) == (args.agents is None):
        fail([_translate("cli.target_or_agents", lang)])
    if args.intervals is None and args.calls is None:
        fail([_translate("cli.calls_or_intervals", lang)])
    query = staffing_inputs(args)

    if args.intervals is not None:
        forecast = read_forecast(args.intervals, lang)
        calls = forecast.calls
        aht: Any = forecast.aht_seconds if forecast.aht_seconds is not None else query.aht_seconds
        row_numbers: tuple[int, ...] | None = forecast.row_numbers
    else:
        calls = np.asarray([query.calls], dtype=np.float64)
        aht = query.aht_seconds
        row_numbers = None
    check_traffic(calls, aht, query.interval_minutes, lang, row_numbers)

    if args.max_abandon is not None and query.patience_seconds is None:
        fail([_translate("cli.max_abandon_needs_patience", lang)])
    if query.patience_seconds is not None:
        result = _erlang_a(calls, aht, query)
    elif query.service_level is not None:
        result = required_staffing(
            calls,
            aht,
            query.interval_minutes,
            query.service_level,
            query.answer_seconds,
            query.max_occupancy,
            query.shrinkage,
        )
    else:
        result = staffing_for_agents(
            calls,
            aht,
            query.interval_minutes,
            query.agents or 0,
            query.answer_seconds,
            query.shrinkage,
        )
    rows = interval_rows(result)
    if args.intervals is None:
        return rows[0]
    return {"intervals": rows, "totals": totals(result, query.interval_minutes)}


def _erlang_a(calls: Any, aht: Any, query: Any) -> IntervalStaffing:
    """Erlang A per interval: agents for the target, or the measures for given agents."""
    from ccx_model.abandonment import erlang_a_staffing, interval_staffing
    from ccx_model.erlang_a import erlang_a

    calls = np.asarray(calls, dtype=np.float64)
    aht_arr = np.broadcast_to(np.asarray(aht, dtype=np.float64), calls.shape).copy()
    if query.service_level is not None:
        return erlang_a_staffing(
            calls,
            aht_arr,
            query.interval_minutes,
            query.service_level,
            query.answer_seconds,
            query.max_occupancy,
            query.shrinkage,
            query.patience_seconds,
            query.max_abandon,
        )
    agents = np.full(calls.shape, query.agents or 0, dtype=np.int64)
    found = erlang_a(
        calls,
        aht_arr,
        query.interval_minutes * 60.0,
        agents,
        query.patience_seconds,
        query.answer_seconds,
    )
    return interval_staffing(calls, aht_arr, found, query.shrinkage)


def read_forecast(path: str, lang: str) -> IntervalForecast:
    """The forecast in the file at ``path``; exit 2 naming the file, row or column."""
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark.
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        fail([f"--intervals: {_translate('file.cannot_read', lang, path=path, reason=reason)}"])
    except UnicodeDecodeError:
        fail([f"--intervals: {_translate('file.named_not_utf8', lang, path=path)}"])
    forecast = read_plain_interval_csv(text)
    if forecast is not None:
        return forecast
    # Not a plain file (decimal commas, quotes, a gap, a bad cell): the exact reader
    # reads it as written or names every problem.
    from ccx_model.forecast_csv import read_interval_csv
    from ccx_model.problems import InputError

    try:
        return read_interval_csv(text)
    except InputError as exc:
        fail(exc.messages(lang))


def check_traffic(
    calls: FloatArray,
    aht: Any,
    interval_minutes: float,
    lang: str,
    row_numbers: Sequence[int] | None = None,
) -> None:
    """Refuse an interval with more work than ``MAX_TRAFFIC_ERLANGS`` (see there why)."""
    traffic = traffic_erlangs(calls, aht, interval_minutes * 60.0)
    too_high = np.flatnonzero(traffic > MAX_TRAFFIC_ERLANGS)
    if not too_high.size:
        return
    from ccx_model.i18n import format_number

    limit = format_number(MAX_TRAFFIC_ERLANGS, lang)
    if row_numbers is None:
        shown = format_number(float(traffic[0]), lang)
        fail([_translate("cli.traffic_too_high", lang, traffic=shown, max_traffic=limit)])
    fail(
        [
            _translate(
                "cli.row_traffic_too_high",
                lang,
                row=row_numbers[i] if i < len(row_numbers) else i + 2,
                traffic=format_number(float(traffic[i]), lang),
                max_traffic=limit,
            )
            for i in too_high[:20].tolist()
        ]
    )
