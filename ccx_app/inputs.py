"""The assumption form in the sidebar: one expander per group, tooltips from the model."""

from __future__ import annotations

import streamlit as st

from ccx_model.assumption_words import show_range
from ccx_model.fields import GROUPS, SWITCH, FieldSpec
from ccx_model.i18n import t

from . import state


def _number_format(spec: FieldSpec) -> str:
    return f"%.{spec.decimals}f"


# Streamlit's number input writes decimals with a point in every language (its format
# is printf, not a locale: streamlit/streamlit#5686), so where the language writes a
# comma the input says what it expects.
POINT_LANGUAGES = frozenset({"en"})


def number_help(spec: FieldSpec, lang: str) -> str:
    """A number input's tooltip: the field's explanation and, in a language that
    writes decimals with a comma, that the input takes a point."""
    help_text = t(f"help.{spec.path}", lang)
    if lang in POINT_LANGUAGES:
        return help_text
    return f"{help_text}\n\n{t('input.decimal_point', lang)}"


def _field(spec: FieldSpec, lang: str) -> None:
    label = t(f"field.{spec.path}", lang)
    help_text = t(f"help.{spec.path}", lang)
    if spec.choices == SWITCH:
        st.toggle(label, key=spec.key, help=help_text)
        return
    if spec.choices:
        if all(isinstance(c, str) for c in spec.choices):
            st.radio(
                label,
                spec.choices,
                key=spec.key,
                help=help_text,
                format_func=lambda c: t(f"choice.{c}", lang),
                horizontal=True,
            )
        else:
            st.selectbox(label, spec.choices, key=spec.key, help=help_text)
        return
    disabled = False
    if spec.optional:
        st.checkbox(t(f"optional.{spec.path}", lang), key=spec.key + ".on")
        disabled = not st.session_state.get(spec.key + ".on", True)
    # No min/max on the widget: out-of-range input reaches the model's validation,
    # which names the field and its allowed range instead of silently clamping.
    st.number_input(
        label,
        key=spec.key,
        step=float(spec.step),
        format=_number_format(spec),
        help=number_help(spec, lang),
        disabled=disabled,
    )
    _range_note(spec, lang)


def _range_note(spec: FieldSpec, lang: str) -> None:
    """Under an assumption with a range: the range, and where it is set (the Risk page)."""
    item = next((r for r in st.session_state.get(state.RANGES, ()) if r.path == spec.path), None)
    if item is not None:
        written = show_range(spec.path, item.model_dump(exclude={"path"}), lang)
        st.caption(t("risk.range_note", lang, range=written))


def _panel(group: str, where: str = "sidebar") -> str:
    """A panel's key: with one, Streamlit keeps it open or closed across reruns, so
    switching a lever on (which redraws the page above it) does not fold the panel
    being filled in."""
    return f"panel.{where}.{group}"


def assumption_form(lang: str) -> None:
    st.subheader(t("app.assumptions", lang))
    if lang not in POINT_LANGUAGES:
        st.caption(t("input.decimal_point", lang))
    st.button(
        t("app.reset", lang), help=t("app.reset_help", lang), on_click=state.reset, key="reset"
    )
    for group, specs in GROUPS.items():
        with st.expander(t(f"group.{group}", lang), expanded=group == "demand", key=_panel(group)):
            for spec in specs:
                _field(spec, lang)


def group_form(group: str, specs: tuple[FieldSpec, ...], lang: str, expanded: bool = False) -> None:
    """One group of inputs in an expander, on the page whose results it drives."""
    with st.expander(t(f"group.{group}", lang), expanded=expanded, key=_panel(group, "page")):
        for spec in specs:
            _field(spec, lang)
