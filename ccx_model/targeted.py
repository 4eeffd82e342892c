"""The cross-sell and outbound inputs a scenario computes with: as entered, or — with a
``targeting`` section — for the chosen RFM segments (``targeting``'s formulas).

With targeting, the entered ``cross_sell.eligible_share`` means only "an offer fits
this call" (the issue is solved, the moment is right): the share of calls from
targeted customers (``T``, consent applied) multiplies it. Both conversions are
multiplied by the segments' lift (``L``, capped at 100%). Outbound calls a list drawn
from the chosen segments of ``customer_base`` (when given), and its opt-out share is
the measured share without consent (when measured). Without targeting every input is
used exactly as entered: no figure of a scenario without it changes; a lever the
targeting does not name (``Targeting.levers``) keeps its figures as entered too.
"""

from __future__ import annotations

from .commercial import CrossSell, Outbound
from .scenario import Scenario
from .targeting import (
    eligible_share,
    list_size_per_month,
    opt_out_share,
    targeted_conversion,
)


def cross_sell_inputs(scenario: Scenario) -> CrossSell:
    """``scenario.cross_sell``, for the targeted segments where it has targeting."""
    inputs, targeting = scenario.cross_sell, scenario.targeting
    if targeting is None or "cross_sell" not in targeting.levers:
        return inputs
    return inputs.model_copy(
        update={
            "eligible_share": eligible_share(targeting, inputs.eligible_share),
            "conversion_rate": targeted_conversion(targeting, inputs.conversion_rate),
        }
    )


def outbound_inputs(scenario: Scenario) -> Outbound:
    """``scenario.outbound``, calling the targeted segments where it has targeting."""
    inputs, targeting = scenario.outbound, scenario.targeting
    if targeting is None or "outbound" not in targeting.levers:
        return inputs
    update: dict[str, float] = {
        "conversion_rate": targeted_conversion(targeting, inputs.conversion_rate)
    }
    if targeting.customer_base is not None:
        update["list_size_per_month"] = list_size_per_month(
            targeting, targeting.customer_base, targeting.outbound_calls_per_customer_per_year
        )
    measured = opt_out_share(targeting)
    if measured is not None:
        update["opt_out_share"] = measured
    return inputs.model_copy(update=update)
