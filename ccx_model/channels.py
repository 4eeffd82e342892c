"""Channels beside the phone: chat, email, back-office work, a chatbot and self-service.

The phone queue stays in ``evaluate.py``; this module says what the other channels
take in staff and money, and how they change the phone's volume (Ziptone, “Wat zit er in het afvoerputje?”; CustomerFirst, “Weg met Calimero!”:
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

import math
from collections.abc import Iterable

import numpy as np

# The inputs and the staffing of each channel live in their own modules; ``channels`` is
# where the rest of the model takes them from.
from .channel_inputs import (
    MONTHS_PER_YEAR,
    Channels,
    ChannelShift,
    Chatbot,
    ChatChannel,
    DeferredChannel,
    LiveChannel,
    SelfService,
)
from .channel_staffing import (
    ChannelResult,
    ChannelsResult,
    chat_staffing,
    deferred_staffing,
    deferred_workload_hours_per_week,
    open_hours_per_week,
    response_agents_needed,
    response_target_met,
    week_shape,
)
from .erlang import ArrayLike, FloatArray

__all__ = [
    "ChannelResult",
    "ChannelShift",
    "Channels",
    "ChannelsResult",
    "ChatChannel",
    "Chatbot",
    "DeferredChannel",
    "LiveChannel",
    "SelfService",
    "channel_cost_per_contact_eur",
    "chat_contacts_per_month",
    "chat_staffing",
    "chatbot_cost_eur_per_year",
    "chatbot_front_channel",
    "cost_per_contact_by_channel",
    "deferred_staffing",
    "deferred_workload_hours_per_week",
    "evaluate_channels",
    "open_hours_per_week",
    "phone_volume_adjustment",
    "response_agents_needed",
    "response_target_met",
    "self_service_cost_eur_per_year",
    "volume_flows",
    "week_shape",
]

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
