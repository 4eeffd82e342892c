"""Benchmark: the worst corner of the allowed inputs, within the evaluation budget.

Every field has an upper bound and each interval at most 100,000 Erlangs of work
(``ccx_model.limits``), so there is a slowest scenario inside the limits. This one
pushes every slow part at once: the phone queue near the traffic cap at its peak,
chat at the cap too, email and back office, a chatbot and self-service, every
lever (resolution, 20 failure-demand cuts over 500 contact reasons, retention,
cross-sell, outbound), half the calls to a provider (a second phone queue), 100
investments, a ten-year horizon. It is timed as the app meets it: read and
validated from its file, evaluated, and its business case built — with every
cache cleared first (target: ≤ 2 s, the budget any valid file must meet).
"""

from __future__ import annotations

import statistics
import time

from ccx_model.case import build_case
from ccx_model.evaluate import evaluate
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario_text, scenario_from_dict

from .result import Row
from .timing import clear_model_caches

NAME = "worst corner"
TARGET_SECONDS = 2.0
REPEATS = 5
CUTS = 20
REASONS = 500


def worst_corner() -> Scenario:
    """The slowest scenario inside the limits (see the module's docstring)."""
    departments = [f"Department {i:02d}" for i in range(CUTS)]
    reasons = [
        {
            "reason": f"Reason {i:03d}",
            "share": 1.0 / REASONS,
            "avoidable": i < 2 * CUTS * 10,
            "department": departments[i % CUTS] if i < 2 * CUTS * 10 else "",
            "channel": "phone",
            "aht_seconds": 60 + (i * 37) % 3000,
        }
        for i in range(REASONS)
    ]
    on = {"enabled": True, "ramp_up_months": 12}
    return scenario_from_dict(
        {
            "name": "Worst corner",
            "demand": {"calls_per_month": 17_600_000, "aht_seconds": 3_600},
            "channels": {
                "chat": {
                    "enabled": True,
                    "contacts_per_month": 9_000_000,
                    "aht_seconds": 7_200,
                    "concurrency": 1,
                },
                "email": {"enabled": True, "contacts_per_month": 100_000_000},
                "back_office": {"enabled": True, "contacts_per_month": 100_000_000},
                "chatbot": {"enabled": True, "conversations_per_month": 1_000_000},
                "self_service": {"enabled": True, "deflection_rate": 0.1},
            },
            "quality": {"first_contact_resolution_target": 0.9, "ramp_up_months": 12},
            "retention": on,
            "cross_sell": on,
            "outbound": on | {"list_size_per_month": 10_000_000},
            "outsourcing": {"enabled": True, "share_of_volume": 0.5},
            "failure_demand": {
                "reasons": reasons,
                "cuts": [{"department": d, "cut_share": 0.5, "from_month": 3} for d in departments],
            },
            "business_case": {
                "horizon_months": 120,
                "investments": [
                    {"name": f"Investment {i}", "one_off_eur": 1_000, "recurring_eur_per_month": 10}
                    for i in range(100)
                ],
            },
        }
    )


def _once(text: str) -> float:
    # As a first visitor meets it: nothing staffed or checked before.
    clear_model_caches()
    start = time.perf_counter()
    scenario = load_scenario_text(text)
    evaluate(scenario)
    build_case(scenario)
    return time.perf_counter() - start


def worst_corner_budget() -> list[Row]:
    text = dump_scenario(worst_corner())
    _once(text)  # imports and first-touch allocations
    seconds = [_once(text) for _ in range(REPEATS)]
    evaluation = evaluate(load_scenario_text(text))
    peak = float(evaluation.staffing.intervals.traffic_erlangs.max())
    return [
        Row(
            NAME,
            "open, evaluate and business case, cold caches, median",
            statistics.median(seconds),
            "s",
            target_max=TARGET_SECONDS,
            note=f"{REPEATS} runs; slowest {max(seconds):.2f} s",
        ),
        Row(NAME, "busiest phone interval", peak, "Erlang"),
    ]
