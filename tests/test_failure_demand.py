"""Failure demand: the reason table, its rules, cost attribution, cuts, CSV and CLI.

The reason table splits each channel's contacts into reasons; each reason's cost is
its channel's cost shared out by workload (contacts × handle time). Cutting
avoidable contacts is valued by re-running the Erlang C staffing on what remains.
Worked examples use the bundled baseline (nine phone reasons, 46% avoidable) and
its "failure demand halved" variant (every causing department cuts 50%).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import floats

from ccx_cli import main as cli_main
from ccx_model.case import build_case
from ccx_model.evaluate import Evaluation, evaluate
from ccx_model.failure_demand import (
    NO_DEPARTMENT,
    ContactReason,
    FailureDemand,
    FailureDemandCut,
    after_cuts,
    attribute_costs,
    channel_share_totals,
    normalised,
    remaining_share,
    remaining_workload_share,
)
from ccx_model.i18n import format_short
from ccx_model.levers import CUT_PREFIX, levers
from ccx_model.problems import InputError, problems_from_validation
from ccx_model.reasons_csv import COLUMNS, reasons_from_csv, reasons_to_csv
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import load_scenario, scenario_from_dict
from ccx_model.staffing_summary import phone_cut_factors
from ccx_model.text import first_control_character

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "scenarios" / "baseline.yaml"
HALVED = ROOT / "scenarios" / "failure_demand_halved.yaml"
CHANNELS = ("phone", "chat", "email", "back_office")
DEPARTMENTS = ("IT", "Billing", "Logistics", "Marketing")
# The departments causing avoidable contacts in the baseline (Logistics, Billing, IT …).
BASELINE_DEPARTMENTS = tuple(
    sorted({r.department for r in load_scenario(BASELINE).failure_demand.reasons if r.avoidable})
)
# Evaluating a scenario runs Erlang C over a week of intervals (~0.1 s): keep it modest.
SCENARIO_EXAMPLES = 12
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(
    max_examples=SCENARIO_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


# ---------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def baseline() -> Scenario:
    return load_scenario(BASELINE)


@pytest.fixture(scope="module")
def halved() -> Scenario:
    return load_scenario(HALVED)


@pytest.fixture(scope="module")
def baseline_evaluation(baseline: Scenario) -> Evaluation:
    return evaluate(baseline)


@pytest.fixture(scope="module")
def halved_evaluation(halved: Scenario) -> Evaluation:
    return evaluate(halved)


def with_cuts(scenario: Scenario, *cuts: FailureDemandCut) -> Scenario:
    demand = scenario.failure_demand.model_copy(update={"cuts": cuts})
    return scenario.model_copy(update={"failure_demand": demand})


def messages(exc: ValidationError, model: type, lang: str) -> list[str]:
    return [p.message(lang) for p in problems_from_validation(exc, model)]


def reason(name: str, share: float, **fields: object) -> ContactReason:
    return ContactReason.model_validate({"reason": name, "share": share, **fields})


@st.composite
def reason_tables(draw: st.DrawFn) -> tuple[ContactReason, ...]:
    """A valid reason table: one to four channels, each's shares adding up to 100%."""
    channels = draw(st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=4, unique=True))
    reasons: list[ContactReason] = []
    for channel in channels:
        weights = draw(st.lists(st.integers(1, 1_000), min_size=1, max_size=6))
        for i, weight in enumerate(weights):
            avoidable = draw(st.booleans())
            reasons.append(
                ContactReason(
                    reason=f"{channel} reason {i}",
                    share=weight / sum(weights),
                    avoidable=avoidable,
                    department=draw(st.sampled_from(DEPARTMENTS)) if avoidable else NO_DEPARTMENT,
                    channel=channel,
                    aht_seconds=draw(st.one_of(st.none(), floats(10, 7_200))),
                )
            )
    return FailureDemand(reasons=tuple(reasons)).reasons


money = floats(0, 1e8)
per_channel_costs = st.dictionaries(st.sampled_from(CHANNELS), money, min_size=1)
per_channel_contacts = st.fixed_dictionaries({c: floats(0, 1e7) for c in CHANNELS})
per_channel_aht = st.fixed_dictionaries({c: floats(10, 3_600) for c in CHANNELS})


# ---------------------------------------------------------------- the inputs


class TestContactReason:
    def test_a_negative_share_is_refused_with_its_range(self) -> None:
        with pytest.raises(ValidationError) as caught:
            reason("Invoice", -0.1)
        assert messages(caught.value, ContactReason, "en") == [
            "share: -0.1 is not allowed; allowed: 0 to 1."
        ]
        assert messages(caught.value, ContactReason, "nl") == [
            "share: -0.1 is niet toegestaan; toegestaan: 0 tot en met 1."
        ]

    def test_an_unknown_channel_is_refused_naming_the_allowed_channels(self) -> None:
        with pytest.raises(ValidationError) as caught:
            reason("Invoice", 0.5, channel="fax")
        for lang in ("en", "nl"):
            (message,) = messages(caught.value, ContactReason, lang)
            assert message.startswith("channel: 'fax'")
            for channel in CHANNELS:
                assert f"'{channel}'" in message, (lang, message)

    @pytest.mark.parametrize(
        ("field", "value", "english"),
        [("channel", "fax", " or "), ("avoidable", "maybe", "Input should be")],
    )
    def test_dutch_messages_contain_no_english(self, field: str, value: str, english: str) -> None:
        # pydantic's own texts are English: the allowed channels joined with "or", a bad
        # boolean explained as "Input should be a valid boolean".
        with pytest.raises(ValidationError) as caught:
            reason("Invoice", 0.5, **{field: value})
        (message,) = messages(caught.value, ContactReason, "nl")
        assert english not in message, message

    def test_an_unknown_field_is_refused(self) -> None:
        with pytest.raises(ValidationError):
            reason("Invoice", 0.5, shar=0.5)

    def test_defaults_are_an_unavoidable_phone_reason_at_the_channel_handle_time(self) -> None:
        plain = reason("Invoice", 0.5)
        assert (plain.avoidable, plain.department, plain.channel, plain.aht_seconds) == (
            False,
            NO_DEPARTMENT,
            "phone",
            None,
        )


class TestFailureDemand:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("en", "the contact reasons of channel chat add up to {total}%, not 100%"),
            ("nl", "de contactredenen van kanaal chat zijn samen {total}%, niet 100%"),
        ],
    )
    def test_shares_not_adding_up_are_refused_naming_the_channel_and_total(
        self, lang: str, expected: str
    ) -> None:
        shares = (0.5, 0.375)  # chat adds up to 87.5%; phone is fine
        table = (
            reason("Order", 1.0),
            reason("Chat a", shares[0], channel="chat"),
            reason("Chat b", shares[1], channel="chat"),
        )
        with pytest.raises(ValidationError) as caught:
            FailureDemand(reasons=table)
        (message,) = messages(caught.value, FailureDemand, lang)
        total = format_short(round(sum(shares) * 100.0, 2), lang)
        assert expected.format(total=total) in message

    def test_a_scenario_with_shares_off_names_the_channel_and_total_in_both_languages(
        self, baseline: Scenario
    ) -> None:
        data = baseline.model_dump(mode="python")
        data["failure_demand"]["reasons"][0]["share"] += 0.10
        total = sum(r["share"] for r in data["failure_demand"]["reasons"])
        with pytest.raises(InputError) as caught:
            scenario_from_dict(data)
        (english,) = caught.value.messages("en")
        (dutch,) = caught.value.messages("nl")
        assert english.startswith("failure_demand: ")
        assert f"channel phone add up to {format_short(round(total * 100, 2), 'en')}%" in english
        assert f"kanaal phone zijn samen {format_short(round(total * 100, 2), 'nl')}%" in dutch

    @pytest.mark.parametrize("total", [0.9995, 1.0005])
    def test_shares_within_a_tenth_of_a_point_are_accepted(self, total: float) -> None:
        FailureDemand(reasons=(reason("a", 0.5), reason("b", total - 0.5)))

    @pytest.mark.parametrize("total", [0.998, 1.002])
    def test_shares_off_by_more_than_a_tenth_of_a_point_are_refused(self, total: float) -> None:
        with pytest.raises(ValidationError):
            FailureDemand(reasons=(reason("a", 0.5), reason("b", total - 0.5)))

    def test_normalised_shares_are_accepted(self) -> None:
        table = (reason("a", 0.3), reason("b", 0.3), reason("c", 0.2, channel="email"))
        with pytest.raises(ValidationError):
            FailureDemand(reasons=table)
        assert FailureDemand(reasons=normalised(table)).reasons == normalised(table)

    def test_an_empty_table_is_allowed(self) -> None:
        assert FailureDemand().reasons == ()

    @pytest.mark.parametrize("lang", ["en", "nl"])
    def test_a_cut_naming_a_department_without_avoidable_reasons_is_refused(
        self, lang: str
    ) -> None:
        # IT is named, but only on an unavoidable reason: nothing of IT's to cut.
        table = (
            reason("Log-in", 0.4, avoidable=False, department="IT"),
            reason("Invoice", 0.6, avoidable=True, department="Billing"),
        )
        with pytest.raises(ValidationError) as caught:
            FailureDemand(reasons=table, cuts=(FailureDemandCut(department="IT"),))
        (message,) = messages(caught.value, FailureDemand, lang)
        assert "'IT'" in message
        assert ("department" if lang == "en" else "afdeling") in message

    def test_a_cut_naming_a_causing_department_is_accepted(self) -> None:
        table = (reason("Invoice", 0.6, avoidable=True, department="Billing"), reason("x", 0.4))
        demand = FailureDemand(reasons=table, cuts=(FailureDemandCut(department="Billing"),))
        assert demand.cuts[0].department == "Billing"


# ---------------------------------------------------------------- the functions


class TestChannelShareTotals:
    def test_sums_per_channel(self) -> None:
        table = (reason("a", 0.25), reason("b", 0.5), reason("c", 0.75, channel="chat"))
        assert channel_share_totals(table) == {"phone": 0.75, "chat": 0.75}

    def test_the_baseline_adds_up_to_one(self, baseline: Scenario) -> None:
        assert channel_share_totals(baseline.failure_demand.reasons) == {
            "phone": pytest.approx(1.0)
        }


class TestNormalised:
    def test_worked_example_keeps_the_proportions(self) -> None:
        table = (reason("a", 0.3), reason("b", 0.1), reason("c", 0.2, channel="email"))
        assert [r.share for r in normalised(table)] == pytest.approx([0.75, 0.25, 1.0])

    @FAST
    @given(
        st.lists(st.tuples(st.sampled_from(CHANNELS), floats(0.001, 1.0)), min_size=1, max_size=12)
    )
    def test_every_channel_adds_up_to_one_afterwards(self, rows: list[tuple[str, float]]) -> None:
        table = tuple(reason(f"r{i}", share, channel=ch) for i, (ch, share) in enumerate(rows))
        fixed = normalised(table)
        for total in channel_share_totals(fixed).values():
            assert total == pytest.approx(1.0)
        FailureDemand(reasons=fixed)  # and the validator accepts it
        assert [r.reason for r in fixed] == [r.reason for r in table]

    def test_a_channel_whose_shares_are_all_zero_is_left_alone(self) -> None:
        table = (reason("a", 0.0, channel="chat"), reason("b", 0.5))
        assert [r.share for r in normalised(table)] == [0.0, 1.0]


class TestRemainingShare:
    def test_worked_example_of_the_halved_scenario(self, halved: Scenario) -> None:
        # 46% of the phone contacts are avoidable; every department cuts half: 23% go.
        demand = halved.failure_demand
        assert remaining_share(demand.reasons, demand.cuts, "phone") == pytest.approx(0.77)

    def test_a_cut_only_removes_its_departments_avoidable_reasons(self) -> None:
        table = (
            reason("bill", 0.4, avoidable=True, department="Billing"),
            reason("bill question", 0.2, avoidable=False, department="Billing"),
            reason("other", 0.4),
        )
        cut = (FailureDemandCut(department="Billing", cut_share=1.0),)
        assert remaining_share(table, cut, "phone") == pytest.approx(0.6)

    def test_other_channels_are_untouched(self) -> None:
        table = (
            reason("bill", 1.0, avoidable=True, department="Billing"),
            reason("chat", 1.0, channel="chat"),
        )
        cut = (FailureDemandCut(department="Billing", cut_share=0.5),)
        assert remaining_share(table, cut, "phone") == pytest.approx(0.5)
        assert remaining_share(table, cut, "chat") == 1.0

    def test_without_cuts_everything_remains(self, baseline: Scenario) -> None:
        assert remaining_share(baseline.failure_demand.reasons, (), "phone") == 1.0


class TestRemainingWorkloadShare:
    def test_worked_example_of_the_halved_scenario(self, halved: Scenario) -> None:
        # Workload = share × handle time (205 s, the channel's average, where none is given).
        avoidable = 0.14 * 180 + 0.12 * 300 + 0.09 * 240 + 0.05 * 200 + 0.06 * 210  # 105.4
        unavoidable = 0.18 * 205 + 0.16 * 240 + 0.08 * 220 + 0.12 * 260  # 124.1
        expected = 1.0 - 0.5 * avoidable / (avoidable + unavoidable)  # 176.8 / 229.5
        demand = halved.failure_demand
        share = remaining_workload_share(demand.reasons, demand.cuts, "phone", 205.0)
        assert share == pytest.approx(expected)
        assert share == pytest.approx(176.8 / 229.5)

    def test_cutting_long_calls_removes_more_workload_than_contacts(self) -> None:
        table = (
            reason("long", 0.5, avoidable=True, department="IT", aht_seconds=600),
            reason("short", 0.5, aht_seconds=200),
        )
        cut = (FailureDemandCut(department="IT", cut_share=1.0),)
        assert remaining_share(table, cut, "phone") == pytest.approx(0.5)
        assert remaining_workload_share(table, cut, "phone", 300.0) == pytest.approx(0.25)

    def test_a_channel_without_workload_keeps_it_all(self) -> None:
        assert remaining_workload_share((), (), "chat", 300.0) == 1.0


class TestAfterCuts:
    def test_cut_reasons_shrink_and_each_channel_is_renormalised(self) -> None:
        table = (
            reason("bill", 0.4, avoidable=True, department="Billing"),
            reason("other", 0.6),
            reason("chat bill", 0.5, avoidable=True, department="Billing", channel="chat"),
            reason("chat other", 0.5, channel="chat"),
        )
        cut = (FailureDemandCut(department="Billing", cut_share=0.5),)
        shares = [r.share for r in after_cuts(table, cut)]
        # phone: 0.2 and 0.6 of what was, out of 0.8; chat: 0.25 and 0.5, out of 0.75.
        assert shares == pytest.approx([0.25, 0.75, 1 / 3, 2 / 3])
        assert channel_share_totals(after_cuts(table, cut)) == {
            "phone": pytest.approx(1.0),
            "chat": pytest.approx(1.0),
        }

    def test_without_cuts_the_table_is_unchanged(self, baseline: Scenario) -> None:
        reasons = baseline.failure_demand.reasons
        assert after_cuts(reasons, ()) is reasons

    def test_the_halved_scenario_still_validates_after_the_cuts(self, halved: Scenario) -> None:
        demand = halved.failure_demand
        kept = after_cuts(demand.reasons, demand.cuts)
        FailureDemand(reasons=kept)
        avoidable_after = sum(r.share for r in kept if r.avoidable)
        assert avoidable_after == pytest.approx(0.23 / 0.77)  # half of 46%, out of 77%


class TestAttributeCosts:
    @FAST
    @given(reason_tables(), per_channel_costs, per_channel_contacts, per_channel_aht)
    def test_the_parts_add_up_to_the_total_cost(
        self,
        reasons: tuple[ContactReason, ...],
        cost_eur: dict[str, float],
        contacts: dict[str, float],
        aht_seconds: dict[str, float],
    ) -> None:
        costs = attribute_costs(reasons, cost_eur, contacts, aht_seconds)
        total = sum(cost_eur.values())
        assert costs.total_cost_eur_per_year == pytest.approx(total)
        assert sum(r.cost_eur_per_year for r in costs.reasons) == pytest.approx(total, abs=1e-6)
        by_department = costs.by_department()
        assert sum(by_department.values()) == pytest.approx(total, abs=1e-6)
        if any(not r.avoidable and r.cost_eur_per_year > 0 for r in costs.reasons):
            assert NO_DEPARTMENT in by_department
        assert 0.0 <= costs.avoidable_share <= 1.0 + 1e-12
        assert list(by_department.values()) == sorted(by_department.values(), reverse=True)

    def test_the_baseline_keeps_the_unavoidable_bucket(
        self, baseline_evaluation: Evaluation
    ) -> None:
        costs = baseline_evaluation.failure_demand_costs()
        by_department = costs.by_department()
        assert set(by_department) == {NO_DEPARTMENT, *BASELINE_DEPARTMENTS}
        unavoidable = sum(r.cost_eur_per_year for r in costs.reasons if not r.avoidable)
        assert by_department[NO_DEPARTMENT] == pytest.approx(unavoidable)
        assert sum(by_department.values()) == pytest.approx(baseline_evaluation.service_cost_eur)
        assert 0.0 < costs.avoidable_share < 1.0

    def test_a_longer_handle_time_weighs_more_than_the_same_contact_share(self) -> None:
        table = (
            reason("long", 0.5, avoidable=True, department="Billing", aht_seconds=400),
            reason("short", 0.5, aht_seconds=200),
        )
        costs = attribute_costs(table, {"phone": 900.0}, {"phone": 1_000.0}, {"phone": 300.0})
        long, short = (r.cost_eur_per_year for r in costs.reasons)
        # Same number of contacts, twice the handle time: twice the cost, not the flat
        # average of EUR 450 each that a cost per contact would give.
        assert long > short
        assert (long, short) == pytest.approx((600.0, 300.0))
        assert costs.avoidable_share == pytest.approx(2 / 3)

    def test_reasons_without_their_own_handle_time_use_the_channels(self) -> None:
        table = (reason("a", 0.5, aht_seconds=300), reason("b", 0.5))
        costs = attribute_costs(table, {"phone": 1_000.0}, {"phone": 10.0}, {"phone": 300.0})
        assert [r.cost_eur_per_year for r in costs.reasons] == pytest.approx([500.0, 500.0])

    def test_a_channel_without_reasons_keeps_its_cost_unattributed(self) -> None:
        table = (reason("a", 1.0, avoidable=True, department="IT"),)
        costs = attribute_costs(
            table, {"phone": 600.0, "email": 400.0}, {"phone": 10.0, "email": 5.0}, {}
        )
        assert costs.by_department() == {"IT": 600.0, NO_DEPARTMENT: 400.0}
        assert costs.avoidable_share == pytest.approx(0.6)

    def test_no_cost_means_no_avoidable_share(self) -> None:
        costs = attribute_costs((reason("a", 1.0, avoidable=True, department="IT"),), {}, {}, {})
        assert costs.avoidable_share == 0.0


# ---------------------------------------------------------------- the scenario


class TestPhoneCutFactors:
    def test_no_cuts_no_change(self, baseline: Scenario) -> None:
        assert phone_cut_factors(baseline) == (1.0, 1.0)

    def test_the_halved_scenario_removes_23_percent_of_the_calls(self, halved: Scenario) -> None:
        contacts, handle_time = phone_cut_factors(halved)
        assert contacts == pytest.approx(0.77)
        # The calls cut are slightly shorter on average than those kept.
        assert handle_time == pytest.approx((176.8 / 229.5) / 0.77)


class TestEvaluateWithCuts:
    @SLOW
    @given(department=st.sampled_from(BASELINE_DEPARTMENTS), cut_share=floats(0.0, 1.0))
    def test_cutting_avoidable_contacts_never_raises_fte_or_cost(
        self, baseline: Scenario, department: str, cut_share: float
    ) -> None:
        before = evaluate(baseline)
        after = evaluate(
            with_cuts(baseline, FailureDemandCut(department=department, cut_share=cut_share))
        )
        assert after.fte <= before.fte + 1e-9
        assert after.headcount <= before.headcount
        assert after.cost.total_eur <= before.cost.total_eur + 1e-6

    @SLOW
    @given(department=st.sampled_from(BASELINE_DEPARTMENTS), cut_share=floats(0.01, 1.0))
    def test_lower_failure_demand_also_lowers_repeat_contacts_and_churn(
        self, baseline: Scenario, department: str, cut_share: float
    ) -> None:
        before = evaluate(baseline).poor_service
        after = evaluate(
            with_cuts(baseline, FailureDemandCut(department=department, cut_share=cut_share))
        ).poor_service
        assert after.repeat_contacts_per_year < before.repeat_contacts_per_year
        assert after.customers_lost_per_year < before.customers_lost_per_year
        assert after.lost_margin_eur_per_year < before.lost_margin_eur_per_year

    def test_the_halved_scenario_needs_fewer_heads_than_the_baseline(
        self, baseline_evaluation: Evaluation, halved_evaluation: Evaluation
    ) -> None:
        assert halved_evaluation.headcount < baseline_evaluation.headcount
        assert halved_evaluation.fte < baseline_evaluation.fte
        assert halved_evaluation.cost.total_eur < baseline_evaluation.cost.total_eur
        before, after = baseline_evaluation.poor_service, halved_evaluation.poor_service
        # Repeats and churn follow the volume: 23% fewer calls, 23% fewer of each.
        assert after.repeat_contacts_per_year == pytest.approx(
            0.77 * before.repeat_contacts_per_year
        )
        assert after.customers_lost_per_year == pytest.approx(0.77 * before.customers_lost_per_year)

    def test_the_cost_per_department_adds_up_to_the_service_cost(
        self, halved_evaluation: Evaluation
    ) -> None:
        costs = halved_evaluation.failure_demand_costs()
        assert sum(costs.by_department().values()) == pytest.approx(
            halved_evaluation.service_cost_eur
        )
        # After the cuts less of the cost is avoidable than in today's centre.
        assert 0.0 < costs.avoidable_share < 0.46


class TestBusinessCaseOfCuts:
    def test_one_lever_per_department_with_its_own_start_month(self, halved: Scenario) -> None:
        case = build_case(halved)
        cut_effects = {e.name: e for e in case.effects if e.name.startswith(CUT_PREFIX)}
        assert set(cut_effects) == {CUT_PREFIX + c.department for c in halved.failure_demand.cuts}
        assert set(cut_effects) <= set(levers(halved))
        for cut in halved.failure_demand.cuts:
            effect = cut_effects[CUT_PREFIX + cut.department]
            assert effect.timing.start_month == max(cut.from_month, 1)
            assert effect.timing.ramp_up_months == 0.0
            assert effect.cost_eur_per_year < 0  # a saving
            assert effect.retained_margin_eur_per_year > 0  # fewer customers lost
            net = case.a.lever_net[effect.name]
            # Only the fix's one-off cost before the cut takes effect; its running
            # saving counts from then on, never before.
            assert (net[1 : effect.timing.start_month] == 0.0).all()
            assert net[effect.timing.start_month :].sum() > 0

    def test_the_one_off_costs_of_the_fixes_are_paid_in_month_0(self, halved: Scenario) -> None:
        case = build_case(halved)
        one_off = sum(c.one_off_cost_eur for c in halved.failure_demand.cuts)
        assert one_off > 0
        fixes = [d for d in case.differences if d.key.startswith("fix:")]
        assert {d.key for d in fixes} == {f"fix:{c.department}" for c in halved.failure_demand.cuts}
        paid = sum(d.contribution for d in fixes)
        assert -paid[0] == pytest.approx(one_off)
        np.testing.assert_array_equal(paid[1:], 0.0)

    def test_the_levers_and_rounding_add_up_to_the_whole_saving(
        self, halved: Scenario, baseline_evaluation: Evaluation, halved_evaluation: Evaluation
    ) -> None:
        parts = build_case(halved).a.attribution
        cut_cost = sum(e.cost_eur_per_year for e in parts.effects if e.name.startswith(CUT_PREFIX))
        whole = halved_evaluation.cost.total_eur - baseline_evaluation.cost.total_eur
        assert cut_cost + parts.rounding_eur_per_year == pytest.approx(whole, abs=0.01)

    def test_the_saving_comes_from_erlang_c_not_a_flat_cost_per_contact(
        self, baseline_evaluation: Evaluation, halved_evaluation: Evaluation, halved: Scenario
    ) -> None:
        saving = baseline_evaluation.cost.total_eur - halved_evaluation.cost.total_eur
        calls_per_year = float(baseline_evaluation.staffing.intervals.calls.sum()) * 52.0
        removed = (1.0 - phone_cut_factors(halved)[0]) * calls_per_year
        flat = baseline_evaluation.service_cost_eur / calls_per_year * removed
        # Erlang C has economies of scale: a smaller queue needs relatively more agents
        # (more idle time) for the same 80/20 service level, so removing 23% of the calls
        # saves less than 23% of the cost. A flat "cost per contact × contacts removed"
        # overstates the saving.
        assert saving > 0
        assert saving < flat
        assert saving != pytest.approx(flat, rel=0.005)


# ---------------------------------------------------------------- CSV


safe_text = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
        | st.sampled_from(list(",;\"' =+-@")),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
    .filter(lambda text: first_control_character(text) is None)
)
csv_reasons = st.builds(
    ContactReason,
    reason=safe_text,
    share=floats(0.0, 1.0),
    avoidable=st.booleans(),
    department=st.one_of(st.just(NO_DEPARTMENT), safe_text.filter(lambda s: len(s) <= 60)),
    channel=st.sampled_from(CHANNELS),
    aht_seconds=st.one_of(st.none(), floats(10, 7_200)),
)


def csv_problems(text: str, lang: str = "en") -> list[str]:
    with pytest.raises(InputError) as caught:
        reasons_from_csv(text)
    return caught.value.messages(lang)


class TestReasonsCsv:
    @FAST
    @given(st.lists(csv_reasons, min_size=1, max_size=8).map(tuple))
    def test_round_trip_gives_the_same_reasons(self, reasons: tuple[ContactReason, ...]) -> None:
        assert reasons_from_csv(reasons_to_csv(reasons)) == reasons

    def test_round_trip_of_the_baseline_table(self, baseline: Scenario) -> None:
        reasons = baseline.failure_demand.reasons
        text = reasons_to_csv(reasons)
        assert text.splitlines()[0] == ",".join(COLUMNS)
        assert reasons_from_csv(text) == reasons

    def test_round_trip_keeps_normalised_shares_exactly(self) -> None:
        # 0.3 / 0.7 = 0.428571428…: six significant digits ("%g") would not read back.
        reasons = normalised((reason("a", 0.3), reason("b", 0.4)))
        assert reasons_from_csv(reasons_to_csv(reasons)) == reasons

    @pytest.mark.parametrize(
        ("header", "found"),
        [("reason,shar", "reason, shar"), ("reason,avoidable", "reason, avoidable")],
    )
    def test_wrong_or_missing_columns_are_named(self, header: str, found: str) -> None:
        (english,) = csv_problems(f"{header}\nInvoice,0.5\n")
        assert english.startswith("(file): the columns must be " + ", ".join(COLUMNS))
        assert english.endswith(f"found: {found}.")
        (dutch,) = csv_problems(f"{header}\nInvoice,0.5\n", "nl")
        assert f"gevonden: {found}." in dutch

    def test_text_in_a_share_names_row_and_column(self) -> None:
        text = "reason,share\nA,0.5\nB,half\n"
        assert csv_problems(text) == [
            "row 3, column share: 'half' is not allowed; allowed: 0 to 1."
        ]
        assert csv_problems(text, "nl") == [
            "rij 3, kolom share: 'half' is niet toegestaan; toegestaan: 0 tot en met 1."
        ]

    def test_an_unknown_channel_names_row_column_and_the_channels(self) -> None:
        (message,) = csv_problems("reason,share,channel\nA,0.5,phone\nB,0.5,fax\n")
        assert message.startswith("row 3, column channel: 'fax' is not allowed; allowed: ")
        assert all(f"'{channel}'" in message for channel in CHANNELS)

    def test_every_bad_row_is_reported(self) -> None:
        text = "reason,share,aht_seconds\nA,-0.5,\nB,0.5,5\n,0.5,\n"
        found = csv_problems(text)
        assert [m.split(":")[0] for m in found] == [
            "row 2, column share",
            "row 3, column aht_seconds",
            "row 4, column reason",
        ]
        assert [m.split(":")[0] for m in csv_problems(text, "nl")] == [
            "rij 2, kolom share",
            "rij 3, kolom aht_seconds",
            "rij 4, kolom reason",
        ]

    @pytest.mark.parametrize("text", ["", "\n\n", "\ufeff"])
    def test_an_empty_file_is_refused(self, text: str) -> None:
        assert csv_problems(text) == ["(file): the CSV file is empty."]
        assert csv_problems(text, "nl") == ["(file): het CSV-bestand is leeg."]

    def test_a_header_without_rows_is_refused(self) -> None:
        assert csv_problems("reason,share\n") == ["(file): the CSV has no data rows."]

    def test_a_byte_order_mark_at_the_start_is_ignored(self) -> None:
        reasons = reasons_from_csv("\ufeffreason,share\nInvoice,1\n")
        assert reasons == (reason("Invoice", 1.0),)

    def test_dutch_yes_and_no_are_booleans(self) -> None:
        text = "reason,share,avoidable,department\nFactuur,0.4,ja,Billing\nAdvies,0.6,nee,\n"
        assert [r.avoidable for r in reasons_from_csv(text)] == [True, False]

    def test_dutch_excel_semicolons_and_decimal_commas(self) -> None:
        text = "reason;share;avoidable\nFactuur;0,4;JA\nAdvies;0,6;Nee\n"
        reasons = reasons_from_csv(text)
        assert [(r.share, r.avoidable) for r in reasons] == [(0.4, True), (0.6, False)]

    def test_an_unclear_boolean_names_row_and_column(self) -> None:
        (message,) = csv_problems("reason,share,avoidable\nA,1,maybe\n")
        assert message.startswith("row 2, column avoidable: 'maybe'")

    def test_column_names_are_case_and_space_insensitive(self) -> None:
        assert reasons_from_csv(" Reason , SHARE \nA,1\n") == (reason("A", 1.0),)


# ---------------------------------------------------------------- CLI


class TestCliEvaluate:
    def test_json_carries_failure_demand_that_adds_up_to_the_service_cost(
        self, capsys: pytest.CaptureFixture[str], halved: Scenario
    ) -> None:
        assert cli_main(["evaluate", str(HALVED), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        demand = data["failure_demand"]
        parts = data["cost_breakdown_eur"]
        service_cost = (
            data["annual_cost_eur"] - parts["commercial_direct"] - parts["quality_programme"]
        )
        assert sum(demand["by_department_eur"].values()) == pytest.approx(service_cost, abs=0.01)
        assert "(not avoidable)" in demand["by_department_eur"]
        causing = {r.department for r in halved.failure_demand.reasons if r.avoidable}
        assert set(demand["by_department_eur"]) == causing | {"(not avoidable)"}
        assert 0.0 < demand["avoidable_share_of_cost"] < 1.0
        assert len(demand["by_reason"]) == len(halved.failure_demand.reasons)
        assert [r["reason"] for r in demand["by_reason"]] == [
            r.reason for r in halved.failure_demand.reasons
        ]
        assert sum(r["cost_eur"] for r in demand["by_reason"]) == pytest.approx(
            service_cost, abs=0.01
        )
        avoidable = sum(r["cost_eur"] for r in demand["by_reason"] if r["avoidable"])
        assert demand["avoidable_cost_eur"] == pytest.approx(avoidable, abs=0.01)
        assert demand["avoidable_share_of_cost"] == pytest.approx(
            avoidable / service_cost, abs=1e-6
        )

    def test_the_business_case_lists_the_cuts(
        self, capsys: pytest.CaptureFixture[str], halved: Scenario
    ) -> None:
        assert cli_main(["evaluate", str(HALVED), "--json"]) == 0
        levers_json = json.loads(capsys.readouterr().out)["business_case"]["levers"]
        starts = {
            name: lever["start_month"]
            for name, lever in levers_json.items()
            if name.startswith(CUT_PREFIX)
        }
        assert starts == {
            CUT_PREFIX + c.department: max(c.from_month, 1) for c in halved.failure_demand.cuts
        }
