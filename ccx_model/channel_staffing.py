"""What the staffed channels take: chat as an Erlang C queue per planning interval,
email and back-office work as workload with a response-time check, and the result
of each channel (see ``channels`` for the flow of volume between them)."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np

from .channel_inputs import (
    _RELATIVE_TOLERANCE,
    MINUTES_PER_WEEK,
    MONTHS_PER_YEAR,
    SECONDS_PER_HOUR,
    WEEKS_PER_MONTH,
    ChatChannel,
    DeferredChannel,
)
from .erlang import ArrayLike, FloatArray
from .limits import check_interval_traffic
from .staffing import required_staffing

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
