"""The lines of the business case's monthly ledger: what each is, how a lever's change
in it phases in, and how it is indexed.

Every line is money per month in euros; a cost line counts against the result, a
margin line for it, ``lost_margin`` (customers lost over unresolved issues) against
it, and the internal charge-back is shown apart (a transfer inside the company,
never in the result). One-off payments and each investment are lines of their own
(``ledger``).

- **timing**: ``volume`` — the change grows with the lever's ramp-up (it follows
  calls, sales, saves, hours); ``fixed`` — paid in full from the lever's start month
  (a dialler, a programme, a platform).
- **indexation**: ``wage`` lines rise yearly with wages (agents, team leaders,
  training new agents, incentives, the provider's price, the retained organisation,
  an attrition programme); ``price`` lines with prices (overhead, software, offers,
  platforms, and every margin); ``none``: amounts entered as investments are taken
  as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["cost", "margin", "lost_margin", "internal"]
Timing = Literal["volume", "fixed"]
Indexation = Literal["wage", "price", "none"]


@dataclass(frozen=True)
class LineDef:
    key: str
    kind: Kind
    timing: Timing
    indexation: Indexation

    @property
    def sign(self) -> float:
        """+1 where the line adds to the result, −1 where it counts against it."""
        return 1.0 if self.kind == "margin" else -1.0


_COST_LINES = (
    LineDef("agent_wages", "cost", "volume", "wage"),
    LineDef("team_leaders", "cost", "volume", "wage"),
    LineDef("overhead", "cost", "volume", "price"),
    LineDef("software", "cost", "volume", "price"),
    LineDef("attrition", "cost", "volume", "wage"),
    LineDef("retention_offers", "cost", "volume", "price"),
    LineDef("sales_incentives", "cost", "volume", "wage"),
    LineDef("outbound_fixed", "cost", "fixed", "price"),
    LineDef("quality_programme", "cost", "fixed", "price"),
    LineDef("digital_usage", "cost", "volume", "price"),
    LineDef("digital_platforms", "cost", "fixed", "price"),
    LineDef("provider_fee", "cost", "volume", "wage"),
    LineDef("retained_organisation", "cost", "fixed", "wage"),
    LineDef("stranded_overhead", "cost", "fixed", "price"),
    LineDef("attrition_programme", "cost", "fixed", "wage"),
)
_MARGIN_LINES = (
    LineDef("retention_margin", "margin", "volume", "price"),
    LineDef("cross_sell_margin", "margin", "volume", "price"),
    LineDef("outbound_margin", "margin", "volume", "price"),
)
LOST_MARGIN = LineDef("lost_margin", "lost_margin", "volume", "price")
CHARGE_BACK = LineDef("charge_back", "internal", "volume", "none")
ONE_OFF = LineDef("one_off", "cost", "fixed", "none")  # the template of one-off lines

#: The running lines, in the order a ledger lists them.
LINES: dict[str, LineDef] = {
    line.key: line for line in (*_COST_LINES, *_MARGIN_LINES, LOST_MARGIN, CHARGE_BACK)
}
COST_LINES = tuple(line.key for line in _COST_LINES)
MARGIN_LINES = tuple(line.key for line in _MARGIN_LINES)
#: The stream that earns each margin line.
STREAM_OF = {"retention_margin": "retention", "cross_sell_margin": "cross_sell"} | {
    "outbound_margin": "outbound"
}
