"""Number inputs in Dutch: Streamlit writes their decimals with a point whatever the
language, so the Dutch form says so (in the sidebar and in every input's tooltip)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from ccx_app.inputs import number_help
from ccx_model.fields import GROUPS
from ccx_model.i18n import t

APP = Path(__file__).resolve().parents[1] / "app.py"
NUMBER_SPECS = [s for specs in GROUPS.values() for s in specs if not s.choices]
NOTE_NL = t("input.decimal_point", "nl")


def test_every_dutch_number_input_says_it_takes_a_point() -> None:
    assert NUMBER_SPECS
    assert "punt" in NOTE_NL
    for spec in NUMBER_SPECS:
        assert number_help(spec, "nl").endswith(NOTE_NL), spec.path
        assert number_help(spec, "nl").startswith(t(f"help.{spec.path}", "nl"))


def test_english_number_inputs_keep_their_explanation_alone() -> None:
    for spec in NUMBER_SPECS:
        assert number_help(spec, "en") == t(f"help.{spec.path}", "en"), spec.path


def test_the_dutch_sidebar_says_what_a_number_input_expects() -> None:
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.run()
    assert NOTE_NL not in [c.value for c in app.sidebar.caption]
    app.radio(key="lang").set_value("nl").run()
    assert not app.exception
    assert NOTE_NL in [c.value for c in app.sidebar.caption]
    inputs = list(app.sidebar.number_input)
    assert inputs
    assert all(NOTE_NL in (n.help or "") for n in inputs)
