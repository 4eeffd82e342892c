"""Channels beside the phone: chat (a queue with concurrency), email and back office
(workload with a response check), chatbot and self-service (money and moved volume).

Worked examples are computed by hand in a comment; the properties say what must
always hold: channels that are off change nothing, volumes are conserved, deflection
is never free, and every number is finite.
"""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import floats

from ccx_model import channel_inputs
from ccx_model import channels as ch
from ccx_model.channels import (
    ChannelResult,
    Channels,
    ChannelShift,
    Chatbot,
    ChatChannel,
    DeferredChannel,
    SelfService,
)
from ccx_model.pattern import WEEKS_PER_MONTH, weekly_weights
from ccx_model.scenario import DemandPattern
from ccx_model.staffing import required_staffing

# Plain arithmetic: many examples are cheap.
ARITHMETIC = settings(database=None, deadline=None, max_examples=100)
# Erlang C over a week of intervals, or the response rule's stretches: modest.
WEEKLY = settings(database=None, deadline=None, max_examples=25)

HOURLY_FLAT = np.ones(168)
DEFAULT_WEEK_15 = weekly_weights(DemandPattern(), 15)
DEFAULT_WEEK_60 = weekly_weights(DemandPattern(), 60)

share = floats(0.0, 1.0)
volume = floats(0.0, 2_000_000)
money = floats(0.0, 100_000)


def _weekday_week(monday_weight: float = 1.0) -> np.ndarray:
    """Open 8-20 Monday to Friday, hourly intervals."""
    w = np.zeros(168)
    for day in range(5):
        w[day * 24 + 8 : day * 24 + 20] = monday_weight if day == 0 else 1.0
    return w


@st.composite
def weeks(draw: st.DrawFn) -> tuple[np.ndarray, int]:
    """A weekly shape: the default Dutch week, a flat one, or random hourly weights."""
    kind = draw(st.sampled_from(["default15", "default60", "flat", "random"]))
    if kind == "default15":
        return DEFAULT_WEEK_15, 15
    if kind == "default60":
        return DEFAULT_WEEK_60, 60
    if kind == "flat":
        return HOURLY_FLAT, 60
    values = draw(st.lists(floats(0.0, 10.0), min_size=168, max_size=168))
    if sum(values) <= 0:
        values[0] = 1.0
    return np.array(values), 60


@st.composite
def chats(draw: st.DrawFn, enabled: bool | None = None) -> ChatChannel:
    return ChatChannel(
        enabled=draw(st.booleans()) if enabled is None else enabled,
        contacts_per_month=draw(floats(0, 200_000)),
        aht_seconds=draw(floats(10, 1_800)),
        concurrency=draw(floats(1, 6)),
        service_level_target=draw(floats(0.05, 0.99)),
        answer_seconds=draw(floats(0, 300)),
        max_occupancy=draw(floats(0.5, 1.0)),
    )


@st.composite
def deferreds(draw: st.DrawFn, enabled: bool | None = None) -> DeferredChannel:
    return DeferredChannel(
        enabled=draw(st.booleans()) if enabled is None else enabled,
        contacts_per_month=draw(floats(0, 500_000)),
        handle_seconds=draw(floats(10, 7_200)),
        response_hours=draw(floats(1, 168)),
        utilisation=draw(floats(0.5, 1.0)),
    )


@st.composite
def chatbots(draw: st.DrawFn, enabled: bool | None = None) -> Chatbot:
    return Chatbot(
        enabled=draw(st.booleans()) if enabled is None else enabled,
        conversations_per_month=draw(volume),
        cost_per_conversation_eur=draw(floats(0, 100)),
        platform_cost_eur_per_month=draw(money),
        containment_rate=draw(share),
        escalation_channel=draw(st.sampled_from(["phone", "chat"])),
    )


@st.composite
def all_channels(draw: st.DrawFn, enabled: bool | None = None) -> Channels:
    return Channels(
        chat=draw(chats(enabled)),
        email=draw(deferreds(enabled)),
        back_office=draw(deferreds(enabled)),
        chatbot=draw(chatbots(enabled)),
        self_service=SelfService(
            enabled=draw(st.booleans()) if enabled is None else enabled,
            deflection_rate=draw(floats(0, 0.9)),
            platform_cost_eur_per_month=draw(money),
        ),
        shift=ChannelShift(share_of_phone_to_chat=draw(share)),
    )


def _flows_conserve(phone: float, flows: dict[str, float], calls: float) -> bool:
    rebuilt = (
        phone
        + flows["deflected_by_self_service"]
        + flows["shifted_to_chat"]
        + flows["chatbot_from_phone"]
        - flows["chatbot_escalated_to_phone"]
    )
    return math.isclose(rebuilt, calls, rel_tol=1e-9, abs_tol=1e-6)


class TestChannels:
    def test_every_channel_is_off_by_default(self) -> None:
        channels = Channels()
        assert not any(
            (
                channels.chat.enabled,
                channels.email.enabled,
                channels.back_office.enabled,
                channels.chatbot.enabled,
                channels.self_service.enabled,
            )
        )
        assert channels.shift.share_of_phone_to_chat == 0.0

    def test_email_and_back_office_defaults_differ_as_the_brief_says(self) -> None:
        channels = Channels()
        assert (channels.email.response_hours, channels.back_office.response_hours) == (24, 48)
        assert channels.back_office.handle_seconds == 600

    def test_genai_costs_forty_cents_a_conversation_by_default(self) -> None:
        assert Chatbot().cost_per_conversation_eur == 0.40

    def test_every_field_has_a_description_and_numbers_have_bounds(self) -> None:
        for model in (ChatChannel, DeferredChannel, Chatbot, SelfService, ChannelShift, Channels):
            for name, info in model.model_fields.items():
                assert info.description, f"{model.__name__}.{name}"
                if info.annotation is float:
                    assert info.metadata, f"{model.__name__}.{name} has no bounds"

    @pytest.mark.parametrize(
        ("model", "field", "value"),
        [
            (ChatChannel, "concurrency", 0.5),
            (ChatChannel, "concurrency", 7),
            (ChatChannel, "service_level_target", 1.0),
            (DeferredChannel, "response_hours", 0.5),
            (DeferredChannel, "utilisation", 0.4),
            (Chatbot, "containment_rate", 1.1),
            (SelfService, "deflection_rate", 0.95),
            (ChannelShift, "share_of_phone_to_chat", -0.1),
        ],
    )
    def test_out_of_range_inputs_are_refused(self, model: type, field: str, value: float) -> None:
        with pytest.raises(ValidationError):
            model(**{field: value})

    def test_inputs_are_frozen_and_refuse_unknown_keys(self) -> None:
        with pytest.raises(ValidationError):
            Channels(chat=ChatChannel(), voice=1)  # type: ignore[call-arg]
        with pytest.raises(ValidationError):
            Channels().chat.enabled = True  # type: ignore[misc]

    def test_round_trips_through_json(self) -> None:
        channels = Channels(chat=ChatChannel(enabled=True), chatbot=Chatbot(enabled=True))
        assert Channels.model_validate(channels.model_dump(mode="json")) == channels

    def test_module_does_not_import_the_scenario(self) -> None:
        # scenario.py is to import channels.py: the reverse would be a cycle.
        code = "import sys, ccx_model.channels; assert 'ccx_model.scenario' not in sys.modules"
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_weeks_per_month_matches_the_phone(self) -> None:
        assert channel_inputs.WEEKS_PER_MONTH == WEEKS_PER_MONTH


class TestChatbotFrontChannel:
    def test_chat_when_chosen_and_on(self) -> None:
        channels = Channels(chat=ChatChannel(enabled=True))
        assert ch.chatbot_front_channel(channels) == "chat"

    def test_phone_when_chat_is_off(self) -> None:
        assert ch.chatbot_front_channel(Channels(chatbot=Chatbot(enabled=True))) == "phone"

    def test_phone_when_chosen(self) -> None:
        channels = Channels(
            chat=ChatChannel(enabled=True), chatbot=Chatbot(escalation_channel="phone")
        )
        assert ch.chatbot_front_channel(channels) == "phone"


class TestVolumeFlows:
    def test_worked_example_in_order(self) -> None:
        # 100,000 calls; 10% self-service → 10,000; 20% of 90,000 to chat → 18,000;
        # the bot in front of chat (5,000 own + 18,000) holds 3,000 conversations,
        # contains 40% → 1,200, escalates 1,800 back to chat.
        channels = Channels(
            chat=ChatChannel(enabled=True, contacts_per_month=5_000),
            self_service=SelfService(enabled=True, deflection_rate=0.1),
            shift=ChannelShift(share_of_phone_to_chat=0.2),
            chatbot=Chatbot(enabled=True, conversations_per_month=3_000, containment_rate=0.4),
        )
        flows = ch.volume_flows(channels, 100_000)
        assert flows == pytest.approx(
            {
                "deflected_by_self_service": 10_000,
                "shifted_to_chat": 18_000,
                "chatbot_conversations": 3_000,
                "chatbot_contained": 1_200,
                "chatbot_from_phone": 0,
                "chatbot_escalated_to_phone": 0,
                "chatbot_from_chat": 3_000,
                "chatbot_escalated_to_chat": 1_800,
            }
        )

    def test_shift_needs_chat(self) -> None:
        flows = ch.volume_flows(Channels(shift=ChannelShift(share_of_phone_to_chat=0.5)), 1_000)
        assert flows["shifted_to_chat"] == 0.0

    def test_bot_draws_at_most_the_front_channels_volume(self) -> None:
        # 1,000 calls, a bot with 5,000 conversations in front of the phone: it replaces
        # all 1,000 calls and draws 4,000 new contacts; half of all 5,000 escalate.
        channels = Channels(chatbot=Chatbot(enabled=True, conversations_per_month=5_000))
        flows = ch.volume_flows(channels, 1_000)
        assert flows["chatbot_from_phone"] == 1_000
        assert flows["chatbot_escalated_to_phone"] == 2_500

    @pytest.mark.parametrize("calls", [-1.0, math.nan, math.inf])
    def test_refuses_an_impossible_phone_volume(self, calls: float) -> None:
        with pytest.raises(ValueError, match="phone_calls_per_month"):
            ch.volume_flows(Channels(), calls)

    @ARITHMETIC
    @given(channels=all_channels(), calls=volume)
    def test_the_bots_conversations_are_contained_or_escalated(
        self, channels: Channels, calls: float
    ) -> None:
        flows = ch.volume_flows(channels, calls)
        escalated = flows["chatbot_escalated_to_phone"] + flows["chatbot_escalated_to_chat"]
        assert flows["chatbot_contained"] + escalated == pytest.approx(
            flows["chatbot_conversations"], rel=1e-9, abs=1e-6
        )
        assert all(value >= 0 and math.isfinite(value) for value in flows.values())


class TestPhoneVolumeAdjustment:
    def test_all_off_leaves_todays_phone(self) -> None:
        assert ch.phone_volume_adjustment(Channels(), 330_000)[0] == 330_000

    def test_worked_example(self) -> None:
        # 100,000 − 5% (5,000) = 95,000; 20% to chat (19,000) leaves 76,000; a bot in
        # front of the phone with 10,000 conversations, 50% contained: −10,000 + 5,000.
        channels = Channels(
            chat=ChatChannel(enabled=True),
            self_service=SelfService(enabled=True),
            shift=ChannelShift(share_of_phone_to_chat=0.2),
            chatbot=Chatbot(
                enabled=True, conversations_per_month=10_000, escalation_channel="phone"
            ),
        )
        phone, moved = ch.phone_volume_adjustment(channels, 100_000)
        assert phone == pytest.approx(71_000)
        assert moved["chatbot_escalated_to_phone"] == pytest.approx(5_000)

    @ARITHMETIC
    @given(channels=all_channels(), calls=volume)
    def test_volumes_are_conserved(self, channels: Channels, calls: float) -> None:
        phone, flows = ch.phone_volume_adjustment(channels, calls)
        assert phone >= 0
        assert _flows_conserve(phone, flows, calls)

    @ARITHMETIC
    @given(channels=all_channels(), calls=volume)
    def test_only_the_bot_can_add_phone_calls(self, channels: Channels, calls: float) -> None:
        phone, flows = ch.phone_volume_adjustment(channels, calls)
        assert phone <= calls + flows["chatbot_escalated_to_phone"] + 1e-6


class TestChatContactsPerMonth:
    def test_chat_off_has_no_chats(self) -> None:
        channels = Channels(shift=ChannelShift(share_of_phone_to_chat=0.5))
        assert ch.chat_contacts_per_month(channels, ch.volume_flows(channels, 1_000)) == 0.0

    def test_own_plus_shifted(self) -> None:
        channels = Channels(
            chat=ChatChannel(enabled=True, contacts_per_month=1_000),
            shift=ChannelShift(share_of_phone_to_chat=0.25),
        )
        assert ch.chat_contacts_per_month(channels, ch.volume_flows(channels, 4_000)) == 2_000

    @ARITHMETIC
    @given(channels=all_channels(), calls=volume)
    def test_chat_volume_is_conserved(self, channels: Channels, calls: float) -> None:
        flows = ch.volume_flows(channels, calls)
        chats = ch.chat_contacts_per_month(channels, flows)
        if channels.chat.enabled:
            expected = (
                channels.chat.contacts_per_month
                + flows["shifted_to_chat"]
                - flows["chatbot_from_chat"]
                + flows["chatbot_escalated_to_chat"]
            )
            assert chats == pytest.approx(expected, rel=1e-9, abs=1e-6)
        else:
            assert chats == 0.0

    @ARITHMETIC
    @given(channels=all_channels(enabled=True), calls=volume)
    def test_the_bot_never_cuts_live_contacts_by_more_than_it_contains(
        self, channels: Channels, calls: float
    ) -> None:
        without_bot = channels.model_copy(
            update={"chatbot": channels.chatbot.model_copy(update={"enabled": False})}
        )

        def live(c: Channels) -> float:
            phone, flows = ch.phone_volume_adjustment(c, calls)
            return phone + ch.chat_contacts_per_month(c, flows)

        bot = channels.chatbot
        reduction = live(without_bot) - live(channels)
        assert reduction <= bot.containment_rate * bot.conversations_per_month + 1e-6


class TestWeekShape:
    def test_normalises(self) -> None:
        shape = ch.week_shape(np.full(168, 3.0), 60)
        assert shape.sum() == pytest.approx(1.0)

    @pytest.mark.parametrize(("length", "minutes"), [(168, 15), (672, 60), (100, 60)])
    def test_refuses_a_shape_that_is_not_a_week(self, length: int, minutes: int) -> None:
        with pytest.raises(ValueError, match="one value per"):
            ch.week_shape(np.ones(length), minutes)

    @pytest.mark.parametrize("bad", [np.zeros(168), np.full(168, -1.0), np.full(168, np.nan)])
    def test_refuses_an_empty_negative_or_nan_shape(self, bad: np.ndarray) -> None:
        with pytest.raises(ValueError, match="weekly_weights"):
            ch.week_shape(bad, 60)


class TestChatStaffing:
    def test_worked_example_flat_week(self) -> None:
        # 40,000 / (52/12) / 168 = 54.95 chats an hour × 240 s effective = 3.66 Erlangs;
        # 5 agents give 69% in 60 s, 6 give 88.3% → 6 × 168 h = 1,008 h = 28 FTE of 36 h.
        r = ch.chat_staffing(ChatChannel(enabled=True), 40_000, HOURLY_FLAT, 60, 0.0, 36)
        assert r.productive_hours_per_week == 1008.0
        assert r.fte == pytest.approx(28.0)
        assert r.service_level == pytest.approx(0.8834, abs=1e-4)

    def test_concurrency_one_is_the_phones_erlang_c(self) -> None:
        chat = ChatChannel(enabled=True, concurrency=1, answer_seconds=20, max_occupancy=0.9)
        r = ch.chat_staffing(chat, 50_000, DEFAULT_WEEK_15, 15, 0.35, 36)
        phone = required_staffing(
            DEFAULT_WEEK_15 * 50_000 / WEEKS_PER_MONTH, 480, 15, 0.8, 20, 0.9, 0.35
        )
        assert r.productive_hours_per_week == pytest.approx(phone.agents.sum() * 0.25)
        assert r.scheduled_hours_per_week == pytest.approx(r.productive_hours_per_week / 0.65)

    def test_disabled_or_empty_chat_takes_no_one(self) -> None:
        for chat, chats in ((ChatChannel(), 10_000.0), (ChatChannel(enabled=True), 0.0)):
            r = ch.chat_staffing(chat, chats, HOURLY_FLAT, 60, 0.3, 36)
            assert (r.fte, r.productive_hours_per_week, r.service_level) == (0.0, 0.0, None)

    def test_meets_its_service_level(self) -> None:
        r = ch.chat_staffing(ChatChannel(enabled=True), 40_000, DEFAULT_WEEK_15, 15, 0.35, 36)
        assert r.service_level is not None and r.service_level >= 0.8

    @pytest.mark.parametrize(("shrinkage", "full_time"), [(1.0, 36), (-0.1, 36), (0.3, 0)])
    def test_refuses_impossible_workforce(self, shrinkage: float, full_time: float) -> None:
        with pytest.raises(ValueError):
            ch.chat_staffing(ChatChannel(enabled=True), 1, HOURLY_FLAT, 60, shrinkage, full_time)

    @WEEKLY
    @given(
        chat=chats(enabled=True),
        chats_per_month=floats(1, 200_000),
        low=floats(1, 6),
        high=floats(1, 6),
        week=weeks(),
    )
    def test_more_concurrency_never_needs_more_agents(
        self,
        chat: ChatChannel,
        chats_per_month: float,
        low: float,
        high: float,
        week: tuple[np.ndarray, int],
    ) -> None:
        low, high = sorted((low, high))
        shape, minutes = week
        fte = [
            ch.chat_staffing(
                chat.model_copy(update={"concurrency": k}), chats_per_month, shape, minutes, 0.3, 36
            ).fte
            for k in (low, high)
        ]
        assert fte[1] <= fte[0] + 1e-9

    @WEEKLY
    @given(
        chat=chats(enabled=True),
        low=floats(0, 200_000),
        high=floats(0, 200_000),
        week=weeks(),
    )
    def test_more_chats_never_need_fewer_agents(
        self, chat: ChatChannel, low: float, high: float, week: tuple[np.ndarray, int]
    ) -> None:
        low, high = sorted((low, high))
        shape, minutes = week
        fte = [ch.chat_staffing(chat, v, shape, minutes, 0.3, 36).fte for v in (low, high)]
        assert fte[1] >= fte[0] - 1e-9

    @WEEKLY
    @given(
        chat=chats(enabled=True),
        chats_per_month=floats(0, 200_000),
        week=weeks(),
        shrinkage=floats(0, 0.8),
    )
    def test_results_are_finite(
        self,
        chat: ChatChannel,
        chats_per_month: float,
        week: tuple[np.ndarray, int],
        shrinkage: float,
    ) -> None:
        shape, minutes = week
        r = ch.chat_staffing(chat, chats_per_month, shape, minutes, shrinkage, 36)
        for value in (r.fte, r.productive_hours_per_week, r.scheduled_hours_per_week):
            assert math.isfinite(value) and value >= 0
        assert r.service_level is None or 0.0 <= r.service_level <= 1.0


class TestDeferredWorkloadHoursPerWeek:
    def test_worked_example(self) -> None:
        # 20,000 emails × 420 s = 2,333.3 h a month ÷ 4.333 weeks = 538.5 h a week.
        hours = float(ch.deferred_workload_hours_per_week(20_000, 420))
        assert hours == pytest.approx(538.46, abs=0.01)

    def test_is_vectorised(self) -> None:
        hours = ch.deferred_workload_hours_per_week([0, 52_000 / 12, 2 * 52_000 / 12], 3_600)
        assert hours.tolist() == pytest.approx([0.0, 1_000.0, 2_000.0])


class TestOpenHoursPerWeek:
    def test_default_week_is_open_68_hours(self) -> None:
        # Monday to Friday 8-20 (60 h) and Saturday 9-17 (8 h); Sunday closed.
        assert ch.open_hours_per_week(DEFAULT_WEEK_15, 15) == 68.0
        assert ch.open_hours_per_week(DEFAULT_WEEK_60, 60) == 68.0


class TestResponseAgentsNeeded:
    def test_worked_example_a_busy_monday(self) -> None:
        # Monday brings 30 of 70 hours; from its opening to 24 h after its close the
        # team has 24 open hours → 30/24 = 1.25 agents; 48 h → 36 open hours, so the
        # workload staffing (70/60 = 1.167) decides.
        week = _weekday_week(monday_weight=3.0)
        assert ch.response_agents_needed(70, week, 60, 24, 1.0) == pytest.approx(1.25)
        assert ch.response_agents_needed(70, week, 60, 48, 1.0) == pytest.approx(70 / 60)

    def test_utilisation_raises_the_agents_needed(self) -> None:
        week = _weekday_week(monday_weight=3.0)
        assert ch.response_agents_needed(70, week, 60, 24, 0.5) == pytest.approx(2.5)

    def test_no_work_needs_no_one(self) -> None:
        assert ch.response_agents_needed(0, HOURLY_FLAT, 60, 24, 0.85) == 0.0

    def test_an_even_round_the_clock_week_needs_only_the_workload(self) -> None:
        assert ch.response_agents_needed(168, HOURLY_FLAT, 60, 1, 1.0) == pytest.approx(1.0)

    @WEEKLY
    @given(
        week=weeks(),
        work=floats(0.1, 10_000),
        utilisation=floats(0.5, 1.0),
        response=floats(1, 168),
    )
    def test_never_below_the_workload_and_linear_in_it(
        self, week: tuple[np.ndarray, int], work: float, utilisation: float, response: float
    ) -> None:
        shape, minutes = week
        needed = ch.response_agents_needed(work, shape, minutes, response, utilisation)
        steady = work / utilisation / ch.open_hours_per_week(shape, minutes)
        assert math.isfinite(needed)
        assert needed >= steady * (1 - 1e-9)
        doubled = ch.response_agents_needed(2 * work, shape, minutes, response, utilisation)
        assert doubled == pytest.approx(2 * needed, rel=1e-9)

    @WEEKLY
    @given(week=weeks(), work=floats(0.1, 10_000), short=floats(1, 168), long=floats(1, 168))
    def test_a_longer_window_never_needs_more_agents(
        self, week: tuple[np.ndarray, int], work: float, short: float, long: float
    ) -> None:
        short, long = sorted((short, long))
        shape, minutes = week
        assert ch.response_agents_needed(
            work, shape, minutes, long, 0.85
        ) <= ch.response_agents_needed(work, shape, minutes, short, 0.85) * (1 + 1e-12)


class TestResponseTargetMet:
    def test_worked_example(self) -> None:
        week = _weekday_week(monday_weight=3.0)
        assert ch.response_target_met(1.25, 70, week, 60, 24, 1.0)
        assert not ch.response_target_met(1.2, 70, week, 60, 24, 1.0)
        assert ch.response_target_met(1.2, 70, week, 60, 48, 1.0)

    @WEEKLY
    @given(
        week=weeks(),
        work=floats(0, 10_000),
        agents=floats(0, 1_000),
        extra_agents=floats(0, 1_000),
        response=floats(1, 168),
        extra_hours=floats(0, 167),
    )
    def test_more_agents_or_a_longer_window_never_turn_it_false(
        self,
        week: tuple[np.ndarray, int],
        work: float,
        agents: float,
        extra_agents: float,
        response: float,
        extra_hours: float,
    ) -> None:
        shape, minutes = week
        if ch.response_target_met(agents, work, shape, minutes, response, 0.85):
            assert ch.response_target_met(
                agents + extra_agents, work, shape, minutes, response, 0.85
            )
            longer = min(response + extra_hours, 168)
            assert ch.response_target_met(agents, work, shape, minutes, longer, 0.85)


class TestDeferredStaffing:
    def test_worked_example(self) -> None:
        # 538.5 h of work ÷ 0.85 = 633.5 productive h; ÷ 0.65 = 974.6 scheduled; ÷ 36 h.
        r = ch.deferred_staffing(
            DeferredChannel(enabled=True), "email", DEFAULT_WEEK_15, 15, 0.35, 36
        )
        assert r.productive_hours_per_week == pytest.approx(633.48, abs=0.01)
        assert r.scheduled_hours_per_week == pytest.approx(633.48 / 0.65, abs=0.02)
        assert r.fte == pytest.approx(633.48 / 0.65 / 36, abs=0.001)
        assert (r.name, r.service_level, r.response_target_met) == ("email", None, True)
        assert r.fte_for_response_target == r.fte

    def test_a_tight_target_asks_more_fte_than_the_workload(self) -> None:
        email = DeferredChannel(enabled=True, response_hours=1)
        r = ch.deferred_staffing(email, "email", DEFAULT_WEEK_15, 15, 0.35, 36)
        assert r.response_target_met is False
        assert r.fte_for_response_target is not None and r.fte_for_response_target > r.fte

    def test_disabled_takes_no_one(self) -> None:
        r = ch.deferred_staffing(DeferredChannel(), "email", DEFAULT_WEEK_15, 15, 0.35, 36)
        assert (r.fte, r.contacts_per_month, r.response_target_met) == (0.0, 0.0, None)

    @ARITHMETIC
    @given(
        channel=deferreds(enabled=True),
        factor=floats(0, 100),
        shrinkage=floats(0, 0.8),
    )
    def test_fte_is_proportional_to_contacts_times_handle_time(
        self, channel: DeferredChannel, factor: float, shrinkage: float
    ) -> None:
        def fte(contacts: float, handle: float) -> float:
            c = channel.model_copy(
                update={"contacts_per_month": contacts, "handle_seconds": handle}
            )
            return ch.deferred_staffing(c, "email", DEFAULT_WEEK_60, 60, shrinkage, 36).fte

        base = fte(channel.contacts_per_month, channel.handle_seconds)
        scaled = min(channel.contacts_per_month * factor, 100_000_000)
        assert fte(scaled, channel.handle_seconds) == pytest.approx(
            base * scaled / channel.contacts_per_month if channel.contacts_per_month else 0.0,
            rel=1e-9,
            abs=1e-12,
        )
        # Same work in other pieces: twice the items at half the time.
        if channel.handle_seconds >= 20 and channel.contacts_per_month <= 50_000_000:
            halved = fte(channel.contacts_per_month * 2, channel.handle_seconds / 2)
            assert halved == pytest.approx(base, rel=1e-9, abs=1e-12)


class TestChatbotCostEurPerYear:
    def test_worked_example(self) -> None:
        # (20,000 × 0.40 + 2,500) × 12 = 126,000
        assert ch.chatbot_cost_eur_per_year(Chatbot(enabled=True)) == pytest.approx(126_000)

    def test_off_costs_nothing(self) -> None:
        assert ch.chatbot_cost_eur_per_year(Chatbot()) == 0.0

    @ARITHMETIC
    @given(bot=chatbots(enabled=True))
    def test_every_conversation_costs_contained_or_not(self, bot: Chatbot) -> None:
        expected = 12 * (
            bot.conversations_per_month * bot.cost_per_conversation_eur
            + bot.platform_cost_eur_per_month
        )
        assert ch.chatbot_cost_eur_per_year(bot) == pytest.approx(expected)


class TestSelfServiceCostEurPerYear:
    def test_platform_per_month_times_twelve(self) -> None:
        service = SelfService(enabled=True, platform_cost_eur_per_month=1_000)
        assert ch.self_service_cost_eur_per_year(service) == 12_000

    def test_off_costs_nothing(self) -> None:
        assert ch.self_service_cost_eur_per_year(SelfService(platform_cost_eur_per_month=9)) == 0


def _phone_productive_hours(calls_per_month: float, shape: np.ndarray, aht: float) -> float:
    """The phone side as evaluate.py staffs it: Erlang C per 15-minute interval."""
    calls = shape * calls_per_month / WEEKS_PER_MONTH
    return float(required_staffing(calls, aht, 15, 0.8, 20, 0.9).agents.sum()) * 0.25


def _shift_channels(share_to_chat: float, chat_aht: float, concurrency: float) -> Channels:
    """Chat at the phone's service (80% in 20 s, occupancy cap 0.9), fed only by the shift."""
    chat = ChatChannel(
        enabled=True,
        contacts_per_month=0,
        aht_seconds=chat_aht,
        concurrency=concurrency,
        answer_seconds=20,
        max_occupancy=0.9,
    )
    return Channels(chat=chat, shift=ChannelShift(share_of_phone_to_chat=share_to_chat))


class TestEvaluateChannels:
    def test_no_channels_is_todays_phone_only_centre(self) -> None:
        r = ch.evaluate_channels(Channels(), 330_000, DEFAULT_WEEK_15, 15, 0.35, 36)
        assert r.phone_calls_per_month == 330_000
        assert (r.fte, r.direct_cost_eur_per_year, r.scheduled_hours_per_week) == (0, 0, 0)
        assert [x.name for x in r.results] == [
            "chat",
            "email",
            "back_office",
            "chatbot",
            "self_service",
        ]

    def test_totals_are_the_sum_of_the_channels(self) -> None:
        channels = Channels(
            chat=ChatChannel(enabled=True),
            email=DeferredChannel(enabled=True),
            back_office=DeferredChannel(enabled=True, contacts_per_month=5_000),
            chatbot=Chatbot(enabled=True),
            self_service=SelfService(enabled=True),
        )
        r = ch.evaluate_channels(channels, 330_000, DEFAULT_WEEK_15, 15, 0.35, 36)
        assert r.fte == pytest.approx(r.chat.fte + r.email.fte + r.back_office.fte)
        assert r.direct_cost_eur_per_year == pytest.approx(126_000 + 18_000)
        assert r.by_name()["self_service"].contacts_per_month == pytest.approx(16_500)
        assert r.chatbot.fte == r.self_service.fte == 0.0

    @WEEKLY
    @given(channels=all_channels(enabled=False), calls=volume)
    def test_channels_that_are_off_take_no_one_and_cost_nothing(
        self, channels: Channels, calls: float
    ) -> None:
        r = ch.evaluate_channels(channels, calls, DEFAULT_WEEK_60, 60, 0.35, 36)
        assert r.phone_calls_per_month == calls
        assert r.fte == 0.0 and r.direct_cost_eur_per_year == 0.0
        assert all(x.contacts_per_month == 0.0 for x in r.results)

    @WEEKLY
    @given(channels=all_channels(), calls=volume, week=weeks(), shrinkage=floats(0, 0.8))
    def test_no_nan_anywhere_and_volumes_conserved(
        self, channels: Channels, calls: float, week: tuple[np.ndarray, int], shrinkage: float
    ) -> None:
        shape, minutes = week
        r = ch.evaluate_channels(channels, calls, shape, minutes, shrinkage, 36)
        numbers = [r.phone_calls_per_month, *r.volumes_moved.values()]
        for x in r.results:
            numbers += [
                x.contacts_per_month,
                x.productive_hours_per_week,
                x.scheduled_hours_per_week,
                x.fte,
                x.direct_cost_eur_per_year,
            ]
            numbers += [v for v in (x.service_level, x.fte_for_response_target) if v is not None]
        assert all(math.isfinite(v) and v >= 0 for v in numbers)
        assert _flows_conserve(r.phone_calls_per_month, r.volumes_moved, calls)

    @WEEKLY
    @given(channels=all_channels(enabled=True), calls=volume)
    def test_the_chatbot_always_adds_its_cost(self, channels: Channels, calls: float) -> None:
        without = channels.model_copy(
            update={"chatbot": channels.chatbot.model_copy(update={"enabled": False})}
        )
        with_bot = ch.evaluate_channels(channels, calls, DEFAULT_WEEK_60, 60, 0.35, 36)
        no_bot = ch.evaluate_channels(without, calls, DEFAULT_WEEK_60, 60, 0.35, 36)
        assert with_bot.direct_cost_eur_per_year - no_bot.direct_cost_eur_per_year == (
            pytest.approx(ch.chatbot_cost_eur_per_year(channels.chatbot))
        )

    @WEEKLY
    @given(
        calls=floats(1_000, 400_000),
        phone_aht=floats(60, 900),
        chat_aht_share=floats(0.1, 1.0),
        concurrency=floats(1, 4),
    )
    def test_moving_every_call_to_a_faster_channel_never_costs_more_hours(
        self, calls: float, phone_aht: float, chat_aht_share: float, concurrency: float
    ) -> None:
        # Chat handle time per agent (AHT ÷ concurrency) at most the phone's, equal service.
        chat_aht = phone_aht * concurrency * chat_aht_share
        assume(10 <= chat_aht <= 7_200)
        before = _phone_productive_hours(calls, DEFAULT_WEEK_15, phone_aht)
        r = ch.evaluate_channels(
            _shift_channels(1.0, chat_aht, concurrency), calls, DEFAULT_WEEK_15, 15, 0.0, 36
        )
        assert r.phone_calls_per_month == 0.0
        assert r.chat.productive_hours_per_week <= before + 1e-9

    @WEEKLY
    @given(
        calls=floats(1_000, 400_000),
        share_to_chat=floats(0.01, 1.0),
        phone_aht=floats(60, 900),
        chat_aht_share=floats(0.1, 1.0),
        concurrency=floats(1, 4),
    )
    def test_the_shifted_volume_never_needs_more_hours_in_chat_than_on_the_phone(
        self,
        calls: float,
        share_to_chat: float,
        phone_aht: float,
        chat_aht_share: float,
        concurrency: float,
    ) -> None:
        chat_aht = phone_aht * concurrency * chat_aht_share
        assume(10 <= chat_aht <= 7_200)
        r = ch.evaluate_channels(
            _shift_channels(share_to_chat, chat_aht, concurrency), calls, DEFAULT_WEEK_15, 15, 0, 36
        )
        moved = r.volumes_moved["shifted_to_chat"]
        assert r.chat.productive_hours_per_week <= (
            _phone_productive_hours(moved, DEFAULT_WEEK_15, phone_aht) + 1e-9
        )

    @WEEKLY
    @given(
        calls=floats(1_000, 400_000),
        low=share,
        high=share,
        chat_aht_share=floats(0.1, 1.0),
    )
    def test_workload_in_erlang_hours_never_rises_with_the_shift(
        self, calls: float, low: float, high: float, chat_aht_share: float
    ) -> None:
        # Workload (calls × handle time per agent) falls linearly with the shift. The
        # agents needed need not: see the next test.
        low, high = sorted((low, high))
        phone_aht, concurrency = 300.0, 2.0
        chat_aht = phone_aht * concurrency * chat_aht_share

        def workload(s: float) -> float:
            phone, flows = ch.phone_volume_adjustment(_shift_channels(s, chat_aht, 2), calls)
            return phone * phone_aht + flows["shifted_to_chat"] * chat_aht / concurrency

        assert workload(high) <= workload(low) * (1 + 1e-12)

    def test_a_small_shift_can_cost_more_hours_than_it_saves(self) -> None:
        # Two queues pool worse than one (Erlang C's economies of scale): moving 10% of
        # seed 003's 330,000 calls (AHT 300 s) to chat (480 s, two at a time, same
        # service) raises the total agent hours, although each chat takes less agent
        # time than a call. Moving everything saves. The shift is not monotone.
        shape = DEFAULT_WEEK_15

        def total_hours(s: float) -> float:
            r = ch.evaluate_channels(_shift_channels(s, 480, 2), 330_000, shape, 15, 0.0, 36)
            phone = _phone_productive_hours(r.phone_calls_per_month, shape, 300)
            return phone + r.chat.productive_hours_per_week

        assert total_hours(0.1) > total_hours(0.0) > total_hours(1.0)

    def test_uses_the_scenarios_weekly_shape(self) -> None:
        # The lead's integration: the phone's own weekly shape and interval length.
        from ccx_model.scenario import Scenario

        scenario = Scenario()
        shape = weekly_weights(scenario.pattern, scenario.service.interval_minutes)
        r = ch.evaluate_channels(
            Channels(chat=ChatChannel(enabled=True)),
            330_000,
            shape,
            scenario.service.interval_minutes,
            scenario.service.shrinkage,
            scenario.workforce.full_time_hours_per_week,
        )
        assert r.chat.fte > 0 and r.chat.service_level is not None


class TestChannelCostPerContactEur:
    def test_worked_example(self) -> None:
        # 10 FTE × 50,000 / 480,000 chats = 1.04; a bot: 126,000 / 240,000 = 0.525.
        costs = ch.channel_cost_per_contact_eur([10, 0], [0, 126_000], [480_000, 240_000], 50_000)
        assert costs.tolist() == pytest.approx([1.0417, 0.525], abs=1e-4)

    def test_no_contacts_costs_zero_per_contact_not_nan(self) -> None:
        assert ch.channel_cost_per_contact_eur(5, 1_000, 0, 50_000).tolist() == 0.0

    @ARITHMETIC
    @given(
        fte=floats(0, 1_000),
        direct=money,
        contacts=floats(1, 1e9),
        per_fte=floats(0, 200_000),
    )
    def test_times_contacts_gives_back_the_cost(
        self, fte: float, direct: float, contacts: float, per_fte: float
    ) -> None:
        cost = float(ch.channel_cost_per_contact_eur(fte, direct, contacts, per_fte))
        assert cost * contacts == pytest.approx(fte * per_fte + direct, rel=1e-9, abs=1e-9)


class TestCostPerContactByChannel:
    def test_per_channel_by_name(self) -> None:
        results = [
            ChannelResult("phone", 100_000, 0, 0, 100.0),
            ChannelResult("chatbot", 20_000, 0, 0, 0.0, direct_cost_eur_per_year=126_000),
        ]
        # phone: 100 FTE × 50,000 / 1,200,000 calls = 4.17; bot: 126,000 / 240,000.
        costs = ch.cost_per_contact_by_channel(50_000, results)
        assert costs == pytest.approx({"phone": 4.1667, "chatbot": 0.525}, abs=1e-4)

    def test_empty(self) -> None:
        assert ch.cost_per_contact_by_channel(50_000, []) == {}
