"""The pilot: its size before, its statistics and its decision after.

Sample sizes, intervals and p-values are checked against statsmodels and scipy (the
references a statistician would use); the decision rule against its truth table.
"""

from __future__ import annotations

import itertools
import json
import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from scipy import stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    power_proportions_2indep,
    proportion_confint,
    proportion_effectsize,
    proportions_ztest,
    samplesize_proportions_2indep_onetail,
)
from strategies import floats

from ccx_model.pilot import (
    Pilot,
    SuccessCriteria,
    legacy_criteria_note,
    pilot_from_legacy,
    plan_pilot,
    sample_size,
)
from ccx_model.pilot_evaluation import (
    PilotActuals,
    WeekActuals,
    at_least,
    at_most,
    compare_conversion,
    decide,
    evaluate_pilot,
    paired_difference,
)
from ccx_model.problems import InputError, problems_from_validation
from ccx_model.proportions import Interval, difference, wilson, z_test

STATS = settings(database=None, deadline=None, max_examples=150)
rates = floats(0.01, 0.95)


# --- before: the sample size ----------------------------------------------------------


@STATS
@given(rates, rates, floats(0.5, 0.95), st.sampled_from([0.01, 0.05, 0.1]), floats(0.25, 8.0))
def test_sample_size_is_statsmodels_fleiss_rounded_up(
    p0: float, p1: float, power: float, alpha: float, ratio: float
) -> None:
    assume(abs(p1 - p0) >= 0.005)
    size = sample_size(p0, p1, power, alpha, ratio)
    reference = samplesize_proportions_2indep_onetail(p1 - p0, p0, power, ratio=ratio, alpha=alpha)
    assert size.per_group == math.ceil(reference - 1e-9)
    assert size.control == math.ceil(reference * ratio - 1e-9)
    assert size.total == size.per_group + size.control
    # The power of the test at that size (both tails, statsmodels) reaches the target.
    achieved = power_proportions_2indep(
        p1 - p0, p0, size.per_group, ratio=ratio, alpha=alpha, return_results=False
    )
    assert achieved >= power - 1e-9


def test_known_sample_size_and_cohens_h_is_close() -> None:
    """8% → 10%, 80% power, 5% two-sided: 3,213 per group by Fleiss; Cohen's h with
    NormalIndPower (arcsine variance) gives nearly the same, 3,205."""
    size = sample_size(0.08, 0.10)
    assert (size.per_group, size.total) == (3213, 6426)
    h = proportion_effectsize(0.10, 0.08)
    cohen = NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8, ratio=1)
    assert abs(size.per_group - cohen) / cohen < 0.01
    assert size.to_dict()["per_group"] == 3213 and size.to_dict()["total"] == 6426


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ({"baseline_rate": 0.1, "target_rate": 0.1}, "equals the baseline"),
        (
            {"baseline_rate": 0.0, "target_rate": 0.1},
            "baseline_rate: 0.0 is not allowed; allowed: above 0 to below 1",
        ),
        ({"baseline_rate": 0.1, "target_rate": 0.2, "power": 1.2}, "power: 1.2 is not allowed"),
        ({"baseline_rate": 0.1, "target_rate": 0.2, "alpha": 0.0}, "alpha: 0.0 is not allowed"),
    ],
)
def test_sample_size_refuses_bad_inputs_with_the_allowed_range(
    options: dict[str, float], text: str
) -> None:
    with pytest.raises(InputError) as caught:
        sample_size(**options)
    assert any(text in message for message in caught.value.messages("en"))
    assert caught.value.messages("nl")


def test_weeks_needed_and_the_warning() -> None:
    """1,000 eligible offers a week, half in the pilot: 500 a week per group, 3,213 needed
    → 7 weeks; a 6-week pilot cannot detect 8% → 10%."""
    short = plan_pilot(Pilot(group_share=0.5, duration_weeks=6), 1_000)
    assert short.size.per_group == 3213 and short.weeks_needed == 7
    assert short.cannot_detect
    assert short.detectable_rate is not None and 0.10 < short.detectable_rate < 0.11
    # At the detectable rate, six weeks of contacts are just enough.
    again = sample_size(0.08, short.detectable_rate, 0.8, 0.05, 1.0)
    assert again.per_group <= 3000 < sample_size(0.08, short.detectable_rate - 1e-4).per_group
    warning = short.warning("en")
    assert warning is not None and "needs 7 weeks" in warning and "runs 6 weeks" in warning
    assert warning.endswith("in 6 weeks it can detect a conversion of 10.1% at best")
    assert short.warning("nl") is not None and "7 weken" in short.warning("nl")  # type: ignore[operator]
    long = plan_pilot(Pilot(group_share=0.5, duration_weeks=8), 1_000)
    assert not long.cannot_detect and long.warning() is None
    data = long.to_dict()
    assert (
        data["per_group"] == 3213 and data["weeks_needed"] == 7 and data["cannot_detect"] is False
    )
    json.dumps(data, allow_nan=False)


def test_rest_of_centre_control_is_larger_and_shortens_the_pilot() -> None:
    """10% pilot vs the other 90%: ratio 9, so the pilot needs fewer contacts than 1:1."""
    plan = plan_pilot(Pilot(group_share=0.1), 10_000)
    assert plan.size.query.ratio == pytest.approx(9.0)
    assert plan.size.per_group < sample_size(0.08, 0.10).per_group
    assert plan.pilot_contacts_per_week == pytest.approx(1_000)
    held = plan_pilot(Pilot(group_share=0.1, control="held_out", held_out_share=0.1), 10_000)
    assert held.size.query.ratio == pytest.approx(1.0)
    assert held.weeks_needed == 4  # 3,213 at 1,000 a week


def test_no_eligible_contacts_cannot_detect_anything() -> None:
    plan = plan_pilot(Pilot(), 0)
    assert plan.weeks_needed is None and plan.cannot_detect
    assert plan.warning() == "the pilot group gets no eligible contacts: it cannot detect anything"


def test_pilot_rules_in_english_and_dutch() -> None:
    with pytest.raises(ValidationError) as caught:
        Pilot(control="held_out")
    problem = problems_from_validation(caught.value, Pilot)[0]
    assert problem.message("en") == "(scenario): a held-out control group needs held_out_share."
    with pytest.raises(ValidationError) as caught:
        Pilot(group_share=0.6, control="held_out", held_out_share=0.5)
    assert "meer dan het geheel" in problems_from_validation(caught.value, Pilot)[0].message("nl")
    with pytest.raises(ValidationError):
        SuccessCriteria(max_cancellation_rate=1.5)


def test_old_free_text_criteria_become_a_note() -> None:
    old = ("Conversie boven 5%", "", "  NPS gelijk ")
    assert legacy_criteria_note(old, "nl") == (
        "Succescriteria van voordat ze getallen waren: Conversie boven 5%; NPS gelijk"
    )
    assert legacy_criteria_note(()) == ""
    pilot = pilot_from_legacy(old)
    assert pilot.note.endswith("Conversie boven 5%; NPS gelijk")
    assert pilot.criteria.chosen() == {}  # text decides nothing


# --- after: the statistics --------------------------------------------------------------


counts = st.integers(1, 5_000).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n)))


@STATS
@given(counts, counts, st.sampled_from([0.9, 0.95, 0.99]))
def test_intervals_and_p_value_equal_statsmodels(
    pilot: tuple[int, int], control: tuple[int, int], confidence: float
) -> None:
    (n1, k1), (n2, k2) = pilot, control
    alpha = 1 - confidence
    w = wilson(k1, n1, confidence)
    assert (w.low, w.high) == pytest.approx(proportion_confint(k1, n1, alpha, "wilson"), abs=1e-12)
    d = difference(k1, n1, k2, n2, confidence)
    low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", alpha=alpha)
    assert (d.low, d.high) == pytest.approx((low, high), abs=1e-12)
    z, p = z_test(k1, n1, k2, n2)
    if 0 < k1 + k2 < n1 + n2:
        ref_z, ref_p = proportions_ztest([k1, k2], [n1, n2])
        assert z == pytest.approx(ref_z) and p == pytest.approx(ref_p, rel=1e-9, abs=1e-300)
    else:  # nothing varies: statsmodels divides by zero, we say "no difference"
        assert (z, p) == (0.0, 1.0)


def test_compare_conversion_for_the_cli() -> None:
    result = compare_conversion(
        control_offers=500, control_sales=40, pilot_offers=500, pilot_sales=60
    )
    data = result.to_dict()
    assert list(data)[:4] == ["uplift", "ci_low", "ci_high", "p_value"]
    assert data["uplift"] == pytest.approx(0.04)
    assert data["p_value"] == pytest.approx(proportions_ztest([60, 40], [500, 500])[1])
    with pytest.raises(InputError) as caught:
        compare_conversion(control_offers=10, control_sales=11, pilot_offers=0, pilot_sales=0)
    english = caught.value.messages("en")
    assert any("pilot_offers: 0 is not allowed; allowed: 1 to" in m for m in english)


def test_paired_difference_equals_scipy_paired_t() -> None:
    pilot = [312.0, 305.0, 330.0, 298.0, 321.0]
    control = [300.0, 301.0, 310.0, 296.0, 305.0]
    d = paired_difference(list(zip(pilot, control, strict=True)), 0.95)
    assert d is not None
    result = stats.ttest_rel(pilot, control)
    ci = result.confidence_interval(0.95)
    assert (d.estimate, d.low, d.high) == pytest.approx((10.8, ci.low, ci.high))
    assert paired_difference([(1.0, 2.0)]) is None


# --- after: criteria and the decision ---------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "threshold", "least", "most"),
    [
        (Interval(0.10, 0.08, 0.12), 0.08, "met", "undecided"),  # edge: low == threshold
        (Interval(0.10, 0.08, 0.12), 0.12, "undecided", "met"),  # edge: high == threshold
        (Interval(0.10, 0.08, 0.12), 0.13, "missed", "met"),
        (Interval(0.10, 0.08, 0.12), 0.07, "met", "missed"),
        (Interval(0.10, 0.08, 0.12), 0.10, "undecided", "undecided"),
        (None, 0.10, "undecided", "undecided"),
    ],
)
def test_criterion_by_its_interval(
    interval: Interval | None, threshold: float, least: str, most: str
) -> None:
    assert at_least(interval, threshold) == least
    assert at_most(interval, threshold) == most


@pytest.mark.parametrize("n", [1, 2, 3])
def test_decision_rule_truth_table(n: int) -> None:
    for statuses in itertools.product(["met", "missed", "undecided"], repeat=n):
        expected = (
            "stop" if "missed" in statuses else "scale" if set(statuses) == {"met"} else "extend"
        )
        assert decide(statuses) == expected, statuses


def weeks(
    offers: int,
    sales: int,
    cancels: int = 0,
    aht: list[float] | None = None,
    fcr: list[float] | None = None,
    nps: list[float] | None = None,
    n: int = 4,
) -> tuple[WeekActuals, ...]:
    return tuple(
        WeekActuals(
            week=w + 1,
            offers=offers,
            sales=sales,
            cancellations=cancels,
            aht_seconds=None if aht is None else aht[w],
            fcr=None if fcr is None else fcr[w],
            nps=None if nps is None else nps[w],
        )
        for w in range(n)
    )


CRITERIA = SuccessCriteria(
    min_conversion=0.08,
    min_uplift=0.0,
    max_aht_increase_seconds=30,
    max_fcr_drop_points=2,
    max_nps_drop_points=5,
    max_cancellation_rate=0.2,
)


def test_a_clear_success_scales() -> None:
    actuals = PilotActuals(
        pilot=weeks(
            1000,
            150,
            10,
            aht=[310, 312, 309, 311],
            fcr=[0.75, 0.76, 0.75, 0.74],
            nps=[30, 31, 29, 30],
        ),
        control=weeks(
            1000,
            80,
            0,
            aht=[300, 301, 300, 299],
            fcr=[0.75, 0.75, 0.75, 0.75],
            nps=[30, 30, 30, 30],
        ),
    )
    result = evaluate_pilot(Pilot(criteria=CRITERIA), actuals)
    assert {c.criterion: c.status for c in result.criteria} == dict.fromkeys(
        CRITERIA.chosen(), "met"
    )
    assert result.decision == "scale"
    assert result.conversion is not None and result.conversion.estimate == pytest.approx(0.15)
    assert result.aht_increase_seconds is not None
    assert result.aht_increase_seconds.estimate == pytest.approx(10.5)
    assert result.fcr_drop_points is not None and result.fcr_drop_points.estimate == pytest.approx(
        0.0, abs=1e-9
    )
    up = result.scale_up()
    assert up["conversion_rate"] == pytest.approx(0.15)
    assert up["cancellation_rate"] == pytest.approx(40 / 600)
    data = result.to_dict("nl")
    assert data["decision"] == "scale" and data["decision_label"] == "opschalen"
    assert data["criteria"][0]["status_label"] == "gehaald"
    json.dumps(data, allow_nan=False)


def test_a_handle_time_that_rises_too_much_stops_the_pilot() -> None:
    actuals = PilotActuals(
        pilot=weeks(1000, 150, aht=[360, 365, 358, 362]),
        control=weeks(1000, 80, aht=[300, 301, 300, 299]),
    )
    result = evaluate_pilot(Pilot(criteria=CRITERIA), actuals)
    status = {c.criterion: c.status for c in result.criteria}
    assert status["max_aht_increase_seconds"] == "missed"
    assert status["max_fcr_drop_points"] == "undecided"  # no FCR reported
    assert result.decision == "stop"


def test_too_few_offers_to_tell_extends_the_pilot() -> None:
    actuals = PilotActuals(pilot=weeks(50, 5, n=2), control=weeks(50, 4, n=2))
    result = evaluate_pilot(
        Pilot(criteria=SuccessCriteria(min_uplift=0.0, min_conversion=0.08)), actuals
    )
    assert [c.status for c in result.criteria] == ["undecided", "undecided"]
    assert result.decision == "extend"
    assert result.to_dict()["undecided_after_duration"] is False  # 2 of 8 weeks
    over = evaluate_pilot(
        Pilot(duration_weeks=2, criteria=SuccessCriteria(min_uplift=0.0)), actuals
    ).to_dict()
    assert over["undecided_after_duration"] is True and over["duration_weeks"] == 2


def test_a_control_that_makes_no_offers_leaves_uplift_undecided() -> None:
    """A cross-sell pilot: the rest of the centre does not sell, so conversion is judged on
    its own and the uplift cannot be measured."""
    actuals = PilotActuals(pilot=weeks(800, 120), control=weeks(0, 0))
    result = evaluate_pilot(
        Pilot(criteria=SuccessCriteria(min_conversion=0.1, min_uplift=0.0)), actuals
    )
    assert result.comparison is None
    assert [c.status for c in result.criteria] == ["met", "undecided"]
    assert result.decision == "extend"
    assert result.to_dict()["uplift"] is None


def test_no_criteria_never_decides() -> None:
    result = evaluate_pilot(Pilot(), PilotActuals(pilot=weeks(1000, 150), control=weeks(1000, 80)))
    assert result.criteria == () and result.decision == "extend"


def test_weekly_actuals_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        WeekActuals(week=1, offers=10, sales=11)
    assert (
        "sales cannot exceed offers"
        in problems_from_validation(caught.value, WeekActuals)[0].message()
    )
    with pytest.raises(ValidationError):
        WeekActuals(week=1, offers=10, sales=5, cancellations=6)
    one = WeekActuals(week=1, offers=10, sales=5)
    with pytest.raises(ValidationError) as caught:
        PilotActuals(pilot=(one, one), control=(one,))
    assert (
        "week 1 appears twice" in problems_from_validation(caught.value, PilotActuals)[0].message()
    )
