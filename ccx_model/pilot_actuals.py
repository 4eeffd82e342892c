"""A pilot's weekly actuals, pilot group and control: counts and averages, never a customer.

They are stored with the scenario's pilot section (``Pilot.actuals``) so the decision
can be read again at the next board meeting; ``ccx_model.pilot_evaluation`` judges
them. Kept apart from the evaluation so a scenario loads no statistics library.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from .base import FrozenModel
from .problems import rule_error


class WeekActuals(FrozenModel):
    """One week of one group."""

    week: int = Field(ge=1, le=520, description="Week number of the pilot (1 = first).")
    offers: int = Field(ge=0, le=100_000_000, description="Offers made.")
    sales: int = Field(ge=0, le=100_000_000, description="Sales from those offers.")
    cancellations: int = Field(0, ge=0, le=100_000_000, description="Sales cancelled.")
    aht_seconds: float | None = Field(None, gt=0.0, le=7_200.0, description="Average handle time.")
    fcr: float | None = Field(None, ge=0.0, le=1.0, description="First-contact resolution.")
    nps: float | None = Field(None, ge=-100.0, le=100.0, description="Net promoter score.")

    @model_validator(mode="after")
    def _counts(self) -> WeekActuals:
        if self.sales > self.offers:
            raise rule_error("pilot_sales_above_offers", sales=self.sales, offers=self.offers)
        if self.cancellations > self.sales:
            raise rule_error(
                "pilot_cancellations_above_sales",
                cancellations=self.cancellations,
                sales=self.sales,
            )
        return self


def _unique_weeks(weeks: tuple[WeekActuals, ...]) -> None:
    numbers = [w.week for w in weeks]
    for number in numbers:
        if numbers.count(number) > 1:
            raise rule_error("pilot_duplicate_week", week=number)


class PilotActuals(FrozenModel):
    """Weekly actuals of the pilot group and of the control group."""

    pilot: tuple[WeekActuals, ...] = Field(
        min_length=1, max_length=520, description="The pilot group's weeks."
    )
    # A control that makes no offers (the rest of the centre goes on as before) still
    # reports handle time, FCR and NPS; with no weeks at all only absolute criteria judge.
    control: tuple[WeekActuals, ...] = Field(
        (), max_length=520, description="The control group's weeks (may be empty)."
    )

    @model_validator(mode="after")
    def _weeks(self) -> PilotActuals:
        _unique_weeks(self.pilot)
        _unique_weeks(self.control)
        return self
