"""Channels beside the phone: chat, email, back-office work, a chatbot and self-service.

The phone queue stays in ``evaluate.py``; this module says what the other channels
take in staff and money, and how they change the phone's volume (seeds 001, 002:
phone stays; chat, email, chatbot/GenAI and self-service differ in cost per
contact; deflection is never free).

- **Chat** is a queue: Erlang C per planning interval over the same weekly shape as
  the phone, with concurrency (an agent with k sessions at once counted as one
  server k times as fast).
- **Email and back-office work** are deferred: no queue, only workload, plus a check
  that the team spread over the opening hours answers within the response target.
- **Chatbot** and **self-service** take no agents: they cost money (per conversation,
  per month) and move volume between channels.

Every channel is off by default, so a scenario without channels is exactly today's
phone-only centre. The flow of volume, in order:

1. self-service: ``deflected = phone calls × deflection rate`` never reach the phone;
2. the channel shift: ``shifted = remaining calls × share to chat`` move to chat
   (only when chat is switched on);
3. the chatbot stands in front of one live channel (chat, or the phone when chat is
   off or chosen): its conversations replace contacts of that channel (up to the
   channel's volume), the contained ones end there, the rest escalate back to it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from pydantic import Field

from .base import FrozenModel
from .erlang import ArrayLike, FloatArray
from .limits import check_interval_traffic
from .staffing import required_staffing

# The same average week as ``pattern.WEEKS_PER_MONTH``; repeated here because
# ``pattern`` imports ``scenario``, which is to import this module (no cycle).
WEEKS_PER_MONTH = 52.0 / 12.0
MONTHS_PER_YEAR = 12.0
SECONDS_PER_HOUR = 3600.0
MINUTES_PER_WEEK = 7 * 24 * 60
# Room for float noise when a staffed level is compared with the level needed.
_RELATIVE_TOLERANCE = 1e-9

LiveChannel = Literal["phone", "chat"]


# --------------------------------------------------------------------------- inputs


class ChatChannel(FrozenModel):
    """Live chat on the website or in the app: a queue, with several chats per agent."""

    enabled: bool = Field(False, description="Run a live-chat channel in this scenario.")
    contacts_per_month: float = Field(
        40_000,
        ge=0,
        le=100_000_000,
        description=(
            "Chats per month that start in chat (besides any moved from the phone or "
            "handed over by a chatbot). Default 40,000: illustrative, replace with your own."
        ),
    )
    aht_seconds: float = Field(
        480,
        ge=10,
        le=7_200,
        description=(
            "Average handle time of one chat in seconds, as measured while agents run "
            "their usual number of chats at once (a chat lasts longer when the agent "
            "juggles several). Default 8 minutes: illustrative."
        ),
    )
    concurrency: float = Field(
        2,
        ge=1,
        le=6,
        description=(
            "Chats one agent handles at the same time, on average. Two to three is common; "
            "more than three usually lengthens every chat and lowers quality."
        ),
    )
    service_level_target: float = Field(
        0.80,
        gt=0.0,
        le=0.999,
        description="Share of chats to pick up within the answer time, e.g. 0.80 for 80%.",
    )
    answer_seconds: float = Field(
        60,
        ge=0,
        le=3_600,
        description=(
            "Answer-time target for chat in seconds. Default 60 s: chat customers accept "
            "a slightly longer wait than callers, and do something else meanwhile."
        ),
    )
    max_occupancy: float = Field(
        0.85,
        ge=0.5,
        le=1.0,
        description=(
            "Highest share of logged-in time a chat agent may be busy. Default 0.85, below "
            "the phone's usual 0.90: parallel sessions are more tiring than one call."
        ),
    )


class DeferredChannel(FrozenModel):
    """Email or back-office work: no one waits on the line, so it is workload, not a queue."""

    enabled: bool = Field(False, description="Handle this kind of work in this scenario.")
    contacts_per_month: float = Field(
        20_000,
        ge=0,
        le=100_000_000,
        description="Items per month (emails, web forms, letters, cases). Illustrative default.",
    )
    handle_seconds: float = Field(
        420,
        ge=10,
        le=7_200,
        description=(
            "Working time per item in seconds: reading, looking up, acting and answering. "
            "Default 7 minutes for an email: illustrative."
        ),
    )
    response_hours: float = Field(
        24,
        ge=1,
        le=168,
        description=(
            "Promised response time in clock hours (24 = within a day, 168 = within a "
            "week). The check assumes the work is done during opening hours only."
        ),
    )
    utilisation: float = Field(
        0.85,
        ge=0.5,
        le=1.0,
        description=(
            "Share of an agent's available time actually spent on the items (the rest: "
            "switching tasks, waiting for information). 0.85 is a common planning figure."
        ),
    )


def _back_office_default() -> DeferredChannel:
    # Back-office cases take longer than an email and may take two days.
    return DeferredChannel(contacts_per_month=10_000, handle_seconds=600, response_hours=48)


class Chatbot(FrozenModel):
    """A chatbot or GenAI assistant in front of a live channel. Never free deflection."""

    enabled: bool = Field(False, description="Put a chatbot in front of a live channel.")
    conversations_per_month: float = Field(
        20_000,
        ge=0,
        le=100_000_000,
        description=(
            "Conversations the bot holds per month. Each one would otherwise have been a "
            "contact on the live channel behind the bot (up to that channel's volume; "
            "beyond it, the bot draws new contacts). Illustrative default."
        ),
    )
    cost_per_conversation_eur: float = Field(
        0.40,
        ge=0,
        le=100,
        description=(
            "Usage cost per conversation (GenAI model and licence fees), paid for every "
            "conversation, contained or not. Default EUR 0.40: a structural cost per "
            "conversation (seed 001)."
        ),
    )
    platform_cost_eur_per_month: float = Field(
        2_500,
        ge=0,
        le=10_000_000,
        description=(
            "Fixed monthly cost of the bot: platform licence, content and conversation "
            "design upkeep. Illustrative default."
        ),
    )
    containment_rate: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Share of conversations the bot finishes without a person. The rest is "
            "handed over to the live channel and still needs an agent."
        ),
    )
    escalation_channel: LiveChannel = Field(
        "chat",
        description=(
            "The live channel the bot stands in front of and hands conversations over to. "
            "With chat switched off, the phone."
        ),
    )


class SelfService(FrozenModel):
    """Self-service (FAQ, portal, app, smart IVR answers): calls that never happen."""

    enabled: bool = Field(False, description="Invest in self-service in this scenario.")
    deflection_rate: float = Field(
        0.05,
        ge=0.0,
        le=0.9,
        description=(
            "Share of phone calls avoided because customers find the answer themselves. "
            "Default 5%: a cautious start."
        ),
    )
    platform_cost_eur_per_month: float = Field(
        1_500,
        ge=0,
        le=10_000_000,
        description=(
            "Monthly cost of the self-service platform and of keeping its content right. "
            "Illustrative default (Gartner 2019: about USD 0.10 per self-service contact)."
        ),
    )


class ChannelShift(FrozenModel):
    """The lever: what moving contacts from the phone to chat does."""

    share_of_phone_to_chat: float = Field(
        0.0,
        ge=0.0,
        le=1.0,
        description=(
            "Share of phone calls (after self-service) that move to chat. Needs chat "
            "switched on; otherwise nothing moves."
        ),
    )


class Channels(FrozenModel):
    """Every channel beside the phone; all off by default (today's phone-only centre)."""

    chat: ChatChannel = Field(default_factory=ChatChannel, description="Live chat.")
    email: DeferredChannel = Field(
        default_factory=DeferredChannel, description="Email and web forms (deferred work)."
    )
    back_office: DeferredChannel = Field(
        default_factory=_back_office_default,
        description="Back-office cases: follow-up work, letters, administration.",
    )
    chatbot: Chatbot = Field(default_factory=Chatbot, description="Chatbot or GenAI assistant.")
    self_service: SelfService = Field(
        default_factory=SelfService, description="Self-service that avoids calls."
    )
    shift: ChannelShift = Field(
        default_factory=ChannelShift, description="Moving calls from the phone to chat."
    )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ChannelResult:
    """What one channel takes in a typical week and costs directly in a year.

    ``service_level`` is set for a queue (chat) that handles contacts, None otherwise;
    ``response_target_met`` for a switched-on deferred channel, None otherwise;
    ``direct_cost_eur_per_year`` is money other than agents (bot, platform).
    """

    name: str
    contacts_per_month: float
    productive_hours_per_week: float
    scheduled_hours_per_week: float
    fte: float
    service_level: float | None = None
    response_target_met: bool | None = None
    direct_cost_eur_per_year: float = 0.0
    fte_for_response_target: float | None = None

    @property
    def contacts_per_year(self) -> float:
        return self.contacts_per_month * MONTHS_PER_YEAR


@dataclass(frozen=True)
class ChannelsResult:
    """All channels beside the phone, and the phone volume they leave."""

    chat: ChannelResult
    email: ChannelResult
    back_office: ChannelResult
    chatbot: ChannelResult
    self_service: ChannelResult
    phone_calls_per_month: float
    volumes_moved: dict[str, float] = field(default_factory=dict)

    @property
    def results(self) -> tuple[ChannelResult, ...]:
        return (self.chat, self.email, self.back_office, self.chatbot, self.self_service)

    def by_name(self) -> dict[str, ChannelResult]:
        return {r.name: r for r in self.results}

    @property
    def fte(self) -> float:
        """Scheduled FTE of chat, email and back office together."""
        return sum(r.fte for r in self.results)

    @property
    def scheduled_hours_per_week(self) -> float:
        return sum(r.scheduled_hours_per_week for r in self.results)

    @property
    def productive_hours_per_week(self) -> float:
        return sum(r.productive_hours_per_week for r in self.results)

    @property
    def direct_cost_eur_per_year(self) -> float:
        """Chatbot and self-service costs per year (staffed channels cost via their FTE)."""
        return sum(r.direct_cost_eur_per_year for r in self.results)


# --------------------------------------------------------------------------- volumes

_FLOW_KEYS = (
    "deflected_by_self_service",
    "shifted_to_chat",
    "chatbot_conversations",
    "chatbot_contained",
    "chatbot_from_phone",
    "chatbot_escalated_to_phone",
    "chatbot_from_chat",
    "chatbot_escalated_to_chat",
)


def chatbot_front_channel(channels: Channels) -> LiveChannel:
    """The live channel the chatbot stands in front of: chat if chosen and on, else phone.

    >>> chatbot_front_channel(Channels()), chatbot_front_channel(
    ...     Channels(chat=ChatChannel(enabled=True)))
    ('phone', 'chat')
    """
    if channels.chatbot.escalation_channel == "chat" and channels.chat.enabled:
        return "chat"
    return "phone"


def volume_flows(channels: Channels, phone_calls_per_month: float) -> dict[str, float]:
    """Contacts per month moved between channels, in the order they happen.

    - ``deflected = phone × deflection rate`` (self-service on);
    - ``shifted = (phone − deflected) × share to chat`` (chat on);
    - the chatbot in front of channel X with volume V and C conversations:
      ``from X = min(C, V)`` contacts are replaced by conversations,
      ``contained = C × containment`` end in the bot, and
      ``escalated to X = C × (1 − containment)`` come back to X.

    So the bot lowers X's volume by ``containment × C`` while ``C ≤ V``, and by less
    when it holds more conversations than X ever had (it then draws new contacts).
    Every key is always present (0 when a channel is off).

    >>> flows = volume_flows(Channels(
    ...     self_service=SelfService(enabled=True, deflection_rate=0.1),
    ...     chatbot=Chatbot(enabled=True, conversations_per_month=1_000)), 10_000)
    >>> {k: v for k, v in flows.items() if v}  # doctest: +NORMALIZE_WHITESPACE
    {'deflected_by_self_service': 1000.0, 'chatbot_conversations': 1000.0,
     'chatbot_contained': 500.0, 'chatbot_from_phone': 1000.0,
     'chatbot_escalated_to_phone': 500.0}
    """
    if not (math.isfinite(phone_calls_per_month) and phone_calls_per_month >= 0):
        raise ValueError("phone_calls_per_month must be a finite number of at least 0")
    flows = dict.fromkeys(_FLOW_KEYS, 0.0)
    self_service, chat, bot = channels.self_service, channels.chat, channels.chatbot
    if self_service.enabled:
        flows["deflected_by_self_service"] = phone_calls_per_month * self_service.deflection_rate
    phone = phone_calls_per_month - flows["deflected_by_self_service"]
    if chat.enabled:
        flows["shifted_to_chat"] = phone * channels.shift.share_of_phone_to_chat
    phone -= flows["shifted_to_chat"]
    if bot.enabled:
        front = chatbot_front_channel(channels)
        front_volume = (
            phone if front == "phone" else chat.contacts_per_month + flows["shifted_to_chat"]
        )
        conversations = bot.conversations_per_month
        flows["chatbot_conversations"] = conversations
        flows["chatbot_contained"] = conversations * bot.containment_rate
        flows[f"chatbot_from_{front}"] = min(conversations, front_volume)
        flows[f"chatbot_escalated_to_{front}"] = conversations * (1.0 - bot.containment_rate)
    return flows


def phone_volume_adjustment(
    channels: Channels, phone_calls_per_month: float
) -> tuple[float, dict[str, float]]:
    """Phone calls per month after the other channels, and the volumes they moved.

    ``phone = calls − deflected − shifted − chatbot from phone + chatbot escalated to
    phone`` (see ``volume_flows``); so ``phone + deflected + shifted + chatbot from
    phone − chatbot escalated to phone = calls`` exactly, up to float rounding.

    >>> phone, moved = phone_volume_adjustment(Channels(
    ...     chat=ChatChannel(enabled=True), shift=ChannelShift(share_of_phone_to_chat=0.2),
    ...     self_service=SelfService(enabled=True, deflection_rate=0.05)), 100_000)
    >>> phone, moved["deflected_by_self_service"], moved["shifted_to_chat"]
    (76000.0, 5000.0, 19000.0)
    >>> phone_volume_adjustment(Channels(), 100_000)[0]  # all off: today's phone
    100000.0
    """
    flows = volume_flows(channels, phone_calls_per_month)
    phone = (
        phone_calls_per_month
        - flows["deflected_by_self_service"]
        - flows["shifted_to_chat"]
        - flows["chatbot_from_phone"]
        + flows["chatbot_escalated_to_phone"]
    )
    return max(phone, 0.0), flows


def chat_contacts_per_month(channels: Channels, flows: dict[str, float]) -> float:
    """Chats per month: ``own + shifted from phone − taken by the bot + bot escalations``;
    0 with chat off.

    >>> channels = Channels(chat=ChatChannel(enabled=True, contacts_per_month=1_000),
    ...     chatbot=Chatbot(enabled=True, conversations_per_month=400))
    >>> chat_contacts_per_month(channels, volume_flows(channels, 0))
    800.0
    """
    if not channels.chat.enabled:
        return 0.0
    chats = (
        channels.chat.contacts_per_month
        + flows["shifted_to_chat"]
        - flows["chatbot_from_chat"]
        + flows["chatbot_escalated_to_chat"]
    )
    return max(chats, 0.0)


# --------------------------------------------------------------------------- the week


def week_shape(weekly_weights: ArrayLike, interval_minutes: float) -> FloatArray:
    """The weekly arrival shape, normalised to sum to 1, after checking it is a week.

    Take it from the scenario: ``pattern.weekly_weights(scenario.pattern,
    scenario.service.interval_minutes)``, the same shape the phone is staffed on.

    >>> week_shape(np.ones(168), 60).sum().round(9), len(week_shape(np.ones(672), 15))
    (np.float64(1.0), 672)
    """
    weights = np.asarray(weekly_weights, dtype=np.float64)
    if weights.ndim != 1 or weights.size * interval_minutes != MINUTES_PER_WEEK:
        raise ValueError(
            f"weekly_weights must hold one value per {interval_minutes:g}-minute interval of a "
            f"week ({MINUTES_PER_WEEK / interval_minutes:g} values), not {weights.shape}"
        )
    if not np.isfinite(weights).all() or (weights < 0).any() or weights.sum() <= 0:
        raise ValueError("weekly_weights must be finite, at least 0, and not all 0")
    return np.asarray(weights / weights.sum(), dtype=np.float64)


def _check_workforce(shrinkage: float, full_time_hours_per_week: float) -> None:
    if not 0.0 <= shrinkage < 1.0:
        raise ValueError("shrinkage must be at least 0 and below 1")
    if not full_time_hours_per_week > 0:
        raise ValueError("full_time_hours_per_week must be above 0")


# --------------------------------------------------------------------------- chat


def chat_staffing(
    chat: ChatChannel,
    contacts_per_month: float,
    weekly_weights: ArrayLike,
    interval_minutes: int,
    shrinkage: float,
    full_time_hours_per_week: float,
) -> ChannelResult:
    """Chat as a queue: Erlang C per interval with concurrency, then hours and FTE.

    Per interval: ``chats = weight × contacts per month ÷ (52/12)`` and
    ``traffic = chats × AHT ÷ concurrency ÷ interval seconds``: an agent with k chats
    at once is treated as one server k times as fast, so the service-level formula
    also uses ``AHT ÷ k``. Then the fewest agents for the service level, raised to
    respect the occupancy cap (``agents ≥ traffic ÷ max occupancy``);
    ``productive hours = Σ agents × interval hours``, ``scheduled = productive ÷
    (1 − shrinkage)``, ``FTE = scheduled ÷ full-time hours`` (as for the phone).

    The approximation (the usual one in workforce planning, e.g. Call Centre Helper
    on chat staffing) ignores that a waiting chat can start at once on any agent
    with a free slot, and that chats slow down when an agent juggles more of them:
    enter the AHT measured at your concurrency. It is sound for a concurrency of 1–3.

    Worked example: 40,000 chats a month spread evenly over 168 hours are 54.9
    chats an hour; at 480 s and two at a time, 3.66 Erlangs. Five agents would answer
    69% in 60 s, so 6 each hour (88.3%; the 0.85 cap asks only 5): 1,008 productive
    hours a week, 28 FTE of 36 h with no shrinkage.

    >>> r = chat_staffing(ChatChannel(enabled=True), 40_000, np.ones(168), 60, 0.0, 36)
    >>> r.productive_hours_per_week, round(r.fte, 2), round(r.service_level, 3)
    (1008.0, 28.0, 0.883)
    """
    _check_workforce(shrinkage, full_time_hours_per_week)
    shape = week_shape(weekly_weights, interval_minutes)
    chats = shape * contacts_per_month / WEEKS_PER_MONTH if chat.enabled else shape * 0.0
    chats_per_week = float(chats.sum())
    if not chats_per_week > 0:  # off, none, or too few to register in any interval
        return ChannelResult("chat", 0.0, 0.0, 0.0, 0.0)
    check_interval_traffic(
        chats * chat.aht_seconds / chat.concurrency / (interval_minutes * 60.0),
        "channels.chat.contacts_per_month",
    )
    intervals = required_staffing(
        chats,
        chat.aht_seconds / chat.concurrency,
        interval_minutes,
        chat.service_level_target,
        chat.answer_seconds,
        chat.max_occupancy,
        shrinkage,
    )
    productive = float(intervals.agents.sum()) * interval_minutes / 60.0
    scheduled = productive / (1.0 - shrinkage)
    service_level = float(np.sum(chats * intervals.service_level) / chats_per_week)
    return ChannelResult(
        name="chat",
        contacts_per_month=contacts_per_month,
        productive_hours_per_week=productive,
        scheduled_hours_per_week=scheduled,
        fte=scheduled / full_time_hours_per_week,
        service_level=service_level,
    )


# --------------------------------------------------------------------------- deferred work


def deferred_workload_hours_per_week(
    contacts_per_month: ArrayLike, handle_seconds: ArrayLike
) -> FloatArray:
    """Hours of work arriving in an average week: ``contacts × handle ÷ 3600 ÷ (52/12)``.

    >>> float(deferred_workload_hours_per_week(52_000 / 12, 3_600))
    1000.0
    """
    contacts = np.asarray(contacts_per_month, dtype=np.float64)
    handle = np.asarray(handle_seconds, dtype=np.float64)
    return np.asarray(contacts * handle / SECONDS_PER_HOUR / WEEKS_PER_MONTH, dtype=np.float64)


def open_hours_per_week(weekly_weights: ArrayLike, interval_minutes: float) -> float:
    """Opening hours of the week: the intervals in which contacts arrive (weight > 0).

    >>> w = np.zeros(168); w[8:20] = 1.0
    >>> open_hours_per_week(w, 60)
    12.0
    """
    shape = week_shape(weekly_weights, interval_minutes)
    return float(np.count_nonzero(shape > 0)) * interval_minutes / 60.0


def response_agents_needed(
    workload_hours_per_week: float,
    weekly_weights: ArrayLike,
    interval_minutes: float,
    response_hours: float,
    utilisation: float,
) -> float:
    """Agents on duty throughout the opening hours so every item is done in time.

    The rule (a fluid, oldest-first backlog, to the resolution of one interval):
    work arrives with the weekly shape; a team of N agents works only in the open
    intervals (weight > 0), each at ``utilisation``. For every stretch of the week,
    the work that arrives in it must be done by the end of the stretch plus the
    response time:

        ``N ≥ work(stretch) ÷ (utilisation × open hours(stretch + response window))``

    for every stretch shorter than a week, and ``N ≥ weekly work ÷ (utilisation ×
    weekly open hours)`` so the backlog never grows (the workload staffing). The
    answer is the largest of these. The window is rounded down to whole intervals
    (the strict side). More agents or a longer window can only help: the rule is
    monotone in both.

    Work that arrives in an open interval can be done in it, so there is always an
    answer (no division by zero): a target shorter than the nights and weekends is
    judged by how quickly the team clears the work in the hours it is open.

    Worked example: open 8–20 on weekdays (60 hours), Monday three times as busy as
    the other days, 70 hours of work a week: the workload needs 70 ÷ 60 = 1.17
    agents on duty. Monday brings 30 hours; from Monday's opening to 24 hours after its close
    the team has 24 open hours, so a 24-hour promise needs 30 ÷ 24 = 1.25. With 48
    hours it has 36: the workload staffing is enough.

    >>> w = np.zeros(168)
    >>> for day in range(5):
    ...     w[day * 24 + 8 : day * 24 + 20] = 3.0 if day == 0 else 1.0
    >>> response_agents_needed(70, w, 60, 24, 1.0), round(response_agents_needed(70, w, 60, 48, 1.0), 4)
    (1.25, 1.1667)
    """
    if not utilisation > 0:
        raise ValueError("utilisation must be above 0")
    if not response_hours >= 0:
        raise ValueError("response_hours must be at least 0")
    shape = week_shape(weekly_weights, interval_minutes)
    if workload_hours_per_week <= 0:
        return 0.0
    n = shape.size
    interval_hours = interval_minutes / 60.0
    window = math.floor(response_hours / interval_hours + _RELATIVE_TOLERANCE)
    work = shape * workload_hours_per_week
    open_hours = np.where(shape > 0, interval_hours, 0.0)
    # Cumulative sums over enough repeated weeks for a stretch of up to a week plus
    # the response window, starting anywhere in the first week.
    weeks = 3 + window // n
    cum_work = np.concatenate(([0.0], np.cumsum(np.tile(work, 2))))
    cum_open = np.concatenate(([0.0], np.cumsum(np.tile(open_hours, weeks))))
    start = np.arange(n)[:, None]
    end = start + np.arange(1, n + 1)[None, :]  # exclusive: stretches of 1..n intervals
    arriving = cum_work[end] - cum_work[start]
    available = cum_open[end + window] - cum_open[start]
    # Work arrives only in open intervals, so ``available`` > 0 wherever work arrives.
    ratio = np.where(arriving > 0, arriving / np.where(available > 0, available, 1.0), 0.0)
    steady = workload_hours_per_week / float(open_hours.sum())
    return max(float(ratio.max()), steady) / utilisation


def response_target_met(
    agents_on_duty: float,
    workload_hours_per_week: float,
    weekly_weights: ArrayLike,
    interval_minutes: float,
    response_hours: float,
    utilisation: float,
) -> bool:
    """Whether ``agents_on_duty`` (present in every open interval) meet the response time.

    ``agents on duty ≥ response_agents_needed(...)``, with room for float noise.

    >>> w = np.zeros(168); w[8:20] = 1.0  # Monday 8-20 only
    >>> response_target_met(1.0, 12, w, 60, 24, 1.0), response_target_met(0.5, 12, w, 60, 24, 1.0)
    (True, False)
    """
    needed = response_agents_needed(
        workload_hours_per_week, weekly_weights, interval_minutes, response_hours, utilisation
    )
    return agents_on_duty >= needed * (1.0 - _RELATIVE_TOLERANCE)


@functools.lru_cache(maxsize=64)
def _response_agents_needed_once(
    workload: float, weights: bytes, interval_minutes: int, response: float, utilisation: float
) -> float:
    """``response_agents_needed``, once per distinct input: the business case evaluates a
    scenario once per lever, and the levers leave email and back office as they are."""
    shape = np.frombuffer(weights, dtype=np.float64)
    return response_agents_needed(workload, shape, interval_minutes, response, utilisation)


def deferred_staffing(
    channel: DeferredChannel,
    name: str,
    weekly_weights: ArrayLike,
    interval_minutes: int,
    shrinkage: float,
    full_time_hours_per_week: float,
) -> ChannelResult:
    """Email or back-office work: workload → productive hours → FTE, and the response check.

    ``productive hours = contacts × handle ÷ 3600 ÷ (52/12) ÷ utilisation`` per week,
    ``scheduled = productive ÷ (1 − shrinkage)``, ``FTE = scheduled ÷ full-time hours``.
    The team is spread evenly over the opening hours: ``agents on duty = productive
    hours ÷ open hours``; ``response_target_met`` compares them with
    ``response_agents_needed``, and ``fte_for_response_target`` is the FTE that would
    meet the target (equal to ``fte`` when met).

    Worked example: 20,000 emails a month at 7 minutes are 538.5 hours of work a
    week; at utilisation 0.85, 633.5 productive hours: 17.6 FTE of 36 h with no
    shrinkage.

    >>> r = deferred_staffing(DeferredChannel(enabled=True), "email", np.ones(168), 60, 0, 36)
    >>> round(r.productive_hours_per_week, 1), round(r.fte, 2), r.response_target_met
    (633.5, 17.6, True)
    """
    _check_workforce(shrinkage, full_time_hours_per_week)
    open_hours = open_hours_per_week(weekly_weights, interval_minutes)
    if not channel.enabled:
        return ChannelResult(name, 0.0, 0.0, 0.0, 0.0)
    workload = float(
        deferred_workload_hours_per_week(channel.contacts_per_month, channel.handle_seconds)
    )
    productive = workload / channel.utilisation
    scheduled = productive / (1.0 - shrinkage)
    fte = scheduled / full_time_hours_per_week
    on_duty = productive / open_hours
    weights = np.ascontiguousarray(weekly_weights, dtype=np.float64)
    needed = _response_agents_needed_once(
        workload, weights.tobytes(), interval_minutes, channel.response_hours, channel.utilisation
    )
    met = on_duty >= needed * (1.0 - _RELATIVE_TOLERANCE)
    return ChannelResult(
        name=name,
        contacts_per_month=channel.contacts_per_month,
        productive_hours_per_week=productive,
        scheduled_hours_per_week=scheduled,
        fte=fte,
        response_target_met=met,
        fte_for_response_target=fte if met else fte * needed / on_duty,
    )


# --------------------------------------------------------------------------- bot, self-service


def chatbot_cost_eur_per_year(chatbot: Chatbot) -> float:
    """``(conversations × cost per conversation + platform) × 12``; 0 when off.

    >>> chatbot_cost_eur_per_year(Chatbot(enabled=True))  # (20,000 × 0.40 + 2,500) × 12
    126000.0
    """
    if not chatbot.enabled:
        return 0.0
    monthly = (
        chatbot.conversations_per_month * chatbot.cost_per_conversation_eur
        + chatbot.platform_cost_eur_per_month
    )
    return monthly * MONTHS_PER_YEAR


def self_service_cost_eur_per_year(self_service: SelfService) -> float:
    """``platform × 12``; 0 when off.

    >>> self_service_cost_eur_per_year(SelfService(enabled=True))
    18000.0
    """
    return (
        self_service.platform_cost_eur_per_month * MONTHS_PER_YEAR if self_service.enabled else 0.0
    )


# --------------------------------------------------------------------------- all channels


def evaluate_channels(
    channels: Channels,
    phone_calls_per_month: float,
    weekly_weights: ArrayLike,
    interval_minutes: int,
    shrinkage: float,
    full_time_hours_per_week: float,
) -> ChannelsResult:
    """Every channel beside the phone, and the phone volume left to staff.

    Chat volume = its own chats + calls shifted from the phone − chats the bot takes
    + the bot's escalations to chat; email and back office are their own volumes;
    the chatbot and self-service take no agents (FTE 0) and carry their costs.

    >>> r = evaluate_channels(Channels(), 330_000, np.ones(672), 15, 0.35, 36)
    >>> r.phone_calls_per_month, r.fte, r.direct_cost_eur_per_year
    (330000.0, 0.0, 0.0)
    >>> on = Channels(chat=ChatChannel(enabled=True, contacts_per_month=0),
    ...     shift=ChannelShift(share_of_phone_to_chat=0.1))
    >>> r = evaluate_channels(on, 330_000, np.ones(672), 15, 0.35, 36)
    >>> r.phone_calls_per_month, r.chat.contacts_per_month
    (297000.0, 33000.0)
    """
    phone, flows = phone_volume_adjustment(channels, phone_calls_per_month)
    workforce = (weekly_weights, interval_minutes, shrinkage, full_time_hours_per_week)
    chat = chat_staffing(channels.chat, chat_contacts_per_month(channels, flows), *workforce)
    email = deferred_staffing(channels.email, "email", *workforce)
    back_office = deferred_staffing(channels.back_office, "back_office", *workforce)
    bot = channels.chatbot
    chatbot = ChannelResult(
        "chatbot",
        bot.conversations_per_month if bot.enabled else 0.0,
        0.0,
        0.0,
        0.0,
        direct_cost_eur_per_year=chatbot_cost_eur_per_year(bot),
    )
    self_service = ChannelResult(
        "self_service",
        flows["deflected_by_self_service"],
        0.0,
        0.0,
        0.0,
        direct_cost_eur_per_year=self_service_cost_eur_per_year(channels.self_service),
    )
    return ChannelsResult(
        chat=chat,
        email=email,
        back_office=back_office,
        chatbot=chatbot,
        self_service=self_service,
        phone_calls_per_month=phone,
        volumes_moved=flows,
    )


# --------------------------------------------------------------------------- cost per contact


def channel_cost_per_contact_eur(
    fte: ArrayLike,
    direct_cost_eur_per_year: ArrayLike,
    contacts_per_year: ArrayLike,
    cost_per_fte_eur_per_year: ArrayLike,
) -> FloatArray:
    """``(FTE × cost per FTE-year + direct cost) ÷ contacts per year``; 0 with no contacts.

    Compare Gartner (2019): about USD 8.01 per live contact, USD 0.10 per
    self-service contact.

    >>> channel_cost_per_contact_eur([10, 0], [0, 126_000], [480_000, 240_000], 50_000).tolist()
    [1.0416666666666667, 0.525]
    """
    fte_arr = np.asarray(fte, dtype=np.float64)
    direct = np.asarray(direct_cost_eur_per_year, dtype=np.float64)
    contacts = np.asarray(contacts_per_year, dtype=np.float64)
    per_fte = np.asarray(cost_per_fte_eur_per_year, dtype=np.float64)
    cost = fte_arr * per_fte + direct
    safe = np.where(contacts > 0, contacts, 1.0)
    return np.asarray(np.where(contacts > 0, cost / safe, 0.0), dtype=np.float64)


def cost_per_contact_by_channel(
    cost_per_fte_eur_per_year: float, results: Iterable[ChannelResult]
) -> dict[str, float]:
    """Cost per contact for each channel, from a loaded cost per FTE-year.

    Pass a ``ChannelResult("phone", ...)`` built from the phone's staffing to compare
    the phone too. Self-service counts its avoided calls as its contacts.

    >>> r = evaluate_channels(Channels(chatbot=Chatbot(enabled=True)), 1e5, np.ones(168), 60, 0, 36)
    >>> cost_per_contact_by_channel(50_000, [r.chatbot, r.chat])
    {'chatbot': 0.525, 'chat': 0.0}
    """
    items = list(results)
    costs = channel_cost_per_contact_eur(
        [r.fte for r in items],
        [r.direct_cost_eur_per_year for r in items],
        [r.contacts_per_year for r in items],
        cost_per_fte_eur_per_year,
    )
    return {r.name: float(c) for r, c in zip(items, costs, strict=True)}
