"""The inputs of the channels beside the phone: chat, email and back-office work, a
chatbot, self-service and the shift of calls to chat (every channel off by default).

What they take in staff and money is in ``channel_staffing`` and ``channels``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import FrozenModel

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
            "conversation (Ziptone, “Wat zit er in het afvoerputje?”)."
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
