"""The director's path through ccx: the menu grouped by step, where each page leads next.

The storyline is the source article's (Ziptone, "In vijf stappen van costcenter naar
profitcenter") read through ccx's three views: first what the centre costs (the cost
centre), then what its service is worth (the value centre), then what it could earn
(the profit centre), and last the decision — the business case, the comparison of
scenarios and the board pack. Overview is the start page: it says where the director
is and what comes next; every page ends with a link to the next step.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ccx_model.i18n import t


@dataclass(frozen=True)
class PageSpec:
    name: str  # file ccx_app/pages/<name>.py, text key page.<name>
    icon: str
    url: str


@dataclass(frozen=True)
class Step:
    key: str  # text keys journey.<key> (menu section) and journey.<key>.why
    pages: tuple[PageSpec, ...]


STEPS: tuple[Step, ...] = (
    Step(
        "cost",
        (
            PageSpec("overview", ":material/dashboard:", "overview"),
            PageSpec("staffing", ":material/groups:", "staffing"),
            PageSpec("attrition", ":material/autorenew:", "attrition"),
            PageSpec("failure_demand", ":material/report:", "failure-demand"),
        ),
    ),
    Step(
        "value",
        (
            PageSpec("value", ":material/favorite:", "value"),
            PageSpec("channels", ":material/forum:", "channels"),
            PageSpec("outsourcing", ":material/handshake:", "outsourcing"),
        ),
    ),
    Step(
        "profit",
        (
            PageSpec("profit", ":material/trending_up:", "profit"),
            # Steps 1 and 2 of the article: whom to offer to, and a pilot that decides.
            PageSpec("targeting", ":material/target:", "targeting"),
            PageSpec("pilot", ":material/science:", "pilot"),
        ),
    ),
    Step(
        "decision",
        (
            PageSpec("business_case", ":material/account_balance:", "business-case"),
            PageSpec("risk", ":material/ssid_chart:", "risk"),
            PageSpec("compare", ":material/compare_arrows:", "compare"),
        ),
    ),
)

#: Every page in the order of the path.
PAGES: tuple[PageSpec, ...] = tuple(page for step in STEPS for page in step.pages)


def page_file(name: str) -> str:
    return f"ccx_app/pages/{name}.py"


def navigation(lang: str) -> dict[str, list[st.Page]]:
    """The menu: one section per step, its pages in path order; Overview opens first."""
    return {
        t(f"journey.{step.key}", lang): [
            st.Page(
                page_file(page.name),
                title=t(f"page.{page.name}", lang),
                icon=page.icon,
                url_path=page.url,
                default=page is PAGES[0],
            )
            for page in step.pages
        ]
        for step in STEPS
    }


def next_page(name: str) -> PageSpec | None:
    """The page after ``name`` on the path (None after the last)."""
    names = [page.name for page in PAGES]
    index = names.index(name)
    return PAGES[index + 1] if index + 1 < len(PAGES) else None


def step_of(name: str) -> Step:
    return next(step for step in STEPS if any(page.name == name for page in step.pages))


def next_step(name: str, lang: str) -> None:
    """A closing line on each page: what comes next on the path, as a link."""
    following = next_page(name)
    st.divider()
    if following is None:
        st.caption(t("journey.end", lang))
        return
    step = step_of(following.name)
    st.page_link(
        page_file(following.name),
        label=t(
            "journey.next",
            lang,
            page=t(f"page.{following.name}", lang),
            step=t(f"journey.{step.key}", lang),
        ),
        icon=":material/arrow_forward:",
    )


def path_overview(lang: str) -> None:
    """The start page's map of the path: each step, why it matters, its pages."""
    st.subheader(t("journey.title", lang))
    st.caption(t("journey.intro", lang))
    columns = st.columns(len(STEPS))
    for column, step in zip(columns, STEPS, strict=True):
        with column:
            st.markdown(f"**{t(f'journey.{step.key}', lang)}**")
            st.caption(t(f"journey.{step.key}.why", lang))
            for page in step.pages:
                st.page_link(
                    page_file(page.name), label=t(f"page.{page.name}", lang), icon=page.icon
                )
