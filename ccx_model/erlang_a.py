"""Erlang A: the M/M/N+M queue (Palm's model), in which waiting callers hang up.

Erlang C assumes nobody hangs up. Here each caller in the queue has a patience,
exponential with mean ``patience_seconds`` (rate θ), and hangs up when it runs out
before an agent answers (first come, first served). Calls arrive as a Poisson stream
of λ = calls / interval seconds, handle times are exponential with mean AHT (μ = 1/AHT),
there are N agents; the offered load is A = λ/μ Erlangs. The number of calls in the
system is a birth–death process (births λ; deaths kμ for k ≤ N, Nμ + (k − N)θ above):
hanging up keeps the queue finite, so every N ≥ 0 is stable, N ≤ A too.

Notation (Mandelbaum & Zeltyn): x = Nμ/θ = N·patience/AHT, y = λ/θ = A·patience/AHT,
E = Erlang B(N, A), P(a, z) and Q(a, z) the regularized lower and upper incomplete
gamma functions (``scipy.special.gammainc``/``gammaincc``). The queue-length factor is
``𝒜(x, y) = Σ_{j≥0} Π_{i=1..j} y/(x+i) = x·e^y·y^(−x)·γ(x, y) = P(x, y) / p(x, y)``
with ``p(x, y) = e^(−y)·y^x/Γ(x+1) = P(x, y) − P(x+1, y)``. Write g = 1/𝒜 = p/P(x, y)
and 1 − g = P(x+1, y)/P(x, y). Per interval:

- probability of waiting ``P(W > 0) = 𝒜·E / (1 + (𝒜 − 1)·E) = E / (g + (1 − g)·E)``;
- probability of abandonment, the share of offered calls that hang up,
  ``P(Ab) = P(W > 0)·[1/(ρ𝒜) + 1 − 1/ρ] = P(W > 0)·[g + (1 − x/y)·(1 − g)]``, ρ = A/N;
- service level, the share of **all offered** calls answered within T seconds:
  callers who hang up count as not answered, also those who hang up before T.
  ``SL = 1 − P(W > 0) + P(W > 0)·(x/y)·[P(x+1, y) − P(x+1, y·e^(−θT))] / P(x, y)``;
- ASA, the average wait of the **answered** calls (zero wait included);
- occupancy ``= carried load / N``, carried load = A·(1 − P(Ab)).

The first two are Mandelbaum & Zeltyn's. The service level follows from a caller who
finds j − 1 callers waiting: it is answered with probability x/(x + j) (each step up
the queue beats its own patience), after a wait distributed as the j-th smallest of
x + j exponentials of rate θ, whose distribution function is the incomplete beta
``I_{1−e^(−θT)}(j, x + 1)``; summed over the queue it gives the gamma difference
above (derivation and checks in docs/erlang_a.md). The ASA takes the mean of that wait,
``Σ_{i≤j} 1/(θ(x+i))``, over the answered callers: a short series (``_mean_wait_steps``).

Conventions: no calls → nobody waits, SL 1, ASA 0, occupancy 0; N = 0 with calls →
every caller waits and hangs up: P(W > 0) = P(Ab) = 1, SL 0, ASA 0 (nobody is
answered), occupancy 1 (as ``erlang.occupancy``). Nothing returns NaN or ∞ for valid
input: calls ≥ 0, AHT > 0, patience > 0 and finite, T ≥ 0.

Numerics: no factorials or powers. Erlang B is ``erlang.erlang_b``'s recurrence; the
gamma functions are taken on their small side (P below the mean, Q above) and
differenced on that side, so their ratios keep their relative precision at thousands
of Erlangs. Where P(x, y) underflows (far more agents than load) the queue-length
sums are taken as the series above, which converges fast there. P(Ab) loses at most
log10(x + 1) digits to cancellation when N > A; it is kept ≥ P(W > 0)·g/(x + 1), its
first term.

Sources: A. Mandelbaum and S. Zeltyn, "The M/M/n+G queue: summary of performance
measures", technical note, Technion (2007), and "The Palm/Erlang-A queue, with
applications to call centers" (2005); O. Garnett, A. Mandelbaum and M. Reiman,
"Designing a call center with impatient customers", *Manufacturing & Service
Operations Management* 4 (2002) 208–227; C. Palm (1943).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import special

from .erlang_search import blocking_at

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Below this P(x, y) the gamma ratios are taken from the series instead (underflow).
_TINY = 1e-200
# Terms of a series are dropped below this share of its sum.
_SERIES_EPSILON = 1e-17
# Queue positions summed below the mode of the queue length, in standard deviations.
_WINDOW_SIGMAS = 9.0


@dataclass(frozen=True)
class ErlangA:
    """Erlang A measures per interval (numpy arrays of equal length)."""

    traffic_erlangs: FloatArray
    agents: IntArray
    probability_of_waiting: FloatArray
    probability_of_abandonment: FloatArray
    service_level: FloatArray
    asa_seconds: FloatArray
    occupancy: FloatArray

    def __len__(self) -> int:
        return len(self.agents)


def _lower_upper(a: FloatArray, z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """P(a, z) and Q(a, z), each from the function that is accurate on its side."""
    lower = z < a
    p_lower = np.empty(a.shape, dtype=np.float64)
    q_upper = np.empty(a.shape, dtype=np.float64)
    p_lower[lower] = special.gammainc(a[lower], z[lower])
    q_upper[lower] = 1.0 - p_lower[lower]
    upper = ~lower
    q_upper[upper] = special.gammaincc(a[upper], z[upper])
    p_lower[upper] = 1.0 - q_upper[upper]
    return p_lower, q_upper


def _queue_series(x: FloatArray, z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``Σ_{j≥1} t_j / z`` and ``Σ_{j≥1} j·t_j / z``, ``t_j = Π_{i≤j} z/(x+i)``, for z < x.

    Divided by z, so that a vanishing load (say 10⁻³⁰⁰ Erlangs) neither underflows nor
    divides by zero later. The terms fall at least as fast as (z/x)^j, so the loop
    is short where it is used (P(x, z) has underflowed: z far below x).
    """
    term = 1.0 / (x + 1.0)
    total, weighted = term.copy(), term.copy()
    j = 1.0
    live = np.flatnonzero(z * term > _SERIES_EPSILON * total)
    while live.size:
        j += 1.0
        term[live] *= z[live] / (x[live] + j)
        total[live] += term[live]
        weighted[live] += j * term[live]
        live = live[term[live] > _SERIES_EPSILON * total[live]]
    return total, weighted


@dataclass(frozen=True)
class _Core:
    """What the search and the measures share, per interval (N ≥ 1, A > 0)."""

    wait: FloatArray  # P(W > 0)
    abandon: FloatArray  # P(Ab)
    level: FloatArray  # service level
    served_waited: FloatArray  # P(answered after waiting) = P(W>0)·(x/y)·(1 − g)


def _core(
    n: FloatArray, a: FloatArray, blocking: FloatArray, ratio: FloatArray, late: FloatArray
) -> _Core:
    """The measures at N agents, A Erlangs; ratio = patience/AHT, late = T/patience."""
    x, y = n * ratio, a * ratio
    y_late = y * np.exp(-late)
    p0, q0 = _lower_upper(x, y)
    p1, q1 = _lower_upper(x + 1.0, y)
    p1_late, q1_late = _lower_upper(x + 1.0, y_late)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # p(x, y) = P(x, y) − P(x+1, y) = Q(x+1, y) − Q(x, y): difference the small side.
        poisson = np.where(p0 < 0.5, p0 - p1, q1 - q0)
        g = poisson / p0
        not_g = p1 / p0
        # (1 − g)/A and [P(x+1, y) − P(x+1, y·e^(−θT))]/(P(x, y)·A), the latter on the
        # small side too: per Erlang, as x/y = N/A multiplies them (A may be tiny).
        not_g_per_a = not_g / a
        in_time_per_a = np.where(y_late >= x + 1.0, q1_late - q1, p1 - p1_late) / p0 / a
    series = np.flatnonzero(~(p0 > _TINY))
    if series.size:  # P(x, y) underflowed: far more agents than load (y ≪ x)
        xs, ys, rs, ls = x[series], y[series], ratio[series], late[series]
        g1_y, queue_y = _queue_series(xs, ys)  # Σ t_j / y and Σ j·t_j / y
        g1_late_y, _ = _queue_series(xs, y_late[series])
        g1_late_y *= np.exp(-ls + ys * -np.expm1(-ls) - xs * ls)  # (y'/y)·e^(y−y')·(y'/y)^x
        g1 = ys * g1_y
        g[series], not_g[series] = 1.0 / (1.0 + g1), g1 / (1.0 + g1)
        not_g_per_a[series] = rs * g1_y / (1.0 + g1)
        in_time_per_a[series] = rs * (g1_y - g1_late_y) / (1.0 + g1)
    waiting_share = g + not_g * blocking
    wait = blocking / waiting_share
    answered_at_once = g * (1.0 - blocking) / waiting_share
    # P(Ab)/P(W > 0) = g + (1 − x/y)(1 − g); from the series: g·Σ j·t_j / y (no cancelling).
    abandon_bracket = g + not_g - n * not_g_per_a
    if series.size:
        abandon_bracket[series] = g[series] * queue_y
    first_term = wait * g / (x + 1.0)
    abandon = np.clip(wait * abandon_bracket, first_term, wait)
    level = np.clip(answered_at_once + wait * n * in_time_per_a, 0.0, 1.0)
    return _Core(wait, abandon, level, wait * n * not_g_per_a)


def _mean_wait_steps(x: FloatArray, y: FloatArray) -> FloatArray:
    """Mean wait of an answered caller who waited, in units of the mean patience 1/θ.

    ``Σ_{j≥1} t_j·H_j / Σ_{j≥1} t_j`` with t_j = Π_{i≤j} y/(x+i) (the chance to find
    j − 1 callers waiting, times x/(x+j) to be answered) and H_j = Σ_{i≤j} 1/(x+i) (the
    mean wait from queue position j, times θ). The weights peak near j = y − x with
    spread √y, so the sum starts 9 spreads below (H there from the digamma function)
    and runs until the terms fall below 1e-17 of the sum: O(√y) terms.
    """
    start = np.maximum(1.0, np.floor(y - x - _WINDOW_SIGMAS * np.sqrt(y + 1.0)))
    steps = np.where(
        start == 1.0, 1.0 / (x + 1.0), special.digamma(x + start + 1.0) - special.digamma(x + 1.0)
    )
    weight = np.ones(x.shape, dtype=np.float64)
    total, weighted = weight.copy(), steps.copy()
    j = start.copy()
    live = np.arange(x.size)
    while live.size:
        j[live] += 1.0
        weight[live] *= y[live] / (x[live] + j[live])
        steps[live] += 1.0 / (x[live] + j[live])
        total[live] += weight[live]
        weighted[live] += weight[live] * steps[live]
        rising = j[live] < y[live] - x[live]
        live = live[rising | (weight[live] > _SERIES_EPSILON * total[live])]
    return np.asarray(weighted / total, dtype=np.float64)


def _as_intervals(*values: npt.ArrayLike) -> list[FloatArray]:
    """The inputs broadcast against each other, as 1-D float arrays."""
    arrays = np.broadcast_arrays(*(np.atleast_1d(np.asarray(v, dtype=np.float64)) for v in values))
    return [np.ascontiguousarray(x.ravel()) for x in arrays]


def _check(aht: FloatArray, patience: FloatArray, answer: FloatArray, calls: FloatArray) -> None:
    if not (aht > 0.0).all() or not np.isfinite(aht).all():
        raise ValueError("aht_seconds must be above 0 and finite")
    if not (patience > 0.0).all() or not np.isfinite(patience).all():
        raise ValueError("patience_seconds must be above 0 and finite")
    if not (answer >= 0.0).all() or not np.isfinite(answer).all():
        raise ValueError("answer_seconds must be at least 0 and finite")
    if not (calls >= 0.0).all() or not np.isfinite(calls).all():
        raise ValueError("calls must be at least 0 and finite")


def _measures(
    traffic: FloatArray,
    agents: IntArray,
    ratio: FloatArray,
    late: FloatArray,
    patience: FloatArray,
) -> ErlangA:
    """All measures per interval, with the conventions for no calls and no agents."""
    wait = np.zeros(traffic.shape, dtype=np.float64)
    abandon = np.zeros(traffic.shape, dtype=np.float64)
    level = np.ones(traffic.shape, dtype=np.float64)
    asa = np.zeros(traffic.shape, dtype=np.float64)
    occupancy = np.zeros(traffic.shape, dtype=np.float64)
    unstaffed = (traffic > 0.0) & (agents == 0)
    wait[unstaffed], abandon[unstaffed], level[unstaffed], occupancy[unstaffed] = 1.0, 1.0, 0.0, 1.0
    rows = np.flatnonzero((traffic > 0.0) & (agents > 0))
    if rows.size:
        a, n, r = traffic[rows], agents[rows], ratio[rows]
        n_float = n.astype(np.float64)
        core = _core(n_float, a, blocking_at(a, n), r, late[rows])
        wait[rows], abandon[rows], level[rows] = core.wait, core.abandon, core.level
        steps = _mean_wait_steps(n_float * r, a * r)
        answered = 1.0 - core.abandon
        asa[rows] = np.where(
            answered > 0.0, core.served_waited * patience[rows] * steps / answered, 0.0
        )
        occupancy[rows] = np.clip(a * answered / n_float, 0.0, 1.0)
    return ErlangA(traffic, agents, wait, abandon, level, asa, occupancy)


def erlang_a(
    calls: npt.ArrayLike,
    aht_seconds: npt.ArrayLike,
    interval_seconds: float,
    agents: npt.ArrayLike,
    patience_seconds: npt.ArrayLike,
    answer_seconds: npt.ArrayLike,
) -> ErlangA:
    """Erlang A measures for ``agents`` per interval (see the module docstring).

    100 calls in 30 minutes of 180 s (10 Erlangs), 14 agents, callers who wait 120 s on
    average, 20 s answer target:

    >>> r = erlang_a([100], 180, 1800, [14], 120, 20)
    >>> [round(float(v[0]), 4) for v in (r.probability_of_waiting,
    ...     r.probability_of_abandonment, r.service_level, r.asa_seconds, r.occupancy)]
    [0.127, 0.0228, 0.9327, 2.3454, 0.698]

    Erlang C gives 17.4% waiting, 88.8% in 20 s and an ASA of 7.8 s for the same
    agents: the callers who hang up shorten everybody else's wait.
    """
    calls_arr, aht, agents_f, patience, answer = _as_intervals(
        calls, aht_seconds, agents, patience_seconds, answer_seconds
    )
    _check(aht, patience, answer, calls_arr)
    if not (agents_f >= 0.0).all() or not (agents_f == np.floor(agents_f)).all():
        raise ValueError("agents must be whole numbers, at least 0")
    if not interval_seconds > 0.0:
        raise ValueError("interval_seconds must be above 0")
    traffic = calls_arr * aht / float(interval_seconds)
    return _measures(
        traffic, agents_f.astype(np.int64), patience / aht, answer / patience, patience
    )


@dataclass(frozen=True)
class ErlangAStaffing(ErlangA):
    """Erlang A staffing per interval, with the constraint that set the agents.

    ``binding``: "target" (the service level), "abandonment" (the maximum share
    hanging up) or "occupancy" (the cap) — the one that needs the most agents, the
    first in that order on a tie — or "none" for an interval without calls.
    """

    binding: npt.NDArray[np.str_]


_CONSTRAINTS = ("target", "abandonment", "occupancy")


def agents_for_target_a(
    calls: npt.ArrayLike,
    aht_seconds: npt.ArrayLike,
    interval_seconds: float,
    patience_seconds: npt.ArrayLike,
    answer_seconds: npt.ArrayLike,
    target_service_level: float,
    max_abandonment: float | None = None,
    max_occupancy: float | None = None,
) -> ErlangAStaffing:
    """Fewest agents per interval meeting the Erlang A service level (of all offered
    calls, see the module docstring), and optionally ``P(Ab) ≤ max_abandonment`` and
    ``occupancy ≤ max_occupancy``; with the measures there and the binding constraint.

    Each measure improves with every agent added (service level up, abandonment and
    occupancy down), so the fewest agents meeting them all is found per interval by
    doubling an upper bound from ⌈A + 3√A⌉ + 3, then bisecting: about 2 log₂(A)
    evaluations of the measures, vectorised over the intervals. No calls, no agents.

    Erlang C staffs 14 agents for 80% in 20 s at 10 Erlangs. With callers who hang up
    after 2 minutes on average, 12 agents answer 82.6% of all calls within 20 s (and
    6.2% hang up); at most 2% hanging up takes 15.

    >>> agents_for_target_a([100, 0], 180, 1800, 120, 20, 0.8).agents.tolist()
    [12, 0]
    >>> r = agents_for_target_a([100], 180, 1800, 120, 20, 0.8, max_abandonment=0.02)
    >>> int(r.agents[0]), str(r.binding[0]), round(float(r.probability_of_abandonment[0]), 4)
    (15, 'abandonment', 0.0129)
    """
    if not 0.0 < target_service_level < 1.0:
        raise ValueError("target_service_level must be above 0 and below 1")
    if max_abandonment is not None and not 0.0 < max_abandonment <= 1.0:
        raise ValueError("max_abandonment must be above 0 and at most 1")
    if max_occupancy is not None and not 0.0 < max_occupancy <= 1.0:
        raise ValueError("max_occupancy must be above 0 and at most 1")
    if not interval_seconds > 0.0:
        raise ValueError("interval_seconds must be above 0")
    calls_arr, aht, patience, answer = _as_intervals(
        calls, aht_seconds, patience_seconds, answer_seconds
    )
    _check(aht, patience, answer, calls_arr)
    traffic = calls_arr * aht / float(interval_seconds)
    ratio, late = patience / aht, answer / patience
    agents = np.zeros(traffic.shape, dtype=np.int64)
    binding = np.full(traffic.shape, "none", dtype="<U11")
    rows = np.flatnonzero(traffic > 0.0)
    if rows.size:
        a, r, t = traffic[rows], ratio[rows], late[rows]
        limits = (target_service_level, max_abandonment, max_occupancy)

        def failing(n: IntArray, which: IntArray) -> npt.NDArray[np.bool_]:
            """Per constraint (rows) and interval (columns): is it missed with n agents?"""
            n_float = n.astype(np.float64)
            a_w = a[which]
            core = _core(n_float, a_w, blocking_at(a_w, n), r[which], t[which])
            missed = np.zeros((3, n.size), dtype=np.bool_)
            missed[0] = ~(core.level >= limits[0])
            if max_abandonment is not None:
                missed[1] = ~(core.abandon <= max_abandonment)
            if max_occupancy is not None:
                missed[2] = ~(a_w * (1.0 - core.abandon) / n_float <= max_occupancy)
            return missed

        low = np.zeros(a.shape, dtype=np.int64)  # 0 agents miss any target
        high = np.ceil(a + 3.0 * np.sqrt(a)).astype(np.int64) + 3
        ceiling = np.ceil(a + 200.0 * np.sqrt(a)).astype(np.int64) + 10_000
        short = np.arange(a.size)
        while short.size:
            still = failing(high[short], short).any(axis=0)
            short = short[still]
            low[short] = high[short]
            high[short] = 2 * high[short] + 1
            if (high[short] > ceiling[short]).any():
                raise ValueError("the targets cannot be met: ask less than 100%")
        gap = np.flatnonzero(high - low > 1)
        while gap.size:
            middle = (low[gap] + high[gap]) // 2
            met = ~failing(middle, gap).any(axis=0)
            high[gap[met]] = middle[met]
            low[gap[~met]] = middle[~met]
            gap = gap[high[gap] - low[gap] > 1]
        agents[rows] = high
        below = high - 1
        reason = np.zeros(a.size, dtype=np.int64)  # 0 agents: the target sets it
        staffed = np.flatnonzero(below > 0)
        if staffed.size:
            reason[staffed] = np.argmax(failing(below[staffed], staffed), axis=0)
        binding[rows] = np.asarray(_CONSTRAINTS)[reason]
    measures = _measures(traffic, agents, ratio, late, patience)
    return ErlangAStaffing(**vars(measures), binding=binding)
