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
    conversion_multiplier,
    eligible_share,
    list_size_per_month,
    opt_out_share,
    segment_name,
    targeted_conversion,
    targeted_share,
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


def targeting_dict(scenario: Scenario, lang: str = "en") -> dict[str, object] | None:
    """What the targeting does to the case, for ``ccx evaluate --json``: the chosen
    segments, the targeted share (T), the conversion multiplier (L), and each aimed
    lever's inputs as entered and as computed. None without targeting.

    >>> from ccx_model.targeting import SegmentFigures, Targeting
    >>> aimed = Targeting(segments=(SegmentFigures(segment="champions", customers=50,
    ...     share=0.25, consent_share=0.8, lift=1.5),), customers_scored=200)
    >>> found = targeting_dict(Scenario(targeting=aimed))
    >>> found["targeted_share"], round(found["conversion_multiplier"], 9)
    (0.2, 1.5)
    >>> {k: round(v, 9) for k, v in found["cross_sell"]["conversion_rate"].items()}
    {'entered': 0.08, 'computed': 0.12}
    """
    targeting = scenario.targeting
    if targeting is None:
        return None
    levers: dict[str, object] = {}
    pairs = (
        ("cross_sell", scenario.cross_sell, cross_sell_inputs(scenario)),
        ("outbound", scenario.outbound, outbound_inputs(scenario)),
    )
    for name, entered, computed in pairs:
        if name not in targeting.levers:
            continue
        before, after = entered.model_dump(), computed.model_dump()
        levers[name] = {
            field: {"entered": before[field], "computed": after[field]}
            for field in after
            if after[field] != before[field]
        }
    return {
        "segments": [
            {"segment": s.segment, "name": segment_name(s.segment, lang)} | s.model_dump()
            for s in targeting.segments
        ],
        "customers_scored": targeting.customers_scored,
        "customer_base": targeting.customer_base,
        "targeted_share": targeted_share(targeting),
        "conversion_multiplier": conversion_multiplier(targeting),
        "levers": list(targeting.levers),
        **levers,
    }
