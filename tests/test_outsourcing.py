"""Outsourcing (seed 004): provider fee, retained customer owner, quality, transition.

What a board will ask: is the provider's price applied to the right volume, does the
customer owner (CCO) stay on the bill, what does the provider's weaker resolution
cost, what does the move itself cost, and when does it pay back.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import floats

from ccx_model.commercial import Quality
from ccx_model.outsourcing import (
    Outsourcing,
    blended_first_contact_resolution,
    provider_cost_eur_per_year,
    quality_effect,
    resolution_delta_from_attrition,
    retained_cost_eur_per_year,
)
from ccx_model.quality import poor_service

FORMULAS = settings(database=None, deadline=None, max_examples=150)

share = floats(0.0, 1.0)
money = floats(0.0, 10_000_000.0)
volume = floats(0.0, 10_000_000.0)


@st.composite
def outsourcings(draw: st.DrawFn, enabled: bool | None = None) -> Outsourcing:
    return Outsourcing(
        enabled=draw(st.booleans()) if enabled is None else enabled,
        share_of_volume=draw(share),
        pricing=draw(st.sampled_from(["per_productive_hour", "per_contact"])),
        price_per_productive_hour_eur=draw(floats(0, 1_000)),
        price_per_contact_eur=draw(floats(0, 1_000)),
        transition_cost_eur=draw(floats(0, 1_000_000_000)),
        transition_months=draw(st.integers(0, 24)),
        retained_management_fte=draw(floats(1, 1_000)),
        retained_cost_eur_per_fte_year=draw(floats(0, 1_000_000)),
        quality_monitoring_eur_per_month=draw(floats(0, 10_000_000)),
        provider_attrition_rate_per_year=draw(floats(0, 3)),
        first_contact_resolution_delta=draw(floats(-1, 1)),
    )


# The hand-worked provider: half the volume at EUR 24 an hour, 5 points worse
# resolution, one retained FTE at EUR 80,000 and EUR 1,000 a month monitoring,
# a two-month move costing EUR 12,000.
WORKED = Outsourcing(
    enabled=True,
    share_of_volume=0.5,
    price_per_productive_hour_eur=24,
    transition_cost_eur=12_000,
    transition_months=2,
    retained_management_fte=1,
    retained_cost_eur_per_fte_year=80_000,
    quality_monitoring_eur_per_month=1_000,
    first_contact_resolution_delta=-0.05,
)


class TestOutsourcingInputs:
    def test_defaults_are_the_documented_ones(self) -> None:
        o = Outsourcing()
        assert (o.enabled, o.share_of_volume, o.pricing) == (False, 1.0, "per_productive_hour")
        assert (o.price_per_productive_hour_eur, o.price_per_contact_eur) == (32, 2.10)
        assert (o.transition_cost_eur, o.transition_months) == (150_000, 4)
        assert (o.retained_management_fte, o.retained_cost_eur_per_fte_year) == (3, 85_000)
        assert o.quality_monitoring_eur_per_month == 6_000
        assert (o.provider_attrition_rate_per_year, o.first_contact_resolution_delta) == (
            0.60,
            -0.03,
        )

    def test_every_field_has_a_description_for_the_tooltip(self) -> None:
        for name, field in Outsourcing.model_fields.items():
            assert field.description, name

    def test_the_customer_owner_cannot_be_outsourced_too(self) -> None:
        # Seed 004: someone in the company must own customer contact.
        with pytest.raises(ValidationError):
            Outsourcing(retained_management_fte=0)

    @pytest.mark.parametrize(
        "update",
        [
            {"share_of_volume": 1.2},
            {"transition_months": 25},
            {"price_per_contact_eur": -1},
            {"first_contact_resolution_delta": float("nan")},
            {"pricing": "per_minute"},
            {"typo": 1},
        ],
    )
    def test_rejects_values_outside_the_rules(self, update: dict[str, Any]) -> None:
        with pytest.raises(ValidationError):
            Outsourcing(**update)

    def test_is_frozen(self) -> None:
        with pytest.raises(ValidationError):
            Outsourcing().enabled = True  # type: ignore[misc]

    def test_active_only_when_enabled_with_some_volume(self) -> None:
        assert Outsourcing(enabled=True).active
        assert not Outsourcing(enabled=False).active
        assert not Outsourcing(enabled=True, share_of_volume=0.0).active


class TestProviderCost:
    def test_worked_example_per_hour(self) -> None:
        # The provider's own 10,000 productive hours × EUR 24.
        assert provider_cost_eur_per_year(WORKED, 10_000, 50_000) == pytest.approx(240_000)

    def test_worked_example_per_contact(self) -> None:
        # The provider's own 50,000 contacts × EUR 2.10.
        per_contact = WORKED.model_copy(update={"pricing": "per_contact"})
        assert provider_cost_eur_per_year(per_contact, 10_000, 50_000) == pytest.approx(105_000)

    def test_nothing_is_billed_when_outsourcing_is_off(self) -> None:
        assert provider_cost_eur_per_year(Outsourcing(), 10_000, 50_000) == 0.0
        off = WORKED.model_copy(update={"share_of_volume": 0.0})
        assert provider_cost_eur_per_year(off, 10_000, 50_000) == 0.0

    def test_rejects_negative_or_missing_volume(self) -> None:
        with pytest.raises(ValueError, match="productive_hours_per_year"):
            provider_cost_eur_per_year(WORKED, -1, 0)
        with pytest.raises(ValueError, match="contacts_per_year"):
            provider_cost_eur_per_year(WORKED, 0, float("nan"))

    @FORMULAS
    @given(outsourcings(), volume, volume, floats(0, 1_000), floats(0, 1_000))
    def test_a_higher_price_never_lowers_the_fee(
        self, inputs: Outsourcing, hours: float, contacts: float, a: float, b: float
    ) -> None:
        low, high = sorted((a, b))
        for field in ("price_per_productive_hour_eur", "price_per_contact_eur"):
            cheap = inputs.model_copy(update={field: low})
            dear = inputs.model_copy(update={field: high})
            assert provider_cost_eur_per_year(cheap, hours, contacts) <= provider_cost_eur_per_year(
                dear, hours, contacts
            )


class TestRetainedCost:
    def test_worked_example(self) -> None:
        # 3 FTE × EUR 85,000 + 12 × EUR 6,000 monitoring.
        assert retained_cost_eur_per_year(Outsourcing(enabled=True)) == pytest.approx(327_000)
        # The hand-worked provider: 1 × 80,000 + 12 × 1,000.
        assert retained_cost_eur_per_year(WORKED) == pytest.approx(92_000)

    def test_nothing_is_retained_without_outsourcing(self) -> None:
        assert retained_cost_eur_per_year(Outsourcing()) == 0.0
        assert retained_cost_eur_per_year(WORKED.model_copy(update={"share_of_volume": 0})) == 0.0

    @FORMULAS
    @given(outsourcings(enabled=True))
    def test_the_customer_owner_is_always_paid_when_outsourcing(self, inputs: Outsourcing) -> None:
        # Seed 004: whatever the share, the customer owner (CCO) stays on the payroll.
        expected = inputs.retained_management_fte * inputs.retained_cost_eur_per_fte_year
        if inputs.active:
            assert retained_cost_eur_per_year(inputs) >= expected * (1 - 1e-12)
        else:
            assert retained_cost_eur_per_year(inputs) == 0.0


class TestQualityEffect:
    def test_worked_example(self) -> None:
        assert quality_effect(Outsourcing(enabled=True), 0.75) == pytest.approx(0.72)
        assert quality_effect(WORKED, 0.75) == pytest.approx(0.70)

    def test_is_clipped_to_a_share(self) -> None:
        better = Outsourcing(enabled=True, first_contact_resolution_delta=0.5)
        assert quality_effect(better, 0.75) == 1.0
        assert quality_effect(Outsourcing(enabled=True), 0.02) == 0.0

    def test_without_outsourcing_the_in_house_resolution_stays(self) -> None:
        assert quality_effect(Outsourcing(first_contact_resolution_delta=-0.5), 0.75) == 0.75

    def test_rejects_a_resolution_outside_zero_to_one(self) -> None:
        with pytest.raises(ValueError, match="first_contact_resolution"):
            quality_effect(WORKED, 1.5)

    @FORMULAS
    @given(outsourcings(enabled=True), share, floats(-1, 1), floats(-1, 1))
    def test_a_worse_delta_never_raises_resolution(
        self, inputs: Outsourcing, resolution: float, a: float, b: float
    ) -> None:
        worse = inputs.model_copy(update={"first_contact_resolution_delta": min(a, b)})
        better = inputs.model_copy(update={"first_contact_resolution_delta": max(a, b)})
        low, high = quality_effect(worse, resolution), quality_effect(better, resolution)
        assert 0.0 <= low <= high <= 1.0


class TestBlendedResolution:
    def test_worked_example(self) -> None:
        # Half at 0.75 in-house, half at 0.70 at the provider.
        assert blended_first_contact_resolution(WORKED, 0.75) == pytest.approx(0.725)

    def test_without_outsourcing_it_is_the_in_house_resolution(self) -> None:
        assert blended_first_contact_resolution(Outsourcing(), 0.75) == 0.75

    @FORMULAS
    @given(outsourcings(), share, volume, floats(0, 10_000))
    def test_poor_service_at_the_blend_is_the_share_weighted_poor_service(
        self, inputs: Outsourcing, resolution: float, calls: float, margin: float
    ) -> None:
        def lost(target: float) -> float:
            quality = Quality(
                first_contact_resolution=resolution, first_contact_resolution_target=target
            )
            return poor_service(calls, quality, margin).lost_margin_eur_per_year

        s = inputs.share_of_volume if inputs.active else 0.0
        blended = lost(blended_first_contact_resolution(inputs, resolution))
        weighted = (1 - s) * lost(resolution) + s * lost(quality_effect(inputs, resolution))
        assert blended == pytest.approx(weighted, rel=1e-9, abs=1e-6)


class TestResolutionDeltaFromAttrition:
    def test_the_default_delta_matches_the_default_attrition_gap(self) -> None:
        # In-house 30% (scenario default) vs provider 60%: 30 points × 0.1 = −3 points.
        suggested = resolution_delta_from_attrition(
            0.30, Outsourcing().provider_attrition_rate_per_year
        )
        assert suggested == pytest.approx(Outsourcing().first_contact_resolution_delta)

    def test_a_provider_with_lower_attrition_suggests_better_resolution(self) -> None:
        assert resolution_delta_from_attrition(0.30, 0.20) == pytest.approx(0.01)
