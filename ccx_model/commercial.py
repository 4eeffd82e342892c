"""Inputs for the value centre and the profit centre, and for the business case.

Ziptone, “In vijf stappen van costcenter naar profitcenter”'s revenue drivers (retention, cross-/upsell on service contacts, outbound
campaigns, charging other departments) and the cost of poor service (CustomerFirst, “Weg met Calimero!”:
the centre is always a value centre). Every stream is off in the baseline; the
defaults are illustrative Dutch-market figures a director replaces with their own,
each stated in its description.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .base import FrozenModel, Line, Paragraph
from .problems import rule_error


def _ramp_months() -> Any:
    return Field(
        0,
        ge=0,
        le=60,
        description=(
            "Months until the volume-driven effects (sales, saves, handle time, staffing) reach "
            "full effect, linearly from the start month (0 = at once). Fixed costs start in full."
        ),
    )


def _start_month() -> Any:
    return Field(
        1,
        ge=1,
        le=120,
        description=(
            "First month of effect, after the build phase (1 = next month). Before it the "
            "lever earns and costs nothing; investments to build it are entered apart."
        ),
    )


def _contract_months() -> Any:
    return Field(
        0,
        ge=0,
        le=120,
        description=(
            "Months over which one sale's gross margin is earned (a subscription or contract); "
            "0 = all of it in the month of the sale. Months after the horizon do not count."
        ),
    )


class Customers(FrozenModel):
    """What a customer is worth."""

    margin_eur_per_year: float = Field(
        240,
        ge=0,
        le=1_000_000,
        description="Average gross margin of one customer per year (default EUR 240: EUR 20 a month).",
    )


class Quality(FrozenModel):
    """Value centre: first-contact resolution, repeat contacts and the churn they cause."""

    first_contact_resolution: float = Field(
        0.75,
        ge=0.0,
        le=1.0,
        description="Share of issues resolved at the first contact today (typical 70–80%).",
    )
    first_contact_resolution_target: float = Field(
        0.75,
        ge=0.0,
        le=1.0,
        description="First-contact resolution in this scenario (equal to today: no change).",
    )
    repeat_contacts_per_unresolved: float = Field(
        1.0,
        ge=0.0,
        le=10.0,
        description="Extra contacts an unresolved issue causes on average.",
    )
    churn_share_of_unresolved: float = Field(
        0.02,
        ge=0.0,
        le=1.0,
        description="Share of customers whose issue stays unresolved at first contact who leave.",
    )
    months_of_margin_lost: float = Field(
        12,
        ge=0,
        le=120,
        description="Months of margin a lost customer would still have brought.",
    )
    improvement_cost_eur_per_month: float = Field(
        0,
        ge=0,
        le=10_000_000,
        description="Recurring cost of raising resolution (knowledge base, coaching, quality monitoring).",
    )
    ramp_up_months: float = _ramp_months()
    start_month: int = _start_month()


class Retention(FrozenModel):
    """Saving customers who call to leave."""

    enabled: bool = Field(False, description="Run a retention desk in this scenario.")
    leave_intent_share: float = Field(
        0.01,
        ge=0.0,
        le=1.0,
        description="Share of inbound calls from customers intending to leave.",
    )
    save_rate: float = Field(
        0.20, ge=0.0, le=1.0, description="Share of those customers the agent keeps."
    )
    months_retained: float = Field(
        12, ge=0, le=120, description="Extra months a saved customer stays."
    )
    save_offer_cost_eur: float = Field(
        25, ge=0, le=100_000, description="Cost of the offer (discount, gift) per saved customer."
    )
    extra_handle_seconds: float = Field(
        90,
        ge=0,
        le=3_600,
        description="Extra handle time of a save attempt, added to every leave-intent call.",
    )
    ramp_up_months: float = _ramp_months()
    start_month: int = _start_month()


class CrossSell(FrozenModel):
    """Cross- and upselling on inbound service contacts."""

    enabled: bool = Field(False, description="Offer products on service calls in this scenario.")
    eligible_share: float = Field(
        0.20,
        ge=0.0,
        le=1.0,
        description="Share of calls where an offer is allowed: consent/opt-in, right segment, issue solved.",
    )
    offer_rate: float = Field(
        0.40, ge=0.0, le=1.0, description="Share of eligible calls where the agent makes an offer."
    )
    conversion_rate: float = Field(
        0.08, ge=0.0, le=1.0, description="Share of offers that lead to a sale."
    )
    margin_per_sale_eur: float = Field(
        60,
        ge=0,
        le=1_000_000,
        description="Gross margin of one sale (over its whole contract, if it has one).",
    )
    cancellation_rate: float = Field(
        0.10,
        ge=0.0,
        le=1.0,
        description="Share of sales cancelled within the legal withdrawal period (14 days in the EU).",
    )
    incentive_per_sale_eur: float = Field(
        5, ge=0, le=100_000, description="Agent incentive per sale that is not cancelled."
    )
    contract_months: float = _contract_months()
    offer_handle_seconds: float = Field(
        40,
        ge=0,
        le=3_600,
        description="Extra handle time of every offer; it flows through Erlang C into staffing.",
    )
    ramp_up_months: float = _ramp_months()
    start_month: int = _start_month()


class Outbound(FrozenModel):
    """Outbound campaigns to existing customers."""

    enabled: bool = Field(False, description="Run outbound campaigns in this scenario.")
    list_size_per_month: float = Field(
        8_000, ge=0, le=10_000_000, description="Customers selected for a call each month."
    )
    opt_out_share: float = Field(
        0.15,
        ge=0.0,
        le=1.0,
        description="Share removed for opt-out or the do-not-call register (telemarketing code, GDPR).",
    )
    reach_rate: float = Field(
        0.45, ge=0.0, le=1.0, description="Share of the called customers actually reached."
    )
    conversion_rate: float = Field(
        0.08, ge=0.0, le=1.0, description="Share of reached customers who buy."
    )
    margin_per_sale_eur: float = Field(
        90,
        ge=0,
        le=1_000_000,
        description="Gross margin of one sale (over its whole contract, if it has one).",
    )
    cancellation_rate: float = Field(
        0.10, ge=0.0, le=1.0, description="Share of sales cancelled within the withdrawal period."
    )
    incentive_per_sale_eur: float = Field(
        5, ge=0, le=100_000, description="Agent incentive per sale that is not cancelled."
    )
    contract_months: float = _contract_months()
    handle_seconds_per_reached: float = Field(
        300, ge=0, le=7_200, description="Talk and wrap-up time per reached customer."
    )
    seconds_per_unreached_attempt: float = Field(
        40, ge=0, le=3_600, description="Agent time per call that reaches no one."
    )
    occupancy: float = Field(
        0.85,
        gt=0.0,
        le=1.0,
        description="Share of outbound agents' logged-in time spent on calls (dialler pacing).",
    )
    dialler_cost_eur_per_month: float = Field(
        2_500, ge=0, le=10_000_000, description="Dialler and campaign software per month."
    )
    compliance_cost_eur_per_month: float = Field(
        1_500,
        ge=0,
        le=10_000_000,
        description="Compliance per month: list screening, call recording, legal checks.",
    )
    ramp_up_months: float = _ramp_months()
    start_month: int = _start_month()


class ChargeBack(FrozenModel):
    """The centre as an internal service provider (Ziptone, “In vijf stappen van costcenter naar profitcenter”): an internal rate with a margin."""

    enabled: bool = Field(False, description="Charge other departments for the contacts handled.")
    basis: Literal["contact", "hour"] = Field(
        "contact", description="Charge per handled contact or per productive agent hour."
    )
    margin: float = Field(
        0.10,
        ge=0.0,
        le=5.0,
        description="Margin on top of the centre's own cost (0.10 = cost + 10%).",
    )


class Investment(FrozenModel):
    """A cost of building a capability: one-off and/or recurring (Ziptone, “In vijf stappen van costcenter naar profitcenter”, steps 2–3)."""

    name: Line = Field(min_length=1, max_length=120, description="What the money buys.")
    one_off_eur: float = Field(0, ge=0, le=1_000_000_000, description="One-off amount.")
    month: int = Field(0, ge=0, le=120, description="Month the one-off amount is paid (0 = now).")
    recurring_eur_per_month: float = Field(
        0, ge=0, le=100_000_000, description="Recurring amount per month (licences, coaching)."
    )
    recurring_from_month: int = Field(
        1, ge=0, le=120, description="First month the recurring amount is paid."
    )


class BusinessCaseInputs(FrozenModel):
    """The multi-year business case."""

    horizon_months: int = Field(
        60,
        ge=6,
        le=120,
        description=(
            "Months the business case covers (6 to 120: a pilot's months, or one to ten "
            "years). Nothing after the horizon counts."
        ),
    )
    discount_rate_per_year: float = Field(
        0.08,
        ge=0.0,
        le=1.0,
        description=(
            "Nominal annual discount rate for the NPV (cost of capital; 8% is a common "
            "hurdle). Nominal, because the cash flows include wage and price indexation."
        ),
    )
    wage_indexation_per_year: float = Field(
        0.03,
        ge=-0.1,
        le=0.3,
        description=(
            "Yearly rise of wage-driven costs (agents, team leaders, training, the provider's "
            "price, the retained organisation), from month 13 on, in steps of a year. 3%: a "
            "planning assumption (the ECB's 2% inflation target plus about 1% real wage "
            "growth); replace it with your collective agreement's rise."
        ),
    )
    price_indexation_per_year: float = Field(
        0.02,
        ge=-0.1,
        le=0.3,
        description=(
            "Yearly rise of other running costs and of margins (overhead, software, "
            "platforms, offers, a customer's and a sale's margin), in steps of a year. 2%: the "
            "ECB's inflation target. Amounts entered as investments are taken as written."
        ),
    )
    investments: tuple[Investment, ...] = Field(
        (),
        max_length=100,
        description="One-off and recurring investments of this scenario (at most 100).",
    )
    recommendation: Paragraph = Field(
        "",
        max_length=600,
        description=(
            "What you recommend the board decides, in a sentence or two (the board pack's "
            "executive summary; empty: ccx writes one from the figures)."
        ),
    )
    ask: Paragraph = Field(
        "",
        max_length=600,
        description=(
            "What you ask the board for: budget, people, a decision date (empty: ccx lists "
            "the investments and running costs of the case)."
        ),
    )

    @property
    def horizon_years(self) -> float:
        return self.horizon_months / 12.0

    @model_validator(mode="after")
    def _investments_in_horizon(self) -> BusinessCaseInputs:
        months = self.horizon_months
        for item in self.investments:
            if item.month > months:
                raise rule_error(
                    "investment_after_horizon", name=item.name, month=item.month, months=months
                )
        return self
