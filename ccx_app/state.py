"""Assumptions in ``st.session_state``: load a scenario, read the inputs back, validate.

Keyed widgets ignore a changed ``value=``, so a loaded scenario is written into
session state before any widget is drawn, and widgets only ever read from there.
Invalid input never replaces the last valid scenario: the numbers stay meaningful
and every other input stays as the user left it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from ccx_model.fields import ALL_FIELDS, BY_PATH, get_path, set_path
from ccx_model.i18n import format_number, has_text, t, translate
from ccx_model.library import library_files
from ccx_model.problems import InputError, Problem
from ccx_model.scenario import DemandPattern, Scenario
from ccx_model.scenario_io import load_scenario, scenario_from_dict

from . import results

SCENARIO_DIR = Path(__file__).resolve().parent.parent / "scenarios"
DEFAULT_SCENARIO = "baseline.yaml"

BASE = "base_scenario"  # the scenario as opened (what reset returns to)
PATTERN = "pattern"  # the weekly pattern being edited (a DemandPattern)
PATTERN_VERSION = "pattern_version"  # bumped to redraw the pattern editors
LAST_VALID = "last_valid_scenario"
ACTIVE = "active_scenario"
PROBLEMS = "input_problems"
LANG = "lang"
SCENARIO_ERRORS = "scenario_errors"  # why the last scenario file picked did not open
INVESTMENTS = "investments"  # the business case's investments being edited (a tuple)
PILOT = "pilot_section"  # the pilot section being edited (a Pilot, or None: not a pilot)
TARGETING = "targeting_section"  # the chosen segments (a Targeting, or None)
UPLOADED = "uploaded_file"  # name of the uploaded scenario file that is open, if any
REASONS = "contact_reasons"  # the failure-demand reason table being edited (a tuple)
CUTS = "failure_demand_cuts"  # the departments' cuts being edited (a tuple)
RANGES = "value_ranges"  # the ranges on assumptions being edited (a tuple of ValueRange)
COMPARE_PICK = "compare_pick"  # Compare's chosen library files (kept across pages)
COMPARE_BASELINE = "compare_baseline"
SCENARIO_FILE = "scenario_file"  # the sidebar's library file
BC_BASELINE = "bc_baseline"  # the Business case page's baseline file ("": the starting centre)
HISTORY = "undo_history"  # earlier valid scenarios of this session, the newest last
SEEN = "undo_seen"  # the scenario of the previous run (see ccx_app/document.py)
# The scenario's own words, edited as text: widget key → path in the scenario.
TEXT_INPUTS = {
    "in.name": "name",
    "in.description": "description",
    "in.business_case.recommendation": "business_case.recommendation",
    "in.business_case.ask": "business_case.ask",
}


def uploaded_option() -> str | None:
    """The Scenario picker's entry for an uploaded file that is open ("⬆ name")."""
    name = st.session_state.get(UPLOADED)
    return f"⬆ {name}" if name else None


def bundled_scenarios() -> list[str]:
    """The library's scenario files (YAML and JSON)."""
    return library_files(SCENARIO_DIR)


def write_inputs(scenario: Scenario) -> None:
    """Put a scenario's values into the widgets' session-state keys."""
    data = scenario.model_dump(mode="python")
    for spec in ALL_FIELDS:
        value = get_path(data, spec.path)
        if spec.optional:
            st.session_state[spec.key + ".on"] = value is not None
            if value is None:
                value = get_path(Scenario().model_dump(mode="python"), spec.path)
                value = spec.suggested if value is None else value
        shown = spec.to_display(value)
        st.session_state[spec.key] = (
            float(shown) if isinstance(shown, int | float) and not spec.choices else shown
        )
    st.session_state[PATTERN] = scenario.pattern
    st.session_state[INVESTMENTS] = scenario.business_case.investments
    st.session_state[REASONS] = scenario.failure_demand.reasons
    st.session_state[CUTS] = scenario.failure_demand.cuts
    st.session_state[RANGES] = scenario.ranges
    st.session_state[PILOT] = scenario.pilot
    st.session_state[TARGETING] = scenario.targeting
    data = scenario.model_dump(mode="python")
    for key, path in TEXT_INPUTS.items():
        st.session_state[key] = get_path(data, path) or ""
    st.session_state[PATTERN_VERSION] = st.session_state.get(PATTERN_VERSION, 0) + 1
    st.session_state[LAST_VALID] = scenario


def keep_inputs() -> None:
    """Keep every input's value while its widget is not drawn.

    Streamlit forgets a keyed widget's value in a run that does not draw it; the
    inputs of the profit, value and business-case pages are drawn on those pages
    only. Writing each value back through the session-state API detaches it from
    that clean-up (the documented pattern for multipage apps).
    """
    for spec in ALL_FIELDS:
        for key in (spec.key, spec.key + ".on"):
            if key in st.session_state:
                st.session_state[key] = st.session_state[key]
    # The file pickers show a scenario by its name in the reader's language, and
    # Streamlit keeps a select box's value as the text it showed: written back here, a
    # language switch shows the same file under its name in the new language (else the
    # old name would come back as the value, and no file is called that).
    for key in (COMPARE_PICK, COMPARE_BASELINE, SCENARIO_FILE, BC_BASELINE, *TEXT_INPUTS):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def open_scenario(scenario: Scenario) -> None:
    st.session_state[BASE] = scenario
    write_inputs(scenario)
    st.session_state[HISTORY] = []  # a scenario opened from a file starts a new history
    st.session_state.pop(SEEN, None)


def open_bundled(name: str) -> list[str]:
    """Open a file from the library; returns error messages (none when it opened)."""
    try:
        try:
            scenario = results.library_file(name)  # read once per server, not per session
        except OSError:
            scenario = load_scenario(SCENARIO_DIR / name)  # says why, in the reader's words
    except InputError as exc:
        return exc.messages(st.session_state.get(LANG, "en"))
    open_scenario(scenario)
    return []


def pick_bundled(name: str) -> None:
    """Open a library file; if it fails, keep the open scenario and say which file failed."""
    errors = open_bundled(name)
    if errors:
        lang = st.session_state.get(LANG, "en")
        header = t("app.scenario_load_error", lang, name=name)
        errors = [header + "\n\n" + "\n".join(f"- {message}" for message in errors)]
    st.session_state[SCENARIO_ERRORS] = errors


def init() -> None:
    """First run of a session: open the baseline."""
    st.session_state.setdefault(LANG, "en")
    if BASE not in st.session_state:
        pick_bundled(DEFAULT_SCENARIO)
        if BASE not in st.session_state:  # a broken bundled file must not take the app down
            open_scenario(Scenario())
    keep_inputs()


def reset() -> None:
    write_inputs(st.session_state[BASE])


def _inputs_as_dict() -> dict[str, Any]:
    data: dict[str, Any] = st.session_state[BASE].model_dump(mode="python")
    for spec in ALL_FIELDS:
        value = spec.from_display(st.session_state.get(spec.key))
        if spec.optional and not st.session_state.get(spec.key + ".on", True):
            value = None
        set_path(data, spec.path, value)
    data["pattern"] = st.session_state[PATTERN].model_dump(mode="python")
    data["failure_demand"] = {
        "reasons": [r.model_dump() for r in st.session_state[REASONS]],
        "cuts": [c.model_dump() for c in st.session_state[CUTS]],
    }
    data["ranges"] = [item.model_dump() for item in st.session_state.get(RANGES, ())]
    business_case = data["business_case"]
    business_case["investments"] = [item.model_dump() for item in st.session_state[INVESTMENTS]]
    for key, path in ((PILOT, "pilot"), (TARGETING, "targeting")):
        section = st.session_state.get(key)
        data[path] = None if section is None else section.model_dump(mode="python")
    for key, path in TEXT_INPUTS.items():
        if key in st.session_state:
            set_path(data, path, str(st.session_state[key]).strip())
    return data


def field_label(path: str, lang: str) -> str:
    """What the form calls a field or a group of fields; the dotted path if it has no label."""
    for key in (f"field.{path}", f"group.{path}"):
        if has_text(key):
            return t(key, lang)
    return path


def ui_message(problem: Problem, lang: str) -> str:
    """A problem in the terms of the form: the label, the shown value, the shown range."""
    spec = BY_PATH.get(problem.field)
    if spec is None or problem.kind == "rule":
        # Rules name their fields by the form's labels too ("… must not exceed
        # Full-time hours per week"), in the reader's language.
        return problem.message(lang, label=lambda path: field_label(path, lang))
    shown = problem.value
    if isinstance(shown, int | float) and not spec.choices:
        shown = format_number(spec.to_display(shown), lang, spec.decimals if spec.scale == 1 else 1)
    bounds = spec.shown_bounds()
    if bounds.low is None and bounds.high is None:
        allowed = problem.allowed(lang) or translate("range.number", lang)
    else:
        allowed = bounds.describe(lang)  # "above 0 to 99.9" where the low end is open
    return translate(
        "problem.out_of_range",
        lang,
        field=field_label(spec.path, lang),
        value=shown,
        allowed=allowed,
    )


def active_scenario() -> tuple[Scenario, list[str]]:
    """The scenario from the inputs, or the last valid one plus the problems found."""
    lang = st.session_state.get(LANG, "en")
    try:
        scenario = scenario_from_dict(_inputs_as_dict())
        results.evaluation(scenario)  # rules found while spreading the volume surface here
    except InputError as exc:
        return st.session_state[LAST_VALID], [ui_message(p, lang) for p in exc.problems]
    except ValueError as exc:
        return st.session_state[LAST_VALID], [str(exc)]
    st.session_state[LAST_VALID] = scenario
    return scenario, []


def set_value(path: str, value: float) -> None:
    """Set one input (a button's callback: before the rerun draws the widgets)."""
    spec = BY_PATH[path]
    st.session_state[spec.key] = float(spec.to_display(value))


def set_pattern(pattern: DemandPattern) -> None:
    st.session_state[PATTERN] = pattern
