"""Edit the scenario's ranges on assumptions: one row per assumption, its low and high
end in the form's units (percentages for shares) and how Monte Carlo draws it.

The table shows each assumption by the form's name ("Cross-sell · Conversion (%)");
a row becomes a ``ValueRange`` on the field's path. Whether a range fits the scenario
(its value inside, the ends inside the field's allowed values) is checked with the
whole scenario, as for every input, and said above the page.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ccx_model.fields import ALL_FIELDS, FieldSpec, field_name, get_path
from ccx_model.i18n import t
from ccx_model.scenario import Scenario
from ccx_model.value_range import ValueRange, is_numeric_field

from . import state
from .table_editor import table_editor, validated_rows

PROBLEMS = "range_problems"
DISTRIBUTIONS = ("triangular", "pert", "uniform")


def rangeable(scenario: Scenario) -> list[FieldSpec]:
    """The form's numeric inputs a range can vary (not switches, choices or the horizon)."""
    return [
        spec
        for spec in ALL_FIELDS
        if not spec.choices
        and not spec.optional
        and is_numeric_field(scenario, spec.path)
        and not spec.path.startswith(("risk_adjustment.", "business_case.horizon"))
    ]


def _frame(scenario: Scenario, lang: str) -> pd.DataFrame:
    specs = {spec.path: spec for spec in rangeable(scenario)}
    data = scenario.model_dump(mode="python")
    rows = []
    for item in scenario.ranges:
        spec = specs.get(item.path, FieldSpec(item.path))
        rows.append(
            {
                "assumption": field_name(item.path, lang),
                "plan": spec.to_display(get_path(data, item.path)),
                "low": spec.to_display(item.low),
                "high": spec.to_display(item.high),
                "distribution": t(f"risk.distribution.{item.distribution}", lang),
            }
        )
    columns = ["assumption", "plan", "low", "high", "distribution"]
    return pd.DataFrame(rows, columns=columns)


def ranges_editor(scenario: Scenario, lang: str) -> None:
    st.subheader(t("risk.ranges", lang))
    st.caption(t("risk.ranges_help", lang))
    specs = {field_name(spec.path, lang): spec for spec in rangeable(scenario)}
    names = {t(f"risk.distribution.{d}", lang): d for d in DISTRIBUTIONS}

    def row_data(row: dict[str, Any]) -> dict[str, Any]:
        spec = specs.get(str(row.get("assumption") or ""))
        if spec is None:
            return {"path": ""}  # refused below, with the row named
        value = get_path(scenario.model_dump(mode="python"), spec.path)
        low = value if row.get("low") is None else spec.from_display(row["low"])
        high = value if row.get("high") is None else spec.from_display(row["high"])
        distribution = names.get(str(row.get("distribution") or ""), "triangular")
        return {"path": spec.path, "low": low, "high": high, "distribution": distribution}

    def apply(frame: pd.DataFrame) -> None:
        unknown = [
            t("risk.unknown_assumption", lang, row=number)
            for number, name in enumerate(frame["assumption"].tolist(), start=1)
            if name not in specs
        ]
        items, problems = validated_rows(frame, ValueRange, row_data)
        st.session_state[PROBLEMS] = unknown or problems
        if not unknown and not problems:
            st.session_state[state.RANGES] = tuple(items)

    for message in st.session_state.get(PROBLEMS, []):
        st.error(message)
    table_editor(
        "ranges",
        lang,
        lambda: _frame(scenario, lang),
        apply,
        dynamic=True,
        column_config={
            "assumption": st.column_config.SelectboxColumn(
                t("risk.col.assumption", lang), options=list(specs), required=True, width="large"
            ),
            "plan": st.column_config.NumberColumn(t("risk.col.plan", lang), disabled=True),
            "low": st.column_config.NumberColumn(t("risk.col.low", lang), required=True),
            "high": st.column_config.NumberColumn(t("risk.col.high", lang), required=True),
            "distribution": st.column_config.SelectboxColumn(
                t("risk.col.distribution", lang), options=list(names), default=next(iter(names))
            ),
        },
    )
