"""A pilot that decides itself: its design, its size before it starts, and its rule.

Ziptone, "In vijf stappen van costcenter naar profitcenter" (step 2): start small,
with a pilot, but decide beforehand when it has succeeded and how you will scale up
or stop. Here the criteria are numbers and the rule is fixed:

- **scale** when every criterion is met at the chosen confidence;
- **stop** as soon as any criterion is missed;
- **extend** otherwise (some criterion not yet decided). A pilot without criteria
  never decides itself: it stays "extend".

A criterion is *met* when the whole confidence interval of its measure lies on the
allowed side of the threshold, *missed* when it lies wholly on the wrong side, and
*undecided* while the interval straddles the threshold
(``ccx_model.pilot_evaluation``).

Before the pilot: the contacts each group needs to detect the target conversion
with the chosen power (``sample_size``: Fleiss's formula, ``ccx_model.proportions``),
and the weeks that takes at the pilot's volume (``plan_pilot``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator

from .base import FrozenModel, Paragraph
from .i18n import format_percent, translate
from .pilot_actuals import PilotActuals
from .problems import InputError, problems_from_validation, rule_error
from .proportions import fleiss_per_group

ControlKind = Literal["rest_of_centre", "held_out"]
#: The criteria stored as shares (0.06 = 6%; an uplift of 0.01 = 1 point): entered and
#: shown as percentages. The others are seconds or points as they are.
SHARE_CRITERIA = ("min_conversion", "min_uplift", "max_cancellation_rate")
# The design fields stored as shares (0.08) and written in percent (8%) by the Pilot
# page and in the words of a change.
SHARE_FIELDS = (
    "group_share",
    "held_out_share",
    "baseline_conversion",
    "target_conversion",
    "power",
    "confidence",
)


class SuccessCriteria(FrozenModel):
    """Pre-set criteria as numbers; None = not a criterion of this pilot."""

    min_conversion: float | None = Field(
        None, ge=0.0, le=1.0, description="Pilot conversion (sales ÷ offers) at least this."
    )
    min_uplift: float | None = Field(
        None,
        ge=-1.0,
        le=1.0,
        description="Pilot conversion minus control conversion at least this (0.01 = 1 point).",
    )
    max_aht_increase_seconds: float | None = Field(
        None,
        ge=-3_600.0,
        le=3_600.0,
        description="Pilot AHT minus control AHT, week by week, at most this many seconds.",
    )
    max_fcr_drop_points: float | None = Field(
        None,
        ge=0.0,
        le=100.0,
        description="Control FCR minus pilot FCR at most this many percentage points.",
    )
    max_nps_drop_points: float | None = Field(
        None, ge=0.0, le=200.0, description="Control NPS minus pilot NPS at most this many points."
    )
    max_cancellation_rate: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Pilot sales cancelled within the withdrawal period at most this share.",
    )

    def chosen(self) -> dict[str, float]:
        """The criteria that are set, by name."""
        return {name: value for name, value in self.model_dump().items() if value is not None}


class Pilot(FrozenModel):
    """How the pilot runs and what it must show."""

    group_basis: Literal["calls", "agents"] = Field(
        "calls", description="The pilot group is a share of the calls or of the agents."
    )
    group_share: float = Field(
        0.10, gt=0.0, lt=1.0, description="Share of calls (or agents) in the pilot group."
    )
    duration_weeks: int = Field(8, ge=1, le=52, description="Planned length of the pilot.")
    control: ControlKind = Field(
        "rest_of_centre",
        description="Control group: the rest of the centre, or a held-out share of it.",
    )
    held_out_share: float | None = Field(
        None, gt=0.0, lt=1.0, description="Share of calls (or agents) held out as control."
    )
    baseline_conversion: float = Field(
        0.08, gt=0.0, lt=1.0, description="Conversion expected without the change (control)."
    )
    target_conversion: float = Field(
        0.10, gt=0.0, lt=1.0, description="Conversion the pilot must be able to detect."
    )
    power: float = Field(
        0.80, ge=0.5, le=0.99, description="Chance to detect the target if it is real (power)."
    )
    confidence: float = Field(
        0.95,
        ge=0.80,
        le=0.999,
        description="Confidence of every interval and of the test (1 − alpha).",
    )
    criteria: SuccessCriteria = SuccessCriteria()
    note: Paragraph = Field("", max_length=2_000, description="Free text: context, owner, caveats.")
    actuals: PilotActuals | None = Field(
        None, description="What the pilot and the control measured, week by week."
    )

    @model_validator(mode="after")
    def _groups(self) -> Pilot:
        # A pilot shows that the change sells better. A target at or below the
        # conversion without the change is a slip, such as "6,5" read as 65 by a
        # browser field that only knows the decimal point.
        if self.target_conversion <= self.baseline_conversion:
            raise rule_error(
                "pilot_target_not_above_baseline",
                target=round(self.target_conversion * 100, 2),
                baseline=round(self.baseline_conversion * 100, 2),
            )
        if self.control == "held_out":
            if self.held_out_share is None:
                raise rule_error("pilot_held_out_share_missing")
            if self.group_share + self.held_out_share > 1.0:
                raise rule_error(
                    "pilot_groups_above_all",
                    total=round(self.group_share + self.held_out_share, 6),
                )
        return self

    def control_share(self) -> float:
        """Share of calls (or agents) whose results form the control."""
        if self.control == "held_out" and self.held_out_share is not None:
            return self.held_out_share
        return 1.0 - self.group_share


def legacy_criteria_note(success_criteria: tuple[str, ...], lang: str = "en") -> str:
    """Old free-text ``success_criteria`` kept as a note (they cannot decide anything).

    >>> legacy_criteria_note(("Conversion above 5%", " ", "NPS stable"))
    'Success criteria written before they were numbers: Conversion above 5%; NPS stable'
    """
    texts = [text.strip() for text in success_criteria if text.strip()]
    if not texts:
        return ""
    return translate("pilot.legacy_note", lang, criteria="; ".join(texts))


def pilot_from_legacy(success_criteria: tuple[str, ...], lang: str = "en") -> Pilot:
    """A default ``Pilot`` carrying the old criteria as its note (no numeric criterion set)."""
    return Pilot(note=legacy_criteria_note(success_criteria, lang)[:2_000])


class SampleSizeQuery(FrozenModel):
    """The inputs of a sample size, checked like any other input."""

    baseline_rate: float = Field(gt=0.0, lt=1.0, description="Control conversion p0.")
    target_rate: float = Field(gt=0.0, lt=1.0, description="Pilot conversion to detect p1.")
    power: float = Field(0.8, ge=0.5, le=0.999, description="Power 1 − beta.")
    alpha: float = Field(0.05, gt=0.0, le=0.5, description="Two-sided significance level.")
    ratio: float = Field(1.0, gt=0.0, le=1_000.0, description="Control contacts per pilot contact.")

    @model_validator(mode="after")
    def _different(self) -> SampleSizeQuery:
        if self.target_rate == self.baseline_rate:
            raise rule_error("pilot_target_equals_baseline", rate=self.target_rate)
        return self


@dataclass(frozen=True)
class SampleSize:
    """Contacts (offers) each group needs for the two-sided pooled z-test."""

    per_group: int
    control: int
    query: SampleSizeQuery

    @property
    def total(self) -> int:
        return self.per_group + self.control

    def to_dict(self) -> dict[str, Any]:
        q = self.query
        return {
            "per_group": self.per_group,
            "control": self.control,
            "total": self.total,
            "baseline_rate": q.baseline_rate,
            "target_rate": q.target_rate,
            "power": q.power,
            "alpha": q.alpha,
            "ratio": q.ratio,
            "method": "fleiss",
        }


def sample_size(
    baseline_rate: float,
    target_rate: float,
    power: float = 0.8,
    alpha: float = 0.05,
    ratio: float = 1.0,
) -> SampleSize:
    """Pilot contacts (``per_group``) and control contacts (``ratio ×``) to detect p1 vs p0.

    Raises InputError (with the allowed ranges) for inputs out of range.

    >>> s = sample_size(0.08, 0.10)
    >>> s.per_group, s.total
    (3213, 6426)
    """
    try:
        query = SampleSizeQuery(
            baseline_rate=baseline_rate,
            target_rate=target_rate,
            power=power,
            alpha=alpha,
            ratio=ratio,
        )
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, SampleSizeQuery)) from None
    n1 = fleiss_per_group(query.baseline_rate, query.target_rate, query.power, query.alpha, ratio)
    # A hair of tolerance so that an exact whole number is not rounded up by float noise.
    return SampleSize(math.ceil(n1 - 1e-9), math.ceil(n1 * ratio - 1e-9), query)


@dataclass(frozen=True)
class PilotPlan:
    """The pilot's size against its volume and duration."""

    size: SampleSize
    pilot_contacts_per_week: float
    control_contacts_per_week: float
    weeks_needed: int | None
    duration_weeks: int
    detectable_rate: float | None

    @property
    def cannot_detect(self) -> bool:
        """True when the target cannot be detected within the planned duration."""
        return self.weeks_needed is None or self.weeks_needed > self.duration_weeks

    def warning(self, lang: str = "en") -> str | None:
        """Why the pilot cannot detect its target in time (None when it can)."""
        if not self.cannot_detect:
            return None
        if self.weeks_needed is None:
            return translate("pilot.cannot_detect_at_all", lang)
        q = self.size.query
        text = translate(
            "pilot.cannot_detect",
            lang,
            weeks=self.weeks_needed,
            target=format_percent(q.target_rate, lang),
            baseline=format_percent(q.baseline_rate, lang),
            duration=self.duration_weeks,
        )
        if self.detectable_rate is None:
            return text
        detectable = format_percent(self.detectable_rate, lang)
        more = translate(
            "pilot.detectable", lang, duration=self.duration_weeks, detectable=detectable
        )
        return f"{text}; {more}"

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            **self.size.to_dict(),
            "warning": self.warning(lang),
            "pilot_contacts_per_week": self.pilot_contacts_per_week,
            "control_contacts_per_week": self.control_contacts_per_week,
            "weeks_needed": self.weeks_needed,
            "duration_weeks": self.duration_weeks,
            "cannot_detect": self.cannot_detect,
            "detectable_rate": self.detectable_rate,
        }


def weeks_needed(size: SampleSize, pilot_per_week: float, control_per_week: float) -> int | None:
    """Whole weeks until both groups reached their size (None when a group gets nothing).

    >>> weeks_needed(sample_size(0.08, 0.10), 500, 500)
    7
    """
    if pilot_per_week <= 0 or control_per_week <= 0:
        return None
    return max(
        math.ceil(size.per_group / pilot_per_week - 1e-9),
        math.ceil(size.control / control_per_week - 1e-9),
    )


def detectable_rate(
    baseline_rate: float,
    above: bool,
    pilot_contacts: float,
    power: float,
    alpha: float,
    ratio: float,
) -> float | None:
    """The conversion closest to ``baseline_rate`` (above or below it) detectable with
    ``pilot_contacts`` (bisection on Fleiss's formula); None when none is."""
    far = 1.0 - 1e-9 if above else 1e-9
    if fleiss_per_group(baseline_rate, far, power, alpha, ratio) > pilot_contacts:
        return None
    short, enough = baseline_rate, far  # too close to detect / detectable
    for _ in range(100):
        mid = (short + enough) / 2.0
        if mid in (short, enough):
            break
        if fleiss_per_group(baseline_rate, mid, power, alpha, ratio) > pilot_contacts:
            short = mid
        else:
            enough = mid
    return enough


def plan_pilot(pilot: Pilot, eligible_contacts_per_week: float) -> PilotPlan:
    """Size the pilot for the centre's eligible contacts (offers) per week.

    The pilot group gets ``group_share`` of them (with ``group_basis="agents"``:
    contacts in proportion to agents), the control the rest or the held-out share.

    >>> plan = plan_pilot(Pilot(group_share=0.5, duration_weeks=6), 1_000)
    >>> plan.weeks_needed, plan.cannot_detect
    (7, True)
    """
    if eligible_contacts_per_week < 0:
        raise ValueError("eligible contacts per week must be 0 or more")
    pilot_week = eligible_contacts_per_week * pilot.group_share
    control_week = eligible_contacts_per_week * pilot.control_share()
    ratio = control_week / pilot_week if pilot_week > 0 else 1.0
    alpha = round(1.0 - pilot.confidence, 12)  # 0.05, not 0.050000000000000044
    size = sample_size(
        pilot.baseline_conversion, pilot.target_conversion, pilot.power, alpha, ratio
    )
    above = pilot.target_conversion > pilot.baseline_conversion
    available = pilot_week * pilot.duration_weeks
    return PilotPlan(
        size=size,
        pilot_contacts_per_week=pilot_week,
        control_contacts_per_week=control_week,
        weeks_needed=weeks_needed(size, pilot_week, control_week),
        duration_weeks=pilot.duration_weeks,
        detectable_rate=(
            detectable_rate(pilot.baseline_conversion, above, available, pilot.power, alpha, ratio)
            if available > 0
            else None
        ),
    )
