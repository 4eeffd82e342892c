"""Benchmark: evaluation with 50 contact reasons and 5 channels (issue 4's target ≤ 50 ms).

The baseline with chat, email, back office, a chatbot and self-service switched on,
and a reason table of 50 reasons spread over the four staffed channels, each
channel's shares adding up to 100%. Timed: the evaluation plus the cost attribution
per reason and per department — what the failure-demand page redraws on an input.
"""

from __future__ import annotations

from ccx_model.channels import Channels, Chatbot, ChatChannel, DeferredChannel, SelfService
from ccx_model.evaluate import evaluate
from ccx_model.failure_demand import ContactReason, FailureDemand, FailureDemandCut
from ccx_model.scenario import Scenario

from .result import Row
from .timing import time_repeated

NAME = "evaluate with 50 reasons and 5 channels"
TARGET_MEDIAN_SECONDS = 0.050
REPEATS = 30
REASONS_PER_CHANNEL = {"phone": 20, "chat": 12, "email": 10, "back_office": 8}
DEPARTMENTS = ("IT", "Billing", "Logistics", "Marketing", "Supplier")


def _scenario() -> Scenario:
    reasons = []
    for channel, count in REASONS_PER_CHANNEL.items():
        for i in range(count):
            avoidable = i % 2 == 0
            reasons.append(
                ContactReason(
                    reason=f"{channel} reason {i + 1}",
                    share=1.0 / count,
                    avoidable=avoidable,
                    department=DEPARTMENTS[i % len(DEPARTMENTS)] if avoidable else "",
                    channel=channel,
                    aht_seconds=120.0 + 15.0 * i,
                )
            )
    # Validated as a whole, as a file would be (the rules between sections included).
    return Scenario.model_validate(
        dict(
            channels=Channels(
                chat=ChatChannel(enabled=True),
                email=DeferredChannel(enabled=True),
                back_office=DeferredChannel(
                    enabled=True, contacts_per_month=10_000, handle_seconds=600, response_hours=48
                ),
                chatbot=Chatbot(enabled=True),
                self_service=SelfService(enabled=True),
            ),
            failure_demand=FailureDemand(
                reasons=tuple(reasons),
                cuts=(FailureDemandCut(department="IT", cut_share=0.5),),
            ),
        )
    )


def evaluate_reasons_and_channels() -> list[Row]:
    scenario = _scenario()

    def run() -> int:
        evaluation = evaluate(scenario)
        return len(evaluation.failure_demand_costs().reasons)

    timing, reasons = time_repeated(run, REPEATS)
    return [
        Row(NAME, "best", timing.best_seconds, "s", note=f"{timing.repeats} runs after 1 warm-up"),
        Row(NAME, "median", timing.median_seconds, "s", target_max=TARGET_MEDIAN_SECONDS),
        Row(NAME, "reasons costed (sanity)", reasons, "count"),
    ]
