"""Chart builders for the risk view: the tornado, the spread of NPV over the Monte Carlo
draws, and when the draws pay back. Pure functions from model results to Altair charts
(no Streamlit), for the page, the chart files and the deck alike."""

from __future__ import annotations

from itertools import pairwise

import altair as alt
import numpy as np
import pandas as pd

from ccx_model.fields import field_name, shown_value
from ccx_model.i18n import format_eur, format_eur_compact, format_number, format_percent, t
from ccx_model.monte_carlo import Simulation
from ccx_model.risk import Tornado

from .business import NEGATIVE, POSITIVE, TOTAL
from .theme import AnyChart, number_label_expr

BINS = 40


def tornado_chart(shape: Tornado, lang: str = "en") -> AnyChart:
    """One bar per ranged assumption from the NPV at its low end to the NPV at its high
    end, around the plan's NPV; largest swing on top. Each end carries the assumption's
    value and the NPV there."""
    plan = shape.plan.npv_eur
    rows = []
    for order, bar in enumerate(shape.bars):
        for end, value, npv in (
            ("low", bar.low, bar.npv_at_low_eur),
            ("high", bar.high, bar.npv_at_high_eur),
        ):
            rows.append(
                {
                    "order": order,
                    "assumption": field_name(bar.path, lang),
                    "end": t(f"risk.col.{end}", lang),
                    "from": plan,
                    "to": npv,
                    "colour": "up" if npv >= plan else "down",
                    "label": f"{shown_value(bar.path, value, lang)}: {format_eur_compact(npv, lang)}",
                    "exact": format_eur(npv, lang),
                    "align": "left" if npv >= plan else "right",
                }
            )
    frame = pd.DataFrame(
        rows,
        columns=["order", "assumption", "end", "from", "to", "colour", "label", "exact", "align"],
    )
    by_order = alt.SortField("order")
    y = alt.Y("assumption:N", sort=by_order, title=None, axis=alt.Axis(labelLimit=520))
    # Room on both sides for the end labels.
    spread = [min([*frame["to"], plan]), max([*frame["to"], plan])]
    pad = (spread[1] - spread[0]) * 0.35 or abs(plan) * 0.1 or 1.0
    domain = [spread[0] - pad, spread[1] + pad]
    bars = (
        alt.Chart(frame)
        .mark_bar(size=22)
        .encode(
            y=y,
            x=alt.X("from:Q", title=t("risk.axis.npv", lang), axis=alt.Axis(labelExpr=number_label_expr(lang)), scale=alt.Scale(domain=domain, nice=False)),
            x2="to:Q",
            color=alt.Color("colour:N", legend=None, scale=alt.Scale(domain=["up", "down"], range=[POSITIVE, NEGATIVE])),
            tooltip=[
                alt.Tooltip("assumption:N", title=t("risk.col.assumption", lang)),
                alt.Tooltip("end:N", title=t("risk.end", lang)),
                alt.Tooltip("exact:N", title=t("risk.axis.npv", lang)),
            ],
        )
    )  # fmt: skip
    right = (
        alt.Chart(frame[frame["align"] == "left"])
        .mark_text(align="left", dx=5, fontSize=12, color="#1f1f1f")
        .encode(y=alt.Y("assumption:N", sort=by_order), x="to:Q", text="label:N")
    )
    left = (
        alt.Chart(frame[frame["align"] == "right"])
        .mark_text(align="right", dx=-5, fontSize=12, color="#1f1f1f")
        .encode(y=alt.Y("assumption:N", sort=by_order), x="to:Q", text="label:N")
    )
    plan_rule = (
        alt.Chart(pd.DataFrame({"x": [plan]})).mark_rule(color=TOTAL, strokeWidth=2).encode(x="x:Q")
    )
    return alt.layer(bars, right, left, plan_rule).properties(
        title=alt.Title(
            tornado_message(shape, lang),
            subtitle=t("risk.tornado_subtitle", lang, plan=headline_eur(plan, lang)),
        ),
        width="container",
        height=alt.Step(44),
    )


def headline_eur(amount_eur: float, lang: str) -> str:
    """A compact amount that a slide's headline never breaks ("€ 9,1 mln" kept whole).

    >>> headline_eur(9_100_000, "nl")
    '€\xa09,1\xa0mln'
    """
    return format_eur_compact(amount_eur, lang).replace(" ", "\u00a0")


def tornado_message(shape: Tornado, lang: str) -> str:
    """The tornado's headline: which assumption moves the NPV most, and how far."""
    if not shape.bars:
        return t("risk.tornado", lang)
    top = shape.bars[0]
    low, high = sorted((top.npv_at_low_eur, top.npv_at_high_eur))
    return t(
        "export.msg.tornado",
        lang,
        field=field_name(top.path, lang, unit=False),
        low=headline_eur(low, lang),
        high=headline_eur(high, lang),
    )


def npv_distribution_chart(run: Simulation, lang: str = "en") -> AnyChart:
    """How the draws' NPVs spread: a histogram (share of draws per band) with P10, P50
    and P90 marked, and zero where the spread reaches it."""
    npv = run.npv_eur
    low, high = float(npv.min()), float(npv.max())
    if high - low < 1e-6 * max(abs(high), 1.0):  # one outcome: a single bar
        low, high = low - 0.5, high + 0.5
    counts, edges = np.histogram(npv, bins=BINS, range=(low, high))
    frame = pd.DataFrame(
        {
            "from": edges[:-1],
            "to": edges[1:],
            "share": counts / max(npv.size, 1),
            "band": [
                f"{format_eur_compact(a, lang)} – {format_eur_compact(b, lang)}"
                for a, b in pairwise(edges)
            ],
        }
    )
    # Room above the tallest bar for the P10/P50/P90 labels, so no bar hides them.
    headroom = float(frame["share"].max()) * 1.4
    bars = (
        alt.Chart(frame)
        .mark_bar(color=POSITIVE, opacity=0.75)
        .encode(
            x=alt.X("from:Q", title=t("risk.axis.npv", lang), axis=alt.Axis(labelExpr=number_label_expr(lang)), scale=alt.Scale(nice=False, zero=False)),
            x2="to:Q",
            y=alt.Y("share:Q", title=t("risk.axis.share_of_draws", lang), axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, headroom])),
            y2=alt.datum(0),
            tooltip=[alt.Tooltip("band:N", title=t("risk.axis.npv", lang)), alt.Tooltip("share:Q", title=t("risk.axis.share_of_draws", lang), format=".1%")],
        )
    )  # fmt: skip
    marks = pd.DataFrame(
        [
            {"x": run.npv_percentile(p), "text": f"P{p} {format_eur_compact(run.npv_percentile(p), lang)}", "row": i}
            for i, p in enumerate((10, 50, 90))
        ]
    )  # fmt: skip
    rules = alt.Chart(marks).mark_rule(color=TOTAL, strokeDash=[6, 4]).encode(x="x:Q")
    # One line each, so P10, P50 and P90 never print over one another.
    labels = [
        alt.Chart(marks.iloc[[i]])
        .mark_text(align="left", dx=4, fontWeight="bold", color=TOTAL, fontSize=12)
        .encode(x="x:Q", y=alt.value(12 + 16 * i), text="text:N")
        for i in range(len(marks))
    ]
    layers: list[alt.Chart] = [bars, rules, *labels]
    if low < 0 < high:
        layers.append(
            alt.Chart(pd.DataFrame({"x": [0.0]}))
            .mark_rule(color=NEGATIVE, strokeWidth=2)
            .encode(x="x:Q")
        )
    return alt.layer(*layers).properties(
        title=alt.Title(
            npv_spread_message(run, lang),
            subtitle=t(
                "risk.spread_subtitle",
                lang,
                draws=format_number(run.draws.count, lang),
                ranges=len(run.draws.paths),
            ),
        ),
        width="container",
        height=320,
    )


def npv_spread_message(run: Simulation, lang: str) -> str:
    """The spread's headline: P10 to P90, the median, and how often the NPV is positive
    ("in all 10,000 draws" rather than a "100% chance" no model can promise)."""
    return t(
        "export.msg.npv_spread_median",
        lang,
        p10=headline_eur(run.npv_percentile(10), lang),
        p50=headline_eur(run.npv_percentile(50), lang),
        p90=headline_eur(run.npv_percentile(90), lang),
        chance=_positive_in(run, lang),
    )


def _positive_in(run: Simulation, lang: str) -> str:
    draws = format_number(run.draws.count, lang)
    share = run.probability_npv_positive
    if share >= 1.0:
        return t("risk.positive_in_all", lang, draws=draws)
    if share <= 0.0:
        return t("risk.negative_in_all", lang, draws=draws)
    return t("risk.positive_chance", lang, chance=share_of_draws(share, lang))


def share_of_draws(share: float, lang: str) -> str:
    """A share of the draws to whole percents, never rounded to 0% or 100% unless exact.

    >>> share_of_draws(0.9996, "en"), share_of_draws(0.004, "nl"), share_of_draws(1.0, "en")
    ('>99%', '<1%', '100%')
    """
    if 0.995 <= share < 1.0:
        return ">" + format_percent(0.99, lang, 0)
    if 0.0 < share < 0.005:
        return "<" + format_percent(0.01, lang, 0)
    return format_percent(share, lang, 0)


def payback_distribution_chart(run: Simulation, lang: str = "en") -> AnyChart:
    """The share of draws that pay back in each month, and of those that never do
    within the horizon."""
    months = run.payback_month
    finite = months[np.isfinite(months)].astype(np.int64)
    found, counts = np.unique(finite, return_counts=True)
    rows = [
        {"month": str(m), "order": int(m), "share": c / max(months.size, 1), "kind": "paid"}
        for m, c in zip(found.tolist(), counts.tolist(), strict=True)
    ]
    never = float((~np.isfinite(months)).mean())
    if never > 0:
        rows.append(
            {
                "month": t("risk.never_bar", lang),
                "order": run.horizon_months + 1,
                "share": never,
                "kind": "never",
            }
        )
    frame = pd.DataFrame(rows)
    order = [row["month"] for row in rows]  # months in time order, "never" last
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("month:N", sort=order, title=t("risk.axis.payback_month", lang), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("share:Q", title=t("risk.axis.share_of_draws", lang), axis=alt.Axis(format="%")),
            color=alt.Color("kind:N", legend=None, scale=alt.Scale(domain=["paid", "never"], range=[POSITIVE, NEGATIVE])),
            tooltip=[alt.Tooltip("month:N", title=t("risk.axis.payback_month", lang)), alt.Tooltip("share:Q", format=".1%", title=t("risk.axis.share_of_draws", lang))],
        )
    )  # fmt: skip
    labels = (
        alt.Chart(frame)
        .mark_text(dy=-8, fontSize=12, color="#1f1f1f")
        .encode(x=alt.X("month:N", sort=order), y="share:Q", text=alt.Text("share:Q", format=".0%"))
    )  # fmt: skip
    return alt.layer(bars, labels).properties(
        title=alt.Title(payback_spread_message(run, lang), subtitle=t("risk.payback_subtitle", lang, draws=format_number(run.draws.count, lang))),
        width="container",
        height=280,
    )  # fmt: skip


def payback_spread_message(run: Simulation, lang: str) -> str:
    p50 = run.payback_percentile(50)
    if p50 is None:
        return t("export.msg.payback_spread_never", lang, months=run.horizon_months)
    return t(
        "export.msg.payback_spread",
        lang,
        month=p50,
        share=share_of_draws(run.probability_payback, lang),
        months=run.horizon_months,
    )
